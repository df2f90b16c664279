import LossrunCheck
import LossrunEngine

/// The spec's gradient aggregator, as a single concrete type the training loop can store.
package enum SelectedAggregator: Sendable {
  /// PCGrad.
  case pcgrad(PCGradAggregator)
  /// MGDA.
  case mgda(MGDAAggregator)
  /// CAGrad.
  case cagrad(CAGradAggregator)
  /// UPGrad.
  case upgrad(UPGradAggregator)
  /// DualProj.
  case dualproj(DualProjAggregator)
  /// ConFIG.
  case config(ConFIGAggregator)
  /// M-ConFIG.
  case mconfig(MomentumConFIGAggregator)
  /// IMTL-G.
  case imtlg(IMTLGAggregator)

  /// The aggregator of `checked` over `termCount` terms.
  package init(_ checked: CheckedAggregator, termCount: Int) {
    switch checked {
    case .pcgrad: self = .pcgrad(PCGradAggregator(termCount: termCount))
    case .mgda: self = .mgda(MGDAAggregator())
    case .cagrad(let c, let rescale):
      var aggregator = CAGradAggregator(c: c)
      aggregator.rescale = rescale
      self = .cagrad(aggregator)
    case .upgrad(let cone):
      var aggregator = UPGradAggregator()
      aggregator.projection = DualConeProjection(cone)
      self = .upgrad(aggregator)
    case .dualproj(let cone):
      var aggregator = DualProjAggregator()
      aggregator.projection = DualConeProjection(cone)
      self = .dualproj(aggregator)
    case .config(let cutoff):
      var aggregator = ConFIGAggregator()
      aggregator.relativeCutoff = cutoff
      self = .config(aggregator)
    case .mconfig(let settings):
      var aggregator = MomentumConFIGAggregator(termCount: termCount)
      aggregator.beta1 = settings.beta1
      aggregator.beta2 = settings.beta2
      aggregator.normalizesBySecondMoment = settings.normalizesBySecondMoment
      aggregator.config.relativeCutoff = settings.cutoff
      self = .mconfig(aggregator)
    case .imtlg(let cutoff):
      var aggregator = IMTLGAggregator()
      aggregator.relativeCutoff = cutoff
      self = .imtlg(aggregator)
    }
  }

  /// Whether the direction is a weighting of the step's gradients computed from their Gramian
  /// (every aggregator but M-ConFIG, which combines momenta of the raw rows).
  package var isGramianWeighting: Bool {
    if case .mconfig = self { return false }
    return true
  }

  /// The state before the first step.
  package func makeInitialState(parameterCount: Int, seed: UInt64) -> AggregatorState {
    switch self {
    case .pcgrad(let pcgrad):
      .pcgrad(pcgrad.makeInitialState(parameterCount: parameterCount, seed: seed))
    case .mconfig(let mconfig):
      .mconfig(mconfig.makeInitialState(parameterCount: parameterCount, seed: seed))
    case .mgda, .cagrad, .upgrad, .dualproj, .config, .imtlg: .stateless
    }
  }

  /// The coefficients c of d = Σ c_i g_i on `gramian`, advancing `state`; nil for M-ConFIG.
  ///
  /// - Precondition: `state` is this aggregator's kind of state.
  package func coefficients(gramian: Gramian, state: inout AggregatorState) -> [Double]? {
    switch self {
    case .pcgrad(let pcgrad):
      guard case .pcgrad(var generator) = state else { preconditionFailure("a foreign state") }
      let c = pcgrad.coefficients(gramian: gramian, state: &generator)
      state = .pcgrad(generator)
      return c
    case .mgda(let mgda): return mgda.coefficients(gramian: gramian)
    case .cagrad(let cagrad): return cagrad.coefficients(gramian: gramian)
    case .upgrad(let upgrad): return upgrad.coefficients(gramian: gramian)
    case .dualproj(let dualproj): return dualproj.coefficients(gramian: gramian)
    case .config(let config): return config.coefficients(gramian: gramian)
    case .imtlg(let imtlg): return imtlg.coefficients(gramian: gramian)
    case .mconfig: return nil
    }
  }

  /// M-ConFIG's step: writes its direction from the raw rows into `direction`.
  ///
  /// - Precondition: this is M-ConFIG and `state` its state.
  package func aggregateMomenta<S: EngineScalar>(
    _ gradients: TermGradients<S>, gramian: Gramian, state: inout AggregatorState,
    into direction: UnsafeMutableBufferPointer<S>
  ) {
    guard case .mconfig(let mconfig) = self, case .mconfig(var momenta) = state else {
      preconditionFailure("aggregateMomenta is M-ConFIG's")
    }
    state = .stateless
    _ = mconfig.aggregate(gradients, gramian: gramian, state: &momenta, into: direction)
    state = .mconfig(momenta)
  }
}

extension DualConeProjection {
  /// The projection with the checked `norm_eps` and `reg_eps`.
  init(_ cone: CheckedAggregator.DualCone) {
    self.init()
    normalizationEpsilon = cone.normalizationEpsilon
    regularization = cone.regularization
  }
}
