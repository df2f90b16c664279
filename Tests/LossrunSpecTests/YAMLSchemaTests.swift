import Foundation
import Testing

@testable import LossrunSpec

@Suite struct YAMLSchemaTests {
  private func object(_ value: Any?) -> [String: Any] { value as? [String: Any] ?? [:] }

  @Test func isValidJSONWithEveryKeyOfEveryTable() throws {
    let data = Data(YAMLSchema.json(weightingRules: ["fixed"]).utf8)
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
    let weighting = object(properties["weighting"])
    #expect(weighting["additionalProperties"] == nil)
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
    #expect(YAMLSchema.json(weightingRules: ["fixed"]).contains("\"description\": \"The number of points.\""))
  }
}
