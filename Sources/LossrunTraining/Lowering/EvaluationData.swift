import Foundation
import LossrunCheck

/// The points and expected values the trained network is measured against.
///
/// With exact solutions: a grid of `grid[i]` evenly spaced values per input spanning the input's
/// closed range (end points included), the last input varying fastest, keeping only the points
/// inside a declared `domain` (a disk's error is not measured outside the disk), and the exact
/// values there. With a reference CSV: the file's points and values (see ``ReferenceTable``), read
/// from the path resolved against the spec file's directory; a point may lack the values of
/// some outputs (an empty cell), and each output is measured at the points that have its value.
package struct EvaluationData: Sendable {
  /// The evaluated outputs' indices in the network.
  package var outputs: [Int]
  /// Their names (the metrics columns' suffixes).
  package var names: [String]
  /// The points, row-major, `count × inputCount`.
  package var points: [Double]
  /// The number of points.
  package var count: Int
  /// Per evaluated output, the expected value at each point; nil where a reference file gives
  /// none for that output (its cell is empty), so the output's errors leave the point out.
  package var expected: [[Double?]]

  /// The evaluation data of `spec`, or nil when it asks for no evaluation.
  package static func make(for spec: CheckedSpec) throws -> EvaluationData? {
    guard let evaluation = spec.evaluation else { return nil }
    let parameters = spec.parameters.map(\.initial)
    switch evaluation.target {
    case .exact(let solutions):
      let grid = evaluation.grid ?? Array(repeating: 101, count: spec.inputs.count)
      let points = try insideDomain(gridPoints(spec: spec, counts: grid), spec: spec)
      let count = points.count / max(spec.inputs.count, 1)
      var expected: [[Double?]] = []
      for solution in solutions {
        guard let function = PointFunction(solution.expression, parameters: parameters) else {
          throw TrainingError(
            "the exact solution of an evaluated output reads the network", at: solution.range)
        }
        let values = points.withUnsafeBufferPointer { buffer in
          (0..<count).map { point in
            function.evaluate(
              UnsafeBufferPointer(
                rebasing: buffer[(point * spec.inputs.count)..<((point + 1) * spec.inputs.count)]))
          }
        }
        expected.append(values)
      }
      return EvaluationData(
        outputs: solutions.map(\.output),
        names: solutions.map { spec.network.outputs[$0.output] }, points: points, count: count,
        expected: expected)
    case .reference(let reference):
      let table = try ReferenceTable(reference: reference, spec: spec)
      return EvaluationData(
        outputs: table.outputs, names: table.outputs.map { spec.network.outputs[$0] },
        points: table.points, count: table.count, expected: table.values)
    }
  }

  /// The points of `points` (row-major) that lie in `spec`'s declared domain, boundary included;
  /// all of them when the spec declares none (the grid spans the input box).
  static func insideDomain(_ points: [Double], spec: CheckedSpec) throws -> [Double] {
    guard spec.domain != nil else { return points }
    let domain = try ProblemDomain(spec: spec).domain
    let d = spec.inputs.count
    var kept: [Double] = []
    kept.reserveCapacity(points.count)
    points.withUnsafeBufferPointer { buffer in
      for start in stride(from: 0, to: points.count, by: d) {
        let point = UnsafeBufferPointer(rebasing: buffer[start..<(start + d)])
        if domain.contains(point, tolerance: 1e-9) { kept.append(contentsOf: point) }
      }
    }
    guard !kept.isEmpty else {
      throw TrainingError("no point of the evaluation grid lies inside the domain")
    }
    return kept
  }

  /// The grid's points, row-major, last input fastest.
  static func gridPoints(spec: CheckedSpec, counts: [Int]) -> [Double] {
    let d = spec.inputs.count
    let axes = (0..<d).map { axis -> [Double] in
      let n = max(counts.indices.contains(axis) ? counts[axis] : 2, 2)
      let (a, b) = (spec.inputs[axis].lower, spec.inputs[axis].upper)
      return (0..<n).map { i in i == n - 1 ? b : a + (b - a) * Double(i) / Double(n - 1) }
    }
    let total = axes.reduce(1) { $0 * $1.count }
    var points = [Double](repeating: 0, count: total * d)
    for point in 0..<total {
      var rest = point
      for axis in stride(from: d - 1, through: 0, by: -1) {
        let n = axes[axis].count
        points[point * d + axis] = axes[axis][rest % n]
        rest /= n
      }
    }
    return points
  }
}
