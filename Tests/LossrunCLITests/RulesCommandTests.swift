import Foundation
import Testing

/// `lossrun rules` and `lossrun rules NAME` through the built binary.
@Suite struct RulesCommandTests {
  @Test func listsEveryRuleAndPreset() throws {
    let result = try CLITests.run(["rules"])
    #expect(result.status == 0, "\(result.standardError)")
    for name in ["fixed", "annealing", "relobralo", "ntk", "causal", "wang2021", "jaxpi"] {
      #expect(result.standardOutput.contains("  \(name) "), "\(name) missing")
    }
    #expect(result.standardOutput.contains("ntk") && result.standardOutput.contains("Presets:"))
  }

  @Test func showsOneRuleInFull() throws {
    let result = try CLITests.run(["rules", "annealing"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasPrefix("### `annealing`"))
    #expect(result.standardOutput.contains("- Source: Wang, Teng, Perdikaris"))
    #expect(result.standardOutput.contains("| `ema` | a number in (0, 1] | `0.1` |"))
    #expect(result.standardOutput.contains("- Cost per step: "))
  }

  @Test func anUnknownNameFailsWithADidYouMean() throws {
    let result = try CLITests.run(["rules", "anealing"])
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(
      result.standardError
        == "error: no weighting rule or preset named 'anealing'; did you mean 'annealing'? "
        + "(`lossrun rules` lists them)\n")
  }

  @Test func aRenamedRuleNamesItsSuccessors() throws {
    let result = try CLITests.run(["rules", "grad_norm"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("'grad_norm_balance'"))
    #expect(result.standardError.contains("'gradnorm'"))
  }

  @Test func theJSONCatalogueHasEveryRuleWithItsNeedsAndSettings() throws {
    let result = try CLITests.run(["rules", "--json"])
    #expect(result.status == 0, "\(result.standardError)")
    let catalogue = try #require(
      JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let rules = try #require(catalogue["rules"] as? [[String: Any]])
    let byName = Dictionary(uniqueKeysWithValues: rules.map { ($0["name"] as? String ?? "", $0) })
    let listing = try CLITests.run(["rules"]).standardOutput
    for name in byName.keys { #expect(listing.contains("  \(name) "), "\(name) not listed") }
    #expect(byName["causal"]?["needs"] as? [String] == ["time input"])
    #expect(byName["rba"]?["needs"] as? [String] == ["fixed points"])
    #expect(byName["upgrad"]?["kind"] as? String == "aggregator")
    #expect(byName["upgrad"]?["combines_scaled_gradients"] as? Bool == true)
    let settings = try #require(byName["annealing"]?["settings"] as? [[String: Any]])
    let ema = try #require(settings.first { $0["key"] as? String == "ema" })
    #expect(ema["default"] as? Double == 0.1)
    #expect(ema["type"] as? String == "a number in (0, 1]")
    let presets = try #require(catalogue["presets"] as? [[String: Any]])
    let wang = try #require(presets.first { $0["name"] as? String == "wang2021" })
    #expect(wang["rule"] as? String == "annealing")
    #expect(wang["shares_boundary_weight"] as? Bool == true)
  }

  @Test func theJSONEntryOfOneNameAndOfAnUnknownOne() throws {
    let result = try CLITests.run(["rules", "ntk", "--json"])
    #expect(result.status == 0, "\(result.standardError)")
    let entry = try #require(
      JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    #expect(entry["name"] as? String == "ntk")
    #expect(entry["kind"] as? String == "scaling rule")
    let unknown = try CLITests.run(["rules", "ntkk", "--json"])
    #expect(unknown.status == 1)
    #expect(unknown.standardError.contains("did you mean 'ntk'?"))
  }
}
