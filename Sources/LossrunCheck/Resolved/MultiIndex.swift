/// How many times a network output is differentiated with respect to each input.
///
/// `counts[i]` is the order of the derivative in input `i` (in the spec's input order), so for
/// inputs `(x, y)` the index of `u_xy` is `[1, 1]` and of `u_xx` is `[2, 0]`. The zero index is the
/// value itself.
package struct MultiIndex: Hashable, Sendable, CustomStringConvertible {
  /// The highest total order the engine propagates.
  package static let maximumTotalOrder = 4

  /// The order per input.
  package var counts: [Int]

  /// Creates an index from its per-input orders.
  package init(counts: [Int]) { self.counts = counts }

  /// The zero index (no derivative) over `inputCount` inputs.
  package static func zero(inputCount: Int) -> MultiIndex {
    MultiIndex(counts: Array(repeating: 0, count: inputCount))
  }

  /// The sum of the per-input orders.
  package var totalOrder: Int { counts.reduce(0, +) }

  /// This index differentiated once more with respect to `input`.
  package func adding(input: Int) -> MultiIndex {
    var copy = self
    if copy.counts.indices.contains(input) { copy.counts[input] += 1 }
    return copy
  }

  package var description: String { counts.map(String.init).joined(separator: ",") }
}
