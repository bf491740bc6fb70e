#!/usr/bin/env bash
# Batch benchmark: N synthetic profiles → profiles/s and peak RSS, for evaluation only (JSON out), with Markdown
# packages, and for parsing only (the floor the engine is compared with).
# Usage: scripts/bench-batch.sh [N ...]     (default: 100 1000 10000; build first: ./mvnw -B -q package)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-100 1000 10000}")
[ $# -eq 0 ] && SIZES=(100 1000 10000)
JAR=target/csreview.jar
[ -f "$JAR" ] && [ -d target/test-classes ] || { echo "build first: ./mvnw -B -q package" >&2; exit 3; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 3; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
java -version 2>&1 | head -1
printf '%-8s %-10s %10s %12s %12s\n' N mode seconds profiles/s peakRSS_MB
for N in "${SIZES[@]}"; do
  DIR="$WORK/p$N"
  mkdir -p "$DIR"
  # Profiles made from the samples (every answer present, as a real client's would be), with names and counts varied.
  python3 scripts/make-profiles.py "$DIR" "$N" samples
  run() {
    local mode="$1"; shift
    local t0 t1 rss
    t0=$(date +%s.%N)
    /usr/bin/time -f '%M' -o "$WORK/rss" "$@" >/dev/null 2>"$WORK/err" || { echo "failed: $*" >&2; tail -5 "$WORK/err" >&2; exit 3; }
    t1=$(date +%s.%N)
    rss=$(tail -1 "$WORK/rss")
    python3 -c "import sys; n,a,b,r=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]),int(sys.argv[4]); print(f'{n:<8} {sys.argv[5]:<10} {b-a:>10.2f} {n/(b-a):>12.0f} {r/1024:>12.0f}')" "$N" "$t0" "$t1" "$rss" "$mode"
  }
  run parse java -cp "$JAR:target/test-classes" dev.csreview.bench.ParseOnly "$DIR"
  run evaluate java -jar "$JAR" assess --format json --output-dir "$WORK/out$N" "$DIR"
  run markdown java -jar "$JAR" assess --format json --output-dir "$WORK/out$N" --out "$WORK/pkg$N" --formats md --doc-lang en --date 2026-01-15 --force "$DIR"
done
