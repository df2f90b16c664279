/// One output of the trained network on a grid, for the report's heat maps (2D) or line plots
/// (1D): the prediction, and when known the exact or reference values and the pointwise error.
public struct FieldGrid: Sendable {
  /// The output's name (`u`).
  public var name: String
  /// The first coordinate's name (`x`).
  public var xName: String
  /// The second coordinate's name (`y`, `t`), or `nil` for a 1D field.
  public var yName: String?
  /// The first coordinate's values, increasing.
  public var xs: [Double]
  /// The second coordinate's values, increasing; empty for a 1D field.
  public var ys: [Double]
  /// The predicted values; for 2D, row by row from the lowest y: (`xs[i]`, `ys[j]`) is at
  /// `j * xs.count + i`.
  public var prediction: [Double]
  /// The exact or reference values, laid out as ``prediction``, if known.
  public var exact: [Double]?
  /// The pointwise error `prediction − exact`, laid out as ``prediction``, if known.
  public var error: [Double]?
  /// Whether some cells of the grid were not evaluated (they lie outside a declared domain);
  /// their values are NaN, drawn as missing.
  public var leavesCellsOut = false

  /// Creates a 2D field; `error` defaults to `prediction − exact` when `exact` is given.
  public init(
    name: String, xName: String, yName: String, xs: [Double], ys: [Double],
    prediction: [Double], exact: [Double]? = nil, error: [Double]? = nil
  ) {
    self.name = name
    self.xName = xName
    self.yName = yName
    self.xs = xs
    self.ys = ys
    self.prediction = prediction
    self.exact = exact
    self.error = error ?? exact.map { Self.difference(prediction, $0) }
  }

  /// Creates a 1D field; `error` defaults to `prediction − exact` when `exact` is given.
  public init(
    name: String, xName: String, xs: [Double], prediction: [Double], exact: [Double]? = nil,
    error: [Double]? = nil
  ) {
    self.name = name
    self.xName = xName
    self.yName = nil
    self.xs = xs
    self.ys = []
    self.prediction = prediction
    self.exact = exact
    self.error = error ?? exact.map { Self.difference(prediction, $0) }
  }

  /// Whether the field is 2D (has a second coordinate).
  public var isTwoDimensional: Bool { yName != nil }

  private static func difference(_ a: [Double], _ b: [Double]) -> [Double] {
    zip(a, b).map { $0 - $1 }
  }
}
