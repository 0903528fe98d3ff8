# shellcheck shell=bash
# Sourced by tools/demo, the benchmarks (tests/bench/quire_rss.sh) and the
# tray test (tests/integration/tray_notification_test.sh): Quire's settings
# with one account on a private server, written the way Quire's own
# settings store (QSettings, INI format) keeps them. One copy, so that a
# change to the settings' format is made once.
#
#   quire_account_settings DIR ID NAME USER
#       writes DIR/config/Quire/quire.conf (mode 0600) with the account ID,
#       shown as NAME, that logs in as USER over implicit TLS to the server
#       whose env is loaded ($IMAP_HOST, $IMAPS_PORT, $IMAP_CA_CERT: source
#       its env file first); makes DIR/data and DIR/cache too (mode 0700).
#       Quire reads them when run with XDG_CONFIG_HOME=DIR/config,
#       XDG_DATA_HOME=DIR/data and XDG_CACHE_HOME=DIR/cache. Prints the
#       settings file's path.

quire_account_settings() {
  local dir=${1:?quire_account_settings DIR ID NAME USER} id=${2:?account id} name=${3:?account name}
  local user=${4:?user}
  local conf_dir=$dir/config/Quire
  if [[ -z ${IMAP_HOST:-} || -z ${IMAPS_PORT:-} || -z ${IMAP_CA_CERT:-} ]]; then
    echo "quire_account_settings: no server env loaded (IMAP_HOST, IMAPS_PORT, IMAP_CA_CERT)" >&2
    return 1
  fi
  # (Each step checked: a caller's set -e does not reach into $(...).)
  mkdir -p "$conf_dir" "$dir/data" "$dir/cache" || return
  chmod 700 "$dir/config" "$dir/data" "$dir/cache" || return
  (
    umask 077
    cat >"$conf_dir/quire.conf" <<CONF
[accounts]
$id\\name=$name
$id\\host=$IMAP_HOST
$id\\port=$IMAPS_PORT
$id\\security=tls
$id\\user=$user
$id\\caFile=$IMAP_CA_CERT
CONF
  ) || return
  chmod 600 "$conf_dir/quire.conf" || return
  echo "$conf_dir/quire.conf"
}
