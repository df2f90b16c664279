/// The output directory of one run, `runs/<name>/` by default, and the files in it.
///
/// A run writes only into its own directory (so sweeps can run many at once):
/// - `metrics.csv`: one row per logged step (``MetricsWriter``);
/// - `summary.json`: the run's outcome (``RunSummary``);
/// - `parameters.lrp`: the trained parameters (``ParameterFile``);
/// - `parameters.safetensors`: the same parameters for PyTorch, JAX and NumPy (`docs/export.md`);
/// - `spec.<ext>`: a copy of the spec as given;
/// - `evaluation.csv` and `report.html`, written last (``evaluationPath``, ``reportPath``).
public struct RunDirectory: Hashable, Sendable {
  /// The directory's path.
  public let path: String

  /// The directory `<root>/<name>` for a spec named `name`; the name is made a safe single path
  /// component (see ``safeComponent(_:)``).
  public init(root: String = "runs", specName: String) {
    let trimmedRoot = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    path = trimmedRoot + "/" + Self.safeComponent(specName)
  }

  /// A directory given explicitly (the `--out` override).
  public init(path: String) { self.path = path }

  /// Creates the directory and its parents if missing.
  public func create() throws(ReportError) { try FileSystem.makeDirectories(path) }

  /// The metrics file.
  public var metricsPath: String { path + "/metrics.csv" }
  /// The summary file.
  public var summaryPath: String { path + "/summary.json" }
  /// The trained-parameters file.
  public var parametersPath: String { path + "/parameters.lrp" }
  /// The trained parameters in the safetensors format.
  public var safetensorsPath: String { path + "/parameters.safetensors" }
  /// The copy of the spec, keeping its extension (`yaml` or `loss`).
  public func specCopyPath(extension ext: String) -> String { path + "/spec." + ext }

  /// Writes the copy of the spec atomically.
  public func writeSpecCopy(_ text: String, extension ext: String) throws(ReportError) {
    try AtomicFile.write(text, to: specCopyPath(extension: ext))
  }

  /// `name` with every character other than ASCII letters, digits, `-`, `_` and `.` replaced by
  /// `_`, a leading `.` replaced too (no hidden or `..` directories), and `run` for an empty name.
  public static func safeComponent(_ name: String) -> String {
    var result = String(
      name.unicodeScalars.map { scalar -> Character in
        let allowed =
          scalar.isASCII
          && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            || "-_.".unicodeScalars.contains(scalar))
        return allowed ? Character(scalar) : "_"
      })
    if result.hasPrefix(".") { result = "_" + result.dropFirst() }
    return result.isEmpty ? "run" : result
  }
}
