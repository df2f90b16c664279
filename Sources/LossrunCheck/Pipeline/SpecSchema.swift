import LossrunSpec

/// The JSON Schema of the YAML spec format, with the weighting rule and preset names of
/// `WeightingCatalogue` enumerated (what `lossrun schema` prints).
///
/// The key tables live in the front end (`YAMLSchema`), the rule names in this module's
/// catalogue; this is the first place both are visible, so the pipeline stays one-way.
public enum SpecSchema {
  /// The schema as pretty-printed JSON text, ending with a newline.
  public static var json: String {
    YAMLSchema.json(weightingRules: WeightingCatalogue.ruleAndPresetNames)
  }
}
