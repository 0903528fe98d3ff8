#!/usr/bin/env bash
# Whole-process memory of the GUI with a 100,000-message folder open (issue 6,
# item 5: under 100 MB RSS), and with --trace the end-to-end open timing
# (issue 7, item 11). Not a ctest test: it prints figures for
# docs/PERFORMANCE.md.
#
# Usage: tests/bench/quire_rss.sh [--build DIR] [--count N] [--dir DIR] [--runs N] [--heaptrack]
#                                 [--trace] [--offline]
#   --build DIR   the build directory with bin/quire, from the repository's
#                 root (default: build)
#   --count N     messages in alice's INBOX (default 100000)
#   --dir DIR     where the server, the settings and Quire's cache live
#                 (default: a new temporary directory, removed at exit); with
#                 an existing DIR/server the server is reused, not refilled,
#                 and it is left running (tools/imap-server/stop DIR/server --purge)
#   --runs N      how many times quire is started (default 2): the first run
#                 syncs the folder into an empty cache (cold), the next ones
#                 open it from the cache (warm)
#   --heaptrack   also run quire once more under heaptrack, for where the
#                 memory goes (prints the heaptrack file's name)
#   --trace       quire writes its open timing (ui/OpenTrace.h: SELECT, first
#                 screenful of envelopes painted, longest UI-thread stall) to
#                 DIR/LABEL.trace; the run waits for it and prints it
#   --offline     with --trace: after the open, download every body of the
#                 folder for offline use and time the longest stall meanwhile
#
# Each run starts quire under a private Xvfb (as tools/screenshot does) with
# its settings pointing at the private Dovecot. It opens INBOX by itself and
# shows the list. The run ends when the list is built: quire has used no CPU
# for 5 s and its cache holds every message of INBOX. Then VmRSS (now) and
# VmHWM (peak), RssAnon and RssFile are read from /proc/PID/status; DIR keeps
# a screenshot (cold.png, warm2.png...) and /proc/PID/smaps of each run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$PWD

build=build count=100000 dir='' runs=2 heaptrack=0 trace=0 offline=0
while (($#)); do
  case $1 in
    --build) build=${2:?}; shift ;;
    --count) count=${2:?}; shift ;;
    --dir) dir=${2:?}; shift ;;
    --runs) runs=${2:?}; shift ;;
    --heaptrack) heaptrack=1 ;;
    --trace) trace=1 ;;
    --offline) trace=1 offline=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "quire_rss.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done
[[ $build == /* ]] || build=$ROOT/$build
quire=$build/bin/quire
[[ -x $quire ]] || { echo "quire_rss.sh: $quire not built (cmake --build $build --target quire)" >&2; exit 1; }

# shellcheck source=tests/bench/bench_server.sh
. tests/bench/bench_server.sh
bench_workdir quire-rss
xpid='' qpid=''
cleanup() {
  [[ -n $qpid ]] && kill "$qpid" 2>/dev/null
  [[ -n $xpid ]] && kill "$xpid" 2>/dev/null
  wait 2>/dev/null || true
  bench_cleanup
}
trap cleanup EXIT
bench_server "$count"

# Settings as tools/demo writes them, in a directory of our own.
# shellcheck source=tools/account-settings.sh
. tools/account-settings.sh
quire_account_settings "$dir" bench 'Bench (alice)' alice >/dev/null

# A display file left by an earlier run would be read before Xvfb's shell
# truncates it (seen on a loaded machine: quire then aborted on display ":").
rm -f "$dir/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$dir/display" >"$dir/xvfb.log" 2>&1 &
xpid=$!
for _ in $(seq 100); do [[ -s $dir/display ]] && break; sleep 0.05; done
[[ -s $dir/display ]] || { echo "quire_rss.sh: Xvfb did not start" >&2; exit 1; }
display=:$(head -1 "$dir/display")

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
status_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }
cached_rows() {
  local db
  db=$(find "$dir/cache" "$dir/data" -name '*.sqlite*' -o -name '*.db' 2>/dev/null | grep -v -- '-wal\|-shm' | head -1)
  [[ -n $db ]] || { echo 0; return; }
  sqlite3 -readonly "$db" "SELECT count(*) FROM messages" 2>/dev/null || echo 0
}

# Starts quire (optionally under a wrapper), waits until the list is built,
# prints "label rss_kib hwm_kib seconds".
measure() {
  local label=$1; shift
  local start=$SECONDS
  local tracefile=''
  if ((trace)); then
    tracefile=$dir/$label.trace
    rm -f "$tracefile"
  fi
  env DISPLAY="$display" QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" \
    XDG_CACHE_HOME="$dir/cache" QUIRE_PASSWORD=alicepw QUIRE_TRACE_FILE="$tracefile" QUIRE_TRACE_OFFLINE=$offline \
    "$@" "$quire" >"$dir/$label.log" 2>&1 &
  qpid=$!
  local pid=$qpid
  # Under a wrapper the measured process is quire itself, a child.
  for _ in $(seq 100); do
    local child
    child=$(pgrep -P "$qpid" -x quire || true)
    [[ -n $child ]] && { pid=$child; break; }
    [[ $(basename "$(readlink "/proc/$qpid/exe")") == quire ]] && break
    sleep 0.1
  done
  local last idle=0 rows=0
  last=$(cpu_ticks "$pid")
  while ((SECONDS - start < 900)); do
    sleep 1
    kill -0 "$pid" 2>/dev/null || { echo "quire_rss.sh: quire exited; see $dir/$label.log" >&2; exit 1; }
    local now
    now=$(cpu_ticks "$pid")
    if ((now == last)); then idle=$((idle + 1)); else idle=0; fi
    last=$now
    if ((idle >= 5)); then
      rows=$(cached_rows)
      ((rows >= count)) && { [[ -z $tracefile ]] || grep -qx done "$tracefile"; } && break
    fi
  done
  local rss hwm anon file shmem
  rss=$(status_kb "$pid" VmRSS)
  hwm=$(status_kb "$pid" VmHWM)
  anon=$(status_kb "$pid" RssAnon)
  file=$(status_kb "$pid" RssFile)
  shmem=$(status_kb "$pid" RssShmem)
  cp "/proc/$pid/smaps" "$dir/$label.smaps" 2>/dev/null || true
  DISPLAY=$display import -window root "$dir/$label.png" 2>/dev/null || true
  [[ -n $tracefile ]] && echo "$label trace: $(grep -v '^done$' "$tracefile" | tr '\n' ' ')"
  echo "$label rss_kib=$rss hwm_kib=$hwm rss_mib=$((rss / 1024)) hwm_mib=$((hwm / 1024)) anon_kib=$anon file_kib=$file shmem_kib=$shmem cached_rows=$rows seconds=$((SECONDS - start))"
  kill "$qpid"
  wait "$qpid" 2>/dev/null || true
  qpid=''
}

echo "quire_rss.sh: $count messages in INBOX; quire $quire; work directory $dir"
for run in $(seq "$runs"); do
  label=warm$run
  ((run == 1)) && [[ $(cached_rows) == 0 ]] && label=cold
  measure "$label"
done
if ((heaptrack)); then
  measure heaptrack heaptrack -o "$dir/quire.heaptrack"
  ls "$dir"/quire.heaptrack*
fi
