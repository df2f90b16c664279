import Foundation
import LossrunTestSupport
import Testing

/// The Python of `docs/export.md`, extracted from the page so that it cannot drift, rebuilds
/// the network from `parameters.safetensors` with NumPy and agrees with `lossrun predict`.
///
/// Needs `python3` with `numpy` and `safetensors` (`.ci/run` installs them): in CI (`CI=true`)
/// their absence fails the test; elsewhere the test says so and skips.
@Suite struct ExportRoundTripTests {
  /// The marker before the tested code block in `docs/export.md`.
  static let marker = "<!-- export-test: numpy -->"

  /// The first ```python block after the marker.
  static func documentedCode() throws -> String {
    let page = try String(
      contentsOf: CLITests.packageRoot.appendingPathComponent("docs/export.md"), encoding: .utf8)
    let afterMarker = try #require(page.range(of: marker), "docs/export.md lost its marker")
    let rest = page[afterMarker.upperBound...]
    let open = try #require(rest.range(of: "```python\n"))
    let close = try #require(rest[open.upperBound...].range(of: "\n```"))
    return String(rest[open.upperBound..<close.lowerBound])
  }

  /// Whether `python3` can import NumPy and safetensors; records an issue in CI when not.
  static func pythonIsReady() throws -> Bool {
    let probe = try ChildProcess.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import numpy, safetensors"])
    guard probe.status != 0 else { return true }
    let message =
      "python3 with numpy and safetensors is needed (python3 -m pip install numpy safetensors): "
      + probe.standardError
    if ProcessInfo.processInfo.environment["CI"] == "true" {
      Issue.record(Comment(rawValue: message))
    } else {
      print("skipping the export round trip: \(message)")
    }
    return false
  }

  @Test(arguments: [("tanh", "box"), ("sin", "standardize"), ("silu", "none")])
  func documentedPythonAgreesWithPredict(activation: String, normalization: String) throws {
    guard try Self.pythonIsReady() else { return }
    let spec = SpecFixtures.smallPoissonYAML(steps: 20, precision: "float32")
      .patched(
        replacing: "activation: tanh, normalize: box",
        with: "activation: \(activation), normalize: \(normalization)")
    let run = try TrainedRun(spec: spec)
    defer { run.remove() }
    let points = try run.file("points.csv", "x,y\n0,0\n0.25,0.5\n0.5,0.125\n0.9,1\n1,0.75\n")
    let predicted = try run.predict(["--at", points])
    #expect(predicted.status == 0, "\(predicted.standardError)")
    let expected = try NumericCSV(predicted.standardOutput).column("u")
    let driver = """

      import sys
      predict, meta = load_network(sys.argv[1])
      points = np.loadtxt(sys.argv[2], delimiter=",", skiprows=1, ndmin=2)
      for value in predict(points)[:, 0]:
          print(repr(float(value)))
      """
    let script = try run.file("export.py", try Self.documentedCode() + "\n" + driver)
    let python = try ChildProcess.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["python3", script, run.directory + "/parameters.safetensors", points])
    #expect(python.status == 0, "\(python.standardError)")
    let values = python.standardOutput.split(separator: "\n").compactMap { Double(String($0)) }
    #expect(values.count == expected.count)
    for (value, reference) in zip(values, expected) {
      #expect(
        abs(value - reference) <= 1e-5 * abs(reference) + 1e-6,
        "python \(value), lossrun predict \(reference)")
    }
  }
}
