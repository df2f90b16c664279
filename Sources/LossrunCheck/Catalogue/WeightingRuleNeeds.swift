/// What a weighting rule needs from a spec beyond its terms.
package struct WeightingRuleNeeds: OptionSet, Hashable, Sendable {
  package let rawValue: Int

  /// Creates needs from their raw bits.
  package init(rawValue: Int) { self.rawValue = rawValue }

  /// Collocation points that stay fixed across steps (per-point state such as RBA's
  /// multipliers, or a trace estimate over a fixed batch).
  package static let fixedPoints = WeightingRuleNeeds(rawValue: 1 << 0)
  /// A time input among the network's inputs (causal weighting of time chunks).
  package static let timeInput = WeightingRuleNeeds(rawValue: 1 << 1)

  /// The needs as words (`fixed points`, `time input`), in that order.
  package var words: [String] {
    var words: [String] = []
    if contains(.fixedPoints) { words.append("fixed points") }
    if contains(.timeInput) { words.append("time input") }
    return words
  }
}
