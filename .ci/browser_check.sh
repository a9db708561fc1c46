#!/usr/bin/env bash
# The HTML reports in a real browser (Debian's headless chromium): renders the week, child and
# period report of every example workspace (Dutch, and the caseload's also in English), and the
# period report of a generated workspace with 50 schools (amigo-bench, beside amigo), to HTML,
# PNG and PDF, and fails when
#   - an element overflows horizontally at 1200 px or at 375 px (.ci/browser/harness.html loads
#     each report in an iframe of that width and lists every such element),
#   - an <svg> does not start with <title> and <desc>, or a report has a script, an external
#     resource or a web font,
#   - a printed child report lacks the confidentiality line on a page (pdftotext),
#   - the check itself does not catch .ci/browser/too-wide.html (a page that is too wide).
#
# Usage: .ci/browser_check.sh [path/to/amigo] [--screenshots]
#   --screenshots also writes the screenshots in docs/screenshots/ (README shows them).
# Needs: chromium, pdftotext (apt-get install chromium poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."

amigo="${1:-.build/release/amigo}"
screenshots=0
[ "${2:-}" = "--screenshots" ] && screenshots=1
chromium="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$chromium" ] || { echo "browser check: chromium not found (apt-get install chromium)"; exit 1; }
command -v pdftotext >/dev/null || { echo "browser check: pdftotext not found (apt-get install poppler-utils)"; exit 1; }
[ -x "$amigo" ] || { echo "browser check: $amigo not found; build it first (swift build -c release)"; exit 1; }

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

chrome() {
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$out/profile" "$@" 2>/dev/null
}

# The examples are dated around this day (as their tests are).
today=2026-11-19
reports=()
report() { # name, dir, arguments...
  local name="$1" dir="$2"
  shift 2
  "$amigo" report --dir "$dir" --today "$today" --format html --output "$out/$name.html" "$@" 2>"$out/stderr.txt" \
    || { cat "$out/stderr.txt"; fail "amigo report $* failed"; return; }
  reports+=("$name.html")
}
for dir in Examples/*/; do
  ex="$(basename "$dir")"
  child="$(ls "$dir/trajectories" | head -n 1)"
  report "$ex-week" "$dir" --week 2026-W47 --lang nl
  report "$ex-child" "$dir" --child "${child%.yaml}" --lang nl
  report "$ex-period" "$dir" --period 2025/2026 --lang nl
done
first="$(ls Examples/caseload/trajectories | head -n 1)"
# A generated workspace with 50 schools: its per-school table is far wider than a page, and
# must come in blocks of columns (ecosystem review §4).
bench="$(dirname "$amigo")/amigo-bench"
if [ -x "$bench" ]; then
  "$bench" generate --trajectories 400 --seed 7 --out "$out/fifty-schools" >/dev/null
  report fifty-schools-period "$out/fifty-schools" --period 2025/2026 --lang nl
else
  fail "$bench not found; build it too (swift build -c release)"
fi
report caseload-week-en Examples/caseload --week 2026-W47 --lang en
report caseload-child-en Examples/caseload --child "${first%.yaml}" --lang en
report caseload-period-en Examples/caseload --period 2025/2026 --lang en
echo "browser check: ${#reports[@]} reports"

# No scripts and no network in amigo's output.
for r in "${reports[@]}"; do
  if grep -qiE '<script|https?:|@import|@font-face' "$out/$r"; then fail "$r has a script or a URL"; fi
done

# Overflow and SVG titles: the harness page, in one browser run for all reports.
harness() { # result file, reports...
  local result="$1"
  shift
  cp .ci/browser/harness.html "$out/harness.html"
  {
    printf 'window.AMIGO_REPORTS = ['
    local sep=""
    for r in "$@"; do printf '%s"%s"' "$sep" "$r"; sep=", "; done
    printf '];\n'
  } >"$out/reports.js"
  chrome --allow-file-access-from-files --virtual-time-budget=60000 --window-size=1400,1000 \
    --dump-dom "file://$out/harness.html" \
    | python3 -c 'import html, re, sys
m = re.search(r"<pre id=\"result\">(.*?)</pre>", sys.stdin.read(), re.S)
print(html.unescape(m.group(1)) if m else "")' >"$result"
}

# First the check itself: the too-wide fixture must fail it.
cp .ci/browser/too-wide.html "$out/too-wide.html"
harness "$out/self-test.txt" too-wide.html
if ! grep -q '^DONE' "$out/self-test.txt"; then
  fail "the harness page did not finish (chromium: $("$chromium" --version 2>/dev/null))"
elif ! grep -q '^OVERFLOW too-wide.html @375px' "$out/self-test.txt" \
  || ! grep -q '^OVERFLOW too-wide.html @1200px' "$out/self-test.txt" \
  || ! grep -q '^SVG too-wide.html' "$out/self-test.txt"; then
  fail "the check does not catch .ci/browser/too-wide.html:"
  cat "$out/self-test.txt"
else
  echo "ok: the check catches the too-wide fixture ($(grep -c '^OVERFLOW' "$out/self-test.txt") overflowing elements)"
fi

harness "$out/result.txt" "${reports[@]}"
if ! grep -q '^DONE' "$out/result.txt"; then
  fail "the harness page did not finish"
fi
if grep -vE '^(DONE)?$' "$out/result.txt" >"$out/problems.txt"; then
  fail "$(wc -l <"$out/problems.txt") problems in the reports:"
  cat "$out/problems.txt"
else
  echo "ok: no horizontal overflow at 1200 px and 375 px; every svg has a title and a description"
fi

# PDF (A4, as printed) and the confidentiality line on every page of a child report.
for r in "${reports[@]}"; do
  pdf="$out/${r%.html}.pdf"
  chrome --no-pdf-header-footer --print-to-pdf="$pdf" "file://$out/$r" >/dev/null
  [ -s "$pdf" ] || { fail "$r: no PDF"; continue; }
  pages="$(pdftotext -layout "$pdf" - | tr -cd '\f' | wc -c)"
  case "$r" in
    *-child-en.html) line="Confidential: contains data about a child" ;;
    *-child.html) line="Vertrouwelijk: bevat gegevens over een kind" ;;
    *) line="" ;;
  esac
  # Each worker (week) and each part of a period report starts a printed page.
  case "$r" in
    *-week*.html | *-period*.html)
      for ((p = 1; p <= pages; p++)); do
        pdftotext -f "$p" -l "$p" "$pdf" - | tr -s ' \n' '  ' | head -c 300 >"$out/page-$p.txt"
        echo >>"$out/page-$p.txt"
      done
      if ! python3 - "$out/$r" "$out" "$pages" <<'PY'; then fail "$r: a section does not start a printed page"; fi
import html, re, sys
report, folder, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(report, encoding="utf-8").read()
week = "report-week" in text
starts = [open(f"{folder}/page-{p}.txt", encoding="utf-8").read().strip() for p in range(1, pages + 1)]
missing = []
for sid, title in re.findall(r'<section class="top" id="([^"]+)">\n<h2>(.*?)</h2>', text):
    if (week and not sid.startswith("worker-")) or (not week and sid == "left-out"):
        continue
    title = " ".join(html.unescape(title).split())
    if not any(s.startswith(title) for s in starts):
        missing.append(title)
for title in missing:
    print(f"  not at the top of a page: {title}")
sys.exit(1 if missing else 0)
PY
      ;;
  esac
  if [ -n "$line" ]; then
    missing=0
    for ((p = 1; p <= pages; p++)); do
      pdftotext -f "$p" -l "$p" "$pdf" - | grep -qF "$line" || missing=$((missing + 1))
    done
    if [ "$missing" -gt 0 ]; then fail "$r: $missing of $pages printed pages without \"$line\""; fi
  fi
  echo "ok: $r printed on $pages A4 pages"
done

# Screenshots: every report at both widths; the caseload's in docs/ with --screenshots.
for r in caseload-week.html caseload-child.html caseload-period.html; do
  for w in 1200 375; do
    png="$out/${r%.html}-$w.png"
    chrome --window-size="$w,1400" --screenshot="$png" "file://$out/$r" >/dev/null
    [ -s "$png" ] || fail "$r: no screenshot at $w px"
    if [ "$screenshots" = 1 ]; then
      mkdir -p docs/screenshots
      cp "$png" "docs/screenshots/${r%.html}-$w.png"
    fi
  done
done
[ "$screenshots" = 1 ] && echo "screenshots written in docs/screenshots/"

if [ "$failures" -gt 0 ]; then
  echo "browser check: $failures failures"
  exit 1
fi
echo "browser check: passed"
