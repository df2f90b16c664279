import LossrunEngine

/// What fills one sampler's points step after step: a ``RegionSampler`` drawing from the
/// domain, or a ``GivenPointSampler`` serving listed or file points.
package protocol PointSampler: Sendable {
  /// The point stream; save and restore it to resume bit for bit.
  var state: UnitCubeSampler { get set }
  /// Whether the points carry outward normals.
  var hasNormals: Bool { get }
  /// The rows of the last draw when the points are given (to load their data); nil otherwise.
  var givenRows: [Int]? { get }
  /// A batch of the right shape to ``sample(into:)``.
  func makeBatch<Scalar: BinaryFloatingPoint & Sendable>(_: Scalar.Type) -> PointBatch<Scalar>
  /// Draws the next points into `batch`.
  mutating func sample<Scalar: BinaryFloatingPoint & Sendable>(
    into batch: inout PointBatch<Scalar>) throws(SamplingError)
}

extension RegionSampler: PointSampler {
  /// Drawn points have no data rows.
  package var givenRows: [Int]? { nil }
}

extension GivenPointSampler: PointSampler {
  /// Given points carry no normals.
  package var hasNormals: Bool { false }
  /// The rows of the last draw.
  package var givenRows: [Int]? { rows }
}
