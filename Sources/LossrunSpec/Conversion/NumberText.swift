/// Number text both writers share: the shortest form that reads back as the same `Double`,
/// preferring `1e-3` over `0.001`.
enum NumberText {
  /// `value` as written in a spec, with a leading `-` when negative.
  static func format(_ value: Double) -> String {
    let magnitude = value.magnitude
    let sign = value.sign == .minus && magnitude != 0 ? "-" : ""
    var best = Expression.numberText(magnitude)
    if magnitude > 0, magnitude < 1e-2 {
      for exponent in 1...20 {
        let scaled = magnitude * pow10(exponent)
        let mantissa = scaled.rounded()
        guard mantissa >= 1, mantissa < 1e6 else { continue }
        let candidate = "\(Int(mantissa))e-\(exponent)"
        if Double(candidate) == magnitude, candidate.count < best.count { best = candidate }
      }
    }
    return sign + best
  }

  private static func pow10(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<exponent { result *= 10 }
    return result
  }

  /// Whether `text` is an identifier the lexer reads as one name (not `and`, `or`, `not`).
  static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, !["and", "or", "not"].contains(text) else {
      return false
    }
    let letters = ("a"..."z").contains(first) || ("A"..."Z").contains(first) || first == "_"
    return letters
      && text.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || $0 == "_"
      }
  }
}
