/// Six scalars (σ^(0) ... σ^(5)) without heap allocation.
struct DerivativeValues<S: EngineScalar> {
  private var storage: (S, S, S, S, S, S) = (0, 0, 0, 0, 0, 0)

  subscript(index: Int) -> S {
    get {
      switch index {
      case 0: return storage.0
      case 1: return storage.1
      case 2: return storage.2
      case 3: return storage.3
      case 4: return storage.4
      default: return storage.5
      }
    }
    set {
      switch index {
      case 0: storage.0 = newValue
      case 1: storage.1 = newValue
      case 2: storage.2 = newValue
      case 3: storage.3 = newValue
      case 4: storage.4 = newValue
      default: storage.5 = newValue
      }
    }
  }
}
