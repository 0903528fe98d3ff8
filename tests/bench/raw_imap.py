#!/usr/bin/env python3
"""The raw reference beside Quire in tests/bench/sync_bench.sh, and the
"other client" that changes the mailbox between Quire's runs (stdlib only).

    raw_imap.py ENV_FILE USER time [--list] [--qresync UIDVALIDITY:MODSEQ] [--command CMD]
    raw_imap.py ENV_FILE USER change --flag-every N [--offset K] --append-from FILE --append N

time: logs in on the plaintext port, optionally sends the LIST quire-cli
sends first (Dovecot answers a SELECT after a LIST in the same session
about 140 ms later than without one, so the reference must do the same),
then SELECT INBOX (with QRESYNC when given), then one command. Like
../shared/bench/rawlimit.c it does no IMAP parsing: it reads until the
tagged line by scanning for the tag, and prints key=value pairs: the
seconds and bytes of the SELECT and of the command.

change: what another client does behind Quire's back: toggles \\Flagged
(UID STORE +FLAGS or -FLAGS) on every Nth UID (1,000 of 100,000 with N=100; --offset
picks a different set each run), and APPEND
the message in FILE N times.
"""
import argparse
import re
import socket
import sys
import time

TAG = b"ZQ7"


def read_env(path):
    env = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line:
                key, value = line.rstrip("\n").split("=", 1)
                env[key] = value.strip("'\"")
    return env


class Raw:
    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.serial = 0
        self.until_line_end()  # greeting

    def until_line_end(self):
        data = b""
        while not data.endswith(b"\r\n"):
            data += self.sock.recv(65536)
        return data

    def command(self, line):
        """Sends one command; returns (seconds, bytes, response)."""
        self.serial += 1
        tag = TAG + str(self.serial).encode()
        marker = b"\r\n" + tag + b" "
        started = time.monotonic()
        self.sock.sendall(tag + b" " + line.encode() + b"\r\n")
        chunks, total, tail, status = [], 0, b"\r\n", None
        while True:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise SystemExit("raw_imap.py: the server closed the connection")
            total += len(chunk)
            if total < 65536:
                chunks.append(chunk)
            if status is None:
                window = tail + chunk
                at = window.find(marker)
                if at < 0:
                    tail = window[-64:]
                    continue
                status = window[at + len(marker):]
            else:
                status += chunk
            if b"\r\n" in status:
                seconds = time.monotonic() - started
                status = status.split(b"\r\n", 1)[0]
                if not status.startswith(b"OK"):
                    raise SystemExit(f"raw_imap.py: {line!r}: {status.decode(errors='replace')}")
                return seconds, total, b"".join(chunks)


def login(env, user):
    password = dict(u.split(":", 1) for u in env["IMAP_USERS"].split())[user]
    raw = Raw(env["IMAP_HOST"], int(env["IMAP_PORT"]))
    raw.command(f"LOGIN {user} {password}")
    raw.command("ENABLE QRESYNC")
    return raw


def time_commands(args, env):
    raw = login(env, args.user)
    if args.list:
        seconds, size, _ = raw.command('LIST "" * RETURN (SUBSCRIBED SPECIAL-USE STATUS (MESSAGES UNSEEN RECENT))')
        print(f"list_s={seconds:.4f} list_bytes={size}", end=" ")
    select = "SELECT INBOX"
    if args.qresync:
        uidvalidity, modseq = args.qresync.split(":")
        select += f" (QRESYNC ({uidvalidity} {modseq}))"
    seconds, size, _ = raw.command(select)
    print(f"select_s={seconds:.4f} select_bytes={size}", end="")
    if args.command:
        seconds, size, _ = raw.command(args.command)
        print(f" cmd_s={seconds:.4f} cmd_bytes={size}", end="")
    print()


def change(args, env):
    raw = login(env, args.user)
    _, _, answer = raw.command("SELECT INBOX")
    uidnext = int(re.search(rb"UIDNEXT (\d+)", answer).group(1))
    uids = ",".join(str(uid) for uid in range(args.flag_every + args.offset, uidnext, args.flag_every))
    # Toggled, so that every run changes all of them, whatever earlier runs did.
    _, _, answer = raw.command(f"UID SEARCH UID {uids} FLAGGED")
    flagged = set(re.findall(rb"\d+", answer.split(b"* SEARCH", 1)[1].split(b"\r\n", 1)[0]))
    plain = [uid for uid in uids.split(",") if uid.encode() not in flagged]
    started = time.monotonic()
    if flagged:
        raw.command(f"UID STORE {b','.join(sorted(flagged)).decode()} -FLAGS.SILENT (\\Flagged)")
    if plain:
        raw.command(f"UID STORE {','.join(plain)} +FLAGS.SILENT (\\Flagged)")
    seconds = time.monotonic() - started
    print(f"changed={len(plain) + len(flagged)} store_s={seconds:.4f}", end=" ")
    with open(args.append_from, "rb") as f:
        message = f.read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    started = time.monotonic()
    for _ in range(args.append):
        raw.serial += 1
        tag = TAG + str(raw.serial).encode()
        raw.sock.sendall(tag + b" APPEND INBOX {" + str(len(message)).encode() + b"+}\r\n" + message + b"\r\n")
    # LITERAL+ pipelined; a NOOP's tagged OK comes after every APPEND's.
    raw.command("NOOP")
    print(f"appended={args.append} append_s={time.monotonic() - started:.4f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("env")
    parser.add_argument("user")
    sub = parser.add_subparsers(dest="mode", required=True)
    timing = sub.add_parser("time")
    timing.add_argument("--list", action="store_true")
    timing.add_argument("--qresync")
    timing.add_argument("--command")
    changing = sub.add_parser("change")
    changing.add_argument("--flag-every", type=int, required=True)
    changing.add_argument("--offset", type=int, default=0, help="flag UIDs N+offset, 2N+offset, ...")
    changing.add_argument("--append-from", required=True)
    changing.add_argument("--append", type=int, required=True)
    args = parser.parse_args()
    env = read_env(args.env)
    if args.mode == "time":
        time_commands(args, env)
    else:
        change(args, env)


if __name__ == "__main__":
    sys.exit(main())
