import LossrunDiagnostics

/// The checked spatial domain: the combined shape, with every named part kept by name.
package struct CheckedDomain: Hashable, Sendable {
  /// The combined shape, over the space inputs in order.
  package internal(set) var shape: CheckedShape
  /// Where the domain was declared.
  package internal(set) var range: SourceRange

  /// The names of the shapes the domain is made of (the names `of:` may select).
  package var shapeNames: [String] { shape.names }
}
