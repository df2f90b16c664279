import LossrunCheck
import LossrunEngine

extension ParameterScope {
  /// The engine's scope of a checked spec's `params` setting.
  package init(_ subset: CheckedWeighting.ParameterSubset) {
    switch subset {
    case .all: self = .all
    case .weights: self = .weights
    }
  }
}
