/// A named constant with its evaluated value.
public struct CheckedConstant: Hashable, Sendable {
  /// The constant's name.
  public internal(set) var name: String
  /// Its value (finite).
  public internal(set) var value: Double
}
