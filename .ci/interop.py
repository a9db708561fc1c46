#!/usr/bin/env python3
"""Independent second opinion: PyYAML must read amigo's files to the same values amigo reads.

Loads with yaml.BaseLoader (YAML 1.1) and ruamel.yaml's base loader (YAML 1.2), where every
scalar is a string like in amigo's YAML layer, and compares with `amigo _yaml-json --batch`:
- every conformance case with out.json (Tests/Fixtures/yaml), and out.json itself;
- every edit fixture's before.yaml and after.yaml (Tests/Fixtures/edits), so every file amigo
  writes is read the same by PyYAML;
- every .yaml file under Examples/ and Tests/Fixtures/generated/ (the benchmark generator's
  output: block text, quoted text with colons, flow lists and mappings).
Cases amigo rejects must carry err.json (listed in the summary with their codes).
Hand edits too: 1500 seeded mutations of the example files (indicators, quotes, tabs, line
breaks, Unicode line separators, long keys inserted, bytes deleted); each one amigo accepts
must be read alike by both. And hostile text (Unicode line separators, controls, indicators,
YAML 1.1 specials, multi-line text with `---`) given to writing commands: what amigo stores it
reads back as given, and both read the file alike, typed and untyped.

Typed readers too: amigo's own files (a `schema:` line naming a trajectory or a workspace
config) are also loaded with PyYAML's `safe_load` (YAML 1.1) and ruamel.yaml's safe loader
(YAML 1.2), which type plain scalars by their look, and compared with amigo's typed reading
(`amigo _yaml-json --batch --typed`: numbers, booleans and null as the schema reads them; dates
as strings). `amigo validate` rejects plain scalars on which they would disagree
(`typed-plain-scalar`); the reproducer of that code must disagree, as a check on the check.

usage: interop.py AMIGO
"""
import glob, json, os, random, shutil, subprocess, sys, tempfile
import datetime
import yaml
from ruamel.yaml import YAML

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
# amigo's own files that validate (their typed reading must agree), and one that must not.
for f in sorted(glob.glob("Tests/Fixtures/cli/*/after/**/*.yaml", recursive=True)):
    files.append((f, None))
disagreeing = "Tests/Fixtures/errors/typed-plain-scalar/trajectories/typed-plain-scalar.yaml"
files.append((disagreeing, None))

out = subprocess.run([amigo, "_yaml-json", "--batch", "--typed"] + [f for f, _ in files], capture_output=True, text=True)
if out.returncode != 0:
    sys.exit("amigo _yaml-json failed: " + out.stderr)
results = [json.loads(l) for l in out.stdout.split("\n") if l]

def canon(v):
    if isinstance(v, dict): return {k: canon(x) for k, x in v.items()}
    if isinstance(v, list): return [canon(x) for x in v]
    return v

def typed_canon(v):
    """A typed reader's value with dates as amigo writes them (YYYY-MM-DD strings)."""
    if isinstance(v, dict): return {str(k): typed_canon(x) for k, x in v.items()}
    if isinstance(v, list): return [typed_canon(x) for x in v]
    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()
    return v

def same(a, b):
    """Equal values, where a bool is not a number (True == 1 in Python)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a.keys()) == list(b.keys()) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) == type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    return type(a) == type(b) and a == b

ruamel = YAML(typ="safe", pure=True)
# Every scalar a string, like BaseLoader: the YAML 1.2 reader's syntax, without its typing.
ruamel_base = YAML(typ="base", pure=True)
typed_checked = 0
def typed_problem(path, text, typed):
    """Why a typed reader reads the file differently from amigo's typed reading, or None."""
    for name, load in (("PyYAML safe_load (YAML 1.1)", lambda t: yaml.safe_load(t)),
                       ("ruamel.yaml (YAML 1.2)", lambda t: ruamel.load(t))):
        try:
            theirs = typed_canon(load(text))
        except Exception as e:
            return f"{name} cannot read it: {str(e).splitlines()[0]}"
        if not same(theirs, typed):
            return (f"{name} types it differently\n  {name} {json.dumps(theirs, ensure_ascii=False, default=str)[:300]}"
                    f"\n  amigo  {json.dumps(typed, ensure_ascii=False)[:300]}")
    return None

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
    try:
        with open(path, "rb") as fh:
            theirs = ruamel_base.load(fh.read().decode("utf-8-sig"))
    except Exception as e:
        failed.append(f"{path}: amigo accepts it, ruamel.yaml does not: {str(e).splitlines()[0]}")
        continue
    if canon(theirs) != canon(res["value"]):
        failed.append(f"{path}: values differ\n  ruamel.yaml {json.dumps(theirs, ensure_ascii=False)[:300]}\n  amigo  {json.dumps(res['value'], ensure_ascii=False)[:300]}")
        continue
    if res.get("typed") is not None:
        with open(path, "rb") as fh:
            problem = typed_problem(path, fh.read().decode("utf-8-sig"), res["typed"])
        if path == disagreeing:
            if problem is None:
                failed.append(f"{path}: typed readers should disagree with amigo on this file")
                continue
        elif problem is not None:
            failed.append(f"{path}: {problem}")
            continue
        typed_checked += 1
    if case is not None:
        expected = json.load(open(os.path.join(case, "out.json"), encoding="utf-8"))
        if canon(expected) != canon(res["value"]):
            failed.append(f"{path}: out.json differs from amigo's reading")
            continue
    passed += 1

# Hand edits: seeded mutations of the example files (inserted indicators, quotes, line breaks,
# tabs, Unicode line separators, deletions). Whatever amigo accepts, PyYAML and ruamel.yaml
# must read to the same values; what they read differently amigo must reject.
rng = random.Random(20261207)
sources = [open(f, encoding="utf-8").read() for f in sorted(glob.glob("Examples/**/*.yaml", recursive=True))]
tokens = [" ", "\n", ":", ": ", " #", "#", "-", "- ", "?", "'", '"', "\\", "|", ">", "[", "]", "{", "}", ",",
          "  ", "\t", "---", "...", "!", "&", "*", "%", "@", "`", "\u2028", "\u2029", "\u0085", "\ufeff",
          "\u00a0", "\uffff", "\r\n", "x", "\n  ", "\n    ", "|-", ">+", "|2", "\\n", "''", '""', "~", "<<", ",]",
          "k" * 1030 + ": "]
mutants = []
for _ in range(1500):
    lines = rng.choice(sources).split("\n")
    a = rng.randrange(len(lines))
    text = "\n".join(lines[a:a + rng.randint(3, 12)]) + "\n"
    indent = min((len(l) - len(l.lstrip(" ")) for l in text.split("\n") if l.strip()), default=0)
    text = "\n".join(l[indent:] for l in text.split("\n"))
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(text) + 1)
        if rng.random() < 0.7:
            text = text[:at] + rng.choice(tokens) + text[at:]
        else:
            text = text[:at] + text[at + rng.randint(1, 3):]
    mutants.append(text)
with tempfile.TemporaryDirectory() as tmp:
    paths = []
    for i, text in enumerate(mutants):
        paths.append(os.path.join(tmp, f"m{i}.yaml"))
        with open(paths[-1], "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    out = subprocess.run([amigo, "_yaml-json", "--batch"] + paths, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("amigo _yaml-json failed: " + out.stderr)
    mutant_results = [json.loads(l) for l in out.stdout.split("\n") if l]
mutants_accepted = 0
for text, res in zip(mutants, mutant_results):
    if res["diagnostics"]:
        continue
    mutants_accepted += 1
    for name, load in (("PyYAML", lambda t: yaml.load(t, Loader=yaml.BaseLoader)), ("ruamel.yaml", lambda t: ruamel_base.load(t))):
        try:
            theirs = canon(load(text))
        except Exception as e:
            failed.append(f"hand edit {text!r:.300}: amigo accepts it, {name} does not: {str(e).splitlines()[0]}")
            break
        if theirs != canon(res["value"]):
            failed.append(f"hand edit {text!r:.300}: values differ\n  {name} {json.dumps(theirs, ensure_ascii=False)[:300]}\n  amigo  {json.dumps(res['value'], ensure_ascii=False)[:300]}")
            break

# Hostile text through the writing commands: whatever amigo stores, it reads back as given
# (notes without white space at line ends and empty lines around them), and PyYAML and
# ruamel.yaml read the file to the same values, typed and untyped.
hostile = ["a\u2028b", "a\u2029b", "a\u0085b", "a\ufeffb", "zw\u200bsp \u202eevil\u202c", "tab\there", "cr\rhere",
           "colon: here", "hash #here", "- dash", "? q", "!bang", "&amp", "*star", "%pct", "@at", "`tick", "---", "...",
           "trail  ", "  lead", "x" * 3000, "yes", "No", "on", "~", "null", ".inf", "0x1F", "0o17", "017", "1_000",
           "12:30", "1e3", "2026-11-19 10:00", "=", "<<", "'q'", '"dq"', "a\\b", "{x: 1}", "[a, b]", "|", ">",
           "why?", "\u00a0nbsp", "e\u0301 \U0001F600", "a\u000bb", "line1\nline2", "line1\n---\n...\nline4",
           "para\n\n\nend", "\ttab\nnext", "x\n  indented\ny", "# not a comment\nx", "a\u2028b\nc", "a\r\nb",
           "ends\n"]
def normalised(text):
    lines = [l.rstrip(" \t") for l in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[0]: lines.pop(0)
    while lines and not lines[-1]: lines.pop()
    return "\n".join(lines)
def leaves(v):
    if isinstance(v, dict):
        for k, x in v.items():
            yield k
            yield from leaves(x)
    elif isinstance(v, list):
        for x in v: yield from leaves(x)
    else:
        yield v
written = 0
with tempfile.TemporaryDirectory() as tmp:
    ws = os.path.join(tmp, "ws")
    shutil.copytree("Examples/caseload", ws)
    note = os.path.join(tmp, "note.txt")
    for h in hostile:
        with open(note, "w", encoding="utf-8", newline="") as fh:
            fh.write(h)
        for cmd in (["log-session", "K7Q4", "--date", "2026-11-18", "--kind", "parent-talk", "--note-file", note],
                    ["log-session", "K7Q4", "--date", "2026-11-18", "--kind", "phone-call", "--note", h],
                    ["goal", "add", "K7Q4", "--text", h, "--domain", "anxiety", "--agreed-with", "child"],
                    ["new-child", "--label", "Kim Q.", "--born", "2016-05", "--gender", "girl", "--group", "5",
                     "--school", "de-zeester", "--worker", "mvd", "--referred-by", "teacher", "--concern", "anxiety",
                     "--programme", "kansencoach", "--referral-date", "2026-11-10", "--request", h],
                    ["coach", "--teacher", "teacher", "--theme", "anxiety", "--minutes", "20", "--note", h,
                     "--date", "2026-11-18", "--programme", "amigos-op-school", "--school", "de-zeester", "--worker", "mvd"]):
            before = {f: open(f, "rb").read() for f in glob.glob(ws + "/*/*.yaml")}
            run = subprocess.run([amigo] + cmd + ["--dir", ws, "--today", "2026-11-19"], capture_output=True, text=True, stdin=subprocess.DEVNULL)
            changed = sorted(f for f in glob.glob(ws + "/*/*.yaml") if before.get(f) != open(f, "rb").read())
            if run.returncode != 0:
                if changed:
                    failed.append(f"{cmd[0]} {h!r:.40}: refused, but changed {changed}")
                continue
            out = subprocess.run([amigo, "_yaml-json", "--batch", "--typed"] + changed, capture_output=True, text=True)
            values = []
            for f, line in zip(changed, out.stdout.split("\n")):
                res = json.loads(line)
                with open(f, "rb") as fh:
                    text = fh.read().decode("utf-8-sig")
                if res["diagnostics"]:
                    failed.append(f"{cmd[0]} {h!r:.40}: amigo cannot read what it wrote: {res['diagnostics'][0]}")
                    continue
                values += list(leaves(res["value"]))
                problem = None
                for name, load in (("PyYAML", lambda t: yaml.load(t, Loader=yaml.BaseLoader)), ("ruamel.yaml", lambda t: ruamel_base.load(t))):
                    try:
                        if canon(load(text)) != canon(res["value"]):
                            problem = f"{name} reads it differently"
                    except Exception as e:
                        problem = f"{name} cannot read it: {str(e).splitlines()[0]}"
                if problem is None and res.get("typed") is not None:
                    problem = typed_problem(f, text, res["typed"])
                if problem:
                    failed.append(f"{cmd[0]} {h!r:.40}: {os.path.relpath(f, ws)}: {problem}")
            if normalised(h) not in [normalised(v) for v in values if isinstance(v, str)]:
                failed.append(f"{cmd[0]} {h!r:.40}: the text is not stored as given")
            written += 1

print(f"interop: {len(files)} files: {passed - len(rejected)} read identically by PyYAML, ruamel.yaml and amigo, {len(rejected)} rejected by amigo as expected")
print(f"interop: {written} writes of hostile text ({len(hostile)} texts, 5 commands) stored as given and read alike by PyYAML and ruamel.yaml")
print(f"interop: {len(mutants)} hand edits of the examples: {mutants_accepted} accepted by amigo, each read alike by PyYAML and ruamel.yaml")
print(f"interop: {typed_checked} of amigo's own files typed alike by PyYAML, ruamel.yaml and amigo (one disagreeing on purpose)")
for f in failed:
    print("FAIL:", f)
print(f"{passed} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
