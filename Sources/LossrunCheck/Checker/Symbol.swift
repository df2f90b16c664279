/// What a declared name refers to.
enum Symbol: Hashable, Sendable {
  case input(Int)
  case constant(Int)
  case definition(Int)
  case parameter(Int)
  case output(Int)

  /// The kind of declaration, for messages: "an input", "a constant", ...
  var kindDescription: String {
    switch self {
    case .input: "an input"
    case .constant: "a constant"
    case .definition: "a definition"
    case .parameter: "a parameter"
    case .output: "a network output"
    }
  }
}
