/// Indents compact JSON text (as written by `JSONText`) two spaces per level.
enum JSONPretty {
  static func format(_ compact: String) -> String {
    var out = ""
    var depth = 0
    var inString = false
    var escaped = false
    func newline() { out += "\n" + String(repeating: "  ", count: depth) }
    for character in compact {
      if inString {
        out.append(character)
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          inString = false
        }
        continue
      }
      switch character {
      case "\"":
        inString = true
        out.append(character)
      case "{", "[":
        depth += 1
        out.append(character)
        newline()
      case "}", "]":
        depth -= 1
        newline()
        out.append(character)
      case ",":
        out.append(character)
        newline()
      case ":":
        out += ": "
      default:
        out.append(character)
      }
    }
    return out
  }
}
