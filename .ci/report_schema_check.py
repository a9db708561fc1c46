#!/usr/bin/env python3
"""The report JSON against its JSON Schema (schema/report.schema.json), with python-jsonschema:
every report kind amigo writes as JSON, run on the example workspace Examples/caseload, in both
languages: the week report (this week and a past one), the child report of every trajectory
that has one, the period report (with --skip-invalid, so the left-out file shows), and the
research export, and the coordinator's views (--team, --worker), and show and list (issue 15:
they are reports too): list open and --all, show of every trajectory, with and without --notes;
and the confidential aggregate (--aggregate) of every example workspace against
schema/aggregate.schema.json. Fails when any report does not validate, or amigo fails.

usage: report_schema_check.py AMIGO
"""
import glob, json, os, subprocess, sys

import jsonschema

if len(sys.argv) != 2:
    sys.exit(__doc__.strip().splitlines()[-1])
amigo = os.path.abspath(sys.argv[1])
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
os.chdir(root)

with open("schema/report.schema.json", encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

workspace = "Examples/caseload"
today = ["--today", "2026-11-19"]
runs = []
for lang in ["nl", "en"]:
    base = ["--dir", workspace, "--format", "json", "--lang", lang] + today
    runs.append(["report", "--week"] + base)
    runs.append(["report", "--week", "2026-W40"] + base)
    runs.append(["report", "--period", "2025/2026", "--skip-invalid"] + base)
    runs.append(["report", "--period", "2026", "--skip-invalid"] + base)
    # The coordinator's internal views (issue 25).
    runs.append(["report", "--period", "2025/2026", "--team", "--skip-invalid"] + base)
    runs.append(["report", "--period", "2026", "--worker", "mvd", "--skip-invalid"] + base)
    runs.append(["list"] + base)
    runs.append(["list", "--all"] + base)
    for path in sorted(glob.glob(os.path.join(workspace, "trajectories", "*.yaml"))):
        runs.append(["report", "--child", os.path.basename(path)[:-5]] + base)
        runs.append(["show", os.path.basename(path)[:-5]] + base)
        runs.append(["show", os.path.basename(path)[:-5], "--notes"] + base)
runs.append(["export", "--research", "--format", "json", "--skip-invalid", "--dir", workspace] + today)

failures = 0
checked = {}
for args in runs:
    result = subprocess.run([amigo] + args, capture_output=True, text=True)
    if result.returncode == 65 and ("--child" in args or args[0] == "show"):
        continue  # a file that cannot be read as a trajectory has no child report
    if result.returncode != 0:
        print(f"FAIL amigo {' '.join(args)}: exit {result.returncode}\n{result.stderr}")
        failures += 1
        continue
    report = json.loads(result.stdout)
    errors = sorted(validator.iter_errors(report), key=lambda e: list(e.absolute_path))
    for e in errors[:5]:
        where = "/".join(str(p) for p in e.absolute_path)
        print(f"FAIL amigo {' '.join(args)}: at /{where}: {e.message}")
    failures += bool(errors)
    checked[report["report"]] = checked.get(report["report"], 0) + 1

# The confidential aggregate (amigo.aggregate/1) against schema/aggregate.schema.json, for every
# example workspace and two periods.
import tempfile
with open("schema/aggregate.schema.json", encoding="utf-8") as f:
    aggregate_schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(aggregate_schema)
aggregate_validator = jsonschema.Draft202012Validator(aggregate_schema)
aggregates = 0
with tempfile.TemporaryDirectory() as tmp:
    for example in sorted(glob.glob("Examples/*/amigo.yaml")):
        for period in ["2025/2026", "2026"]:
            out = os.path.join(tmp, f"{aggregates}.json")
            args = ["report", "--period", period, "--aggregate", "--output", out,
                    "--dir", os.path.dirname(example)] + today
            result = subprocess.run([amigo] + args, capture_output=True, text=True)
            if result.returncode != 0:
                print(f"FAIL amigo {' '.join(args)}: exit {result.returncode}\n{result.stderr}")
                failures += 1
                continue
            with open(out, encoding="utf-8") as f:
                errors = list(aggregate_validator.iter_errors(json.load(f)))
            for e in errors[:5]:
                where = "/".join(str(p) for p in e.absolute_path)
                print(f"FAIL amigo {' '.join(args)}: at /{where}: {e.message}")
            failures += bool(errors)
            aggregates += 1
print(f"aggregate schema: {aggregates} aggregates checked")

missing = {"week", "child", "period", "research", "coordinator", "show", "list"} - set(checked)
if missing:
    print(f"FAIL no report of kind {', '.join(sorted(missing))} was checked")
    failures += 1
print(f"report schema: {sum(checked.values())} reports checked ({checked}), {failures} failed")
sys.exit(1 if failures else 0)
