#!/usr/bin/env bash
# Installs csreview for a CI job under PREFIX (default: $RUNNER_TEMP or /tmp, then csreview) and prints the path of
# the launcher. A checkout that already holds the built jar (target/csreview.jar) is installed as it is, else built.
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
PREFIX="${PREFIX:-${RUNNER_TEMP:-/tmp}/csreview}"
export PREFIX
if [ -f "$HERE/target/csreview.jar" ]; then "$HERE/install.sh" --no-build >&2; else "$HERE/install.sh" >&2; fi
echo "$PREFIX/bin/csreview"
