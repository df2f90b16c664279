/// The stable identifier of a kind of diagnostic, such as `unknown-name` or `yaml-syntax`.
///
/// Ids are part of lossrun's interface: tests, editors and CI filters match on them, so an id
/// never changes meaning once released. Each module declares the ids it emits as static members
/// in an extension of this type.
public struct DiagnosticID: RawRepresentable, Hashable, Sendable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The id as printed, lower-case words joined by hyphens.
  public let rawValue: String

  /// Creates an id from its printed form.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Creates an id from a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// Decodes an id from its text.
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  /// Encodes the id as its text.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// The value as text, as messages show it.
  public var description: String { rawValue }
}
