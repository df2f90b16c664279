import ArgumentParser
import LossrunCheck

/// `lossrun schema`: prints the JSON Schema of the YAML spec format for editors.
struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema", abstract: "Print the JSON Schema of the YAML spec format.")

  func run() throws {
    Console.output(SpecSchema.json)
  }
}
