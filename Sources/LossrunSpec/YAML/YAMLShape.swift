/// The expected shape of a YAML value, as the front end reads it and the JSON Schema states it.
indirect enum YAMLShape: Sendable {
  /// Any string.
  case string
  /// A whole number, at least `minimum` when given.
  case integer(minimum: Int?)
  /// A finite number.
  case number
  /// `true` or `false`.
  case boolean
  /// An expression: a string such as `"4*pi"` or a number.
  case expression
  /// One word of a closed vocabulary (aliases accepted, listed separately for the schema).
  case keyword(words: [String], aliases: [String])
  /// The name of a weighting rule or preset; the schema enumerates the names it is given.
  case weightingRule
  /// A list of values of one shape, with a fixed length when `count` is given.
  case list(YAMLShape, count: Int?)
  /// A mapping with known keys.
  case table(YAMLTable)
  /// A mapping from user-chosen names to values of one shape, order kept.
  case names(YAMLShape)
  /// Any of several shapes.
  case either([YAMLShape])
  /// A rule or optimizer setting: a number, a boolean, a word, or a list of those.
  case setting

  /// A keyword shape for a `Keyword` vocabulary.
  static func keyword<K: Keyword>(_ type: K.Type) -> YAMLShape {
    .keyword(words: K.words, aliases: K.aliases.keys.sorted())
  }
}

/// One key of a YAML mapping: its shape, whether it is required, what it means, its default.
struct YAMLField: Sendable {
  /// The key.
  let key: String
  /// The value's shape.
  let shape: YAMLShape
  /// Whether the key must be present.
  let isRequired: Bool
  /// Whether the value is kept as a `Setting` (checked later against a rule or optimizer).
  let isSetting: Bool
  /// A one-line description for the schema and the docs.
  let summary: String
  /// The default when the key is left out, as text; nil when there is none.
  let defaultValue: String?

  init(
    _ key: String, _ shape: YAMLShape, required: Bool = false, setting: Bool = false,
    default defaultValue: String? = nil, _ summary: String
  ) {
    self.key = key
    self.shape = shape
    self.isRequired = required
    self.isSetting = setting
    self.summary = summary
    self.defaultValue = defaultValue
  }
}

/// The keys of one kind of YAML mapping, such as a sampler.
struct YAMLTable: Sendable {
  /// What the mapping is, for messages: "sampler", "network".
  let name: String
  /// A one-line description.
  let summary: String
  /// The known keys in documentation order.
  let fields: [YAMLField]
  /// Whether keys outside `fields` are accepted (as settings), as in `weighting`.
  let acceptsOtherKeys: Bool

  init(_ name: String, _ summary: String, acceptsOtherKeys: Bool = false, _ fields: [YAMLField]) {
    self.name = name
    self.summary = summary
    self.fields = fields
    self.acceptsOtherKeys = acceptsOtherKeys
  }

  /// The field for `key`, if known.
  func field(_ key: String) -> YAMLField? { fields.first { $0.key == key } }

  /// Every known key.
  var keys: [String] { fields.map(\.key) }
}
