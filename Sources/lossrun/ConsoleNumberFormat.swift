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

  /// A rate such as steps per second: whole numbers from 10 on (`2324`), else two significant
  /// digits (`3.4`, `0.043`), so a slow run does not read as `0`.
  static func rate(_ value: Double) -> String {
    guard value.isFinite, value < 10 else { return fixed(value, 0) }
    return value > 0 ? String(format: "%.2g", value) : "0"
  }

  /// `seconds` rounded to whole seconds: `42s`, or `3m07s` from a minute on; `?` when not
  /// finite.
  static func duration(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "?" }
    let total = Int(seconds.rounded())
    return total >= 60 ? "\(total / 60)m\(String(format: "%02d", total % 60))s" : "\(total)s"
  }
}
