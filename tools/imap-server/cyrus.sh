# shellcheck shell=bash
# Cyrus IMAP 3.6 part of tools/imap-server/start.  Sourced by start after
# lib.sh; defines prepare_server (once per start) and launch_server (per port
# try).  Root only: Cyrus' master switches to the "cyrus" user.
#
# Inputs (set by start): DIR LISTEN_ADDR TEST_USERS REQUIRE_TLS SSL_DIR
# Outputs: SERVER_CONF SERVER_PID SERVER_LOG, and kind_env (env file lines).

CYRBIN=/usr/lib/cyrus/bin
[[ $(id -u) == 0 ]] || die "cyrus: run as root (Cyrus' master insists on becoming the 'cyrus' user)"
[[ -x $CYRBIN/master ]] || die "cyrus-common is not installed (run tools/setup)"
command -v saslpasswd2 >/dev/null || die "saslpasswd2 is missing (run tools/setup: sasl2-bin)"
id cyrus >/dev/null 2>&1 || die "no 'cyrus' user (cyrus-common's postinst makes it)"
command -v gcc >/dev/null || die "gcc is needed to build the syslog shim (Cyrus logs nowhere else)"

# cyrus-imapd (imapd, idled) cannot be apt-installed beside dovecot-imapd
# (both Provide/Conflict imap-server); tools/setup unpacks its .deb here.
CYRUS_ROOT=${QUIRE_CYRUS_ROOT:-/var/cache/quire-testenv/cyrus}
if [[ -x $CYRBIN/imapd ]]; then
    IMAPD_DIR=$CYRBIN
elif [[ -x $CYRUS_ROOT/usr/lib/cyrus/bin/imapd ]]; then
    IMAPD_DIR=$CYRUS_ROOT/usr/lib/cyrus/bin
else
    die "no Cyrus imapd in $CYRBIN or $CYRUS_ROOT (run tools/setup, or set QUIRE_CYRUS_ROOT)"
fi

prepare_server() {
    chmod 711 "$DIR"
    # Everything Cyrus touches must be reachable by user cyrus, and its UNIX
    # sockets (DATA/lib/socket/idle...) must fit in 107 bytes, or idled and
    # lmtpd are silently disabled.  Otherwise keep the data in /tmp.
    # no state survives a restart: a fresh server each time
    if [[ -L $DIR/data ]]; then
        local old
        old=$(readlink -f "$DIR/data")
        [[ $old == /tmp/quire-cyrus-data.* ]] && rm -rf "$old"
    fi
    rm -rf "$DIR/data"
    DATA=$DIR/data
    mkdir -p "$DATA"
    chown cyrus:mail "$DATA"
    if ((${#DATA} > 70)) || ! can_reach cyrus "$DATA"; then
        rmdir "$DATA"
        DATA=$(short_dir quire-cyrus-data)
        ln -sfn "$DATA" "$DIR/data"
        log "DIR is long or closed to user cyrus; data goes to $DATA"
    fi
    CONFDIR=$DATA/lib # configdirectory: databases, sockets, proc
    SPOOL=$DATA/spool # partition-default: the messages
    local d
    for d in db proc socket log msg user quota lock sieve; do mkdir -p "$CONFDIR/$d"; done
    mkdir -p "$SPOOL/stage." "$DATA/bin" "$DATA/ssl"

    # The key must be readable by user cyrus, and by nobody else.
    cp "$SSL_DIR/server-chain.pem" "$SSL_DIR/server-key.pem" "$DATA/ssl/"

    # Users in a private sasldb; the realm must equal "servername" below
    # (imapd asks SASL for user@servername).
    REALM=localhost
    SASLDB=$DATA/sasldb2
    CYRUS_ADMIN=${CYRUS_ADMIN:-"admin:adminpw"}
    local pair
    for pair in $TEST_USERS $CYRUS_ADMIN; do
        printf '%s' "${pair#*:}" | saslpasswd2 -p -c -f "$SASLDB" -u "$REALM" "${pair%%:*}"
    done

    # Binaries user cyrus can run (the unpack dir may be closed to it).
    if can_reach_exec cyrus "$IMAPD_DIR/imapd"; then
        IMAPD=$IMAPD_DIR/imapd IDLED=$IMAPD_DIR/idled
    else
        cp "$IMAPD_DIR/imapd" "$IMAPD_DIR/idled" "$DATA/bin/"
        IMAPD=$DATA/bin/imapd IDLED=$DATA/bin/idled
    fi

    # Cyrus logs only via syslog(3); our LD_PRELOAD shim appends it to a file.
    SERVER_LOG=$DATA/cyrus.log
    : >"$SERVER_LOG"
    gcc -shared -fPIC -O2 -o "$DATA/syslog2file.so" "$HERE/syslog2file.c" ||
        die "could not build the syslog shim"
    chmod 755 "$DATA/syslog2file.so"
    PRELOAD=$DATA/syslog2file.so
    # Cyrus fsync()s every APPEND; test data needs no durability.
    if [[ ${CYRUS_EATMYDATA:-1} == 1 ]]; then
        local emd
        for emd in /usr/lib/*/libeatmydata.so /usr/lib/libeatmydata.so; do
            if [[ -f $emd ]]; then
                PRELOAD="$PRELOAD $emd"
                break
            fi
        done
    fi

    SERVER_CONF=$DATA/imapd.conf
    MASTER_CONF=$DATA/cyrus.conf
    PIDFILE=$DATA/master.pid
    chown -R cyrus:mail "$DATA"
    chmod 750 "$DATA"
    chmod 600 "$SASLDB" "$DATA/ssl/server-key.pem"
}

can_reach_exec() {
    setpriv --reuid="$(id -u "$1")" --regid="$(id -g "$1")" --clear-groups test -x "$2" 2>/dev/null
}

write_cyrus_conf() {
    local allowplain=yes
    [[ $REQUIRE_TLS == 1 ]] && allowplain=no
    cat >"$SERVER_CONF" <<EOF
# Private Cyrus for Quire's tests, written by tools/imap-server/start.
configdirectory: $CONFDIR
defaultpartition: default
partition-default: $SPOOL
sievedir: $CONFDIR/sieve
proc_path: $CONFDIR/proc
mboxname_lockpath: $CONFDIR/lock
lmtpsocket: $CONFDIR/socket/lmtp
idlesocket: $CONFDIR/socket/idle
notifysocket: $CONFDIR/socket/notify
servername: $REALM
syslog_prefix: quire-cyrus-$IMAP_PORT

admins: ${CYRUS_ADMIN%%:*}
sasl_pwcheck_method: auxprop
sasl_auxprop_plugin: sasldb
sasl_sasldb_path: $SASLDB
sasl_mech_list: PLAIN LOGIN
# no: LOGINDISABLED until STARTTLS (Cyrus does not exempt loopback)
allowplaintext: $allowplain

tls_server_cert: $DATA/ssl/server-chain.pem
tls_server_key: $DATA/ssl/server-key.pem
tls_versions: tls1_2 tls1_3

# Like Dovecot's namespace: "/" separator, personal folders at the top.
unixhierarchysep: yes
altnamespace: yes

# INBOX and the special-use folders appear at first login.
autocreate_quota: 0
autocreate_inbox_folders: Drafts | Sent | Trash | Junk | Archive
autocreate_subscribe_folders: Drafts | Sent | Trash | Junk | Archive
xlist-drafts: Drafts
xlist-sent: Sent
xlist-trash: Trash
xlist-junk: Junk
xlist-archive: Archive

conversations: no
imapidlepoll: 2
umask: 077
hashimapspool: false
# NB: an option with an empty value ("httpmodules:") is a fatal error (exit 78).
EOF
    # "master -C" does NOT pass -C on: every cmd= needs it, or the services
    # silently use /etc/imapd.conf and /var/lib/cyrus.
    local c="-C $SERVER_CONF"
    cat >"$MASTER_CONF" <<EOF
# Private Cyrus master config, written by tools/imap-server/start.
START {
  recover   cmd="$CYRBIN/ctl_cyrusdb $c -r"
}
SERVICES {
  imap      cmd="$IMAPD $c" listen="$LISTEN_ADDR:$IMAP_PORT" prefork=1 maxchild=200
  imaps     cmd="$IMAPD $c -s" listen="$LISTEN_ADDR:$IMAPS_PORT" prefork=1 maxchild=200
}
EVENTS {
  checkpoint cmd="$CYRBIN/ctl_cyrusdb $c -c" period=30
}
DAEMON {
  idled     cmd="$IDLED $c"
}
EOF
    chown cyrus:mail "$SERVER_CONF" "$MASTER_CONF"
}

launch_server() {
    write_cyrus_conf
    rm -f "$PIDFILE"
    # -d: detach; the pid goes to -p's file.  master passes the environment
    # (the preloads) on to every service.
    if ! env LD_PRELOAD="$PRELOAD" SYSLOG2FILE="$SERVER_LOG" \
        "$CYRBIN/master" -C "$SERVER_CONF" -M "$MASTER_CONF" -p "$PIDFILE" -d >>"$SERVER_LOG" 2>&1; then
        tail -5 "$SERVER_LOG" >&2
        return 1
    fi
    local i
    for ((i = 0; i < 250; i++)); do
        [[ -s $PIDFILE ]] && break
        sleep 0.02
    done
    SERVER_PID=$(cat "$PIDFILE" 2>/dev/null) || {
        tail -5 "$SERVER_LOG" >&2
        return 1
    }
    return 0
}

kind_env() {
    env_line CYRUS_CONF "$SERVER_CONF"
    env_line CYRUS_DATA "$DATA"
    env_line CYRUS_PIDFILE "$PIDFILE"
    env_line CYRUS_LOG "$SERVER_LOG"
    env_line IMAP_ADMIN "$CYRUS_ADMIN"
}
