extension ExpressionParser {
  /// How deep and how large an expression the parser accepts.
  public struct Limits: Hashable, Sendable {
    /// The deepest nesting of parentheses, calls and prefix operators accepted.
    public var maximumNesting: Int
    /// The largest height of the resulting tree (long chains such as `a+b+...` count too).
    public var maximumHeight: Int

    /// Creates limits; the defaults are what both front ends use.
    public init(maximumNesting: Int = 200, maximumHeight: Int = 1000) {
      self.maximumNesting = maximumNesting
      self.maximumHeight = maximumHeight
    }
  }
}
