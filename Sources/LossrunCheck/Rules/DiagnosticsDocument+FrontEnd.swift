import LossrunDiagnostics
import LossrunSpec

extension DiagnosticsDocument {
  /// The ids the front ends (`LossrunSpec`) report, in the order of `DiagnosticID+Spec.swift`.
  static let frontEndEntries: [FrontEndEntry] = [
    FrontEndEntry(
      id: .unreadableFile, trigger: "the file is missing, a directory, too large or not UTF-8",
      example: "lossrun lint specs/missing.yaml", fix: "name a readable UTF-8 spec file"),
    FrontEndEntry(
      id: .invalidCharacter, trigger: "a character the expression language does not use",
      example: "residual: \"u $ 2\"", fix: "remove the character"),
    FrontEndEntry(
      id: .unterminatedString, trigger: "a string without its closing quote",
      example: "name \"heat", fix: "close the string"),
    FrontEndEntry(
      id: .expressionSyntax, trigger: "an expression that does not follow the grammar",
      example: "residual: \"lap(u) - * 2\"", fix: "fix the expression at the first bad token"),
    FrontEndEntry(
      id: .expressionTooDeep, trigger: "an expression nested deeper than the parser allows",
      example: "1000 nested parentheses", fix: "flatten the expression with definitions"),
    FrontEndEntry(
      id: .nonFiniteNumber, trigger: "a number that overflows or is `.inf` / `.nan`",
      example: "points: 1e999", fix: "write a finite number"),
    FrontEndEntry(
      id: .wrongType, trigger: "a value of the wrong type",
      example: "inside: { region: interior, points: many }", fix: "give a value of the key's type"),
    FrontEndEntry(
      id: .unknownKey, trigger: "a key the format does not know (with a did-you-mean)",
      example: "trainng: { steps: 10 }", fix: "use the suggested key"),
    FrontEndEntry(
      id: .missingKey, trigger: "a required key is missing",
      example: "bc: { on: edge }   # no residual", fix: "add the key"),
    FrontEndEntry(
      id: .conflictingKeys, trigger: "keys of different kinds of one declaration",
      example: "gauge: { points: [[0, 0]], distribution: sobol }",
      fix: "drop the keys the kind does not take (listed and file points never resample)"),
    FrontEndEntry(
      id: .duplicateName, trigger: "the same name or key twice",
      example: "two samplers named inside", fix: "rename one"),
    FrontEndEntry(
      id: .tooManyErrors, trigger: "the reader stopped after many errors",
      example: "a file that is not a spec", fix: "fix the first errors and read again"),
    FrontEndEntry(
      id: .notAnInteger, trigger: "a fraction where a whole number is needed",
      example: "points: 1.5", fix: "write a whole number"),
    FrontEndEntry(
      id: .unknownValue, trigger: "a word outside a closed vocabulary (with a did-you-mean)",
      example: "activation: rleu", fix: "use the suggested word"),
    FrontEndEntry(
      id: .yamlSyntax, trigger: "libyaml cannot parse the text, or it holds several documents",
      example: "inputs: { x: [0, 1, y: [0, 1] }", fix: "fix the YAML at the reported place"),
    FrontEndEntry(
      id: .yamlAlias, trigger: "a YAML alias; specs are written out in full",
      example: "residual: *r", fix: "write the value out"),
    FrontEndEntry(
      id: .yamlTooDeep, trigger: "mappings and sequences nested too deeply",
      example: "[[[[...]]]] 100 levels deep", fix: "flatten the value"),
    FrontEndEntry(
      id: .textSyntax, trigger: "a `.loss` statement that does not follow the grammar",
      example: "input x [0, 1]", fix: "follow the statement's form in docs/text-format.md"),
    FrontEndEntry(
      id: .unknownStatement, trigger: "a `.loss` line that starts with no statement keyword",
      example: "sampel inside = interior(points: 16)", fix: "use the suggested keyword"),
    FrontEndEntry(
      id: .textTooDeep, trigger: "lists in a `.loss` value nested too deeply",
      example: "[[[[...]]]] 100 levels deep", fix: "flatten the value"),
  ]
}
