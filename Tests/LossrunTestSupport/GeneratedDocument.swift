import Foundation
import Testing

/// A documentation page generated from a catalogue, checked into the repository.
///
/// ``expectUpToDate(_:generated:suite:)`` fails when the committed page differs from what the
/// generator writes now; with `LOSSRUN_WRITE_DOCS=1` it rewrites the page first.
public enum GeneratedDocument {
  /// Expects `relativePath` (from the package root) to hold `generated`; rewrites it first when
  /// `LOSSRUN_WRITE_DOCS=1`. `suite` names the test suite in the message that says how to fix it.
  public static func expectUpToDate(
    _ relativePath: String, generated: String, suite: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = SpecFixtures.packageRoot.appendingPathComponent(relativePath)
    if ProcessInfo.processInfo.environment["LOSSRUN_WRITE_DOCS"] == "1" {
      try generated.write(to: url, atomically: true, encoding: .utf8)
    }
    let committed = try String(contentsOf: url, encoding: .utf8)
    #expect(
      committed == generated,
      "\(relativePath) is stale; run LOSSRUN_WRITE_DOCS=1 swift test --filter \(suite)",
      sourceLocation: sourceLocation)
  }
}
