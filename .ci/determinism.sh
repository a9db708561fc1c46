#!/usr/bin/env bash
# The same report from the same files, run after run: amigo's hashing is seeded per process, so
# anything that follows a dictionary's or a set's order shows here as different output
# (a funder's figures, and `published/`, must not change between two runs). A generated
# workspace of 10 000 trajectories + 2 000 activity files: the 2026-Q1 period report's
# suppression of the activities table followed a dictionary's order until the sixth session.
# usage: determinism.sh AMIGO AMIGO_BENCH
set -euo pipefail
amigo=$1
bench=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bench" generate --trajectories 10000 --activities 2000 --seed 1 --today 2026-11-19 --out "$work/w" >/dev/null
status=0
for args in "--period 2026-Q1" "--period 2025/2026" "--period 2024" "--period 2025/2026 --team" "--week 2026-W47"; do
  sums=$(for run in 1 2 3 4 5 6; do
    # shellcheck disable=SC2086
    "$amigo" report $args --today 2026-11-19 --dir "$work/w" --format json 2>&1 | md5sum
  done | sort -u | wc -l)
  if [ "$sums" = 1 ]; then
    echo "same in 6 runs: report $args"
  else
    echo "DIFFERENT in 6 runs ($sums outputs): report $args"
    status=1
  fi
done
exit $status
