import LossrunDiagnostics

/// The `sample` statement: points drawn from a region, listed, or read from a file.
extension TextParser {
  /// The word before `(` that lists points: `sample gauge = listed(points: [[0, 0]])`.
  static let listedSamplerWord = "listed"
  /// The word before `(` that reads a file: `sample sensors = data(file: "s.csv", batch: 64)`.
  static let fileSamplerWord = "data"

  /// `sample edge = boundary(points: 256) where x == 0 or y == 1`,
  /// `sample gauge = listed(points: [[0, 0]])` or
  /// `sample sensors = data(file: "data/sensors.csv", batch: 64)`.
  mutating func samplerStatement(_ keyword: Token) throws(TextSyntaxFailure) {
    let name = try label("a sampler name, as in 'sample inside = interior(points: 256)'")
    try expect(.equal, "'=' after 'sample \(name.value)'")
    let kindWord = try label("a region (interior, boundary or initial), 'listed' or 'data'")
    try expect(.leftParen, "'(' after '\(kindWord.value)', as in 'interior(points: 256)'")
    let (written, _) = try parenthesizedOptions(of: "the sampler")
    var predicate: Expression?
    var whereKey: Located<String>?
    if isWord("where") {
      whereKey = Located("where", at: stream.advance().range)
      predicate = try expression()
    }
    let options = known(
      written, keys: YAMLFormat.sampler.keys.filter { $0 != "region" && $0 != "where" },
      in: "a sampler")
    let source: SamplerDeclaration.Source?
    switch kindWord.value {
    case Self.listedSamplerWord, Self.fileSamplerWord:
      let isFile = kindWord.value == Self.fileSamplerWord
      let keys = options.map(\.key) + (whereKey.map { [$0] } ?? [])
      let needed = isFile ? "file" : "points"
      guard let main = options.first(where: { $0.key.value == needed }) else {
        diagnostics.error(
          .missingKey, "sampler '\(name.value)' is missing the required key '\(needed)'",
          at: kindWord.range)
        return
      }
      if !isFile, list(main.value, expected: "a list of points, such as [[0, 0]]") == nil {
        return
      }
      guard
        let kind = SamplerSourceKind.decide(
          sampler: name.value, keys: keys, pointsIsList: !isFile, owner: kindWord.range,
          into: &diagnostics)
      else { return }
      source = kind == .file ? fileSource(options) : listedSource(main.value)
    default:
      let region = SamplerDeclaration.Region.read(kindWord, into: &diagnostics)
      source = drawnSource(name, region: region, predicate: predicate, options, at: kindWord)
    }
    guard let source, claim(name, in: "samplers", at: keyword) else { return }
    spec.samplers.append(SamplerDeclaration(name: name, source: source))
  }

  private mutating func drawnSource(
    _ name: Located<String>, region: Located<SamplerDeclaration.Region>?,
    predicate: Expression?, _ options: [TextOption], at kindWord: Located<String>
  ) -> SamplerDeclaration.Source? {
    var points: Located<Int>?
    var distribution: Located<SamplerDeclaration.Distribution>?
    var resample: Located<Int>?
    var boundaryOf: Located<String>?
    var adaptation: SamplerAdaptation?
    for option in options {
      switch option.key.value {
      case "points": points = integer(option.value)
      case "adapt": adaptation = self.adaptation(option.value)
      case "of": boundaryOf = word(option.value, expected: "a shape name")
      case "distribution":
        distribution = self.keyword(option.value, SamplerDeclaration.Distribution.self)
      case "resample": resample = integer(option.value)
      default:
        diagnostics.error(
          .conflictingKeys,
          "sampler '\(name.value)' draws its points from a region, so it takes no "
            + "'\(option.key.value)' (only a `data(file: ...)` sampler has it)",
          at: option.key.range)
      }
    }
    if !options.contains(where: { $0.key.value == "points" }) {
      diagnostics.error(
        .missingKey, "sampler '\(name.value)' is missing the required key 'points'",
        at: kindWord.range)
    }
    guard let region, let points else { return nil }
    return .drawn(
      SamplerDeclaration.DrawnPoints(
        region: region, predicate: predicate, boundaryOf: boundaryOf, points: points,
        distribution: distribution, resampleEvery: resample, adaptation: adaptation))
  }

  private mutating func listedSource(_ value: TextValue) -> SamplerDeclaration.Source? {
    guard let items = list(value, expected: "a list of points") else { return nil }
    var rows: [Located<[Located<Double>]>] = []
    for item in items {
      guard let numbers = list(item, expected: "a point: a list of numbers, one per input")
      else { return nil }
      let values = numbers.compactMap { number($0) }
      guard values.count == numbers.count else { return nil }
      rows.append(Located(values, at: item.range))
    }
    if rows.isEmpty { wrongType(value, expected: "at least one point") }
    return .listed(SamplerDeclaration.ListedPoints(rows: rows, range: value.range))
  }

  private mutating func fileSource(_ options: [TextOption]) -> SamplerDeclaration.Source? {
    var path: Located<String>?
    var batch: Located<Int>?
    for option in options {
      switch option.key.value {
      case "file": path = word(option.value, expected: "a file path, such as \"data/s.csv\"")
      case "batch": batch = integer(option.value)
      default: break  // reported by SamplerSourceKind
      }
    }
    return path.map { .file(SamplerDeclaration.PointFile(path: $0, batch: batch)) }
  }
}
