#!/usr/bin/env python3
"""TLS refusals against the private Dovecot (issue #9, item 2; docs/SECURITY.md).

    tls_refusal_test.py QUIRE_CLI

Needs four Dovecot fixtures: QUIRE_DOVECOT_ENV (the CA-signed certificate)
and QUIRE_DOVECOT_{EXPIRED,SELFSIGNED,WRONGHOST}_ENV, started with
SERVER_CERT=... (tools/imap-server/start). For each bad certificate, over
implicit TLS and STARTTLS, quire-cli must refuse with the certificate error
(and its fingerprint), and connect once the user trusts exactly that
certificate: for one run (--trust-fingerprint, the GUI's "Trust once") or
pinned in the account (pinnedSha256, "Trust always"). A pinned certificate
that changes is refused even when the CA vouches for the new one. STARTTLS
through a proxy in front of Dovecot's plain port: when the proxy hides
STARTTLS, and when it injects plaintext after "OK Begin TLS", quire-cli
refuses and never sends the password.
"""
import hashlib
import json
import os
import re
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

from integration_checks import check, exit_status, read_env

def fingerprint(pem_path):
    with open(pem_path, encoding="ascii") as f:
        first = f.read().split("-----END CERTIFICATE-----")[0] + "-----END CERTIFICATE-----\n"
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(first)).hexdigest()


class Proxy:
    """Relays 127.0.0.1:port to Dovecot's plain port, tampering on the way.

    mode "pass": relays. "strip": removes STARTTLS from what the server
    says. "inject": sends plaintext right after the server's "OK Begin TLS",
    in the same write. client_bytes keeps what the client sent."""

    def __init__(self, host, port, mode):
        self.target = (host, port)
        self.mode = mode
        self.client_bytes = b""
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self.serve, args=(client,), daemon=True).start()

    def serve(self, client):
        server = socket.create_connection(self.target)
        threading.Thread(target=self.upstream, args=(client, server), daemon=True).start()
        reader = server.makefile("rb")
        try:
            while True:
                line = reader.readline()
                if not line:
                    break
                if self.mode == "strip":
                    line = line.replace(b" STARTTLS", b"")
                if re.match(rb"^\S+ OK .*Begin TLS", line):
                    if self.mode == "inject":
                        line += b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected by the proxy\r\n"
                    client.sendall(line)
                    break
                client.sendall(line)
            # raw from here (TLS, if the client dares)
            while True:
                data = reader.read1(65536)
                if not data:
                    break
                client.sendall(data)
        except OSError:
            pass
        finally:
            client.close()
            server.close()

    def upstream(self, client, server):
        try:
            while True:
                data = client.recv(65536)
                if not data:
                    break
                self.client_bytes += data
                server.sendall(data)
        except OSError:
            pass
        finally:
            try:
                server.shutdown(socket.SHUT_WR)
            except OSError:
                pass

    def close(self):
        self.listener.close()


class Cli:
    def __init__(self, binary, work):
        self.binary = binary
        self.work = work
        self.env = dict(os.environ, QUIRE_PASSWORD="bobpw", XDG_CONFIG_HOME=os.path.join(work, "config"),
                        XDG_DATA_HOME=os.path.join(work, "data"))

    def run(self, *args):
        p = subprocess.run([self.binary, "folders", "--cache-dir", os.path.join(self.work, "cache"),
                            "--timeout", "60", *args], capture_output=True, env=self.env, timeout=120)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def server(self, env, starttls=False, host=None, port=None):
        scheme, default = ("imap", env["IMAP_PORT"]) if starttls else ("imaps", env["IMAPS_PORT"])
        return ["--server", "%s://bob@%s:%s" % (scheme, host or env["IMAP_HOST"], port or default),
                "--ca-file", env["IMAP_CA_CERT"]]

    def account(self, env, pin, account_id="pinned"):
        """A settings account as the GUI writes it, with a pinned certificate."""
        conf = os.path.join(self.work, "config", "Quire")
        os.makedirs(conf, exist_ok=True)
        with open(os.path.join(conf, "quire.conf"), "w", encoding="utf-8") as f:
            f.write("[accounts]\n%s\\host=%s\n%s\\port=%s\n%s\\security=tls\n%s\\user=bob\n"
                    "%s\\caFile=%s\n%s\\pinnedSha256=%s\n"
                    % (account_id, env["IMAP_HOST"], account_id, env["IMAPS_PORT"], account_id, account_id,
                       account_id, env["IMAP_CA_CERT"], account_id, pin))
        return ["--account", account_id]


def listed(out):
    try:
        return any(f["name"] == "INBOX" for f in json.loads(out)["folders"])
    except (ValueError, KeyError):
        return False


REASONS = {
    "expired": r"expired",
    "selfsigned": r"self.signed",
    "wronghost": r"host name did not match",
}


def main():
    binary = sys.argv[1]
    good = read_env(os.environ["QUIRE_DOVECOT_ENV"])
    good_fp = fingerprint(good["SERVER_CERT_FILE"] if "SERVER_CERT_FILE" in good
                          else os.path.join(os.path.dirname(good["IMAP_CA_CERT"]), "server.pem"))
    cli = Cli(binary, tempfile.mkdtemp(prefix="quire-tls-test-"))

    code, out, err = cli.run(*cli.server(good))
    check(code == 0 and listed(out), "the CA-signed Dovecot is accepted (%d: %s)" % (code, err.strip()))
    bad_fps = {}
    for kind, reason in REASONS.items():
        env = read_env(os.environ["QUIRE_DOVECOT_%s_ENV" % kind.upper()])
        check(env.get("SERVER_CERT") == kind, "%s: the server serves the %s certificate" % (kind, kind))
        fp = bad_fps[kind] = fingerprint(env["SERVER_CERT_FILE"])
        for starttls in (False, True):
            how = "STARTTLS" if starttls else "implicit TLS"
            code, out, err = cli.run(*cli.server(env, starttls))
            check(code == 1 and out == "" and "certificate is not trusted" in err
                  and re.search(reason, err, re.I) is not None and fp in err,
                  "%s, %s: refused, naming why and the fingerprint (%d: %s)" % (kind, how, code, err.strip()))
            code, out, err = cli.run(*cli.server(env, starttls), "--trust-fingerprint", fp)
            check(code == 0 and listed(out), "%s, %s: trusted once (%d: %s)" % (kind, how, code, err.strip()))
        code, out, err = cli.run(*cli.account(env, fp.upper()))
        check(code == 0 and listed(out), "%s: pinned in the account (%d: %s)" % (kind, code, err.strip()))
        code, out, err = cli.run(*cli.server(env), "--trust-fingerprint", good_fp)
        check(code == 1 and "does not match the pinned fingerprint" in err and fp in err,
              "%s: trusting another fingerprint does not help (%d: %s)" % (kind, code, err.strip()))

    # A pinned certificate that changes: the account pinned the expired
    # server's certificate; the server now shows another, CA-signed one.
    code, out, err = cli.run(*cli.account(good, bad_fps["expired"]))
    check(code == 1 and out == "" and "does not match the pinned fingerprint" in err and good_fp in err,
          "a changed pinned certificate is refused although the CA signed it (%d: %s)" % (code, err.strip()))

    # STARTTLS through a proxy in front of Dovecot's plain port.
    host, port = good["IMAP_HOST"], int(good["IMAP_PORT"])
    proxy = Proxy(host, port, "pass")
    code, out, err = cli.run(*cli.server(good, True, "127.0.0.1", proxy.port))
    check(code == 0 and listed(out), "STARTTLS through the honest proxy works (%d: %s)" % (code, err.strip()))
    proxy.close()

    proxy = Proxy(host, port, "strip")
    code, out, err = cli.run(*cli.server(good, True, "127.0.0.1", proxy.port))
    check(code == 1 and "does not offer STARTTLS" in err,
          "STARTTLS hidden by the proxy: refused, no fallback (%d: %s)" % (code, err.strip()))
    check(b"LOGIN" not in proxy.client_bytes.upper() and b"AUTHENTICATE" not in proxy.client_bytes.upper(),
          "STARTTLS hidden: no credentials were sent (%r)" % proxy.client_bytes[:200])
    proxy.close()

    proxy = Proxy(host, port, "inject")
    code, out, err = cli.run(*cli.server(good, True, "127.0.0.1", proxy.port))
    check(code == 1 and "plaintext injected after STARTTLS" in err,
          "plaintext injected after OK Begin TLS: refused (%d: %s)" % (code, err.strip()))
    after = proxy.client_bytes.split(b"STARTTLS\r\n", 1)
    check(len(after) == 2 and after[1] == b"",
          "injected: nothing was sent after STARTTLS, no handshake, no password (%r)" % after[-1][:80])
    proxy.close()

    return exit_status()


if __name__ == "__main__":
    sys.exit(main())
