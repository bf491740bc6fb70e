#!/usr/bin/env bash
# Issue 8's goals, measured side by side on this machine: each command's median wall time as a multiple of the JVM
# floor (a plain Hello on the same JDK), batch throughput against parsing alone, and peak RSS at 100 vs 10,000
# profiles. Needs hyperfine and GNU time (apt-get install hyperfine time). Build first: ./mvnw -B -q package.
# Usage: [BATCH_ROUNDS=3] [BASELINE=DIR] [SKIP_BATCH=1] scripts/bench-goals.sh [runs]        Results: docs/performance.md
# BASELINE: an earlier build installed with `PREFIX=DIR ./install.sh`; its start-up rows are timed in the same hyperfine
# run as this build's, against the same floor, so that "no ratio worse than before" is judged on one day.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-15}"
BATCH_ROUNDS="${BATCH_ROUNDS:-3}"
JAR="$PWD/target/csreview.jar"
SAMPLE="$PWD/samples/us-listing-platform.yaml"
J17="$(command -v java)"
J25="$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1 || true)"
command -v hyperfine >/dev/null || { echo "needs hyperfine" >&2; exit 3; }
[ -x /usr/bin/time ] || { echo "needs GNU time" >&2; exit 3; }
[ -f "$JAR" ] && [ -d target/test-classes ] || { echo "build first: ./mvnw -B -q package" >&2; exit 3; }
W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$W/Hello.java"
javac --release 17 -d "$W" "$W/Hello.java"
PKG="assess $SAMPLE --format json --out $W/pkg --formats md,html,docx --force --date 2026-01-15"
JSON="assess $SAMPLE --format json"

# The tool as a user runs it: install.sh's launcher (start-up cache trained on this machine, one-shot flags), per JDK.
JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$J17")")")" PREFIX="$W/i17" ./install.sh --no-build >/dev/null
CS17="$W/i17/bin/csreview"
if [ -n "$J25" ]; then
  JAVA_HOME="$(dirname "$(dirname "$J25")")" PREFIX="$W/i25" ./install.sh --no-build >/dev/null
  CS25="$W/i25/bin/csreview"
fi

echo "== start-up ($("$J17" -version 2>&1 | head -1)${J25:+; $("$J25" -version 2>&1 | head -1)})"
cmds=(-n floor17 "$J17 -cp $W Hello"
      -n "version (java -jar)" "$J17 -jar $JAR --version"
      -n "version" "$CS17 --version"
      -n "json (java -jar)" "$J17 -jar $JAR $JSON"
      -n "json" "$CS17 $JSON"
      -n "package+docx (java -jar)" "$J17 -jar $JAR $PKG"
      -n "package+docx" "$CS17 $PKG")
if [ -n "${BASELINE:-}" ]; then
  [ -x "$BASELINE/bin/csreview" ] || { echo "BASELINE=$BASELINE has no bin/csreview" >&2; exit 3; }
  cmds+=(-n "version baseline" "$BASELINE/bin/csreview --version"
         -n "json baseline" "$BASELINE/bin/csreview $JSON"
         -n "package+docx baseline" "$BASELINE/bin/csreview $PKG")
fi
if [ -n "$J25" ]; then
  cmds+=(-n floor25 "$J25 -cp $W Hello"
         -n "version jdk25" "$CS25 --version"
         -n "json jdk25" "$CS25 $JSON"
         -n "package+docx jdk25" "$CS25 $PKG")
fi
hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$W/start.json" "${cmds[@]}" >/dev/null
python3 - "$W/start.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
goal = {"version": 1.5, "json": 4, "package+docx": 10}
print(f"{'command':<28}{'median ms':>10}{'× floor':>9}{'goal':>8}")
for name, x in r.items():
    floor = r["floor25" if "jdk25" in name or name == "floor25" else "floor17"]["median"]
    base = name.replace(" jdk25", "").replace(" (java -jar)", "").replace(" baseline", "")
    g = goal.get(base)
    mark = "" if g is None else ("  met" if x["median"] / floor <= g else "  not met")
    print(f"{name:<28}{x['median']*1000:>10.1f}{x['median']/floor:>9.2f}{('≤ %g' % g) if g else '':>8}{mark}")
PY

[ -n "${SKIP_BATCH:-}" ] && exit 0

# parse-only gets the launcher's JVM flags too, so the ratio compares work, not flags; and as many threads as assess
# uses by default (one per processor), so it compares work, not two threads with one (before 2026-12-01 night the
# baseline parsed on one thread: the ratios of runs A–G are against that). The *-1 pair runs both on one thread.
LAUNCHER_FLAGS="$(sed -n 's/^exec "$JAVA" \(.*-XX:-UsePerfData\).*/\1/p' "$CS17")"
echo "== batch (one JVM; profiles made from the samples; evaluate-* through the installed launcher, *-jar: plain java -jar)"
echo "   $BATCH_ROUNDS rounds, the modes alternating within each (the machine's speed drifts); ratios from the medians"
printf '%-7s %-22s %8s %11s %9s\n' N mode seconds profiles/s RSS_MB
for N in 100 1000 10000; do
  D="$W/p$N"; mkdir -p "$D"
  python3 scripts/make-profiles.py "$D" "$N" samples
  run() {
    local mode="$1"; shift
    local t0 t1
    rm -rf "$W/out"
    sync   # the previous run's output is written back now, not during this one
    t0=$(date +%s.%N)
    /usr/bin/time -f '%M' -o "$W/rss" "$@" >/dev/null 2>"$W/err" || { echo "failed: $*" >&2; tail -3 "$W/err" >&2; exit 3; }
    t1=$(date +%s.%N)
    python3 -c "import sys; n,a,b,r=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]),int(sys.argv[4]); print(f'{n:<7} {sys.argv[5]:<22} {b-a:>8.2f} {n/(b-a):>11.0f} {r/1024:>9.0f}')" "$N" "$t0" "$t1" "$(tail -1 "$W/rss")" "$mode" | tee -a "$W/batch.txt"
  }
  for round in $(seq "$BATCH_ROUNDS"); do
    run parse-only "$J17" $LAUNCHER_FLAGS -cp "$JAR:target/test-classes" dev.csreview.bench.ParseOnly "$D"
    run parse-only-1 "$J17" $LAUNCHER_FLAGS -cp "$JAR:target/test-classes" dev.csreview.bench.ParseOnly "$D" 1
    run evaluate-findings-1 "$CS17" assess --format junit --output-dir "$W/out" --jobs 1 "$D"
    run evaluate-findings "$CS17" assess --format junit --output-dir "$W/out" "$D"
    run evaluate-junit-stdout "$CS17" assess --format junit "$D"
    run evaluate-json "$CS17" assess --format json --output-dir "$W/out" "$D"
    run evaluate-json-jar "$J17" -jar "$JAR" assess --format json --output-dir "$W/out" "$D"
  done
done
python3 - "$W/batch.txt" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    n, mode, sec, rate, rss = line.split()
    runs.setdefault((int(n), mode), []).append((float(sec), float(rss)))
# Per mode and size: throughput from the median time, and the largest peak RSS of the rounds.
rows = {k: (k[0] / statistics.median(s for s, _ in v), max(r for _, r in v)) for k, v in runs.items()}
print("\nthroughput vs parse-only (goal ≥ 0.85), peak RSS 10,000 / 100 (goal ≤ 1.2):")
for mode in ("evaluate-findings", "evaluate-junit-stdout", "evaluate-json", "evaluate-json-jar", "evaluate-findings-1"):
    base = "parse-only-1" if mode.endswith("-1") else "parse-only"
    ratios = " ".join(f"N={n}: {rows[(n, mode)][0] / rows[(n, base)][0]:.2f}" for n in (100, 1000, 10000))
    print(f"  {mode:<26} {ratios}   RSS ratio {rows[(10000, mode)][1] / rows[(100, mode)][1]:.2f}")
PY
