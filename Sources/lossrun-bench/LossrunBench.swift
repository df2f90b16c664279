import ArgumentParser
import Foundation
import LossrunEngine
import LossrunTraining

/// Times the seed problem's training step (summed and per-term with statistics) and the dense
/// kernel on a large square product, and prints a table or JSON.
@main
struct LossrunBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lossrun-bench",
    abstract: "Time the lossrun engine on the seed Poisson problem.")

  @Option(help: "Points per term (default: 128, 1024 and 8192).")
  var points: [Int] = []

  @Option(help: "float32 or float64.")
  var precision: String = "float32"

  @Option(help: "Worker threads.")
  var threads: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Timed steps per mode (after warm-up); 0 picks by size.")
  var repeats: Int = 0

  @Option(help: "Points per tile (default: chosen per point set by the plan).")
  var tile: Int?

  @Option(help: "Untimed warm-up steps per mode.")
  var warmup: Int = 10

  @Flag(help: "Print one JSON object per point count.")
  var json = false

  func validate() throws {
    guard ["float32", "float64"].contains(precision) else {
      throw ValidationError("--precision must be float32 or float64")
    }
    guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    guard points.allSatisfy({ $0 > 0 }) else { throw ValidationError("--points must be positive") }
  }

  func run() throws {
    let counts = points.isEmpty ? [128, 1024, 8192] : points
    if precision == "float32" {
      try measure(Float.self, counts: counts)
    } else {
      try measure(Double.self, counts: counts)
    }
  }

  func measure<S: EngineScalar & ParameterScalar>(_ type: S.Type, counts: [Int]) throws {
    let square = KernelBenchmark.squareProductGFLOPs(S.self, size: 512, threads: threads)
    if !json {
      print("lossrun-bench  precision=\(precision) threads=\(threads)")
      print(String(format: "square 512^3 product with the plan's kernel: %.1f GFLOP/s", square))
      print(
        "points  summed ms  per-term ms  ratio  GFLOP/s(per-term)  of square  buffers MiB  maxrss MiB"
      )
    }
    for n in counts {
      var problem = try SeedProblem<S>(points: n, threads: threads, tilePoints: tile)
      let steps = repeats > 0 ? repeats : max(30, min(400, 400_000 / n))
      let summed = time(steps: steps) { problem.summedStep() }
      let perTerm = time(steps: steps) { problem.perTermStep() }
      let flops = Double(problem.plan.matmulFlopsPerStep)
      let gflops = flops / perTerm / 1e9
      let result = BenchResult(
        points: n, precision: precision, threads: threads, steps: steps,
        summedMilliseconds: summed * 1e3, perTermMilliseconds: perTerm * 1e3,
        matmulFlopsPerStep: Int(flops), perTermGFLOPs: gflops, squareProductGFLOPs: square,
        bufferBytes: problem.plan.bufferBytes, maxResidentBytes: BenchResult.maxResidentBytes(),
        losses: problem.plan.losses.map { Double($0) })
      if json {
        print(result.json)
      } else {
        print(result.row)
      }
    }
  }

  /// Median wall seconds per call of `body` over `steps` calls after the warm-up; also prints
  /// the process CPU time per call to stderr (robust against other load on the machine).
  func time(steps: Int, _ body: () -> Void) -> Double {
    for _ in 0..<warmup { body() }
    var samples: [Double] = []
    samples.reserveCapacity(steps)
    let cpuStart = Self.processCPUSeconds()
    for _ in 0..<steps {
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
    }
    let cpu = (Self.processCPUSeconds() - cpuStart) / Double(steps)
    samples.sort()
    let median = samples[samples.count / 2]
    FileHandle.standardError.write(
      Data(
        String(
          format: "  wall median %.3f ms, min %.3f ms, cpu %.3f ms/step\n",
          median * 1e3, samples[0] * 1e3, cpu * 1e3
        ).utf8))
    return median
  }

  static func processCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
  }
}
