/// Dense linear algebra on small symmetric matrices (m ≤ ~10) in `Double`, row-major, for the
/// aggregators' solves: a Cholesky solve, the Jacobi eigendecomposition and the pseudo-inverse.
///
/// Written out here (no dependency); every loop runs in a fixed order, so results are
/// deterministic.
package enum SmallDenseAlgebra {
  /// Solves A x = b for a symmetric positive definite n×n A by Cholesky; nil when a pivot is not
  /// positive (A is not numerically positive definite).
  package static func choleskySolve(_ a: [Double], _ b: [Double], size n: Int) -> [Double]? {
    var l = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      for j in 0...i {
        var sum = a[i * n + j]
        for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
        if i == j {
          guard sum > 0 else { return nil }
          l[i * n + i] = sum.squareRoot()
        } else {
          l[i * n + j] = sum / l[j * n + j]
        }
      }
    }
    var y = b
    for i in 0..<n {
      for k in 0..<i { y[i] -= l[i * n + k] * y[k] }
      y[i] /= l[i * n + i]
    }
    for i in stride(from: n - 1, through: 0, by: -1) {
      for k in (i + 1)..<n { y[i] -= l[k * n + i] * y[k] }
      y[i] /= l[i * n + i]
    }
    return y
  }

  /// The eigenvalues and eigenvectors of a symmetric n×n matrix by cyclic Jacobi rotations.
  ///
  /// Sweeps until the off-diagonal mass is below 1e-30 of the total (or 100 sweeps). The
  /// eigenvectors are the columns of `vectors` (row-major n×n), unsorted.
  package static func symmetricEigen(_ a: [Double], size n: Int) -> (
    values: [Double], vectors: [Double]
  ) {
    var a = a
    var v = [Double](repeating: 0, count: n * n)
    for i in 0..<n { v[i * n + i] = 1 }
    let total = a.reduce(0) { $0 + $1 * $1 }
    for _ in 0..<100 {
      var off = 0.0
      for p in 0..<n { for q in 0..<n where p != q { off += a[p * n + q] * a[p * n + q] } }
      guard off > 1e-30 * total else { break }
      for p in 0..<n {
        for q in (p + 1)..<n where a[p * n + q] != 0 {
          let theta = (a[q * n + q] - a[p * n + p]) / (2 * a[p * n + q])
          let t = (theta >= 0 ? 1 : -1) / (Swift.abs(theta) + (theta * theta + 1).squareRoot())
          let c = 1 / (t * t + 1).squareRoot()
          let s = t * c
          for k in 0..<n {
            let akp = a[k * n + p]
            let akq = a[k * n + q]
            a[k * n + p] = c * akp - s * akq
            a[k * n + q] = s * akp + c * akq
          }
          for k in 0..<n {
            let apk = a[p * n + k]
            let aqk = a[q * n + k]
            a[p * n + k] = c * apk - s * aqk
            a[q * n + k] = s * apk + c * aqk
          }
          for k in 0..<n {
            let vkp = v[k * n + p]
            let vkq = v[k * n + q]
            v[k * n + p] = c * vkp - s * vkq
            v[k * n + q] = s * vkp + c * vkq
          }
        }
      }
    }
    return ((0..<n).map { a[$0 * n + $0] }, v)
  }

  /// A⁺ b for a symmetric positive semidefinite n×n A: eigenvalues at most
  /// `relativeCutoff`·(largest) count as zero, as `numpy.linalg.pinv`'s `rcond` does.
  package static func pseudoInverseApply(
    _ a: [Double], _ b: [Double], size n: Int, relativeCutoff: Double
  ) -> [Double] {
    let (values, vectors) = symmetricEigen(a, size: n)
    let largest = values.map { Swift.abs($0) }.max() ?? 0
    var x = [Double](repeating: 0, count: n)
    for k in 0..<n where Swift.abs(values[k]) > relativeCutoff * largest {
      var projection = 0.0
      for i in 0..<n { projection += vectors[i * n + k] * b[i] }
      let scale = projection / values[k]
      for i in 0..<n { x[i] += scale * vectors[i * n + k] }
    }
    return x
  }
}
