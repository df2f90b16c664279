import LossrunCheck
import LossrunReport

/// What a checkpoint must share with a run to be resumed by it: the spec as checked and the
/// effective settings that change its numbers (seed, precision, thread count).
///
/// The step count is left out on purpose: `--steps N --resume` extends a run. The spec is
/// identified by the SHA-256 of its source text (the text the checker read; a run started from
/// a checked spec without its text hashes the checked model's description instead).
struct RunIdentity: Hashable, Codable {
  /// SHA-256 of the spec text, 64 hexadecimal digits.
  var specSHA256: String
  /// The seed.
  var seed: Int
  /// `float32` or `float64`.
  var precision: String
  /// The engine's thread count.
  var threads: Int

  init(specSHA256: String, seed: Int, precision: String, threads: Int) {
    self.specSHA256 = specSHA256
    self.seed = seed
    self.precision = precision
    self.threads = threads
  }

  init(spec: CheckedSpec, specText: String?, threads: Int) {
    specSHA256 = SHA256.hexDigest((specText ?? String(describing: spec)).utf8)
    seed = spec.training.seed
    precision = spec.training.precision.rawValue
    self.threads = threads
  }

  /// The first difference from `other` (the identity of the checkpoint), as a sentence naming
  /// what differs, or nil when they agree.
  func mismatch(withCheckpoint other: RunIdentity) -> (message: String, key: String)? {
    if specSHA256 != other.specSHA256 {
      return ("it was written by a run of another spec (or of an edited version of this one)", "")
    }
    if seed != other.seed {
      return ("it was written with seed \(other.seed), this run uses seed \(seed)", "seed")
    }
    if precision != other.precision {
      return (
        "it was written with precision \(other.precision), this run uses \(precision)",
        "precision"
      )
    }
    if threads != other.threads {
      return (
        "it was written with \(other.threads) thread(s), this run uses \(threads) (results "
          + "are reproducible per thread count only)", ""
      )
    }
    return nil
  }
}
