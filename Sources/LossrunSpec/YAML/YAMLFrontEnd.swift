import Foundation
import LossrunDiagnostics

/// What a front end read: the spec (nil when none could be built), every diagnostic found, and
/// the source text for rendering them.
public struct SpecReadResult: Sendable {
  /// The spec; nil when the file could not be read or is not a spec at all. A spec may be
  /// present together with errors (a partial model, for further reporting only).
  public var spec: Spec?
  /// The diagnostics in the order found.
  public var diagnostics: [Diagnostic]
  /// The file's text; nil when it could not be read.
  public var source: SourceFile?

  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  /// Creates a result.
  public init(spec: Spec?, diagnostics: [Diagnostic], source: SourceFile?) {
    self.spec = spec
    self.diagnostics = diagnostics
    self.source = source
  }
}

/// The YAML front end: a `.yaml` spec file to the spec model, with located diagnostics.
///
/// It never traps, hangs or grows without bound: files over 8 MB, non-regular
/// files, invalid UTF-8, YAML nested deeper than 64 levels and YAML aliases are refused with a
/// diagnostic, and the tree is built without recursion. Numbers and booleans are read from the
/// scalar text itself, so `lr: 1e-3` is a number and `on: interior` is a word.
public enum YAMLFrontEnd {
  /// Reads and parses the spec file at `path`.
  public static func read(path: String) -> SpecReadResult {
    var diagnostics = DiagnosticCollector(path: path)
    guard let text = SpecFileLoader.readText(path: path, into: &diagnostics) else {
      return SpecReadResult(spec: nil, diagnostics: diagnostics.diagnostics, source: nil)
    }
    return parse(text: text, path: path)
  }

  /// Parses `text` as the spec file at `path`.
  public static func parse(text: String, path: String) -> SpecReadResult {
    var diagnostics = DiagnosticCollector(path: path)
    let source = SourceFile(path: path, text: text)
    guard SpecFileLoader.checkSize(of: text, into: &diagnostics) else {
      return SpecReadResult(spec: nil, diagnostics: diagnostics.diagnostics, source: source)
    }
    let root = YAMLDocumentParser(source: source).parse(into: &diagnostics)
    guard !diagnostics.hasErrors || root != nil else {
      return SpecReadResult(spec: nil, diagnostics: diagnostics.diagnostics, source: source)
    }
    guard let root, !root.isNull else {
      diagnostics.error(
        .missingKey,
        "the spec is empty; expected a map with at least inputs, network, samplers and terms",
        at: .point(SourceLocation(line: 1, column: 1)))
      return SpecReadResult(spec: nil, diagnostics: diagnostics.diagnostics, source: source)
    }
    var reader = YAMLSpecReader(source: source, diagnostics: diagnostics)
    var spec = reader.spec(root, path: path)
    spec?.comments = YAMLComments.collect(in: source, root: root)
    return SpecReadResult(spec: spec, diagnostics: reader.diagnostics.diagnostics, source: source)
  }
}
