import LossrunDiagnostics
import LossrunSpec

extension Checker {
  /// Whether `name` is a plain identifier lossrun accepts as a spec name: letters, digits, `-`,
  /// `_` and `.`, not empty, and neither `.` nor `..`.
  ///
  /// The name becomes a directory under `runs/`, so a separator or a parent reference would
  /// write the run elsewhere.
  static func isPlainName(_ name: String) -> Bool {
    guard !name.isEmpty, name != ".", name != ".." else { return false }
    return name.unicodeScalars.allSatisfy { scalar in
      scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        || "-_.".unicodeScalars
          .contains(scalar)
    }
  }

  /// Reports a written spec name that is not a plain identifier, at the name.
  mutating func checkSpecName() {
    guard let name = spec.name, !Self.isPlainName(name.value) else { return }
    diagnostics.error(
      .invalidName,
      "spec name '\(name.value)' is not a plain name; use letters, digits, '-', '_' and '.' "
        + "(no '/', not '.' or '..'), since the run is written to runs/<name>",
      at: name.range)
  }
}
