import LossrunDiagnostics

/// The JSON Schema (draft 2020-12) of the YAML spec format, generated from the same key tables
/// (`YAMLFormat`) the front end checks keys against, so the two cannot disagree.
public enum YAMLSchema {
  /// The schema as pretty-printed JSON text, ending with a newline.
  public static var json: String {
    var fields: [(String, String)] = [
      ("$schema", JSONText.string("https://json-schema.org/draft/2020-12/schema")),
      ("$id", JSONText.string("https://lossrun.dev/schema/spec.json")),
      ("title", JSONText.string("lossrun spec")),
    ]
    fields += tableFields(YAMLFormat.spec)
    return JSONPretty.format(JSONText.object(fields)) + "\n"
  }

  private static func schema(_ shape: YAMLShape, summary: String?) -> String {
    var fields: [(String, String)] = []
    if let summary { fields.append(("description", JSONText.string(summary))) }
    fields += shapeFields(shape)
    return JSONText.object(fields)
  }

  private static func shapeFields(_ shape: YAMLShape) -> [(String, String)] {
    switch shape {
    case .string:
      return [("type", JSONText.string("string"))]
    case .integer(let minimum):
      return [("type", JSONText.string("integer"))]
        + (minimum.map { [("minimum", String($0))] } ?? [])
    case .number:
      return [("type", JSONText.string("number"))]
    case .boolean:
      return [("type", JSONText.string("boolean"))]
    case .expression:
      return [
        ("type", array([JSONText.string("string"), JSONText.string("number")])),
        ("description", JSONText.string("An expression (see grammar/expressions.ebnf).")),
      ]
    case .keyword(let words, let aliases):
      return [
        ("type", JSONText.string("string")),
        ("enum", array((words + aliases).map(JSONText.string))),
      ]
    case .list(let element, let count):
      var fields = [("type", JSONText.string("array")), ("items", schema(element, summary: nil))]
      if let count {
        fields += [("minItems", String(count)), ("maxItems", String(count))]
      }
      return fields
    case .table(let table):
      return tableFields(table)
    case .names(let value):
      return [
        ("type", JSONText.string("object")),
        (
          "propertyNames",
          JSONText.object([("pattern", JSONText.string("^[A-Za-z_][A-Za-z0-9_]*$"))])
        ),
        ("additionalProperties", schema(value, summary: nil)),
      ]
    case .either(let shapes):
      return [("anyOf", array(shapes.map { schema($0, summary: nil) }))]
    case .setting:
      let scalar = array(["string", "number", "boolean"].map(JSONText.string))
      return [
        (
          "anyOf",
          array([
            JSONText.object([("type", scalar)]),
            JSONText.object([
              ("type", JSONText.string("array")), ("items", JSONText.object([("type", scalar)])),
            ]),
          ])
        )
      ]
    }
  }

  private static func tableFields(_ table: YAMLTable) -> [(String, String)] {
    let properties = table.fields.map { field -> (String, String) in
      var summary = field.summary
      if let defaultValue = field.defaultValue { summary += " Default: \(defaultValue)." }
      return (field.key, schema(field.shape, summary: summary))
    }
    var fields: [(String, String)] = [
      ("type", JSONText.string("object")),
      ("description", JSONText.string(table.summary)),
      ("properties", JSONText.object(properties)),
    ]
    let required = table.fields.filter(\.isRequired).map { JSONText.string($0.key) }
    if !required.isEmpty { fields.append(("required", array(required))) }
    if !table.acceptsOtherKeys { fields.append(("additionalProperties", "false")) }
    return fields
  }

  private static func array(_ items: [String]) -> String {
    "[" + items.joined(separator: ",") + "]"
  }
}
