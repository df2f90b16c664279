/// mean|g|, max|g| and ‖g‖₂ of one gradient over one parameter group.
public struct GradientSummary: Sendable, Equatable {
  /// Mean absolute component.
  public var meanAbsolute: Double
  /// Largest absolute component.
  public var maximumAbsolute: Double
  /// Euclidean norm.
  public var norm: Double
  /// Number of components summarised.
  public var count: Int
}
