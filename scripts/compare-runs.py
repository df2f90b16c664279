#!/usr/bin/env python3
"""Compare two run directories (or two folders of run directories) for byte identity.

    scripts/compare-runs.py RUN_A RUN_B          # one pair of run directories
    scripts/compare-runs.py ROOT_A ROOT_B --all  # every run directory found under both roots
    scripts/compare-runs.py RUN_A RUN_B --shared-columns  # metrics: only the columns both have

For each pair: parameters.lrp byte for byte, metrics.csv without its wall-clock column
(`elapsed`), and the final relative L2 error from summary.json. Exits 1 when any pair differs,
so it can guard a refactoring that must not change numerics (same spec, seed, thread count).

With --shared-columns the metrics are compared on the columns both files have, by name (so a run
from a version that appends new columns, such as the gradient-conflict `cos_*`, `alignment` and
`update_cos_*`, can be checked against an older run); the columns only one file has are listed.
"""
import csv
import json
import os
import sys


def read_rows(path):
    with open(path, newline="") as f:
        return list(csv.reader(f))


def metrics_without_elapsed(rows, keep=None):
    """The rows without `elapsed`; with `keep`, only those columns, in that order."""
    header = rows[0] if rows else []
    names = [n for n in (keep if keep is not None else header) if n != "elapsed"]
    indices = [header.index(n) for n in names]
    return [[r[i] if i < len(r) else "" for i in indices] for r in rows]


def compare(a, b, shared_columns=False):
    same_parameters = open(os.path.join(a, "parameters.lrp"), "rb").read() == open(
        os.path.join(b, "parameters.lrp"), "rb").read()
    rows_a, rows_b = (read_rows(os.path.join(d, "metrics.csv")) for d in (a, b))
    keep = None
    if shared_columns and rows_a and rows_b:
        keep = [n for n in rows_a[0] if n in rows_b[0]]
        only = [n for n in rows_a[0] + rows_b[0] if n not in keep]
        if only:
            print(f"{os.path.basename(a):24s} compared {len(keep)} shared columns; "
                  f"only in one file: {', '.join(only)}")
    same_metrics = metrics_without_elapsed(rows_a, keep) == metrics_without_elapsed(rows_b, keep)
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
    results = [compare(x, y, "--shared-columns" in sys.argv) for x, y in pairs]
    print(f"{sum(results)} of {len(results)} identical")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
