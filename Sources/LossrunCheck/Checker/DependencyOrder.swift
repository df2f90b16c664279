import LossrunDiagnostics
import LossrunSpec

/// Orders named expressions (constants or definitions) so each comes after what it uses, and
/// finds the cycles among them.
struct DependencyOrder {
  /// A use of entry `target` at `range`.
  struct Edge {
    var target: Int
    var range: SourceRange
  }

  /// The evaluation order (entries on a cycle are left out).
  var order: [Int] = []
  /// Cycles: the entries on the cycle in order, and the use that closes it.
  var cycles: [(path: [Int], closingUse: SourceRange)] = []

  /// Computes the order of `count` entries whose uses are `edges(entry)`.
  init(count: Int, edges: (Int) -> [Edge]) {
    enum State { case unvisited, active, done }
    var state = Array(repeating: State.unvisited, count: count)
    var onCycle = Set<Int>()
    // Iterative depth-first search, so long chains cannot overflow the stack.
    for root in 0..<count where state[root] == .unvisited {
      var stack: [(node: Int, edges: [Edge], next: Int)] = [(root, edges(root), 0)]
      state[root] = .active
      while let top = stack.last {
        if top.next < top.edges.count {
          stack[stack.count - 1].next += 1
          let edge = top.edges[top.next]
          switch state[edge.target] {
          case .unvisited:
            state[edge.target] = .active
            stack.append((edge.target, edges(edge.target), 0))
          case .active:
            let nodes = stack.map(\.node)
            let start = nodes.lastIndex(of: edge.target) ?? 0
            let path = Array(nodes[start...])
            cycles.append((path, edge.range))
            onCycle.formUnion(path)
          case .done: break
          }
        } else {
          state[top.node] = .done
          stack.removeLast()
          if !onCycle.contains(top.node) { order.append(top.node) }
        }
      }
    }
  }

  /// The names an expression mentions, with their ranges (call names excluded).
  static func names(in expression: Expression) -> [(String, SourceRange)] {
    var found: [(String, SourceRange)] = []
    var pending: [(Expression, Int)] = [(expression, 0)]
    while let (node, depth) = pending.popLast() {
      guard depth <= CheckLimits.maximumExpressionDepth else { continue }
      switch node.kind {
      case .number: break
      case .name(let name): found.append((name, node.range))
      case .unary(_, let operand): pending.append((operand, depth + 1))
      case .binary(_, let left, let right):
        pending.append((right, depth + 1))
        pending.append((left, depth + 1))
      case .call(_, _, let arguments):
        pending.append(contentsOf: arguments.reversed().map { ($0, depth + 1) })
      case .evaluation(let name, let nameRange, let bindings):
        found.append((name, nameRange))
        pending.append(contentsOf: bindings.reversed().map { ($0.value, depth + 1) })
      }
    }
    return found
  }
}
