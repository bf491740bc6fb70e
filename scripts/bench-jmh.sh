#!/usr/bin/env bash
# JMH benchmarks of the engine (loader, profile parsing, resolution, evaluation, outputs).
# Usage: scripts/bench-jmh.sh [regex] [JMH options...]
#   scripts/bench-jmh.sh                                            all, default JIT (C2)
#   scripts/bench-jmh.sh EngineBenchmark -jvmArgsAppend "-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmn16m"
#                                                                   as the installed launcher runs (C1 only)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "${1:-EngineBenchmark}" -rf text "${@:2}"
