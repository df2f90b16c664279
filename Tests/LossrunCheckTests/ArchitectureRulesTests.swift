import Foundation
import Testing

/// The module boundaries of `docs/architecture.md`, checked on the code of `Sources/`: each
/// test fails, naming the file or target, when a change breaks its rule.
///
/// The scan (``SourceTree``) removes comments and empties string literals first, so prose and
/// messages that mention a call or an import do not count.
@Suite struct ArchitectureRulesTests {
  /// The pipeline order of the library targets: a target may import only targets of a lower
  /// rank. LossrunJSON is the neutral writer under both diagnostics and reports; the engine and
  /// the report stand side by side; training wires them all.
  static let pipelineRank: [String: Int] = [
    "LossrunJSON": 0, "LossrunDiagnostics": 1, "LossrunSpec": 2, "LossrunCheck": 3,
    "LossrunEngine": 4, "LossrunReport": 4, "LossrunTraining": 5,
  ]

  /// Calls that belong to the executable: signals, terminal detection, ending the process and
  /// writing to standard output or standard error.
  static let processCall = try! NSRegularExpression(
    pattern:
      #"(?<![A-Za-z0-9_])(?:signal|sigaction|isatty|exit|_exit|print|fputs|fputc|puts|putchar|fflush)\s*\(|FileHandle\s*\.\s*standard(?:Output|Error)|(?<![A-Za-z0-9_])(?:stdout|stderr)(?![A-Za-z0-9_])"#
  )

  @Test func theScannerReadsCodeOnly() {
    let text = #"""
      public struct A {}  // struct Commented
      @usableFromInline final class B {
        struct Nested {}
      }
      /* struct Block /* nested */ still comment
      */
      indirect enum C { case c }
      package protocol D {}
      typealias E = Int
      extension F {}
      let message = "print(\(x)) and \"exit(1)\""
      let raw = #"signal("#
      let block = """
        import LossrunSpec
        """
      @testable import LossrunCheck
      import struct Foundation.URL
      """#
    let code = SourceTree.code(of: text)
    #expect(SourceTree.declaredTypeNames(in: code) == ["A", "B", "C", "D", "E"])
    #expect(SourceTree.importedModules(in: code) == ["LossrunCheck", "Foundation"])
    #expect(Self.processCalls(in: code).isEmpty)
    #expect(code.filter { $0 == "\n" }.count == text.filter { $0 == "\n" }.count)
    #expect(
      Self.processCalls(in: "exit(1)\nprint(x)\nFileHandle.standardError.write(d)").count == 3)
    #expect(Self.processCalls(in: "exitCode(1); reprint(x); stdoutLines").isEmpty)
  }

  @Test func noTypeNameIsDeclaredInTwoTargets() throws {
    let tree = try SourceTree()
    #expect(tree.files.count >= 6, "found targets \(tree.files.keys.sorted())")
    var targetsOf: [String: Set<String>] = [:]
    for (target, files) in tree.files {
      for file in files {
        for name in SourceTree.declaredTypeNames(in: file.code) {
          targetsOf[name, default: []].insert(target)
        }
      }
    }
    #expect(targetsOf["RandomGenerator"] == ["LossrunEngine"])
    let duplicates = targetsOf.filter { $0.value.count > 1 }
      .map { "\($0.key): \($0.value.sorted().joined(separator: ", "))" }.sorted()
    #expect(duplicates.isEmpty, "type names declared in two targets: \(duplicates)")
  }

  /// Training works on the checked model only; the spec's syntax tree stays behind the checker.
  @Test func trainingDoesNotImportTheSpecModel() throws {
    let files = try #require(try SourceTree().files["LossrunTraining"])
    #expect(files.count > 10)
    let importing = files.filter {
      SourceTree.importedModules(in: $0.code).contains("LossrunSpec")
    }
    #expect(importing.map(\.path) == [], "these files import LossrunSpec")
  }

  /// Signals, the terminal, the process's exit and its standard streams belong to the
  /// executables; libraries report through observers and diagnostics.
  @Test func librariesLeaveTheProcessToTheExecutable() throws {
    let tree = try SourceTree()
    #expect(tree.libraryTargets.count >= 7, "found \(tree.libraryTargets)")
    var found: [String] = []
    for target in tree.libraryTargets {
      for file in tree.files[target] ?? [] {
        for (line, call) in Self.processCalls(in: file.code) {
          found.append("\(target)/\(file.path):\(line): \(call)")
        }
      }
    }
    #expect(found.isEmpty, "process calls in library targets: \(found)")
  }

  /// Every library target imports only targets earlier in the pipeline; the engine imports
  /// none of them.
  @Test func librariesImportOnlyEarlierStagesOfThePipeline() throws {
    let tree = try SourceTree()
    #expect(Set(tree.libraryTargets) == Set(Self.pipelineRank.keys), "add new targets to the order")
    var backward: [String] = []
    for target in tree.libraryTargets {
      guard let rank = Self.pipelineRank[target] else { continue }
      for file in tree.files[target] ?? [] {
        for module in SourceTree.importedModules(in: file.code) {
          guard let imported = Self.pipelineRank[module] else { continue }
          if imported >= rank || target == "LossrunEngine" {
            backward.append("\(target)/\(file.path) imports \(module)")
          }
        }
      }
    }
    #expect(backward.isEmpty, "imports against the pipeline: \(backward)")
  }

  /// Each process call in `code` with its 1-based line.
  static func processCalls(in code: String) -> [(line: Int, call: String)] {
    code.split(separator: "\n", omittingEmptySubsequences: false).enumerated().flatMap {
      index, line in
      SourceTree.captures(of: processCall, in: String(line), group: 0).map { (index + 1, $0) }
    }
  }
}
