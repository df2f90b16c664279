/// The pointwise error of one output at scattered points in a plane (reference points that are
/// not on a grid), for the report's scatter map.
public struct ScatterField: Sendable {
  /// The output's name (`u`).
  public var name: String
  /// The first coordinate's name (the horizontal axis).
  public var xName: String
  /// The second coordinate's name (the vertical axis).
  public var yName: String
  /// The points' first coordinates.
  public var xs: [Double]
  /// The points' second coordinates.
  public var ys: [Double]
  /// The error `prediction − exact` at each point.
  public var error: [Double]

  /// Creates a field.
  public init(
    name: String, xName: String, yName: String, xs: [Double], ys: [Double], error: [Double]
  ) {
    self.name = name
    self.xName = xName
    self.yName = yName
    self.xs = xs
    self.ys = ys
    self.error = error
  }
}
