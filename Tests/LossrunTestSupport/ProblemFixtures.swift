import Foundation

/// Small well-posed problems that lint clean, for the problem lints' tests: each is the valid
/// twin of the bad specs made from it by replacing one line, and the training tests train each
/// for one step.
public enum ProblemFixtures {
  /// A heat equation on [0, 1] × [0, 1] in (x, t) with an initial condition and both walls
  /// (14 lines).
  public static let heat = """
    name: heat
    inputs: { x: [0, 1], t: [0, 1] }
    constants: { k: 2 }
    define: { f: "k*x" }
    network: { outputs: [u], hidden: [8], activation: tanh }
    samplers:
      inside: { region: interior, points: 16 }
      edge: { region: boundary, points: 16 }
      start: { region: initial, points: 16 }
    terms:
      pde: { on: inside, residual: "u_t - u_xx - f" }
      bc: { on: edge, residual: "u" }
      ic: { on: start, residual: "u - sin(pi*x)" }
    training: { steps: 10 }
    """

  /// A wave equation with its value and rate at t = 0 (14 lines).
  public static let wave = heat.replacingOccurrences(
    of: "u_t - u_xx - f", with: "u_tt - u_xx - f"
  ).replacingOccurrences(of: "\"u - sin(pi*x)\"", with: "[\"u - sin(pi*x)\", \"u_t\"]")

  /// A Poisson problem with three walls held and one face declared free by `natural:`.
  public static let natural = """
    name: natural
    inputs: { x: [0, 1], y: [0, 1] }
    network: { outputs: [u], hidden: [8], activation: tanh }
    samplers:
      inside: { region: interior, points: 16 }
      walls: { region: boundary, where: "x == 0 or y == 0 or y == 1", points: 16 }
    terms:
      pde: { on: inside, residual: "lap(u) + 1" }
      bc: { on: walls, residual: "u" }
    natural: ["x == 1"]
    training: { steps: 10 }
    """

  /// The `.loss` twin of ``natural``.
  public static let naturalText = """
    name natural
    input x in [0, 1]
    input y in [0, 1]
    net u = mlp(hidden: [8], activation: tanh)
    sample inside = interior(points: 16)
    sample walls = boundary(points: 16) where x == 0 or y == 0 or y == 1
    term pde on inside: lap(u) + 1
    term bc on walls: u
    natural x == 1
    train steps: 10
    """

  /// Steady Stokes flow in (u, v, p) with the walls held and the pressure pinned at the
  /// outlet (14 lines).
  public static let stokes = """
    name: stokes
    inputs: { x: [0, 1], y: [0, 1] }
    network: { outputs: [u, v, p], hidden: [8], activation: tanh }
    samplers:
      inside: { region: interior, points: 16 }
      walls: { region: boundary, points: 16 }
      outlet: { region: boundary, where: "x == 1", points: 16 }
    terms:
      momentum: { on: inside, residual: ["p_x - lap(u)", "p_y - lap(v)"] }
      continuity: { on: inside, residual: "u_x + v_y" }
      velocity: { on: walls, residual: ["u - y*(1 - y)", "v"] }
      pressure: { on: outlet, residual: "p" }
    training: { steps: 10 }
    """

  /// An inverse problem: a learnable diffusivity found from a data term (13 lines).
  public static let inverse = """
    name: inverse
    inputs: { x: [0, 1], t: [0, 1] }
    parameters: { kappa: { init: 0.5, learn: true } }
    define: { exact: "exp(-0.1*pi^2*t) * sin(pi*x)" }
    network: { outputs: [u], hidden: [8], activation: tanh }
    samplers:
      inside: { region: interior, points: 16 }
      sensors: { region: interior, points: 16, resample: 0 }
    terms:
      pde: { on: inside, residual: "u_t - kappa*u_xx" }
      data: { on: sensors, residual: "u - exact" }
    training: { steps: 10 }
    evaluate: { exact: exact, every: 5 }
    """

  /// Every valid twin, by name, with its file extension.
  public static let all: [(name: String, text: String, ext: String)] = [
    ("heat", heat, "yaml"), ("wave", wave, "yaml"), ("natural", natural, "yaml"),
    ("natural-text", naturalText, "loss"), ("stokes", stokes, "yaml"),
    ("inverse", inverse, "yaml"),
  ]
}
