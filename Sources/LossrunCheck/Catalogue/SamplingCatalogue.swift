import LossrunSpec

/// The settings of each adaptive sampling method (`adapt:` on a sampler), with their defaults
/// and where each default comes from.
package enum SamplingCatalogue {
  /// The settings of `method`.
  package static func settings(of method: SamplerAdaptation.Method) -> [SettingDescriptor] {
    switch method {
    case .rar:
      [
        every(1000, "steps between refinements (lossrun's choice)"),
        pool,
        SettingDescriptor(
          "add", .integer(minimum: 1), default: .number(10),
          "candidates with the largest residual added per refinement (lossrun's choice; "
            + "DeepXDE's Burgers RAR example adds 1 per round)"),
      ]
    case .rad:
      [
        every(1000, "steps between redistributions (lossrun's choice)"),
        pool,
        SettingDescriptor(
          "k", .nonNegativeNumber, default: .number(1),
          "exponent of the residual in the density |r|^k / mean|r|^k + c (Wu et al. 2023 "
            + "recommend 1)"),
        SettingDescriptor(
          "c", .nonNegativeNumber, default: .number(1),
          "uniform share of the density |r|^k / mean|r|^k + c (Wu et al. 2023 recommend 1)"),
      ]
    case .r3:
      [every(1, "steps between retain-resample-release updates (Daw et al. 2023: every step)")]
    }
  }

  private static func every(_ steps: Int, _ summary: String) -> SettingDescriptor {
    SettingDescriptor("every", .integer(minimum: 1), default: .number(Double(steps)), summary)
  }

  private static let pool = SettingDescriptor(
    "pool", .integer(minimum: 1), default: .number(100_000),
    "uniform candidate points drawn and evaluated per update (100 000 as in DeepXDE's RAR and "
      + "RAD examples)")
}
