extension GraphBuilder {
  /// Compiles the graph into a plan computing in `S` (`Float` or `Double`).
  ///
  /// Parameters start at zero except the learnable scalars' initial values; initialize the
  /// network with ``Plan/initialize(_:seed:)`` or write ``Plan/parameters`` directly.
  public func compile<S: EngineScalar>(
    _ scalar: S.Type = S.self, options: PlanOptions = PlanOptions()
  ) throws(EngineError) -> Plan<S> {
    try Plan<S>(builder: self, options: options)
  }
}
