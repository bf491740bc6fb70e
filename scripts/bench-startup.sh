#!/usr/bin/env bash
# Whole-process start-up timings against the JVM floor (a plain Hello on the same JDK), with hyperfine.
# Usage: scripts/bench-startup.sh [runs]   (build first: ./mvnw -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-20}"
JAR=target/csreview.jar
SAMPLE="$(ls samples/*.yaml | head -1)"
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 3; }
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 3; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cat > "$WORK/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d "$WORK" "$WORK/Hello.java"
java -version 2>&1 | head -1
hyperfine --warmup 3 --runs "$RUNS" -N --export-json "$WORK/result.json" \
  -n floor "java -cp $WORK Hello" \
  -n version "java -jar $JAR --version" \
  -n assess-json "java -jar $JAR assess $SAMPLE --format json" >/dev/null
python3 - "$WORK/result.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
floor = r["floor"]["median"]
print(f"{'command':<14}{'median ms':>10}{'x floor':>9}")
for name, x in r.items():
    print(f"{name:<14}{x['median']*1000:>10.1f}{x['median']/floor:>9.2f}")
PY
