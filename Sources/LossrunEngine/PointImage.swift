/// An affine map of a point set's coordinates, x ↦ M·x + c, at whose image the network is
/// evaluated beside the points themselves.
///
/// Periodic, symmetry and interface conditions relate the network at a point to the network at
/// another point: `u(x: -1) - u(x: 1)` on points (x, t) reads the network at (−1, t) and (1, t),
/// the images of (x, t) under two maps that fix the first coordinate. A point set with images
/// evaluates every channel at each point and at each of its images in the same tile, so a
/// residual combines them row by row (``PointSet/channel(_:image:)``). Derivative channels are
/// taken at the image with respect to the coordinates (u_x(x: 1) is ∂u/∂x at x = 1), directions
/// of ``NetworkChannel/directional(output:field:)`` stay the point's own vectors.
public struct PointImage: Hashable, Sendable {
  /// `M`, row-major, `inputCount × inputCount`.
  public var matrix: [Double]
  /// `c`, `inputCount` entries.
  public var offset: [Double]

  /// The map x ↦ `matrix`·x + `offset`.
  public init(matrix: [Double], offset: [Double]) {
    self.matrix = matrix
    self.offset = offset
  }

  /// The identity map of `inputCount` coordinates.
  public static func identity(inputCount d: Int) -> PointImage {
    PointImage(
      matrix: (0..<(d * d)).map { $0 / d == $0 % d ? 1 : 0 },
      offset: [Double](repeating: 0, count: d))
  }

  /// Whether the map has the shape of a map of `inputCount` coordinates and finite entries.
  func isValid(inputCount: Int) -> Bool {
    matrix.count == inputCount * inputCount && offset.count == inputCount
      && matrix.allSatisfy(\.isFinite) && offset.allSatisfy(\.isFinite)
  }

  /// The map composed with the network's input scaling x' = A·x + b: x ↦ A·(M·x + c) + b, as
  /// the matrix and offset the input level of a tile applies.
  func scaled(by scaling: InputAffine?, inputCount d: Int) -> (matrix: [Double], offset: [Double]) {
    guard let scaling else { return (matrix, offset) }
    var composed = [Double](repeating: 0, count: d * d)
    var shifted = scaling.offset
    for r in 0..<d {
      for j in 0..<d {
        let a = scaling.matrix[r * d + j]
        shifted[r] += a * offset[j]
        for k in 0..<d { composed[r * d + k] += a * matrix[j * d + k] }
      }
    }
    return (composed, shifted)
  }
}
