#!/bin/sh
# Trains the example specs briefly, writes their reports and renders them to PNG, so that what
# lossrun draws can be looked at (and compared after a change to the report).
#
#   scripts/render-examples.sh OUTDIR
#
# OUTDIR/runs/<name>/ are the run directories (each with its report.html) and OUTDIR/*.png the
# screenshots:
#   poisson-mixed.png   2D heat maps over (x, y)      specs/poisson-mixed.yaml, 3000 steps
#   heat-inverse.png    a space-time map over (x, t)  specs/heat-inverse.yaml, 2000 steps
#   burgers.png         curves only (no evaluate:)    specs/burgers.yaml, 2000 steps
#   compare.png         poisson-mixed, seeds 0 and 1, on shared axes
# Builds lossrun in release first. Needs Debian's chromium (see scripts/render-report.sh).
set -eu
if [ "$#" -ne 1 ]; then
  echo "usage: $0 OUTDIR" >&2
  exit 2
fi
out=$1
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out/runs"
out=$(cd "$out" && pwd)
cd "$root"
swift build -c release --product lossrun
lossrun=$root/.build/release/lossrun

train() { # NAME SPEC STEPS [FLAGS...]
  name=$1 spec=$2 steps=$3
  shift 3
  rm -rf "$out/runs/$name"
  "$lossrun" "$spec" --steps "$steps" --out "$out/runs/$name" "$@" 2>&1 | tail -n 1
}

train poisson-mixed specs/poisson-mixed.yaml 3000
train poisson-mixed-seed1 specs/poisson-mixed.yaml 3000 --seed 1
train heat-inverse specs/heat-inverse.yaml 2000
train burgers specs/burgers.yaml 2000
"$lossrun" report "$out/runs/poisson-mixed" "$out/runs/poisson-mixed-seed1" \
  -o "$out/runs/compare.html"

render=$root/scripts/render-report.sh
"$render" "$out/runs/poisson-mixed/report.html" "$out/poisson-mixed.png" 1200 3000
"$render" "$out/runs/heat-inverse/report.html" "$out/heat-inverse.png" 1200 3000
"$render" "$out/runs/burgers/report.html" "$out/burgers.png" 1200 2000
"$render" "$out/runs/compare.html" "$out/compare.png" 1200 2400
