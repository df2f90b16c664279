/// The words that start `.loss` statements, and the spec section each one fills.
enum TextKeyword: String, CaseIterable {
  case name, input, time, const, `let`, param, net, shape, domain, sample, term, natural,
    weighting, train, evaluate
  case output

  /// The YAML section the statement corresponds to (also its comment anchor).
  var section: String {
    switch self {
    case .name: "name"
    case .input: "inputs"
    case .time: "time"
    case .const: "constants"
    case .let: "define"
    case .param: "parameters"
    case .net: "network"
    case .shape, .domain: "domain"
    case .sample: "samplers"
    case .term: "terms"
    case .natural: "natural"
    case .weighting: "weighting"
    case .train: "training"
    case .evaluate: "evaluate"
    case .output: "output"
    }
  }

  /// Every keyword, for messages.
  static var listing: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
