import LossrunJSON

/// The outcome of a run, written as `summary.json`.
///
/// The JSON has a fixed key order and one field per line:
/// `spec`, `steps`, `seconds`, `steps_per_second`, `final_losses` and `final_weights` (objects
/// keyed by term name, in term order), `relative_l2` and `max_error` (null when there was no
/// evaluation). Non-finite numbers are written as null.
public struct RunSummary: Hashable, Sendable {
  /// The spec's name.
  public var specName: String
  /// Steps completed.
  public var steps: Int
  /// Wall-clock seconds of training.
  public var seconds: Double
  /// The terms' names, in order.
  public var termNames: [String]
  /// Each term's final unweighted loss.
  public var finalLosses: [Double]
  /// Each term's final weight.
  public var finalWeights: [Double]
  /// The final relative L2 error, if evaluated.
  public var relativeL2: Double?
  /// The final maximum absolute error, if evaluated.
  public var maxError: Double?

  /// Creates a summary.
  public init(
    specName: String, steps: Int, seconds: Double, termNames: [String], finalLosses: [Double],
    finalWeights: [Double], relativeL2: Double? = nil, maxError: Double? = nil
  ) {
    self.specName = specName
    self.steps = steps
    self.seconds = seconds
    self.termNames = termNames
    self.finalLosses = finalLosses
    self.finalWeights = finalWeights
    self.relativeL2 = relativeL2
    self.maxError = maxError
  }

  /// Steps per second (0 when no time elapsed).
  public var stepsPerSecond: Double { seconds > 0 ? Double(steps) / seconds : 0 }

  /// The JSON text, ending in a newline.
  public var jsonText: String {
    let summary: JSONValue = .object([
      "spec": .string(specName),
      "steps": .integer(steps),
      "seconds": .number(seconds),
      "steps_per_second": .number(stepsPerSecond),
      "final_losses": perTerm(finalLosses),
      "final_weights": perTerm(finalWeights),
      "relative_l2": .number(relativeL2),
      "max_error": .number(maxError),
    ])
    return summary.text(style: .fieldPerLine) + "\n"
  }

  /// Writes the JSON atomically to `path`.
  public func write(to path: String) throws(ReportError) {
    try AtomicFile.write(jsonText, to: path)
  }

  private func perTerm(_ values: [Double]) -> JSONValue {
    .object(
      termNames.enumerated().map { index, name in
        (name, values.indices.contains(index) ? .number(values[index]) : .null)
      })
  }
}
