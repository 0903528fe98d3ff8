#!/usr/bin/env bash
# OAuth2 end to end (ctest oauth2_e2e): starts the loopback authorization
# server (tools/oauth2-server) and a private Dovecot whose oauth2 passdb asks
# it about tokens (DOVECOT_OAUTH2_URL), puts 25 messages in alice's INBOX,
# and runs the test binary against a private gnome-keyring. Stops both.
#
# Usage: oauth2_e2e.sh TEST_BINARY WORK_DIR
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TOOLS=$HERE/../../tools
test_binary=$1 dir=$2

"$TOOLS/imap-server/stop" "$dir/dovecot" --purge >/dev/null 2>&1 || true
rm -rf "$dir"
mkdir -p "$dir"
python3 "$TOOLS/oauth2-server/server.py" --port-file "$dir/port" --token-lifetime 4 \
    --client-id quire-test-client >"$dir/oauth2-server.log" 2>&1 &
oauth_pid=$!
cleanup() {
    kill "$oauth_pid" 2>/dev/null || true
    if [[ ${QUIRE_KEEP_SERVERS:-0} == 1 ]]; then
        "$TOOLS/imap-server/stop" "$dir/dovecot" || true
    else
        "$TOOLS/imap-server/stop" "$dir/dovecot" --purge || true
    fi
}
trap cleanup EXIT
for ((i = 0; i < 200; i++)); do
    [[ -s $dir/port ]] && break
    kill -0 "$oauth_pid" 2>/dev/null || { cat "$dir/oauth2-server.log" >&2; exit 1; }
    sleep 0.05
done
port=$(cat "$dir/port")
DOVECOT_OAUTH2_URL=http://127.0.0.1:$port/introspect "$TOOLS/imap-server/start" dovecot "$dir/dovecot" >/dev/null
NO_FOLDERS=1 "$TOOLS/mailgen/populate" "$dir/dovecot" alice 25 >/dev/null
export QUIRE_IMAP_ENV=$dir/dovecot/env QUIRE_OAUTH2_SERVER=http://127.0.0.1:$port QT_QPA_PLATFORM=offscreen
bash "$HERE/../support/run-with-keyring.sh" "$test_binary"
