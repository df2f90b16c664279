extension CheckedSpec {
  /// The spec with every sampler drawing at most `points` points (at least 1) and no
  /// evaluation, for checks that evaluate the terms once (`lossrun lint --deep`) or train a
  /// step.
  package func smallBatch(atMost points: Int) -> CheckedSpec {
    var spec = self
    for index in spec.samplers.indices {
      spec.samplers[index].resize { min(points, $0) }
    }
    spec.evaluation = nil
    return spec
  }
}
