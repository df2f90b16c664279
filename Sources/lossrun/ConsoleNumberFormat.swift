import Foundation

/// How the command line prints numbers: losses and errors in scientific notation, rates and
/// times with fixed digits, durations as minutes and seconds.
enum ConsoleNumberFormat {
  /// `value` with three digits after the point in scientific notation (`1.234e-03`).
  static func scientific(_ value: Double) -> String { String(format: "%.3e", value) }

  /// `value` with `digits` digits after the point (`12.3`).
  static func fixed(_ value: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", value)
  }

  /// `seconds` rounded to whole seconds: `42s`, or `3m07s` from a minute on; `?` when not
  /// finite.
  static func duration(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "?" }
    let total = Int(seconds.rounded())
    return total >= 60 ? "\(total / 60)m\(String(format: "%02d", total % 60))s" : "\(total)s"
  }
}
