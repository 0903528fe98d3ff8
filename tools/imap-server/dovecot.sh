# shellcheck shell=bash
# Dovecot 2.3 part of tools/imap-server/start.  Sourced by start after lib.sh;
# defines prepare_server (once per start) and launch_server (per port try).
#
# Inputs (set by start): DIR LISTEN_ADDR TEST_USERS REQUIRE_TLS SSL_DIR
# Outputs: SERVER_CONF SERVER_PID SERVER_LOG, and kind_env (env file lines).

command -v dovecot >/dev/null || die "dovecot is not installed (run tools/setup)"
[[ -x /usr/lib/dovecot/imap ]] || die "/usr/lib/dovecot/imap is missing (run tools/setup)"

prepare_server() {
    RUN_DIR=$DIR/run # base_dir: master.pid and the UNIX sockets
    # UNIX socket paths are limited to 107 bytes; Dovecot's longest below
    # base_dir is about 30 ("login/imap-urlauth-login"...).
    if ((${#RUN_DIR} > 70)); then
        RUN_DIR=$(short_dir quire-dovecot-run)
        log "DIR is long; sockets go to $RUN_DIR"
    fi
    mkdir -p "$RUN_DIR" "$DIR/state" "$DIR/log"
    SERVER_LOG=$DIR/log/dovecot.log
    : >"$SERVER_LOG"

    # Dovecot never runs a mail process as uid 0 ("userdb returned 0 as uid"),
    # so as root the mail belongs to MAIL_OWNER (default nobody), which must
    # be able to reach the mail root.  As a normal user, everything is ours.
    MAIL_ROOT=$DIR/mail
    if [[ $(id -u) == 0 ]]; then
        MAIL_OWNER=${MAIL_OWNER:-nobody}
        MAIL_UID=$(id -u "$MAIL_OWNER") || die "no such user: $MAIL_OWNER"
        MAIL_GID=$(id -g "$MAIL_OWNER")
        LOGIN_USER=dovenull # both made by the dovecot-core package
        INTERNAL_USER=dovecot
        INTERNAL_GROUP=dovecot
        LOGIN_CHROOT=login
        ANVIL_CHROOT=empty
        AUTH_USER=root # reads DIR/users even when DIR is 0700
        chmod 711 "$DIR"
        mkdir -p "$MAIL_ROOT"
        chown "$MAIL_UID:$MAIL_GID" "$MAIL_ROOT"
        if ! can_reach "$MAIL_OWNER" "$MAIL_ROOT"; then
            # a parent of DIR is closed to MAIL_OWNER (e.g. /root is 0700)
            rmdir "$MAIL_ROOT"
            MAIL_ROOT=$(short_dir quire-dovecot-mail)
            chmod 711 "$MAIL_ROOT"
            chown "$MAIL_UID:$MAIL_GID" "$MAIL_ROOT"
            ln -sfn "$MAIL_ROOT" "$DIR/mail"
            log "$MAIL_OWNER cannot reach $DIR; mail goes to $MAIL_ROOT"
        fi
    else
        MAIL_OWNER=$(id -un)
        MAIL_UID=$(id -u)
        MAIL_GID=$(id -g)
        LOGIN_USER=$MAIL_OWNER # unprivileged: every process runs as us,
        INTERNAL_USER=$MAIL_OWNER
        INTERNAL_GROUP=$(id -gn)
        LOGIN_CHROOT= # and nothing can chroot
        ANVIL_CHROOT=
        AUTH_USER=$MAIL_OWNER
        mkdir -p "$MAIL_ROOT"
    fi

    # passwd-file; uid/gid come from userdb default_fields (passwd-file
    # itself rejects a uid of 0).
    local pair user pass
    : >"$DIR/users"
    chmod 600 "$DIR/users"
    for pair in $TEST_USERS; do
        user=${pair%%:*} pass=${pair#*:}
        printf '%s:{PLAIN}%s::::%s::\n' "$user" "$pass" "$MAIL_ROOT/$user" >>"$DIR/users"
        mkdir -p "$MAIL_ROOT/$user"
        chown "$MAIL_UID:$MAIL_GID" "$MAIL_ROOT/$user"
    done
    SERVER_CONF=$DIR/dovecot.conf
}

write_dovecot_conf() {
    local plaintext=no debug=no dh_line=
    [[ $REQUIRE_TLS == 1 ]] && plaintext=yes
    [[ ${DOVECOT_VERBOSE:-0} == 1 ]] && debug=yes
    [[ -f /usr/share/dovecot/dh.pem ]] && dh_line="ssl_dh = </usr/share/dovecot/dh.pem"
    local server_chain=$SSL_DIR/server-chain.pem server_key=$SSL_DIR/server-key.pem
    if [[ ${SERVER_CERT:-ca} != ca ]]; then
        server_chain=$SSL_DIR/$SERVER_CERT-chain.pem server_key=$SSL_DIR/$SERVER_CERT-key.pem
    fi
    cat >"$SERVER_CONF" <<EOF
# Private Dovecot for Quire's tests, written by tools/imap-server/start.
# Nothing is read from /etc/dovecot.
instance_name = quire-dovecot-$IMAP_PORT
base_dir = $RUN_DIR
state_dir = $DIR/state
protocols = imap
listen = $LISTEN_ADDR
shutdown_clients = yes

log_path = $SERVER_LOG
info_log_path = $SERVER_LOG
debug_log_path = $SERVER_LOG
auth_verbose = yes
auth_debug = $debug
mail_debug = $debug
verbose_ssl = $debug

default_login_user = $LOGIN_USER
default_internal_user = $INTERNAL_USER
default_internal_group = $INTERNAL_GROUP
first_valid_uid = 1
first_valid_gid = 1

# TLS: STARTTLS on the plain port, implicit TLS on the imaps port.  The
# certificate is signed by the private CA in $SSL_DIR/ca.pem.
ssl = yes
ssl_cert = <$server_chain
ssl_key = <$server_key
$dh_line
ssl_min_protocol = TLSv1.2
# yes: LOGINDISABLED before STARTTLS, but Dovecot trusts connections whose
# client IP equals the server IP, so REQUIRE_TLS=1 listens on 127.0.0.2.
disable_plaintext_auth = $plaintext
auth_mechanisms = plain login

passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DIR/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $DIR/users
  default_fields = uid=$MAIL_UID gid=$MAIL_GID
}

# Maildir++ with "/" as the IMAP separator: folder A/B is directory .A.B
# (so "." is not allowed in names).
mail_location = maildir:~/Maildir
mail_fsync = never

namespace inbox {
  inbox = yes
  separator = /
  prefix =
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
  mailbox Archive {
    special_use = \\Archive
    auto = subscribe
  }
}

# Built into imap 2.3.19: IDLE CONDSTORE QRESYNC UIDPLUS MOVE ESEARCH SORT
# THREAD LITERAL+ ENABLE ID NAMESPACE SPECIAL-USE LIST-STATUS BINARY ...
# NOTIFY too: it is built into imap (lib-storage's mailbox list notify,
# inotify for Maildir) and needs no plugin; the "notify" mail plugin is a
# hook for mail_log/push-notification, unrelated.  Only COMPRESS=DEFLATE
# needs a plugin: imap_zlib.
# NOTIFY is advertised only with the mailbox list index.  It is on by
# default in 2.3; said here so that a changed default cannot silently
# move Quire's tests onto the polling fallback.
mailbox_list_index = yes
mail_plugins = \$mail_plugins
protocol imap {
  mail_plugins = \$mail_plugins imap_zlib
  imap_idle_notify_interval = 2 mins
  mail_max_userip_connections = 1000
}

service imap-login {
  chroot = $LOGIN_CHROOT
  inet_listener imap {
    address = $LISTEN_ADDR
    port = $IMAP_PORT
  }
  inet_listener imaps {
    address = $LISTEN_ADDR
    port = $IMAPS_PORT
    ssl = yes
  }
  process_min_avail = 1
  service_count = 0
  client_limit = 1000
}
service imap {
  process_limit = 1024
}
service auth {
  user = $AUTH_USER
}
service anvil {
  chroot = $ANVIL_CHROOT
}
EOF
    if [[ -n ${DOVECOT_OAUTH2_URL:-} ]]; then
        write_oauth2_conf
    fi
    if [[ -n ${DOVECOT_EXTRA_CONF:-} ]]; then
        echo "!include $DOVECOT_EXTRA_CONF" >>"$SERVER_CONF"
    fi
}

# OAuth2 logins (off unless DOVECOT_OAUTH2_URL is set): XOAUTH2 and
# OAUTHBEARER next to the passwords, checked by the oauth2 passdb, which
# POSTs token=... to DOVECOT_OAUTH2_URL (RFC 7662 introspection, e.g.
# tools/oauth2-server) and wants {"active": true, "username": ...}.
write_oauth2_conf() {
    cat >"$DIR/dovecot-oauth2.conf.ext" <<EOF
introspection_mode = post
introspection_url = $DOVECOT_OAUTH2_URL
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
timeout_msecs = 5000
EOF
    cat >>"$SERVER_CONF" <<EOF

# OAuth2 (DOVECOT_OAUTH2_URL): tokens are asked of $DOVECOT_OAUTH2_URL.
auth_mechanisms = plain login oauthbearer xoauth2
passdb {
  driver = oauth2
  mechanisms = oauthbearer xoauth2
  args = $DIR/dovecot-oauth2.conf.ext
}
# Tests refuse tokens on purpose; the growing per-IP penalty (up to 15 s)
# would outlast their short-lived tokens.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
EOF
}

# launch_server: start with the current IMAP_PORT/IMAPS_PORT.  Returns 0 when
# the master runs, 2 when a port was taken (start retries), 1 otherwise.
launch_server() {
    write_dovecot_conf
    # (no $(...) around it: the daemon would keep the capture pipe open)
    if ! dovecot -c "$SERVER_CONF" >>"$SERVER_LOG" 2>&1; then
        tail -5 "$SERVER_LOG" >&2
        grep -q "Address already in use" "$SERVER_LOG" && return 2
        return 1
    fi
    local i
    for ((i = 0; i < 100; i++)); do
        [[ -s $RUN_DIR/master.pid ]] && break
        sleep 0.02
    done
    SERVER_PID=$(cat "$RUN_DIR/master.pid" 2>/dev/null) || {
        tail -5 "$SERVER_LOG" >&2
        grep -q "Address already in use" "$SERVER_LOG" && return 2
        return 1
    }
    return 0
}

kind_env() {
    env_line DOVECOT_CONF "$SERVER_CONF"
    env_line DOVECOT_RUN_DIR "$RUN_DIR"
    env_line IMAP_MAIL_ROOT "$MAIL_ROOT"
    env_line IMAP_MAIL_UID "$MAIL_UID"
    env_line IMAP_MAIL_GID "$MAIL_GID"
}
