/// The scalar types parameters and optimizer state are stored in: `Float` and `Double`.
///
/// Generic code over this composition is `@inlinable` where it runs per step, so clients
/// specialise it for the concrete type they train in.
public typealias ParameterScalar = BinaryFloatingPoint & Codable & Sendable
