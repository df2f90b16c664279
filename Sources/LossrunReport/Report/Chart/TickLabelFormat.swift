import Foundation

/// Compact tick labels: `0`, `0.5`, `2000`, `1e-3`, `2.5e4`.
///
/// Values of magnitude at least 10⁴ or below 10⁻² are written as mantissa `e` exponent; others
/// as plain decimals. The number of digits follows the tick step, so neighbouring labels of a
/// linear axis show the same precision (`0.25`, `0.5`, `0.75` rather than `0.3`, `0.5`, `0.8`),
/// and trailing zeros are dropped.
public enum TickLabelFormat {
  /// The label of `value` on an axis whose ticks are `step` apart.
  ///
  /// Without a step, three significant digits (as for a log axis). `scientific` forces one notation (so that all labels of a
  /// linear axis agree); `nil` chooses by the value's magnitude.
  public static func label(_ value: Double, step: Double? = nil, scientific: Bool? = nil) -> String
  {
    guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
    if value == 0 { return "0" }
    let exponent = decimalExponent(value)
    // The exponent of the step's last significant digit (0.25 -> -2, 5000 -> 3).
    let lastDigit = step.flatMap { $0 > 0 && $0.isFinite ? lastDigitExponent($0) : nil }
    if scientific ?? usesScientificNotation(value) {
      let mantissaDigits = min(6, max(0, exponent - (lastDigit ?? (exponent - 2))))
      let text = String(format: "%.\(mantissaDigits)e", value)
      guard let split = text.firstIndex(of: "e") else { return text }
      let mantissa = trimmingZeros(String(text[..<split]))
      let power = Int(text[text.index(after: split)...]) ?? exponent
      return mantissa + "e" + String(power)
    }
    let decimals = min(12, max(0, -(lastDigit ?? (exponent - 2))))
    return trimmingZeros(String(format: "%.\(decimals)f", value))
  }

  /// Whether `value` is written as mantissa `e` exponent when no notation is forced.
  public static func usesScientificNotation(_ value: Double) -> Bool {
    guard value.isFinite, value != 0 else { return false }
    let exponent = decimalExponent(value)
    return exponent >= 4 || exponent <= -3
  }

  /// The exponent of the last significant decimal digit of `step` (at most 12 digits).
  static func lastDigitExponent(_ step: Double) -> Int {
    var exponent = decimalExponent(step)
    for _ in 0..<12 {
      let scaled = step / pow(10, Double(exponent))
      if abs(scaled - scaled.rounded()) < 1e-6 { return exponent }
      exponent -= 1
    }
    return exponent
  }

  /// ⌊log₁₀ |value|⌋, computed from the printed form so that 0.001 gives -3, not -4.
  static func decimalExponent(_ value: Double) -> Int {
    let text = String(format: "%.6e", value)
    guard let split = text.firstIndex(of: "e") else { return 0 }
    return Int(text[text.index(after: split)...]) ?? 0
  }

  private static func trimmingZeros(_ text: String) -> String {
    guard text.contains(".") else { return text }
    var result = text
    while result.hasSuffix("0") { result.removeLast() }
    if result.hasSuffix(".") { result.removeLast() }
    return result == "-0" ? "0" : result
  }
}
