import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// A run whose interior sampler adapts its points, stopped and resumed from its checkpoint,
/// ends exactly as a run that was never stopped: the checkpoint keeps the adapted points (and
/// RAR's grown count) and the candidate streams.
@Suite(.serialized) struct AdaptiveResumeTests {
  static func spec(_ adapt: String) -> String {
    RunResumeTests.spec(
      training: "optimizer: adam, lr: 1e-3, steps: 40, seed: 3, precision: float64, "
        + "log_every: 5, checkpoint_every: 6",
      weighting: "fixed", resample: nil
    ).patched(
      replacing: "interior: { region: interior, points: 24 }",
      with: "interior: { region: interior, points: 24, adapt: \(adapt) }")
  }

  @Test func rarResumesBitForBit() throws {
    try RunResumeTests().expectResumeMatches(
      Self.spec("{ method: rar, every: 4, pool: 200, add: 3 }"), stop: 13)
  }

  @Test func radResumesBitForBit() throws {
    try RunResumeTests().expectResumeMatches(
      Self.spec("{ method: rad, every: 5, pool: 100 }"), stop: 17)
  }

  @Test func r3ResumesBitForBit() throws {
    try RunResumeTests().expectResumeMatches(Self.spec("r3"), stop: 11)
  }
}
