#!/usr/bin/env python3
"""Write specs/data/heat-inverse-observations.csv: noisy observations for specs/inverse-from-data.

The heat equation u_t = kappa u_xx on x in [0, 1], t in [0, 1] with kappa = 0.1 has the solution
u = exp(-kappa pi^2 t) sin(pi x). The file holds N points (x, t) drawn uniformly with a fixed
seed and u at each with Gaussian noise of standard deviation `noise` times the largest |u|
(1% by default), so the learned kappa can be compared with the true one.

    python3 scripts/make-inverse-data.py                # the committed file
    python3 scripts/make-inverse-data.py --noise 0.05 --out /tmp/obs.csv

Needs only the Python standard library.
"""

import argparse
import math
import os
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KAPPA = 0.1


def exact(x, t):
    return math.exp(-KAPPA * math.pi ** 2 * t) * math.sin(math.pi * x)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=int, default=500)
    parser.add_argument("--noise", type=float, default=0.01,
                        help="noise standard deviation relative to max |u| (default 0.01)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", default=str(ROOT / "specs" / "data" / "heat-inverse-observations.csv"))
    args = parser.parse_args()
    generator = random.Random(args.seed)
    rows = []
    for _ in range(args.points):
        x, t = generator.random(), generator.random()
        rows.append((x, t, exact(x, t) + generator.gauss(0, args.noise * 1.0)))
    lines = ["x,t,u"]
    lines += [f"{x:.9f},{t:.9f},{u:.9f}" for x, t, u in rows]
    out = Path(args.out)
    temporary = out.with_suffix(".tmp")
    temporary.write_text("\n".join(lines) + "\n")
    os.replace(temporary, out)
    print(f"{out}: {args.points} points, noise {args.noise}")


if __name__ == "__main__":
    main()
