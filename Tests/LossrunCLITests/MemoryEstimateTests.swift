import Foundation
import LossrunCheck
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The memory lint's estimate against the peak resident memory of real `lossrun run`s.
///
/// Each size runs the built binary as a child and reads the child's own high-water resident
/// memory (`VmHWM` in `/proc/PID/status`) while it runs. `getrusage(RUSAGE_CHILDREN)` and
/// `wait4`'s rusage cannot be used here: Linux carries the *spawning* process's high-water mark
/// across `exec` into the child's `ru_maxrss`, and the test process is far larger than a small
/// run. The smallest size is the baseline (the binary, the runtime, the parsed spec); above it
/// the estimate must be within 2x of what the run really used.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
struct MemoryEstimateTests {
  private static func spec(points: Int, output: String) -> String {
    """
    name: memory
    inputs: { x: [0, 1], y: [0, 1] }
    network: { outputs: [u], hidden: [2] }
    samplers:
      inside: { region: interior, points: \(points) }
      edge: { region: boundary, points: \(points) }
    terms:
      pde: { on: inside, residual: "u" }
      bc: { on: edge, residual: "u" }
    training: { steps: 1, precision: float64 }
    output: \(output)
    """
  }

  /// The `VmHWM` line of `/proc/PID/status` in bytes, nil once the process has exited.
  private static func highWaterBytes(of pid: pid_t) -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
    else { return nil }
    return kilobytes * 1024
  }

  /// Runs `lossrun run PATH` with its output discarded; the exit status and peak RSS in bytes.
  private static func peakResidentBytes(running path: String) throws -> (Int32, Double) {
    let arguments = [CLITests.binary.path, "run", path]
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var cArguments = arguments.map { strdup($0) } + [nil]
    defer { for argument in cArguments { free(argument) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, arguments[0], &actions, nil, &cArguments, environ)
    try #require(spawned == 0, "posix_spawn failed: \(spawned)")
    var status: Int32 = 0
    var peak = 0.0
    while true {
      // Read before reaping: the high-water mark only grows, and the file goes with the process.
      if let bytes = highWaterBytes(of: pid) { peak = max(peak, bytes) }
      let waited = waitpid(pid, &status, WNOHANG)
      try #require(waited >= 0, "waitpid failed")
      if waited == pid { break }
      usleep(2000)
    }
    return ((status >> 8) & 0xff, peak)
  }

  @Test func estimateIsWithinTwiceTheMeasuredPeakAboveTheBaseline() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("lossrun-memory-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var measured: [(points: Int, peak: Double, estimate: Double)] = []
    for points in [1000, 50_000, 100_000] {
      let path = directory.appendingPathComponent("memory-\(points).yaml").path
      let text = Self.spec(
        points: points, output: directory.appendingPathComponent("run-\(points)").path)
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      let report = SpecFrontEnd.load(path: path, machineMemory: 1 << 50)
      let checked = try #require(report.checked, "\(report.diagnostics.map(\.message))")
      let (status, peak) = try Self.peakResidentBytes(running: path)
      #expect(status == 0)
      measured.append((points, peak, MemoryEstimate(checked).totalBytes))
    }
    let baseline = measured[0]
    for size in measured.dropFirst() {
      let used = size.peak - baseline.peak
      let estimated = size.estimate - baseline.estimate
      let ratio = estimated / used
      #expect(
        ratio >= 0.5 && ratio <= 2,
        "\(size.points) points: estimated \(estimated) bytes above the baseline, used \(used)")
    }
  }
}
