/// The version of lossrun, as recorded in every run's `summary.json` (`lossrun_version`).
public enum LossrunVersion {
  /// The version string, `major.minor.patch`.
  public static let current = "0.3.0"
}
