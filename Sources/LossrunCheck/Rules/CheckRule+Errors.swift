import LossrunDiagnostics

extension CheckRule {
  /// Every error the checker reports, with an example and the fix.
  static let errors: [CheckRule] = [
    CheckRule(
      .undefinedName, .error, "a misspelt name would otherwise silently be zero",
      example: "residual: \"lap(u) - g\"   # no input, constant or definition g",
      fix: "declare the name, or use the suggested one (did-you-mean)"),
    CheckRule(
      .unknownFunction, .error, "only the listed functions have derivative rules",
      example: "residual: \"lap(u) - sinx(x)\"",
      fix: "use one of sin, cos, tan, exp, log, sqrt, abs, tanh, sinh, cosh (one argument) "
        + "or pow, min, max, atan2 (two)"),
    CheckRule(
      .wrongArity, .error, "a call with the wrong arguments has no meaning",
      example: "residual: \"lap(u) - pow(x)\"", fix: "give the function its arguments: pow(x, 2)"),
    CheckRule(
      .derivativeOfNonOutput, .error,
      "only network outputs are differentiated by the engine; closed forms are differentiated "
        + "by hand",
      example: "residual: \"d(f, x)\"   # f is a definition",
      fix: "differentiate the definition by hand, or differentiate an output"),
    CheckRule(
      .derivativeWithRespectToNonInput, .error, "derivatives are taken along inputs only",
      example: "residual: \"u_z\"   # no input z", fix: "differentiate along a declared input"),
    CheckRule(
      .derivativeOrder, .error, "the engine propagates derivatives up to order 4",
      example: "residual: \"u_xxyyx\"", fix: "rewrite the equation as a system of lower order"),
    CheckRule(
      .misplacedGrad, .error, "a gradient is a vector; residuals are scalars",
      example: "residual: \"grad(u)\"", fix: "use div(grad(u)) (or lap(u)), or single u_x, u_y"),
    CheckRule(
      .normalDerivativeOffBoundary, .error, "an outward normal exists only on the boundary",
      example: "pde: { on: inside, residual: \"dn(u)\" }   # inside is an interior sampler",
      fix: "put the term on a boundary sampler"),
    CheckRule(
      .predicateAsNumber, .error, "truth values are not numbers",
      example: "residual: \"u - (x < 1)\"", fix: "use a number, or move the test to a `where`"),
    CheckRule(
      .numberAsPredicate, .error, "a region is selected by a truth value",
      example: "where: \"x + 1\"", fix: "write a comparison: `x == 1`"),
    CheckRule(
      .nonConstant, .error, "constants and bounds are evaluated once, before training",
      example: "constants: { k: \"2*x\" }",
      fix: "use a definition (`define:`) for expressions of inputs"),
    CheckRule(
      .notInputOnly, .error, "predicates and exact solutions are evaluated without the network",
      example: "where: \"u == 0\"", fix: "select by inputs only: `x == 0`"),
    CheckRule(
      .nonFiniteValue, .error, "NaN or infinite constants poison every step",
      example: "constants: { k: \"log(0)\" }", fix: "give the constant a finite value"),
    CheckRule(
      .dependencyCycle, .error, "a definition that uses itself has no value",
      example: "define: { f: \"g\", g: \"f*x\" }", fix: "break the cycle"),
    CheckRule(
      .expressionTooLarge, .error, "checking and lowering must stay fast on any input",
      example: "a definition used 2^20 times once inlined",
      fix: "simplify the expression or split it into fewer uses"),
    CheckRule(
      .evaluationPoint, .error,
      "`u(x: a)` reads the network at an affine image of each point, in the same pass",
      example: "periodic: { on: walls, residual: \"u(x: x^2) - u\" }",
      fix: "give each named input an affine value of the inputs (`x: 1`, `x: -x`, `x: x + 2`)"),
    CheckRule(
      .nameConflict, .error, "one name must mean one thing",
      example: "constants: { k: 2, pi: 3 }", fix: "rename one of the declarations"),
    CheckRule(
      .invalidName, .error,
      "the spec name becomes a directory under runs/ and must stay there",
      example: "name: ../../tmp/x", fix: "use letters, digits, `-`, `_` and `.`"),
    CheckRule(
      .inputCount, .error, "the geometry supports 1 to 3 space inputs plus time",
      example: "inputs: { x: [0, 1], y: [0, 1], z: [0, 1], w: [0, 1] }",
      fix: "use at most three space inputs and one time input"),
    CheckRule(
      .emptyRange, .error, "an input range must have positive length",
      example: "inputs: { x: [1, 0] }", fix: "write the range as [lower, upper]"),
    CheckRule(
      .invalidValue, .error, "points, rates, steps and sizes have valid ranges",
      example: "training: { steps: 0 }", fix: "use a value inside the range the message gives"),
    CheckRule(
      .missingDeclaration, .error, "training needs a network and at least one term",
      example: "a spec without `terms:`", fix: "declare the network and at least one term"),
    CheckRule(
      .emptyRegion, .error,
      "a predicate or a domain shape (a difference, an intersection, an `of:` shape) that "
        + "selects nothing of its region leaves the sampler without points; a declared "
        + "domain's regions are probed with the domain's own geometry",
      example: "edge: { region: boundary, where: \"x == 2\", points: 16 }   # x in [0, 1]",
      fix: "select a part of the region that exists (`x == 1`), or a shape whose boundary "
        + "shows on the domain's boundary"),
    CheckRule(
      .measureZeroSelection, .error,
      "a predicate that selects a set of no area or volume of its region (`t == 0` on the "
        + "boundary) leaves the sampler without points; decided by geometry, not by drawing",
      example: "start: { region: boundary, where: \"t == 0\", points: 64 }",
      fix: "use the region that holds the set (`region: initial` for `t == 0`, `region: "
        + "boundary` for `x == 0`), as the fix-it says"),
    CheckRule(
      .sparseSelection, .error,
      "a selection below 1/1000 of its region makes sampling give up at the first step",
      example: "thin: { region: interior, where: \"x < 1e-5\", points: 64 }",
      fix: "widen the selection, or use a boundary sampler for a face"),
    CheckRule(
      .initialWithoutTime, .error, "an initial slice needs a time input",
      example: "inside: { region: initial, points: 16 }   # no time input",
      fix: "add a time input (`t: [0, 1]`) or use interior or boundary"),
    CheckRule(
      .unknownSampler, .error, "a term needs points to be evaluated on",
      example: "bc: { on: edgy, residual: \"u\" }", fix: "name a declared sampler"),
    CheckRule(
      .evaluationMismatch, .error, "the evaluation grid and target must fit the inputs and outputs",
      example: "evaluate: { exact: f, grid: [10, 10, 10] }   # two inputs",
      fix: "give one grid size per input and one exact solution per output"),
    CheckRule(
      .unknownRule, .error, "the weighting rule must be one lossrun knows",
      example: "weighting: { rule: magic }", fix: "use a catalogued rule or preset"),
    CheckRule(
      .ruleNotImplemented, .error,
      "a catalogued rule that training cannot run yet must not be silently replaced",
      example: "weighting: { rule: NAME }   # a catalogued rule training does not run yet",
      fix: "use an implemented rule (`lossrun rules` lists them)"),
    CheckRule(
      .ruleNeedsTimeInput, .error,
      "causal weighting orders a term's points by time, so the spec needs a time input",
      example: "inputs: { x: [0, 1], y: [0, 1] }   # and weighting: causal",
      fix: "declare the time input (`t: [0, 1]`, or `time: t`) or choose another rule"),
    CheckRule(
      .ruleNeedsFixedPoints, .error,
      "a per-point weight belongs to one point, so the weighted term's points must stay fixed",
      example: "interior: { region: interior, points: 256 }   # and weighting: rba",
      fix: "give the term's sampler `resample: 0`"),
    CheckRule(
      .invalidComposition, .error,
      "`combine` must name an aggregator that can combine a scaling rule's scaled gradients",
      example: "weighting: { rule: upgrad, combine: mgda }",
      fix: "write a scaling rule first (`rule: annealing, combine: upgrad`), its settings as "
        + "`combine_<key>`"),
    CheckRule(
      .invalidAdaptation, .error,
      "adaptive sampling moves or adds points by their residual: a grid would lose its "
        + "structure, `resample` would undo it, and a sampler no term uses has no residual",
      example: "interior: { region: interior, points: 256, distribution: grid, adapt: rad }",
      fix: "use a random or low-discrepancy distribution, remove `resample`, or put a term on "
        + "the sampler"),
    CheckRule(
      .unknownSetting, .error, "a misspelt setting would silently keep its default",
      example: "weighting: { rule: annealing, refrence: pde }", fix: "use the suggested key"),
    CheckRule(
      .settingType, .error, "a setting's value must have the setting's type",
      example: "weighting: { rule: annealing, ema: fast }",
      fix: "give a value of the setting's type"),
    CheckRule(
      .unknownTerm, .error, "a weighting rule can only refer to existing terms",
      example: "weighting: { rule: annealing, reference: pdf }", fix: "name a declared term"),
    CheckRule(
      .referenceFile, .error, "a reference file found unusable after training wastes the run",
      example: "evaluate: { reference: missing.csv }",
      fix: "point at a CSV with a column per input and per evaluated output"),
    CheckRule(
      .dataFile, .error,
      "a sampler's data file found unusable after training starts wastes the run; the "
        + "diagnostic quotes the bad cell of the file",
      example: "sensors: { file: sensors.csv }   # line 7: column 2 ('u') is not a number",
      fix: "give a CSV with a header, a column per input and a finite number in every cell"),
    CheckRule(
      .pointOutsideDomain, .error,
      "a listed or file point outside the inputs' box or the domain is not part of the problem",
      example: "gauge: { points: [[2, 0]] }   # x: [0, 1]",
      fix: "move the point inside, or widen the input's range"),
  ]
}
