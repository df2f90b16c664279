/// Elementwise functions of one per-point column.
public enum UnaryFunction: String, CaseIterable, Sendable {
  case negate, sin, cos, tan, exp, log, sqrt, abs, tanh, sinh, cosh
}

/// Elementwise functions of two per-point columns.
public enum BinaryFunction: String, CaseIterable, Sendable {
  case add, subtract, multiply, divide, minimum, maximum
}
