import Foundation

/// Numbers as the report's tables show them: four significant digits, `nan`/`inf` spelled
/// out, and no locale (always a decimal point).
public enum DisplayNumber {
  /// The text of `value`.
  public static func format(_ value: Double) -> String {
    guard value.isFinite else { return MetricsNumber.format(value) }
    if value == value.rounded(), abs(value) < 1e6 { return String(Int(value)) }
    return String(format: "%.4g", value)
  }

  /// The text of `value`, or an en dash when it is missing.
  public static func format(_ value: Double?) -> String {
    value.map { format($0) } ?? "\u{2013}"
  }
}
