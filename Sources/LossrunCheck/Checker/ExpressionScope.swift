import LossrunDiagnostics

/// The names an expression can use, and what is known about them so far.
struct ExpressionScope: Sendable {
  /// Declared names.
  var symbols: [String: Symbol] = [:]
  /// Input names in order.
  var inputNames: [String] = []
  /// Indices of the space inputs (all inputs but time).
  var spaceInputs: [Int] = []
  /// Network output names in order.
  var outputNames: [String] = []
  /// Values of the constants resolved so far.
  var constantValues: [Int: Double] = [:]
  /// Resolved definitions so far, with their facts.
  var definitions: [Int: (expression: ResolvedExpression, facts: ResolutionFacts)] = [:]
  /// Declaration kind names for definitions that failed (so uses stay quiet).
  var failedDefinitions: Set<Int> = []

  /// The built-in numbers.
  static let builtinNumbers: [String: Double] = ["pi": Double.pi, "e": 2.718_281_828_459_045]

  /// Every name a did-you-mean may suggest.
  var allNames: [String] {
    symbols.keys.sorted() + Self.builtinNumbers.keys.sorted()
  }
}
