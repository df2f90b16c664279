import ArgumentParser
import Foundation
import LossrunSpec

/// A spec format named on the command line: `yaml` or `text`.
enum SpecFormatArgument: String, ExpressibleByArgument, CaseIterable {
  /// YAML (`.yaml`, `.yml`).
  case yaml
  /// The `.loss` text format.
  case text

  /// The library's format.
  var format: SpecFormat { self == .yaml ? .yaml : .text }
}

/// `lossrun convert FILE --to yaml|text [-o OUT]`: writes a spec in the other format.
///
/// The spec is read (not checked: conversion is syntactic) and written with the target format's
/// writer; comments on lines of their own are kept. A spec with read errors is not converted.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert a spec between YAML and the .loss text format.",
    discussion: "Exit status: 0 converted, 1 the spec could not be read, 2 usage error.")

  @Argument(help: "The spec file to convert.")
  var file: String

  @Option(help: "The format to write: yaml or text.")
  var to: SpecFormatArgument

  @OptionGroup var input: SpecInputOptions

  @Option(name: [.short, .customLong("output")], help: "Write here instead of standard output.")
  var output: String?

  func run() throws {
    let read = SpecLoader.read(path: file, format: input.format)
    guard !read.hasErrors, let spec = read.spec else {
      let reporter = DiagnosticsReporter()
      reporter.report(read.diagnostics, source: read.source)
      try reporter.finish()
      throw ExitCode.failure
    }
    let text = SpecWriter.write(spec, as: to.format)
    guard let output else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: output))
    } catch {
      Console.error("cannot write '\(output)': \(error.localizedDescription)")
      throw ExitCode.failure
    }
  }
}
