#!/usr/bin/env python3
"""Reference solution of the Allen-Cahn problem of issue 10, by a Fourier spectral method in x
and ETDRK4 in t (Kassam and Trefethen, SIAM J. Sci. Comput. 26, 2005).

u_t - 1e-4 u_xx + 5 u^3 - 5 u = 0 on x in [-1, 1], periodic, t in [0, 1], u(x, 0) = x^2 cos(pi x)
(the problem of Raissi et al. 2019 and of jaxpi's examples/allen_cahn).

In Fourier space (wavenumbers k = pi m, m = -N/2 .. N/2 - 1, on N equispaced points) the
equation is v_t = L v + N(v) with the diagonal linear part L = 5 - 1e-4 k^2 and the
nonlinear part N(v) = F(-5 u^3). ETDRK4 integrates L exactly and N to fourth order; its
coefficients (phi functions of h L) are evaluated by the mean over 32 points of a circle of
radius 1 around each h L in the complex plane, which avoids the cancellation of the closed
forms for small h L (Kassam and Trefethen, section 5). The cubic term is computed on the grid
without dealiasing: the modes are chosen so that the spectrum has decayed to rounding long
before the highest wavenumber (the script prints the largest coefficient among the top eighth
of the wavenumbers, relative to the largest, over the output times after t = 0).

The initial data are periodic but have a kink at x = +-1 (u_x jumps from -2 to 2), so their
grid values alias: started from them, the solution converges only like 1/N^2 (512 modes are
off by 9e-4 near x = +-1 at t = 0.01 and by 2e-4 after t = 0.1, relative L2 2e-5 over this
file's grid: still good enough to score a PINN at 1e-3). The script starts
from the exact Fourier coefficients of x^2 cos(pi x) truncated at N/2 instead; diffusion damps
the missing modes within the first output interval and convergence is spectral (the changes
printed below). The t = 0 row of the file holds x^2 cos(pi x) itself.

The script checks itself: it solves again with half the time step, and with twice the modes,
and compares the three solutions on the output grid; each change must be below --tolerance
(1e-9 by default, far under the 1e-3 a PINN's reference needs). It also checks what is known
of the exact solution: |u| <= 1 (a maximum principle: the initial data lie in [-1, 1]) and
u(-x, t) = u(x, t) (the equation and the initial data are even in x). With the defaults
(4096 modes, dt = 5e-4; about 10 s) halving dt changes u by 9.1e-12 and doubling the modes by
2.8e-12.

Known behaviour (Raissi, Perdikaris and Karniadakis, J. Comput. Phys. 378, 2019, the
discrete-time Allen-Cahn example, whose data jaxpi reuses: Chebfun, 512 Fourier modes, fourth-order
Runge-Kutta with dt = 1e-5, 201 time levels): the parts of the initial data below zero
(|x| > 1/2) and above it (|x| < 1/2) approach u = -1 and u = +1 (|u| > 0.97 on the plateaus at
t = 1), separated by fronts of width about sqrt(2e-4 / 5) ~ 0.006 near x = +-0.5 that barely
move once formed (metastability: the script prints their places at t = 0.5 and t = 1,
+-0.49960 and +-0.49927); at x = 0, where the initial data vanish with a minimum, u stays small
(0.0296 at t = 1), so the profile at t = 1 dips sharply to about 0 at the centre.

The CSV has the columns x, t, u (12 significant digits): --nt time levels on [0, 1] (ends
included) by --nx points in x on [-1, 1] (ends included; x = 1 repeats x = -1, which lets the
file be read as a closed grid). The grid in x is a subset of the spectral grid, so the values
are the computed ones, not interpolated.

    python3 scripts/allen-cahn-reference.py --out specs/data/allen-cahn-reference.csv
"""
import argparse
import os
import sys

import numpy as np

DIFFUSION = 1e-4
REACTION = 5.0


def etdrk4_coefficients(h, linear, contour_points=32):
    """E = e^(hL), E2 = e^(hL/2) and ETDRK4's Q, f1, f2, f3 for a diagonal operator L."""
    hl = h * linear
    roots = np.exp(1j * np.pi * (np.arange(1, contour_points + 1) - 0.5) / contour_points)
    lr = hl[:, None] + roots[None, :]
    exp_lr = np.exp(lr)
    q = h * np.real(np.mean((np.exp(lr / 2) - 1) / lr, axis=1))
    f1 = h * np.real(np.mean((-4 - lr + exp_lr * (4 - 3 * lr + lr**2)) / lr**3, axis=1))
    f2 = h * np.real(np.mean((2 + lr + exp_lr * (-2 + lr)) / lr**3, axis=1))
    f3 = h * np.real(np.mean((-4 - 3 * lr - lr**2 + exp_lr * (4 - lr)) / lr**3, axis=1))
    return np.exp(hl), np.exp(hl / 2), q, f1, f2, f3


def initial_value(x):
    """u(x, 0) = x^2 cos(pi x)."""
    return x**2 * np.cos(np.pi * x)


def initial_coefficients(modes):
    """The exact Fourier coefficients of u(x, 0), |m| < modes/2, in numpy's rfft scaling.

    With I(j) = int_{-1}^{1} x^2 cos(pi j x) dx = 4 (-1)^j / (pi j)^2 (and 2/3 for j = 0), the
    coefficient of e^(i pi m x) is c_m = (I(m + 1) + I(m - 1)) / 4; on the grid
    x_j = -1 + 2 j / modes that basis function is (-1)^m e^(2 pi i m j / modes), so numpy's
    rfft coefficient is modes (-1)^m c_m. The Nyquist mode is left out (a truncated series).
    """
    m = np.arange(modes // 2 + 1, dtype=float)

    def integral(j):
        safe = np.where(j == 0, 1.0, j)
        return np.where(j == 0, 2.0 / 3.0, 4.0 * (-1.0) ** j / (np.pi * safe) ** 2)

    c = (integral(m + 1) + integral(m - 1)) / 4
    v = modes * (-1.0) ** m * c
    v[-1] = 0
    return v.astype(complex)


def solve(modes, steps_per_level, levels):
    """u on the spectral grid x_j = -1 + 2 j / modes at `levels` equispaced times on [0, 1].

    Returns (x, u, tail): u has shape (levels, modes), tail is the largest |coefficient|
    (relative to the largest) among the top eighth of the wavenumbers over all output times.
    """
    x = -1 + 2 * np.arange(modes) / modes
    # rfft wavenumbers on a period of 2: k = pi m, m = 0 .. modes/2.
    k = np.pi * np.arange(modes // 2 + 1)
    linear = REACTION - DIFFUSION * k**2
    h = 1.0 / ((levels - 1) * steps_per_level)
    e, e2, q, f1, f2, f3 = etdrk4_coefficients(h, linear)

    def nonlinear(v):
        u = np.fft.irfft(v, n=modes)
        return np.fft.rfft(-REACTION * u**3)

    v = initial_coefficients(modes)
    u = np.empty((levels, modes))
    u[0] = initial_value(x)
    top = len(k) - len(k) // 8
    tail = 0.0
    for level in range(1, levels):
        for _ in range(steps_per_level):
            nv = nonlinear(v)
            a = e2 * v + q * nv
            na = nonlinear(a)
            b = e2 * v + q * na
            nb = nonlinear(b)
            c = e2 * a + q * (2 * nb - nv)
            nc = nonlinear(c)
            v = e * v + nv * f1 + 2 * (na + nb) * f2 + nc * f3
        u[level] = np.fft.irfft(v, n=modes)
        magnitude = np.abs(v)
        tail = max(tail, magnitude[top:].max() / magnitude.max())
    return x, u, tail


def on_output_grid(u, modes, nx):
    """The columns of u (on `modes` periodic points) at nx points of [-1, 1], ends included."""
    stride = modes // (nx - 1)
    columns = u[:, ::stride]
    return np.concatenate([columns, columns[:, :1]], axis=1)


def fronts(x, u):
    """The x where u changes sign between neighbouring grid points (linear interpolation)."""
    crossings = np.nonzero(np.sign(u[:-1]) * np.sign(u[1:]) < 0)[0]
    return [x[i] - u[i] * (x[i + 1] - x[i]) / (u[i + 1] - u[i]) for i in crossings]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="CSV file to write (x, t, u)")
    parser.add_argument("--nx", type=int, default=129, help="points in x, ends included")
    parser.add_argument("--nt", type=int, default=201, help="time levels, ends included")
    parser.add_argument("--modes", type=int, default=4096, help="Fourier modes (grid points)")
    parser.add_argument(
        "--substeps", type=int, default=10, help="ETDRK4 steps between two time levels"
    )
    parser.add_argument("--tolerance", type=float, default=1e-9)
    args = parser.parse_args()
    if args.nx < 2 or args.modes % (args.nx - 1) != 0:
        sys.exit(f"--nx - 1 ({args.nx - 1}) must divide --modes ({args.modes})")
    if args.nt < 2 or args.substeps < 1:
        sys.exit("--nt must be at least 2 and --substeps at least 1")

    x_fine, u_fine, tail = solve(args.modes, args.substeps, args.nt)
    u = on_output_grid(u_fine, args.modes, args.nx)
    _, u_half_step, _ = solve(args.modes, 2 * args.substeps, args.nt)
    _, u_double_modes, tail_double = solve(2 * args.modes, args.substeps, args.nt)
    dt_change = np.abs(u - on_output_grid(u_half_step, args.modes, args.nx)).max()
    modes_change = np.abs(u - on_output_grid(u_double_modes, 2 * args.modes, args.nx)).max()
    h = 1.0 / ((args.nt - 1) * args.substeps)
    print(
        f"{args.modes} modes, dt {h:.1e}: halving dt changes u by {dt_change:.1e}, "
        f"doubling the modes by {modes_change:.1e} (max over the output grid); "
        f"top-eighth spectrum / max: {tail:.1e} ({tail_double:.1e} with {2 * args.modes} modes)"
    )
    if not max(dt_change, modes_change) <= args.tolerance:
        sys.exit(f"not converged: a change exceeds --tolerance {args.tolerance:.1e}")

    bound = np.abs(u_fine).max()
    asymmetry = np.abs(u_fine[:, 1:] - u_fine[:, :0:-1]).max()
    if not bound <= 1 + args.tolerance:
        sys.exit(f"max |u| = {bound:.6f} exceeds 1: the maximum principle fails")
    if not asymmetry <= args.tolerance:
        sys.exit(f"u(-x) differs from u(x) by {asymmetry:.1e}")
    half = (args.nt - 1) // 2

    def front_list(level):
        return ", ".join(f"{position:+.5f}" for position in fronts(x_fine, u_fine[level]))

    print(
        f"max |u| {bound:.6f}; |u(-x) - u(x)| <= {asymmetry:.1e}; at t = 1: u(0) = "
        f"{u_fine[-1][args.modes // 2]:+.6f}, u(+-1) = {u_fine[-1][0]:+.6f}; fronts at "
        f"t = {half / (args.nt - 1):g}: {front_list(half)}; at t = 1: {front_list(-1)}"
    )

    t = np.linspace(0, 1, args.nt)
    x = np.linspace(-1, 1, args.nx)
    with open(args.out + ".tmp", "w") as file:
        file.write("x,t,u\n")
        for j, time in enumerate(t):
            for i, position in enumerate(x):
                file.write(f"{position:.12g},{time:.12g},{u[j, i]:.12g}\n")
    os.replace(args.out + ".tmp", args.out)
    print(f"wrote {args.out}: {args.nx} x {args.nt} points")


if __name__ == "__main__":
    main()
