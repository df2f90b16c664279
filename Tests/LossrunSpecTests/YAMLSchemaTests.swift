import Foundation
import Testing

@testable import LossrunSpec

@Suite struct YAMLSchemaTests {
  private let schemaText = YAMLSchema.json(weightingRules: ["fixed", "annealing"])
  private func object(_ value: Any?) -> [String: Any] { value as? [String: Any] ?? [:] }

  @Test func isValidJSONWithEveryKeyOfEveryTable() throws {
    let data = Data(schemaText.utf8)
    let root = object(try JSONSerialization.jsonObject(with: data))
    #expect(root["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    let properties = object(root["properties"])
    #expect(Set(properties.keys) == Set(YAMLFormat.spec.keys))
    #expect(Set(root["required"] as? [String] ?? []) == ["inputs", "network", "samplers", "terms"])

    let network = object(properties["network"])
    #expect(Set(object(network["properties"]).keys) == Set(YAMLFormat.network.keys))
    let activation = object(object(network["properties"])["activation"])
    #expect((activation["enum"] as? [String])?.contains("tanh") == true)

    let sampler = object(object(properties["samplers"])["additionalProperties"])
    #expect(Set(object(sampler["properties"]).keys) == Set(YAMLFormat.sampler.keys))
    let term = object(object(properties["terms"])["additionalProperties"])
    #expect(Set(object(term["properties"]).keys) == Set(YAMLFormat.term.keys))
    let training = object(properties["training"])
    #expect(Set(object(training["properties"]).keys) == Set(YAMLFormat.training.keys))
    let weightingForms = properties["weighting"].flatMap { object($0)["anyOf"] as? [Any] } ?? []
    #expect(weightingForms.count == 2)
    let shorthand = object(weightingForms.first)
    #expect(shorthand["enum"] as? [String] == ["fixed", "annealing"])
    let weighting = object(weightingForms.last)
    #expect(weighting["additionalProperties"] == nil)
    let rule = object(object(weighting["properties"])["rule"])
    #expect(rule["enum"] as? [String] == ["fixed", "annealing"])
    #expect(training["additionalProperties"] as? Bool == false)
    let evaluate = object(properties["evaluate"])
    #expect(Set(object(evaluate["properties"]).keys) == Set(YAMLFormat.evaluate.keys))
  }

  @Test func everyFieldHasADescription() throws {
    let tables = [
      YAMLFormat.spec, YAMLFormat.network, YAMLFormat.sampler, YAMLFormat.term,
      YAMLFormat.parameter, YAMLFormat.weighting, YAMLFormat.training, YAMLFormat.schedule,
      YAMLFormat.evaluate,
    ]
    for table in tables {
      #expect(table.fields.allSatisfy { !$0.summary.isEmpty })
    }
    #expect(
      schemaText.contains(
        "\"description\": \"The number of points drawn from the region, or the points themselves"))
  }
}
