import LossrunDiagnostics

/// An input of the network and its range, such as `x: [0, 1]`.
///
/// Bounds are constant expressions (`[0, 2*pi]`), evaluated by the checker.
public struct InputDeclaration: Hashable, Sendable {
  /// The input's name.
  public var name: Located<String>
  /// The lower bound.
  public var lower: Expression
  /// The upper bound.
  public var upper: Expression

  /// Creates an input declaration.
  public init(name: Located<String>, lower: Expression, upper: Expression) {
    self.name = name
    self.lower = lower
    self.upper = upper
  }
}
