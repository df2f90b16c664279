import LossrunJSON

/// The JSON Schema (draft 2020-12) of the YAML spec format, generated from the same key tables
/// (`YAMLFormat`) the front end checks keys against, so the two cannot disagree.
///
/// The names a `weighting` rule may take live in the checker's catalogue, a later stage, so
/// the caller passes them in (`SpecSchema` in LossrunCheck does); the schema enumerates them
/// both for `weighting: { rule: NAME }` and for the shorthand `weighting: NAME`.
public enum YAMLSchema {
  /// The schema as pretty-printed JSON text, ending with a newline; `weightingRules` are the
  /// rule and preset names a spec may write after `rule:`.
  public static func json(weightingRules: [String]) -> String {
    let generator = YAMLSchema.Generator(weightingRules: weightingRules)
    let members: [(String, JSONValue)] =
      [
        ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
        ("$id", .string("https://lossrun.dev/schema/spec.json")),
        ("title", .string("lossrun spec")),
      ] + generator.tableMembers(YAMLFormat.spec)
    return JSONValue.object(members).text(style: .pretty) + "\n"
  }

  /// Turns shapes into schema objects.
  private struct Generator {
    let weightingRules: [String]

    func schema(_ shape: YAMLShape, summary: String?) -> JSONValue {
      var members: [(String, JSONValue)] = []
      if let summary { members.append(("description", .string(summary))) }
      return .object(members + shapeMembers(shape))
    }

    func shapeMembers(_ shape: YAMLShape) -> [(String, JSONValue)] {
      switch shape {
      case .string:
        return [("type", .string("string"))]
      case .integer(let minimum):
        return [("type", .string("integer"))] + (minimum.map { [("minimum", .integer($0))] } ?? [])
      case .number:
        return [("type", .string("number"))]
      case .boolean:
        return [("type", .string("boolean"))]
      case .expression:
        return [
          ("type", .array([.string("string"), .string("number")])),
          ("description", .string("An expression (see grammar/expressions.ebnf).")),
        ]
      case .keyword(let words, let aliases):
        return [
          ("type", .string("string")), ("enum", .array((words + aliases).map(JSONValue.string))),
        ]
      case .weightingRule:
        return [
          ("type", .string("string")), ("enum", .array(weightingRules.map(JSONValue.string))),
        ]
      case .list(let element, let count):
        var members: [(String, JSONValue)] = [
          ("type", .string("array")), ("items", schema(element, summary: nil)),
        ]
        if let count { members += [("minItems", .integer(count)), ("maxItems", .integer(count))] }
        return members
      case .table(let table):
        return tableMembers(table)
      case .names(let value):
        return [
          ("type", .string("object")),
          ("propertyNames", .object(["pattern": .string("^[A-Za-z_][A-Za-z0-9_]*$")])),
          ("additionalProperties", schema(value, summary: nil)),
        ]
      case .either(let shapes):
        return [("anyOf", .array(shapes.map { schema($0, summary: nil) }))]
      case .setting:
        let scalar = JSONValue.array([.string("string"), .string("number"), .string("boolean")])
        return [
          (
            "anyOf",
            .array([
              .object(["type": scalar]),
              .object(["type": .string("array"), "items": .object(["type": scalar])]),
            ])
          )
        ]
      }
    }

    func tableMembers(_ table: YAMLTable) -> [(String, JSONValue)] {
      let properties = table.fields.map { field -> (String, JSONValue) in
        var summary = field.summary
        if let defaultValue = field.defaultValue { summary += " Default: \(defaultValue)." }
        return (field.key, schema(field.shape, summary: summary))
      }
      var members: [(String, JSONValue)] = [
        ("type", .string("object")),
        ("description", .string(table.summary)),
        ("properties", .object(properties)),
      ]
      let required = table.fields.filter(\.isRequired).map { JSONValue.string($0.key) }
      if !required.isEmpty { members.append(("required", .array(required))) }
      if !table.acceptsOtherKeys { members.append(("additionalProperties", .boolean(false))) }
      return members
    }
  }
}
