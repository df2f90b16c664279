import LossrunJSON

/// The outcome of a run, written as `summary.json`.
///
/// The JSON has a fixed key order and one field per line:
/// - `spec`, `steps` (completed), `seconds`, `steps_per_second`;
/// - `status`: `finished` (every step was taken), `interrupted` (a stop request, SIGINT or
///   SIGTERM, ended it early; its checkpoint resumes it) or `failed` (a non-finite loss ended
///   it); `status_step`: the steps completed when it ended (for `failed`, the steps including
///   the one whose loss was not finite);
/// - `resumed_from`: the step of the checkpoint this run continued (`--resume`), else null;
/// - `final_losses` and `final_weights`: objects keyed by term name, in term order;
/// - `relative_l2` and `max_error`: the final errors over all evaluated outputs together (null
///   without an evaluation). The combined relative L2 error stacks every evaluated output's
///   errors into one vector: √(Σ_outputs Σ_points (prediction − expected)²
///   / Σ_outputs Σ_points expected²) (the plain √ of the numerator when every expected value is
///   zero); the combined max error is the largest of the outputs' max errors. With one output
///   they equal that output's errors;
/// - `errors`: per evaluated output, in network order, `{"relative_l2": .., "max_error": ..}`
///   keyed by the output's name (null without an evaluation);
/// - `parameters`: per learnable spec parameter, in spec order, `{"initial": .., "final": ..}`
///   keyed by its name: the value training started from (the spec's `init`) and the trained
///   value (the one in the parameter files and on the last `metrics.csv` row); `{}` when the spec
///   learns none;
/// - `adaptive_sampling`: per adaptive sampler (`adapt:`), keyed by its name, `{"updates": ..,
///   "points": .., "last_update_seconds": ..}` (see ``AdaptiveSampling``); `{}` when none;
/// - `settings`: the settings the run used after command-line overrides (see
///   ``RunSettings/fields``);
/// - `overrides`: those of the settings given on the command line (`--steps`, `--seed`,
///   `--precision`) with their values; `{}` when none (`--out` is where the summary is, so it
///   is not repeated);
/// - `lossrun_version`: ``LossrunVersion/current``.
///
/// Non-finite numbers are written as null.
public struct RunSummary: Hashable, Sendable {
  /// How a run ended.
  public enum Status: String, Hashable, Sendable {
    /// Every step was taken.
    case finished
    /// A stop request ended the run early.
    case interrupted
    /// A non-finite loss ended the run.
    case failed
  }

  /// The final errors of one evaluated output.
  public struct OutputErrors: Hashable, Sendable {
    /// The output's name.
    public var output: String
    /// ‖prediction − expected‖₂ / ‖expected‖₂ over the evaluation points.
    public var relativeL2: Double
    /// max |prediction − expected| over the evaluation points.
    public var maxError: Double

    /// Creates one output's errors.
    public init(output: String, relativeL2: Double, maxError: Double) {
      self.output = output
      self.relativeL2 = relativeL2
      self.maxError = maxError
    }
  }

  /// A learnable spec parameter's initial and trained values.
  public struct LearnedParameter: Hashable, Sendable {
    /// The parameter's name.
    public var name: String
    /// The value training started from (the spec's `init`).
    public var initialValue: Double
    /// The trained value.
    public var finalValue: Double

    /// Creates one parameter's record.
    public init(name: String, initialValue: Double, finalValue: Double) {
      self.name = name
      self.initialValue = initialValue
      self.finalValue = finalValue
    }
  }

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
  /// The final relative L2 error over all evaluated outputs stacked, if evaluated.
  public var relativeL2: Double?
  /// The final maximum absolute error over all evaluated outputs, if evaluated.
  public var maxError: Double?
  /// The final errors per evaluated output, in network order; empty without an evaluation.
  public var outputErrors: [OutputErrors]
  /// The learnable spec parameters, in spec order; empty when the spec learns none.
  public var learnedParameters: [LearnedParameter]
  /// The adaptive samplers' records, in sampler order; empty when no sampler adapts.
  public var adaptiveSampling: [AdaptiveSampling] = []
  /// The settings the run used; nil when unknown.
  public var settings: RunSettings?
  /// The keys of ``settings`` (see ``RunSettings/fields``) given on the command line.
  public var overriddenSettings: [String]
  /// The version of lossrun that wrote the summary.
  public var version: String
  /// How the run ended.
  public var status: Status = .finished
  /// The steps completed when the run ended (nil: ``steps``).
  public var statusStep: Int?
  /// The step of the checkpoint the run continued, if it was resumed.
  public var resumedFrom: Int?

  /// Creates a summary.
  public init(
    specName: String, steps: Int, seconds: Double, termNames: [String], finalLosses: [Double],
    finalWeights: [Double], relativeL2: Double? = nil, maxError: Double? = nil,
    outputErrors: [OutputErrors] = [], learnedParameters: [LearnedParameter] = [],
    settings: RunSettings? = nil, overriddenSettings: [String] = [],
    version: String = LossrunVersion.current
  ) {
    self.specName = specName
    self.steps = steps
    self.seconds = seconds
    self.termNames = termNames
    self.finalLosses = finalLosses
    self.finalWeights = finalWeights
    self.relativeL2 = relativeL2
    self.maxError = maxError
    self.outputErrors = outputErrors
    self.learnedParameters = learnedParameters
    self.settings = settings
    self.overriddenSettings = overriddenSettings
    self.version = version
  }

  /// Steps per second (0 when no time elapsed).
  public var stepsPerSecond: Double { seconds > 0 ? Double(steps) / seconds : 0 }

  /// The JSON text, ending in a newline.
  public var jsonText: String {
    let settingFields = settings?.fields ?? []
    let summary: JSONValue = .object([
      ("spec", .string(specName)),
      ("steps", .integer(steps)),
      ("seconds", .number(seconds)),
      ("steps_per_second", .number(stepsPerSecond)),
      ("status", .string(status.rawValue)),
      ("status_step", .integer(statusStep ?? steps)),
      ("resumed_from", resumedFrom.map { .integer($0) } ?? .null),
      ("final_losses", perTerm(finalLosses)),
      ("final_weights", perTerm(finalWeights)),
      ("relative_l2", .number(relativeL2)),
      ("max_error", .number(maxError)),
      ("errors", perOutput),
      ("parameters", perParameter),
      ("adaptive_sampling", perAdaptiveSampler),
      ("settings", settings == nil ? .null : .object(settingFields)),
      ("overrides", .object(settingFields.filter { overriddenSettings.contains($0.0) })),
      ("lossrun_version", .string(version)),
    ])
    return summary.text(style: .fieldPerLine) + "\n"
  }

  /// Writes the JSON atomically to `path`.
  public func write(to path: String) throws(ReportError) {
    try AtomicFile.write(jsonText, to: path)
  }

  private var perOutput: JSONValue {
    guard relativeL2 != nil || !outputErrors.isEmpty else { return .null }
    return .object(
      outputErrors.map { errors in
        (
          errors.output,
          .object([
            ("relative_l2", .number(errors.relativeL2)),
            ("max_error", .number(errors.maxError)),
          ])
        )
      })
  }

  private var perParameter: JSONValue {
    .object(
      learnedParameters.map { parameter in
        (
          parameter.name,
          .object([
            ("initial", .number(parameter.initialValue)),
            ("final", .number(parameter.finalValue)),
          ])
        )
      })
  }

  private func perTerm(_ values: [Double]) -> JSONValue {
    .object(
      termNames.enumerated().map { index, name in
        (name, values.indices.contains(index) ? .number(values[index]) : .null)
      })
  }
}
