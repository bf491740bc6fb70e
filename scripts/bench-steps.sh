#!/usr/bin/env bash
# A batch's steps per profile (parse, resolve, evaluate, findings + JUnit, JSON) in µs, with the JVM flags of the
# installed launcher (C1 only, serial GC), which JMH's C2 forks do not show. Usage: scripts/bench-steps.sh [profiles] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/csreview.jar ] && [ -d target/test-classes ] || { echo "build first: ./mvnw -B -q package" >&2; exit 3; }
FLAGS="$(sed -n 's/^JVM_FLAGS="\(.*\)"$/\1/p' install.sh | head -1)"
[ -n "$FLAGS" ] || { echo "no JVM_FLAGS in install.sh" >&2; exit 3; }
echo "flags: $FLAGS"
# shellcheck disable=SC2086
java $FLAGS -cp "target/csreview.jar:target/test-classes" dev.csreview.bench.BatchSteps samples "${1:-1000}" "${2:-7}"
