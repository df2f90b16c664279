import LossrunEngine
import Testing

/// Validation: everything a spec could get wrong throws a typed error instead of trapping.
@Suite struct BuilderTests {
  let network = NetworkDescription(
    inputCount: 2, hiddenWidths: [3], outputCount: 1, activation: .tanh)

  @Test func rejectsDerivativesAboveOrderFour() throws {
    let builder = try GraphBuilder(network: network)
    let set = try builder.addPointSet(name: "p", count: 4)
    #expect(throws: EngineError.derivativeOrderTooHigh(requested: 5, maximum: 4)) {
      try set.channel(.partial(output: 0, orders: [3, 2]))
    }
  }

  @Test func rejectsUnknownIndices() throws {
    let builder = try GraphBuilder(network: network)
    let set = try builder.addPointSet(name: "p", count: 4)
    #expect(throws: EngineError.unknownInput(index: 2, inputCount: 2)) { try set.coordinate(2) }
    #expect(throws: EngineError.unknownOutput(index: 1, outputCount: 1)) { try set.value(1) }
    #expect(throws: EngineError.unknownVectorField(index: 0, fieldCount: 0)) {
      try set.channel(.directional(output: 0, field: 0))
    }
    #expect(throws: EngineError.unknownInput(index: 5, inputCount: 2)) {
      try set.channel(.laplacian(output: 0, inputs: [0, 5]))
    }
  }

  @Test func rejectsTermsMixingPointSets() throws {
    let builder = try GraphBuilder(network: network)
    let a = try builder.addPointSet(name: "a", count: 4)
    let b = try builder.addPointSet(name: "b", count: 4)
    let mixed = try a.value() - b.value()
    #expect(throws: EngineError.mixedPointSets(term: "bad")) {
      try builder.addTerm(name: "bad", components: [mixed])
    }
    #expect(throws: EngineError.emptyTerm(name: "none")) {
      try builder.addTerm(name: "none", components: [])
    }
  }

  @Test func rejectsBadNetworksAndOptions() throws {
    let bad = NetworkDescription(
      inputCount: 2, hiddenWidths: [0], outputCount: 1, activation: .tanh)
    #expect(throws: EngineError.self) { try GraphBuilder(network: bad) }
    let builder = try GraphBuilder(network: network)
    #expect(throws: EngineError.self) { try builder.addPointSet(name: "empty", count: 0) }
    let set = try builder.addPointSet(name: "p", count: 4)
    try builder.addTerm(name: "t", components: [try set.value()])
    #expect(throws: EngineError.self) {
      try builder.compile(Float.self, options: PlanOptions(threads: 0))
    }
  }

  @Test func compilesOnlyTheNeededChannelsOnce() throws {
    let builder = try GraphBuilder(network: network)
    let set = try builder.addPointSet(name: "p", count: 100)
    let lap = try set.channel(.laplacian(output: 0, inputs: [0, 1]))
    let ux = try set.channel(.partial(output: 0, orders: [1, 0]))
    try builder.addTerm(name: "r", components: [lap + ux])
    try builder.addTerm(name: "d", components: [try set.value()])
    let plan = try builder.compile(Float.self, options: PlanOptions(tilePoints: 64))
    // Channels {u, u_x, u_y, lap u}: forward 2·(2·3 + 3·1)·points for value/u_x/u_y through
    // the first layer... checked through the flop count of a known configuration.
    #expect(plan.matmulFlopsPerSummedStep > 0)
    #expect(plan.matmulFlopsPerStep > plan.matmulFlopsPerSummedStep)
  }
}
