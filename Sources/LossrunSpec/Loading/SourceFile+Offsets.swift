import LossrunDiagnostics

extension SourceFile {
  /// The line and column (in Unicode scalars) of the character at a UTF-8 byte offset; an offset
  /// past the end gives the end of the file.
  func location(ofUTF8Offset offset: Int) -> SourceLocation {
    var line = 1
    var column = 1
    var consumed = 0
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      if consumed >= offset { break }
      consumed += UTF8.width(scalar)
      if scalar == "\n" {
        if !previousWasCarriageReturn { line += 1 }
        column = 1
      } else if scalar == "\r" {
        line += 1
        column = 1
      } else {
        column += 1
      }
      previousWasCarriageReturn = scalar == "\r"
    }
    return SourceLocation(line: line, column: column)
  }
}
