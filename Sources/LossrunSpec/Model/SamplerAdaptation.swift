import LossrunDiagnostics

/// Residual-based adaptive sampling of one sampler's points: `adapt: rad` or
/// `adapt: { method: rad, every: 1000, k: 1 }` in YAML, `adapt: rad(every: 1000, k: 1)` in the
/// text format.
///
/// The method's settings (`every`, `pool`, `add`, `k`, `c`) are kept as written; the checker
/// validates them against the sampling catalogue, which holds their defaults.
public struct SamplerAdaptation: Hashable, Sendable {
  /// The adaptive sampling methods.
  public enum Method: String, Keyword {
    /// Residual-based adaptive refinement (Lu et al. 2021): add the candidate points with the
    /// largest residual.
    case rar
    /// Residual-based adaptive distribution (Wu et al. 2023): redraw the points from a density
    /// that grows with the residual.
    case rad
    /// Retain-resample-release (Daw et al. 2023): keep the points whose residual is above the
    /// mean, replace the others by fresh points.
    case r3
    /// What the words name, in messages (``Keyword/vocabularyName``).
    public static let vocabularyName = "adaptive sampling method"
  }

  /// The method.
  public var method: Located<Method>
  /// The method's settings as written.
  public var settings: [Setting]
  /// Where the `adapt` value was written.
  public var range: SourceRange

  /// Creates an adaptation.
  public init(method: Located<Method>, settings: [Setting] = [], range: SourceRange) {
    self.method = method
    self.settings = settings
    self.range = range
  }
}
