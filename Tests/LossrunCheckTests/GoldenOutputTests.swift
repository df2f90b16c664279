import LossrunCheck
import LossrunDiagnostics
import LossrunTestSupport
import Testing

/// The rendered text and JSON forms of whole reports, compared with golden output.
@Suite struct GoldenOutputTests {
  static func render(_ text: String) -> (text: String, json: String) {
    let report = SpecFixtures.lint(text)
    let renderer = DiagnosticRenderer(sources: report.source.map { [$0] } ?? [])
    return (
      renderer.text(report.diagnostics) + DiagnosticRenderer.summary(of: report.diagnostics),
      report.diagnostics.map(renderer.json).joined()
    )
  }

  static let warnings = SpecFixtures.base(replacing: 3, with: "constants: { k: 2, spare: 1 }")
    .patched(replacing: "hidden: [8] }", with: "hidden: [8], activation: relu }")

  static let errors = SpecFixtures.base(
    replacing: 10, with: "  pde: { on: insde, residual: \"lap(u) - f + u_q\" }"
  )
  .patched(replacing: "training: { steps: 10 }", with: "training: { lr: -1 }")

  @Test func warningsAsText() {
    #expect(
      Self.render(Self.warnings).text == """
        test.yaml:3:20: warning: constant 'spare' is never used [unused-constant]
        constants: { k: 2, spare: 1 }
                           ^~~~~
        test.yaml:5:51: warning: activation 'relu' is piecewise linear, so every second- or \
        higher-order derivative of the network is identically zero and the terms that take one \
        cannot be trained; use tanh, sin, softplus, silu or gelu [vanishing-derivative]
        network: { outputs: [u], hidden: [8], activation: relu }
                                                          ^~~~
        test.yaml:10:33: note: a second-order derivative is taken here
          pde: { on: inside, residual: "lap(u) - f" }
                                        ^~~~~~
        2 warnings generated.

        """)
  }

  @Test func errorsAsText() {
    #expect(
      Self.render(Self.errors).text == """
        test.yaml:10:14: error: term 'pde' is on unknown sampler 'insde'; did you mean 'inside'? \
        (samplers: inside, edge) [unknown-sampler]
          pde: { on: insde, residual: "lap(u) - f + u_q" }
                     ^~~~~
        test.yaml:10:45: error: 'u_q' reads as a derivative of 'u', but 'q' is not a sequence of \
        inputs (x, y) [derivative-wrt-non-input]
          pde: { on: insde, residual: "lap(u) - f + u_q" }
                                                    ^~~
        test.yaml:12:17: error: learning rate -1.0; it must be a positive number such as 1e-3 \
        [invalid-value]
        training: { lr: -1 }
                        ^~
        3 errors generated.

        """)
  }

  @Test func errorsAsJSON() {
    #expect(
      Self.render(Self.errors).json == """
        {"id":"unknown-sampler","severity":"error","message":"term 'pde' is on unknown sampler \
        'insde'; did you mean 'inside'? (samplers: inside, edge)","path":"test.yaml","line":10,\
        "column":14,"endLine":10,"endColumn":19,"notes":[],"fixIts":[]}
        {"id":"derivative-wrt-non-input","severity":"error","message":"'u_q' reads as a \
        derivative of 'u', but 'q' is not a sequence of inputs (x, y)","path":"test.yaml",\
        "line":10,"column":45,"endLine":10,"endColumn":48,"notes":[],"fixIts":[]}
        {"id":"invalid-value","severity":"error","message":"learning rate -1.0; it must be a \
        positive number such as 1e-3","path":"test.yaml","line":12,"column":17,"endLine":12,\
        "endColumn":19,"notes":[],"fixIts":[]}

        """)
  }
}
