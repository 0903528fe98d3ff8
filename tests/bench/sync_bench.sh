#!/usr/bin/env bash
# `quire-cli sync` of a 100,000-message INBOX beside raw clients (issue 5,
# item 7). Not a ctest test: it prints the figures for docs/PERFORMANCE.md.
#
# Usage: tests/bench/sync_bench.sh [--build DIR] [--count N] [--dir DIR] [--runs N]
#                                  [--rawlimit FILE.c] [--settle SECONDS]
#   --build DIR     the build directory with bin/quire-cli (default: build)
#   --count N       messages in alice's INBOX (default 100000)
#   --dir DIR       where the server and the caches live (default: a new
#                   temporary directory, removed at exit); with an existing
#                   DIR/server the server is reused, not refilled, and left
#                   running (tools/imap-server/stop DIR/server --purge)
#   --runs N        measured runs of each scenario (default 3)
#   --rawlimit C    the raw client's source (default ../shared/bench/rawlimit.c
#                   beside the repository); built with gcc -O2 into DIR
#   --settle S      in "changed", wait S seconds after the other client's
#                   changes before anyone reopens (default 0). For about 1-2 s
#                   after a change Dovecot's Maildir cannot trust the cur/
#                   directory's mtime and rereads all 100,000 entries on every
#                   SELECT (200-400 ms each, for every client); a user
#                   reopening later does not meet that.
#
# Scenarios, each run by Quire and then by the raw clients, one after the other:
#   cold     quire-cli sync INBOX into an empty cache (every envelope), then
#            rawlimit envelope (its own command: UID FETCH 1:* (UID FLAGS
#            ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE)) and raw_imap.py
#            with the command Quire sends (that plus the References header
#            and MODSEQ).
#   reopen   quire-cli sync INBOX again, nothing changed (QRESYNC), then
#            raw_imap.py with the same SELECT (QRESYNC ...). quire-cli sends
#            its LIST after the SELECT (raw_imap.py --list shows why).
#   changed  another client flags 1,000 messages and appends 100, then
#            quire-cli sync INBOX, then raw_imap.py with the same SELECT
#            (QRESYNC ...) and UID FETCH of the new messages' envelopes.
# Quire's time is the engine's own (quire-cli --stats "syncs"): from the
# start of the mailbox sync (cached state read, SELECT sent) until the cache
# holds every UID, flag and envelope. Wall and CPU of the whole quire-cli
# process (TLS, login, LIST, logout included) come from /usr/bin/time.
# The servers' data is warmed first by one discarded run of each client.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$PWD

build=build count=100000 dir='' runs=3 rawsrc=$ROOT/../shared/bench/rawlimit.c settle=0
while (($#)); do
  case $1 in
    --build) build=${2:?}; shift ;;
    --count) count=${2:?}; shift ;;
    --dir) dir=${2:?}; shift ;;
    --runs) runs=${2:?}; shift ;;
    --rawlimit) rawsrc=${2:?}; shift ;;
    --settle) settle=${2:?}; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "sync_bench.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done
[[ $build == /* ]] || build=$ROOT/$build
cli=$build/bin/quire-cli
[[ -x $cli ]] || { echo "sync_bench.sh: $cli not built (cmake --build $build --target quire-cli)" >&2; exit 1; }
[[ -f $rawsrc ]] || { echo "sync_bench.sh: no raw client source at $rawsrc (--rawlimit)" >&2; exit 1; }

# shellcheck source=tests/bench/bench_server.sh
. tests/bench/bench_server.sh
bench_workdir quire-sync-bench
trap bench_cleanup EXIT
bench_server "$count"
gcc -O2 -o "$dir/rawlimit" "$rawsrc"
raw() { python3 tests/bench/raw_imap.py "$server/env" alice "$@"; }
quire_command="UID FETCH 1:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS (REFERENCES)] MODSEQ)"
envelope_items="(UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS (REFERENCES)] MODSEQ)"
message=$(find "$IMAP_MAIL_ROOT/alice/Maildir/cur" -type f -print -quit)
cache=$dir/cache

# Runs quire-cli sync INBOX; prints "key=value ..." from /usr/bin/time, its
# --stats and its JSON (uidValidity, highestModSeq).
quire_sync() {
  local out=$dir/quire.out err=$dir/quire.err
  QUIRE_PASSWORD=alicepw /usr/bin/time -f "TIME wall=%e user=%U sys=%S maxrss_kb=%M" \
    "$cli" sync INBOX --server "imaps://alice@$IMAP_HOST:$IMAPS_PORT" --ca-file "$IMAP_CA_CERT" \
    --cache-dir "$cache" --stats >"$out" 2>"$err" || { cat "$err" >&2; exit 1; }
  python3 - "$out" "$err" <<'PY'
import json, sys
out = json.load(open(sys.argv[1]))["synced"][0]
time_line = stats = None
for line in open(sys.argv[2], encoding="utf-8", errors="replace"):
    if line.startswith("TIME "):
        time_line = line[5:].strip()
    elif line.startswith("quire-cli stats: "):
        stats = json.loads(line[len("quire-cli stats: "):])
sync = stats["syncs"][-1]
print(f"{time_line} session_bytes={stats['bytesReceived']} protocol_bytes={stats['protocolBytesReceived']}"
      f" strategy={sync['strategy']} synced_ms={sync['syncedMs']:.1f} settled_ms={sync['settledMs']:.1f}"
      f" sync_bytes={int(sync['bytesReceived'])} messages={out['messages']}"
      f" uidvalidity={int(out['uidValidity'])} modseq={int(out['highestModSeq'])}")
PY
}
field() { sed -n "s/.*\\b$1=\\([^ ]*\\).*/\\1/p" <<<"$2"; }

echo "sync_bench.sh: $count messages in INBOX; $cli; work directory $dir"
echo "machine: $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "warm-up (discarded):"
"$dir/rawlimit" -h "$IMAP_HOST" -p "$IMAP_PORT" -u alice -w alicepw -n 1 envelope | tail -1
rm -rf "$cache"
echo "  quire cold: $(quire_sync)"

echo "cold full metadata sync:"
for run in $(seq "$runs"); do
  rm -rf "$cache"
  q=$(quire_sync)
  r=$("$dir/rawlimit" -h "$IMAP_HOST" -p "$IMAP_PORT" -u alice -w alicepw -n 1 envelope | tail -1)
  s=$(raw time --command "$quire_command")
  echo "  run $run quire: $q"
  echo "  run $run rawlimit: $r"
  echo "  run $run raw_imap (Quire's command): $s"
done

echo "reopen, nothing changed:"
for run in $(seq "$runs"); do
  q=$(quire_sync)
  s=$(raw time --qresync "$(field uidvalidity "$q"):$(field modseq "$q")")
  echo "  run $run quire: $q"
  echo "  run $run raw_imap (SELECT QRESYNC): $s"
done

echo "reopen after 1,000 flag changes and 100 new messages (${settle} s after them):"
for run in $(seq "$runs"); do
  before=$(quire_sync)
  uidnext=$(sqlite3 -readonly "$(find "$cache" -name '*.sqlite' -print -quit)" \
    "SELECT uidnext FROM mailboxes WHERE name = 'INBOX'")
  c=$(raw change --flag-every 100 --offset "$run" --append-from "$message" --append 100)
  sleep "$settle"
  # The server indexes the new messages on first access: a discarded raw
  # run pays that, so neither measured client does (QRESYNC state lives in
  # the client, so it changes nothing Quire will see).
  raw_args=(time --qresync "$(field uidvalidity "$before"):$(field modseq "$before")"
    --command "UID FETCH $uidnext:* $envelope_items")
  raw "${raw_args[@]}" >/dev/null
  q=$(quire_sync)
  s=$(raw "${raw_args[@]}")
  echo "  run $run other client: $c"
  echo "  run $run quire: $q"
  echo "  run $run raw_imap (SELECT QRESYNC, UID FETCH new): $s"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
