#!/usr/bin/env python3
"""Reference solution of specs/poisson-holes (PINNacle's Poisson2d-C) by finite differences.

Laplace's equation on the square [-0.5, 0.5]^2 with four disks of radius 0.1 at (+-0.3, +-0.3)
removed; u = 1 on the square's edges and u = 0 on the four circles (PINNacle, Hao et al. 2023,
arXiv 2306.08827, problem Poisson2d-C; the same statement as the Poisson2D_Classic class of
its toolbox).

Five-point differences on the uniform grid of spacing h = 1/N, with the Shortley-Weller
treatment of the curved boundaries: where a node's neighbour lies in a hole, the arm is cut at
the circle (at distance theta*h, found exactly) and the second difference uses the unequal
arms, 2/(a+b) * ((u_E - u_P)/a - (u_P - u_W)/b), with u = 0 at the circle. The matrix is an
M-matrix; scipy's sparse direct solver solves it. The scheme is second order.

Grid convergence (printed by the script; N = 100, 200, 400, 800, 1600): on the nodes of the
0.01 lattice that all grids share, the largest change from N to 2N is 1.98e-4, 4.87e-5,
1.22e-5 and 3.09e-6 (ratios 4.07, 3.99, 3.96: second order), and the relative L2 change from
800 to 1600 is 2.2e-6. The file holds the N = 1600 solution improved by one Richardson step,
u_1600 + (u_1600 - u_800) / 3 (its error is about 1e-6 or less, four orders under PINNacle's best
PINN error, 1.23e-2). The five solves take about 6 minutes (mostly N = 1600).

The CSV has the columns x, y, u (12 significant digits) at the nodes of the 0.01 lattice in
the closed domain, nodes within 1e-9 of a circle left out (a rounding question, not a value
question).

    python3 scripts/poisson-holes-reference.py --out specs/data/poisson-holes-reference.csv
"""
import argparse
import sys

import numpy as np
import scipy.sparse as sparse
import scipy.sparse.linalg as sparse_linalg

HALF = 0.5
RADIUS = 0.1
CENTERS = [(0.3, 0.3), (-0.3, 0.3), (0.3, -0.3), (-0.3, -0.3)]
OUTER_VALUE = 1.0
HOLE_VALUE = 0.0


def in_hole(x, y):
    """Whether (x, y) lies in a closed disk."""
    return any((x - cx) ** 2 + (y - cy) ** 2 <= RADIUS**2 for cx, cy in CENTERS)


def arm_to_circle(x, y, dx, dy):
    """The fraction t in (0, 1] of the step (dx, dy) from (x, y) at which it meets a circle."""
    best = None
    for cx, cy in CENTERS:
        # |p + t d - c|^2 = r^2: a t^2 + b t + c = 0.
        px, py = x - cx, y - cy
        a = dx * dx + dy * dy
        b = 2 * (px * dx + py * dy)
        c = px * px + py * py - RADIUS**2
        disc = b * b - 4 * a * c
        if disc < 0:
            continue
        t = (-b - np.sqrt(disc)) / (2 * a)
        if 0 < t <= 1 + 1e-12 and (best is None or t < best):
            best = min(t, 1.0)
    if best is None:
        raise RuntimeError(f"no circle between ({x}, {y}) and its neighbour")
    return best


def solve(n):
    """u on the (n+1)^2 grid of spacing 1/n (NaN in the holes)."""
    h = 1.0 / n
    coordinate = lambda i: (i - n // 2) * h  # noqa: E731 (exact at the centre line)
    u = np.full((n + 1, n + 1), np.nan)
    unknown = -np.ones((n + 1, n + 1), dtype=np.int64)
    count = 0
    for i in range(n + 1):
        for j in range(n + 1):
            x, y = coordinate(i), coordinate(j)
            if in_hole(x, y):
                continue
            if i in (0, n) or j in (0, n):
                u[i, j] = OUTER_VALUE
                continue
            unknown[i, j] = count
            count += 1
    rows, columns, values = [], [], []
    rhs = np.zeros(count)
    for i in range(1, n):
        for j in range(1, n):
            k = unknown[i, j]
            if k < 0:
                continue
            x, y = coordinate(i), coordinate(j)
            diagonal = 0.0
            for axis in (0, 1):
                # The two arms along this axis: length (in units of h) and what is at the end.
                arms = []
                for sign in (1, -1):
                    ni, nj = (i + sign, j) if axis == 0 else (i, j + sign)
                    nx, ny = coordinate(ni), coordinate(nj)
                    if in_hole(nx, ny):
                        dx, dy = (sign * h, 0) if axis == 0 else (0, sign * h)
                        arms.append((arm_to_circle(x, y, dx, dy), None, HOLE_VALUE))
                    elif unknown[ni, nj] >= 0:
                        arms.append((1.0, unknown[ni, nj], None))
                    else:
                        arms.append((1.0, None, u[ni, nj]))
                (a, index_a, value_a), (b, index_b, value_b) = arms
                # -(2/(a+b)) * ((u_a - u_p)/a + (u_b - u_p)/b) / h^2, scaled by h^2.
                scale = 2.0 / (a + b)
                diagonal += scale * (1 / a + 1 / b)
                for length, index, value in ((a, index_a, value_a), (b, index_b, value_b)):
                    coefficient = -scale / length
                    if index is None:
                        rhs[k] -= coefficient * value
                    else:
                        rows.append(k)
                        columns.append(index)
                        values.append(coefficient)
            rows.append(k)
            columns.append(k)
            values.append(diagonal)
    matrix = sparse.csr_matrix((values, (rows, columns)), shape=(count, count))
    solution = sparse_linalg.spsolve(matrix.tocsc(), rhs)
    mask = unknown >= 0
    u[mask] = solution[unknown[mask]]
    return u


def on_lattice(u, n, lattice):
    """u at the nodes of the lattice of `lattice` + 1 points per axis (n a multiple of it)."""
    step = n // lattice
    return u[::step, ::step]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="CSV file to write (x, y, u)")
    parser.add_argument(
        "--grids", type=int, nargs="+", default=[100, 200, 400, 800, 1600],
        help="grid sizes N (multiples of 100, each twice the one before)")
    args = parser.parse_args()
    lattice = 100
    solutions = {}
    for n in args.grids:
        if n % lattice:
            sys.exit(f"N = {n} is not a multiple of {lattice}")
        solutions[n] = on_lattice(solve(n), n, lattice)
        print(f"N = {n}: solved", flush=True)
    changes = []
    for coarse, fine in zip(args.grids, args.grids[1:]):
        difference = solutions[fine] - solutions[coarse]
        largest = np.nanmax(np.abs(difference))
        relative = np.sqrt(np.nansum(difference**2) / np.nansum(solutions[fine] ** 2))
        changes.append(largest)
        print(f"N = {coarse} -> {fine}: max change {largest:.2e}, relative L2 change {relative:.2e}")
    for before, after in zip(changes, changes[1:]):
        print(f"ratio of successive changes: {before / after:.2f} (4 for second order)")
    finest, previous = args.grids[-1], args.grids[-2]
    reference = solutions[finest] + (solutions[finest] - solutions[previous]) / 3
    rows = []
    for i in range(lattice + 1):
        for j in range(lattice + 1):
            x, y = (i - lattice // 2) / lattice, (j - lattice // 2) / lattice
            distance = min(np.hypot(x - cx, y - cy) for cx, cy in CENTERS)
            if distance <= RADIUS + 1e-9 or not np.isfinite(reference[i, j]):
                continue
            rows.append(f"{x:.12g},{y:.12g},{reference[i, j]:.12g}")
    with open(args.out, "w") as file:
        file.write("x,y,u\n" + "\n".join(rows) + "\n")
    print(f"wrote {len(rows)} points to {args.out}")


if __name__ == "__main__":
    main()
