import Foundation
import LossrunDiagnostics
import LossrunEngine
import LossrunTestSupport
import Testing

@testable import LossrunSpec

@Suite struct YAMLRobustnessTests {
  private func temporaryFile(_ data: Data) throws -> String {
    let path = NSTemporaryDirectory() + "lossrun-spec-\(UUID().uuidString).yaml"
    try data.write(to: URL(fileURLWithPath: path))
    return path
  }

  private func ids(_ result: SpecReadResult) -> [String] { result.diagnostics.map(\.id.rawValue) }

  @Test func missingFileDirectoryAndEmptyFile() throws {
    let missing = YAMLFrontEnd.read(path: "/nonexistent/spec.yaml")
    #expect(ids(missing) == ["unreadable-file"])
    #expect(missing.spec == nil)
    #expect(ids(YAMLFrontEnd.read(path: NSTemporaryDirectory())) == ["unreadable-file"])
    let empty = try temporaryFile(Data())
    defer { try? FileManager.default.removeItem(atPath: empty) }
    #expect(ids(YAMLFrontEnd.read(path: empty)) == ["missing-key"])
  }

  @Test func invalidUTF8IsLocated() throws {
    let path = try temporaryFile(
      Data("name: ok\nx: a".utf8) + Data([0xFF, 0xFE]) + Data("\n".utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = YAMLFrontEnd.read(path: path)
    #expect(ids(result) == ["unreadable-file"])
    #expect(result.diagnostics.first?.range?.start == SourceLocation(line: 2, column: 5))
  }

  @Test func seedFileReadsFromDisk() throws {
    let path = try temporaryFile(Data(seedExample.utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = YAMLFrontEnd.read(path: path)
    #expect(result.diagnostics.isEmpty)
    #expect(result.spec?.terms.count == 3)
    #expect(result.source?.text == seedExample)
  }

  @Test func oversizedFileIsRefusedBeforeReading() throws {
    let path = try temporaryFile(Data(repeating: UInt8(ascii: "a"), count: 9 * 1024 * 1024))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(ids(YAMLFrontEnd.read(path: path)) == ["unreadable-file"])
  }

  @Test func deepNestingIsRefused() {
    let brackets = String(repeating: "[", count: 100_000)
    #expect(ids(YAMLFrontEnd.parse(text: brackets, path: "t")) == ["yaml-too-deep"])
    let braces = String(repeating: "{a: ", count: 10_000)
    #expect(ids(YAMLFrontEnd.parse(text: braces, path: "t")) == ["yaml-too-deep"])
    var block = ""
    for depth in 0..<200 { block += String(repeating: " ", count: depth) + "a:\n" }
    #expect(ids(YAMLFrontEnd.parse(text: block, path: "t")) == ["yaml-too-deep"])
  }

  @Test func aliasBombIsRefusedAtTheFirstAlias() {
    var text = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for level in 1..<30 {
      let previous = "*l\(level - 1)".replacingOccurrences(of: "*l0", with: "*a")
      text +=
        "l\(level): &l\(level) [\(Array(repeating: previous, count: 9).joined(separator: ", "))]\n"
    }
    let result = YAMLFrontEnd.parse(text: text, path: "t")
    #expect(
      result.diagnostics.allSatisfy { [.yamlAlias, .unknownKey, .missingKey].contains($0.id) })
    #expect(result.diagnostics.first { $0.id == .yamlAlias }?.range?.start.line == 2)
  }

  @Test func longLinesHugeNumbersTagsAndGarbage() {
    let longName =
      "name: " + String(repeating: "a", count: 2_000_000) + "\n"
      + seedExample
      .split(separator: "\n").dropFirst(2).joined(separator: "\n")
    let long = YAMLFrontEnd.parse(text: longName, path: "t")
    #expect(long.diagnostics.isEmpty)
    let longExpression = "define: { f: \"" + String(repeating: "x+", count: 1_000_000) + "x\" }\n"
    #expect(
      ids(YAMLFrontEnd.parse(text: longExpression, path: "t")).contains("expression-too-deep"))
    let tagged = seedExample.patched(
      replacing: "interior, points: 256 }", with: "interior, points: !!str 256 }")
    #expect(YAMLFrontEnd.parse(text: tagged, path: "t").diagnostics.isEmpty)
    let huge = seedExample.patched(
      replacing: "lr: 1e-3", with: "lr: 1" + String(repeating: "0", count: 400))
    #expect(ids(YAMLFrontEnd.parse(text: huge, path: "t")) == ["non-finite-number"])
    var generator = RandomGenerator(seed: 7)
    let garbage = String(
      decoding: (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) },
      as: UTF8.self)
    #expect(YAMLFrontEnd.parse(text: garbage, path: "t").hasErrors)
    #expect(YAMLFrontEnd.parse(text: "\0\0\0", path: "t").hasErrors)
  }

  @Test func truncationsAndMutationsOfTheSeedNeverTrap() {
    let scalars = Array(seedExample.unicodeScalars)
    for length in stride(from: 0, to: scalars.count, by: 7) {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[0..<length])
      _ = YAMLFrontEnd.parse(text: String(view), path: "t")
    }
    var generator = RandomGenerator(seed: 42)
    let alphabet = Array("{}[]:,-\"'#&*!|> \n\t0.e9xyu_^()+=".unicodeScalars)
    var flagged = 0
    for _ in 0..<1_000 {
      var mutated = scalars
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        let index = Int.random(in: 0..<mutated.count, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: mutated[index] = alphabet.randomElement(using: &generator) ?? " "
        case 1: mutated.remove(at: index)
        default: mutated.insert(alphabet.randomElement(using: &generator) ?? " ", at: index)
        }
      }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: mutated)
      let result = YAMLFrontEnd.parse(text: String(view), path: "t")
      if result.hasErrors { flagged += 1 }
      #expect(result.diagnostics.allSatisfy { $0.severity == .error && !$0.message.isEmpty })
    }
    #expect(flagged > 0)
  }
}
