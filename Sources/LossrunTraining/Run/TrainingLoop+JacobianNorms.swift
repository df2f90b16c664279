import LossrunEngine

extension TrainingLoop {
  /// At an update step of NTK weighting: the kernel traces at the current parameters and
  /// points, then the new weights, before the step's pass, so that they weight this step's
  /// update whether the pass is per-term or summed.
  func updateJacobianNormWeighting(step: Int) {
    guard case .ntk(let ntk) = rule, ntk.needsJacobianNorms(atStep: step) else { return }
    let norms = computeJacobianNorms(batch: ntk.settings.batch)
    ntk.update(
      step: step, traces: (0..<plan.termCount).map { norms.trace(of: $0) },
      counts: norms.counts, state: &weightingState)
    loadWeights()
  }

  /// Runs the engine's Jacobian-norm pass on the first `batch` current points of every term's
  /// set, at the current parameters, in buffers made on the first call.
  func computeJacobianNorms(batch: Int) -> JacobianNorms<S> {
    let norms: JacobianNorms<S>
    if let existing = jacobianNorms, existing.batch == batch {
      norms = existing
    } else {
      norms = plan.makeJacobianNorms(batch: batch)
      jacobianNorms = norms
    }
    plan.computeJacobianNorms(norms)
    return norms
  }
}
