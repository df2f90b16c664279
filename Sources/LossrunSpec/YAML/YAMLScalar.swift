/// Reading numbers, integers and booleans from a scalar's text, independently of any YAML
/// resolver: `1e-3` is a number, and `on` / `no` / `yes` are just words.
enum YAMLScalar {
  /// The value of a decimal number such as `1`, `-2.5`, `.5`, `1e-3`, `2E+3`, or nil when the
  /// text is not one. YAML's `.inf` and `.nan` and numbers that overflow give a non-finite value.
  static func number(_ text: String) -> Double? {
    let lower = text.lowercased()
    if [".inf", "+.inf", "-.inf", ".nan"].contains(lower) {
      return lower == ".nan" ? .nan : (lower.hasPrefix("-") ? -.infinity : .infinity)
    }
    guard isDecimal(text) else { return nil }
    return Double(text)
  }

  /// The value of an integer such as `256` or `-3`, or nil when the text is not one or the
  /// value does not fit.
  static func integer(_ text: String) -> Int? {
    var digits = Substring(text)
    if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(text.hasPrefix("+") ? String(text.dropFirst()) : text)
  }

  /// `true` or `false` in any letter case; nil otherwise.
  static func boolean(_ text: String) -> Bool? {
    switch text.lowercased() {
    case "true": true
    case "false": false
    default: nil
    }
  }

  /// The text cut to 40 characters for messages.
  static func abbreviated(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard scalars.count > 40 else { return text }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars.prefix(37))
    return String(view) + "..."
  }

  /// Whether `text` is `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`.
  private static func isDecimal(_ text: String) -> Bool {
    var scalars = Substring(text).unicodeScalars[...]
    if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
    func digits() -> Int {
      let count = scalars.prefix { ("0"..."9").contains($0) }.count
      scalars = scalars.dropFirst(count)
      return count
    }
    var mantissa = digits()
    if scalars.first == "." {
      scalars = scalars.dropFirst()
      mantissa += digits()
    }
    guard mantissa > 0 else { return false }
    if let marker = scalars.first, marker == "e" || marker == "E" {
      scalars = scalars.dropFirst()
      if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
      guard digits() > 0 else { return false }
    }
    return scalars.isEmpty
  }
}
