import Testing

@testable import lossrun

/// The Ctrl-C monitor `lossrun run` passes to the library as its stop check.
@Suite(.serialized) struct InterruptMonitorTests {
  @Test func aFirstInterruptRequestsAStopAndASecondExits() {
    InterruptMonitor.install()
    #expect(!InterruptMonitor.isStopRequested)
    #expect(!InterruptMonitor.recordInterrupt())
    #expect(InterruptMonitor.isStopRequested)
    #expect(InterruptMonitor.recordInterrupt())
    InterruptMonitor.uninstall()
    InterruptMonitor.install()
    #expect(!InterruptMonitor.isStopRequested)
    InterruptMonitor.uninstall()
  }
}
