/// The YAML spec format: every mapping's keys, shapes, defaults and meanings.
///
/// This is the one source of truth: the front end checks keys against these tables (unknown
/// keys, missing keys, value types), and `YAMLSchema` generates the JSON Schema from them.
enum YAMLFormat {
  /// The top level of a spec.
  static let spec = YAMLTable(
    "spec", "A physics-informed neural network problem for lossrun.",
    [
      YAMLField("name", .string, default: "the file name", "The problem's name."),
      YAMLField(
        "inputs", .names(.list(.expression, count: 2)), required: true,
        "The inputs and their ranges `[lo, hi]` (numbers or constant expressions), in order."),
      YAMLField("time", .string, default: "an input named t", "The input that is time."),
      YAMLField("constants", .names(.expression), "Named constant expressions, such as `k: 4*pi`."),
      YAMLField(
        "define", .names(.expression),
        "Named expressions over inputs, constants and earlier definitions."),
      YAMLField(
        "parameters", .names(.either([.number, .table(parameter)])),
        "Scalar parameters (inverse problems): `nu: 0.05` or `nu: {init: 0.05, learn: true}`."),
      YAMLField("network", .table(network), required: true, "The network."),
      YAMLField(
        "domain", .names(.either([.expression, .table(shape)])), default: "the space inputs' box",
        "Named shapes (`hole: { disk: { center: [0.3, 0.3], radius: 0.1 } }`) and, under the key "
          + "`shape`, their combination (`plate - hole`: + union, - difference, * intersection)."),
      YAMLField("samplers", .names(.table(sampler)), required: true, "Named point samplers."),
      YAMLField("terms", .names(.table(term)), required: true, "Named loss terms."),
      YAMLField(
        "natural", .list(.expression, count: nil),
        "Boundary faces left free (a natural condition), such as `[\"x == 1\"]`: lint does not "
          + "ask for a condition term there."),
      YAMLField(
        "weighting", .either([.weightingRule, .table(weighting)]), default: "fixed weights",
        "The weighting rule and its settings, or only the rule's (or preset's) name."),
      YAMLField("training", .table(training), "Optimizer, learning rate, steps and seed."),
      YAMLField("evaluate", .table(evaluate), "How to evaluate the trained network."),
      YAMLField("output", .string, default: "runs/<name>", "The output directory."),
    ])

  /// A parameter in long form.
  static let parameter = YAMLTable(
    "parameter", "A scalar parameter.",
    [
      YAMLField("init", .number, required: true, "The initial value."),
      YAMLField("learn", .boolean, default: "true", "Whether training updates the parameter."),
    ])

  /// The network.
  static let network = YAMLTable(
    "network", "A multilayer perceptron from the inputs to the named outputs.",
    [
      YAMLField(
        "outputs", .list(.string, count: nil), required: true,
        "The output names, such as `[u]` or `[u, v, p]`."),
      YAMLField(
        "hidden", .list(.integer(minimum: 1), count: nil), required: true,
        "Hidden layer widths, such as `[50, 50, 50]`."),
      YAMLField(
        "activation", .keyword(NetworkDeclaration.Activation.self), default: "tanh",
        "The hidden layers' activation."),
      YAMLField(
        "init", .keyword(NetworkDeclaration.Initialization.self), default: "xavier_normal",
        "The weight initialisation."),
      YAMLField(
        "normalize", .keyword(NetworkDeclaration.InputNormalization.self), default: "none",
        "How inputs are scaled before the first layer."),
    ])

  /// A sampler: drawn from a region (`region`, `points: N`), listed (`points: [[...]]`) or
  /// read from a file (`file`).
  static let sampler = YAMLTable(
    "sampler",
    "A set of points: drawn from a region of the domain, listed, or read from a CSV file.",
    [
      YAMLField(
        "region", .keyword(SamplerDeclaration.Region.self),
        "The region: the interior, the boundary, or the initial slice (drawn points; required "
          + "unless `points` is a list or `file` is given)."),
      YAMLField(
        "where", .expression,
        "A predicate selecting part of the region, such as `x == 0 or y == 1`."),
      YAMLField(
        "of", .string, default: "the whole boundary",
        "The name of the domain shape whose boundary is sampled (boundary region only)."),
      YAMLField(
        "points",
        .either([.integer(minimum: 1), .list(.list(.number, count: nil), count: nil)]),
        "The number of points drawn from the region, or the points themselves: a list of "
          + "rows, one number per input (`[[0, 0]]`)."),
      YAMLField(
        "distribution", .keyword(SamplerDeclaration.Distribution.self), default: "uniform",
        "How points are laid out (drawn points)."),
      YAMLField(
        "resample", .integer(minimum: 0), default: "every step (random), never (grid)",
        "Redraw the points every this many steps; 0 means never (drawn points)."),
      YAMLField(
        "file", .string,
        "A CSV file of points (relative to the spec): a header naming the columns, a column "
          + "per input, the other columns data that residuals read as `data.NAME`."),
      YAMLField(
        "batch", .integer(minimum: 1), default: "every row",
        "Rows of the `file` drawn per step (a mini-batch, without replacement)."),
      YAMLField(
        "adapt",
        .either([.keyword(SamplerAdaptation.Method.self), .table(adaptation)]),
        default: "none",
        "Residual-based adaptive sampling: a method (rar, rad, r3), or a map with `method` and "
          + "its settings."),
    ])

  /// A sampler's adaptive sampling in long form.
  static let adaptation = YAMLTable(
    "adapt", "Residual-based adaptive sampling and its settings.",
    [
      YAMLField(
        "method", .keyword(SamplerAdaptation.Method.self), required: true,
        "The method: rar (add points), rad (redistribute), r3 (retain-resample-release)."),
      YAMLField("every", .setting, setting: true, "Adapt every this many steps."),
      YAMLField("pool", .setting, setting: true, "rar, rad: uniform candidate points per update."),
      YAMLField("add", .setting, setting: true, "rar: points added per update."),
      YAMLField("k", .setting, setting: true, "rad: the residual's exponent."),
      YAMLField("c", .setting, setting: true, "rad: the uniform share added to the density."),
    ])

  /// A shape of the domain: one key, the kind, with its arguments (or, for the kinds with one
  /// list argument, the list itself).
  static let shape = YAMLTable(
    "shape", "One shape of the domain: its kind and arguments.",
    ShapeDeclaration.Kind.allCases.map { kind in
      YAMLField(
        kind.rawValue, .either([.list(.setting, count: nil), .table(shapeArguments(kind))]),
        "A \(kind.rawValue): " + kind.argumentKeys.joined(separator: ", ") + ".")
    })

  /// The arguments of one kind of shape.
  static func shapeArguments(_ kind: ShapeDeclaration.Kind) -> YAMLTable {
    YAMLTable(
      kind.rawValue, "The arguments of a \(kind.rawValue).",
      kind.argumentKeys.map { key in
        YAMLField(key, .setting, required: true, "A number or a list of numbers.")
      })
  }

  /// A loss term.
  static let term = YAMLTable(
    "term", "A loss term: residuals on a sampler's points, reduced to one number.",
    [
      YAMLField("on", .string, required: true, "The sampler's name."),
      YAMLField(
        "residual", .either([.expression, .list(.expression, count: nil)]),
        "The residual expression, or a list of them for a system (required unless `periodic`)."),
      YAMLField(
        "periodic", .string,
        "An input: the term matches every output and its derivative along the input at the "
          + "input's two bounds, in place of `residual`."),
      YAMLField(
        "reduction", .keyword(TermDeclaration.Reduction.self), default: "mse",
        "How residuals are reduced: mean square or mean absolute."),
      YAMLField("weight", .number, default: "1", "The initial weight."),
    ])

  /// The weighting rule.
  static let weighting = YAMLTable(
    "weighting", "The weighting rule by name; every other key is one of the rule's settings.",
    acceptsOtherKeys: true,
    [YAMLField("rule", .weightingRule, required: true, "The rule's (or preset's) name.")])

  /// The training schedule.
  static let training = YAMLTable(
    "training", "Optimizer, learning rate and its schedule, steps, seed and precision.",
    [
      YAMLField(
        "optimizer", .keyword(TrainingDeclaration.Optimizer.self), default: "adam",
        "The optimizer."),
      YAMLField("lr", .number, default: "1e-3 for Adam", "The learning rate."),
      YAMLField("steps", .integer(minimum: 1), "The number of training steps."),
      YAMLField("seed", .integer(minimum: nil), default: "0", "The seed of every random choice."),
      YAMLField(
        "precision", .keyword(TrainingDeclaration.Precision.self), default: "float32",
        "The engine's floating-point precision."),
      YAMLField("log_every", .integer(minimum: 1), "Log a line every this many steps."),
      YAMLField(
        "checkpoint_every", .integer(minimum: 0), default: "1000",
        "Write a checkpoint every this many steps (0: only at the end)."),
      YAMLField(
        "schedule", .either([.keyword(TrainingDeclaration.Schedule.self), .table(schedule)]),
        default: "constant", "The learning-rate schedule: a kind, or a map with `kind`."),
      YAMLField("lbfgs_from", .integer(minimum: 0), "Switch to L-BFGS at this step."),
      YAMLField("beta1", .setting, setting: true, "Adam: first-moment decay."),
      YAMLField("beta2", .setting, setting: true, "Adam: second-moment decay."),
      YAMLField("eps", .setting, setting: true, "Adam: denominator epsilon."),
      YAMLField("weight_decay", .setting, setting: true, "Weight decay."),
      YAMLField("momentum", .setting, setting: true, "SGD: momentum."),
      YAMLField("nesterov", .setting, setting: true, "SGD: Nesterov momentum."),
      YAMLField("history", .setting, setting: true, "L-BFGS: history size."),
      YAMLField("max_iter", .setting, setting: true, "L-BFGS: iterations per step."),
      YAMLField("tolerance", .setting, setting: true, "L-BFGS: convergence tolerance."),
      YAMLField("line_search", .setting, setting: true, "L-BFGS: line search."),
    ])

  /// A learning-rate schedule in long form.
  static let schedule = YAMLTable(
    "schedule", "A learning-rate schedule and its settings.",
    [
      YAMLField(
        "kind", .keyword(TrainingDeclaration.Schedule.self), required: true, "The schedule."),
      YAMLField("rate", .setting, setting: true, "exponential: decay per `every` steps."),
      YAMLField("every", .setting, setting: true, "exponential, step: the period in steps."),
      YAMLField("factor", .setting, setting: true, "step: the factor per period."),
      YAMLField("min_lr", .setting, setting: true, "cosine: the final learning rate."),
      YAMLField("staircase", .setting, setting: true, "exponential: decay in steps."),
    ])

  /// The evaluation.
  static let evaluate = YAMLTable(
    "evaluate", "How the trained network is measured.",
    [
      YAMLField(
        "exact", .either([.expression, .names(.expression)]),
        "The exact solution: an expression, or a map from output to expression."),
      YAMLField("reference", .string, "A reference CSV file with a column per input and output."),
      YAMLField(
        "grid", .list(.integer(minimum: 1), count: nil), default: "101 per input",
        "Grid points per input."),
      YAMLField(
        "every", .integer(minimum: 1), default: "only at the end", "Evaluate every N steps."),
    ])
}
