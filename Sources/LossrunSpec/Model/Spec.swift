import LossrunDiagnostics

/// One PINN problem as the user wrote it: the typed model both front ends (YAML and `.loss`
/// text) produce, and the only thing the checker, the converter and training read.
///
/// The model is *syntactic*: names are strings, expressions are unresolved trees, settings whose
/// vocabulary depends on a rule (weighting, optimizer settings, schedules) are key–value lists.
/// Every user-written value carries its `SourceRange`. Front ends fill in what they can read;
/// a value the user left out is nil (or empty) here, and defaults are applied by the checker.
public struct Spec: Sendable {
  /// The file the spec was read from, as the user named it.
  public var path: String
  /// The problem's name, used for the default output directory.
  public var name: Located<String>?
  /// The inputs in declaration order: 1 to 3 space inputs and an optional time input.
  public var inputs: [InputDeclaration] = []
  /// The input that is time, when named explicitly (otherwise an input called `t` is time).
  public var timeInput: Located<String>?
  /// Named constant expressions such as `k: 4*pi`.
  public var constants: [NamedExpression] = []
  /// Named expressions over inputs, constants and earlier definitions, such as
  /// `exact: exp(x) * sin(k*y)`.
  public var definitions: [NamedExpression] = []
  /// Scalar parameters, learnable for inverse problems.
  public var parameters: [ParameterDeclaration] = []
  /// The network; nil when the spec has none (an error the front end reports).
  public var network: NetworkDeclaration?
  /// The spatial domain's shapes and their combination; nil means the space inputs' box.
  public var domain: DomainDeclaration?
  /// Point samplers in declaration order.
  public var samplers: [SamplerDeclaration] = []
  /// Loss terms in declaration order.
  public var terms: [TermDeclaration] = []
  /// Predicates naming the boundary faces left free (a natural condition, no term needed), such
  /// as `x == 1`; the boundary-coverage lint counts the faces they select as covered.
  public var natural: [Expression] = []
  /// The weighting rule; nil means fixed weights.
  public var weighting: WeightingDeclaration?
  /// The training schedule.
  public var training = TrainingDeclaration()
  /// How to evaluate the trained network; nil means no evaluation.
  public var evaluation: EvaluationDeclaration?
  /// The output directory; nil means `runs/<name>/`.
  public var output: Located<String>?
  /// Comments on lines of their own, attached to the declaration that follows them, so that
  /// conversion between formats can keep them.
  public var comments: [SpecComment] = []

  /// Creates an empty spec read from `path`.
  public init(path: String) { self.path = path }
}

/// A comment on a line of its own, remembered with the declaration it precedes.
public struct SpecComment: Hashable, Sendable {
  /// The comment text without the leading `#` and one following space.
  public var text: String
  /// The declaration it precedes, such as `terms.residual` or `network`; nil for the file's end.
  public var anchor: String?

  /// Creates a comment anchored before `anchor`.
  public init(text: String, anchor: String?) {
    self.text = text
    self.anchor = anchor
  }
}
