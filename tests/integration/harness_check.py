#!/usr/bin/env python3
"""Self-check of a server made by tools/imap-server/start (stdlib only).

    harness_check.py ENV_FILE [--user alice] [--populated]

Trusts only the CA in IMAP_CA_CERT (no system CAs) and checks:
  * implicit TLS port: handshake verified against that CA (chain and
    IP SAN), "* OK" greeting, CAPABILITY
  * plain port: STARTTLS advertised; LOGINDISABLED before STARTTLS exactly
    when REQUIRE_TLS=1 (and LOGIN refused then); STARTTLS handshake
    verified; no LOGINDISABLED afterwards
  * LOGIN as the user; post-login CAPABILITY has every extension Quire
    relies on (NOTIFY too on Dovecot); SELECT INBOX; the SPECIAL-USE
    folders Drafts Sent Trash Junk Archive with their flags
  * --populated: INBOX is not empty and the non-ASCII folder tree exists
Exit status 0 when every check passed; each check prints one line.
"""
import argparse
import imaplib
import socket
import ssl
import sys

from integration_checks import check, failures, read_env

EXTENSIONS = ["IMAP4REV1", "IDLE", "CONDSTORE", "QRESYNC", "UIDPLUS", "MOVE", "ESEARCH", "SORT",
              "LITERAL+", "ENABLE", "ID", "NAMESPACE", "SPECIAL-USE", "LIST-STATUS", "BINARY",
              "COMPRESS=DEFLATE"]
EXTENSIONS_BY_KIND = {"dovecot": ["NOTIFY"], "cyrus": []}
SPECIAL_USE = {"Drafts": "\\drafts", "Sent": "\\sent", "Trash": "\\trash", "Junk": "\\junk",
               "Archive": "\\archive"}


def caps(conn):
    typ, data = conn.capability()
    return set(data[-1].decode().upper().split())


def has_thread(cs):
    return any(c.startswith("THREAD=") for c in cs)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("env")
    ap.add_argument("--user", default="alice")
    ap.add_argument("--populated", action="store_true")
    a = ap.parse_args()
    env = read_env(a.env)
    kind, host = env["SERVER_KIND"], env["IMAP_HOST"]
    require_tls = env.get("REQUIRE_TLS") == "1"
    password = dict(p.split(":", 1) for p in env["IMAP_USERS"].split())[a.user]
    # cafile only: create_default_context loads no system CAs when given one
    ctx = ssl.create_default_context(cafile=env["IMAP_CA_CERT"])
    print(f"== {kind} {host} imap {env['IMAP_PORT']} imaps {env['IMAPS_PORT']} require_tls={require_tls}")

    # The CA really is the only trust anchor: without it the handshake fails.
    bare = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        with socket.create_connection((host, int(env["IMAPS_PORT"])), timeout=10) as s:
            bare.wrap_socket(s, server_hostname=host)
        check(False, "handshake without the CA fails")
    except ssl.SSLCertVerificationError:
        check(True, "handshake without the CA fails (certificate verify failed)")

    # --- implicit TLS ---
    c = imaplib.IMAP4_SSL(host, int(env["IMAPS_PORT"]), ssl_context=ctx, timeout=15)
    check(c.welcome.startswith(b"* OK"), f"imaps greeting: {c.welcome[:60]!r}")
    peer = c.sock.getpeercert()
    check(("IP Address", host) in peer.get("subjectAltName", ()), f"certificate SAN has {host}")
    check(dict(x[0] for x in peer["issuer"]).get("organizationName") == "Quire test CA",
          "certificate issued by the private CA (not self-signed)")
    pre = caps(c)
    check("IMAP4REV1" in pre, f"imaps CAPABILITY: {' '.join(sorted(pre))}")
    check("LOGINDISABLED" not in pre, "no LOGINDISABLED on the TLS port")
    c.logout()

    # --- plain port + STARTTLS ---
    c = imaplib.IMAP4(host, int(env["IMAP_PORT"]), timeout=15)
    check(c.welcome.startswith(b"* OK"), f"plain greeting: {c.welcome[:60]!r}")
    pre = caps(c)
    check("STARTTLS" in pre, "STARTTLS advertised")
    check(("LOGINDISABLED" in pre) == require_tls,
          f"LOGINDISABLED {'present' if require_tls else 'absent'} before STARTTLS")
    if require_tls:
        # raw LOGIN so the server, not imaplib, has to refuse it
        try:
            typ, data = c._simple_command("LOGIN", c._quote(a.user), c._quote(password))
        except imaplib.IMAP4.error as e:
            typ, data = "BAD", [str(e).encode()]
        check(typ != "OK", f"server refuses LOGIN before STARTTLS ({typ} {data[-1][:50]!r})")
    c.starttls(ssl_context=ctx)
    check(True, "STARTTLS handshake verified against the CA")
    post_tls = caps(c)
    check("LOGINDISABLED" not in post_tls, "no LOGINDISABLED after STARTTLS")

    typ, _ = c.login(a.user, password)
    check(typ == "OK", f"LOGIN {a.user}")
    cs = caps(c)
    print(f"  post-login CAPABILITY: {' '.join(sorted(cs))}")
    missing = [x for x in EXTENSIONS + EXTENSIONS_BY_KIND.get(kind, []) if x not in cs]
    check(has_thread(cs), "THREAD=... advertised")
    check(not missing, f"extensions present{': missing ' + ' '.join(missing) if missing else ''}")

    typ, data = c.select("INBOX")
    check(typ == "OK", f"SELECT INBOX -> {data[0].decode()} messages")
    if a.populated:
        check(int(data[0]) > 0, "INBOX is populated")

    typ, data = c._simple_command("LIST", '""', '"*"', "RETURN", "(SPECIAL-USE)")
    typ, lines = c._untagged_response(typ, data, "LIST")
    found = {}
    for l in lines:
        if not l:
            continue
        s = l.decode(errors="replace")
        name = s.rsplit(" ", 1)[-1].strip('"')
        found[name] = s.split(")", 1)[0].lower()
    for name, flag in SPECIAL_USE.items():
        check(flag in found.get(name, ""), f"special-use {name} {flag} (flags compared case-insensitively)")
    if a.populated:
        for name in ("&BBIERQQ+BDQETwRJBDgENQ-/&BCAEMAQxBD4EQgQw-", "&ZeVnLIqe-/&MMYwuTDI-", "Lists/qt-interest"):
            check(name in found, f"folder {name} (modified UTF-7) exists")
    c.logout()

    print(f"== {'ALL CHECKS PASSED' if not failures else f'{len(failures)} CHECK(S) FAILED'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
