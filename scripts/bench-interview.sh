#!/usr/bin/env bash
# Time from launch to the first question on screen, for `csreview interview` on a pseudo-terminal (JLine) and with
# --plain, as plain `java -jar` and through install.sh's launcher (also on JDK 25 if installed), next to
# `java -version`, `csreview --version` and the same first question asked by Inquirer.js (@inquirer/prompts,
# installed once from the npm registry into target/bench-inquirer; skipped without node/npm). Runs alternate
# (A B C D A B C D …) so drift on a shared machine hits all alike; prints median, min and max in ms.
# Usage: scripts/bench-interview.sh [runs]   (default 15; build first: ./mvnw -B -q package -DskipTests; needs python3)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-15}"
JAR="$(pwd)/target/csreview.jar"
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 3; }
command -v python3 >/dev/null || { echo "needs python3" >&2; exit 3; }
java -version 2>&1 | head -1
W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT
PREFIX="$W/inst" ./install.sh --no-build >/dev/null
# The launcher on JDK 25 too (its AOT cache), when one is installed beside the default JDK.
J25="$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1 || true)"
if [ -n "$J25" ]; then
  JAVA_HOME="$(dirname "$(dirname "$J25")")" PREFIX="$W/inst25" ./install.sh --no-build >/dev/null
  LAUNCHER25="$W/inst25/bin/csreview"
else
  LAUNCHER25=""
fi
INQ="$(pwd)/target/bench-inquirer"
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [ ! -d "$INQ/node_modules/@inquirer/prompts" ]; then
    mkdir -p "$INQ"
    (cd "$INQ" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund @inquirer/prompts@7 >/dev/null) || echo "npm install failed: no Inquirer.js row" >&2
  fi
  # The interview's first question (company_name, a text question), asked the Inquirer way.
  printf "import { input } from '@inquirer/prompts';\nawait input({ message: 'Company name' });\n" > "$INQ/first.mjs"
  node --version
else
  INQ=""
fi
exec </dev/null
python3 - "$JAR" "$RUNS" "$W/inst/bin/csreview" "$INQ" "$LAUNCHER25" <<'PY'
import fcntl, os, pty, select, shutil, signal, statistics, struct, subprocess, sys, tempfile, termios, time

jar, runs, launcher, inquirer, launcher25 = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
env.pop("NO_COLOR", None)
MARKERS = (b"Esc back", b"s skip")   # the key hint under every first question: JLine, plain

def until_marker(args, markers=MARKERS):
    """Launch on a fresh pty in an empty folder; seconds until a key hint is on screen (None on timeout)."""
    work = tempfile.mkdtemp(prefix="csreview-bench-")
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(work)
        os.execvpe(args[0], args, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    seen, found = b"", None
    deadline = t0 + 30
    while time.perf_counter() < deadline:
        r, _, _ = select.select([fd], [], [], 0.5)
        if not r:
            continue
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        seen += data
        if b"\x1b[6n" in data:           # answer a cursor-position query like a terminal would
            os.write(fd, b"\x1b[1;1R")
        if any(m in seen for m in markers):
            found = time.perf_counter() - t0
            break
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    shutil.rmtree(work, ignore_errors=True)
    return found

def whole(args):
    t0 = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t0

cases = {
    "java -version": lambda: whole(["java", "-version"]),
    "csreview --version": lambda: whole(["java", "-jar", jar, "--version"]),
    "interview (JLine)": lambda: until_marker(["java", "-jar", jar, "interview", "--lang", "en"]),
    "interview --plain": lambda: until_marker(["java", "-jar", jar, "interview", "--lang", "en", "--plain"]),
    "launcher --version": lambda: whole([launcher, "--version"]),
    "launcher interview": lambda: until_marker([launcher, "interview", "--lang", "en"]),
    "launcher --plain": lambda: until_marker([launcher, "interview", "--lang", "en", "--plain"]),
}
if launcher25:
    cases["launcher interview 25"] = lambda: until_marker([launcher25, "interview", "--lang", "en"])
if inquirer:
    cases["Inquirer.js input"] = lambda: until_marker(["node", inquirer + "/first.mjs"], (b"Company name",))
for f in cases.values():   # warm-up: file cache, JIT of nothing, just the disk
    f()
times = {k: [] for k in cases}
for _ in range(runs):
    for k, f in cases.items():
        t = f()
        if t is not None:
            times[k].append(t * 1000)
floor = statistics.median(times["java -version"])
print(f"{'command':<22}{'runs':>5}{'median ms':>11}{'min':>8}{'max':>8}{'x java -version':>17}")
for k, v in times.items():
    if not v:
        print(f"{k:<22}{0:>5}  (no first question within 30 s)")
        continue
    m = statistics.median(v)
    print(f"{k:<22}{len(v):>5}{m:>11.0f}{min(v):>8.0f}{max(v):>8.0f}{m / floor:>17.2f}")
PY
