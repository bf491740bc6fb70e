#!/usr/bin/env bash
# Builds csreview and installs it under ~/.local (override with PREFIX=/some/where ./install.sh).
# Safe to run twice: it replaces its own files and nothing else.
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

echo "Building csreview (first run downloads Maven and the dependencies)..."
./mvnw -B -q -DskipTests package

mkdir -p "$LIB" "$BIN"
install -m 0644 target/csreview.jar "$LIB/csreview.jar.new"
mv -f "$LIB/csreview.jar.new" "$LIB/csreview.jar"

# Class-data sharing archive made on this machine for this JVM: roughly halves start-up. The launcher
# falls back silently (-Xshare:auto) if the JVM changes later; re-run install.sh to refresh it.
rm -f "$LIB/csreview.jsa"
SAMPLE="$(ls samples/*.yaml 2>/dev/null | head -1 || true)"
if [ -n "$SAMPLE" ]; then
  java -XX:ArchiveClassesAtExit="$LIB/csreview.jsa" -jar "$LIB/csreview.jar" assess "$SAMPLE" --format json >/dev/null 2>&1 || rm -f "$LIB/csreview.jsa"
fi
CDS=""
[ -f "$LIB/csreview.jsa" ] && CDS="-XX:SharedArchiveFile=$LIB/csreview.jsa"

LAUNCHER="$BIN/csreview"
cat > "$LAUNCHER.new" <<LAUNCH
#!/usr/bin/env sh
# csreview launcher, written by install.sh. C1 only and a class-data archive: a short-lived process
# starts faster that way; big batches can run "java -jar $LIB/csreview.jar" directly.
exec java -XX:TieredStopAtLevel=1 -Xshare:auto $CDS -jar "$LIB/csreview.jar" "\$@"
LAUNCH
chmod 0755 "$LAUNCHER.new"
mv -f "$LAUNCHER.new" "$LAUNCHER"

echo "Installed: $LAUNCHER"
case ":$PATH:" in
  *":$BIN:"*) ;;
  *) echo "Add $BIN to your PATH, e.g.: export PATH=\"$BIN:\$PATH\"" ;;
esac
"$LAUNCHER" --version
