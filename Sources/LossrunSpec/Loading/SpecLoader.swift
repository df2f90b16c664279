/// One entry point for reading a spec in either format.
public enum SpecLoader {
  /// Reads the spec file at `path` with the front end of `format`, or the one its extension
  /// names when `format` is nil.
  public static func read(path: String, format: SpecFormat? = nil) -> SpecReadResult {
    switch format ?? SpecFormat(path: path) {
    case .yaml: YAMLFrontEnd.read(path: path)
    case .text: TextFrontEnd.read(path: path)
    }
  }

  /// Parses `text` as the spec file at `path`, in `format` or the one its extension names.
  public static func parse(text: String, path: String, format: SpecFormat? = nil)
    -> SpecReadResult
  {
    switch format ?? SpecFormat(path: path) {
    case .yaml: YAMLFrontEnd.parse(text: text, path: path)
    case .text: TextFrontEnd.parse(text: text, path: path)
    }
  }
}

/// One entry point for writing a spec in either format.
public enum SpecWriter {
  /// The spec as source text of `format`; reading it back gives a structurally equal spec.
  public static func write(_ spec: Spec, as format: SpecFormat) -> String {
    switch format {
    case .yaml: YAMLWriter.write(spec)
    case .text: TextWriter.write(spec)
    }
  }
}
