/// Bounds that keep checking (and everything after it) fast and small on any input.
public enum CheckLimits {
  /// The most nodes an expression may have once definitions are inlined.
  public static let maximumExpressionNodes = 20_000
  /// The deepest nesting the resolver follows.
  /// (Above the parser's own tree-height bound of 1000, so it only guards other producers.)
  public static let maximumExpressionDepth = 1_024
  /// Points tried per predicate when checking that it selects something of its region.
  public static let coverageSamples = 4_096
  /// The most points a single evaluation grid may have.
  public static let maximumGridPoints = 100_000_000
  /// The most points a sampler may draw per step.
  public static let maximumPoints = 1 << 30
  /// The widest hidden layer accepted.
  public static let maximumWidth = 1 << 20
}
