import LossrunDiagnostics

/// A point count whose memory estimate exceeds this machine's memory.
package struct MemoryEstimateRule: LintRule {
  package let id: DiagnosticID = .memoryEstimate
  package let rationale =
    "a step that needs more memory than the machine has swaps or is killed "
    + "long after the run started; better to know before training"
  package let example = "inside: { region: interior, points: 1000000000 }"
  package let fix = "use fewer points (resampling gives more points over the run)"

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    let estimate = MemoryEstimate(context.checked)
    guard estimate.totalBytes > Double(context.machineMemory) else { return }
    let largest = estimate.bytesPerSampler.indices.max {
      estimate.bytesPerSampler[$0] < estimate.bytesPerSampler[$1]
    }
    let range = largest.flatMap { index in
      context.spec.samplers.first { $0.name.value == context.checked.samplers[index].name }
        .map(\.pointsRange)
    }
    diagnostics.warning(
      id,
      "training needs about \(Self.format(estimate.totalBytes)) for its points, tile "
        + "workspaces and per-term gradients, more than this machine's "
        + "\(Self.format(Double(context.machineMemory))); use fewer points",
      at: range)
  }

  /// Bytes in a human unit, such as `12.3 GB`.
  static func format(_ bytes: Double) -> String {
    let units = ["B", "KB", "MB", "GB", "TB", "PB"]
    var value = bytes
    var unit = 0
    while value >= 1000, unit < units.count - 1 {
      value /= 1000
      unit += 1
    }
    let rounded = (value * 10).rounded() / 10
    return "\(rounded) \(units[unit])"
  }
}
