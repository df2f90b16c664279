import Foundation
import Synchronization

/// A fixed set of worker threads that run one job at a time, each worker with its own index.
///
/// The caller runs index 0 itself; workers spin briefly after a job (steps come back to back),
/// then sleep on a condition variable. Dispatching a job allocates nothing.
final class WorkerPool: @unchecked Sendable {
  let threadCount: Int
  private let generation = Atomic<Int>(0)
  private let remaining = Atomic<Int>(0)
  private let stopping = Atomic<Bool>(false)
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private let condition: UnsafeMutablePointer<pthread_cond_t>
  private var job: ((Int) -> Void)?
  private var threads: [Thread] = []

  init(threadCount: Int) {
    self.threadCount = threadCount
    mutex = .allocate(capacity: 1)
    condition = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(condition, nil)
    for index in 1..<threadCount {
      let thread = Thread { [self] in self.workerLoop(index) }
      thread.stackSize = 1 << 20
      threads.append(thread)
      thread.start()
    }
  }

  /// Runs `body(i)` for `i` in `0..<threadCount`, `0` on the calling thread, and returns when
  /// all have finished.
  func run(_ body: @escaping (Int) -> Void) {
    job = body
    remaining.store(threadCount - 1, ordering: .sequentiallyConsistent)
    pthread_mutex_lock(mutex)
    generation.add(1, ordering: .sequentiallyConsistent)
    pthread_cond_broadcast(condition)
    pthread_mutex_unlock(mutex)
    body(0)
    // Spin while the others finish; yield once that takes long (a loaded machine).
    var spins = 0
    while remaining.load(ordering: .acquiring) > 0 {
      spins += 1
      if spins > 4096 { sched_yield() }
    }
    job = nil
  }

  /// Stops the workers (they exit after their current job).
  func shutdown() {
    stopping.store(true, ordering: .sequentiallyConsistent)
    pthread_mutex_lock(mutex)
    generation.add(1, ordering: .sequentiallyConsistent)
    pthread_cond_broadcast(condition)
    pthread_mutex_unlock(mutex)
  }

  private func workerLoop(_ index: Int) {
    var seen = 0
    while true {
      var spins = 0
      while generation.load(ordering: .acquiring) == seen, spins < 200_000 {
        spins += 1
        if spins > 20_000 { sched_yield() }
      }
      if generation.load(ordering: .acquiring) == seen {
        pthread_mutex_lock(mutex)
        while generation.load(ordering: .acquiring) == seen {
          pthread_cond_wait(condition, mutex)
        }
        pthread_mutex_unlock(mutex)
      }
      seen = generation.load(ordering: .acquiring)
      if stopping.load(ordering: .acquiring) { return }
      job?(index)
      remaining.subtract(1, ordering: .sequentiallyConsistent)
    }
  }
}
