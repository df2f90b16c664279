import LossrunDiagnostics

extension CheckedSpec {
  /// A command-line override that cannot apply to this spec.
  public struct OverrideError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, in one sentence.
    public var message: String
    /// The spec value it conflicts with, when there is one.
    public var range: SourceRange?

    /// Creates an error, located at `range` when given.
    init(_ message: String, at range: SourceRange? = nil) {
      self.message = message
      self.range = range
    }

    /// The message.
    public var description: String { message }
  }

  /// The spec with `overrides` applied, re-validated as the checker validates the spec's own
  /// values, and recorded in ``overrides``.
  ///
  /// - `steps` must be at least 1; `logEvery` is lowered to `steps` when it was larger. An
  ///   L-BFGS switch after the new last step never happens, and an evaluation interval longer
  ///   than the run evaluates only at the start and the end, as in the spec itself.
  /// - `seed` must not be negative.
  /// - `outputDirectory` must not be empty.
  public func overriding(_ overrides: Overrides) throws(OverrideError) -> CheckedSpec {
    var spec = self
    if let steps = overrides.steps {
      guard steps >= 1 else { throw OverrideError("--steps must be at least 1, not \(steps)") }
      spec.training.steps = steps
      spec.training.logEvery = min(spec.training.logEvery, steps)
    }
    if let seed = overrides.seed {
      guard seed >= 0 else { throw OverrideError("--seed must not be negative, not \(seed)") }
      spec.training.seed = seed
    }
    if let precision = overrides.precision { spec.training.precision = precision }
    if let directory = overrides.outputDirectory {
      guard !directory.isEmpty, !directory.contains("\0") else {
        throw OverrideError("--out must name a directory")
      }
      spec.outputDirectory = directory
    }
    spec.overrides = self.overrides.merged(with: overrides)
    return spec
  }
}
