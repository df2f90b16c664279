import LossrunEngine

extension TrainingLoop {
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
