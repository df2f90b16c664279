import LossrunDiagnostics
import LossrunSpec
import Testing

/// Invalid `.loss` inputs, each with the exact diagnostics (id, line, column) it must produce.
@Suite struct BadInputCatalogueTests {
  /// One case: a line of `TextFixtures.base` replaced, and the expected `id@line:column`s.
  struct Case: CustomStringConvertible, Sendable {
    let line: Int
    let text: String
    let expected: [String]
    var description: String { "\(line): \(text)" }
    init(_ line: Int, _ text: String, _ expected: String...) {
      self.line = line
      self.text = text
      self.expected = expected
    }
  }

  static let cases: [Case] = [
    Case(1, "nmae t", "unknown-statement@1:1"),
    Case(1, "name", "text-syntax@1:5"),
    Case(1, "name t\nname u", "duplicate-name@2:1"),
    Case(1, "name \"abc", "unterminated-string@1:6"),
    Case(2, "input x [0, 1]", "text-syntax@2:9"),
    Case(2, "input x in [0 1]", "text-syntax@2:15"),
    Case(2, "input x in [0, 1", "text-syntax@2:17"),
    Case(2, "input x in 0, 1]", "text-syntax@2:12"),
    Case(3, "input x in [0, 2]", "duplicate-name@3:7"),
    Case(4, "const k 2", "text-syntax@4:9"),
    Case(4, "const k =", "expression-syntax@4:10"),
    Case(4, "const k = 2 +", "expression-syntax@4:14"),
    Case(4, "const k = 2 3", "text-syntax@4:13"),
    Case(4, "const k = 1e999", "non-finite-number@4:11"),
    Case(4, "const k = 2 $ 3", "invalid-character@4:13"),
    Case(4, "const k = (2", "expression-syntax@5:1"),
    Case(5, "param nu = fast", "text-syntax@5:12"),
    Case(5, "param nu = 1, learn: yes", "wrong-type@5:22"),
    Case(5, "param nu = 1, lern: true", "unknown-key@5:15"),
    Case(6, "net u = mlp(hidden: [8]", "text-syntax@6:24"),
    Case(6, "net u = mlp(hiden: [8])", "missing-key@6:9", "unknown-key@6:13"),
    Case(6, "net u = mlp(hidden: [8], activation: tanhh)", "unknown-value@6:38"),
    Case(6, "net u = mlp(hidden: [8.5])", "not-an-integer@6:22"),
    Case(6, "net u = mlp(hidden: 8)", "wrong-type@6:21"),
    Case(6, "net u = resnet(hidden: [8])", "text-syntax@6:9"),
    Case(6, "net = mlp(hidden: [8])", "text-syntax@6:5"),
    Case(6, "net u = mlp(hidden: [8])\nnet v = mlp(hidden: [8])", "duplicate-name@7:1"),
    Case(7, "sample inside = interior(points: 16", "text-syntax@7:36"),
    Case(7, "sample inside = inside(points: 16)", "unknown-value@7:17"),
    Case(7, "sample inside = interior()", "missing-key@7:17"),
    Case(7, "sample inside = interior(points: 16, distribution: normal)", "unknown-value@7:52"),
    Case(7, "sample inside = interior(points: 16, points: 8)", "duplicate-name@7:38"),
    Case(7, "sample inside interior(points: 16)", "text-syntax@7:15"),
    Case(7, "sample inside = interior(points: 0x10)", "text-syntax@7:35"),
    Case(8, "sample edge = boundary(points: 16) where", "expression-syntax@8:41"),
    Case(8, "sample edge = boundary(points: 16) where x == 0 == 1", "expression-syntax@8:49"),
    Case(9, "term pde inside: lap(u) - f", "text-syntax@9:10"),
    Case(9, "term pde on inside lap(u) - f", "text-syntax@9:20"),
    Case(9, "term pde on inside: lap(u) - f, weight: 1, lap(u)", "text-syntax@9:44"),
    Case(9, "term pde on inside: lap(u) - f, weight: heavy", "wrong-type@9:41"),
    Case(9, "term pde on inside: lap(u) - f, reduction: max", "unknown-value@9:44"),
    Case(10, "term pde on edge: u", "duplicate-name@10:6"),
    Case(11, "train adam(lr: 1e-3, stesp: 10)", "unknown-key@11:22"),
    Case(11, "train adamw(lr: 1e-3)", "unknown-value@11:7"),
    Case(11, "train steps: -", "text-syntax@11:15"),
    Case(11, "train steps: 1.5", "not-an-integer@11:14"),
    Case(11, "train steps: 10, schedule: exponential(rate: 0.9, evry: 5)", "unknown-key@11:51"),
    Case(11, "weighting annealing(rule: x)", "unknown-key@11:21"),
    Case(11, "weighting annealing(ema: 0.1 every: 10)", "text-syntax@11:30"),
    Case(11, "evaluate f on grid(11, 11) every", "text-syntax@11:28"),
    Case(11, "evaluate u: f, u: k on grid(3, 3)", "duplicate-name@11:16"),
    Case(11, "evaluate f on grid(3, x)", "text-syntax@11:23"),
    Case(11, "output", "text-syntax@11:7"),
    Case(
      11,
      "weighting a(x: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        + ")", "text-too-deep@11:49"),
  ]

  @Test(arguments: cases)
  func reportsTheExpectedDiagnostics(_ example: Case) {
    let text = TextFixtures.base(replacing: example.line, with: example.text)
    #expect(TextFixtures.located(text) == example.expected)
    let result = TextFixtures.parse(text)
    #expect(result.diagnostics.allSatisfy { $0.severity == .error && !$0.message.isEmpty })
  }

  @Test func messagesSayWhatWasExpected() {
    let typo = TextFixtures.parse(TextFixtures.base(replacing: 7, with: "smaple inside = x"))
    #expect(typo.diagnostics.first?.message.contains("did you mean 'sample'?") == true)
    let key = TextFixtures.parse(
      TextFixtures.base(replacing: 11, with: "train adam(lr: 1e-3, stesp: 10)"))
    #expect(key.diagnostics.first?.message.contains("did you mean 'steps'?") == true)
    let comma = TextFixtures.parse(TextFixtures.base(replacing: 2, with: "input x in [0 1]"))
    #expect(comma.diagnostics.first?.message.hasPrefix("expected ','") == true)
  }

  @Test func threeMistakesGiveThreeDiagnostics() {
    var lines = TextFixtures.base.components(separatedBy: "\n")
    lines[1] = "input x in [0 1]"
    lines[5] = "net u = mlp(hidden: [8)"
    lines[8] = "term pde on inside lap(u)"
    let text = lines.joined(separator: "\n")
    #expect(
      TextFixtures.located(text) == ["text-syntax@2:15", "text-syntax@6:23", "text-syntax@9:20"])
    let spec = TextFixtures.parse(text).spec
    #expect(spec?.inputs.map(\.name.value) == ["y"])
    #expect(spec?.terms.map(\.name.value) == ["bc"])
    #expect(spec?.samplers.count == 2)
  }

  @Test func garbageLinesAreReportedOneByOne() {
    let text = """
      input x in [0, 1]
      ))) what
      net u = mlp(hidden: [4])
      42 = u
      sample s = interior(points: 4)
      term t on s: u
      """
    #expect(TextFixtures.located(text) == ["unknown-statement@2:1", "unknown-statement@4:1"])
    #expect(TextFixtures.parse(text).spec?.terms.count == 1)
  }

  @Test func indentedContinuationLinesBelongToTheBrokenStatement() {
    let text = """
      input x in [0, 1]
      net u = mlp(hidden: [4],
        activation: tanh,, init: xavier_normal)
      sample s = interior(points: 4)
      term t on s: u,
        u_x
      train adam(lr: 1e-3 beta1: 0.9)
      """
    #expect(TextFixtures.located(text) == ["text-syntax@3:20", "text-syntax@7:21"])
    #expect(TextFixtures.parse(text).spec?.terms.first?.residuals.count == 2)
  }

  @Test func errorsInOneStatementDoNotHideValueErrorsInOthers() {
    let text = """
      input x in [0, 1]
      net u = mlp(hidden: [4], activation: relux)
      sample s = interior(points: 4, distribution: gaussian)
      term t on s: u +
      """
    #expect(
      TextFixtures.located(text) == [
        "unknown-value@2:38", "unknown-value@3:46", "expression-syntax@4:17",
      ])
  }

  @Test func emptyAndMissingStatements() {
    #expect(TextFixtures.located("") == ["missing-key@1:1"])
    #expect(TextFixtures.located("# only a comment\n\n") == ["missing-key@1:1"])
    #expect(TextFixtures.parse("").spec == nil)
    let noNetwork = TextFixtures.base(replacing: 6, with: "")
    #expect(TextFixtures.located(noNetwork) == ["missing-key@11:16"])
  }

  @Test func tooManyErrorsStopsTheParser() {
    let text = String(repeating: "bogus line\n", count: 500)
    let ids = TextFixtures.parse(text).diagnostics.map(\.id)
    #expect(ids.count == 101)
    #expect(ids.contains(.tooManyErrors))
  }
}
