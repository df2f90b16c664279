/// How to measure the trained network, with defaults applied.
public struct CheckedEvaluation: Hashable, Sendable {
  /// What the network is compared against.
  public enum Target: Hashable, Sendable {
    /// Exact solutions: `(output index, input-only expression)` pairs, one per evaluated output.
    case exact([ExactSolution])
    /// A reference CSV file (path as written, relative to the working directory) with a column
    /// per input and per evaluated output.
    case reference(path: String)
  }

  /// An exact solution for one network output.
  public struct ExactSolution: Hashable, Sendable {
    /// The output's index in `CheckedNetwork.outputs`.
    public var output: Int
    /// The solution; reads only inputs (evaluate with `ResolvedExpression.value(inputs:)`).
    public var expression: ResolvedExpression

    /// Creates an exact solution.
    public init(output: Int, expression: ResolvedExpression) {
      self.output = output
      self.expression = expression
    }
  }

  /// The comparison target.
  public var target: Target
  /// Grid points per input (one entry per input, each at least 2), spanning each input's range;
  /// nil with a reference file means the file's points.
  public var grid: [Int]?
  /// Evaluate every this many steps, and at the end; nil means only at the end.
  public var every: Int?

  /// Creates a checked evaluation.
  public init(target: Target, grid: [Int]?, every: Int?) {
    self.target = target
    self.grid = grid
    self.every = every
  }
}
