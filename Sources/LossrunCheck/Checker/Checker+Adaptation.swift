import LossrunDiagnostics
import LossrunSpec

extension Checker {
  /// Checks a sampler's `adapt` value: the method's settings against the sampling catalogue,
  /// and what adaptive sampling cannot go with (a grid, an explicit `resample`, a pool smaller
  /// than the points RAD redraws from it, more points than a run can hold). The adaptation
  /// with its defaults, or nil after reporting.
  mutating func checkAdaptation(
    _ adaptation: SamplerAdaptation, of sampler: SamplerDeclaration.DrawnPoints, named name: String
  ) -> CheckedAdaptation? {
    let method = adaptation.method.value
    let descriptors = SamplingCatalogue.settings(of: method)
    let written = SettingValidator(
      owner: "adaptive sampling '\(method.rawValue)' of sampler '\(name)'",
      descriptors: descriptors, termNames: spec.terms.map(\.name.value)
    ).validate(adaptation.settings, into: &diagnostics)
    guard written.count == adaptation.settings.count else { return nil }
    var valid = true
    if let distribution = sampler.distribution, distribution.value == .grid {
      diagnostics.error(
        .invalidAdaptation,
        "sampler '\(name)' lays its points on a grid, which adaptive sampling would break; use "
          + "a random or low-discrepancy distribution (uniform, latin_hypercube, sobol, halton)",
        at: distribution.range, notes: [Diagnostic.Note("adapted here", at: adaptation.range)])
      valid = false
    }
    if let resample = sampler.resampleEvery, resample.value != 0 {
      diagnostics.error(
        .invalidAdaptation,
        "sampler '\(name)' adapts its points, which replaces resampling (its points are drawn "
          + "once and then only adapted); remove `resample`",
        at: resample.range, notes: [Diagnostic.Note("adapted here", at: adaptation.range)])
      valid = false
    }
    let values = CompletedSettings(written, descriptors: descriptors)
    let every = values.integer("every")
    var checked: CheckedAdaptation
    switch method {
    case .rar:
      checked = CheckedAdaptation(
        method: .rar(add: values.integer("add")), every: every, pool: values.integer("pool"),
        range: adaptation.range)
    case .rad:
      checked = CheckedAdaptation(
        method: .rad(k: values.number("k"), c: values.number("c")), every: every,
        pool: values.integer("pool"), range: adaptation.range)
    case .r3:
      checked = CheckedAdaptation(method: .r3, every: every, pool: 0, range: adaptation.range)
    }
    let points = sampler.points.value
    if case .rad = checked.method, checked.pool < points {
      diagnostics.error(
        .invalidValue,
        "sampler '\(name)' redraws its \(points) points from a pool of \(checked.pool) "
          + "candidates without replacement; the pool needs at least \(points)",
        at: adaptation.settings["pool"]?.value.range ?? adaptation.range)
      valid = false
    }
    if case .rar(let add) = checked.method, add > checked.pool {
      diagnostics.error(
        .invalidValue,
        "sampler '\(name)' adds \(add) points per refinement from a pool of \(checked.pool) "
          + "candidates; the pool needs at least \(add)",
        at: adaptation.settings["pool"]?.value.range ?? adaptation.range)
      valid = false
    }
    let steps = spec.training.steps?.value ?? TrainingCatalogue.defaultSteps
    let most = checked.maximumPoints(startingWith: points, steps: steps)
    if points >= 1, most > CheckLimits.maximumPoints {
      diagnostics.error(
        .invalidValue,
        "sampler '\(name)' would grow to \(most) points over \(steps) steps; at most "
          + "\(CheckLimits.maximumPoints) fit; add fewer points or refine less often",
        at: adaptation.range)
      valid = false
    }
    return valid ? checked : nil
  }

  /// Reports adaptive sampling on a sampler no term uses: no residual drives it.
  mutating func checkAdaptedSamplersAreUsed() {
    for (index, sampler) in spec.samplers.enumerated() where !usage.samplers.contains(index) {
      guard let adaptation = sampler.drawn?.adaptation else { continue }
      diagnostics.error(
        .invalidAdaptation,
        "sampler '\(sampler.name.value)' adapts its points to the residuals of its terms, but no "
          + "term is on it; put a term on it or remove `adapt`",
        at: adaptation.range)
    }
  }
}
