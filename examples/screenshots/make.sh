#!/usr/bin/env bash
# Remakes the workbook screenshots listed below from the bundled examples.
#
#   examples/screenshots/make.sh                         # every screenshot in the list
#   examples/screenshots/make.sh confirmations-sample.png  # only the ones named
#
# It builds nothing: build the jar first (mvn -q -B -DskipTests package). It runs each job once into a temporary
# folder, prints the one sheet to PDF with LibreOffice (soffice, headless; the sheet's own page setup), renders the
# page with pdftoppm and crops it to the printed area (sheetshot.py, python3 without PIL).
# Environment: JAR (default target/ar-workbench.jar), OUT (default examples/screenshots), DPI (default 150: a
# landscape A4 sheet fitted to the page width comes out ~1500 px wide, as the other screenshots), KEEP_TMP=1 keeps
# the temporary folder.
set -euo pipefail

# One line per screenshot: PNG | SHEET | OPTIONS | JOB ARGUMENTS (of ar-workbench.jar, without --out, run from the
# repository root; the same arguments are run once for all their screenshots; {tmp} is the temporary folder, where
# prepare below leaves its files). OPTIONS: "-", or any of dpi=N (default $DPI), w=N and h=N (pixels: keep only the
# top-left of a wide or long sheet).
SHOTS='
dunning-credit-review.png | Credit review | -       | dunning examples/netsuite-ar-aging-detail.csv --as-of 2026-06-30 --customers examples/netsuite-customers.csv
confirmations-tracker.png | Confirmations | -       | confirmations examples/netsuite-ar-aging-detail.csv --as-of 2026-06-30 --key-items 20000 --tolerable 50000 --history examples/kpi/invoice-history.csv --previous {tmp}/confirmations-replied.xlsx
confirmations-sample.png  | Sample        | dpi=220 | confirmations examples/netsuite-ar-aging-detail.csv --as-of 2026-06-30 --key-items 20000 --tolerable 50000 --history examples/kpi/invoice-history.csv --previous {tmp}/confirmations-replied.xlsx
allowance-summary.png     | Allowance        | -       | allowance examples/netsuite-ar-aging-detail.csv --as-of 2026-06-30 --history examples/kpi/invoice-history.csv --write-offs examples/kpi/write-offs.csv --gl examples/kpi/trial-balance-2026-06.csv
allowance-matrix.png      | Provision matrix | -       | allowance examples/netsuite-ar-aging-detail.csv --as-of 2026-06-30 --history examples/kpi/invoice-history.csv --write-offs examples/kpi/write-offs.csv --gl examples/kpi/trial-balance-2026-06.csv
'

# Workbooks as a user gives them back with --previous: the first run of docs/confirmations.md's example with three
# replies typed into its tracker (one agreed, one differing by a credit note, one not answered).
prepare() {
  job confirmations examples/netsuite-ar-aging-detail.csv --as-of 2026-06-30 --key-items 20000 --tolerable 50000 \
      --history examples/kpi/invoice-history.csv --out "$tmp/confirmations-first.xlsx"
  python3 "$here/sheetshot.py" fill "$tmp/confirmations-first.xlsx" Confirmations "$tmp/confirmations-replied.xlsx" \
      "Bayside Marine Supply|Reply=Agreed|Amount confirmed=71093.08" \
      "Allegheny Valley Hospital|Reply=Differs|Amount confirmed=13956.24|Notes=credit note 500.00 not booked" \
      "Lakeshore Hotels|Reply=No reply|Notes=second request sent 2026-07-20"
}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here/../.."
JAR=${JAR:-target/ar-workbench.jar}
OUT=${OUT:-examples/screenshots}
DPI=${DPI:-150}
for tool in java soffice pdftoppm python3; do
  command -v "$tool" >/dev/null || { echo "make.sh: $tool is not installed" >&2; exit 1; }
done
[ -f "$JAR" ] || { echo "make.sh: $JAR not found: build it first (mvn -q -B -DskipTests package)" >&2; exit 1; }
mkdir -p "$OUT"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ar-screenshots.XXXXXX")
[ "${KEEP_TMP:-}" = 1 ] && echo "make.sh: temporary files in $tmp" || trap 'rm -rf "$tmp"' EXIT

trim() { local s=$1; s=${s#"${s%%[![:space:]]*}"}; printf '%s' "${s%"${s##*[![:space:]]}"}"; }
job() {
  java -jar "$JAR" "$@" >"$tmp/job.log" 2>&1 || { cat "$tmp/job.log" >&2; echo "make.sh: the job failed: $*" >&2; exit 1; }
}
prepare
declare -A books=()    # job arguments -> the workbook they wrote
made=0
while IFS='|' read -r png sheet options job; do
  png=$(trim "$png"); sheet=$(trim "$sheet"); options=$(trim "$options"); job=$(trim "$job")
  [ -n "$png" ] || continue
  if [ $# -gt 0 ] && [[ " $* " != *" $png "* ]]; then continue; fi
  if [ -z "${books[$job]:-}" ]; then
    book="$tmp/book-${#books[@]}.xlsx"
    read -r -a words <<<"${job//\{tmp\}/$tmp}"
    job "${words[@]}" --out "$book"
    books[$job]=$book
  fi
  base="$tmp/${png%.png}"
  python3 "$here/sheetshot.py" keep "${books[$job]}" "$sheet" "$base.xlsx"
  soffice -env:UserInstallation="file://$tmp/lo-profile" --headless --convert-to pdf --outdir "$tmp" "$base.xlsx" \
    >"$tmp/soffice.log" 2>&1 && [ -f "$base.pdf" ] \
    || { cat "$tmp/soffice.log" >&2; echo "make.sh: LibreOffice did not print $sheet" >&2; exit 1; }
  dpi=$DPI; w=0; h=0
  for option in $options; do
    case $option in
      dpi=*) dpi=${option#dpi=} ;; w=*) w=${option#w=} ;; h=*) h=${option#h=} ;; -) ;;
      *) echo "make.sh: unknown option $option for $png" >&2; exit 1 ;;
    esac
  done
  pdftoppm -r "$dpi" -f 1 -l 1 -singlefile "$base.pdf" "$base"
  python3 "$here/sheetshot.py" crop "$base.ppm" "$OUT/$png" "$dpi" "$w" "$h"
  made=$((made + 1))
done <<<"$SHOTS"
[ "$made" -gt 0 ] || { echo "make.sh: no screenshot in the list is named $*" >&2; exit 1; }
