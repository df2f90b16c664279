/// A named constant with its evaluated value.
package struct CheckedConstant: Hashable, Sendable {
  /// The constant's name.
  package internal(set) var name: String
  /// Its value (finite).
  package internal(set) var value: Double
}
