/// The work buffers of L-BFGS: not part of its saved state.
struct LBFGSWorkspace<Scalar: ParameterScalar>: Sendable {
  var start: [Scalar] = []
  var gradient: [Scalar] = []
  var trialGradient: [Scalar] = []
  var direction: [Scalar] = []
  var alphas: [Double] = []
}
