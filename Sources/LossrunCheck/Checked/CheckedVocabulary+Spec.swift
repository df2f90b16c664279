import LossrunSpec

// The checked model's vocabularies from the spec model's keywords.
//
// The spec model's keyword enums are syntax: spellings, aliases, the vocabulary name of their
// error messages. The checked enums are what the words mean, and what lowering and training
// read, so neither needs the spec model. Each mapping is an exhaustive switch: a keyword added
// to the spec model does not compile until it is given a meaning here.

extension CheckedSampler.Region {
  /// The region the keyword names.
  init(_ region: SamplerDeclaration.Region) {
    switch region {
    case .interior: self = .interior
    case .boundary: self = .boundary
    case .initial: self = .initial
    }
  }
}

extension CheckedSampler.Distribution {
  /// The distribution the keyword names.
  init(_ distribution: SamplerDeclaration.Distribution) {
    switch distribution {
    case .uniform: self = .uniform
    case .grid: self = .grid
    case .latinHypercube: self = .latinHypercube
    case .sobol: self = .sobol
    case .halton: self = .halton
    }
  }
}

extension CheckedTerm.Reduction {
  /// The reduction the keyword names.
  init(_ reduction: TermDeclaration.Reduction) {
    switch reduction {
    case .meanSquare: self = .meanSquare
    case .meanAbsolute: self = .meanAbsolute
    }
  }
}

extension CheckedTraining.Precision {
  /// The precision the keyword names.
  init(_ precision: TrainingDeclaration.Precision) {
    switch precision {
    case .float32: self = .float32
    case .float64: self = .float64
    }
  }
}

extension CheckedNetwork.Activation {
  /// The activation the keyword names.
  init(_ activation: NetworkDeclaration.Activation) {
    switch activation {
    case .tanh: self = .tanh
    case .sin: self = .sin
    case .sigmoid: self = .sigmoid
    case .softplus: self = .softplus
    case .silu: self = .silu
    case .gelu: self = .gelu
    case .relu: self = .relu
    }
  }
}

extension CheckedNetwork.Initialization {
  /// The initialization the keyword names.
  init(_ initialization: NetworkDeclaration.Initialization) {
    switch initialization {
    case .xavierNormal: self = .xavierNormal
    case .xavierUniform: self = .xavierUniform
    }
  }
}

extension CheckedNetwork.InputNormalization {
  /// The normalization the keyword names.
  init(_ normalization: NetworkDeclaration.InputNormalization) {
    switch normalization {
    case .none: self = .none
    case .box: self = .box
    case .standardize: self = .standardize
    }
  }
}
