import LossrunDiagnostics
import LossrunSpec

/// Generates `docs/diagnostics.md` from the rule catalogue (`CheckRule.catalogue`) and the front
/// ends' ids, so that the page lists every id with what triggers it, an example and the fix.
///
/// `DiagnosticsDocumentTests` fails when the committed page differs from ``markdown``; run the
/// tests with `LOSSRUN_WRITE_DOCS=1` to rewrite it.
package enum DiagnosticsDocument {
  /// One front-end id: what triggers it, an example and the fix.
  struct FrontEndEntry {
    var id: DiagnosticID
    var trigger: String
    var example: String
    var fix: String
  }

  /// The page's path relative to the package root.
  package static let path = "docs/diagnostics.md"

  /// The page.
  package static var markdown: String {
    var lines = [
      "# Diagnostics",
      "",
      "<!-- Generated from the rule catalogue (Sources/LossrunCheck/Rules); do not edit. Run",
      "     `LOSSRUN_WRITE_DOCS=1 swift test --filter DiagnosticsDocumentTests` to rewrite. -->",
      "",
      "Every diagnostic lossrun reports has a stable id, printed in brackets after the message",
      "(`[uncovered-boundary]`) and as `id` in `lossrun lint --format json`. Errors stop a spec",
      "from training; warnings do not, unless `lossrun lint --strict`. Examples are YAML; the",
      "`.loss` format reports the same ids at the same places.",
      "",
      "## How lint reads a problem",
      "",
      "- An *equation* is a term on an interior sampler without `where` whose residual reads a",
      "  derivative of the network. A *data term* is a term on an interior sampler whose residual",
      "  reads outputs only as values (`u - measured`): it observes them across the domain, so it",
      "  counts as every initial and boundary condition for them.",
      "- Initial conditions: an output whose equations take an n-th time derivative needs n terms",
      "  on an `initial` sampler, reading its value, its rate, ... (`missing-initial-condition`).",
      "- Boundary coverage: an output with a second-order space derivative needs a condition term",
      "  (any residual reading it on a boundary sampler: Dirichlet, Neumann, Robin) on every face",
      "  of the space box; one with first-order space derivatives only (transport) on one face",
      "  per direction. Faces are covered by the union of the selections of those samplers,",
      "  decided by geometry, or declared free with `natural:` (`natural: [\"x == 1\"]` in YAML,",
      "  `natural x == 1` in `.loss`) (`uncovered-boundary`).",
      "- A gauge: an output the equations read only through first-order space derivatives next",
      "  to another output's second-order ones (pressure) needs some other term reading it",
      "  (`missing-gauge`). An output that appears with no derivative at all is algebraic and",
      "  needs no condition.",
      "- Selections are decided by geometry: each region is split into pieces (the box, the",
      "  initial slice, each face at every time) and each piece into cells on which every",
      "  comparison keeps its truth value, so `t == 0` on `region: boundary` selects a set of",
      "  measure zero without drawing a point.",
      "- A learnable parameter is *reported* (its value means something) only when a data term",
      "  observes the solution (`unobserved-parameter`).",
      "- `lossrun lint --deep` also lowers the spec and evaluates every term once at the initial",
      "  network (`term-scale`).",
      "",
      "## Errors and warnings of the checker",
      "",
    ]
    for rule in CheckRule.catalogue {
      lines += entry(
        id: rule.id, severity: rule.severity.rawValue, trigger: rule.rationale,
        example: rule.example, fix: rule.fix)
    }
    lines += ["## Errors of the front ends", ""]
    for entry in frontEndEntries {
      lines += self.entry(
        id: entry.id, severity: "error", trigger: entry.trigger, example: entry.example,
        fix: entry.fix)
    }
    lines += ["## Found while training", ""]
    lines += entry(
      id: "non-finite-loss", severity: "error",
      trigger: "a term's loss became NaN or infinite; training stops and names the term",
      example: "residual: \"u - log(x)\" on an interior sampler that reaches x = 0",
      fix: "keep expressions finite on the whole region; lower the learning rate")
    return lines.joined(separator: "\n") + "\n"
  }

  private static func entry(
    id: DiagnosticID, severity: String, trigger: String, example: String, fix: String
  ) -> [String] {
    func sentence(_ text: String) -> String {
      text.prefix(1).uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
    }
    var lines = ["### `\(id.rawValue)` (\(severity))", "", "Why: " + sentence(trigger)]
    if !example.isEmpty { lines += ["", "Triggered by: `\(example)`"] }
    if !fix.isEmpty { lines += ["", "Fix: " + sentence(fix)] }
    return lines + [""]
  }
}
