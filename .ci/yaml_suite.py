#!/usr/bin/env python3
"""Runs the official YAML test suite's cases through amigo's parser (a second opinion).

Every case amigo accepts must give the data in in.json; every case marked `error` must be
rejected; every valid case amigo rejects must fall under a documented rule of the subset, i.e.
report one of the codes listed in schema/README.md. Prints counts (the format spec states them)
and exits non-zero on any disagreement.

usage: yaml_suite.py AMIGO SUITE_DIR [--list]
"""
import json, os, re, subprocess, sys

amigo, suite = sys.argv[1], sys.argv[2]
verbose = "--list" in sys.argv

cases = []
for root, dirs, files in os.walk(suite):
    if "in.yaml" in files:
        cases.append(root)
cases.sort()

out = subprocess.run([amigo, "_yaml-json", "--batch"] + [os.path.join(c, "in.yaml") for c in cases],
                     capture_output=True, text=True, timeout=600)
if out.returncode != 0:
    print(out.stderr)
    sys.exit("amigo _yaml-json failed")
results = [json.loads(l) for l in out.stdout.split("\n") if l]
assert len(results) == len(cases)

# Codes documented in the spec as rules of the subset.
spec = open(os.path.join(os.path.dirname(__file__), "..", "schema", "README.md"), encoding="utf-8").read()
documented = set(re.findall(r"`([a-z0-9]+(?:-[a-z0-9]+)+)`", spec))

NULLS = {"", "~", "null", "Null", "NULL"}
TRUE = {"true", "True", "TRUE"}
FALSE = {"false", "False", "FALSE"}

def core_scalar(s):
    """The YAML 1.2 core-schema reading of a plain scalar's text."""
    if s in NULLS: return None
    if s in TRUE: return True
    if s in FALSE: return False
    if re.fullmatch(r"[-+]?[0-9]+", s): return int(s)
    if re.fullmatch(r"0o[0-7]+", s): return int(s[2:], 8)
    if re.fullmatch(r"0x[0-9a-fA-F]+", s): return int(s[2:], 16)
    if re.fullmatch(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?", s): return float(s)
    if re.fullmatch(r"[-+]?\.(inf|Inf|INF)", s): return float("-inf") if s.startswith("-") else float("inf")
    if re.fullmatch(r"\.(nan|NaN|NAN)", s): return "nan"
    return s

def same(expected, ours):
    """expected: JSON from in.json; ours: amigo's value (all scalars strings)."""
    if isinstance(expected, dict):
        return isinstance(ours, dict) and set(expected) == set(ours) and all(same(expected[k], ours[k]) for k in expected)
    if isinstance(expected, list):
        return isinstance(ours, list) and len(expected) == len(ours) and all(same(a, b) for a, b in zip(expected, ours))
    if not isinstance(ours, str):
        return False
    if isinstance(expected, str):
        return expected == ours
    got = core_scalar(ours)
    if isinstance(expected, bool) or expected is None:
        return got is expected
    return isinstance(got, (int, float)) and not isinstance(got, bool) and got == expected

accepted = rejected_error = rejected_valid = 0
problems = []
by_code = {}
for case, res in zip(cases, results):
    name = os.path.relpath(case, suite)
    is_error = os.path.exists(os.path.join(case, "error"))
    diags = [d for d in res["diagnostics"]]
    if not diags:
        if is_error:
            problems.append(f"{name}: accepted, but the suite says it is an error")
            continue
        docs_text = open(os.path.join(case, "in.json"), encoding="utf-8").read() if os.path.exists(os.path.join(case, "in.json")) else ""
        dec = json.JSONDecoder()
        docs, i = [], 0
        while i < len(docs_text):
            while i < len(docs_text) and docs_text[i].isspace(): i += 1
            if i >= len(docs_text): break
            v, i = dec.raw_decode(docs_text, i)
            docs.append(v)
        expected = docs[0] if docs else None
        if len(docs) > 1:
            problems.append(f"{name}: accepted, but it has {len(docs)} documents")
        elif expected is None and res["value"] is None:
            accepted += 1
        elif not same(expected, res["value"]):
            problems.append(f"{name}: value differs\n  expected {json.dumps(expected)}\n  amigo    {json.dumps(res['value'])}")
        else:
            accepted += 1
    else:
        codes = sorted({d["code"] for d in diags})
        if is_error:
            rejected_error += 1
        else:
            undocumented = [c for c in codes if c not in documented]
            if undocumented:
                problems.append(f"{name}: valid YAML rejected with undocumented code(s) {undocumented}")
            else:
                rejected_valid += 1
                for c in codes:
                    by_code[c] = by_code.get(c, 0) + 1
        if verbose:
            print(f"{name}: {'error' if is_error else 'valid'} rejected: {codes}")

print(f"yaml-test-suite: {len(cases)} cases: {accepted} accepted with the same data, "
      f"{rejected_error} error cases rejected, {rejected_valid} valid cases outside the subset")
for c in sorted(by_code):
    print(f"  outside the subset by {c}: {by_code[c]}")
for p in problems:
    print("PROBLEM:", p)
# The spec states the counts; they must be current.
stated = {}
for label, key in [("accepted, same data", "accepted"), ("invalid YAML, rejected", "error"),
                   ("valid YAML outside the subset", "outside")]:
    m = re.search(r"\| " + re.escape(label) + r"[^|]*\| (\d+) \|", spec)
    stated[key] = int(m.group(1)) if m else None
actual = {"accepted": accepted, "error": rejected_error, "outside": rejected_valid}
if stated != actual:
    problems.append(f"schema/README.md states {stated}, the suite gives {actual}: update the table in section 6")
    print("PROBLEM:", problems[-1])
print(f"{accepted + rejected_error + rejected_valid} passed, {len(problems)} failed")
sys.exit(1 if problems else 0)
