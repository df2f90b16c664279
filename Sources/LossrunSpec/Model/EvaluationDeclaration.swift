import LossrunDiagnostics

/// How to measure the trained network: against an exact solution on a grid, or against a
/// reference CSV file at its points.
public struct EvaluationDeclaration: Hashable, Sendable {
  /// An exact-solution expression for one output.
  public struct Exact: Hashable, Sendable {
    /// The output it is for; nil means the network's only output.
    public var output: Located<String>?
    /// The solution as an expression of the inputs.
    public var expression: Expression

    /// Creates an exact solution for `output`.
    public init(output: Located<String>?, expression: Expression) {
      self.output = output
      self.expression = expression
    }
  }

  /// Where the `evaluate` entry was written.
  public var range: SourceRange
  /// Exact solutions, one per evaluated output.
  public var exact: [Exact] = []
  /// A reference CSV file with a column per input and per evaluated output.
  public var reference: Located<String>?
  /// Grid points per input, such as `[101, 101]`; nil means the file's points, or 101 per input.
  public var grid: [Located<Int>]?
  /// Evaluate every this many steps (and always at the end); nil means only at the end.
  public var every: Located<Int>?

  /// Creates an evaluation declaration written at `range`.
  public init(range: SourceRange) { self.range = range }
}
