extension CheckedSpec {
  /// Command-line replacements of settings the spec writes: `--steps`, `--seed`, `--precision`
  /// and `--out`. A nil field keeps the spec's value.
  public struct Overrides: Hashable, Sendable {
    /// `--steps`: the number of training steps (at least 1).
    public var steps: Int?
    /// `--seed`: the seed of every random choice (not negative).
    public var seed: Int?
    /// `--precision`: the engine's precision.
    public var precision: CheckedTraining.Precision?
    /// `--out`: the output directory (not empty).
    public var outputDirectory: String?

    /// Creates overrides; nil fields keep the spec's values.
    public init(
      steps: Int? = nil, seed: Int? = nil, precision: CheckedTraining.Precision? = nil,
      outputDirectory: String? = nil
    ) {
      self.steps = steps
      self.seed = seed
      self.precision = precision
      self.outputDirectory = outputDirectory
    }

    /// Whether no setting is overridden.
    public var isEmpty: Bool { self == Overrides() }

    /// The overridden settings as `(key, value)` pairs, keyed like the spec's and the summary's
    /// settings (`steps`, `seed`, `precision`, `output_directory`), in that order.
    public var entries: [(key: String, value: String)] {
      var entries: [(key: String, value: String)] = []
      if let steps { entries.append(("steps", String(steps))) }
      if let seed { entries.append(("seed", String(seed))) }
      if let precision { entries.append(("precision", precision.rawValue)) }
      if let outputDirectory { entries.append(("output_directory", outputDirectory)) }
      return entries
    }

    /// `self` with every field that `newer` sets replaced by its value.
    func merged(with newer: Overrides) -> Overrides {
      Overrides(
        steps: newer.steps ?? steps, seed: newer.seed ?? seed,
        precision: newer.precision ?? precision,
        outputDirectory: newer.outputDirectory ?? outputDirectory)
    }
  }
}
