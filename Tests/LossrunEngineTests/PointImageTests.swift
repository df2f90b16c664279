import LossrunEngine
import LossrunTestSupport
import Testing

/// Point sets with images: channels at the images of the points under affine maps, forward
/// against the same channels at the mapped points of a plain set, reverse against finite
/// differences.
@Suite struct PointImageTests {
  /// x ↦ (−x₀, x₁) + (0.25, 0): a reflection with a shift, which moves every coordinate.
  static let reflection = PointImage(matrix: [-1, 0, 0, 1], offset: [0.25, 0])
  /// x ↦ (0.6, x₁): the first coordinate fixed, as `u(x: 0.6)` does.
  static let pinned = PointImage(matrix: [0, 0, 0, 1], offset: [0.6, 0])

  static func network(scaled: Bool) -> NetworkDescription {
    NetworkDescription(
      inputCount: 2, hiddenWidths: [5, 4], outputCount: 2, activation: .tanh,
      inputAffine: scaled ? .standardizing(mean: [0.1, -0.2], scale: [0.7, 1.3]) : nil)
  }

  static func channels() -> [NetworkChannel] {
    [
      .value(output: 0), .value(output: 1), .partial(output: 0, orders: [1, 0]),
      .partial(output: 1, orders: [1, 2]), .laplacian(output: 0, inputs: [0, 1]),
      .directional(output: 1, field: 0),
    ]
  }

  static func apply(_ image: PointImage, _ point: [Double]) -> [Double] {
    (0..<2).map { r in
      image.offset[r] + image.matrix[2 * r] * point[0] + image.matrix[2 * r + 1] * point[1]
    }
  }

  @Test(arguments: [false, true])
  func channelsAtImagesEqualChannelsAtTheMappedPoints(scaled: Bool) throws {
    let builder = try GraphBuilder(network: Self.network(scaled: scaled))
    let count = 7
    let images = [Self.reflection, Self.pinned]
    let linked = try builder.addPointSet(
      name: "linked", count: count, vectorFieldCount: 1, images: images)
    let plain = try (0...images.count).map {
      try builder.addPointSet(name: "plain\($0)", count: count, vectorFieldCount: 1)
    }
    var probes: [(linked: ProbeID, plain: ProbeID, label: String)] = []
    for channel in Self.channels() {
      for image in 0...images.count {
        probes.append(
          (
            try builder.addProbe(name: "l", try linked.channel(channel, image: image)),
            try builder.addProbe(name: "p", try plain[image].channel(channel)),
            "\(channel) at image \(image)"
          ))
      }
    }
    let plan = try builder.compile(Double.self, options: PlanOptions(tilePoints: 4))
    TestNetworks.randomize(plan, seed: 8)
    let xs = TestNetworks.uniform(2 * count, in: -0.9...0.9, seed: 4)
    let angles = TestNetworks.uniform(count, in: 0...6.28, seed: 5)
    let normals = angles.flatMap { [Double.cos($0), Double.sin($0)] }
    plan.setPoints(linked.id, coordinates: xs)
    plan.setVectors(linked.id, field: 0, values: normals)
    for (image, set) in plain.enumerated() {
      let points = (0..<count).map { p in [xs[2 * p], xs[2 * p + 1]] }
      let mapped = image == 0 ? points : points.map { Self.apply(images[image - 1], $0) }
      plan.setPoints(set.id, coordinates: mapped.flatMap { $0 })
      plan.setVectors(set.id, field: 0, values: normals)
    }
    for set in [linked] + plain { plan.evaluateProbes(on: set.id) }
    for probe in probes {
      let mismatch = Approximate.firstMismatch(
        Array(plan.probeValues(probe.linked)), Array(plan.probeValues(probe.plain)),
        relative: 1e-12, absoluteScale: 1e-12)
      #expect(mismatch == nil, "\(probe.label): \(String(describing: mismatch))")
    }
  }

  @Test(arguments: [1, 2])
  func gradientsOfTermsAcrossImagesMatchFiniteDifferences(threads: Int) throws {
    let builder = try GraphBuilder(network: Self.network(scaled: true))
    let set = try builder.addPointSet(
      name: "edge", count: 9, vectorFieldCount: 1, images: [Self.reflection, Self.pinned])
    let other = try builder.addPointSet(name: "inside", count: 5)
    let x = try set.coordinate(0)
    let periodic =
      try set.value(0, image: 1) - set.value(0, image: 2)
      + x * set.channel(.partial(output: 0, orders: [1, 0]), image: 2)
    let flux =
      try set.channel(.directional(output: 1, field: 0), image: 1)
      * set.channel(.laplacian(output: 0, inputs: [0, 1]))
    try builder.addTerm(name: "periodic", components: [periodic, flux])
    try builder.addTerm(name: "own", components: [try set.value(1) - 0.5])
    try builder.addTerm(name: "inside", components: [try other.value(0, image: 0) + 1])
    let plan = try builder.compile(
      Double.self, options: PlanOptions(threads: threads, tilePoints: 4))
    TestNetworks.randomize(plan, seed: 2)
    plan.setPoints(set.id, coordinates: TestNetworks.uniform(18, in: -0.9...0.9, seed: 6))
    let angles = TestNetworks.uniform(9, in: 0...6.28, seed: 7)
    plan.setVectors(set.id, field: 0, values: angles.flatMap { [Double.cos($0), Double.sin($0)] })
    plan.setPoints(other.id, coordinates: TestNetworks.uniform(10, in: -0.9...0.9, seed: 9))
    let terms = (0..<plan.termCount).map { TermID(index: $0) }
    plan.computePerTermGradients()
    let analytic = terms.map { Array(plan.gradient(of: $0)) }
    let weights = [0.5, 2.0, 1.5]
    plan.computeSummedGradient(weights: weights)
    let summed = Array(plan.summedGradient)
    let theta = Array(plan.parameters)
    func losses(_ p: [Double]) -> [Double] {
      for i in p.indices { plan.parameters[i] = p[i] }
      plan.computePerTermGradients()
      return terms.map { plan.loss($0) }
    }
    let numeric = terms.map { term in
      FiniteDifference.gradient(at: theta, step: 1e-6) { losses($0)[term.index] }
    }
    _ = losses(theta)
    for term in terms {
      let mismatch = Approximate.firstMismatch(
        analytic[term.index], numeric[term.index], relative: 1e-5, absoluteScale: 1e-6)
      #expect(mismatch == nil, "\(plan.termNames[term.index]): \(String(describing: mismatch))")
    }
    let combined = theta.indices.map { i in
      terms.reduce(0.0) { $0 + weights[$1.index] * analytic[$1.index][i] }
    }
    let mismatch = Approximate.firstMismatch(
      summed, combined, relative: 1e-10, absoluteScale: 1e-10)
    #expect(mismatch == nil, "summed: \(String(describing: mismatch))")
  }

  /// A set with two images and a learnable scalar; split mode puts each component in its own
  /// term with |r| as loss (the brute force's one-point gradients are ±∂r/∂θ).
  static func imageProblem(count: Int, split: Bool, threads: Int = 1) throws -> (
    Plan<Double>, PointSetID
  ) {
    let builder = try GraphBuilder(network: Self.network(scaled: true))
    let nu = builder.addScalar(name: "nu", initialValue: 0.4)
    let set = try builder.addPointSet(
      name: "edge", count: count, vectorFieldCount: 1, images: [Self.reflection, Self.pinned])
    let components = [
      try set.value(0, image: 1) - set.value(0, image: 2) + set.scalar(nu) * set.value(1),
      try set.channel(.directional(output: 1, field: 0), image: 2)
        * set.channel(.laplacian(output: 0, inputs: [0, 1]), image: 1),
    ]
    if split {
      for (i, c) in components.enumerated() {
        try builder.addTerm(name: "c\(i)", components: [c], reduction: .meanAbsolute)
      }
    } else {
      try builder.addTerm(name: "linked", components: components)
    }
    let plan = try builder.compile(
      Double.self, options: PlanOptions(threads: threads, tilePoints: 4))
    return (plan, set.id)
  }

  @Test(arguments: [1, 2])
  func jacobianNormsSumOverAPointsImages(threads: Int) throws {
    let count = 7
    let xs = TestNetworks.uniform(2 * count, in: -0.9...0.9, seed: 21)
    let normals = TestNetworks.uniform(count, in: 0...6.28, seed: 22).flatMap {
      [Double.cos($0), Double.sin($0)]
    }
    let (plan, set) = try Self.imageProblem(count: count, split: false, threads: threads)
    TestNetworks.randomize(plan, seed: 23)
    plan.setPoints(set, coordinates: xs)
    plan.setVectors(set, field: 0, values: normals)
    let norms = plan.makeJacobianNorms(batch: count)
    plan.computeJacobianNorms(norms)
    let engine = Array(norms.norms(of: 0))
    let (single, one) = try Self.imageProblem(count: 1, split: true)
    for i in plan.parameters.indices { single.parameters[i] = plan.parameters[i] }
    for p in 0..<count {
      single.setPoints(one, coordinates: Array(xs[(2 * p)..<(2 * p + 2)]))
      single.setVectors(one, field: 0, values: Array(normals[(2 * p)..<(2 * p + 2)]))
      single.computePerTermGradients()
      var brute = 0.0
      for term in 0..<2 {
        for g in single.gradient(of: TermID(index: term)) { brute += g * g }
      }
      #expect(brute > 1e-6)
      #expect(abs(engine[p] - brute) <= 1e-10 * brute, "point \(p): \(engine[p]) vs \(brute)")
    }
  }

  @Test func imagesThatAreNotMapsOfTheCoordinatesAreRefused() throws {
    let builder = try GraphBuilder(network: Self.network(scaled: false))
    #expect(throws: EngineError.self) {
      _ = try builder.addPointSet(
        name: "bad", count: 3, images: [PointImage(matrix: [1, 0, 0], offset: [0, 0])])
    }
    let set = try builder.addPointSet(name: "good", count: 3, images: [Self.pinned])
    #expect(throws: EngineError.self) { _ = try set.value(0, image: 2) }
  }
}
