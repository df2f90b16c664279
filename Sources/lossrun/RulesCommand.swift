import ArgumentParser
import LossrunCheck
import LossrunDiagnostics
import LossrunJSON

/// `lossrun rules [NAME]`: lists the weighting rules and presets of the catalogue, or shows one
/// in full (settings with types and defaults, source, cost per step, needs, whether implemented).
///
/// `--json` prints the same as one JSON object (the whole catalogue, or the one entry), for
/// scripts such as `scripts/weighting-study.py`. An unknown NAME is an error with a
/// did-you-mean, exit status 1.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List the weighting rules and presets, or show one in full.",
    discussion: "The same catalogue generates docs/weighting-rules.md.")

  @Argument(help: "A rule or preset to show in full.")
  var name: String?

  @Flag(help: "Print JSON: every rule and preset, or the one named, with settings and needs.")
  var json = false

  func run() throws {
    guard let name else {
      Console.output(
        json
          ? WeightingCatalogueJSON.value.text(style: .pretty) + "\n"
          : WeightingRulesDocument.listing)
      return
    }
    let detail =
      json
      ? WeightingCatalogueJSON.entry(named: name).map { $0.text(style: .pretty) + "\n" }
      : WeightingRulesDocument.detail(named: name)
    guard let detail else {
      var message = "error: no weighting rule or preset named '\(name)'"
      if let renamed = WeightingCatalogue.renamedRules[name] {
        message +=
          "; it was renamed: "
          + renamed.map { "'\($0.name)' (\($0.meaning))" }
          .joined(separator: " or ")
      } else {
        message += Suggestion.didYouMean(name, in: WeightingCatalogue.ruleAndPresetNames)
      }
      Console.error(message + " (`lossrun rules` lists them)")
      throw ExitCode.failure
    }
    Console.output(detail)
  }
}
