#!/usr/bin/env python3
"""Train every weighting rule, preset and three compositions on three problems, several seeds
each, and write the comparison table of docs/weighting-study.md.

The rules and presets come from the tool itself (`lossrun rules --json`), so a rule added to the
catalogue joins the study without editing this script. Each configuration is the problem's spec
with only `weighting:` replaced; a rule that needs fixed points (`rba`, `self_adaptive`) trains on
the same spec with every sampler fixed (`resample: 0`) and is compared with `fixed` on those same
fixed points (a baseline row of its own), and a configuration the checker rejects
(a time-chunk rule on a problem without a time input) is reported as not applicable, with the
checker's reason.

Runs are resumable: a finished run (summary.json with the requested steps) is kept, an
interrupted one continues from its checkpoint, so rerunning the same command finishes the study.
Seconds per 1,000 steps are the runs' own wall time, one engine thread per run, with `--jobs`
runs at once (2 on the 2-core machine the committed table comes from).

    python3 scripts/weighting-study.py                      # the committed table's budgets
    python3 scripts/weighting-study.py --steps helmholtz=40001 --only fixed,wang2021 --seeds 0 1 2 3 4
    python3 scripts/weighting-study.py --write-doc          # also rewrite docs/weighting-study.md

Needs Python 3.9+ and PyYAML; build lossrun first (`swift build -c release`).
"""

import argparse
import concurrent.futures
import json
import math
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PROBLEMS = ["poisson-mixed", "helmholtz", "burgers"]
# Adam steps per problem in the committed table (the specs train 20,000 / 40,001 / 20,000).
DEFAULT_STEPS = {"poisson-mixed": 5000, "helmholtz": 10000, "burgers": 3000}
# Compositions: a scaling rule with an aggregator, with a per-point rule, and jaxpi's recipe of
# gradient-norm balancing with causal weighting (time-dependent problems only).
COMPOSITIONS = {
    "annealing+upgrad": {"rule": "annealing", "stat": "mean", "combine": "upgrad"},
    "annealing+rba": {"rule": "annealing", "stat": "mean", "points": "rba"},
    "grad_norm_balance+causal": {"rule": "grad_norm_balance", "points": "causal"},
}
# The baseline of rules that need fixed points: `fixed` on the same fixed samplers, so that a
# per-point rule is compared with what fixing the points alone does.
FIXED_POINTS_BASELINE = "fixed-on-fixed-points"
# Published numbers for the same problem and budget as the spec (not as this study's shorter
# runs unless --steps matches); see ../shared/reference/benchmarks.md.
PAPER = {
    ("helmholtz", "fixed"): ("1.06e-1", "M1, Wang et al. 2021 Table 2, 40,000 steps"),
    ("helmholtz", "wang2021"): ("1.12e-2", "M2, Wang et al. 2021 Table 2, 40,000 steps"),
    ("poisson-mixed", "fixed"): ("2.3e-1", "PyTorch reference, 20,000 steps"),
    ("poisson-mixed", "annealing"): ("6.1e-3", "PyTorch reference, stat mean, 20,000 steps"),
}


class SpecLoader(yaml.SafeLoader):
    """YAML 1.2 booleans: only true/false (PyYAML's 1.1 rules read the key `on:` as True)."""


SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
SpecLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))


def load_spec(path):
    return yaml.load(Path(path).read_text(), Loader=SpecLoader)


BEGIN, END = "<!-- weighting-study:begin -->", "<!-- weighting-study:end -->"


def catalogue(lossrun):
    """The configurations: every implemented rule, every preset, then the compositions."""
    text = subprocess.run([lossrun, "rules", "--json"], check=True, capture_output=True, text=True)
    data = json.loads(text.stdout)
    rules = {rule["name"]: rule for rule in data["rules"]}
    configs = []
    for rule in data["rules"]:
        if rule["implemented"]:
            configs.append((rule["name"], rule["kind"], {"rule": rule["name"]}, rule["needs"]))
        if rule["name"] == "fixed":
            configs.append((FIXED_POINTS_BASELINE, "baseline of the per-point rules",
                            {"rule": "fixed"}, ["fixed points"]))
    for preset in data["presets"]:
        needs = rules[preset["rule"]]["needs"]
        configs.append((preset["name"], f"preset of {preset['rule']}", {"rule": preset["name"]}, needs))
    for name, weighting in COMPOSITIONS.items():
        parts = [weighting["rule"], weighting.get("combine"), weighting.get("points")]
        needs = sorted({need for part in parts if part for need in rules[part]["needs"]})
        configs.append((name, "composition", weighting, needs))
    return configs


def variant(problem, weighting, needs):
    """The problem's spec with `weighting` replaced (and fixed samplers when a rule needs them)."""
    source = ROOT / "specs" / f"{problem}.yaml"
    spec = load_spec(source)
    spec["weighting"] = dict(weighting)
    if "fixed points" in needs:
        for sampler in spec["samplers"].values():
            sampler["resample"] = 0
    evaluate = spec.get("evaluate", {})
    if "reference" in evaluate:  # the variant lives elsewhere: make the data path absolute
        evaluate["reference"] = str((source.parent / evaluate["reference"]).resolve())
    return spec


def lint(lossrun, path):
    """None when the spec checks clean of errors, else the checker's first error line."""
    result = subprocess.run([lossrun, "lint", str(path)], capture_output=True, text=True)
    if result.returncode == 0:
        return None
    lines = [line for line in result.stderr.splitlines() + result.stdout.splitlines() if "error" in line]
    return lines[0].strip() if lines else "rejected by the checker"


def finished(run_dir, steps):
    summary = run_dir / "summary.json"
    if not summary.exists():
        return None
    data = json.loads(summary.read_text())
    return data if data.get("status") == "finished" and data.get("steps") == steps else None


def train(lossrun, spec_path, run_dir, seed, steps):
    """Trains one run (or continues or keeps it) and returns its summary, or a failure record."""
    done = finished(run_dir, steps)
    if done:
        return done
    command = [lossrun, "run", str(spec_path), "--seed", str(seed), "--steps", str(steps),
               "--out", str(run_dir), "--threads", "1"]
    command.append("--resume" if (run_dir / "checkpoint.lrc").exists() else "--force")
    result = subprocess.run(command, capture_output=True, text=True)
    done = finished(run_dir, steps)
    if done:
        return done
    summary = run_dir / "summary.json"
    data = json.loads(summary.read_text()) if summary.exists() else {}
    tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
    return {"status": data.get("status", "failed"), "failure": tail, "relative_l2": data.get("relative_l2")}


def run_study(args):
    configs = catalogue(args.lossrun)
    if args.only:
        wanted = set(args.only.split(","))
        configs = [config for config in configs if config[0] in wanted]
    out = Path(args.out)
    (out / "specs").mkdir(parents=True, exist_ok=True)
    jobs, results = [], {}
    for problem in args.problems:
        steps = args.steps.get(problem) or load_spec(
            ROOT / "specs" / f"{problem}.yaml")["training"]["steps"]
        for name, kind, weighting, needs in configs:
            path = out / "specs" / f"{problem}--{name}.yaml"
            path.write_text(yaml.safe_dump(variant(problem, weighting, needs), sort_keys=False))
            rejected = lint(args.lossrun, path)
            entry = {"problem": problem, "config": name, "kind": kind, "weighting": weighting,
                     "needs": needs, "steps": steps, "seeds": {}}
            results[(problem, name)] = entry
            if rejected:
                entry["not_applicable"] = rejected
                continue
            for seed in args.seeds:
                jobs.append((entry, path, out / "runs" / problem / name / f"seed-{seed}", seed, steps))
    print(f"{len(jobs)} runs, {args.jobs} at a time", file=sys.stderr)
    started = time.time()
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = {pool.submit(train, args.lossrun, path, run_dir, seed, steps): (entry, seed)
                   for entry, path, run_dir, seed, steps in jobs}
        for count, future in enumerate(concurrent.futures.as_completed(futures), 1):
            entry, seed = futures[future]
            summary = future.result()
            entry["seeds"][seed] = {key: summary.get(key) for key in
                                    ("status", "relative_l2", "seconds", "steps", "failure")}
            print(f"[{count}/{len(jobs)} {time.time() - started:6.0f} s] {entry['problem']} "
                  f"{entry['config']} seed {seed}: {summary.get('relative_l2')}", file=sys.stderr)
    records = list(results.values())  # in problem order, as the jobs were made
    (out / "results.json").write_text(json.dumps(records, indent=1) + "\n")
    return records


def number(value):
    return "—" if value is None or not math.isfinite(value) else f"{value:.2e}"


def table(records, problem):
    rows = [entry for entry in records if entry["problem"] == problem]
    if not rows:
        return []
    steps = rows[0]["steps"]
    baselines = {name: next((statistics.median(errors(entry)) for entry in rows
                             if entry["config"] == name and errors(entry)), None)
                 for name in ("fixed", FIXED_POINTS_BASELINE)}
    lines = [f"### {problem} ({steps:,} Adam steps, seeds {seed_list(rows)})", "",
             "| configuration | kind | median rel. L2 | range | vs `fixed` | s / 1000 steps | paper |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    worse = []
    for entry in rows:
        on_fixed_points = "fixed points" in entry["needs"]
        shown = "fixed" if entry["config"] == FIXED_POINTS_BASELINE else entry["config"]
        name = f"`{shown}`" + (" (fixed points)" if on_fixed_points else "")
        label = f"{shown} (fixed points)" if on_fixed_points else shown  # in the "did not beat" line
        fixed = baselines[FIXED_POINTS_BASELINE if on_fixed_points else "fixed"]
        paper = PAPER.get((problem, entry["config"]))
        paper_text = f"{paper[0]} ({paper[1]})" if paper else ""
        if "not_applicable" in entry:
            reason = re.search(r"\[([a-z-]+)\]", entry["not_applicable"])
            why = f" (`{reason.group(1)}`)" if reason else ""
            lines.append(f"| {name} | {entry['kind']} | not applicable{why} | | | | {paper_text} |")
            continue
        values = errors(entry)
        failed = len(entry["seeds"]) - len(values)
        if not values:
            lines.append(f"| {name} | {entry['kind']} | failed on every seed | | | | {paper_text} |")
            worse.append(label)
            continue
        median = statistics.median(values)
        ratio = f"{median / fixed:.2f}×" if fixed else ""
        if fixed and median >= fixed and entry["config"] not in baselines:
            worse.append(label)
        seconds = [run["seconds"] / run["steps"] * 1000 for run in entry["seeds"].values()
                   if run.get("seconds") and run.get("steps")]
        span = f"{number(min(values))} – {number(max(values))}"
        if failed:
            span += f", {failed} failed"
        pace = f"{statistics.median(seconds):.2f}" if seconds else ""
        lines.append(f"| {name} | {entry['kind']} | {number(median)} | {span} | {ratio} | {pace} | "
                     f"{paper_text} |")
    lines += ["", "A rule marked (fixed points) trains with every sampler fixed and is compared with "
              "`fixed` on the same fixed points.", ""]
    if worse:
        lines.append("Did not beat `fixed` (median error at least fixed's, or failed): "
                     + ", ".join(f"`{name}`" for name in worse) + ".")
    else:
        lines.append("Every configuration's median beat `fixed`.")
    return lines + [""]


def errors(entry):
    return [run["relative_l2"] for run in entry["seeds"].values()
            if run.get("status") == "finished" and run.get("relative_l2") is not None
            and math.isfinite(run["relative_l2"])]


def seed_list(rows):
    seeds = sorted({int(seed) for entry in rows for seed in entry["seeds"]})
    return ", ".join(map(str, seeds))


def write_doc(records, path):
    generated = [BEGIN, "<!-- Written by scripts/weighting-study.py --write-doc; edit the script, "
                 "not this block. -->", ""]
    for problem in PROBLEMS + sorted({entry["problem"] for entry in records} - set(PROBLEMS)):
        generated += table(records, problem)
    generated.append(END)
    block = "\n".join(generated)
    text = path.read_text() if path.exists() else f"# Weighting study\n\n{BEGIN}\n{END}\n"
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(head + block + tail)
    os.replace(temporary, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lossrun", default=str(ROOT / ".build" / "release" / "lossrun"))
    parser.add_argument("--out", default=str(ROOT / "runs" / "weighting-study"))
    parser.add_argument("--problems", nargs="+", default=PROBLEMS)
    parser.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2])
    parser.add_argument("--steps", action="append", default=[], metavar="PROBLEM=N",
                        help="Adam steps for one problem (repeatable); default " +
                        ", ".join(f"{key}={value}" for key, value in DEFAULT_STEPS.items()))
    parser.add_argument("--only", help="comma-separated configuration names")
    parser.add_argument("--jobs", type=int, default=2, help="runs at once (one thread each)")
    parser.add_argument("--write-doc", action="store_true", help="rewrite the table block of "
                        "docs/weighting-study.md")
    parser.add_argument("--doc", default=str(ROOT / "docs" / "weighting-study.md"))
    args = parser.parse_args()
    steps = dict(DEFAULT_STEPS)
    for item in args.steps:
        problem, _, count = item.partition("=")
        if problem not in args.problems or not count.isdigit() or int(count) < 1:
            parser.error(f"--steps {item}: expected PROBLEM=N with PROBLEM one of {args.problems}")
        steps[problem] = int(count)
    args.steps = steps
    if not Path(args.lossrun).exists():
        parser.error(f"{args.lossrun} not found: build it with `swift build -c release`")
    records = run_study(args)
    for problem in args.problems:
        print("\n".join(table(records, problem)))
    if args.write_doc:
        write_doc(records, Path(args.doc))


if __name__ == "__main__":
    main()
