#!/usr/bin/env python3
"""Independent second opinion on the schema: the generated JSON Schemas (schema/*.schema.json),
checked with python-jsonschema, must agree with amigo.

1. Every .yaml file under Examples/ is valid: amigo.yaml against config.schema.json, files in a
   trajectories/ folder against trajectory.schema.json, files in an activities/ folder against
   activity.schema.json (skipped when there are none).
2. Every file in Tests/Fixtures/jsonschema/invalid/ is rejected by both:
   - jsonschema reports errors at one place only, one of them for the keyword in its
     `# jsonschema: KEYWORD` line (a bad date also fails `format`);
   - `amigo validate --format json FILE` exits 1 and every error it reports has the code in its
     `# amigo: CODE` line.
   So each fixture is invalid for one reason, and both tools see the same reason.
3. The same for every activity file in Tests/Fixtures/jsonschema/activity-workspace/activities/
   (a workspace, so that amigo reads them as activity files), against activity.schema.json:
   among them, files missing a field their `type` requires (the schema's per-type if/then,
   generated from ActivityType.policy) and files with a field of another type.

Files are read as the YAML language server reads them, with YAML 1.2-like typing: PyYAML's
SafeLoader without its timestamp resolver, so `2026-09-10` stays a string while `20` is an
integer and `4.5` a number. (SafeLoader otherwise keeps YAML 1.1's booleans such as `yes`/`no`,
which amigo always quotes when it means text.)

usage: jsonschema_check.py AMIGO
"""
import glob, json, os, re, subprocess, sys

import jsonschema
import yaml

if len(sys.argv) != 2:
    sys.exit(__doc__.strip().splitlines()[-1])
amigo = os.path.abspath(sys.argv[1])
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
os.chdir(root)

TIMESTAMP = "tag:yaml.org,2002:timestamp"


class Loader(yaml.SafeLoader):
    """SafeLoader without the timestamp resolver: dates stay strings, as in YAML 1.2."""


Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def stringify_keys(value):
    """Mapping keys as JSON has them (the language server does the same): always strings."""
    if isinstance(value, dict):
        return {str(k): stringify_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [stringify_keys(v) for v in value]
    return value


def load(path):
    with open(path, "rb") as fh:
        return stringify_keys(yaml.load(fh.read().decode("utf-8-sig"), Loader=Loader))


def validator(name):
    with open(os.path.join("schema", name), encoding="utf-8") as fh:
        schema = json.load(fh)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def describe(error):
    where = "/".join(str(p) for p in error.absolute_path) or "(root)"
    return f"{where}: {error.message} [{error.validator}]"


def keywords(error):
    """The keyword of an error and of the errors inside it (anyOf, oneOf); a `false` schema
    (a field another activity type has) refuses without a keyword: `false`."""
    found = {error.validator if error.validator is not None else "false"}
    for sub in error.context or []:
        found |= keywords(sub)
    return found


trajectory = validator("trajectory.schema.json")
config = validator("config.schema.json")
activity = validator("activity.schema.json")
passed, failed = 0, []

# 1. The examples are valid.
examples = sorted(glob.glob("Examples/**/*.yaml", recursive=True))
checked = 0
for path in examples:
    parts = path.split(os.sep)
    if parts[-1] == "amigo.yaml":
        v = config
    elif "trajectories" in parts[:-1]:
        v = trajectory
    elif "activities" in parts[:-1]:
        v = activity
    else:
        print(f"not checked (neither amigo.yaml nor under trajectories/ or activities/): {path}")
        continue
    checked += 1
    try:
        errors = sorted(v.iter_errors(load(path)), key=lambda e: list(e.absolute_path))
    except yaml.YAMLError as e:
        failed.append(f"{path}: PyYAML cannot read it: {str(e).splitlines()[0]}")
        continue
    if errors:
        failed.append(f"{path}: the JSON Schema rejects it:\n    " + "\n    ".join(describe(e) for e in errors))
    else:
        passed += 1
print(f"examples: {checked} files checked against the JSON Schemas" if checked else "examples: none found, skipped")

# 2. The invalid fixtures are rejected by both, for the same reason.
fixtures = sorted(glob.glob("Tests/Fixtures/jsonschema/invalid/*.yaml"))
if not fixtures:
    failed.append("no fixtures in Tests/Fixtures/jsonschema/invalid/")
activity_fixtures = sorted(glob.glob("Tests/Fixtures/jsonschema/activity-workspace/activities/*.yaml"))
if not activity_fixtures:
    failed.append("no fixtures in Tests/Fixtures/jsonschema/activity-workspace/activities/")
for path in fixtures + activity_fixtures:
    schema = activity if path in activity_fixtures else trajectory
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    expect_keyword = re.search(r"^# jsonschema: *(\S+)", text, re.M)
    expect_code = re.search(r"^# amigo: *(\S+)", text, re.M)
    if not expect_keyword or not expect_code:
        failed.append(f"{path}: needs '# jsonschema: KEYWORD' and '# amigo: CODE' lines")
        continue
    problems = []

    errors = list(schema.iter_errors(load(path)))
    if not errors:
        problems.append("the JSON Schema accepts it")
    elif (len({tuple(e.absolute_path) for e in errors}) > 1
          or not any(expect_keyword.group(1) in keywords(e) for e in errors)):
        problems.append(f"expected JSON Schema errors at one place, one of them [{expect_keyword.group(1)}], got: "
                        + "; ".join(describe(e) for e in errors))

    try:
        run = subprocess.run([amigo, "validate", "--format", "json", path],
                             capture_output=True, text=True, timeout=60)
    except OSError as e:
        problems.append(f"cannot run amigo: {e}")
    else:
        output = (run.stdout + run.stderr).strip()
        try:
            report = json.loads(run.stdout)
        except ValueError:
            report = None
        if run.returncode == 64:
            problems.append(f"amigo validate: usage error (is the command there?): {output[:300]}")
        elif run.returncode == 0:
            problems.append("amigo accepts it")
        elif run.returncode != 1 or not isinstance(report, dict):
            problems.append(f"amigo validate exited {run.returncode} without a JSON report: {output[:300]}")
        else:
            codes = [d.get("code") for d in report.get("diagnostics", []) if d.get("severity") == "error"]
            if not codes or set(codes) != {expect_code.group(1)}:
                problems.append(f"expected amigo errors [{expect_code.group(1)}], got {codes}")

    if problems:
        failed.append(f"{path}:\n    " + "\n    ".join(problems))
    else:
        passed += 1
print(f"invalid fixtures: {len(fixtures)} trajectory and {len(activity_fixtures)} activity files, each must be rejected by the JSON Schema and by amigo")

for f in failed:
    print("FAIL:", f)
print(f"{passed} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
