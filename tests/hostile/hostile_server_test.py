#!/usr/bin/env python3
"""The hostile-server suite (issue #9, item 1; docs/SECURITY.md).

    hostile_server_test.py QUIRE_CLI CASE

Runs the real quire-cli against a scripted server on 127.0.0.1
(scripted_imap_server.py). First a well-behaved server fills a fresh cache
with three messages (the baseline run, whose peak RSS is the reference).
Then the server turns hostile in the way CASE names, and `quire-cli sync
INBOX` must end

  * without crashing (no signal, no sanitizer report),
  * within a bounded time (--command-timeout 3 for the stalls),
  * with peak RSS (ru_maxrss from wait4) less than 256 MB above the
    baseline run's,
  * with the exit status and the message on stderr that CASE expects,

and afterwards `quire-cli list INBOX --offline` must open the cache and
still show the three messages with their subjects.

Under ASan (QUIRE_SANITIZED=1) the RSS bound is relative to the sanitized
baseline run as well, with ASan's quarantine capped so that freed memory
held back for use-after-free detection does not count as growth.
"""
import os
import re
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.join(HERE, "..", "integration"))
from integration_checks import check, failures  # noqa: E402
from scripted_imap_server import Mailbox, ScriptedImapServer, PLAIN_BODYSTRUCTURE  # noqa: E402

RSS_BOUND_KB = 256 * 1024
COMMAND_TIMEOUT = 3
MB = 1 << 20


def drip(conn, data, stop):
    """Sends data one byte a second (then 'x' forever) until the client goes."""
    i = 0
    while not stop.is_set() and i < 600:
        try:
            conn.send(data[i:i + 1] if i < len(data) else b"x")
        except OSError:
            return True
        i += 1
        stop.wait(1.0)
    return True


def is_flag_fetch(args):
    return b"ENVELOPE" not in args.upper()


def normal_fetch(conn, tag, args, prefix=b"", verb=b"UID FETCH"):
    conn.send(prefix + conn.fetch_data(verb, args) + tag + b" OK done\r\n")
    return True


def with_new_message(bodystructure=None, subject_envelope=None):
    """A mailbox with a fourth message (so that its envelope is fetched)."""
    box = Mailbox((1, 2, 3, 4))
    if bodystructure:
        box.bodystructure[4] = bodystructure
    return box


def many_parts(count):
    part = b'("TEXT" "PLAIN" ("CHARSET" "US-ASCII") NIL NIL "7BIT" 2 1 NIL NIL NIL NIL)'
    return b"(" + part * count + b' "MIXED" ("BOUNDARY" "b") NIL NIL NIL)'


def case_hooks(name, stop):
    """-> (hooks, mailbox or None, expected exit codes, stderr regex)."""
    if name in ("literal_4g", "literal_huge"):
        size = b"4294967295" if name == "literal_4g" else b"99999999999999"

        def fetch(conn, tag, args):
            # The literal's bytes start flowing and never end.
            conn.send(b"* 1 FETCH (UID 1 FLAGS (\\Seen) BODY[] {" + size + b"}\r\n")
            chunk = b"x" * MB
            for _ in range(64):
                if stop.is_set():
                    break
                conn.send(chunk)
            return drip(conn, b"", stop)
        # Refused as soon as the size is read: skipping it would mean reading it.
        return {"UID FETCH": fetch}, None, {1}, (r"connection was lost \(the server broke the protocol \(literal of "
                                                 + size.decode() + r" bytes exceeds the limit of \d+ and is too large"
                                                 r" to skip\)\)")
    if name == "nesting":
        deep = b"(" * 1_000_000 + b")" * 1_000_000

        def fetch(conn, tag, args):
            return normal_fetch(conn, tag, args, b"* 1 FETCH (UID 1 X-NEST " + deep + b")\r\n"
                                b"* 1 FETCH (UID 1 BODYSTRUCTURE " + deep + b")\r\n")
        return {"UID FETCH": fetch}, None, {0}, r"warning: the server sent a response that cannot be read"
    if name == "long_line":
        def fetch(conn, tag, args):
            if not is_flag_fetch(args):
                return False
            conn.send(b"* 1 FETCH (UID 1 FLAGS (\\Seen " )
            chunk = b"a" * MB
            for _ in range(100):
                conn.send(chunk)
            return normal_fetch(conn, tag, args, b")\r\n")
        return {"UID FETCH": fetch}, None, {0}, r"warning: the server sent a response that cannot be read"
    if name == "nul_utf8":
        def greeting(conn, tag, args):
            conn.send(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN IDLE] hello \x00\xff\xfe\xc3\x28 \x1b[31mred\r\n")
            return True

        def listing(conn, tag, args):
            conn.send(b'* LIST () "/" INBOX\r\n* LIST () "/" "Bad\xff\xfe\x00name"\r\n'
                      b'* LIST () "/" {8}\r\nnul\x00\x00\xc3\x28x\r\n' + tag + b" OK \x00 done\xff\r\n")
            return True

        def fetch(conn, tag, args):
            if is_flag_fetch(args):
                return normal_fetch(conn, tag, args, b"* OK \x00\x00\xff\xfe alert-less junk\r\n")
            bad = b'"Bad \xff\xfe\x00 subject \xc3\x28"'
            conn.send(conn.fetch_data(b"UID FETCH", args).replace(b'"Message 4"', bad).replace(
                b'<m4@quire.test>', b'<m4\x00\xff@quire.test>').replace(b'"Alice"', b'"Al\x00\xffice"')
                + tag + b" OK done\r\n")
            return True
        # Accepted leniently, but nothing raw reaches the terminal or the list.
        return ({"greeting": greeting, "LIST": listing, "UID FETCH": fetch}, with_new_message(), {0},
                r"^[^\x00\x1b]*$")
    if name == "unknown_tag":
        def select(conn, tag, args):
            number = int(tag[1:])
            conn.send(conn.select_data() + b"ZZ1 OK bogus\r\nA999999 NO never sent\r\n"
                      + b"A%d OK not sent yet\r\nA1 OK already done\r\n" % (number + 1) + tag + b" OK [READ-WRITE] ok\r\n")
            return True
        return {"SELECT": select}, None, {0}, r"warning: the server sent a reply to a command that was never sent"
    if name == "expunge_nonexistent":
        def fetch(conn, tag, args):
            return normal_fetch(conn, tag, args, b"* 99 EXPUNGE\r\n* 0 EXPUNGE\r\n* 4294967295 EXPUNGE\r\n"
                                b"* 4294967296 EXPUNGE\r\n")
        return {"UID FETCH": fetch}, None, {0}, r"warning: the server sent (EXPUNGE of a message that does not exist|a response that cannot be read)"
    if name == "fetch_beyond_exists":
        def fetch(conn, tag, args):
            return normal_fetch(conn, tag, args, b"* 50 FETCH (UID 50 FLAGS (\\Seen))\r\n"
                                b"* 4294967295 FETCH (UID 51 FLAGS ())\r\n* 0 FETCH (UID 52 FLAGS ())\r\n")
        return {"UID FETCH": fetch}, None, {0}, r"warning: the server sent (FETCH of a message that does not exist|a response that cannot be read)"
    if name == "uidvalidity_zero":
        box = Mailbox()
        box.uidvalidity = 0
        return {}, box, {1}, r"UIDVALIDITY"
    if name == "uidvalidity_change":
        def fetch(conn, tag, args):
            return normal_fetch(conn, tag, args, b"* OK [UIDVALIDITY 43] changed\r\n")
        return {"UID FETCH": fetch}, None, {0, 1}, r"warning: the server sent UIDVALIDITY changed while the folder was open"
    if name == "flags_100k":
        keywords = b" ".join(b"$K%06d" % i for i in range(100_000))
        box = Mailbox()
        box.flags[1] = [b"\\Seen", keywords]

        def select(conn, tag, args):
            conn.send(b"* FLAGS (\\Seen " + keywords + b")\r\n* OK [PERMANENTFLAGS (\\Seen " + keywords
                      + b" \\*)] ok\r\n* 3 EXISTS\r\n* 0 RECENT\r\n* OK [UIDVALIDITY 42] ok\r\n"
                      b"* OK [UIDNEXT 4] ok\r\n" + tag + b" OK [READ-WRITE] ok\r\n")
            return True
        return {"SELECT": select}, box, {0}, r"^(?![\s\S]*ERROR)"
    if name == "bodystructure_10k":
        return {}, with_new_message(many_parts(10_000)), {0}, r"^(?![\s\S]*ERROR)"
    if name == "slow_greeting":
        def greeting(conn, tag, args):
            return drip(conn, b"* OK hello, slowly\r\n", stop)
        return {"greeting": greeting}, None, {1}, r"the server stopped answering"
    if name == "slow_response":
        def select(conn, tag, args):
            return drip(conn, b"* 3 EXISTS\r\n* FLAGS (\\Seen)\r\n", stop)
        return {"SELECT": select}, None, {1}, r"connection was lost \(the server stopped answering\)"
    raise SystemExit("unknown case " + name)


def run_cli(binary, args, env, timeout):
    """Runs quire-cli; returns (exit status or -signal, stdout, stderr, peak RSS KiB, seconds)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen([binary, *args], stdout=out, stderr=err, env=env)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                status = -1 << 8
                break
            time.sleep(0.05)
        proc.returncode = 0  # reaped by wait4; keep Popen from waiting again
        seconds = time.monotonic() - start
        code = os.waitstatus_to_exitcode(status) if status != -1 << 8 else "hung"
        out.seek(0)
        err.seek(0)
        return code, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"), usage.ru_maxrss, seconds


def main():
    binary, case = sys.argv[1], sys.argv[2]
    work = tempfile.mkdtemp(prefix="quire-hostile-")
    env = dict(os.environ, QUIRE_PASSWORD="hostile-pw", XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "data"), TMPDIR=work)
    if os.environ.get("QUIRE_SANITIZED") == "1":
        env["ASAN_OPTIONS"] = (os.environ.get("ASAN_OPTIONS", "") + ":quarantine_size_mb=16").lstrip(":")

    def account(port):
        return ["--server", "imap://tester@127.0.0.1:%d" % port, "--insecure-plaintext",
                "--cache-dir", os.path.join(work, "cache"), "--timeout", "60",
                "--command-timeout", str(COMMAND_TIMEOUT)]

    def rows(port):
        code, out, err, _, _ = run_cli(binary, ["list", "INBOX", "--offline", *account(port)], env, 60)
        if code != 0:
            print("    list --offline -> %s: %s" % (code, err.strip()))
            return None
        import json
        return {(r["uid"], r.get("subject")) for r in json.loads(out)["messages"]}

    # --- baseline: a well-behaved server fills the cache
    good = ScriptedImapServer().start()
    code, out, err, base_rss, secs = run_cli(binary, ["sync", "INBOX", *account(good.port)], env, 60)
    good.stop()
    check(code == 0, "baseline sync (%s: %s)" % (code, err.strip()[-300:]))
    before = rows(good.port)
    check(before is not None and len(before) == 3, "baseline cache holds 3 messages: %r" % (before,))
    print("  baseline peak RSS %d MiB" % (base_rss // 1024), flush=True)

    # --- the hostile server
    stop = threading.Event()
    hooks, mailbox, codes, message = case_hooks(case, stop)
    hostile = ScriptedImapServer(hooks, mailbox).start()
    code, out, err, rss, secs = run_cli(binary, ["sync", "INBOX", *account(hostile.port)], env, 90)
    stop.set()
    hostile.stop()
    shown = err.strip()[-600:]
    print("  %s: exit %s after %.1f s, peak RSS %d MiB (%+d MiB over the baseline)\n    stderr: %s"
          % (case, code, secs, rss // 1024, (rss - base_rss) // 1024, shown.replace("\n", "\n            ")),
          flush=True)
    check(code in codes, "exit status %s in %s (no crash, no hang)" % (code, sorted(codes)))
    check("Sanitizer" not in err and "runtime error" not in err, "no sanitizer report")
    check(re.search(message, err) is not None, "stderr matches /%s/" % message)
    check(rss - base_rss < RSS_BOUND_KB, "peak RSS %d KiB is less than 256 MB above the baseline's %d KiB"
          % (rss, base_rss))
    check(secs < 60, "finished in %.1f s" % secs)

    # --- the cache still opens and holds what it held
    after = rows(hostile.port)
    check(after is not None and not any(re.search(r"[\x00-\x1f\x7f]", s or "") for _, s in after),
          "no control characters in the cached subjects")
    check(after is not None and before is not None and before <= after,
          "the cache still holds the baseline messages: %r" % (after if after is None else sorted(after)[:5],))

    print("%s: %d failure(s)" % (case, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
