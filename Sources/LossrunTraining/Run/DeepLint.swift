import LossrunCheck
import LossrunDiagnostics
import LossrunEngine

/// `lossrun lint --deep`: lowers a checked spec, evaluates every term once on a small batch at
/// the initial parameters, and warns when, under fixed weights, the terms' losses or gradient
/// norms differ by more than ``ratioLimit`` (`term-scale`).
///
/// The batch has ``points`` points per sampler (fewer when the sampler has fewer), drawn from the
/// spec's seed, and is evaluated in float64 whatever the spec's precision, so the magnitudes are
/// the problem's and not float32's. A spec that cannot be lowered or sampled gives the
/// `training` error the run would stop with.
package enum DeepLint {
  /// Points per sampler of the batch.
  package static let points = 64
  /// The largest ratio of weighted term losses (or gradient norms) that passes.
  package static let ratioLimit = 1e6

  /// The initial magnitudes of one term.
  package struct TermScale: Hashable, Sendable {
    /// The term's weighted loss at the initial parameters.
    package var loss: Double
    /// The norm of its weighted gradient over all parameters.
    package var gradientNorm: Double
  }

  /// The diagnostics of the deep check of `spec`.
  package static func check(_ spec: CheckedSpec) -> [Diagnostic] {
    let scales: [TermScale]
    do {
      scales = try measure(spec)
    } catch let error as TrainingError {
      return [error.diagnostic(path: spec.path)]
    } catch {
      return [TrainingError("\(error)").diagnostic(path: spec.path)]
    }
    guard case .fixed = spec.weighting else { return [] }
    var diagnostics: [Diagnostic] = []
    for (quantity, values) in [
      ("losses", scales.map(\.loss)), ("gradient norms", scales.map(\.gradientNorm)),
    ] {
      let measured = values.indices.filter { values[$0].isFinite && values[$0] > 0 }
      guard let largest = measured.max(by: { values[$0] < values[$1] }),
        let smallest = measured.min(by: { values[$0] < values[$1] }),
        values[largest] > ratioLimit * values[smallest]
      else { continue }
      let big = spec.terms[largest]
      let small = spec.terms[smallest]
      diagnostics.append(
        .warning(
          .termScale,
          "at initialization the term \(quantity) differ by \(format(values[largest] / values[smallest])): "
            + "'\(big.name)' \(format(values[largest])) against '\(small.name)' "
            + "\(format(values[smallest])); with fixed weights '\(big.name)' decides every step. "
            + "Use a weighting rule (`weighting: annealing`) or nondimensionalize the equation",
          path: spec.path, at: big.range,
          notes: [Diagnostic.Note("the smallest term", at: small.range)]))
    }
    return diagnostics
  }

  /// Each term's weighted loss and gradient norm at the initial parameters.
  package static func measure(_ spec: CheckedSpec) throws -> [TermScale] {
    let small = spec.smallBatch(atMost: points)
    let problem = try LoweredProblem(spec: small, evaluation: nil)
    let loop = try TrainingLoop<Double>(problem: problem, threads: 1)
    try loop.samplers.refresh(step: 0, plan: loop.plan)
    loop.plan.computePerTermGradients()
    let statistics = GradientStatistics<Double>(
      layout: loop.plan.layout, request: .eachTerm(loop.plan.termCount))
    statistics.refresh(from: loop.plan)
    let losses = loop.plan.losses
    return spec.terms.indices.map { term in
      let weight = spec.terms[term].weight
      return TermScale(
        loss: weight * losses[term],
        gradientNorm: weight * statistics.summary(group: term, scope: .all).norm)
    }
  }

  /// A magnitude as messages show it (`3.2e+08`).
  static func format(_ value: Double) -> String {
    guard value.isFinite, value != 0 else { return "\(value)" }
    let exponent = Int(ElementaryFunction.log.apply(abs(value)) / ElementaryFunction.log.apply(10))
      .advanced(by: abs(value) < 1 ? -1 : 0)
    let mantissa = value / ArithmeticOperator.power.apply(10, Double(exponent))
    let rounded = (mantissa * 10).rounded() / 10
    return "\(rounded)e\(exponent >= 0 ? "+" : "")\(exponent)"
  }
}
