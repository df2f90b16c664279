/// A resolved expression as a polynomial: a sum of coefficients times products of atoms.
///
/// Atoms are the leaves that are not numbers (inputs, parameters, network channels, Laplacians,
/// normal derivatives) and the subexpressions the form does not expand (a function of a
/// non-constant, a division by a non-constant, a non-integer power, `min`, `max`); structurally
/// equal atoms are the same atom. Sums and products of sums are expanded, integer powers up to
/// ``maximumPower`` multiplied out and constants folded, so `u - u`, `2*u_x - u_x*2` and
/// `(u + 1)*(u - 1) - u^2 + 1` all become the zero polynomial. A coefficient that cancels to
/// within 1e-12 of the parts it came from counts as zero.
package struct PolynomialForm: Hashable, Sendable {
  /// A product of atoms with their exponents (empty: the constant monomial 1).
  package typealias Monomial = [ResolvedExpression: Int]

  /// The largest integer power expanded.
  static let maximumPower = 6
  /// The most monomials a form may have; larger expansions give up.
  static let maximumMonomials = 512

  /// The nonzero coefficient of each monomial.
  package var terms: [Monomial: Double]

  /// The form of `expression`; nil when expanding it would exceed ``maximumMonomials``.
  package init?(_ expression: ResolvedExpression) {
    guard let form = Self.form(of: expression) else { return nil }
    self = form
  }

  private init(terms: [Monomial: Double]) { self.terms = terms }

  /// Whether the polynomial is zero.
  package var isZero: Bool { terms.isEmpty }

  /// The constant value, when the form has no atoms.
  package var constant: Double? {
    if terms.isEmpty { return 0 }
    guard terms.count == 1, let (monomial, coefficient) = terms.first, monomial.isEmpty
    else { return nil }
    return coefficient
  }

  /// The value at a point, when every atom reads only inputs.
  package func value(inputs: [Double]) -> Double? {
    var total = 0.0
    for (monomial, coefficient) in terms {
      var product = coefficient
      for (atom, power) in monomial {
        guard let value = atom.value(inputs: inputs) else { return nil }
        product *= ArithmeticOperator.power.apply(value, Double(power))
      }
      total += product
    }
    return total
  }

  private static func atom(_ expression: ResolvedExpression) -> PolynomialForm {
    PolynomialForm(terms: [[expression: 1]: 1])
  }

  private static func number(_ value: Double) -> PolynomialForm {
    PolynomialForm(terms: value == 0 ? [:] : [[:]: value])
  }

  private static func form(of expression: ResolvedExpression) -> PolynomialForm? {
    switch expression {
    case .number(let value):
      return number(value)
    case .input, .parameter, .network, .laplacian, .normalDerivative, .data, .evaluated:
      return atom(expression)
    case .negate(let operand):
      return form(of: operand).map { $0.scaled(by: -1) }
    case .function(let function, let operand):
      guard let inner = form(of: operand) else { return nil }
      if let value = inner.constant { return number(function.apply(value)) }
      return atom(expression)
    case .binary(let operation, let left, let right):
      guard let lhs = form(of: left), let rhs = form(of: right) else { return nil }
      if let a = lhs.constant, let b = rhs.constant { return number(operation.apply(a, b)) }
      switch operation {
      case .add: return lhs.adding(rhs)
      case .subtract: return lhs.adding(rhs.scaled(by: -1))
      case .multiply: return lhs.multiplied(by: rhs)
      case .divide:
        if let b = rhs.constant, b != 0 { return lhs.scaled(by: 1 / b) }
        return atom(expression)
      case .power:
        guard let exponent = rhs.constant, exponent == exponent.rounded(),
          (0...Double(maximumPower)).contains(exponent)
        else { return atom(expression) }
        var result = number(1)
        for _ in 0..<Int(exponent) {
          guard let next = result.multiplied(by: lhs) else { return nil }
          result = next
        }
        return result
      case .minimum, .maximum, .arcTangent:
        return atom(expression)
      }
    }
  }

  private func scaled(by factor: Double) -> PolynomialForm {
    factor == 0 ? Self.number(0) : PolynomialForm(terms: terms.mapValues { $0 * factor })
  }

  private func adding(_ other: PolynomialForm) -> PolynomialForm? {
    var result = terms
    for (monomial, coefficient) in other.terms {
      let existing = result[monomial] ?? 0
      let sum = existing + coefficient
      if abs(sum) <= 1e-12 * max(abs(existing), abs(coefficient)) {
        result[monomial] = nil
      } else {
        result[monomial] = sum
      }
    }
    return result.count > Self.maximumMonomials ? nil : PolynomialForm(terms: result)
  }

  private func multiplied(by other: PolynomialForm) -> PolynomialForm? {
    guard terms.count * other.terms.count <= Self.maximumMonomials * 4 else { return nil }
    var result = Self.number(0)
    for (left, a) in terms {
      for (right, b) in other.terms {
        let monomial = left.merging(right, uniquingKeysWith: +)
        guard let sum = result.adding(PolynomialForm(terms: [monomial: a * b])) else {
          return nil
        }
        result = sum
      }
    }
    return result
  }
}
