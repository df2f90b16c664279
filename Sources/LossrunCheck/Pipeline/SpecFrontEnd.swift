import LossrunDiagnostics
import LossrunSpec

/// The whole front of the pipeline for one file: read, parse, check, lint. `lossrun lint`,
/// `run` and `bench` all start here.
///
/// When the front end reports errors (YAML syntax, unknown or missing keys, wrong types, ...)
/// the checker does not run: the partial spec would produce follow-on errors (an "unknown
/// sampler" for a sampler the front end had to drop) that are not the user's mistakes.
public enum SpecFrontEnd {
  /// What loading one file produced.
  public struct Report: Sendable {
    /// The path as given.
    public var path: String
    /// The file's text, for rendering; nil when it could not be read.
    public var source: SourceFile?
    /// Every diagnostic, ordered by position.
    public var diagnostics: [Diagnostic]
    /// The spec as read, with its source ranges, when the front end could build one; later
    /// stages use it to locate their own diagnostics.
    public var spec: Spec?
    /// The checked spec, when there were no errors.
    public var checked: CheckedSpec?
    /// The data files the spec's samplers read, for quoting diagnostics located in them.
    public var dataSources: [SourceFile] = []

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    /// Whether any diagnostic is a warning.
    public var hasWarnings: Bool { diagnostics.contains { $0.severity == .warning } }
  }

  /// Reads, checks and lints the spec file at `path`, in `format` (nil: chosen by the extension,
  /// `.loss` for text, anything else YAML).
  ///
  /// `machineMemory` is the memory the memory-estimate lint compares with (nil: this machine's).
  public static func load(
    path: String, format: SpecFormat? = nil, machineMemory: UInt64? = nil
  ) -> Report {
    finish(
      SpecLoader.read(path: path, format: format), path: path, machineMemory: machineMemory)
  }

  /// Checks and lints spec text as if read from `path`, in `format` (nil: chosen by the extension).
  public static func load(
    text: String, path: String, format: SpecFormat? = nil, machineMemory: UInt64? = nil
  ) -> Report {
    finish(
      SpecLoader.parse(text: text, path: path, format: format), path: path,
      machineMemory: machineMemory)
  }

  private static func finish(_ read: SpecReadResult, path: String, machineMemory: UInt64?)
    -> Report
  {
    let machineMemory = machineMemory ?? LintContext.physicalMemory
    var collector = DiagnosticCollector(path: path)
    collector.append(contentsOf: read.diagnostics)
    var checked: CheckedSpec?
    var dataSources: [SourceFile] = []
    if !read.hasErrors, let spec = read.spec {
      let result = SpecChecker.check(spec, machineMemory: machineMemory)
      collector.append(contentsOf: result.diagnostics)
      checked = result.checked
      dataSources = result.dataSources
    }
    return Report(
      path: path, source: read.source, diagnostics: collector.sorted, spec: read.spec,
      checked: checked, dataSources: dataSources)
  }
}
