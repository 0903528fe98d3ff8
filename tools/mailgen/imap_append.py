#!/usr/bin/env python3
"""APPEND genmail.py's messages into any IMAP server (stdlib only).

    imap_append.py ENV_FILE USER [--count N] [--mailbox NAME] [--create] [--folders SPEC]

ENV_FILE is DIR/env from tools/imap-server/start: host, the implicit-TLS
port and the private CA come from it; the certificate is verified against
that CA only.  The password is the one in IMAP_USERS.

  --count N          messages for --mailbox (default INBOX)
  --folders SPEC     also create these folders, each with --folder-count
                     messages; SPEC is newline-separated Unicode names with
                     "/" as separator (sent in modified UTF-7)

APPENDs are pipelined with LITERAL+ ({n+}) in batches, so round trips do not
dominate; lines get CRLF; each message keeps its flags and its received time
as INTERNALDATE.  Messages a server refuses are counted and reported (use
genmail's server-safe mode, the default here, to have none).
"""
import argparse
import os
import socket
import ssl
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import genmail  # noqa: E402

FLAGS = {"S": "\\Seen", "F": "\\Flagged", "R": "\\Answered", "D": "\\Draft"}


def read_env(path):
    env = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "=" in line and not line.startswith("#"):
                k, v = line.split("=", 1)
                if len(v) >= 2 and v[0] == v[-1] == "'":
                    v = v[1:-1].replace("'\\''", "'")
                env[k] = v
    return env


def quoted(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Imap:
    def __init__(self, env):
        ctx = ssl.create_default_context(cafile=env["IMAP_CA_CERT"])
        raw = socket.create_connection((env["IMAP_HOST"], int(env["IMAPS_PORT"])), timeout=300)
        self.sock = ctx.wrap_socket(raw, server_hostname=env["IMAP_HOST"])
        self.buf = b""
        self.n = 0
        self.line()                          # greeting

    def line(self):
        while b"\r\n" not in self.buf:
            d = self.sock.recv(1 << 16)
            if not d:
                raise ConnectionError("server closed the connection")
            self.buf += d
        l, self.buf = self.buf.split(b"\r\n", 1)
        return l

    def tag(self):
        self.n += 1
        return f"p{self.n}"

    def cmd(self, text, must=True):
        t = self.tag()
        self.sock.sendall(f"{t} {text}\r\n".encode())
        untagged = []
        while True:
            l = self.line()
            if l.startswith(t.encode() + b" "):
                ok = l.split(b" ", 2)[1] == b"OK"
                if must and not ok:
                    raise RuntimeError(f"{text.split()[0]}: {l.decode(errors='replace')}")
                return ok, untagged
            untagged.append(l)


def imap_date(t):
    return time.strftime("%d-%b-%Y %H:%M:%S +0000", time.gmtime(t))


def append(c, mailbox, seed, count, batch, years, new_count):
    box = quoted(genmail.mutf7(mailbox))
    sent = nbytes = refused = 0
    pending = set()

    def drain(limit):
        nonlocal refused
        while len(pending) > limit:
            l = c.line()
            t = l.split(b" ", 1)[0].decode()
            if t in pending:
                pending.discard(t)
                if l.split(b" ", 2)[1] != b"OK":
                    refused += 1
                    if refused <= 3:
                        print(f"imap_append: {mailbox}: refused: {l.decode(errors='replace')}", file=sys.stderr)
    for seq, data, flags, t in genmail.messages(seed, 0, count, count, years=years, server_safe=True):
        data = data.replace(b"\n", b"\r\n")
        if seq >= count - new_count:
            flags = ""
        fl = " ".join(FLAGS[f] for f in flags)
        tg = c.tag()
        c.sock.sendall(f"{tg} APPEND {box} ({fl}) \"{imap_date(t)}\" {{{len(data)}+}}\r\n".encode() + data + b"\r\n")
        pending.add(tg)
        sent += 1
        nbytes += len(data)
        drain(batch)
    drain(0)
    return sent - refused, refused, nbytes


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("env")
    ap.add_argument("user")
    ap.add_argument("--count", type=int, default=0)
    ap.add_argument("--mailbox", default="INBOX")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--folders", default="", help="newline-separated folder names to create")
    ap.add_argument("--folder-count", type=int, default=20)
    ap.add_argument("--batch", type=int, default=100, help="APPENDs in flight")
    ap.add_argument("--years", type=float, default=3.0)
    a = ap.parse_args()

    env = read_env(a.env)
    users = dict(p.split(":", 1) for p in env["IMAP_USERS"].split())
    c = Imap(env)
    c.cmd(f"LOGIN {quoted(a.user)} {quoted(users[a.user])}")
    t0 = time.time()
    total = refused = nbytes = 0
    jobs = [(a.mailbox, a.seed, a.count, 10)]
    for i, f in enumerate(x for x in a.folders.split("\n") if x):
        parts = f.split("/")
        for k in range(1, len(parts) + 1):        # parents first; "exists" is fine
            name = quoted(genmail.mutf7("/".join(parts[:k])))
            ok, _ = c.cmd(f"CREATE {name}", must=False)
            if not ok and not c.cmd(f"STATUS {name} (MESSAGES)", must=False)[0]:
                raise RuntimeError(f"cannot create folder {'/'.join(parts[:k])!r}")
        c.cmd(f"SUBSCRIBE {quoted(genmail.mutf7(f))}", must=False)
        jobs.append((f, a.seed * 100 + i + 1, a.folder_count, 2))
    for box, seed, n, new in jobs:
        if n > 0:
            ok, bad, nb = append(c, box, seed, n, a.batch, a.years, new)
            total, refused, nbytes = total + ok, refused + bad, nbytes + nb
    c.cmd("LOGOUT", must=False)
    dt = time.time() - t0
    print(f"imap_append: {total} messages ({refused} refused), {nbytes / 1e6:.1f} MB in {dt:.1f}s "
          f"({total / max(dt, 1e-9):.0f} msg/s)", file=sys.stderr)
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
