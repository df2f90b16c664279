import Foundation
import Testing

/// No type name is declared at top level in two targets of `Sources/`: one name, one concept.
///
/// Scans every `Sources/<Target>/**/*.swift` for top-level `struct`, `class`, `enum`,
/// `protocol`, `actor` and `typealias` declarations (those starting in column 0, after optional
/// attributes and modifiers) and fails, naming the targets, for a name found in more than one.
@Suite struct TypeNameUniquenessTests {
  /// The package's `Sources` directory, found from this file's path.
  static let sourcesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources")

  /// A top-level type declaration and its name.
  static let declaration = try! NSRegularExpression(
    pattern:
      #"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|fileprivate|private|open|final|indirect)\s+)*(?:struct|class|enum|protocol|actor|typealias)\s+([A-Za-z_][A-Za-z0-9_]*)"#,
    options: [.anchorsMatchLines])

  /// The top-level type names declared in `text`.
  static func declaredTypeNames(in text: String) -> [String] {
    let range = NSRange(text.startIndex..., in: text)
    return declaration.matches(in: text, range: range).compactMap { match in
      Range(match.range(at: 1), in: text).map { String(text[$0]) }
    }
  }

  /// Target name → top-level type names declared in it.
  static func typeNamesByTarget() throws -> [String: Set<String>] {
    let files = FileManager.default
    var result: [String: Set<String>] = [:]
    for target in try files.contentsOfDirectory(atPath: sourcesDirectory.path) {
      let directory = sourcesDirectory.appendingPathComponent(target)
      guard let walker = files.enumerator(atPath: directory.path) else { continue }
      var names = Set<String>()
      for case let path as String in walker where path.hasSuffix(".swift") {
        let text = try String(
          contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
        names.formUnion(declaredTypeNames(in: text))
      }
      result[target] = names
    }
    return result
  }

  @Test func theScannerFindsTopLevelDeclarationsOnly() {
    let text = """
      public struct A {}
      @usableFromInline final class B {
        struct Nested {}
      }
      indirect enum C { case c }
      package protocol D {}
      typealias E = Int
      extension F {}
      // struct G
      """
    #expect(Self.declaredTypeNames(in: text) == ["A", "B", "C", "D", "E"])
  }

  @Test func noTypeNameIsDeclaredInTwoTargets() throws {
    let byTarget = try Self.typeNamesByTarget()
    #expect(byTarget.count >= 6, "found targets \(byTarget.keys.sorted())")
    #expect(byTarget["LossrunEngine"]?.contains("RandomGenerator") == true)
    var targetsOf: [String: [String]] = [:]
    for (target, names) in byTarget {
      for name in names { targetsOf[name, default: []].append(target) }
    }
    let duplicates = targetsOf.filter { $0.value.count > 1 }
      .map { "\($0.key): \($0.value.sorted().joined(separator: ", "))" }.sorted()
    #expect(duplicates.isEmpty, "type names declared in two targets: \(duplicates)")
  }
}
