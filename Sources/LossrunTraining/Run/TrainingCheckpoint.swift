import Foundation
import LossrunEngine

/// Everything a run needs to continue bit for bit from the end of a step, as saved in the run
/// directory's `checkpoint.lrc`.
///
/// The file is a ``LossrunReport/CheckpointFile`` (magic `LRCKPT01`, length, payload, SHA-256);
/// the payload is this value as UTF-8 JSON (keys as the properties are named):
/// - `format` (1), `identity` (``RunIdentity``: the spec's SHA-256, seed, precision, threads);
/// - `step`: the steps completed; `totalSteps`: the run's step count when it was written;
///   `finished`: whether the run had reached it;
/// - `elapsedSeconds`: training time so far (a resumed run's clock continues from it);
/// - `metricsBytes`: the length of `metrics.csv` at this step (the rows of steps before
///   `step`); a resumed run cuts the file back to it, dropping the final-parameters row and
///   any row written after the checkpoint;
/// - `parameters`: the flat parameter vector; `activeOptimizer`: `adam`, `sgd` or `lbfgs`;
///   `adam`, `sgd`, `lbfgs`: the state of each optimizer the spec uses (Adam's moments and step
///   count, SGD's momentum, L-BFGS's history), null for the others;
/// - `weighting`: the weighting rule's state (weights, last estimates, last update step);
/// - `aggregator`: the gradient aggregator's state (PCGrad's generator, M-ConFIG's momenta),
///   absent when the spec has no aggregator;
/// - `pointWeighting`: the per-point rule's state (causal chunk losses and ε, RBA multipliers,
///   self-adaptive weights and their Adam), absent when the spec has no per-point rule;
/// - `samplers`: per sampler, its name and its point stream as it was before its last draw (a
///   resumed run redraws from it, which rebuilds the same points and leaves the stream where
///   it was); an adaptive sampler also keeps `adaptive`: its current points (and normals),
///   their count, its candidate and choice streams and its update count, since adapted points
///   cannot be redrawn from a stream.
///
/// Numbers are JSON numbers in Swift's shortest round-trip form, which decode to the same
/// bits; non-finite values are the strings `inf`, `-inf` and `nan`.
struct TrainingCheckpoint<S: EngineScalar>: Codable {
  /// One sampler's saved stream.
  struct Sampler: Codable {
    var name: String
    var stream: UnitCubeSampler
    /// An adaptive sampler's points and streams; nil (and absent from the JSON) for the others.
    var adaptive: AdaptiveSampler<S>.Saved? = nil
  }

  var format = 1
  var identity: RunIdentity
  var step: Int
  var totalSteps: Int
  var finished: Bool
  var elapsedSeconds: Double
  var metricsBytes: Int
  var parameters: [S]
  var activeOptimizer: String
  var adam: AdamOptimizer<S>?
  var sgd: SGDOptimizer<S>?
  var lbfgs: LBFGSOptimizer<S>?
  var weighting: WeightingState
  var samplers: [Sampler]
  /// The aggregator's state; nil (and absent from the JSON) without an aggregator, so such
  /// checkpoints are unchanged.
  var aggregator: AggregatorState?
  /// The per-point rule's state; nil (and absent from the JSON) without a per-point rule.
  var pointWeighting: PointWeightingState?

  private static var floatStrategy: (String, String, String) { ("inf", "-inf", "nan") }

  /// The JSON payload.
  func encoded() throws -> [UInt8] {
    let encoder = JSONEncoder()
    let (positive, negative, nan) = Self.floatStrategy
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: positive, negativeInfinity: negative, nan: nan)
    return Array(try encoder.encode(self))
  }

  /// Decodes a payload written by ``encoded()``.
  static func decoded(_ payload: [UInt8]) throws -> TrainingCheckpoint {
    let decoder = JSONDecoder()
    let (positive, negative, nan) = floatStrategy
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: positive, negativeInfinity: negative, nan: nan)
    return try decoder.decode(TrainingCheckpoint.self, from: Data(payload))
  }
}
