/// Elementwise functions of one per-point column.
public enum UnaryFunction: String, CaseIterable, Sendable {
  case negate, sin, cos, tan, exp, log, sqrt, abs, tanh, sinh, cosh
}

/// Elementwise functions of two per-point columns.
///
/// `arcTangent` is the two-argument arc tangent of (first, second) = (y, x): the angle of the
/// point (x, y) in (-π, π], as C's `atan2(y, x)`.
public enum BinaryFunction: String, CaseIterable, Sendable {
  case add, subtract, multiply, divide, minimum, maximum, arcTangent
}
