import Foundation
import LossrunSpec

/// What a lint rule sees: the spec as written (for locations), its checked form, and which
/// declarations are used where.
package struct LintContext: Sendable {
  /// The spec as written.
  package var spec: Spec
  /// Its checked form.
  package var checked: CheckedSpec
  /// Uses of declarations gathered while checking.
  package var usage: UsageFacts
  /// This machine's physical memory in bytes (injectable for tests).
  package var machineMemory: UInt64

  /// Creates a context.
  package init(spec: Spec, checked: CheckedSpec, usage: UsageFacts, machineMemory: UInt64) {
    self.spec = spec
    self.checked = checked
    self.usage = usage
    self.machineMemory = machineMemory
  }

  /// The physical memory of the machine running lossrun.
  package static var physicalMemory: UInt64 { ProcessInfo.processInfo.physicalMemory }
}
