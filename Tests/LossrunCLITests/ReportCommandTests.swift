import Foundation
import LossrunTestSupport
import Testing

/// `lossrun report`: one run's page regenerated, several runs compared, and its errors.
@Suite struct ReportCommandTests {
  /// Trains the small spec for a few steps into a fresh directory and returns its path.
  static func trainedRun(seed: Int, in root: String) throws -> String {
    let spec = try CLITests.temporarySpec(
      SpecFixtures.smallPoissonYAML(steps: 12), name: "small.yaml")
    let out = root + "/seed-\(seed)"
    let result = try CLITests.run(["run", spec, "--seed", "\(seed)", "--out", out])
    #expect(result.status == 0, "\(result.standardError)")
    return out
  }

  static func temporaryRoot() throws -> String {
    let path = NSTemporaryDirectory() + "lossrun-report-cli-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  @Test func regeneratesTheReportOfARun() throws {
    let root = try Self.temporaryRoot()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let run = try Self.trainedRun(seed: 1, in: root)
    let page = run + "/report.html"
    let written = try String(contentsOfFile: page, encoding: .utf8)
    try FileManager.default.removeItem(atPath: page)
    let result = try CLITests.run(["report", run])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == page + "\n")
    // The same page as the run wrote: it is made from the same files.
    #expect(try String(contentsOfFile: page, encoding: .utf8) == written)
    #expect(written.contains("data-chart=\"field_u_error\""))
    let elsewhere = root + "/elsewhere.html"
    #expect(try CLITests.run(["report", run, "-o", elsewhere]).status == 0)
    #expect(FileManager.default.fileExists(atPath: elsewhere))
  }

  @Test func comparesSeveralRunsOnOnePage() throws {
    let root = try Self.temporaryRoot()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let runs = try [1, 2, 3].map { try Self.trainedRun(seed: $0, in: root) }
    let page = root + "/compare.html"
    let result = try CLITests.run(["report"] + runs + ["-o", page])
    #expect(result.status == 0, "\(result.standardError)")
    let html = try String(contentsOfFile: page, encoding: .utf8)
    #expect(html.contains("<title>lossrun comparison: seed-1, seed-2, seed-3</title>"))
    for run in ["seed-1", "seed-2", "seed-3"] {
      // One line per run in each term's loss chart and in the error chart.
      for column in ["loss_residual", "loss_wall", "loss_side", "rel_l2_u"] {
        #expect(Self.occurrences(of: "data-series=\"\(run)/\(column)\"", in: html) == 1)
      }
    }
    #expect(html.contains("<td>median</td>"))
    // Without -o the page goes to the current directory.
    let outcome = try ChildProcess.run(
      CLITests.binary, ["report"] + runs, in: URL(fileURLWithPath: root))
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(FileManager.default.fileExists(atPath: root + "/report-compare.html"))
  }

  @Test func directoriesThatAreNotRunsAreErrors() throws {
    let root = try Self.temporaryRoot()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let run = try Self.trainedRun(seed: 1, in: root)
    let empty = root + "/empty"
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    let missing = root + "/missing"
    let result = try CLITests.run(["report", run, empty, missing, "-o", root + "/c.html"])
    #expect(result.status == 1)
    #expect(
      result.standardError == """
        \(empty): error: not a run directory: it has no metrics.csv or summary.json (lossrun \
        SPEC --out DIR writes them) [report]
        \(missing): error: no such run directory [report]
        2 errors generated.

        """)
    #expect(!FileManager.default.fileExists(atPath: root + "/c.html"))
  }

  @Test func usageErrorsExitWithTwo() throws {
    let result = try CLITests.run(["report"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("give at least one run directory"))
    #expect(try CLITests.run(["report", "--bogus", "x"]).status == 2)
  }
}
