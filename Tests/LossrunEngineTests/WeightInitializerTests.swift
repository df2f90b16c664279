import LossrunEngine
import Testing

@Suite struct WeightInitializerTests {
  private func draw(_ initializer: WeightInitializer, fanIn: Int, fanOut: Int) -> [Double] {
    var generator = RandomGenerator(seed: 0, streamName: "initialization")
    var weights = Array(repeating: 0.0, count: 20_000)
    weights.withUnsafeMutableBufferPointer {
      initializer.fill($0, fanIn: fanIn, fanOut: fanOut, generator: &generator)
    }
    return weights
  }

  @Test func xavierNormalHasTheGlorotVariance() {
    let weights = draw(.xavierNormal, fanIn: 2, fanOut: 50)
    let variance = weights.map { $0 * $0 }.reduce(0, +) / Double(weights.count)
    #expect(abs(variance / (2.0 / 52) - 1) < 0.04)
  }

  @Test func xavierUniformStaysWithinItsBound() {
    let weights = draw(.xavierUniform, fanIn: 50, fanOut: 50)
    let bound = (6.0 / 100).squareRoot()
    #expect(weights.allSatisfy { abs($0) <= bound })
    #expect(weights.max()! > 0.95 * bound && weights.min()! < -0.95 * bound)
  }

  @Test func floatAndDoubleGetTheSameDraws() {
    var a = RandomGenerator(seed: 3)
    var b = RandomGenerator(seed: 3)
    var single = [Float](repeating: 0, count: 8)
    var double = [Double](repeating: 0, count: 8)
    single.withUnsafeMutableBufferPointer {
      WeightInitializer.xavierNormal.fill($0, fanIn: 4, fanOut: 4, generator: &a)
    }
    double.withUnsafeMutableBufferPointer {
      WeightInitializer.xavierNormal.fill($0, fanIn: 4, fanOut: 4, generator: &b)
    }
    #expect(single == double.map { Float($0) })
  }
}
