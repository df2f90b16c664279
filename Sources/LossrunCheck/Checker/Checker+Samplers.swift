import LossrunDiagnostics
import LossrunSpec

extension Checker {
  /// Checks each sampler's region, predicate, points and resampling.
  mutating func checkSamplers() {
    let hasTime =
      inputs.contains { $0.isTime }
      || spec.inputs.contains {
        $0.name.value == (spec.timeInput?.value ?? "t")
      }
    for declaration in spec.samplers {
      samplers.append(checkSampler(declaration, hasTime: hasTime))
    }
  }

  private mutating func checkSampler(_ declaration: SamplerDeclaration, hasTime: Bool)
    -> CheckedSampler?
  {
    let name = declaration.name.value
    var valid = true
    let region = declaration.region.value
    if region == .initial, !hasTime {
      diagnostics.error(
        .initialWithoutTime,
        "sampler '\(name)' uses region 'initial', but the spec has no time input; add one "
          + "(`t: [0, 1]`) or use 'interior' or 'boundary'",
        at: declaration.region.range)
      valid = false
    }
    let points = declaration.points
    if points.value < 1 || points.value > CheckLimits.maximumPoints {
      diagnostics.error(
        .invalidValue,
        "sampler '\(name)' has \(points.value) points; it needs from 1 to "
          + "\(CheckLimits.maximumPoints)",
        at: points.range)
      valid = false
    }
    if let resample = declaration.resampleEvery, resample.value < 0 {
      diagnostics.error(
        .invalidValue,
        "sampler '\(name)' resamples every \(resample.value) steps; use a positive period, or 0 "
          + "for never",
        at: resample.range)
      valid = false
    }
    var predicate: ResolvedPredicate?
    if let expression = declaration.predicate {
      predicate = checkPredicate(expression, sampler: name, region: region)
      valid = valid && predicate != nil
    }
    guard valid else { return nil }
    let distribution = declaration.distribution.map { CheckedSampler.Distribution($0.value) }
    return CheckedSampler(
      name: name, range: declaration.name.range, region: CheckedSampler.Region(region),
      predicate: predicate, points: points.value, distribution: distribution ?? .uniform,
      resampleEvery: declaration.resampleEvery?.value ?? (distribution == .grid ? 0 : 1))
  }

  private mutating func checkPredicate(
    _ expression: Expression, sampler: String, region: SamplerDeclaration.Region
  ) -> ResolvedPredicate? {
    var resolver = resolver(.inputOnly, role: "the predicate of sampler '\(sampler)'")
    let predicate = resolver.resolvePredicate(expression)
    collect(resolver)
    record(resolver.facts)
    // Coverage is tried only when the inputs are valid (so the trial grid stays small).
    let spaceCount = inputs.count { !$0.isTime }
    guard let predicate, inputs.count == spec.inputs.count, (1...3).contains(spaceCount),
      inputs.count - spaceCount <= 1
    else { return predicate }
    if region == .initial, !inputs.contains(where: \.isTime) { return predicate }
    if !RegionCoverage(inputs: inputs).selectsSomething(predicate, in: region) {
      let ranges = inputs.map { "\($0.name) in [\($0.lower), \($0.upper)]" }
      diagnostics.error(
        .emptyRegion,
        "the predicate of sampler '\(sampler)' selects no point of its \(region.rawValue) "
          + "(\(ranges.joined(separator: ", "))); `==` compares with a relative tolerance of "
          + "\(ResolvedPredicate.equalityTolerance)",
        at: expression.range)
      return nil
    }
    return predicate
  }
}
