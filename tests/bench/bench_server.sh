# shellcheck shell=bash
# Sourced by the benchmark scripts (quire_rss.sh, sync_bench.sh), from the
# repository's root: their work directory and the private Dovecot in it, with
# alice's INBOX filled. One copy, so that the benchmarks measure against the
# same server set up the same way.
#
#   bench_workdir PREFIX  $dir made absolute, or, when empty, a new temporary
#                         directory PREFIX.XXXXXX that bench_cleanup removes;
#                         sets $server ($dir/server)
#   bench_cleanup         stops the server and removes $dir, if
#                         bench_workdir made it (call it from the EXIT trap)
#   bench_server COUNT    starts the server and fills INBOX with COUNT
#                         messages, unless $server already holds one (it is
#                         reused as it is); then reads its env (IMAP_HOST,
#                         IMAPS_PORT, IMAP_CA_CERT, ...)

bench_owned=0

bench_workdir() {
  if [[ -z $dir ]]; then
    dir=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
    bench_owned=1
  fi
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  server=$dir/server
}

bench_cleanup() {
  if ((bench_owned)); then
    tools/imap-server/stop "$server" --purge >/dev/null 2>&1 || true
    rm -rf "$dir"
  fi
}

bench_server() {
  if [[ ! -f $server/env ]]; then
    tools/imap-server/start dovecot "$server" >/dev/null
    NO_FOLDERS=1 tools/mailgen/populate "$server" alice "$1" >/dev/null
  fi
  # shellcheck disable=SC1091
  . "$server/env"
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "${0##*/}: the server in $server is not running" >&2; exit 1; }
}
