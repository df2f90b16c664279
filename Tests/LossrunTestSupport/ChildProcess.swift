import Foundation

/// Runs a program to completion and captures what it printed, for tests that exercise a binary.
///
/// Standard output and standard error are drained at the same time, so a child that fills one
/// pipe (a progress line on standard error, say) while the test waits on the other cannot block.
public enum ChildProcess {
  /// How a child ended and what it printed.
  public struct Outcome: Sendable {
    /// The exit status (or the signal number for a child killed by a signal).
    public var status: Int32
    /// Everything written to standard output.
    public var standardOutput: String
    /// Everything written to standard error.
    public var standardError: String
  }

  /// Runs `executable` with `arguments` in `directory` and waits for it.
  public static func run(
    _ executable: URL, _ arguments: [String], in directory: URL? = nil
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let errorData = Drained(error.fileHandleForReading)
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData.wait(), as: UTF8.self))
  }

  /// A pipe read to its end on another thread.
  private final class Drained: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
      Thread.detachNewThread { [self] in
        data = handle.readDataToEndOfFile()
        done.signal()
      }
    }

    func wait() -> Data {
      done.wait()
      return data
    }
  }
}
