import Foundation
import LossrunTestSupport
import Testing

@testable import LossrunCheck

/// `docs/diagnostics.md` is the generator's output; `LOSSRUN_WRITE_DOCS=1` rewrites it.
@Suite struct DiagnosticsDocumentTests {
  static var url: URL { SpecFixtures.packageRoot.appendingPathComponent(DiagnosticsDocument.path) }

  @Test func thePageIsUpToDate() throws {
    let generated = DiagnosticsDocument.markdown
    if ProcessInfo.processInfo.environment["LOSSRUN_WRITE_DOCS"] == "1" {
      try generated.write(to: Self.url, atomically: true, encoding: .utf8)
    }
    let committed = try String(contentsOf: Self.url, encoding: .utf8)
    #expect(
      committed == generated,
      "docs/diagnostics.md is stale; run LOSSRUN_WRITE_DOCS=1 swift test --filter DiagnosticsDocumentTests"
    )
  }

  @Test func everyCatalogueIdHasAnExampleAndAFix() {
    for rule in CheckRule.catalogue {
      #expect(!rule.example.isEmpty && !rule.fix.isEmpty, "\(rule.id)")
      #expect(DiagnosticsDocument.markdown.contains("### `\(rule.id.rawValue)`"))
    }
  }

  @Test func idsAreUnique() {
    let ids = CheckRule.catalogue.map(\.id) + DiagnosticsDocument.frontEndEntries.map(\.id)
    #expect(Set(ids).count == ids.count)
  }
}
