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

  /// Resolves the `natural:` faces: input-only predicates that must select part of the boundary.
  mutating func checkNaturalFaces() {
    for expression in spec.natural {
      var resolver = resolver(.inputOnly, role: "a `natural` face")
      let predicate = resolver.resolvePredicate(expression)
      collect(resolver)
      record(resolver.facts)
      guard let predicate else { continue }
      let geometry = SelectionGeometry(inputs: inputs)
      let share = geometry.fraction(of: predicate, on: geometry.pieces(of: .boundary))
      guard share.value > 0 || inputs.count != spec.inputs.count else {
        diagnostics.error(
          .measureZeroSelection,
          "the `natural` face \(expression) selects no part of the boundary (the faces of the "
            + "space box); name a face, such as `x == \(inputs.first.map { SelectionGeometry.format($0.upper) } ?? "1")`",
          at: expression.range)
        continue
      }
      naturalFaces.append(predicate)
    }
  }

  private mutating func checkSampler(_ declaration: SamplerDeclaration, hasTime: Bool)
    -> CheckedSampler?
  {
    let name = declaration.name.value
    let source: CheckedSampler.Source?
    switch declaration.source {
    case .drawn(let drawn):
      source = checkDrawn(drawn, sampler: name, hasTime: hasTime).map { .drawn($0) }
    case .listed(let listed):
      source = checkListed(listed, sampler: name).map { .listed(points: $0) }
    case .file(let file):
      source = checkDataFile(file, sampler: name).map { .file($0) }
    }
    guard let source else { return nil }
    return CheckedSampler(name: name, range: declaration.name.range, source: source)
  }

  private mutating func checkDrawn(
    _ declaration: SamplerDeclaration.DrawnPoints, sampler name: String, hasTime: Bool
  ) -> CheckedSampler.DrawnPoints? {
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
    if let boundaryOf = declaration.boundaryOf,
      !checkBoundaryOf(boundaryOf, declaration, sampler: name)
    {
      valid = false
    }
    var predicate: ResolvedPredicate?
    if let expression = declaration.predicate {
      predicate = checkPredicate(
        expression, sampler: name, region: region, regionRange: declaration.region.range)
      valid = valid && predicate != nil
    }
    if valid, !checkDomainSelection(declaration, predicate: predicate, sampler: name) {
      valid = false
    }
    var adaptation: CheckedAdaptation?
    if let written = declaration.adaptation {
      adaptation = checkAdaptation(written, of: declaration, named: name)
      valid = valid && adaptation != nil
    }
    guard valid else { return nil }
    let distribution = declaration.distribution.map { CheckedSampler.Distribution($0.value) }
    return CheckedSampler.DrawnPoints(
      region: CheckedSampler.Region(region), predicate: predicate,
      boundaryOf: declaration.boundaryOf?.value, points: points.value,
      distribution: distribution ?? .uniform,
      resampleEvery: adaptation != nil
        ? 0 : declaration.resampleEvery?.value ?? (distribution == .grid ? 0 : 1),
      adaptation: adaptation)
  }

  /// Checks `of: NAME`: the boundary region of a declared domain, and one of its shapes.
  private mutating func checkBoundaryOf(
    _ name: Located<String>, _ declaration: SamplerDeclaration.DrawnPoints, sampler: String
  ) -> Bool {
    guard declaration.region.value == .boundary else {
      diagnostics.error(
        .invalidValue,
        "sampler '\(sampler)' selects the boundary of '\(name.value)', but its "
          + "region is \(declaration.region.value.rawValue); use `region: boundary`",
        at: name.range)
      return false
    }
    guard let domain else {
      if spec.domain != nil { return false }  // the domain's own errors are reported
      diagnostics.error(
        .undefinedName,
        "sampler '\(sampler)' selects the boundary of shape '\(name.value)', but "
          + "the spec declares no domain (the box's faces are selected with `where`)",
        at: name.range)
      return false
    }
    let names = domain.shapeNames
    guard names.contains(name.value) else {
      let known = spec.domain?.shapes.map(\.name.value) ?? []
      let unused = known.contains(name.value) ? " (declared, but not part of the domain)" : ""
      diagnostics.error(
        .undefinedName,
        "unknown shape '\(name.value)'\(unused)\(Suggestion.didYouMean(name.value, in: names)) "
          + "(the domain's shapes: \(names.joined(separator: ", ")))", at: name.range)
      return false
    }
    return true
  }

  private mutating func checkPredicate(
    _ expression: Expression, sampler: String, region: SamplerDeclaration.Region,
    regionRange: SourceRange
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
    // A declared domain's regions are probed by `checkDomainSelection`.
    if spec.domain != nil { return predicate }
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
    guard
      checkSelectedShare(
        predicate, expression: expression, sampler: sampler, region: region,
        regionRange: regionRange)
    else { return nil }
    return predicate
  }

  /// Reports a predicate that selects only a set of measure zero of its region (`t == 0` on the
  /// boundary, `x == 0.5` in the interior), or so little of it that sampling cannot find its
  /// points; whether it selects enough.
  private mutating func checkSelectedShare(
    _ predicate: ResolvedPredicate, expression: Expression, sampler: String,
    region: SamplerDeclaration.Region, regionRange: SourceRange
  ) -> Bool {
    let geometry = SelectionGeometry(inputs: inputs)
    let checkedRegion = CheckedSampler.Region(region)
    let shares = geometry.pieces(of: checkedRegion).map {
      (piece: $0, share: geometry.fraction(of: predicate, on: $0))
    }
    let selected = shares.reduce(0) { $0 + $1.share.value * $1.piece.measure }
    if selected == 0 {
      let better = CheckedSampler.Region.allCases.first { other in
        other != checkedRegion
          && geometry.pieces(of: other).contains {
            geometry.fraction(of: predicate, on: $0).value > 0
          }
      }
      let fixIts =
        better.map {
          [
            Diagnostic.FixIt(
              range: regionRange,
              replacement: $0.rawValue)
          ]
        } ?? []
      let advice = better.map { "; it selects part of the \($0.rawValue) region: use that" } ?? ""
      diagnostics.error(
        .measureZeroSelection,
        "the predicate of sampler '\(sampler)' selects only a set of measure zero of its "
          + "\(region.rawValue) region (\(Self.regionMeaning(checkedRegion))), so no point "
          + "can be drawn there\(advice)",
        at: expression.range, fixIts: fixIts)
      return false
    }
    let touched = shares.filter { $0.share.value > 0 }
    let exact = touched.allSatisfy(\.share.isExact)
    let share = selected / touched.reduce(0) { $0 + $1.piece.measure }
    if exact, share < CheckLimits.minimumSelectedShare {
      diagnostics.error(
        .sparseSelection,
        "the predicate of sampler '\(sampler)' selects \(share) of the part of its "
          + "\(region.rawValue) region it touches; sampling draws at most "
          + "\(Int(1 / CheckLimits.minimumSelectedShare)) candidates per point and would give "
          + "up; widen the selection",
        at: expression.range)
      return false
    }
    return true
  }

  /// What a region is, for messages.
  private static func regionMeaning(_ region: CheckedSampler.Region) -> String {
    switch region {
    case .interior: "the whole box, where `==` between inputs picks a slice of no volume"
    case .boundary: "the faces of the space box at every time"
    case .initial: "the space box at the first time"
    }
  }
}
