import LossrunCheck
import LossrunEngine

/// The engine's input affine map for a spec's `normalize` setting.
///
/// - `box`: each input's range `[a, b]` mapped to `[-1, 1]`: `x' = (2x − a − b) / (b − a)`.
/// - `standardize`: zero mean and unit variance over the input box, using the exact moments of
///   the uniform distribution on `[a, b]`: mean `(a + b) / 2`, standard deviation
///   `(b − a) / √12`. The Helmholtz reference code estimates these from 100,000 uniform samples
///   of the square; the exact moments are what that estimate converges to (it differs by about
///   0.3%), and they do not depend on a seed, so reruns and precisions agree.
/// - `none`: no map.
///
/// Derivatives are still taken with respect to the original inputs (the engine applies the
/// chain rule through the map).
enum InputNormalization {
  static func affine(for spec: CheckedSpec) -> InputAffine? {
    let lower = spec.inputs.map(\.lower)
    let upper = spec.inputs.map(\.upper)
    switch spec.network.normalization {
    case .none:
      return nil
    case .box:
      return InputAffine.standardizing(
        mean: zip(lower, upper).map { ($0 + $1) / 2 },
        scale: zip(lower, upper).map { ($1 - $0) / 2 })
    case .standardize:
      return InputAffine.standardizing(
        mean: zip(lower, upper).map { ($0 + $1) / 2 },
        scale: zip(lower, upper).map { ($1 - $0) / 12.0.squareRoot() })
    }
  }
}
