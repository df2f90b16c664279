import LossrunDiagnostics

/// A documented diagnostic of the checker: its id, severity and why it exists.
package struct CheckRule: Hashable, Sendable {
  /// The stable id.
  package var id: DiagnosticID
  /// Error or warning.
  package var severity: Diagnostic.Severity
  /// Why the check exists, in one line.
  package var rationale: String

  /// Creates a rule description.
  package init(_ id: DiagnosticID, _ severity: Diagnostic.Severity, _ rationale: String) {
    self.id = id
    self.severity = severity
    self.rationale = rationale
  }

  /// Every error the checker reports, then every lint rule.
  package static let catalogue: [CheckRule] =
    [
      CheckRule(.undefinedName, .error, "a misspelt name would otherwise silently be zero"),
      CheckRule(.unknownFunction, .error, "only the listed functions have derivative rules"),
      CheckRule(.wrongArity, .error, "a call with the wrong arguments has no meaning"),
      CheckRule(
        .derivativeOfNonOutput, .error,
        "only network outputs are differentiated by the engine; closed forms are differentiated "
          + "by hand"),
      CheckRule(
        .derivativeWithRespectToNonInput, .error, "derivatives are taken along inputs only"),
      CheckRule(.derivativeOrder, .error, "the engine propagates derivatives up to order 4"),
      CheckRule(.misplacedGrad, .error, "a gradient is a vector; residuals are scalars"),
      CheckRule(
        .normalDerivativeOffBoundary, .error, "an outward normal exists only on the boundary"),
      CheckRule(.predicateAsNumber, .error, "truth values are not numbers"),
      CheckRule(.numberAsPredicate, .error, "a region is selected by a truth value"),
      CheckRule(.nonConstant, .error, "constants and bounds are evaluated once, before training"),
      CheckRule(
        .notInputOnly, .error,
        "predicates and exact solutions are evaluated without the network"),
      CheckRule(.nonFiniteValue, .error, "NaN or infinite constants poison every step"),
      CheckRule(.dependencyCycle, .error, "a definition that uses itself has no value"),
      CheckRule(
        .expressionTooLarge, .error, "checking and lowering must stay fast on any input"),
      CheckRule(.nameConflict, .error, "one name must mean one thing"),
      CheckRule(
        .invalidName, .error, "the spec name becomes a directory under runs/ and must stay there"),
      CheckRule(.inputCount, .error, "the geometry supports 1 to 3 space inputs plus time"),
      CheckRule(.emptyRange, .error, "an input range must have positive length"),
      CheckRule(.invalidValue, .error, "points, rates, steps and sizes have valid ranges"),
      CheckRule(.missingDeclaration, .error, "training needs a network and at least one term"),
      CheckRule(
        .emptyRegion, .error, "a predicate that selects nothing leaves the sampler without points"),
      CheckRule(
        .measureZeroSelection, .error,
        "a predicate that selects a set of no area or volume of its region (`t == 0` on the "
          + "boundary) leaves the sampler without points; decided by geometry, not by drawing"),
      CheckRule(
        .sparseSelection, .error,
        "a selection below 1/1000 of its region makes sampling give up at the first step"),
      CheckRule(.initialWithoutTime, .error, "an initial slice needs a time input"),
      CheckRule(.unknownSampler, .error, "a term needs points to be evaluated on"),
      CheckRule(
        .evaluationMismatch, .error,
        "the evaluation grid and target must fit the inputs and outputs"
      ),
      CheckRule(.unknownRule, .error, "the weighting rule must be one lossrun knows"),
      CheckRule(
        .ruleNotImplemented, .error,
        "a catalogued rule that training cannot run yet must not be silently replaced"),
      CheckRule(.unknownSetting, .error, "a misspelt setting would silently keep its default"),
      CheckRule(.settingType, .error, "a setting's value must have the setting's type"),
      CheckRule(.unknownTerm, .error, "a weighting rule can only refer to existing terms"),
      CheckRule(
        .referenceFile, .error, "a reference file found unusable after training wastes the run"),
    ]
    + LintRules.all.map { CheckRule($0.id, .warning, $0.rationale) }
}
