import LossrunDiagnostics

/// A loss term: residual expressions evaluated on a sampler's points and reduced to a scalar.
public struct TermDeclaration: Hashable, Sendable {
  /// How per-point residuals become one loss value.
  public enum Reduction: String, Keyword {
    /// The mean of squared residuals.
    case meanSquare = "mse"
    /// The mean of absolute residuals.
    case meanAbsolute = "mae"
    /// What the words name, in messages (``Keyword/vocabularyName``).
    public static let vocabularyName = "reduction"
    /// Other accepted spellings (``Keyword/aliases``).
    public static let aliases: [String: Reduction] = [
      "mean_square": .meanSquare, "mean_squared": .meanSquare, "mean_absolute": .meanAbsolute,
    ]
  }

  /// The term's name, which weighting rules refer to.
  public var name: Located<String>
  /// The sampler whose points the residuals are evaluated on.
  public var sampler: Located<String>
  /// One residual, or several for a system (their reductions are summed); empty for a
  /// periodic term.
  public var residuals: [Expression]
  /// `periodic: x`: the term matches every output and its derivative along the input at the
  /// input's two bounds, in place of written residuals.
  public var periodic: Located<String>?
  /// The reduction; nil means mean square.
  public var reduction: Located<Reduction>?
  /// The initial weight; nil means 1.
  public var weight: Located<Double>?

  /// Creates a term declaration.
  public init(
    name: Located<String>, sampler: Located<String>, residuals: [Expression],
    reduction: Located<Reduction>?, weight: Located<Double>?, periodic: Located<String>? = nil
  ) {
    self.name = name
    self.sampler = sampler
    self.residuals = residuals
    self.periodic = periodic
    self.reduction = reduction
    self.weight = weight
  }
}
