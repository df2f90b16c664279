/// A named constant with its evaluated value.
public struct CheckedConstant: Hashable, Sendable {
  /// The constant's name.
  public var name: String
  /// Its value (finite).
  public var value: Double

  /// Creates a checked constant.
  public init(name: String, value: Double) {
    self.name = name
    self.value = value
  }
}
