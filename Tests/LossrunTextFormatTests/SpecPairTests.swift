import Foundation
import LossrunCheck
import LossrunDiagnostics
import LossrunSpec
import Testing

/// Every example spec exists in both formats, and the twins are one model.
@Suite struct SpecPairTests {
  @Test func everyYAMLSpecHasATextTwin() {
    let yaml = TextFixtures.specPaths("yaml")
    #expect(yaml.count >= 5)
    for path in yaml {
      let twin = String(path.dropLast(".yaml".count)) + ".loss"
      #expect(FileManager.default.fileExists(atPath: twin), "missing \(twin)")
    }
    #expect(TextFixtures.specPaths("loss").count == yaml.count)
  }

  @Test(arguments: TextFixtures.specPaths("yaml"))
  func twinsReadToEqualModels(yamlPath: String) throws {
    let textPath = String(yamlPath.dropLast(".yaml".count)) + ".loss"
    let yaml = SpecLoader.read(path: yamlPath)
    let text = SpecLoader.read(path: textPath)
    #expect(yaml.diagnostics.isEmpty, "\(yaml.diagnostics)")
    #expect(text.diagnostics.isEmpty, "\(text.diagnostics)")
    let yamlSpec = try #require(yaml.spec)
    let textSpec = try #require(text.spec)
    #expect(yamlSpec.structuralDifferences(from: textSpec) == [])
    #expect(yamlSpec.comments == textSpec.comments)
  }

  @Test(arguments: TextFixtures.specPaths("loss"))
  func textSpecsLintClean(path: String) {
    let report = SpecFrontEnd.load(path: path, machineMemory: 1 << 50)
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
    #expect(report.checked != nil)
  }

  @Test func formatIsChosenByExtensionWithOverride() {
    #expect(SpecFormat(path: "specs/a.loss") == .text)
    #expect(SpecFormat(path: "specs/a.LOSS") == .text)
    #expect(SpecFormat(path: "specs/a.yaml") == .yaml)
    #expect(SpecFormat(path: "a.loss/b.yml") == .yaml)
    #expect(SpecFormat(name: "text") == .text)
    #expect(SpecFormat(name: "yml") == .yaml)
    #expect(SpecFormat(name: "json") == nil)
    let text = "input x in [0, 1]\nnet u = mlp(hidden: [4])\n"
    let forced = SpecLoader.parse(text: text, path: "spec.yaml", format: .text)
    #expect(forced.spec?.inputs.count == 1)
    #expect(SpecLoader.parse(text: text, path: "spec.yaml").hasErrors)
  }
}
