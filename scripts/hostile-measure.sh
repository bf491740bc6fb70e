#!/usr/bin/env bash
# Runs every case of the hostile corpus (src/test/resources/hostile) in its own JVM, as a user would, and reports
# the figures issue 22 asks for: cases, clean (exit 2 or 3, a located diagnostic, no stack trace), and the maxima of
# wall time and resident memory. Needs target/classes (./mvnw -q compile) and GNU time.
#   scripts/hostile-measure.sh [-Xmx512m]   (JVM options; default -Xmx512m)
set -u
cd "$(dirname "$0")/.."
JVM_OPTS=${1:--Xmx512m}
CP_FILE=target/hostile-classpath.txt
[ -s "$CP_FILE" ] || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="target/classes:$(cat "$CP_FILE")"
H=src/test/resources/hostile
SAMPLE=samples/us-listing-platform.yaml
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cases=0; clean=0; max_s=0; max_kb=0; slowest=""; largest=""

run() { # name, args...
  local name=$1; shift
  rm -rf "$WORK/o"; mkdir -p "$WORK/t"
  /usr/bin/time -f "%e %M" -o "$WORK/time" timeout 60 java $JVM_OPTS -cp "$CP" dev.csreview.cli.Main "$@" \
    >"$WORK/out" 2>"$WORK/err" </dev/null
  local rc=$? s kb
  read -r s kb < <(tail -1 "$WORK/time" 2>/dev/null) || { s=60; kb=0; }
  cases=$((cases + 1))
  if [[ $rc == 2 || $rc == 3 ]] && ! grep -q $'\tat \|Exception in\|csreview: internal error' "$WORK/err" "$WORK/out" \
      && grep -q '[:\[]' "$WORK/err"; then
    clean=$((clean + 1))
  else
    echo "NOT CLEAN ($rc): $name: $(head -c 300 "$WORK/err")"
  fi
  if awk "BEGIN{exit !($s > $max_s)}"; then max_s=$s; slowest=$name; fi
  if (( kb > max_kb )); then max_kb=$kb; largest=$name; fi
}

for f in "$H"/questionnaire/*; do run "$f" validate "$f"; done
for f in "$H"/profile/*; do run "$f" validate --questionnaire src/test/resources/fixtures/feature.yaml "$f"; done
for f in "$H"/waivers/*; do run "$f" assess --waivers "$f" --format json "$SAMPLE"; done
for d in "$H"/templates/*/; do
  if [[ $d == *03-include-path-traversal* ]]; then continue; fi # renders: an include names text, reads no file
  run "$d" assess --out "$WORK/o" --formats md --doc-lang en --templates "$d" --date 2026-01-15 "$SAMPLE"
done
for f in "$H"/baseline/*; do run "$f" assess --baseline "$f" "$SAMPLE"; run "$f (diff)" diff "$f" "$f"; done
for d in "$H"/brand/*/; do run "$d" portfolio --out "$WORK/o" --brand "$d/brand.yaml" --date 2026-01-15 "$SAMPLE"; done
for f in "$H"/args/*; do
  mapfile -t a < <(tail -n +2 "$f" | sed "s|{tmp}|$WORK/t|g")
  run "$f" "${a[@]}"
done
echo "cases $cases, clean $clean, slowest ${max_s} s ($slowest), most memory $((max_kb / 1024)) MB RSS ($largest), JVM $JVM_OPTS"
