import LossrunDiagnostics

/// One token of the expression language or of the `.loss` text format.
///
/// `text` is the exact source text of the token (a string literal keeps its quotes; use
/// `stringValue` for its contents), and `range` is where it was written.
public struct Token: Hashable, Sendable {
  /// What kind of token this is.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A numeric literal: `1`, `1.5`, `.5`, `1e-3`, `2E+3`.
    case number
    /// An identifier `[A-Za-z_][A-Za-z0-9_]*` that is not a keyword.
    case identifier
    /// A string literal `"..."` with the escapes `\"`, `\\`, `\n` and `\t`.
    case string
    /// The keyword `and`.
    case and
    /// The keyword `or`.
    case or
    /// The keyword `not`.
    case not
    /// `+`
    case plus = "+"
    /// `-`
    case minus = "-"
    /// `*`
    case star = "*"
    /// `/`
    case slash = "/"
    /// `^`
    case caret = "^"
    /// `==`
    case equalEqual = "=="
    /// `!=`
    case bangEqual = "!="
    /// `<`
    case less = "<"
    /// `<=`
    case lessEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterEqual = ">="
    /// `(`
    case leftParen = "("
    /// `)`
    case rightParen = ")"
    /// `[`
    case leftBracket = "["
    /// `]`
    case rightBracket = "]"
    /// `{`
    case leftBrace = "{"
    /// `}`
    case rightBrace = "}"
    /// `,`
    case comma = ","
    /// `:`
    case colon = ":"
    /// `=`
    case equal = "="
    /// A comment from `#` to the end of the line (only in `Lexer.Mode.file`).
    case comment
    /// A line break (only in `Lexer.Mode.file`).
    case newline
    /// A character the language does not use (already reported by the lexer).
    case invalid
    /// The end of the text.
    case endOfInput
  }

  /// The kind.
  public var kind: Kind
  /// The exact source text.
  public var text: String
  /// Where the token was written.
  public var range: SourceRange

  /// Creates a token.
  public init(_ kind: Kind, _ text: String, at range: SourceRange) {
    self.kind = kind
    self.text = text
    self.range = range
  }

  /// The value of a string literal without its quotes, escapes resolved; nil for other kinds.
  public var stringValue: String? {
    guard kind == .string else { return nil }
    var scalars = Array(text.unicodeScalars.dropFirst())
    if scalars.last == "\"" { scalars.removeLast() }
    var out = String.UnicodeScalarView()
    var escaped = false
    for scalar in scalars {
      if escaped {
        switch scalar {
        case "n": out.append("\n")
        case "t": out.append("\t")
        default: out.append(scalar)
        }
        escaped = false
      } else if scalar == "\\" {
        escaped = true
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// How the token is named in messages: `'*'`, `name 'x'`, `number '2'`, `end of expression`.
  public var displayName: String {
    switch kind {
    case .number: "number '\(text)'"
    case .identifier: "name '\(text)'"
    case .string: "string \(text)"
    case .comment: "a comment"
    case .newline: "end of line"
    case .endOfInput: "end of expression"
    default: "'\(text)'"
    }
  }
}
