import LossrunDiagnostics

/// The spatial domain declared once for the whole spec: named shapes and how they combine.
///
/// YAML: `domain: { plate: { rectangle: [[-0.5, -0.5], [0.5, 0.5]] }, hole: { disk: { center:
/// [0.3, 0.3], radius: 0.1 } }, shape: plate - hole }`; text: one `shape NAME = KIND(key: value,
/// ...)` statement per shape and `domain plate - hole`. The combination is an expression over
/// the shape names: `+` is the union, `-` the difference and `*` the intersection, with the
/// usual precedence and parentheses. Without a domain the space inputs' box is the domain.
public struct DomainDeclaration: Hashable, Sendable {
  /// The named shapes, in the order written.
  public var shapes: [ShapeDeclaration]
  /// The combination of the shapes; nil means the only shape (an error with several).
  public var combination: Expression?
  /// Where the domain was declared (the `domain` key or statement).
  public var range: SourceRange

  /// Creates a domain declaration.
  public init(shapes: [ShapeDeclaration], combination: Expression?, range: SourceRange) {
    self.shapes = shapes
    self.combination = combination
    self.range = range
  }
}
