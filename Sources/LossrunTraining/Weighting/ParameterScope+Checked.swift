import LossrunCheck
import LossrunEngine

extension ParameterScope {
  /// The engine's scope of a checked spec's `params` setting.
  public init(_ subset: CheckedWeighting.ParameterSubset) {
    switch subset {
    case .all: self = .all
    case .weights: self = .weights
    }
  }
}
