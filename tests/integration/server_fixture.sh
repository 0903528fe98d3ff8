#!/usr/bin/env bash
# CTest fixture steps for one private IMAP server (see CMakeLists.txt).
#
#   server_fixture.sh setup KIND DIR COUNT   stop leftovers, start, populate alice
#   server_fixture.sh cleanup DIR            stop and delete DIR
#
# setup exits non-zero if the server does not start or cannot be filled, so
# the tests that require the fixture are not run.  QUIRE_KEEP_SERVERS=1 keeps
# DIR (logs, config, mail) after cleanup for a post-mortem.
set -euo pipefail
TOOLS=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../tools" && pwd)

case ${1:-} in
setup)
    [[ $# == 4 ]] || { echo "usage: $0 setup KIND DIR COUNT" >&2; exit 2; }
    kind=$2 dir=$3 count=$4
    # a previous run that crashed may have left a server behind
    "$TOOLS/imap-server/stop" "$dir" --purge >/dev/null 2>&1 || true
    "$TOOLS/imap-server/start" "$kind" "$dir"
    "$TOOLS/mailgen/populate" "$dir" alice "$count"
    ;;
cleanup)
    [[ $# == 2 ]] || { echo "usage: $0 cleanup DIR" >&2; exit 2; }
    if [[ ${QUIRE_KEEP_SERVERS:-0} == 1 ]]; then
        "$TOOLS/imap-server/stop" "$2"
    else
        "$TOOLS/imap-server/stop" "$2" --purge
    fi
    ;;
*)
    echo "usage: $0 setup KIND DIR COUNT | cleanup DIR" >&2
    exit 2
    ;;
esac
