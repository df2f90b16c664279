/// An affine map of the inputs, p ↦ M·p + c: where `u(x: -1)` or `flux(x: 1 - x)` reads the
/// network, as a function of the point the term is evaluated at.
package struct PointMap: Hashable, Sendable {
  /// `M`, row-major, `inputCount × inputCount`.
  package var matrix: [Double]
  /// `c`, one per input.
  package var offset: [Double]

  /// The map with matrix `matrix` and offset `offset`.
  package init(matrix: [Double], offset: [Double]) {
    self.matrix = matrix
    self.offset = offset
  }

  /// The identity of `inputCount` inputs.
  package static func identity(inputCount d: Int) -> PointMap {
    PointMap(
      matrix: (0..<(d * d)).map { $0 / d == $0 % d ? 1 : 0 },
      offset: [Double](repeating: 0, count: d))
  }

  /// The map that sets input `input` to `value` and keeps the others.
  package static func fixing(_ input: Int, at value: Double, inputCount d: Int) -> PointMap {
    var map = identity(inputCount: d)
    map.matrix[input * d + input] = 0
    map.offset[input] = value
    return map
  }

  /// The number of inputs.
  package var inputCount: Int { offset.count }

  /// Whether the map leaves every point where it is.
  package var isIdentity: Bool { self == .identity(inputCount: inputCount) }

  /// Row `input` of the map: the mapped value of that input as coefficients of the inputs and
  /// a constant.
  package func row(_ input: Int) -> (coefficients: [Double], constant: Double) {
    let d = inputCount
    return (Array(matrix[(input * d)..<((input + 1) * d)]), offset[input])
  }

  /// `self ∘ first`: the point `first` maps to, then mapped by `self`.
  package func after(_ first: PointMap) -> PointMap {
    let d = inputCount
    var matrix = [Double](repeating: 0, count: d * d)
    var offset = self.offset
    for r in 0..<d {
      for j in 0..<d {
        let a = self.matrix[r * d + j]
        if a == 0 { continue }
        offset[r] += a * first.offset[j]
        for k in 0..<d { matrix[r * d + k] += a * first.matrix[j * d + k] }
      }
    }
    return PointMap(matrix: matrix, offset: offset)
  }
}
