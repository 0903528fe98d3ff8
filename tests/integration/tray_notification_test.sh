#!/usr/bin/env bash
# New-mail notification through a real system tray (issue 7, item 10). On a
# private Xvfb, trayer (an XEmbed tray, the kind LXDE, Xfce and i3 panels
# offer) hosts the tray; Quire, reading a private Dovecot, must embed its icon
# there, and mail that arrives while another program has the focus must pop
# up Quire's message. With "off" (notifications switched off in Preferences)
# there must be neither. Leaves a screenshot in QUIRE_TRAY_SHOT when set.
#
# Usage: tray_notification_test.sh QUIRE_BINARY [off]
set -euo pipefail
quire=${1:?usage: tray_notification_test.sh QUIRE_BINARY [off]}
off=0
[[ ${2:-} == off ]] && off=1
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
for tool in Xvfb trayer xdotool xmessage xwininfo; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (tools/setup installs it)"; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/quire-tray.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  tools/imap-server/stop "$work/server" --purge >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; echo "--- quire's output"; cat "$work/quire.log" 2>/dev/null || true; exit 1; }

tools/imap-server/start dovecot "$work/server" >/dev/null
NO_FOLDERS=1 tools/mailgen/populate "$work/server" alice 5 >/dev/null
# shellcheck disable=SC1091
. "$work/server/env"

# shellcheck source=tools/account-settings.sh
. tools/account-settings.sh
conf=$(quire_account_settings "$work" tray 'Tray test' alice)
((off)) && printf '[notifications]\nnewMail=false\n' >>"$conf"

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.05; done
[[ -s $work/display ]] || fail "Xvfb did not start"
export DISPLAY=:$(head -1 "$work/display")

# Under a loaded CI (ctest -j2 beside two servers) trayer once showed no
# panel within 10 s: wait up to 45 s, start it again if it died, and say
# what it printed.
start_trayer() {
  trayer --edge top --align right --widthtype pixel --width 120 --height 28 --SetDockType true \
    --transparent false >>"$work/trayer.log" 2>&1 &
  trayer_pid=$!
  pids+=("$trayer_pid")
}
start_trayer
panel=''
for _ in $(seq 450); do
  panel=$(xwininfo -root -tree | awk '/"panel": \("panel" "trayer"\)/ { print $1 }')
  [[ -n $panel ]] && break
  kill -0 "$trayer_pid" 2>/dev/null || { echo "trayer exited; starting it again" >>"$work/trayer.log"; start_trayer; }
  sleep 0.1
done
[[ -n $panel ]] || { cat "$work/trayer.log"; fail "trayer showed no panel"; }

env XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
  QUIRE_PASSWORD=alicepw QT_QPA_PLATFORM=xcb "$quire" >"$work/quire.log" 2>&1 &
pids+=($!)

# Wait for the first sync: the main window lists the inbox.
for _ in $(seq 200); do
  xdotool search --onlyvisible --name 'INBOX' >/dev/null 2>&1 && break
  sleep 0.1
done
sleep 2

# 1. The icon: a window of Quire's inside the tray's panel.
if xwininfo -tree -id "$panel" | grep -q '("quire" "quire")'; then
  ((off)) && fail "notifications are off, yet Quire's icon is in the tray"
  echo "ok: Quire's tray icon is embedded in trayer's panel"
else
  ((off)) || fail "Quire's icon is not embedded in the tray"
  echo "ok: notifications off, no icon in the tray"
fi

# 2. Another program takes the focus, so Quire's window is not active.
xmessage -geometry 300x60+400+300 "another program has the focus" &
pids+=($!)
other=''
for _ in $(seq 100); do
  other=$(xdotool search --onlyvisible --class xmessage 2>/dev/null | head -1 || true)
  [[ -n $other ]] && break
  sleep 0.1
done
[[ -n $other ]] || fail "xmessage did not show"
xdotool windowfocus "$other"
sleep 1
before=$(xdotool search --onlyvisible --class quire 2>/dev/null | sort)

# 3. New mail arrives: a new window of Quire's shows, the tray's message.
python3 tools/mailgen/imap_append.py "$work/server/env" alice --count 2 --seed 77 >/dev/null
popup=''
for _ in $(seq $((off ? 50 : 200))); do
  after=$(xdotool search --onlyvisible --class quire 2>/dev/null | sort)
  popup=$(comm -13 <(echo "$before") <(echo "$after") | head -1)
  [[ -n $popup ]] && break
  sleep 0.1
done
if ((off)); then
  [[ -z $popup ]] || fail "notifications are off, yet a message popped up"
  echo "ok: notifications off, no message"
else
  [[ -n $popup ]] || fail "no new-mail message popped up"
  echo "ok: the new-mail message popped up ($(xdotool getwindowgeometry "$popup" | tr '\n' ' '))"
fi
if [[ -n ${QUIRE_TRAY_SHOT:-} ]]; then
  sleep 0.5
  import -window root "$QUIRE_TRAY_SHOT"
  echo "screenshot: $QUIRE_TRAY_SHOT"
fi
echo "PASS"
