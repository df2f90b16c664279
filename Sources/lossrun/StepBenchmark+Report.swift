import LossrunTraining

extension StepBenchmark.Result {
  /// The lines `lossrun bench` prints: the problem size, both step times, their ratio, the
  /// training step with the spec's weighting and the NTK weight update against the summed step.
  var report: String {
    let ratio = summedMilliseconds > 0 ? perTermMilliseconds / summedMilliseconds : 0
    let weightedRatio = summedMilliseconds > 0 ? weightedMilliseconds / summedMilliseconds : 0
    let ntkRatio = summedMilliseconds > 0 ? ntkUpdateMilliseconds / summedMilliseconds : 0
    return """
      points per sampler \(points), \(precision), \(threads) thread(s)
      per-term step  \(ConsoleNumberFormat.fixed(perTermMilliseconds, 3)) ms  \
      (\(ConsoleNumberFormat.fixed(perTermGFLOPs, 1)) GFLOP/s matmul)
      summed step    \(ConsoleNumberFormat.fixed(summedMilliseconds, 3)) ms
      per-term / summed  \(ConsoleNumberFormat.fixed(ratio, 3))
      \(weighting) step  \(ConsoleNumberFormat.fixed(weightedMilliseconds, 3)) ms  \
      (\(ConsoleNumberFormat.fixed(weightedRatio, 3))× the summed step)
      NTK weight update  \(ConsoleNumberFormat.fixed(ntkUpdateMilliseconds, 3)) ms  \
      (batch \(ntkBatch) per term; \(ConsoleNumberFormat.fixed(ntkRatio, 3))× the summed step)
      """
  }
}
