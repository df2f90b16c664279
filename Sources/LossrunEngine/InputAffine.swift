/// A fixed affine map `x' = A·x + c` applied to the inputs before the first layer
/// (input normalisation). Derivatives are always taken with respect to the original `x`.
public struct InputAffine: Sendable, Equatable {
  /// `A`, row-major, `inputCount × inputCount`.
  public var matrix: [Double]
  /// `c`, one per input.
  public var offset: [Double]

  /// An affine map from a row-major matrix and an offset.
  public init(matrix: [Double], offset: [Double]) {
    self.matrix = matrix
    self.offset = offset
  }

  /// The diagonal map `x'_i = (x_i - mean_i) / scale_i` (standardisation).
  public static func standardizing(mean: [Double], scale: [Double]) -> InputAffine {
    let n = mean.count
    var matrix = [Double](repeating: 0, count: n * n)
    var offset = [Double](repeating: 0, count: n)
    for i in 0..<n {
      let s = i < scale.count && scale[i] != 0 ? scale[i] : 1
      matrix[i * n + i] = 1 / s
      offset[i] = -mean[i] / s
    }
    return InputAffine(matrix: matrix, offset: offset)
  }
}
