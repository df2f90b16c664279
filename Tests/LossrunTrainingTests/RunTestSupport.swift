import Foundation
import LossrunCheck
import Testing

@testable import LossrunTraining

/// Shared helpers of the lowering and run tests.
enum RunTestSupport {
  /// The checked spec of YAML `text` (the test fails on diagnostics with errors).
  static func checked(_ text: String, path: String = "test.yaml") -> CheckedSpec? {
    let report = SpecFrontEnd.load(text: text, path: path)
    #expect(report.checked != nil, "spec has errors: \(report.diagnostics.map(\.message))")
    return report.checked
  }

  /// A fresh temporary directory path (not created).
  static func temporaryDirectory(_ name: String) -> String {
    NSTemporaryDirectory()
      + "lossrun-run-tests-\(getpid())-\(name)-\(UInt32.random(in: 0...UInt32.max))"
  }
}
