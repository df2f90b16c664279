import LossrunDiagnostics

/// One named shape of a ``DomainDeclaration``: its kind and its arguments as written.
///
/// The arguments per kind (lists of numbers, points as lists of coordinates):
/// `interval(bounds: [a, b])`, `rectangle(corners: [[x0, y0], [x1, y1]])`,
/// `box(corners: [[x0, y0, z0], [x1, y1, z1]])`, `disk(center: [x, y], radius: r)`,
/// `ball(center: [x, y, z], radius: r)`, `ellipse(center: [x, y], semi_axes: [a, b])`,
/// `annulus(center: [x, y], inner: r0, outer: r1)`, `triangle(vertices: [p, q, r])` and
/// `polygon(vertices: [p, q, r, ...])`. In YAML a list in place of the map gives the kind's
/// ``Kind/listArgument`` (`rectangle: [[x0, y0], [x1, y1]]`).
public struct ShapeDeclaration: Hashable, Sendable {
  /// What kind of shape.
  public enum Kind: String, Keyword {
    case interval, rectangle, box, disk, ball, ellipse, annulus, triangle, polygon
    /// What the words name, in messages (``Keyword/vocabularyName``).
    public static let vocabularyName = "shape"

    /// The argument keys the kind takes, every one required.
    public var argumentKeys: [String] {
      switch self {
      case .interval: ["bounds"]
      case .rectangle, .box: ["corners"]
      case .disk, .ball: ["center", "radius"]
      case .ellipse: ["center", "semi_axes"]
      case .annulus: ["center", "inner", "outer"]
      case .triangle, .polygon: ["vertices"]
      }
    }

    /// The argument a bare list stands for in YAML, for the kinds with one list argument.
    public var listArgument: String? { argumentKeys.count == 1 ? argumentKeys[0] : nil }
  }

  /// The shape's name, which the combination and `of:` selections use.
  public var name: Located<String>
  /// The kind.
  public var kind: Located<Kind>
  /// The arguments as written, keyed as in ``Kind/argumentKeys``.
  public var arguments: [Setting]

  /// Creates a shape declaration.
  public init(name: Located<String>, kind: Located<Kind>, arguments: [Setting]) {
    self.name = name
    self.kind = kind
    self.arguments = arguments
  }
}
