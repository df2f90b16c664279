import LossrunEngine

/// Draws a sampler's points: a region of a geometry, optionally restricted by a predicate.
///
/// Boundary points are spread over the boundary pieces in proportion to their measure: the first
/// unit-cube coordinate picks the piece (so a low-discrepancy sequence also spreads the piece
/// choice evenly) and the rest place the point on it. With a predicate, only the pieces it
/// selects (fully or partly) take part; a piece counts as selected when the predicate holds at
/// one of a fixed set of probe points inside it (a 3^k grid at ¼, ½, ¾ plus 32 Halton points),
/// so `x == 0 or y == 1` selects exactly two faces. Points are then kept only where the predicate
/// holds, redrawing the rest from the same point stream; when the probes find no piece, every
/// piece takes part and rejection alone decides.
///
/// A geometry may reject placed points (a disk's interior drawn from its bounding box, the part
/// of a CSG piece off the combined boundary); those are redrawn the same way, and the points kept
/// stay in the order of the unit-cube stream. The predicate is not evaluated on a piece (or an
/// interior) whose box the selection is proven to hold on throughout
/// (``PointSelection/holdsThroughout``): it would keep every point there. `boundaryOf` restricts the boundary to the pieces
/// labelled with a shape's name (``Geometry/boundaryPieceLabels``), before the predicate.
///
/// Redrawing is bounded: after ``maximumDrawsPerPoint`` times the requested count of candidate
/// points, sampling stops with a ``SamplingError`` saying how little of the region the predicate
/// selects. Grid and Latin-hypercube layouts keep their structure only when no point is
/// rejected (whole pieces, or no predicate); otherwise they are topped up by further batches.
package struct RegionSampler: Sendable {
  /// Which part of the geometry is sampled.
  package enum Region: Hashable, Sendable, Codable {
    /// The interior (for a cylinder's initial slice, sample its ``InitialSlice`` geometry).
    case interior
    /// The boundary, with outward normals.
    case boundary
  }

  /// Candidate draws allowed per requested point before giving up.
  package static let maximumDrawsPerPoint = 1000

  /// The geometry sampled.
  package let geometry: any Geometry
  /// The region.
  package let region: Region
  /// The selection, or nil for the whole region.
  package let selection: PointSelection?
  /// The name of the shape whose boundary is sampled, or nil for the whole boundary.
  package let boundaryOf: String?
  /// The points drawn per batch.
  package let count: Int
  /// The point stream; save and restore it to resume sampling bit for bit.
  package var state: UnitCubeSampler
  /// The boundary pieces that take part and their cumulative measures (normalised to end at 1).
  package let pieces: [Int]
  private let cumulativeMeasure: [Double]
  /// Per entry of ``pieces``, or for the interior: whether points there need the selection's test.
  private let piecesTested: [Bool]
  private let interiorTested: Bool
  var unitScratch: [Double] = []
  /// Whether the geometry (not the predicate) rejected a placed point in the current draw.
  var geometryRejected = false
  private var point: [Double]
  private var normal: [Double]

  /// Creates a sampler of `count` points per batch drawn with `distribution` from `generator`.
  package init(
    geometry: any Geometry, region: Region, selection: PointSelection? = nil,
    boundaryOf: String? = nil, count: Int, distribution: PointDistribution,
    generator: RandomGenerator
  ) throws(SamplingError) {
    guard count >= 1 else { throw SamplingError("a sampler needs at least one point") }
    self.geometry = geometry
    self.region = region
    self.selection = selection
    self.boundaryOf = boundaryOf
    self.count = count
    point = Array(repeating: 0, count: geometry.dimension)
    normal = Array(repeating: 0, count: geometry.dimension)
    switch region {
    case .interior:
      pieces = []
      cumulativeMeasure = []
      piecesTested = []
      interiorTested = selection.map { !$0.holdsThroughout(geometry.boundingBox) } ?? false
      state = try UnitCubeSampler(
        distribution: distribution, dimension: max(geometry.interiorUnitDimension, 1),
        generator: generator)
    case .boundary:
      let measures = geometry.boundaryPieceMeasures
      guard !measures.isEmpty else { throw SamplingError("this region has no boundary") }
      var candidates = Array(measures.indices)
      if let boundaryOf {
        let labels = geometry.boundaryPieceLabels
        candidates = candidates.filter { labels[$0].contains(boundaryOf) }
        guard !candidates.isEmpty else {
          throw SamplingError("no part of the boundary comes from the shape '\(boundaryOf)'")
        }
      }
      pieces = Self.selectedPieces(
        of: geometry, measures: measures, among: candidates, predicate: selection?.holds)
      cumulativeMeasure = Self.cumulative(pieces.map { measures[$0] })
      let boxes = geometry.boundaryPieceBoxes
      piecesTested = pieces.map { piece in
        selection.map { !$0.holdsThroughout(boxes[piece]) } ?? false
      }
      interiorTested = false
      state = try UnitCubeSampler(
        distribution: distribution, dimension: geometry.boundaryUnitDimension + 1,
        generator: generator)
    }
  }

  /// Whether the points carry normals.
  package var hasNormals: Bool { region == .boundary }

  /// A batch of the right shape to ``sample(into:)``.
  package func makeBatch<Scalar: BinaryFloatingPoint & Sendable>(
    _: Scalar.Type = Scalar.self
  ) -> PointBatch<Scalar> {
    PointBatch(dimension: geometry.dimension, count: count, hasNormals: hasNormals)
  }

  /// Draws a fresh set of points into `batch`, converting to the batch's precision.
  // Called through the `PointSampler` existential every step: without these, the call would
  // run the generic body unspecialized.
  @_specialize(where Scalar == Float)
  @_specialize(where Scalar == Double)
  package mutating func sample<Scalar: BinaryFloatingPoint & Sendable>(
    into batch: inout PointBatch<Scalar>
  ) throws(SamplingError) {
    var accepted = 0
    var drawn = 0
    var request = count
    geometryRejected = false
    let limit = count * Self.maximumDrawsPerPoint
    while accepted < count {
      // A grid that lost points to the geometry is refined rather than topped up (topping up
      // with the same smaller grid would place the same rejected points again).
      if drawn > 0, state.distribution == .grid, geometryRejected {
        try sampleGrid(into: &batch, firstAccepted: accepted)
        return
      }
      guard drawn < limit else {
        throw SamplingError(
          "the selection keeps only \(accepted) of \(drawn) candidate points; it selects "
            + "(almost) nothing of the \(region == .interior ? "interior" : "boundary")")
      }
      try state.draw(count: request, into: &unitScratch)
      drawn += request
      accepted = placeCandidates(request, accepted: accepted, into: &batch, wanted: count)
      request = max(count - accepted, 1)
    }
  }

  /// Places the scratch batch's `candidates` unit points, appending those the predicate keeps to
  /// `batch` after its first `accepted` points; returns the new accepted count.
  ///
  /// The geometry, the scratch buffers and the piece table are fetched once per batch (not per
  /// point), so the loop neither copies the sampler nor retains its geometry per point.
  mutating func placeCandidates<Scalar: BinaryFloatingPoint & Sendable>(
    _ candidates: Int, accepted start: Int, into batch: inout PointBatch<Scalar>, wanted: Int
  ) -> Int {
    let geometry = self.geometry
    let predicate = selection?.holds
    let dimension = geometry.dimension
    let width = state.dimension
    let boundary = region == .boundary
    let offset = boundary ? 1 : 0
    let pieces = self.pieces
    let cumulative = cumulativeMeasure
    let piecesTested = self.piecesTested
    let interiorTested = self.interiorTested
    var point: [Double] = []
    var normal: [Double] = []
    swap(&point, &self.point)
    swap(&normal, &self.normal)
    defer {
      swap(&point, &self.point)
      swap(&normal, &self.normal)
    }
    var accepted = start
    var rejected = false
    defer { if rejected { geometryRejected = true } }
    unitScratch.withUnsafeBufferPointer { units in
      point.withUnsafeMutableBufferPointer { point in
        normal.withUnsafeMutableBufferPointer { normal in
          for candidate in 0..<candidates where accepted < wanted {
            let base = units.baseAddress! + candidate * width
            let unit = UnsafeBufferPointer(start: base + offset, count: width - offset)
            let placed: Bool
            let tested: Bool
            if boundary {
              let entry = Self.pieceEntry(forUnit: base[0], cumulative: cumulative)
              placed = geometry.placeBoundary(
                piece: pieces[entry], unit: unit, point: point, normal: normal)
              tested = piecesTested[entry]
            } else {
              placed = geometry.placeInterior(unit: unit, point: point)
              tested = interiorTested
            }
            guard placed else {
              rejected = true
              continue
            }
            if tested, let predicate, !predicate(UnsafeBufferPointer(point)) { continue }
            for axis in 0..<dimension {
              batch.points[accepted * dimension + axis] = Scalar(point[axis])
              if boundary { batch.normals[accepted * dimension + axis] = Scalar(normal[axis]) }
            }
            accepted += 1
          }
        }
      }
    }
    return accepted
  }

  /// The entry of ``pieces`` whose share of the cumulative measure contains `u`.
  private static func pieceEntry(forUnit u: Double, cumulative: [Double]) -> Int {
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if u < cumulative[middle] { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
