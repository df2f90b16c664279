import LossrunDiagnostics

/// A sampler's residual-based adaptive sampling with every default applied.
///
/// The residual that drives it is, per point, the sum over the terms on the sampler and their
/// residual components of |r|. Adaptation happens before the pass of every update step
/// (``isUpdate(step:)``), at the parameters the previous steps left; between updates the points
/// stay as they are (an adaptive sampler never redraws on its own).
package struct CheckedAdaptation: Hashable, Sendable {
  /// The method and its own settings.
  package enum Method: Hashable, Sendable {
    /// Residual-based adaptive refinement (Lu et al. 2021): add the `add` candidates of a fresh
    /// uniform pool with the largest residual to the points, which grow.
    case rar(add: Int)
    /// Residual-based adaptive distribution (Wu et al. 2023): redraw all points from a fresh
    /// uniform pool with probability ∝ |r|^k / mean|r|^k + c, without replacement.
    case rad(k: Double, c: Double)
    /// Retain-resample-release (Daw et al. 2023): keep the points whose residual exceeds the
    /// mean over the points, replace the others by fresh uniform points.
    case r3
  }

  /// The method.
  package internal(set) var method: Method
  /// Adapt at every step that is a positive multiple of this.
  package internal(set) var every: Int
  /// The uniform candidates drawn and evaluated per update (RAR and RAD); 0 for R3, which
  /// evaluates the current points.
  package internal(set) var pool: Int
  /// Where the `adapt` value was written.
  package internal(set) var range: SourceRange

  /// Whether `step` is an update step: a positive multiple of ``every``.
  package func isUpdate(step: Int) -> Bool { step > 0 && step % every == 0 }

  /// The most points the sampler holds in a run of `steps` steps that starts with `points`:
  /// RAR adds ``Method/rar(add:)`` points at each of its `(steps - 1) / every` updates; the
  /// other methods keep the count.
  package func maximumPoints(startingWith points: Int, steps: Int) -> Int {
    guard case .rar(let add) = method else { return points }
    let updates = max(steps - 1, 0) / every
    let (added, overflow) = add.multipliedReportingOverflow(by: updates)
    return overflow
      ? Int.max : points.addingReportingOverflow(added).overflow ? Int.max : points + added
  }
}
