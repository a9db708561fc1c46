#!/usr/bin/env python3
"""An independent check of the period report's small-number suppression with an integer
solver (scipy.optimize.milp): no count shown as `<5` or `x` can be worked out exactly from the
figures the report publishes.

It runs `amigo report --period P --format json` on the example workspaces and on a generated
one (`amigo-bench generate`), and rebuilds from the JSON alone every sum a reader can form:
programmes within all programmes, schools within all schools, schools within their
municipality and municipalities within the total, the categories of each breakdown within its
total (referral source, closure reason; the destinations, a trajectory may name several: at
least the total, each at most it), the light-work breakdowns, the meldcode outcomes, and the
counts of the other parts across programmes. A shown count is a constant, `<5` an integer
from 1 to small_numbers - 1, `x` (and a programme's blank cell, a figure its profile does not
show) any integer from 0 up to a bound above every total; a withheld count whose median or
mean shows says whether it is 0, small or not. For each hidden count the solver asks its
minimum and maximum under all those equations; the check fails when any is pinned to one value.

usage: suppression_solver.py AMIGO [AMIGO_BENCH]
"""
import json, os, subprocess, sys, tempfile

try:
    import numpy as np
    from scipy.optimize import LinearConstraint, Bounds, milp
except ImportError:
    print("SKIPPED: scipy is not installed (pip install scipy), so the solver check did not run")
    sys.exit(0)

if len(sys.argv) not in (2, 3):
    sys.exit(__doc__.strip().splitlines()[-1])
amigo = os.path.abspath(sys.argv[1])
bench = os.path.abspath(sys.argv[2]) if len(sys.argv) == 3 else os.path.join(
    os.path.dirname(amigo), "amigo-bench")
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
os.chdir(root)

# The count rows of the indicator tables (the others are medians, means and shares).
COUNTS = ["reached", "families", "new", "running", "closed", "referrals", "waiting"]
# A withheld count whose figure shows tells 0 (empty), small (n<5) or not (a number).
FIGURE_OF = {"reached": "contact_minutes", "new": "days_to_start", "closed": "duration_median"}
BREAKDOWNS = {"referral_source": "referrals", "closure_reason": "closed", "destination": "closed"}
MULTI_VALUED = {"destination"}
LIGHT_SUMS = [("audience:", "theme_attendance", "=="), ("asked_by:", "light_contacts", "=="),
              ("outcome:", "light_contacts", "<="), ("theme:", "light_contacts", "<=")]
LIGHT_COUNTED = ("theme_attendance", "audience:", "light_contacts", "asked_by:", "outcome:",
                 "theme:", "parents_reached")
ACTIVITY_CHILDREN = ["children_discussed", "discussed_not_identified", "group_participants",
                     "reached_in_activities"]
PART_COUNTS = {"sharing": ["meldcode", "exception_not_competent", "exception_without_parents"],
               "after_trajectory": ["referrals_made", "referred_youth_care",
                                    "referred_youth_mental_health", "repeat_requests",
                                    "follow_up"]}


def check(report, name):
    """The hidden counts of one report the solver pins down, as messages."""
    threshold = report["facts"]["small_numbers"]
    cells = {}  # key -> ("int", v) | ("small",) | ("x",) | ("free",)
    figures = {}  # key of a count -> what its figure tells: ("zero",) ("small",) ("big",)
    sums = []  # (parts, total, relation)

    def kind(v):
        if isinstance(v, bool) or v is None:
            return ("free",)
        if isinstance(v, int):
            return ("int", v)
        if isinstance(v, dict) and "marker" in v:
            return {"small-count": ("small",), "withheld": ("x",)}.get(v["reason"], ("fig",))
        return ("num",)

    tables = {}
    notes = []
    for sec in report["sections"]:
        for b in sec["blocks"]:
            if b.get("type") == "table":
                tables[(sec["id"], b["id"])] = b
        if sec["id"] == "notes":
            notes = [b for b in sec["blocks"] if b.get("type") == "paragraph"]
    movers = bool(notes)

    def rows_of(t):
        return {r["indicator"]["code"] if "indicator" in r else r[t["columns"][0]["key"]]["code"]: r
                for r in t["rows"]}

    def key(section, table, row, col):
        # The total column of the three indicator tables is one count.
        if table == "indicators" and section in ("programmes", "schools", "municipalities") \
                and col == "all":
            section = "programmes"
        return (section, table, row, col)

    def cell(section, table, row, col, value):
        k = key(section, table, row, col)
        cells[k] = kind(value)
        return k

    def columns(t):
        return [c["key"] for c in t["columns"][1:]]

    # The indicator tables: programmes, schools, municipalities.
    school_town = {}
    for r in report["data"]["rows"]:
        if r["group_type"]["code"] == "school" and r["municipality"]:
            school_town[r["group"]["code"]] = r["municipality"]
    for section in ("programmes", "schools", "municipalities"):
        t = tables.get((section, "indicators"))
        if not t:
            continue
        rows = rows_of(t)
        cols = columns(t)
        for row in COUNTS:
            if row not in rows:
                continue
            keys = [cell(section, "indicators", row, c, rows[row][c]) for c in cols]
            fig = rows.get(FIGURE_OF.get(row, ""))
            for c, k in zip(cols, keys):
                if fig is not None and cells[k] == ("x",):
                    f = fig[c]
                    if f is None:
                        figures[k] = ("zero",)
                    elif isinstance(f, dict) and f.get("reason") == "too-few-cases":
                        figures[k] = ("small",)
                    elif not isinstance(f, dict):
                        figures[k] = ("big",)
            if row == "families":
                continue
            if section == "schools" and row == "reached" and movers:
                continue
            if section == "municipalities":
                # The municipalities with the schools of none add up to all, as the schools do.
                if not (row == "reached" and movers):
                    loose = [key("schools", "indicators", row, s)
                             for s in columns(tables[("schools", "indicators")])[1:]
                             if s not in school_town]
                    sums.append((keys[1:] + loose, keys[0], "=="))
                sums.append((keys[1:], keys[0], "<="))
                # The schools of each municipality add up to it.
                if not (row == "reached" and movers):
                    for c, k in zip(cols[1:], keys[1:]):
                        parts = [key("schools", "indicators", row, s)
                                 for s, town in school_town.items() if town == c]
                        sums.append((parts, k, "=="))
            else:
                sums.append((keys[1:], keys[0], "=="))

    # The breakdowns per programme.
    ind = tables.get(("programmes", "indicators"))
    for table, total_row in BREAKDOWNS.items():
        t = tables.get(("programmes", table))
        if not t or not ind:
            continue
        rows = rows_of(t)
        cols = columns(t)
        for row, r in rows.items():
            keys = [cell("programmes", table, row, c, r[c]) for c in cols]
            sums.append((keys[1:], keys[0], "=="))
        for c in cols:
            parts = [key("programmes", table, row, c) for row in rows]
            total = key("programmes", "indicators", total_row, c)
            if table in MULTI_VALUED:
                sums.append((parts, total, ">="))
                for p in parts:
                    sums.append(([p], total, "<="))
            else:
                sums.append((parts, total, "=="))

    # Work without a child file: its breakdowns, parents reached, programmes within all.
    t = tables.get(("light_work", "light_work"))
    if t:
        rows = rows_of(t)
        cols = columns(t)
        for row, r in rows.items():
            if not row.startswith(LIGHT_COUNTED):
                continue
            keys = [cell("light_work", "light_work", row, c, r[c]) for c in cols]
            sums.append((keys[1:], keys[0], "=="))
        for c in cols:
            k = lambda row: key("light_work", "light_work", row, c)
            for prefix, total, relation in LIGHT_SUMS:
                parts = [k(row) for row in rows if row.startswith(prefix)]
                if parts and total in rows:
                    sums.append((parts, k(total), relation))
            if all(r in rows for r in ("parents_reached", "audience:parents", "asked_by:parent")):
                sums.append(([k("audience:parents"), k("asked_by:parent")], k("parents_reached"),
                             "=="))

    # Meetings and groups: a child may be in the activities of several programmes.
    t = tables.get(("activities", "activities"))
    if t:
        rows = rows_of(t)
        cols = columns(t)
        for row in ACTIVITY_CHILDREN:
            if row in rows:
                keys = [cell("activities", "activities", row, c, rows[row][c]) for c in cols]
                sums.append((keys[1:], keys[0], ">="))
                for p in keys[1:]:
                    sums.append(([p], keys[0], "<="))

    # Sharing and after the trajectory: programmes within all; the meldcode outcomes.
    for section, counted in PART_COUNTS.items():
        t = tables.get((section, "indicators"))
        if not t:
            continue
        rows = rows_of(t)
        cols = columns(t)
        for row in counted:
            if row in rows:
                keys = [cell(section, "indicators", row, c, rows[row][c]) for c in cols]
                sums.append((keys[1:], keys[0], "=="))
        m = tables.get((section, "meldcode_outcome"))
        if m and "meldcode" in rows:
            mrows = rows_of(m)
            for row, r in mrows.items():
                keys = [cell(section, "meldcode_outcome", row, c, r[c]) for c in cols]
                sums.append((keys[1:], keys[0], "=="))
            for c in cols:
                sums.append(([key(section, "meldcode_outcome", row, c) for row in mrows],
                             key(section, "indicators", "meldcode", c), "=="))

    # Cells a sum names but no table showed (a part left out): free.
    for parts, total, _ in sums:
        for k in parts + [total]:
            cells.setdefault(k, ("free",))
    keys = sorted(cells)
    index = {k: i for i, k in enumerate(keys)}
    shown = sum(c[1] for c in cells.values() if c[0] == "int")
    big = 2 * shown + threshold * len(keys) + 1
    low = np.zeros(len(keys))
    high = np.zeros(len(keys))
    for k, c in cells.items():
        i = index[k]
        if c[0] == "int":
            low[i] = high[i] = c[1]
        elif c[0] == "small":
            low[i], high[i] = 1, threshold - 1
        else:
            low[i], high[i] = 0, big
    for k, f in figures.items():
        i = index[k]
        low[i], high[i] = {"zero": (0, 0), "small": (1, threshold - 1),
                           "big": (threshold, big)}[f[0]]
    rows, lb, ub = [], [], []
    for parts, total, relation in sums:
        a = np.zeros(len(keys))
        for p in parts:
            a[index[p]] += 1
        a[index[total]] -= 1
        rows.append(a)
        lb.append(0 if relation in ("==", ">=") else -np.inf)
        ub.append(0 if relation in ("==", "<=") else np.inf)
    constraints = [LinearConstraint(np.array(rows), lb, ub)] if rows else []
    integrality = np.ones(len(keys))

    def solve(i, sign):
        c = np.zeros(len(keys))
        c[i] = sign
        r = milp(c, constraints=constraints, integrality=integrality, bounds=Bounds(low, high))
        return None if r.x is None else round(r.x[i])

    hidden = [k for k, c in cells.items() if c[0] in ("small", "x")]
    if hidden and solve(index[hidden[0]], 1) is None:
        return [f"{name}: the published figures contradict each other (no solution): a sum "
                f"the check assumes does not hold"], len(hidden)
    leaks = []
    for k in sorted(hidden):
        lo, hi = solve(index[k], 1), solve(index[k], -1)
        if lo == hi:
            leaks.append(f"{name}: {'/'.join(k)} ({cells[k][0]}) is pinned to {lo}")
    return leaks, len(hidden)


# The check itself: a report whose "<5" is all programmes minus a shown one must fail, and one
# where that count is withheld must pass.
def toy(b):
    small = {"marker": "<5", "reason": "small-count"}
    row = {"indicator": {"code": "referrals", "label": ""}, "all": 7, "a": small, "b": b}
    table = {"type": "table", "id": "indicators",
             "columns": [{"key": "indicator"}, {"key": "all"}, {"key": "a"}, {"key": "b"}],
             "rows": [row]}
    return {"facts": {"small_numbers": 5}, "data": {"rows": []},
            "sections": [{"id": "programmes", "blocks": [table]}]}


if not check(toy(5), "toy")[0] or check(toy({"marker": "x", "reason": "withheld"}), "toy")[0]:
    print("FAIL the solver check does not tell a pinned count from a protected one")
    sys.exit(1)

runs = []
for ws in sorted(os.listdir("Examples")):
    if not os.path.isfile(os.path.join("Examples", ws, "amigo.yaml")):
        continue
    for period in ["2025/2026", "2026"]:
        runs.append((f"Examples/{ws} {period}", f"Examples/{ws}", period))
tmp = tempfile.mkdtemp(prefix="amigo-solver-")
generated = os.path.join(tmp, "generated")
if os.path.exists(bench):
    g = subprocess.run([bench, "generate", "--trajectories", "600", "--seed", "25",
                        "--activities", "40", "--out", generated],
                       capture_output=True, text=True)
    if g.returncode != 0:
        print(f"FAIL amigo-bench generate: exit {g.returncode}\n{g.stderr}")
        sys.exit(1)
    for period in ["2024/2025", "2025/2026", "2026-Q1"]:
        runs.append((f"generated {period}", generated, period))
else:
    print(f"FAIL {bench} not found: build it (swift build -c release)")
    sys.exit(1)

failures = 0
checked = 0
for name, ws, period in runs:
    result = subprocess.run([amigo, "report", "--period", period, "--format", "json", "--lang",
                             "en", "--dir", ws, "--today", "2026-11-19", "--skip-invalid"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        print(f"FAIL amigo report --period {period} --dir {ws}: exit {result.returncode}\n"
              f"{result.stderr}")
        failures += 1
        continue
    leaks, n = check(json.loads(result.stdout), name)
    checked += n
    for leak in leaks:
        print("FAIL " + leak)
    failures += len(leaks)
print(f"suppression solver: {len(runs)} reports, {checked} hidden counts, {failures} failed")
sys.exit(1 if failures else 0)
