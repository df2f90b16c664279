/// Comparison of specs by content, ignoring where things were written.
extension Spec {
  /// The sections in which `other` differs from this spec, each as
  /// `section: <this> != <other>`; empty when they are structurally equal.
  ///
  /// Source ranges and the path are ignored. Comment anchors are compared after one
  /// normalisation: a comment before a section's first entry (`samplers.inside`) is the same
  /// as one before the section (`samplers`), since both formats can place it only there.
  public func structuralDifferences(from other: Spec) -> [String] {
    let mine = canonicalSections
    let theirs = other.canonicalSections
    return zip(mine, theirs).compactMap { left, right in
      left.text == right.text ? nil : "\(left.section): \(left.text) != \(right.text)"
    }
  }

  /// Whether `other` has the same content as this spec (see `structuralDifferences(from:)`).
  public func isStructurallyEqual(to other: Spec) -> Bool {
    structuralDifferences(from: other).isEmpty
  }

  /// Every section as canonical text without source ranges, in a fixed order.
  private var canonicalSections: [(section: String, text: String)] {
    [
      ("name", Canonical.optional(name?.value)),
      (
        "inputs",
        Canonical.list(inputs) {
          "\($0.name.value)=[\(Canonical.of($0.lower)), \(Canonical.of($0.upper))]"
        }
      ),
      ("time", Canonical.optional(timeInput?.value)),
      (
        "constants", Canonical.list(constants) { "\($0.name.value)=\(Canonical.of($0.expression))" }
      ),
      ("define", Canonical.list(definitions) { "\($0.name.value)=\(Canonical.of($0.expression))" }),
      (
        "parameters",
        Canonical.list(parameters) {
          "\($0.name.value)=\($0.initial.value),learn=\(Canonical.optional($0.learnable?.value))"
        }
      ),
      ("network", network.map(Canonical.of) ?? "nil"),
      ("domain", domain.map(Canonical.of) ?? "nil"),
      ("samplers", Canonical.list(samplers, Canonical.of)),
      ("terms", Canonical.list(terms, Canonical.of)),
      ("natural", Canonical.list(natural, Canonical.of)),
      ("weighting", weighting.map { "\($0.rule.value)\(Canonical.of($0.settings))" } ?? "nil"),
      ("training", Canonical.of(training)),
      ("evaluate", evaluation.map(Canonical.of) ?? "nil"),
      ("output", Canonical.optional(output?.value)),
      ("comments", Canonical.list(normalizedComments) { "\($0.anchor ?? "end"):\($0.text)" }),
    ]
  }

  /// The comments with a section's first-entry anchor replaced by the section's anchor.
  private var normalizedComments: [SpecComment] {
    let firstEntries: [String: String] = [
      "inputs": inputs.first?.name.value, "constants": constants.first?.name.value,
      "define": definitions.first?.name.value, "parameters": parameters.first?.name.value,
      "samplers": samplers.first?.name.value, "terms": terms.first?.name.value,
    ].compactMapValues { $0 }
    return comments.map { comment in
      guard let anchor = comment.anchor, let dot = anchor.firstIndex(of: ".") else {
        return comment
      }
      let section = String(anchor[..<dot])
      let entry = String(anchor[anchor.index(after: dot)...])
      return firstEntries[section] == entry
        ? SpecComment(text: comment.text, anchor: section)
        : comment
    }
  }
}
