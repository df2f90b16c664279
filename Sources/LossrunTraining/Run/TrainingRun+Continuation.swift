import Foundation
import LossrunCheck
import LossrunEngine
import LossrunReport

extension TrainingRun {
  /// The fields of a checkpoint read before the rest, to refuse a foreign one clearly.
  private struct CheckpointHeader: Decodable {
    var format: Int
    var identity: RunIdentity
    var step: Int
  }

  /// Readies `directory` for a new run.
  ///
  /// A directory holding a run (``RunDirectory/runMarkers``: `metrics.csv`, `summary.json`,
  /// `checkpoint.*`, `parameters.*`) is refused unless `force`, which deletes that run's files
  /// (``RunDirectory/isRunFile(_:)``) and nothing else; `force` on a directory that holds other
  /// files but no run is refused too, so it never empties an arbitrary directory.
  static func prepareNewRun(in directory: RunDirectory, force: Bool) throws {
    let markers = directory.runMarkers
    if !markers.isEmpty && !force {
      throw TrainingError(
        "the output directory '\(directory.path)' already holds a run ("
          + markers.joined(separator: ", ") + "); pass --resume to continue it, --force to "
          + "replace it, or --out DIR to write a new run elsewhere")
    }
    guard force else { return }
    let others = directory.entries.filter { !RunDirectory.isRunFile($0) }
    if markers.isEmpty && !others.isEmpty {
      throw TrainingError(
        "--force replaces a run, but '\(directory.path)' holds no run and other files ("
          + others.prefix(3).joined(separator: ", ") + (others.count > 3 ? ", ..." : "")
          + "); choose another --out")
    }
    do throws(ReportError) { try directory.removeRunFiles() } catch {
      throw TrainingError("cannot replace the earlier run: \(error)")
    }
  }

  /// The checkpoint in `directory` that a run of `spec` with `identity` continues, after
  /// checking that it is intact, that it was written by such a run, and that it is not past
  /// the steps asked for. A checkpoint at the last step resumes too: the run takes no step and
  /// writes its outputs again (what a run killed while writing them needs).
  static func loadCheckpoint<S: EngineScalar>(
    _: S.Type, in directory: RunDirectory, spec: CheckedSpec, identity: RunIdentity
  ) throws -> TrainingCheckpoint<S> {
    let path = directory.checkpointPath
    let trainingRange = spec.training.ranges["training"]
    guard directory.hasCheckpoint else {
      throw TrainingError(
        "cannot resume: '\(directory.path)' holds no checkpoint (checkpoint.lrc); run without "
          + "--resume to start a new run")
    }
    let payload: [UInt8]
    do throws(CheckpointFile.ReadError) { payload = try CheckpointFile.read(from: path) } catch {
      throw TrainingError("cannot resume from \(path): \(error)")
    }
    let header: CheckpointHeader
    do {
      header = try JSONDecoder().decode(CheckpointHeader.self, from: Data(payload))
    } catch {
      throw TrainingError("cannot resume from \(path): its contents are not a lossrun checkpoint")
    }
    guard header.format == 1 else {
      throw TrainingError(
        "cannot resume from \(path): it has format \(header.format), this lossrun reads 1")
    }
    if let (message, key) = identity.mismatch(withCheckpoint: header.identity) {
      throw TrainingError(
        "cannot resume from \(path): \(message)", at: spec.training.ranges[key] ?? trainingRange)
    }
    let steps = spec.training.steps
    if header.step > steps {
      throw TrainingError(
        "cannot resume: the run already took \(header.step) steps, more than the \(steps) "
          + "asked for; give --steps N with N of at least \(header.step)",
        at: spec.training.ranges["steps"] ?? trainingRange)
    }
    do { return try TrainingCheckpoint<S>.decoded(payload) } catch {
      throw TrainingError("cannot resume from \(path): its contents are not a lossrun checkpoint")
    }
  }

  /// Saves the loop's state after `completed` steps: the metrics so far are synced first, so
  /// the length the checkpoint records is on disk before the checkpoint is.
  static func saveCheckpoint<S: EngineScalar>(
    _ loop: TrainingLoop<S>, recorder: RunRecorder, identity: RunIdentity, completed: Int,
    elapsedSeconds: Double
  ) throws {
    let bytes = try recorder.syncMetrics()
    let payload: [UInt8]
    do {
      payload = try loop.checkpoint(
        step: completed, elapsedSeconds: elapsedSeconds, metricsBytes: bytes, identity: identity
      ).encoded()
    } catch {
      throw TrainingError("cannot encode the checkpoint: \(error)")
    }
    try recorder.writeCheckpoint(payload)
  }
}
