#!/usr/bin/env bash
# Builds csreview and installs it under ~/.local (override with PREFIX=/some/where ./install.sh).
# Safe to run twice: it replaces its own files and nothing else. --no-build installs the jar already in target/.
set -euo pipefail
cd "$(dirname "$0")"

PREFIX="${PREFIX:-$HOME/.local}"
LIB="$PREFIX/lib/csreview"
BIN="$PREFIX/bin"

if ! command -v java >/dev/null 2>&1; then
  echo "csreview needs Java 17 or newer, and 'java' is not on your PATH." >&2
  echo "Install a JDK 17+ (e.g. 'apt install openjdk-17-jdk', 'brew install openjdk@17'), then run this again." >&2
  exit 1
fi
JAVA_MAJOR="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1)"
JAVA_MAJOR="${JAVA_MAJOR#1.}"
if [ -z "$JAVA_MAJOR" ] || [ "$JAVA_MAJOR" -lt 17 ]; then
  echo "csreview needs Java 17 or newer; 'java' here is version ${JAVA_MAJOR:-unknown}." >&2
  echo "Install a JDK 17+ or put it first on your PATH (or set JAVA_HOME), then run this again." >&2
  exit 1
fi

if [ "${1:-}" = "--no-build" ]; then
  [ -f target/csreview.jar ] || { echo "install.sh --no-build: target/csreview.jar is missing; run ./mvnw -B package first" >&2; exit 1; }
else
  echo "Building csreview (first run downloads Maven and the dependencies)..."
  ./mvnw -B -q -DskipTests package
fi

mkdir -p "$LIB/lib" "$BIN"
# The DOCX libraries sit in lib/ beside the jar (its manifest names them); the JVM opens them only for DOCX.
rm -f "$LIB"/lib/*.jar
install -m 0644 target/lib/*.jar "$LIB/lib/"
install -m 0644 target/csreview.jar "$LIB/csreview.jar.new"
mv -f "$LIB/csreview.jar.new" "$LIB/csreview.jar"

# Start-up cache made on this machine for this JVM by one training run that writes a full package: a JDK 25+
# AOT cache (classes loaded and linked, method profiles) or, on JDK 17-24, a dynamic class-data sharing archive.
# The launcher falls back silently if the JVM changes later; re-run install.sh to refresh it. The training run uses
# the launcher's own flags: C1 only, the serial collector with a small young generation (docs/performance.md).
JAVA_CMD="$(command -v java)"
JVM_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m -XX:-UsePerfData"
rm -f "$LIB/csreview.jsa" "$LIB/csreview.aot"
SAMPLE="$(ls samples/*.yaml 2>/dev/null | head -1 || true)"
CACHE=""
if [ -n "$SAMPLE" ]; then
  TRAIN_OUT="$(mktemp -d)"
  TRAIN="-jar $LIB/csreview.jar assess $SAMPLE --format json --out $TRAIN_OUT --formats md,html,docx --lang both --date 2026-01-15"
  if [ "$JAVA_MAJOR" -ge 25 ]; then
    # shellcheck disable=SC2086
    java $JVM_FLAGS -XX:AOTCacheOutput="$LIB/csreview.aot" $TRAIN >/dev/null 2>&1 || rm -f "$LIB/csreview.aot"
    [ -s "$LIB/csreview.aot" ] && CACHE="-XX:AOTCache=$LIB/csreview.aot"
  else
    # shellcheck disable=SC2086
    java $JVM_FLAGS -XX:ArchiveClassesAtExit="$LIB/csreview.jsa" $TRAIN >/dev/null 2>&1 || rm -f "$LIB/csreview.jsa"
    [ -s "$LIB/csreview.jsa" ] && CACHE="-Xshare:auto -XX:SharedArchiveFile=$LIB/csreview.jsa"
  fi
  rm -rf "$TRAIN_OUT"
fi

LAUNCHER="$BIN/csreview"
VERSION="$(java -jar "$LIB/csreview.jar" --version)"
cat > "$LAUNCHER.new" <<LAUNCH
#!/usr/bin/env sh
# csreview launcher, written by install.sh. The start-up cache, C1 only, the serial collector with a small young
# generation: fastest for one profile and, on a laptop's few cores, for batches of 10,000 too, in flat memory
# (docs/performance.md). CSREVIEW_JAVA_OPTS adds or overrides JVM options.
# --version is answered here, from the jar installed beside it: no JVM to start for the command people time first.
if [ \$# -eq 1 ] && { [ "\$1" = --version ] || [ "\$1" = -V ]; }; then
  echo "$VERSION"
  exit 0
fi
# The JVM that install.sh found and trained the cache for; if it is gone (an upgrade), any java on PATH, no cache.
JAVA="$JAVA_CMD"
CACHE="$CACHE"
[ -x "\$JAVA" ] || { JAVA=java; CACHE=""; }
exec "\$JAVA" $JVM_FLAGS \$CACHE \${CSREVIEW_JAVA_OPTS:-} -jar "$LIB/csreview.jar" "\$@"
LAUNCH
chmod 0755 "$LAUNCHER.new"
mv -f "$LAUNCHER.new" "$LAUNCHER"

echo "Installed: $LAUNCHER"
case ":$PATH:" in
  *":$BIN:"*) ;;
  *) echo "Add $BIN to your PATH, e.g.: export PATH=\"$BIN:\$PATH\"" ;;
esac
"$LAUNCHER" --version
