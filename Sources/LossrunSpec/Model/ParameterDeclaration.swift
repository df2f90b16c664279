import LossrunDiagnostics

/// A scalar parameter such as `nu: {init: 0.05, learn: true}`; learnable ones are trained with
/// the network's weights (inverse problems).
public struct ParameterDeclaration: Hashable, Sendable {
  /// The parameter's name.
  public var name: Located<String>
  /// Its initial value.
  public var initial: Located<Double>
  /// Whether training updates it; nil means the default (true).
  public var learnable: Located<Bool>?

  /// Creates a parameter declaration.
  public init(name: Located<String>, initial: Located<Double>, learnable: Located<Bool>?) {
    self.name = name
    self.initial = initial
    self.learnable = learnable
  }
}
