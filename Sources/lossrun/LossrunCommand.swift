import ArgumentParser
import Foundation

/// `lossrun`: train physics-informed neural networks from a declarative spec.
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
    subcommands: [
      RunCommand.self, LintCommand.self, SchemaCommand.self, ConvertCommand.self,
      BenchCommand.self,
    ],
    defaultSubcommand: RunCommand.self)

  /// Exit status for a usage error.
  static let usageErrorStatus: Int32 = 2

  /// Parses the process arguments, runs the command, and exits with lossrun's statuses.
  static func runAsMain() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        Console.error(fullMessage(for: error))
        Foundation.exit(usageErrorStatus)
      }
      exit(withError: error)
    }
  }
}
