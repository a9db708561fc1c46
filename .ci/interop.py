#!/usr/bin/env python3
"""Independent second opinion: PyYAML must read amigo's files to the same values amigo reads.

Loads with yaml.BaseLoader (every scalar a string, like amigo's YAML layer) and compares with
`amigo _yaml-json --batch`:
- every conformance case with out.json (Tests/Fixtures/yaml), and out.json itself;
- every edit fixture's before.yaml and after.yaml (Tests/Fixtures/edits), so every file amigo
  writes is read the same by PyYAML;
- every .yaml file under Examples/ and Tests/Fixtures/generated/ (the benchmark generator's
  output: block text, quoted text with colons, flow lists and mappings).
Cases amigo rejects must carry err.json (listed in the summary with their codes).

usage: interop.py AMIGO
"""
import glob, json, os, subprocess, sys
import yaml

amigo = sys.argv[1]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
os.chdir(root)

files = []
for case in sorted(glob.glob("Tests/Fixtures/yaml/*/")):
    files.append((os.path.join(case, "in.yaml"), case))
for f in sorted(glob.glob("Tests/Fixtures/edits/*/before.yaml") + glob.glob("Tests/Fixtures/edits/*/after.yaml")):
    files.append((f, None))
for f in sorted(glob.glob("Examples/**/*.yaml", recursive=True)
                + glob.glob("Tests/Fixtures/generated/**/*.yaml", recursive=True)):
    files.append((f, None))

out = subprocess.run([amigo, "_yaml-json", "--batch"] + [f for f, _ in files], capture_output=True, text=True)
if out.returncode != 0:
    sys.exit("amigo _yaml-json failed: " + out.stderr)
results = [json.loads(l) for l in out.stdout.split("\n") if l]

def canon(v):
    if isinstance(v, dict): return {k: canon(x) for k, x in v.items()}
    if isinstance(v, list): return [canon(x) for x in v]
    return v

failed, passed, rejected = [], 0, {}
for (path, case), res in zip(files, results):
    has_err = case is not None and os.path.exists(os.path.join(case, "err.json"))
    if res["diagnostics"]:
        codes = sorted({d["code"] for d in res["diagnostics"]})
        if has_err:
            rejected[path] = codes
            passed += 1
        else:
            failed.append(f"{path}: amigo rejects it: {res['diagnostics'][0]}")
        continue
    if has_err:
        failed.append(f"{path}: amigo accepts it, but err.json expects diagnostics")
        continue
    try:
        with open(path, "rb") as fh:
            theirs = yaml.load(fh.read().decode("utf-8-sig"), Loader=yaml.BaseLoader)
    except Exception as e:
        failed.append(f"{path}: amigo accepts it, PyYAML does not: {str(e).splitlines()[0]}")
        continue
    if canon(theirs) != canon(res["value"]):
        failed.append(f"{path}: values differ\n  PyYAML {json.dumps(theirs, ensure_ascii=False)[:300]}\n  amigo  {json.dumps(res['value'], ensure_ascii=False)[:300]}")
        continue
    if case is not None:
        expected = json.load(open(os.path.join(case, "out.json"), encoding="utf-8"))
        if canon(expected) != canon(res["value"]):
            failed.append(f"{path}: out.json differs from amigo's reading")
            continue
    passed += 1

print(f"interop: {len(files)} files: {passed - len(rejected)} read identically by PyYAML and amigo, {len(rejected)} rejected by amigo as expected")
for f in failed:
    print("FAIL:", f)
print(f"{passed} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
