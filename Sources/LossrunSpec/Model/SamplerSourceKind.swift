import LossrunDiagnostics

/// Which of the three sources a written sampler is, decided from its keys the same way in both
/// formats: `file` makes a file sampler, `points` written as a list listed points, anything else
/// a sampler drawn from a region. Keys that belong to another kind are reported
/// (`conflicting-keys`), as is a missing `region` or `points` of a drawn sampler.
enum SamplerSourceKind {
  /// Drawn from a region.
  case drawn
  /// Listed in the spec.
  case listed
  /// Read from a file.
  case file

  /// The keys only drawn samplers take.
  static let drawnKeys = ["region", "where", "of", "distribution", "resample", "adapt"]

  /// The kind of a sampler with these written keys, where `pointsIsList` says whether `points`
  /// was written as a list; reports the keys that do not fit into `diagnostics`. Returns nil
  /// when a key the kind needs is missing (after reporting it at `owner`).
  static func decide(
    sampler name: String, keys: [Located<String>], pointsIsList: Bool, owner: SourceRange,
    into diagnostics: inout DiagnosticCollector
  ) -> SamplerSourceKind? {
    let written = Set(keys.map(\.value))
    let kind: SamplerSourceKind =
      written.contains("file") ? .file : pointsIsList ? .listed : .drawn
    let refused: Set<String>
    let reason: (String) -> String
    switch kind {
    case .file:
      refused = Set(drawnKeys + ["points"])
      reason = {
        "reads its points from a file, so it takes no '\($0)' (file points are the file's rows; "
          + "they are never drawn or resampled)"
      }
    case .listed:
      refused = Set(drawnKeys + ["batch"])
      reason = {
        "lists its points, so it takes no '\($0)' (listed points are used as written, every step)"
      }
    case .drawn:
      refused = ["batch"]
      reason = {
        "draws its points from a region, so it takes no '\($0)' (only a `file` sampler has "
          + "batches)"
      }
    }
    for key in keys where refused.contains(key.value) {
      diagnostics.error(
        .conflictingKeys, "sampler '\(name)' " + reason(key.value), at: key.range)
    }
    if kind == .drawn {
      var complete = true
      for key in ["region", "points"] where !written.contains(key) {
        diagnostics.error(
          .missingKey,
          "sampler '\(name)' is missing the required key '\(key)' (or give `points` as a list "
            + "of points, or a `file`)", at: owner)
        complete = false
      }
      if !complete { return nil }
    }
    return kind
  }
}
