import ArgumentParser
import Foundation
import LossrunReport

/// `lossrun`: train physics-informed neural networks from a declarative spec.
///
/// `lossrun --version` prints ``LossrunVersion/current``, the version every run records.
///
/// Exit statuses: 0 success; 1 the spec has errors (or warnings, with `lint --strict`), or a
/// file cannot be read, or training failed; 2 usage error; 130 training stopped by Ctrl-C.
struct LossrunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lossrun",
    abstract: "Train physics-informed neural networks from a declarative spec.",
    discussion: """
      Exit status: 0 success; 1 errors in a spec (or warnings with lint --strict) or an \
      unreadable file, or training failed; 2 usage error; 130 training stopped by Ctrl-C.
      """,
    version: LossrunVersion.current,
    subcommands: [
      RunCommand.self, LintCommand.self, SchemaCommand.self, ConvertCommand.self,
      BenchCommand.self, PredictCommand.self, ReportCommand.self, RulesCommand.self,
    ],
    defaultSubcommand: RunCommand.self)

  /// Exit status for a usage error.
  static let usageErrorStatus: Int32 = 2

  /// The exit status of a command that ended with `error`: lossrun's 2 for a usage error
  /// (ArgumentParser's own would be 64), else ArgumentParser's (0 for `--help`, the code of an
  /// `ExitCode`, 1 for other errors).
  static func exitStatus(for error: any Error) -> Int32 {
    let code = exitCode(for: error)
    return code == .validationFailure ? usageErrorStatus : code.rawValue
  }

  /// Parses the process arguments, runs the command, and exits with lossrun's statuses.
  static func runAsMain() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let status = exitStatus(for: error)
      if status == usageErrorStatus {
        Console.error(fullMessage(for: error))
        Foundation.exit(status)
      }
      exit(withError: error)
    }
  }
}
