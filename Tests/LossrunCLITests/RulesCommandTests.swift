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
}
