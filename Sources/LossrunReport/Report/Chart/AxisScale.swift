/// How an axis maps values to positions.
public enum AxisScale: Hashable, Sendable {
  /// Equal distances for equal differences.
  case linear
  /// Equal distances for equal ratios (base 10); values that are not positive are not drawn.
  case log10
}
