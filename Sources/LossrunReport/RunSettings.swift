import LossrunJSON

/// The settings a run actually used, after command-line overrides: what `summary.json` records
/// under `settings` so a run can be repeated from its directory alone.
public struct RunSettings: Hashable, Sendable {
  /// The number of training steps asked for.
  public var steps: Int
  /// The seed of every random choice.
  public var seed: Int
  /// The engine's precision (`float32` or `float64`).
  public var precision: String
  /// Engine threads.
  public var threads: Int
  /// The metrics log interval in steps.
  public var logEvery: Int
  /// The optimizer (`adam`, `sgd` or `lbfgs`).
  public var optimizer: String
  /// The weighting rule's name in the catalogue (`fixed`, `annealing`, `grad_norm_balance`,
  /// `relobralo`, ...).
  public var weighting: String

  /// Creates the record of a run's settings.
  public init(
    steps: Int, seed: Int, precision: String, threads: Int, logEvery: Int, optimizer: String,
    weighting: String
  ) {
    self.steps = steps
    self.seed = seed
    self.precision = precision
    self.threads = threads
    self.logEvery = logEvery
    self.optimizer = optimizer
    self.weighting = weighting
  }

  /// The settings as encoded JSON values, keyed as in `summary.json`, in this order: `steps`,
  /// `seed`, `precision`, `threads`, `log_every`, `optimizer`, `weighting`.
  ///
  /// The output directory is not among them: where a run was written does not change what it
  /// computed, and a summary does not depend on where it is written.
  public var fields: [(String, JSONValue)] {
    [
      ("steps", .integer(steps)),
      ("seed", .integer(seed)),
      ("precision", .string(precision)),
      ("threads", .integer(threads)),
      ("log_every", .integer(logEvery)),
      ("optimizer", .string(optimizer)),
      ("weighting", .string(weighting)),
    ]
  }
}
