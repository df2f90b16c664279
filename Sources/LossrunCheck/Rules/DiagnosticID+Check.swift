import LossrunDiagnostics

/// Every id LossrunCheck emits, in one place: the checker's errors, then the lint warnings.
/// `CheckRule.catalogue` gives each its severity and rationale.
extension DiagnosticID {
  // MARK: Expressions

  /// A name that is not an input, constant, definition, parameter or network output.
  package static let undefinedName: DiagnosticID = "undefined-name"
  /// A call of a function the language does not have.
  package static let unknownFunction: DiagnosticID = "unknown-function"
  /// A function or operator called with the wrong number or kind of arguments.
  package static let wrongArity: DiagnosticID = "wrong-arity"
  /// A derivative of something that is not a network output.
  package static let derivativeOfNonOutput: DiagnosticID = "derivative-of-non-output"
  /// A derivative with respect to something that is not an input.
  package static let derivativeWithRespectToNonInput: DiagnosticID = "derivative-wrt-non-input"
  /// A derivative of total order above `MultiIndex.maximumTotalOrder`.
  package static let derivativeOrder: DiagnosticID = "derivative-order"
  /// `grad(...)` anywhere but as the argument of `div`.
  package static let misplacedGrad: DiagnosticID = "misplaced-grad"
  /// `dn(...)` in a term whose sampler is not on the boundary, or outside a term.
  package static let normalDerivativeOffBoundary: DiagnosticID = "dn-off-boundary"
  /// A comparison or logic operator where a number is needed.
  package static let predicateAsNumber: DiagnosticID = "predicate-as-number"
  /// A number where a predicate (truth value) is needed.
  package static let numberAsPredicate: DiagnosticID = "number-as-predicate"
  /// A constant (or input bound) that uses something that is not constant.
  package static let nonConstant: DiagnosticID = "non-constant"
  /// A predicate or exact solution that reads the network or a parameter.
  package static let notInputOnly: DiagnosticID = "not-input-only"
  /// A constant or bound that evaluates to NaN or infinity.
  package static let nonFiniteValue: DiagnosticID = "non-finite-value"
  /// Definitions or constants that depend on themselves.
  package static let dependencyCycle: DiagnosticID = "dependency-cycle"
  /// An expression that is too deeply nested or too large once definitions are inlined.
  package static let expressionTooLarge: DiagnosticID = "expression-too-large"
  /// `f(x: a)` with an unknown or repeated input, a value that is not affine in the inputs, or
  /// a callee that has no value at another point (a data column).
  package static let evaluationPoint: DiagnosticID = "evaluation-point"

  // MARK: Declarations

  /// The same name declared twice across inputs, constants, definitions, parameters and outputs,
  /// or a declaration shadowing a built-in name.
  package static let nameConflict: DiagnosticID = "name-conflict"
  /// Too many or too few inputs, or more than one time input.
  package static let inputCount: DiagnosticID = "input-count"
  /// An input range whose lower bound is not below its upper bound.
  package static let emptyRange: DiagnosticID = "empty-range"
  /// A spec name that is not a plain identifier (it names the run's directory).
  package static let invalidName: DiagnosticID = "invalid-name"
  /// A value outside its valid range (points ≤ 0, lr ≤ 0, fewer than 1 step, ...).
  package static let invalidValue: DiagnosticID = "invalid-value"
  /// A network without outputs or hidden layers, or a spec without network or terms.
  package static let missingDeclaration: DiagnosticID = "missing-declaration"
  /// A sampler predicate that selects no point of its region.
  package static let emptyRegion: DiagnosticID = "empty-region"
  /// A sampler predicate that selects only a set of measure zero of its region (`t == 0` on the
  /// boundary, `==` in the interior).
  package static let measureZeroSelection: DiagnosticID = "measure-zero-selection"
  /// A sampler predicate that selects so little of its region that sampling gives up.
  package static let sparseSelection: DiagnosticID = "sparse-selection"
  /// An `initial` region in a spec without a time input.
  package static let initialWithoutTime: DiagnosticID = "initial-without-time"
  /// A term on a sampler that does not exist.
  package static let unknownSampler: DiagnosticID = "unknown-sampler"
  /// An evaluation grid whose size does not match the inputs, or an evaluation target problem.
  package static let evaluationMismatch: DiagnosticID = "evaluation-mismatch"

  // MARK: Settings

  /// An unknown weighting rule or preset.
  package static let unknownRule: DiagnosticID = "unknown-rule"
  /// A known weighting rule that training does not implement yet.
  package static let ruleNotImplemented: DiagnosticID = "rule-not-implemented"
  /// A scaling rule and an aggregator or a per-point rule that do not compose (`combine`,
  /// `points`).
  package static let invalidComposition: DiagnosticID = "invalid-composition"
  /// A per-point rule that needs a time input (causal weighting) on a spec without one.
  package static let ruleNeedsTimeInput: DiagnosticID = "rule-needs-time-input"
  /// A per-point rule with per-point state (RBA, self-adaptive weights) on a resampled term.
  package static let ruleNeedsFixedPoints: DiagnosticID = "rule-needs-fixed-points"
  /// Adaptive sampling (`adapt`) on a sampler it cannot adapt: a grid, one with `resample`, one
  /// no term uses.
  package static let invalidAdaptation: DiagnosticID = "invalid-adaptation"
  /// A setting the rule, optimizer or schedule does not have.
  package static let unknownSetting: DiagnosticID = "unknown-setting"
  /// A setting value of the wrong type.
  package static let settingType: DiagnosticID = "setting-type"
  /// A weighting setting naming a term that does not exist.
  package static let unknownTerm: DiagnosticID = "unknown-term"
  /// A reference file that cannot be read or lacks the columns or numbers the spec needs.
  package static let referenceFile: DiagnosticID = "reference-file"
  /// A file sampler's CSV cannot be used: missing, no input column, a bad cell, too few rows.
  package static let dataFile: DiagnosticID = "data-file"
  /// A listed or file point lies outside the inputs' box or the domain.
  package static let pointOutsideDomain: DiagnosticID = "point-outside-domain"

  // MARK: Lint warnings

  /// A spec whose estimated memory exceeds the machine's.
  package static let memoryEstimate: DiagnosticID = "memory-estimate"
  /// A term with weight 0, which costs a pass and contributes nothing.
  package static let zeroWeight: DiagnosticID = "zero-weight"
  /// A residual that does not depend on anything trainable.
  package static let residualWithoutGradient: DiagnosticID = "residual-without-gradient"
  /// L-BFGS in Float32, whose curvature pairs and line search lose accuracy.
  package static let float32LBFGS: DiagnosticID = "float32-lbfgs"
  /// A sampler no term uses.
  package static let unusedSampler: DiagnosticID = "unused-sampler"
  /// A constant nothing uses.
  package static let unusedConstant: DiagnosticID = "unused-constant"
  /// A definition nothing uses.
  package static let unusedDefinition: DiagnosticID = "unused-definition"
  /// A parameter nothing uses.
  package static let unusedParameter: DiagnosticID = "unused-parameter"
  /// A learnable parameter no term's gradient reaches.
  package static let untrainedParameter: DiagnosticID = "untrained-parameter"
  /// An output whose equations take an n-th time derivative with fewer than n initial conditions.
  package static let missingInitialCondition: DiagnosticID = "missing-initial-condition"
  /// A face of the space box without a condition for an output that needs one there.
  package static let uncoveredBoundary: DiagnosticID = "uncovered-boundary"
  /// An output seen only through its gradient with nothing fixing its level.
  package static let missingGauge: DiagnosticID = "missing-gauge"
  /// An Adam or SGD learning rate outside [1e-6, 1].
  package static let learningRateRange: DiagnosticID = "learning-rate-range"
  /// A schedule that decays the learning rate below 1e-8 well before the last step.
  package static let learningRateDecay: DiagnosticID = "learning-rate-decay"
  /// An evaluation interval longer than the run.
  package static let evaluationInterval: DiagnosticID = "evaluation-interval"
  /// A learnable parameter with no data term to determine it.
  package static let unobservedParameter: DiagnosticID = "unobserved-parameter"
  /// A residual that simplifies to zero for every network.
  package static let identicallyZeroResidual: DiagnosticID = "identically-zero-residual"
  /// Two Dirichlet conditions on the same part of the boundary with different values.
  package static let conflictingConditions: DiagnosticID = "conflicting-conditions"
  /// Term losses or gradient norms at initialization more than 1e6 apart (`lint --deep`).
  package static let termScale: DiagnosticID = "term-scale"
  /// A derivative the activation makes identically zero.
  package static let vanishingDerivative: DiagnosticID = "vanishing-derivative"
}
