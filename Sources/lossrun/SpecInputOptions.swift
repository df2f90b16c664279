import ArgumentParser
import LossrunSpec

/// How a command reads its spec files: `--format-in` (shared by `run`, `bench`, `lint` and
/// `convert`).
struct SpecInputOptions: ParsableArguments {
  @Option(
    name: .customLong("format-in"),
    help: "Read the spec as yaml or text (default: by the file's extension).")
  var formatIn: SpecFormatArgument?

  /// The format named on the command line, or nil to go by each file's extension.
  var format: SpecFormat? { formatIn?.format }
}
