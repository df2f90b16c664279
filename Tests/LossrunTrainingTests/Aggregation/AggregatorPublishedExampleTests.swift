import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// The examples TorchJD publishes in its aggregators' documentation, on
/// J = [[−4, 1, 1], [6, 1, 1]], to the four digits printed there.
@Suite struct AggregatorPublishedExampleTests {
  private typealias Cases = AggregationTestCases
  private let jacobian: [[Double]] = [[-4, 1, 1], [6, 1, 1]]

  private func expectPrinted(
    _ actual: [Double], _ printed: [Double], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for (a, p) in zip(actual, printed) {
      #expect(Swift.abs(a - p) <= 5e-5, "\(actual) vs \(printed)", sourceLocation: sourceLocation)
    }
  }

  @Test func upgrad() {
    expectPrinted(Cases.direction(UPGradAggregator(), jacobian), [0.2929, 1.9004, 1.9004])
  }

  @Test func dualProj() {
    expectPrinted(Cases.direction(DualProjAggregator(), jacobian), [0.5563, 1.1109, 1.1109])
  }

  @Test func pcgrad() {
    expectPrinted(
      Cases.direction(PCGradAggregator(termCount: 2), jacobian), [0.5848, 3.8012, 3.8012])
  }

  @Test func imtlg() {
    let aggregator = IMTLGAggregator()
    expectPrinted(Cases.direction(aggregator, jacobian), [0.0767, 1, 1])
    expectPrinted(aggregator.coefficients(gramian: Cases.gramian(jacobian)), [0.5923, 0.4077])
  }

  /// TorchJD's CAGrad does not rescale (LibMTL's `rescale` 0).
  @Test func cagrad() {
    var aggregator = CAGradAggregator(c: 0.5)
    aggregator.rescale = 0
    expectPrinted(Cases.direction(aggregator, jacobian), [0.1835, 1.2041, 1.2041])
  }
}

extension AggregatorPublishedExampleTests {
  /// Below TorchJD's `norm_eps` (trace 1e-4) the normalized Gramian is zero, so UPGrad and
  /// DualProj fall back to the mean gradient rather than stopping.
  @Test func tinyGradientsGiveTheMeanGradient() {
    let tiny = jacobian.map { $0.map { $0 * 1e-4 } }
    let mean = (0..<3).map { k in (tiny[0][k] + tiny[1][k]) / 2 }
    for d in [
      Cases.direction(UPGradAggregator(), tiny), Cases.direction(DualProjAggregator(), tiny),
    ] {
      #expect(Approximate.firstMismatch(d, mean, relative: 1e-12) == nil)
    }
  }
}
