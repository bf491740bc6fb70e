#!/usr/bin/env bash
# The outputs of interview (on the plain prompter), migrate, history and init, which scripts/sample-outputs.sh does not
# run: written with one build, so that a refactoring of these commands can be shown to change no byte (diff -r).
# Usage: scripts/sample-outputs-more.sh CSREVIEW OUTDIR    (CSREVIEW: a launcher, or "java -jar target/csreview.jar")
set -uo pipefail
[ $# -eq 2 ] || { echo "usage: $0 CSREVIEW OUTDIR" >&2; exit 2; }
CS="$1"; OUT="$2"; cd "$(dirname "$0")/.."; mkdir -p "$OUT"; W="$OUT/w"; rm -rf "$W"; mkdir -p "$W"
export SOURCE_DATE_EPOCH=1767225600
run() { local name="$1"; local input="$2"; shift 2
  printf '%b' "$input" | $CS "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"; echo $? >"$OUT/$name.rc"; }
OLD=src/test/resources/versions/samples-1.0.0
run init-en "" init --lang en
run init-zh "" init --lang zh
run init-file "" init --lang en "$W/new.yaml"; cp "$W/new.yaml" "$OUT/init-file.yaml"
run init-exists "" init --lang en "$W/new.yaml"
run init-force "" init --lang en --force "$W/new.yaml"
run init-badq "" init --questionnaire nope
run init-badq2 "" init --questionnaire samples/us-listing-platform.yaml
run history-samples "" history --lang en samples/us-listing-platform.yaml samples/hk-listing-platform.yaml
run history-zh "" history --lang zh samples/us-listing-platform.yaml
run history-old "" history --lang en $OLD/*.yaml
run history-bad "" history src/test/resources/hostile/profile/01-unknown-question.yaml samples/us-listing-platform.yaml
run history-none "" history "$W/none.yaml"
mkdir -p "$W/m1" "$W/m2" "$W/m3"; cp $OLD/*.yaml "$W/m1"; cp $OLD/*.yaml "$W/m2"; cp $OLD/*.yaml "$W/m3"
run migrate-dry "" migrate --lang en --dry-run "$W/m1"
run migrate-default "" migrate --lang en "$W/m2"; (cd "$W/m2" && for f in *; do echo "== $f"; cat "$f"; done) >"$OUT/migrate-default.files"
run migrate-inplace "" migrate --lang zh --in-place --date 2026-02-03 "$W/m3"; (cd "$W/m3" && for f in *; do echo "== $f"; cat "$f"; done) >"$OUT/migrate-inplace.files"
run migrate-again "" migrate --lang en "$W/m3"
run migrate-baddate "" migrate --date 2026-13-01 "$W/m1"
run migrate-bad "" migrate src/test/resources/hostile/profile/01-unknown-question.yaml
run migrate-none "" migrate "$W/none.yaml"
cp samples/us-listing-platform.yaml "$W/s1.yaml"
FINISH="$(for i in $(seq 20); do printf 's\\n'; done)\\n"
run iv-finish "$FINISH" interview --lang en --plain --session "$W/s1.yaml" --resume --out "$W/o1" --date 2026-01-15
run iv-again "$FINISH" interview --lang en --plain --session "$W/s1.yaml" --resume --out "$W/o1" --date 2026-01-15
run iv-sources "$FINISH" interview --lang zh --plain --session "$W/s1.yaml" --resume --sources --out "$W/o2" --formats md
run iv-resume-new "" interview --plain --resume --new
run iv-update-missing "" interview --plain --update "$W/none.yaml"
run iv-update-new "" interview --plain --update samples/us-listing-platform.yaml --new
run iv-badformat "" interview --plain --formats nope
run iv-baddate "" interview --plain --date 2026-99-01 --formats nope
run iv-baddocl "" interview --plain --doc-lang fr
run iv-badtemplates "" interview --plain --templates samples/us-listing-platform.yaml
run iv-new-quit "q\n" interview --lang en --plain --session "$W/s2.yaml" --new
run iv-new-eof "" interview --lang en --plain --session "$W/s3.yaml"
run iv-badq "" interview --plain --questionnaire nope --session "$W/s4.yaml"
printf 'questionnaire: cybersecurity-review\nanswers: [\n' >"$W/broken.yaml"
run iv-broken "" interview --lang en --plain --session "$W/broken.yaml" --resume
cp $OLD/us-listing-platform.yaml "$W/u.yaml"
run iv-update "$FINISH" interview --lang en --plain --update "$W/u.yaml" --out "$W/o3" --date 2026-01-15
ls "$W/o1" "$W/o2" "$W/o3" "$W" >"$OUT/listing" 2>&1
for f in $(find "$W" -name '*.md' | sort); do echo "== $f"; cat "$f"; done >"$OUT/packages.md"
sed -i "s#$W#W#g" "$OUT"/*.out "$OUT"/*.err "$OUT"/*.files "$OUT/listing" "$OUT/packages.md" 2>/dev/null
rm -rf "$W"
