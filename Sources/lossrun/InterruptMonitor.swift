import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The number of SIGINTs and SIGTERMs received while a run's handler is installed.
private let interruptCount = Atomic<Int>(0)

/// Ctrl-C and SIGTERM handling for `lossrun run`: the first SIGINT or SIGTERM asks the run to
/// stop after the current step (it then writes every output and a checkpoint); a second one
/// exits at once with status 130.
///
/// The handler only touches a lock-free atomic counter (async-signal-safe) and `_exit`. The
/// training library knows nothing of signals: ``RunCommand`` passes ``isStopRequested`` to it
/// as the run's stop check.
enum InterruptMonitor {
  /// Installs the handler and clears earlier requests.
  static func install() {
    interruptCount.store(0, ordering: .sequentiallyConsistent)
    for number in [SIGINT, SIGTERM] {
      signal(number) { _ in
        if InterruptMonitor.recordInterrupt() { _exit(RunCommand.interruptedStatus) }
      }
    }
  }

  /// Counts one SIGINT; returns whether it is the second (the handler then exits at once).
  static func recordInterrupt() -> Bool {
    interruptCount.add(1, ordering: .sequentiallyConsistent).oldValue >= 1
  }

  /// Restores the default SIGINT and SIGTERM behaviour.
  static func uninstall() {
    signal(SIGINT, SIG_DFL)
    signal(SIGTERM, SIG_DFL)
  }

  /// Whether a stop was requested.
  static var isStopRequested: Bool { interruptCount.load(ordering: .relaxed) > 0 }
}
