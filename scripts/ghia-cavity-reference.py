#!/usr/bin/env python3
"""Centreline velocities of the lid-driven cavity at Re = 100 from Ghia, Ghia and Shin (1982),
written as the reference file of specs/cavity.yaml.

Source: U. Ghia, K. N. Ghia and C. T. Shin, "High-Re solutions for incompressible flow using the
Navier-Stokes equations and a multigrid method", Journal of Computational Physics 48 (1982)
387-411, Table I (u along the vertical line through the geometric centre, x = 0.5) and Table II
(v along the horizontal line through the geometric centre, y = 0.5), the Re = 100 columns. Their
solution is a vorticity-stream function computation on a uniform 129 x 129 grid with the lid
moving at u = 1, all other walls at rest.

The numbers below are the published ones, coordinates as printed (4 decimals; they are grid
nodes k/128 rounded, e.g. 0.9766 = 125/128), velocities as printed (5 decimals). They were
checked against several independent transcriptions of the tables, which agree digit for digit.

The file has the columns x, y, u, v. A row of Table I gives u and leaves v empty; a row of
Table II gives v and leaves u empty (lossrun measures each output at the rows that have its
value). The centre (0.5, 0.5) appears once in each table, so twice here. The rows at the walls
(u = 1 on the lid, 0 elsewhere) are part of the tables and are kept.

    python3 scripts/ghia-cavity-reference.py --out specs/data/cavity-ghia-re100.csv
"""
import argparse
import sys

# Table I, Re = 100: (y, u) on x = 0.5, from the lid down.
U_ON_VERTICAL_CENTRELINE = [
    (1.0000, 1.00000),
    (0.9766, 0.84123),
    (0.9688, 0.78871),
    (0.9609, 0.73722),
    (0.9531, 0.68717),
    (0.8516, 0.23151),
    (0.7344, 0.00332),
    (0.6172, -0.13641),
    (0.5000, -0.20581),
    (0.4531, -0.21090),
    (0.2813, -0.15662),
    (0.1719, -0.10150),
    (0.1016, -0.06434),
    (0.0703, -0.04775),
    (0.0625, -0.04192),
    (0.0547, -0.03717),
    (0.0000, 0.00000),
]

# Table II, Re = 100: (x, v) on y = 0.5, from the right wall to the left.
V_ON_HORIZONTAL_CENTRELINE = [
    (1.0000, 0.00000),
    (0.9688, -0.05906),
    (0.9609, -0.07391),
    (0.9531, -0.08864),
    (0.9453, -0.10313),
    (0.9063, -0.16914),
    (0.8594, -0.22445),
    (0.8047, -0.24533),
    (0.5000, 0.05454),
    (0.2344, 0.17527),
    (0.2266, 0.17507),
    (0.1563, 0.16077),
    (0.0938, 0.12317),
    (0.0781, 0.10890),
    (0.0703, 0.10091),
    (0.0625, 0.09233),
    (0.0000, 0.00000),
]


def check_tables():
    """The published tables' shape: 17 rows each, the walls where they belong, the lid at 1."""
    for name, table in (("u", U_ON_VERTICAL_CENTRELINE), ("v", V_ON_HORIZONTAL_CENTRELINE)):
        if len(table) != 17:
            sys.exit(f"table of {name} has {len(table)} rows, not 17")
        coordinates = [c for c, _ in table]
        if coordinates != sorted(coordinates, reverse=True):
            sys.exit(f"table of {name}: coordinates are not in descending order")
        if (coordinates[0], coordinates[-1]) != (1.0, 0.0) or table[-1][1] != 0.0:
            sys.exit(f"table of {name}: the rows at the walls are missing")
        for coordinate, _ in table:
            if abs(coordinate * 128 - round(coordinate * 128)) > 0.0064:
                sys.exit(f"table of {name}: {coordinate} is not a node k/128 rounded")
    if U_ON_VERTICAL_CENTRELINE[0][1] != 1.0 or V_ON_HORIZONTAL_CENTRELINE[0][1] != 0.0:
        sys.exit("the lid row must have u = 1 and the right wall v = 0")


def rows():
    """The CSV lines: header, Table I rows (v empty), Table II rows (u empty)."""
    lines = ["x,y,u,v"]
    lines += [f"0.5,{y:.4f},{u:.5f}," for y, u in U_ON_VERTICAL_CENTRELINE]
    lines += [f"{x:.4f},0.5,,{v:.5f}" for x, v in V_ON_HORIZONTAL_CENTRELINE]
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="-", help="the CSV file to write (- for stdout)")
    arguments = parser.parse_args()
    check_tables()
    text = "\n".join(rows()) + "\n"
    if arguments.out == "-":
        sys.stdout.write(text)
    else:
        with open(arguments.out, "w", encoding="utf-8") as file:
            file.write(text)


if __name__ == "__main__":
    main()
