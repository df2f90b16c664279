import LossrunDiagnostics
import LossrunSpec

extension Checker {
  /// Checks that a drawn sampler of a declared domain keeps part of its region: `of:` names a
  /// shape whose boundary shows on the domain's boundary, and the predicate selects a part of
  /// positive measure of what is left (decided by ``DomainCoverage``); whether it does. Skipped
  /// without a domain (the box's selections are decided in `checkPredicate`) and after errors in
  /// the inputs or the domain.
  mutating func checkDomainSelection(
    _ declaration: SamplerDeclaration.DrawnPoints, predicate: ResolvedPredicate?,
    sampler: String
  ) -> Bool {
    let spaceCount = inputs.count { !$0.isTime }
    guard let domain, inputs.count == spec.inputs.count, (1...3).contains(spaceCount),
      inputs.count - spaceCount <= 1
    else { return true }
    let region = CheckedSampler.Region(declaration.region.value)
    let coverage = DomainCoverage(inputs: inputs, shape: domain.shape)
    let boundaryOf = declaration.boundaryOf
    var part = "the domain's \(region == .initial ? "initial slice" : region.rawValue)"
    if let boundaryOf {
      part = "the part of the domain's boundary that comes from '\(boundaryOf.value)'"
      guard coverage.selection(nil, in: region, of: boundaryOf.value) == .positiveMeasure else {
        diagnostics.error(
          .emptyRegion,
          "sampler '\(sampler)' selects the boundary of '\(boundaryOf.value)', but none of it "
            + "lies on the domain's boundary (the other shapes cover it or cut it away); "
            + "select another shape or leave out `of:`",
          at: boundaryOf.range)
        return false
      }
    }
    guard let predicate, let expression = declaration.predicate else { return true }
    switch coverage.selection(predicate, in: region, of: boundaryOf?.value) {
    case .positiveMeasure:
      return true
    case .measureZero:
      let example =
        region == .boundary
        ? "points or edges, such as a corner"
        : "`==` between inputs selects a slice of no area or volume; a face is "
          + "`region: boundary`"
      diagnostics.error(
        .measureZeroSelection,
        "the predicate of sampler '\(sampler)' selects only a set of measure zero of "
          + "\(part) (\(example)), so no point can be drawn there; widen the selection",
        at: expression.range)
    case .nothing:
      let slices =
        region == .boundary
        ? "" : " and between inputs selects no area or volume (a face is `region: boundary`)"
      diagnostics.error(
        .emptyRegion,
        "the predicate of sampler '\(sampler)' selects no point of \(part); `==` compares "
          + "with a relative tolerance of \(ResolvedPredicate.equalityTolerance)\(slices)",
        at: expression.range)
    }
    return false
  }
}
