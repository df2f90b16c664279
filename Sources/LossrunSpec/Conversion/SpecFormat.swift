/// The two spec formats: YAML (`.yaml`, `.yml`) and the `.loss` text format.
///
/// Both read into the same `Spec`; `SpecLoader` picks the front end and `SpecWriter` the writer.
public enum SpecFormat: String, CaseIterable, Sendable {
  /// YAML, the format of `docs/yaml-format.md`.
  case yaml
  /// The `.loss` text format of `docs/text-format.md`.
  case text

  /// The format a path's extension names: `.loss` is text, anything else is YAML.
  public init(path: String) {
    let name = path.split(separator: "/").last ?? ""
    self = name.lowercased().hasSuffix("." + TextFrontEnd.fileExtension) ? .text : .yaml
  }

  /// The format called `name`: `yaml` or `yml`, `text` or `loss`; nil otherwise.
  public init?(name: String) {
    switch name.lowercased() {
    case "yaml", "yml": self = .yaml
    case "text", "loss": self = .text
    default: return nil
    }
  }

  /// The usual file extension, without the dot.
  public var fileExtension: String { self == .yaml ? "yaml" : TextFrontEnd.fileExtension }
}
