#!/usr/bin/env python3
"""Compare two run directories (or two folders of run directories) for byte identity.

    scripts/compare-runs.py RUN_A RUN_B          # one pair of run directories
    scripts/compare-runs.py ROOT_A ROOT_B --all  # every run directory found under both roots

For each pair: parameters.lrp byte for byte, metrics.csv without its wall-clock column
(`elapsed`), and the final relative L2 error from summary.json. Exits 1 when any pair differs,
so it can guard a refactoring that must not change numerics (same spec, seed, thread count).
"""
import csv
import json
import os
import sys


def metrics_without_elapsed(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    drop = rows[0].index("elapsed") if rows and "elapsed" in rows[0] else None
    return [[c for i, c in enumerate(r) if i != drop] for r in rows]


def compare(a, b):
    same_parameters = open(os.path.join(a, "parameters.lrp"), "rb").read() == open(
        os.path.join(b, "parameters.lrp"), "rb").read()
    same_metrics = metrics_without_elapsed(os.path.join(a, "metrics.csv")) == metrics_without_elapsed(
        os.path.join(b, "metrics.csv"))
    l2 = [json.load(open(os.path.join(d, "summary.json"))).get("relative_l2") for d in (a, b)]
    print(f"{os.path.basename(a):24s} parameters {'same' if same_parameters else 'DIFFER'}  "
          f"metrics {'same' if same_metrics else 'DIFFER'}  relative L2 {l2[0]} / {l2[1]}")
    return same_parameters and same_metrics


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    a, b = args
    if "--all" in sys.argv:
        names = sorted(n for n in os.listdir(a)
                       if os.path.isfile(os.path.join(a, n, "parameters.lrp"))
                       and os.path.isfile(os.path.join(b, n, "parameters.lrp")))
        pairs = [(os.path.join(a, n), os.path.join(b, n)) for n in names]
    else:
        pairs = [(a, b)]
    results = [compare(x, y) for x, y in pairs]
    print(f"{sum(results)} of {len(results)} identical")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
