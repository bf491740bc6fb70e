#!/usr/bin/env bash
# Builds csreview and installs it under ~/.local (override with PREFIX=/some/where ./install.sh): the launcher in
# bin/, the jar in lib/csreview/, completion for bash, zsh and fish and the manual pages in share/.
# Safe to run twice: it replaces its own files and nothing else. --no-build installs the jar already in target/.
set -euo pipefail
cd "$(dirname "$0")"

PREFIX="${PREFIX:-$HOME/.local}"
LIB="$PREFIX/lib/csreview"
BIN="$PREFIX/bin"
# The launcher holds these paths in double quotes (spaces are fine there); refuse what would break out of them.
case "$PREFIX" in
  *[\"\$\`\\]*) echo "install.sh: PREFIX may not contain \", \$, \` or \\: $PREFIX" >&2; exit 1 ;;
esac

# The JVM to install for: JAVA_HOME's when set (as the Maven wrapper builds with it), else the java on PATH.
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  JAVA_CMD="$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1; then
  JAVA_CMD="$(command -v java)"
else
  echo "csreview needs Java 17 or newer, and 'java' is not on your PATH (nor JAVA_HOME set)." >&2
  echo "Install a JDK 17+ (e.g. 'apt install openjdk-17-jdk', 'brew install openjdk@17'), then run this again." >&2
  exit 1
fi
JAVA_MAJOR="$("$JAVA_CMD" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1)"
JAVA_MAJOR="${JAVA_MAJOR#1.}"
if [ -z "$JAVA_MAJOR" ] || [ "$JAVA_MAJOR" -lt 17 ]; then
  echo "csreview needs Java 17 or newer; $JAVA_CMD is version ${JAVA_MAJOR:-unknown}." >&2
  echo "Install a JDK 17+ and put it first on your PATH or point JAVA_HOME at it, then run this again." >&2
  exit 1
fi

if [ "${1:-}" = "--no-build" ]; then
  [ -f target/csreview.jar ] || { echo "install.sh --no-build: target/csreview.jar is missing; run ./mvnw -B package first" >&2; exit 1; }
else
  echo "Building csreview (first run downloads Maven and the dependencies)..."
  ./mvnw -B -q -DskipTests package
fi

mkdir -p "$LIB/lib" "$BIN"
# The PDF libraries sit in lib/ beside the jar (its manifest names them); the JVM opens them only for PDF.
rm -f "$LIB"/lib/*.jar
install -m 0644 target/lib/*.jar "$LIB/lib/"
install -m 0644 target/csreview.jar "$LIB/csreview.jar.new"
mv -f "$LIB/csreview.jar.new" "$LIB/csreview.jar"

# JLine's native terminal library, unpacked here once. Without it JLine writes a copy into the temporary folder at
# every interview, which fails (with warnings, then slower terminal handling) where /tmp is mounted noexec, as on
# hardened machines. The JDK's jar tool, else unzip; with neither, JLine does as before.
rm -rf "$LIB/native"
NATIVE=()
JAR_TOOL="$(dirname "$(readlink -f "$JAVA_CMD" 2>/dev/null || echo "$JAVA_CMD")")/jar"
UNPACK="$(mktemp -d)"
if { [ -x "$JAR_TOOL" ] && (cd "$UNPACK" && "$JAR_TOOL" xf "$LIB/csreview.jar" org/jline/nativ); } ||
   { command -v unzip >/dev/null && unzip -q "$LIB/csreview.jar" 'org/jline/nativ/*' -d "$UNPACK"; }; then
  if [ -d "$UNPACK/org/jline/nativ" ]; then
    find "$UNPACK/org/jline/nativ" -maxdepth 1 -type f -delete   # its classes stay in the jar; only the libraries
    mv "$UNPACK/org/jline/nativ" "$LIB/native"
    NATIVE=("-Dlibrary.jline.path=$LIB/native")
  fi
fi
rm -rf "$UNPACK"

# Start-up caches made on this machine for this JVM: a JDK 25+ AOT cache (classes loaded and linked, method
# profiles) or, on JDK 17-24, a dynamic class-data sharing archive. One per kind of run, each trained by one run of
# that kind: reports (assess without --out, and every other command), packages, packages with DOCX, and the
# interview's first question. A cache is mapped and relocated whole at every start (~3 ms a megabyte here), so a
# report run does not carry the package's template and DOCX classes (9 MB instead of 26 MB: 442 -> 408 ms for one
# profile to JSON, docs/performance.md). The launcher falls back silently if the JVM changes later; re-run
# install.sh to refresh them. Training runs use the launcher's own flags: C1 only and one compiler thread (a second
# one slowed one profile to JSON 346 -> 400 ms and did not speed up 10,000), the serial collector with a small young
# generation (docs/performance.md).
JVM_FLAGS="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmn16m -XX:-UsePerfData"
if [ "$JAVA_MAJOR" -ge 25 ]; then EXT=aot; else EXT=jsa; fi
train_option() { if [ "$EXT" = aot ]; then echo "-XX:AOTCacheOutput=$1"; else echo "-XX:ArchiveClassesAtExit=$1"; fi; }
# How the launcher names the cache it chose ($CACHE, a path, quoted there).
if [ "$EXT" = aot ]; then USE_CACHE='-XX:AOTCache="$CACHE"'; else USE_CACHE='-Xshare:auto -XX:SharedArchiveFile="$CACHE"'; fi
rm -f "$LIB"/csreview*.jsa "$LIB"/csreview*.aot
SAMPLE="$(ls samples/*.yaml 2>/dev/null | head -1 || true)"
# train NAME ARGS...: one run of csreview ARGS writing the cache NAME; prints the cache's path, or nothing if the run
# failed (the launcher then starts without that cache).
train() {
  local name="$1"; shift
  # shellcheck disable=SC2086
  "$JAVA_CMD" $JVM_FLAGS ${NATIVE[@]+"${NATIVE[@]}"} "$(train_option "$LIB/$name.$EXT")" -jar "$LIB/csreview.jar" "$@" \
    >/dev/null 2>&1 || rm -f "$LIB/$name.$EXT"
  if [ -s "$LIB/$name.$EXT" ]; then echo "$LIB/$name.$EXT"; fi
}
CACHE="" CACHE_PACKAGE="" CACHE_DOCX=""
if [ -n "$SAMPLE" ]; then
  TRAIN_OUT="$(mktemp -d)"
  CACHE="$(train csreview assess "$SAMPLE" --format text,json,junit,sarif --output-dir "$TRAIN_OUT/report")"
  CACHE_PACKAGE="$(train csreview-package assess "$SAMPLE" --format json --out "$TRAIN_OUT/md" --doc-lang both --date 2026-01-15)"
  CACHE_DOCX="$(train csreview-docx assess "$SAMPLE" --format json --out "$TRAIN_OUT/docx" --formats md,html,docx \
    --doc-lang both --date 2026-01-15)"
  rm -rf "$TRAIN_OUT"
fi
# The interview on a pseudo-terminal made by util-linux script(1): wait for its session file and the first question,
# then Ctrl-C, which it reads as a key and exits (the cache is written at exit). Skipped where script(1) is another
# program (macOS); a run that fails leaves no cache and the interview uses the reports' one.
CACHE_INTERVIEW=""
if [ -n "$CACHE" ] && command -v timeout >/dev/null && script --version 2>/dev/null | grep -q util-linux; then
  T="$(mktemp -d)"
  # shellcheck disable=SC2086
  RUN="$(printf '%q ' "$JAVA_CMD" $JVM_FLAGS ${NATIVE[@]+"${NATIVE[@]}"} "$(train_option "$LIB/csreview-interview.$EXT")" \
    -jar "$LIB/csreview.jar" interview --lang en --new --session "$T/session.yaml")"
  ( i=0; while [ ! -s "$T/session.yaml" ] && [ $i -lt 100 ]; do sleep 0.2; i=$((i+1)); done; sleep 2; printf '\003' ) |
    TERM=xterm-256color timeout 60 script -qec "$RUN" /dev/null >/dev/null 2>&1 || true
  [ -s "$LIB/csreview-interview.$EXT" ] && CACHE_INTERVIEW="$LIB/csreview-interview.$EXT"
  rm -rf "$T"
fi
# The launcher's choice of cache: by the command and, for packages, by --out and a DOCX format among the arguments
# (a wrong guess only costs start-up time).
CHOOSE_CACHE=""
[ -n "$CACHE_PACKAGE$CACHE_DOCX" ] && CHOOSE_CACHE="case \" \$* \" in *\" --out \"*|*\" --out=\"*) CACHE=\"${CACHE_PACKAGE:-$CACHE}\"
  case \"\$*\" in *docx*) CACHE=\"${CACHE_DOCX:-${CACHE_PACKAGE:-$CACHE}}\" ;; esac ;;
esac"
[ -n "$CACHE_INTERVIEW" ] && CHOOSE_CACHE="$CHOOSE_CACHE
[ \"\${1:-}\" = interview ] && CACHE=\"$CACHE_INTERVIEW\""

NATIVE_LAUNCH=""
[ ${#NATIVE[@]} -gt 0 ] && NATIVE_LAUNCH=" \"${NATIVE[0]}\""
LAUNCHER="$BIN/csreview"
VERSION="$("$JAVA_CMD" -jar "$LIB/csreview.jar" --version)"
cat > "$LAUNCHER.new" <<LAUNCH
#!/usr/bin/env sh
# csreview launcher, written by install.sh. A start-up cache for the kind of run, C1 only on one thread, the serial
# collector with a small young generation: fastest for one profile and, on a laptop's few cores, for batches of
# 10,000 too, in flat memory (docs/performance.md); JLine's native library from the folder beside the jar, if
# install.sh could unpack it. CSREVIEW_JAVA_OPTS adds or overrides JVM options.
# --version is answered here, from the jar installed beside it: no JVM to start for the command people time first.
if [ \$# -eq 1 ] && { [ "\$1" = --version ] || [ "\$1" = -V ]; }; then
  echo "$VERSION"
  exit 0
fi
# The JVM that install.sh found and trained the cache for; if it is gone (an upgrade), any java on PATH, no cache.
JAVA="$JAVA_CMD"
CACHE="$CACHE"
$CHOOSE_CACHE
[ -x "\$JAVA" ] || { JAVA=java; CACHE=""; }
# The JVM's arguments, put in front of the user's from the back: paths stay whole (they may hold spaces), and
# CSREVIEW_JAVA_OPTS (split into words on purpose) comes after the cache's options, so it can override them.
set -- -jar "$LIB/csreview.jar" "\$@"
# shellcheck disable=SC2086
set -- \${CSREVIEW_JAVA_OPTS:-} "\$@"
[ -z "\$CACHE" ] || set -- $USE_CACHE "\$@"
# Names are UTF-8 (a package folder is named after the company, often in Chinese). Under the C or POSIX locale
# (cron, CI runners, env -i) the JVM would read and make file names as ASCII and fail; only the character type changes.
case "\${LC_ALL:-\${LC_CTYPE:-\${LANG:-}}}" in
  ""|C|POSIX)
    # The first UTF-8 locale this system has (C.UTF-8 on most; en_US.UTF-8 where it is missing, e.g. CentOS 7).
    UTF8=\$(locale -a 2>/dev/null | grep -i -m 1 -x -E 'c\.utf-?8|en_us\.utf-?8') || UTF8=C.UTF-8
    if [ -n "\${LC_ALL:-}" ]; then LC_ALL=\$UTF8; export LC_ALL; else LC_CTYPE=\$UTF8; export LC_CTYPE; fi ;;
esac
exec "\$JAVA" $JVM_FLAGS$NATIVE_LAUNCH "\$@"
LAUNCH
chmod 0755 "$LAUNCHER.new"
mv -f "$LAUNCHER.new" "$LAUNCHER"

# Shell completion and manual pages, made at package time from the command model (target/shell); a jar built before
# they existed makes them here. Installed where bash-completion, zsh, fish and man look under a PREFIX.
SHELL_FILES="target/shell/share"
if [ ! -d "$SHELL_FILES/man/man1" ]; then
  SHELL_FILES="$(mktemp -d)/share"
  "$JAVA_CMD" -cp "$LIB/csreview.jar" dev.csreview.cli.ShellFiles "$(dirname "$SHELL_FILES")"
fi
SHARE="$PREFIX/share"
mkdir -p "$SHARE/bash-completion/completions" "$SHARE/zsh/site-functions" "$SHARE/fish/vendor_completions.d" "$SHARE/man/man1"
install -m 0644 "$SHELL_FILES/bash-completion/completions/csreview" "$SHARE/bash-completion/completions/csreview"
install -m 0644 "$SHELL_FILES/zsh/site-functions/_csreview" "$SHARE/zsh/site-functions/_csreview"
install -m 0644 "$SHELL_FILES/fish/vendor_completions.d/csreview.fish" "$SHARE/fish/vendor_completions.d/csreview.fish"
rm -f "$SHARE"/man/man1/csreview.1 "$SHARE"/man/man1/csreview-*.1
install -m 0644 "$SHELL_FILES"/man/man1/*.1 "$SHARE/man/man1/"

echo "Installed: $LAUNCHER"
echo "Manual: man csreview (pages in $SHARE/man/man1; if man does not find them: export MANPATH=\"$SHARE/man:\$MANPATH\")"
echo "Completion (open a new shell after enabling):"
echo "  bash: found by bash-completion under $SHARE; or add to ~/.bashrc: source $SHARE/bash-completion/completions/csreview"
echo "  zsh:  add to ~/.zshrc before compinit: fpath=($SHARE/zsh/site-functions \$fpath)"
echo "  fish: found under $SHARE/fish/vendor_completions.d when fish looks there; or: ln -s $SHARE/fish/vendor_completions.d/csreview.fish ~/.config/fish/completions/"
case ":$PATH:" in
  *":$BIN:"*) ;;
  *) echo "Add $BIN to your PATH, e.g.: export PATH=\"$BIN:\$PATH\"" ;;
esac
"$LAUNCHER" --version
