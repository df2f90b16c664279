import Foundation
import LossrunTestSupport
import Testing

@testable import LossrunCheck

/// `docs/diagnostics.md` is the generator's output; `LOSSRUN_WRITE_DOCS=1` rewrites it.
@Suite struct DiagnosticsDocumentTests {
  @Test func thePageIsUpToDate() throws {
    try GeneratedDocument.expectUpToDate(
      DiagnosticsDocument.path, generated: DiagnosticsDocument.markdown,
      suite: "DiagnosticsDocumentTests")
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
