import LossrunDiagnostics

/// A value of the spec together with the exact range of source text it was read from.
///
/// Both front ends wrap every user-written value in `Located`, so the checker can point at the
/// value itself (not at the enclosing map or statement) in its diagnostics.
public struct Located<Value> {
  /// The value.
  public var value: Value
  /// Where it was written.
  public var range: SourceRange

  /// Wraps `value`, written at `range`.
  public init(_ value: Value, at range: SourceRange) {
    self.value = value
    self.range = range
  }

  /// The same range holding a transformed value.
  public func map<T>(_ transform: (Value) throws -> T) rethrows -> Located<T> {
    Located<T>(try transform(value), at: range)
  }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
extension Located: Sendable where Value: Sendable {}
