import LossrunDiagnostics

/// How to measure the trained network, with defaults applied.
package struct CheckedEvaluation: Hashable, Sendable {
  /// What the network is compared against.
  package enum Target: Hashable, Sendable {
    /// Exact solutions, one per evaluated output.
    case exact([ExactSolution])
    /// A reference CSV file with a column per input and per evaluated output.
    case reference(Reference)
  }

  /// An exact solution for one network output.
  package struct ExactSolution: Hashable, Sendable {
    /// The output's index in `CheckedNetwork.outputs`.
    package internal(set) var output: Int
    /// The solution; reads only inputs (evaluate with `ResolvedExpression.value(inputs:)`).
    package internal(set) var expression: ResolvedExpression
    /// Where the solution's expression was written.
    package internal(set) var range: SourceRange
  }

  /// A reference file named by the spec.
  package struct Reference: Hashable, Sendable {
    /// The path as written in the spec.
    package internal(set) var path: String
    /// The path to read: `path` itself when absolute, else `path` relative to the directory of
    /// the spec file (not the current directory).
    package internal(set) var resolvedPath: String
    /// Where the `reference:` value was written.
    package internal(set) var range: SourceRange
  }

  /// Where the `evaluate` entry was written.
  package internal(set) var range: SourceRange
  /// The comparison target.
  package internal(set) var target: Target
  /// Grid points per input (one entry per input, each at least 2), spanning each input's range;
  /// nil with a reference file means the file's points.
  package internal(set) var grid: [Int]?
  /// Evaluate every this many steps, and at the end; nil means only at the end.
  package internal(set) var every: Int?

  /// Creates a checked evaluation.
  init(range: SourceRange, target: Target, grid: [Int]?, every: Int?) {
    self.range = range
    self.target = target
    self.grid = grid
    self.every = every
  }

  /// The reference file, when the target is one.
  package var reference: Reference? {
    if case .reference(let reference) = target { return reference }
    return nil
  }
}
