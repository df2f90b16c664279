import Foundation

/// Measures the engine's dense kernel on a large square product, the ceiling the plan's matmul
/// throughput is compared against.
public enum KernelBenchmark {
  /// GFLOP/s of `size×size` weights times `size×size` points with the plan's multiply kernel,
  /// rows split between `threads` threads; the best of `repeats` runs.
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  public static func squareProductGFLOPs<S: EngineScalar>(
    _ scalar: S.Type, size requested: Int = 512, threads: Int = 1, repeats: Int = 20
  ) -> Double {
    let quantum = 4 * S.laneCount
    let n = max((requested + quantum - 1) / quantum * quantum, quantum)
    let w = UnsafeMutablePointer<S>.allocate(capacity: n * n)
    let a = UnsafeMutablePointer<S>.allocate(capacity: n * n)
    let o = UnsafeMutablePointer<S>.allocate(capacity: n * n)
    defer {
      w.deallocate()
      a.deallocate()
      o.deallocate()
    }
    for i in 0..<(n * n) {
      w[i] = S(Double(i % 17) / 17 - 0.5)
      a[i] = S(Double(i % 13) / 13 - 0.5)
    }
    o.initialize(repeating: 0, count: n * n)
    let pool = threads > 1 ? WorkerPool(threadCount: threads) : nil
    defer { pool?.shutdown() }
    let rowsPerThread = (n / threads + 3) / 4 * 4
    let job: (Int) -> Void = { thread in
      let start = thread * rowsPerThread
      let rows = min(rowsPerThread, n - start)
      if rows > 0 {
        DenseKernels.multiply(
          rows: rows, inner: n, weights: w + start * n, input: a, output: o + start * n,
          points: n, bias: nil)
      }
    }
    var best = Double.infinity
    for _ in 0..<repeats {
      let start = DispatchTime.now().uptimeNanoseconds
      if let pool { pool.run(job) } else { job(0) }
      let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
      best = min(best, elapsed)
    }
    return 2 * Double(n) * Double(n) * Double(n) / best / 1e9
  }
}
