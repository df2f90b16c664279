import Foundation
import Testing

@testable import LossrunReport

@Suite("Report run records")
struct ReportRunRecordTests {
  @Test("metrics tables read header names, empty cells as missing and skip bad rows")
  func metricsTable() {
    let text = """
      step,elapsed,lr,loss_a,"odd, name"
      0,0.1,0.001,1.5,
      10,0.2,0.001,nan,3
      20,0.3
      x,0.4,0.001,1,2
      30,0.5,0.001,0.25,4\r

      """
    let table = MetricsTable(csv: text)
    #expect(table.columns == ["step", "elapsed", "lr", "loss_a", "odd, name"])
    #expect(table.rows.count == 3)
    #expect(table.notes.count == 2)
    #expect(table.notes[0].hasPrefix("line 4:"))
    #expect(table.notes[1].hasPrefix("line 5:"))
    let loss = table.series(y: "loss_a")
    #expect(loss.xs == [0, 10, 30])
    #expect(loss.ys[1].isNaN)
    #expect(table.series(y: "odd, name").xs == [10, 30])
    #expect(table.lastValue(of: "odd, name") == 4)
    #expect(table.series(y: "absent").xs.isEmpty)
    #expect(table.names(withPrefix: "loss_") == ["a"])
    #expect(MetricsTable(csv: "").notes == ["the file is empty"])
  }

  @Test("a run directory is read with unknown summary keys kept")
  func runDirectory() throws {
    let path = try ReportFixtures.runDirectory(name: "seed-1")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let run = try RunRecord(directory: path)
    #expect(run.name == "seed-1")
    #expect(run.specName == "poisson-mixed")
    #expect(run.summary["steps"]?.number == 600)
    #expect(run.summary["status"]?["state"]?.string == "finished")
    #expect(run.summary["lossrun_version"]?.string == "0.4.0-dev")
    #expect(run.metrics.rows.count == 61)
    #expect(run.notes.isEmpty)
    let groups = MetricsColumnGroups(run.metrics)
    #expect(groups.terms == ReportFixtures.terms)
    #expect(groups.evaluations == ["u"])
    #expect(groups.others.isEmpty)
    #expect(run.metrics.series(y: "rel_l2_u").xs.count == 7)
  }

  @Test("missing and malformed files become notes; an empty directory is an error")
  func tolerantReading() throws {
    let path = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: ReportError.self) { try RunRecord(directory: path) }
    try "{ not json".write(toFile: path + "/summary.json", atomically: true, encoding: .utf8)
    let run = try RunRecord(directory: path, name: "broken")
    #expect(run.name == "broken")
    #expect(run.specName == "broken")
    #expect(run.notes.contains { $0.hasPrefix("metrics.csv:") })
    #expect(run.notes.contains("summary.json: not valid JSON; ignored"))
    #expect(run.metrics.rows.isEmpty)
    #expect(!ReportPage(run: run).html.isEmpty)
  }

  @Test("an unfinished run's metrics.csv.partial is read, with a note")
  func partialMetrics() throws {
    let path = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: path) }
    try ReportFixtures.metricsCSV(steps: 50).write(
      toFile: path + "/metrics.csv.partial", atomically: true, encoding: .utf8)
    let run = try RunRecord(directory: path)
    #expect(run.metrics.rows.count == 6)
    #expect(
      run.notes.contains("metrics.csv: missing; read metrics.csv.partial (the run did not finish)"))
    #expect(run.notes.contains { $0.hasPrefix("summary.json:") })
  }

  @Test("summary values keep Booleans, numbers, nulls and nesting")
  func summaryValues() throws {
    let json = try JSONSerialization.jsonObject(
      with: Data(#"{"a": true, "b": 1, "c": null, "d": [1, "x"], "e": {"z": 2, "y": false}}"#.utf8))
    let value = SummaryValue(json: json)
    #expect(value["a"] == .bool(true))
    #expect(value["b"] == .number(1))
    #expect(value["c"] == .null)
    #expect(value["d"] == .array([.number(1), .string("x")]))
    #expect(value["e"]?.entries.map(\.0) == ["y", "z"])
    #expect(value["e"]?.displayText == "{y: false, z: 2.0}")
  }
}
