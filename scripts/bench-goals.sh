#!/usr/bin/env bash
# Issue 8's goals, measured side by side on this machine: each command's median wall time as a multiple of the JVM
# floor (a plain Hello on the same JDK), batch throughput against parsing alone, and peak RSS at 100 vs 10,000
# profiles. Needs hyperfine and GNU time (apt-get install hyperfine time). Build first: ./mvnw -B -q package.
# Usage: scripts/bench-goals.sh [runs]        Results: docs/performance.md
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-15}"
JAR="$PWD/target/csreview.jar"
SAMPLE="$PWD/samples/us-listing-platform.yaml"
J17="$(command -v java)"
J25="$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1 || true)"
ONE_SHOT="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
BATCH="-XX:+UseSerialGC -Xmn16m -Xmx1g"
command -v hyperfine >/dev/null || { echo "needs hyperfine" >&2; exit 3; }
[ -x /usr/bin/time ] || { echo "needs GNU time" >&2; exit 3; }
[ -f "$JAR" ] && [ -d target/test-classes ] || { echo "build first: ./mvnw -B -q package" >&2; exit 3; }
W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$W/Hello.java"
javac --release 17 -d "$W" "$W/Hello.java"
PKG="assess $SAMPLE --format json --out $W/pkg --formats md,html,docx --force --date 2026-01-15"
JSON="assess $SAMPLE --format json"

# Start-up caches, trained on a full package run as install.sh does.
"$J17" -XX:ArchiveClassesAtExit="$W/c17.jsa" -jar "$JAR" $PKG >/dev/null 2>&1
CDS17="-XX:SharedArchiveFile=$W/c17.jsa"
if [ -n "$J25" ]; then
  "$J25" -XX:AOTCacheOutput="$W/c25.aot" -jar "$JAR" $PKG >/dev/null 2>&1 || true
fi

echo "== start-up ($("$J17" -version 2>&1 | head -1)${J25:+; $("$J25" -version 2>&1 | head -1)})"
cmds=(-n floor17 "$J17 -cp $W Hello"
      -n version "$J17 -jar $JAR --version"
      -n json "$J17 -jar $JAR $JSON"
      -n json-cds-flags "$J17 $ONE_SHOT $CDS17 -jar $JAR $JSON"
      -n package "$J17 -jar $JAR $PKG"
      -n package-cds-flags "$J17 $ONE_SHOT $CDS17 -jar $JAR $PKG")
if [ -s "$W/c25.aot" ]; then
  cmds+=(-n floor25 "$J25 -cp $W Hello"
         -n json-jdk25-aot-flags "$J25 $ONE_SHOT -XX:AOTCache=$W/c25.aot -jar $JAR $JSON"
         -n package-jdk25-aot-flags "$J25 $ONE_SHOT -XX:AOTCache=$W/c25.aot -jar $JAR $PKG")
fi
hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$W/start.json" "${cmds[@]}" >/dev/null
python3 - "$W/start.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
f17 = r["floor17"]["median"]
goal = {"version": 1.5, "json": 4, "json-cds-flags": 4, "json-jdk25-aot-flags": 4, "package": 10, "package-cds-flags": 10, "package-jdk25-aot-flags": 10}
print(f"{'command':<26}{'median ms':>10}{'× floor17':>11}{'goal':>7}")
for name, x in r.items():
    g = goal.get(name)
    print(f"{name:<26}{x['median']*1000:>10.1f}{x['median']/f17:>11.2f}{('≤ %g' % g) if g else '':>7}")
PY

echo "== batch (one JVM; profiles made from the samples)"
printf '%-7s %-22s %8s %11s %9s\n' N mode seconds profiles/s RSS_MB
for N in 100 1000 10000; do
  D="$W/p$N"; mkdir -p "$D"
  python3 - "$D" "$N" samples <<'PY'
import glob, random, re, sys
d, n, samples = sys.argv[1], int(sys.argv[2]), sorted(glob.glob(sys.argv[3] + "/*.yaml"))
texts = [open(p, encoding="utf-8").read() for p in samples]
rnd = random.Random(42)
for i in range(n):
    t = re.sub(r"(?m)^  company_name: .*$", f'  company_name: "Client {i}"', rnd.choice(texts))
    t = re.sub(r"(?m)^  users_registered: .*$", f"  users_registered: {rnd.choice([5000, 999999, 1000001, 3200000, 'unknown'])}", t)
    open(f"{d}/client-{i:05d}.yaml", "w", encoding="utf-8").write(t)
PY
  run() {
    local mode="$1"; shift
    local t0 t1
    rm -rf "$W/out"
    t0=$(date +%s.%N)
    /usr/bin/time -f '%M' -o "$W/rss" "$@" >/dev/null 2>"$W/err" || { echo "failed: $*" >&2; tail -3 "$W/err" >&2; exit 3; }
    t1=$(date +%s.%N)
    python3 -c "import sys; n,a,b,r=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]),int(sys.argv[4]); print(f'{n:<7} {sys.argv[5]:<22} {b-a:>8.2f} {n/(b-a):>11.0f} {r/1024:>9.0f}')" "$N" "$t0" "$t1" "$(tail -1 "$W/rss")" "$mode" | tee -a "$W/batch.txt"
  }
  run parse-only "$J17" -cp "$JAR:target/test-classes" dev.csreview.bench.ParseOnly "$D"
  run evaluate-findings "$J17" -jar "$JAR" assess --format junit --output-dir "$W/out" "$D"
  run evaluate-json "$J17" -jar "$JAR" assess --format json --output-dir "$W/out" "$D"
  run evaluate-json-batchflags "$J17" $BATCH -jar "$JAR" assess --format json --output-dir "$W/out" "$D"
done
python3 - "$W/batch.txt" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    n, mode, sec, rate, rss = line.split()
    rows[(int(n), mode)] = (float(rate), float(rss))
print("\nthroughput vs parse-only (goal ≥ 0.85), peak RSS 10,000 / 100 (goal ≤ 1.2):")
for mode in ("evaluate-findings", "evaluate-json", "evaluate-json-batchflags"):
    ratios = " ".join(f"N={n}: {rows[(n, mode)][0] / rows[(n, 'parse-only')][0]:.2f}" for n in (100, 1000, 10000))
    print(f"  {mode:<26} {ratios}   RSS ratio {rows[(10000, mode)][1] / rows[(100, mode)][1]:.2f}")
PY
