# shellcheck shell=bash
# Shared helpers for tools/imap-server/{start,stop} and tools/mailgen/populate.
# Source it, do not run it.

# The system python (a pyenv-style shim in PATH can cost 0.3 s per call).
if [[ -z ${PYTHON:-} ]]; then
    PYTHON=python3
    [[ -x /usr/bin/python3 ]] && PYTHON=/usr/bin/python3
fi

log() { printf '[%s] %s\n' "${0##*/}" "$*" >&2; }
die() {
    log "ERROR: $*"
    exit 1
}

# now_ms -> milliseconds since the epoch (for the timings we print)
now_ms() { date +%s%3N; }
# secs T0_MS T1_MS -> "1.234"
secs() {
    local ms=$(($2 - $1))
    printf '%d.%03d' $((ms / 1000)) $((ms % 1000))
}

# free_ports ADDR N -> N distinct TCP ports that are free on ADDR right now.
# All sockets are held open until every port is chosen, so the N differ.
# The kernel picks them from the ephemeral range, so two servers starting at
# once (ctest -j) do not collide; there is a small window until the server
# binds them, which start() covers by retrying on "address in use".
free_ports() {
    "$PYTHON" - "$1" "$2" <<'EOF'
import socket, sys
addr, n = sys.argv[1], int(sys.argv[2])
fam = socket.AF_INET6 if ":" in addr else socket.AF_INET
socks = []
for _ in range(n):
    s = socket.socket(fam)
    s.bind((addr, 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
EOF
}

# make_certs DIR
# A private CA (DIR/ca.pem, DIR/ca-key.pem) and a server certificate signed
# by it (DIR/server.pem, DIR/server-key.pem, DIR/server-chain.pem = server +
# CA) with SAN localhost, 127.0.0.1, 127.0.0.2 and ::1.  EC P-256 keys: they
# take milliseconds to make, where RSA-2048 takes a noticeable fraction of a
# second.  Clients trust the server by trusting ca.pem only.
make_certs() {
    local d=$1 ext
    mkdir -p "$d"
    ext=$d/server.ext
    cat >"$ext" <<'EOF'
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1, IP:127.0.0.2, IP:::1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer
EOF
    {
        openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
            -sha256 -days 3650 -subj "/O=Quire test CA/CN=Quire private test CA $$" \
            -addext "basicConstraints=critical,CA:TRUE" \
            -addext "keyUsage=critical,keyCertSign,cRLSign" \
            -keyout "$d/ca-key.pem" -out "$d/ca.pem" &&
            openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
                -subj "/O=Quire test server/CN=localhost" \
                -keyout "$d/server-key.pem" -out "$d/server.csr" &&
            openssl x509 -req -in "$d/server.csr" -CA "$d/ca.pem" -CAkey "$d/ca-key.pem" \
                -CAcreateserial -sha256 -days 3650 -extfile "$ext" -out "$d/server.pem"
    } >"$d/openssl.log" 2>&1 || {
        cat "$d/openssl.log" >&2
        die "openssl could not create the certificates in $d"
    }
    cat "$d/server.pem" "$d/ca.pem" >"$d/server-chain.pem"
    rm -f "$d/server.csr" "$d/ca.srl" "$ext"
    chmod 600 "$d/ca-key.pem" "$d/server-key.pem"
    chmod 644 "$d/ca.pem" "$d/server.pem" "$d/server-chain.pem"
}

# make_test_cert DIR KIND
# A certificate that clients must refuse unless the user trusts it, for the
# TLS tests (SERVER_CERT in start). Needs make_certs' CA in DIR. KIND:
#   expired     signed by the CA, SAN as usual, valid 2020-01-01..2021-01-01
#   selfsigned  SAN as usual, but signed by its own key (no CA)
#   wronghost   signed by the CA, valid, but for wrong.example only
# Writes DIR/KIND.pem, DIR/KIND-key.pem and DIR/KIND-chain.pem.
make_test_cert() {
    local d=$1 kind=$2 san="DNS:localhost, IP:127.0.0.1, IP:127.0.0.2, IP:::1" ext cnf
    [[ $kind == wronghost ]] && san="DNS:wrong.example"
    ext=$d/$kind.ext
    printf '%s\n' "basicConstraints = critical, CA:FALSE" \
        "keyUsage = critical, digitalSignature, keyEncipherment" \
        "extendedKeyUsage = serverAuth" "subjectAltName = $san" "subjectKeyIdentifier = hash" >"$ext"
    {
        case $kind in
        selfsigned)
            openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -sha256 -days 3650 \
                -subj "/O=Quire test self-signed/CN=localhost" -extensions v3 \
                -config <(printf '[req]\ndistinguished_name=dn\n[dn]\n[v3]\n' && cat "$ext") \
                -keyout "$d/$kind-key.pem" -out "$d/$kind.pem"
            ;;
        expired | wronghost)
            openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
                -subj "/O=Quire test $kind/CN=$kind.example" \
                -keyout "$d/$kind-key.pem" -out "$d/$kind.csr" &&
                mkdir -p "$d/$kind-ca" &&
                : >"$d/$kind-ca/index.txt" &&
                openssl rand -hex 8 >"$d/$kind-ca/serial" &&
                # openssl ca, since OpenSSL 3.0's x509 cannot set dates in the past
                cnf=$d/$kind-ca.cnf &&
                printf '%s\n' "[ca]" "default_ca = test" "[test]" "database = $d/$kind-ca/index.txt" \
                    "new_certs_dir = $d/$kind-ca" "serial = $d/$kind-ca/serial" "default_md = sha256" \
                    "policy = any" "unique_subject = no" "[any]" "commonName = supplied" \
                    "organizationName = optional" >"$cnf" &&
                if [[ $kind == expired ]]; then
                    dates=(-startdate 20200101000000Z -enddate 20210101000000Z)
                else
                    dates=(-days 3650)
                fi &&
                openssl ca -batch -notext -config "$cnf" -cert "$d/ca.pem" -keyfile "$d/ca-key.pem" \
                    -in "$d/$kind.csr" -out "$d/$kind.pem" -extfile "$ext" "${dates[@]}"
            ;;
        *) false ;;
        esac
    } >"$d/openssl-$kind.log" 2>&1 || {
        cat "$d/openssl-$kind.log" >&2
        die "openssl could not create the $kind certificate in $d"
    }
    if [[ $kind == selfsigned ]]; then
        cp "$d/$kind.pem" "$d/$kind-chain.pem"
    else
        cat "$d/$kind.pem" "$d/ca.pem" >"$d/$kind-chain.pem"
    fi
    rm -rf "$ext" "$d/$kind.csr" "$d/$kind-ca" "$d/$kind-ca.cnf"
    chmod 600 "$d/$kind-key.pem"
    chmod 644 "$d/$kind.pem" "$d/$kind-chain.pem"
}

# wait_ready ADDR PLAIN_PORT TLS_PORT CA PID TIMEOUT_S
# Polls until the plain port sends an IMAP greeting and the TLS port
# completes a handshake verified against CA and sends one too.  Gives up at
# once when PID dies.  python3 polls in-process: much faster than forking
# openssl s_client in a loop.
wait_ready() {
    "$PYTHON" - "$@" <<'EOF'
import os, socket, ssl, sys, time
addr, plain, tls, ca, pid, timeout = sys.argv[1:7]
deadline = time.monotonic() + float(timeout)
ctx = ssl.create_default_context(cafile=ca)   # verifies chain and the IP SAN
if os.environ.get("SERVER_CERT", "ca") != "ca":
    # a certificate made to be refused (make_test_cert): only the greeting counts
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE

def alive():
    try:
        os.kill(int(pid), 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True

def greeting(port, wrap):
    try:
        with socket.create_connection((addr, int(port)), timeout=2) as s:
            if wrap:
                s = ctx.wrap_socket(s, server_hostname=addr)
            line = s.makefile("rb").readline()
            return line.startswith((b"* OK", b"* PREAUTH"))
    except (OSError, ssl.SSLError):
        return False

pending = [(plain, False), (tls, True)]
while pending:
    if not alive():
        sys.exit(f"server process {pid} died")
    if time.monotonic() > deadline:
        sys.exit(f"no IMAP greeting on {addr} ports {[p for p, _ in pending]} after {timeout}s")
    if greeting(*pending[0]):
        pending.pop(0)
    else:
        time.sleep(0.05)
EOF
}

# pid_runs_conf PID CONF -> exit 0 if PID is alive and its command line
# mentions CONF (pids get reused: never signal a stranger).
pid_runs_conf() {
    local pid=$1 conf=$2
    [[ -n $pid && -r /proc/$pid/cmdline ]] || return 1
    tr '\0' '\n' <"/proc/$pid/cmdline" | grep -qxF -- "$conf"
}

# stop_pid PID NAME TIMEOUT_S: SIGTERM one process, wait, SIGKILL if needed.
stop_pid() {
    local pid=$1 name=$2 timeout=${3:-10} i
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < timeout * 20; i++)); do
        kill -0 "$pid" 2>/dev/null || {
            log "$name (pid $pid) stopped"
            return 0
        }
        sleep 0.05
    done
    log "$name (pid $pid) ignored SIGTERM for ${timeout}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
}

# env_line NAME VALUE -> NAME='VALUE' (single-quoted: sourceable by sh, and
# trivial to parse from Python or C++: strip the quotes).
env_line() {
    local v=${2//\'/\'\\\'\'}
    printf "%s='%s'\n" "$1" "$v"
}

# short_dir PREFIX -> a new private directory under /tmp (for UNIX sockets
# whose path would be too long, or mail that a dropped-privilege user
# cannot reach below DIR).
short_dir() { mktemp -d "/tmp/$1.XXXXXX"; }

# can_reach USER PATH -> exit 0 if USER can write PATH (root only).
can_reach() {
    setpriv --reuid="$(id -u "$1")" --regid="$(id -g "$1")" --clear-groups test -w "$2" 2>/dev/null
}
