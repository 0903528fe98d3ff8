#!/usr/bin/env bash
# Runs a command against a real, private, unlocked gnome-keyring (Secret
# Service) on its own D-Bus session bus, with HOME and XDG_* in a temporary
# directory, so a test never touches the user's keyring and can check what
# was written to disk.
#
# Usage: tests/support/run-with-keyring.sh COMMAND [ARGS...]
#   The command sees QUIRE_KEYRING_HOME=<the temporary HOME> and
#   QUIRE_KEYRING_ROOT=<the directory holding HOME and the XDG dirs>.
#   Exit status: the command's; 77 when gnome-keyring or dbus is missing.
# Why each step is needed: /work/shared/testenv/README.md, pitfall 9.
set -euo pipefail

(($#)) || { echo "run-with-keyring.sh: no command given" >&2; exit 2; }
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "run-with-keyring.sh: $tool missing (tools/setup)" >&2; exit 77; }
done

root=$(mktemp -d "${TMPDIR:-/tmp}/quire-keyring.XXXXXX")
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/home" "$root/data" "$root/config" "$root/cache" "$root/runtime"
chmod 700 "$root/runtime"
export HOME=$root/home XDG_DATA_HOME=$root/data XDG_CONFIG_HOME=$root/config \
       XDG_CACHE_HOME=$root/cache XDG_RUNTIME_DIR=$root/runtime
export QUIRE_KEYRING_HOME=$HOME QUIRE_KEYRING_ROOT=$root
# No display: nothing may try to prompt; no inherited bus: use only ours.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
export KEYRING_PASSWORD=quire-test-keyring

# shellcheck disable=SC2016
dbus-run-session -- bash -c '
  # --unlock reads the password on stdin and creates the "login" keyring;
  # --foreground keeps the daemon our child so we stop it by its pid.
  printf %s "$KEYRING_PASSWORD" |
    gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
  gkd=$!
  for _ in $(seq 200); do
    [ -S "$XDG_RUNTIME_DIR/keyring/control" ] && break
    sleep 0.05
  done
  if [ ! -S "$XDG_RUNTIME_DIR/keyring/control" ]; then
    echo "run-with-keyring.sh: gnome-keyring-daemon did not start" >&2
    kill "$gkd" 2>/dev/null
    exit 1
  fi
  rc=0
  "$@" || rc=$?
  kill "$gkd" 2>/dev/null
  wait "$gkd" 2>/dev/null
  exit $rc
' bash "$@" 2> >(grep -v "Failed to set fd limit" >&2)
