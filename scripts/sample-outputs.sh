#!/usr/bin/env bash
# Every output the samples give, written with one build of csreview, so that a refactoring can be shown to change no
# byte: run it with the build before and after, then `diff -r BEFORE AFTER`.
# Usage: scripts/sample-outputs.sh CSREVIEW OUTDIR    (CSREVIEW: a launcher, or "java -jar target/csreview.jar")
# The interview, migrate, history and init cases are scripts/sample-outputs-more.sh's, written under OUTDIR/more.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 CSREVIEW OUTDIR" >&2; exit 2; }
CS="$1"; OUT="$2"
cd "$(dirname "$0")/.."
mkdir -p "$OUT"
export SOURCE_DATE_EPOCH=1767225600   # 2026-01-01: packages and plans count from a fixed day
run() { # name, args…: stdout, stderr and the exit code, each kept
  local name="$1"; shift
  set +e
  $CS "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
  echo $? >"$OUT/$name.rc"
  set -e
}
run text-en assess samples/*.yaml
run text-zh assess --lang zh samples/*.yaml
run json assess samples/*.yaml --format json
run ci assess samples/*.yaml --format text,json,junit,sarif,github --output-dir "$OUT/ci" --fail-on must-declare
run package assess samples/*.yaml --out "$OUT/packages" --formats md,html,docx --doc-lang both
run portfolio portfolio samples/*.yaml --out "$OUT/portfolio"
run timeline timeline samples/us-listing-platform.yaml
run validate validate questionnaires/cybersecurity-review-2022.yaml
$CS assess samples/us-listing-platform.yaml --format json >"$OUT/us.json" 2>/dev/null || true
$CS assess samples/hk-listing-platform.yaml --format json >"$OUT/hk.json" 2>/dev/null || true
run diff diff "$OUT/us.json" "$OUT/hk.json"
run baseline assess samples/*.yaml --baseline "$OUT/hk.json" --format text,json,junit,sarif --output-dir "$OUT/baseline" --fail-on-changes
printf 'waivers:\n  - id: route:art7_listing_abroad\n    profile: samples/us-listing-platform.yaml\n    reason: filed\n    owner: legal\n    expires: 2026-12-31\n  - id: route:art7_listing_abroad\n    profile: samples/hk-listing-platform.yaml\n    reason: filed\n    owner: legal\n    expires: 2025-05-31\n' >"$OUT/waivers.yaml"
run waivers assess samples/*.yaml --waivers "$OUT/waivers.yaml" --format text,junit,sarif,github --output-dir "$OUT/waived" --fail-on must-declare
run questionnaires questionnaires
run bad-profile assess src/test/resources/hostile/profile/01-unknown-question.yaml
run bad-format assess samples/us-listing-platform.yaml --format nope
run usage-zh --lang zh assess --nope
run help-zh --lang zh assess --help
run help-en assess --help
# The output folder's own name is not part of what is compared.
sed -i "s#$OUT#OUT#g" "$OUT"/*.out "$OUT"/*.err
# A package's DOCX bytes: unzip so that a diff names the part that changed.
find "$OUT/packages" -name '*.docx' | while read -r d; do mkdir -p "$d.parts" && (cd "$d.parts" && unzip -qo "$d"); done
# interview (plain prompter), migrate, history and init, in a folder of their own.
scripts/sample-outputs-more.sh "$CS" "$OUT/more" >/dev/null
echo "written: $OUT"
