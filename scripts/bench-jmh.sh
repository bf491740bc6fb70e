#!/usr/bin/env bash
# JMH benchmarks of the engine (loader, profile parsing, resolution, evaluation). Usage: scripts/bench-jmh.sh [regex]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "${1:-Engine}" -rf text
