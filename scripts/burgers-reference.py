#!/usr/bin/env python3
"""Reference solution of the viscous Burgers problem of specs/burgers.yaml, by the Cole-Hopf
transformation (as in Basdevant et al., Computers & Fluids 14, 1986).

u_t + u u_x = nu u_xx on x in [-1, 1], t in [0, 1], u(x, 0) = -sin(pi x), u(+-1, t) = 0,
nu = 0.01/pi. With f(y) = exp(-cos(pi y) / (2 pi nu)) and s = sqrt(4 nu t),

    u(x, t) = - Int sin(pi (x - s z)) f(x - s z) exp(-z^2) dz / Int f(x - s z) exp(-z^2) dz,

integrated here by the trapezoidal rule on z in [-Z, Z] (the integrands are smooth and decay
like exp(-z^2)), in log-space so that f's range of e^(+-50) cannot overflow. The script checks
itself: the solution must not change (to --tolerance) when the quadrature is refined, and it
writes the grid as CSV with the columns x, t, u (12 significant digits).

Check against the literature: the steepest slope, |u_x(0, t)|, is 152.00516 at t = 0.5105
(Basdevant et al., Table 1: 152.00516 at t = 1.6037/pi); this quadrature gives 152.005159 at
t = 0.5105 (central difference, h = 1e-6).

    python3 scripts/burgers-reference.py --out specs/data/burgers-reference.csv
"""
import argparse
import math
import sys

import numpy as np

NU = 0.01 / math.pi


def solve(x, t, nodes, half_width):
    """u on the grid x (n) by t (m), with `nodes` quadrature nodes on [-half_width, half_width]."""
    u = np.empty((len(t), len(x)))
    z = np.linspace(-half_width, half_width, nodes)
    for j, time in enumerate(t):
        if time == 0:
            u[j] = -np.sin(np.pi * x)
            continue
        y = x[:, None] - math.sqrt(4 * NU * time) * z[None, :]
        log_weight = -np.cos(np.pi * y) / (2 * np.pi * NU) - z[None, :] ** 2
        log_weight -= log_weight.max(axis=1, keepdims=True)
        weight = np.exp(log_weight)
        u[j] = -(np.sin(np.pi * y) * weight).sum(axis=1) / weight.sum(axis=1)
    return u


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="CSV file to write (x, t, u)")
    parser.add_argument("--nx", type=int, default=201, help="points in x, ends included")
    parser.add_argument("--nt", type=int, default=51, help="points in t, ends included")
    parser.add_argument("--nodes", type=int, default=4001, help="quadrature nodes")
    parser.add_argument("--tolerance", type=float, default=1e-10)
    args = parser.parse_args()
    x = np.linspace(-1, 1, args.nx)
    t = np.linspace(0, 1, args.nt)
    u = solve(x, t, args.nodes, 10.0)
    refined = solve(x, t, 2 * args.nodes - 1, 12.0)
    change = np.abs(u - refined).max()
    if not change <= args.tolerance:
        sys.exit(f"quadrature not converged: refining changes u by {change:.3e}")
    # The walls hold u = 0 only up to the quadrature (sin(pi x) at x = +-1 is ~1e-16).
    wall = max(np.abs(u[:, 0]).max(), np.abs(u[:, -1]).max())
    with open(args.out + ".tmp", "w") as file:
        file.write("x,t,u\n")
        for j, time in enumerate(t):
            for i, position in enumerate(x):
                file.write(f"{position:.12g},{time:.12g},{u[j, i]:.12g}\n")
    import os

    os.replace(args.out + ".tmp", args.out)
    print(
        f"wrote {args.out}: {args.nx} x {args.nt} points; refinement changes u by "
        f"{change:.1e}; |u| at the walls <= {wall:.1e}; max |u| {np.abs(u).max():.4f}"
    )


if __name__ == "__main__":
    main()
