import LossrunCheck
import LossrunDiagnostics
import LossrunEngine
import LossrunSpec
import Testing

/// The text front end and the checker never trap, hang or blow up on any input.
@Suite struct TextFuzzTests {
  @Test func tenThousandSeededMutationsThroughParseAndCheck() {
    let seeds =
      [TextFixtures.base]
      + TextFixtures.specPaths("loss").compactMap {
        SpecLoader.read(path: $0).source?.text
      }
    var generator = RandomGenerator(seed: 5)
    let alphabet = Array("()[],:=#\"-+*^ \n\t0.e9xyu_abintopsmlf\u{0}\u{FF}é".unicodeScalars)
    var flagged = 0
    var checked = 0
    for round in 0..<10_000 {
      var scalars = Array(seeds[round % seeds.count].unicodeScalars)
      for _ in 0..<Int.random(in: 1...4, using: &generator) where !scalars.isEmpty {
        let index = Int.random(in: 0..<scalars.count, using: &generator)
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: scalars[index] = alphabet.randomElement(using: &generator) ?? " "
        case 1: scalars.remove(at: index)
        case 2: scalars.insert(alphabet.randomElement(using: &generator) ?? " ", at: index)
        default:  // duplicate a slice, like a pasted line
          let end = min(scalars.count, index + Int.random(in: 1...40, using: &generator))
          scalars.insert(contentsOf: scalars[index..<end], at: index)
        }
      }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars)
      let text = String(view)
      let result = TextFrontEnd.parse(text: text, path: "fuzz.loss")
      if result.hasErrors { flagged += 1 }
      #expect(result.diagnostics.allSatisfy { !$0.message.isEmpty })
      #expect(result.diagnostics.count <= 204)
      if !result.hasErrors, let spec = result.spec {
        _ = SpecChecker.check(spec, machineMemory: 1 << 50)
        checked += 1
      }
    }
    #expect(flagged > 1000)
    #expect(checked > 100)
  }

  @Test func truncationsOfEveryExampleNeverTrap() {
    for path in TextFixtures.specPaths("loss") {
      guard let text = SpecLoader.read(path: path).source?.text else { continue }
      let scalars = Array(text.unicodeScalars)
      for length in 0..<scalars.count {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[0..<length])
        let result = TextFrontEnd.parse(text: String(view), path: "t.loss")
        #expect(result.diagnostics.allSatisfy { !$0.message.isEmpty })
      }
    }
  }

  @Test func hostileInputsEndInDiagnostics() {
    let deepParentheses = "const k = " + String(repeating: "(", count: 100_000)
    #expect(
      TextFrontEnd.parse(text: deepParentheses, path: "t").diagnostics.map(\.id).contains(
        .expressionTooDeep))
    let deepLists = "weighting a(x: " + String(repeating: "[", count: 100_000)
    #expect(
      TextFrontEnd.parse(text: deepLists, path: "t").diagnostics.map(\.id).contains(.textTooDeep))
    let longLine = "let f = " + String(repeating: "x+", count: 1_000_000) + "x"
    #expect(
      TextFrontEnd.parse(text: longLine, path: "t").diagnostics.map(\.id).contains(
        .expressionTooDeep))
    let longName = "name " + String(repeating: "a", count: 2_000_000) + "\n" + TextFixtures.base
    #expect(TextFrontEnd.parse(text: longName, path: "t").diagnostics.map(\.id) == [.duplicateName])
    var generator = RandomGenerator(seed: 11)
    let garbage = String(
      decoding: (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) },
      as: UTF8.self)
    let result = TextFrontEnd.parse(text: garbage, path: "t")
    #expect(result.hasErrors)
    #expect(result.diagnostics.count <= 204)
    let oneLineOfGarbage = String(repeating: "$", count: 5_000_000)
    #expect(TextFrontEnd.parse(text: oneLineOfGarbage, path: "t").diagnostics.count <= 202)
    #expect(TextFrontEnd.parse(text: "\0\0\0", path: "t").hasErrors)
    #expect(
      TextFrontEnd.parse(text: String(repeating: "\n", count: 1_000_000), path: "t").diagnostics
        .map(\.id) == [.missingKey])
  }
}
