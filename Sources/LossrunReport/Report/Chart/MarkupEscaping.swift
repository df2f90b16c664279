/// Escaping of text and attribute values for XML, SVG and XHTML output.
///
/// Both functions replace characters that XML 1.0 does not allow at all (control characters
/// other than tab, line feed and carriage return, lone surrogates cannot occur in a Swift
/// `String`) by U+FFFD, so any name a user chose, however odd, yields a well-formed document.
public enum MarkupEscaping {
  /// `text` safe as element content: `&`, `<` and `>` become entities.
  public static func text(_ text: String) -> String {
    escape(text, inAttribute: false)
  }

  /// `value` safe inside a double- or single-quoted attribute: also quotes become entities and
  /// tabs and line breaks become character references, so attribute normalisation keeps them.
  public static func attribute(_ value: String) -> String {
    escape(value, inAttribute: true)
  }

  private static func escape(_ input: String, inAttribute: Bool) -> String {
    var result = ""
    result.reserveCapacity(input.utf8.count)
    for scalar in input.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"" where inAttribute: result += "&quot;"
      case "'" where inAttribute: result += "&apos;"
      case "\t" where inAttribute: result += "&#9;"
      case "\n" where inAttribute: result += "&#10;"
      case "\r": result += "&#13;"
      case "\t", "\n": result.unicodeScalars.append(scalar)
      default:
        let value = scalar.value
        let allowed =
          value >= 0x20 && !(0xFFFE...0xFFFF).contains(value) && !(0x7F...0x9F).contains(value)
        result.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
      }
    }
    return result
  }
}
