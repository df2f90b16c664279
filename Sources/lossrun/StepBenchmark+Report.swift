import LossrunTraining

extension StepBenchmark.Result {
  /// The lines `lossrun bench` prints: the problem size, both step times, their ratio, the
  /// training step with the spec's weighting and the NTK weight update against the summed step,
  /// then what sampling adds to a step and each sampler's draw.
  var report: String {
    stepReport + "\n" + samplingReport
  }

  private var stepReport: String {
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

  /// The sampling lines: all samplers' draws per step against the summed and the weighted step,
  /// then one line per sampler.
  private var samplingReport: String {
    let perStep = samplingMillisecondsPerStep
    func percent(of step: Double) -> String {
      step > 0 ? ConsoleNumberFormat.fixed(100 * perStep / step, 1) + "%" : "-"
    }
    var lines = [
      "sampling       \(ConsoleNumberFormat.fixed(perStep, 3)) ms per step  "
        + "(\(percent(of: summedMilliseconds)) of the summed step, "
        + "\(percent(of: weightedMilliseconds)) of the \(weighting) step)"
    ]
    for sampler in samplers {
      let cost =
        sampler.drawMilliseconds.map {
          "\(ConsoleNumberFormat.fixed($0, 3)) ms per draw, "
            + (sampler.every == 0
              ? "drawn once" : sampler.every == 1 ? "every step" : "every \(sampler.every) steps")
        } ?? "adaptive: its points move at its updates (not timed here)"
      lines.append("  \(sampler.name)  \(sampler.points) points  \(cost)")
    }
    return lines.joined(separator: "\n")
  }
}
