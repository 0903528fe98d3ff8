#!/usr/bin/env bash
# Runs `tools/demo --no-launch` and checks what it left: a running private
# Dovecot that serves alice's generated mail over TLS with the private CA, and
# a Quire account pointing at it. Stops the server afterwards.
# Usage: demo_setup_check.sh SOURCE_DIR WORK_DIR
set -euo pipefail
src=$1 work=$2
rm -rf "$work"
cleanup() { [[ -f $work/server/env ]] && "$src/tools/imap-server/stop" "$work/server" --purge >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT

"$src/tools/demo" --no-launch --dir "$work" --count 2000

conf=$work/config/Quire/quire.conf
[[ -f $conf ]] || { echo "FAIL: no account file $conf"; exit 1; }
[[ $(stat -c %a "$conf") == 600 ]] || { echo "FAIL: $conf is not mode 0600"; exit 1; }
# shellcheck disable=SC1091
. "$work/server/env"
for want in "demo\\\\host=$IMAP_HOST" "demo\\\\port=$IMAPS_PORT" 'demo\\security=tls' 'demo\\user=alice' \
            "demo\\\\caFile=$IMAP_CA_CERT"; do
  grep -qF -- "$(printf '%b' "$want")" "$conf" || { echo "FAIL: $conf lacks $want"; cat "$conf"; exit 1; }
done

python3 - "$IMAP_HOST" "$IMAPS_PORT" "$IMAP_CA_CERT" <<'PY'
import imaplib, ssl, sys
host, port, ca = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ctx = ssl.create_default_context(cafile=ca)   # only the demo's private CA
m = imaplib.IMAP4_SSL(host, port, ssl_context=ctx)
m.login("alice", "alicepw")
typ, data = m.select("INBOX", readonly=True)
count = int(data[0])
assert count == 2000, f"INBOX has {count} messages, expected 2000"
typ, boxes = m.list()
names = b"\n".join(boxes)
# Входящие and 日本語 in modified UTF-7: the folder tree has non-ASCII names
for want in (b"&BBIERQQ+BDQETwRJBDgENQ-", b"&ZeVnLIqe-"):
    assert want in names, f"missing folder {want!r} in LIST: {names!r}"
m.logout()
print(f"demo server OK: INBOX {count} messages, {len(boxes)} folders")
PY
echo "PASS: tools/demo set-up"
