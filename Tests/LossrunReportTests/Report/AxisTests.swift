import Testing

@testable import LossrunReport

@Suite("Report axes and ticks")
struct AxisTests {
  private func majorValues(_ axis: Axis) -> [Double] { axis.ticks.filter(\.isMajor).map(\.value) }
  private func labels(_ axis: Axis) -> [String] { axis.ticks.map(\.label).filter { !$0.isEmpty } }

  @Test("linear ticks step by 1, 2 or 5 times a power of ten and cover the data")
  func linearNiceTicks() {
    let axis = Axis(covering: [0.13, 0.92], scale: .linear)
    #expect(axis.lower == 0)
    #expect(axis.upper == 1)
    #expect(labels(axis) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])

    let steps = Axis(covering: [0, 1500], scale: .linear)
    #expect(labels(steps) == ["0", "500", "1000", "1500"])

    let large = Axis(covering: [3000, 21000], scale: .linear)
    #expect(labels(large) == ["0", "5e3", "1e4", "1.5e4", "2e4", "2.5e4"])

    // One notation per axis: not `0, 5e-3, 0.01`.
    let small = Axis(covering: [0, 0.02], scale: .linear)
    #expect(labels(small) == ["0", "0.005", "0.01", "0.015", "0.02"])

    let negative = Axis(covering: [-0.7, 0.3], scale: .linear)
    #expect(labels(negative) == ["-0.8", "-0.6", "-0.4", "-0.2", "0", "0.2", "0.4"])
  }

  @Test("degenerate linear data: all equal, one point, only NaN, empty")
  func linearDegenerate() {
    let equal = Axis(covering: [2, 2, 2], scale: .linear)
    #expect(equal.lower < 2 && equal.upper > 2)
    #expect(!equal.ticks.isEmpty)
    let zero = Axis(covering: [0], scale: .linear)
    #expect(zero.lower == -1 && zero.upper == 1)
    let nan = Axis(covering: [Double.nan, .infinity], scale: .linear)
    #expect(nan.lower == 0 && nan.upper == 1)
    let empty = Axis(covering: [], scale: .linear)
    #expect(empty.lower == 0 && empty.upper == 1)
    #expect(empty.fraction(of: .nan) == nil)
  }

  @Test("extreme linear ranges fall back to ticks at the ends instead of looping")
  func linearExtremes() {
    let huge = Axis(covering: [-1e308, 1e308], scale: .linear)
    #expect(huge.ticks.count == 2)
    let narrow = Axis(covering: [1e20, 1e20 + 1e5], scale: .linear)
    #expect(narrow.ticks.count <= 101)
    let exact = Axis(linearFrom: -Double.greatestFiniteMagnitude, to: .greatestFiniteMagnitude)
    #expect(exact.ticks.count == 2)
    #expect(SVGDocument.number(1e300) == "1000000000000")
  }

  @Test("log ticks: decades with minor ticks at 2 and 5")
  func logTicks() {
    let axis = Axis(covering: [3e-4, 0.7], scale: .log10)
    #expect(axis.lower == 1e-4)
    #expect(axis.upper == 1)
    #expect(majorValues(axis) == [1e-4, 1e-3, 1e-2, 1e-1, 1])
    #expect(labels(axis) == ["1e-4", "1e-3", "0.01", "0.1", "1"])
    #expect(TickLabelFormat.label(0.005, step: 0.001) == "5e-3")
    let minor = axis.ticks.filter { !$0.isMajor }.map(\.value)
    #expect(minor.count == 8)
    #expect(minor.contains(2e-4) && minor.contains(5e-1))

    let narrow = Axis(covering: [0.12, 0.45], scale: .log10)
    #expect(narrow.lower == 0.1 && narrow.upper == 1)
    #expect(labels(narrow) == ["0.1", "0.2", "0.5", "1"])

    // Data exactly on a decade is given a decade of room, so it is not drawn on the border.
    let exact = Axis(covering: [1e-3, 1e2], scale: .log10)
    #expect(exact.lower == 1e-4 && exact.upper == 1000)
    let constantOne = Axis(covering: [1, 1, 7], scale: .log10)
    #expect(constantOne.lower == 0.1 && constantOne.upper == 10)
  }

  @Test("many decades label every second or third decade")
  func logManyDecades() {
    let axis = Axis(covering: [3e-12, 5e5], scale: .log10)
    let labeled = axis.ticks.filter { !$0.label.isEmpty }
    #expect(labeled.count <= 10)
    #expect(axis.ticks.allSatisfy(\.isMajor) == false)
    #expect(labeled.first?.label == "1e-12")
  }

  @Test("degenerate log data: zeros, negatives, one value, nothing positive")
  func logDegenerate() {
    let withZeros = Axis(covering: [0, -1, 0.05, 0.5], scale: .log10)
    #expect(withZeros.lower == 0.01 && withZeros.upper == 1)
    #expect(withZeros.fraction(of: 0) == nil)
    #expect(withZeros.fraction(of: -3) == nil)
    let single = Axis(covering: [1e-3], scale: .log10)
    #expect(single.lower == 1e-4 && single.upper == 1e-2)
    let between = Axis(covering: [3e-3], scale: .log10)
    #expect(between.lower == 1e-3 && between.upper == 1e-2)
    let none = Axis(covering: [0, .nan], scale: .log10)
    #expect(none.lower == 1 && none.upper == 10)
  }

  @Test("an exact linear domain keeps its ends and ticks inside")
  func exactDomain() {
    let axis = Axis(linearFrom: 0, to: 1, tickCount: 5)
    #expect(axis.lower == 0 && axis.upper == 1)
    #expect(labels(axis) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
    let symmetric = Axis(linearFrom: -0.031, to: 0.031)
    #expect(symmetric.ticks.allSatisfy { abs($0.value) <= 0.031 })
    #expect(symmetric.ticks.contains { $0.value == 0 && $0.label == "0" })
    let flat = Axis(linearFrom: 3, to: 3)
    #expect(flat.lower < 3 && flat.upper > 3)
  }

  @Test("compact tick labels")
  func tickLabels() {
    #expect(TickLabelFormat.label(1e-3) == "1e-3")
    #expect(TickLabelFormat.label(0.5) == "0.5")
    #expect(TickLabelFormat.label(2000) == "2000")
    #expect(TickLabelFormat.label(2e4) == "2e4")
    #expect(TickLabelFormat.label(2.5e-5) == "2.5e-5")
    #expect(TickLabelFormat.label(0) == "0")
    #expect(TickLabelFormat.label(-0.001) == "-1e-3")
    #expect(TickLabelFormat.label(0.30000000000000004, step: 0.1) == "0.3")
    #expect(TickLabelFormat.label(0.75, step: 0.25) == "0.75")
    #expect(TickLabelFormat.label(.nan) == "nan")
  }
}
