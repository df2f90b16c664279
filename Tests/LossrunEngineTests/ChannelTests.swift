import LossrunEngine
import LossrunTestSupport
import Testing

/// Forward-mode rules: every derivative channel against central differences of a lower channel.
@Suite struct ChannelTests {
  static let smoothActivations: [Activation] = [.tanh, .sin, .sigmoid, .softplus, .silu, .gelu]

  /// All multi-indices over `inputs` inputs with total order 1...maxOrder.
  static func multiIndices(inputs: Int, maxOrder: Int) -> [[Int]] {
    var result: [[Int]] = []
    func extend(_ prefix: [Int], _ remaining: Int) {
      if prefix.count == inputs {
        let total = prefix.reduce(0, +)
        if total >= 1 { result.append(prefix) }
        return
      }
      for n in 0...remaining { extend(prefix + [n], remaining - n) }
    }
    extend([], maxOrder)
    return result
  }

  struct Probes {
    var plan: Plan<Double>
    var ids: [[Int]: ProbeID]
    var value: [ProbeID]
    var laplacian: ProbeID
    var directional: ProbeID
  }

  /// A plan whose single point set holds every base point and its ±h, ±2h shifts along each
  /// input.
  static func makeProbes(
    activation: Activation, maxOrder: Int, affine: InputAffine?, basePoints: [[Double]], h: Double
  ) throws -> (Probes, [[Double]]) {
    let d = 2
    let network = NetworkDescription(
      inputCount: d, hiddenWidths: [4, 3, 3], outputCount: 2, activation: activation,
      inputAffine: affine)
    let builder = try GraphBuilder(network: network)
    var points: [[Double]] = []
    for base in basePoints {
      points.append(base)
      for i in 0..<d {
        for sign in [1.0, -1.0, 2.0, -2.0] {
          var p = base
          p[i] += sign * h
          points.append(p)
        }
      }
    }
    let set = try builder.addPointSet(name: "probe", count: points.count, vectorFieldCount: 1)
    var ids: [[Int]: ProbeID] = [:]
    for orders in multiIndices(inputs: d, maxOrder: maxOrder) {
      ids[orders] = try builder.addProbe(
        name: "\(orders)", set.channel(.partial(output: 1, orders: orders)))
    }
    let value = try (0..<2).map { try builder.addProbe(name: "u\($0)", set.value($0)) }
    let laplacian = try builder.addProbe(
      name: "lap", set.channel(.laplacian(output: 1, inputs: [0, 1])))
    let directional = try builder.addProbe(
      name: "dn", set.channel(.directional(output: 1, field: 0)))
    let plan = try builder.compile(Double.self, options: PlanOptions(tilePoints: 32))
    TestNetworks.randomize(plan, seed: 7)
    plan.setPoints(set.id, coordinates: points.flatMap { $0 })
    let normals = points.map { p in [0.6, -0.8] }
    plan.setVectors(set.id, field: 0, values: normals.flatMap { $0 })
    plan.evaluateProbes(on: set.id)
    return (
      Probes(plan: plan, ids: ids, value: value, laplacian: laplacian, directional: directional),
      points
    )
  }

  func check(_ activation: Activation, maxOrder: Int, affine: InputAffine? = nil) throws {
    let h = 1e-3
    let bases = [[0.3, -0.2], [-0.5, 0.7]]
    let (probes, points) = try Self.makeProbes(
      activation: activation, maxOrder: maxOrder, affine: affine, basePoints: bases, h: h)
    let plan = probes.plan
    let stride = 1 + 4 * 2
    func column(_ id: ProbeID) -> [Double] { Array(plan.probeValues(id)) }
    // Values against a plain forward pass.
    for (b, _) in bases.enumerated() {
      let reference = TestNetworks.naiveForward(plan, points[b * stride])
      for o in 0..<2 {
        let got = column(probes.value[o])[b * stride]
        #expect(Approximate.equal(got, reference[o], relative: 1e-12, absolute: 1e-12))
      }
    }
    // Each channel α + e_i against the central difference of channel α along input i.
    let value1 = column(probes.value[1])
    for orders in Self.multiIndices(inputs: 2, maxOrder: maxOrder) {
      let got = column(probes.ids[orders]!)
      for i in 0..<2 where orders[i] > 0 {
        var lower = orders
        lower[i] -= 1
        let source = lower.reduce(0, +) == 0 ? value1 : column(probes.ids[lower]!)
        for b in bases.indices {
          // Fourth-order central difference from the ±h and ±2h shifts.
          let shifted = (0..<4).map { source[b * stride + 1 + 4 * i + $0] }
          let fd = (8 * (shifted[0] - shifted[1]) - (shifted[2] - shifted[3])) / (12 * h)
          let exact = got[b * stride]
          #expect(
            Approximate.equal(exact, fd, relative: 1e-6, absolute: 1e-7),
            "\(activation) \(orders) via \(i): \(exact) vs \(fd)")
        }
      }
    }
    // Laplacian = u_xx + u_yy; directional = n · ∇u.
    if maxOrder >= 2 {
      let lap = column(probes.laplacian)
      let uxx = column(probes.ids[[2, 0]]!)
      let uyy = column(probes.ids[[0, 2]]!)
      for b in bases.indices {
        let i = b * stride
        #expect(Approximate.equal(lap[i], uxx[i] + uyy[i], relative: 1e-12, absolute: 1e-12))
      }
    }
    let dn = column(probes.directional)
    let ux = column(probes.ids[[1, 0]]!)
    let uy = column(probes.ids[[0, 1]]!)
    for b in bases.indices {
      let i = b * stride
      #expect(Approximate.equal(dn[i], 0.6 * ux[i] - 0.8 * uy[i], relative: 1e-12, absolute: 1e-12))
    }
  }

  @Test(arguments: smoothActivations)
  func derivativeChannelsUpToOrderFour(_ activation: Activation) throws {
    try check(activation, maxOrder: 4)
  }

  @Test func reluFirstDerivatives() throws {
    try check(.relu, maxOrder: 1)
  }

  @Test func inputAffineMapIsDifferentiatedThrough() throws {
    let affine = InputAffine(matrix: [2.0, 0.5, -0.3, 1.5], offset: [0.1, -0.2])
    try check(.tanh, maxOrder: 3, affine: affine)
  }

  @Test(arguments: Activation.allCases)
  func activationDerivativesMatchFiniteDifferences(_ activation: Activation) {
    let maxOrder = activation == .relu ? 1 : 5
    for z in [-1.3, -0.2, 0.4, 2.1] {
      for k in 0..<maxOrder {
        let fd = FiniteDifference.central(step: 1e-5) { activation.derivative(k, at: z + $0) }
        #expect(
          Approximate.equal(
            activation.derivative(k + 1, at: z), fd, relative: 1e-6, absolute: 1e-8),
          "\(activation) order \(k + 1) at \(z)")
      }
    }
  }
}
