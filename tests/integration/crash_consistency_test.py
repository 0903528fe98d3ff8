#!/usr/bin/env python3
"""Crash consistency: quire-cli killed with SIGKILL at random points (stdlib only).

    crash_consistency_test.py QUIRE_CLI [KILLS] [SEED] [--mode qresync|condstore|plain]

QUIRE_IMAP_ENV names the server's env file. --mode hides capabilities from
quire-cli (--hide-capabilities) so that the sync under the kills is the QRESYNC
one (default), the CONDSTORE-only one or the plain one of a server with no
extensions; a protocol log of one sync checks that the mode took. As bob, in a folder of its own, the
real quire-cli is started KILLS times (default 50) on one cache, each time doing
one of: a sync with new mail on the server (envelope writes), `sync --bodies`
with new mail (offline downloads), or `flag` with a keyword never used before
(a journal write and its replay); it is killed with SIGKILL after a random
delay within the time that operation takes uninterrupted, measured at the
start and again by each run that finishes before its kill (those runs are
checked the same way but not counted as kills). Between runs the server
changes behind Quire's back (flags set elsewhere, messages expunged). After
every kill:

  - the cache opens: `folders --offline` and `list --offline` succeed;
  - a flag change is all or nothing in the cache, and no journal entry is lost:
    after the next sync the server has the keyword on exactly the messages the
    cache showed it on right after the kill;
  - a body the cache serves offline is the server's body, never a torn one;
  - the next sync succeeds and converges: the cache's UIDs and flags equal the
    server's (checked independently with imaplib).

At the end a clean `sync --bodies` must leave every body available offline.
"""
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_account_test import Cli, quoted, server, server_flags  # noqa: E402
from integration_checks import check, exit_status, failures, read_env  # noqa: E402

BODY_LINES = 400  # about 30 KB per message, so downloads take a while

# What each mode hides (the rows of tst_sync_converge), and how its SELECT looks.
MODES = {
    "qresync": ("", "(QRESYNC"),
    "condstore": ("QRESYNC", "(CONDSTORE)"),
    "plain": ("QRESYNC,CONDSTORE,ESEARCH,IDLE,UIDPLUS,MOVE,LIST-STATUS,LIST-EXTENDED,ENABLE", None),
}


def make_message(token):
    body = "".join("crashbody %s line %d %s\r\n" % (token, i, "x" * 50) for i in range(BODY_LINES))
    return ("From: Crash <crash@example.org>\r\nTo: bob@example.org\r\nSubject: crash %s\r\n"
            "Message-ID: <%s@quire.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            "token=%s\r\n%s" % (token, token, token, body)).encode()


def append_messages(env, folder, count):
    conn = server(env)
    for _ in range(count):
        conn.append(quoted(folder), None, None, make_message(uuid.uuid4().hex))
    conn.logout()


def server_tokens(env, folder):
    """uid -> token of every message on the server."""
    conn = server(env)
    conn.select(quoted(folder), readonly=True)
    typ, data = conn.uid("FETCH", "1:*", "(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
    out = {}
    for item in data or []:
        if isinstance(item, tuple):
            head = item[0].decode()
            uid = int(head.split("UID ")[1].split()[0].rstrip(")"))
            out[uid] = item[1].decode().split("<")[1].split("@")[0]
    conn.logout()
    return out


def mutate_server(env, folder, rng):
    """Another client: toggles \\Answered on a few messages and expunges one."""
    conn = server(env)
    conn.select(quoted(folder))
    typ, data = conn.uid("SEARCH", None, "ALL")
    uids = [int(u) for u in data[0].split()] if data and data[0] else []
    if len(uids) > 20:
        for uid in rng.sample(uids, 3):
            conn.uid("STORE", str(uid), rng.choice(["+FLAGS", "-FLAGS"]), "(\\Answered)")
        conn.uid("STORE", str(rng.choice(uids)), "+FLAGS", "(\\Deleted)")
        conn.expunge()
    conn.logout()


def cache_rows(cli, folder):
    """uid -> set of flags in the cache, or None if the cache did not open."""
    listed = cli.run("list", folder, "--offline")
    if listed is None:
        return None
    return {row["uid"]: set(row["flags"]) for row in listed["messages"]}


def comparable(flags):
    return {f for f in flags if f.lower() != "\\recent"}


def kill_during(cli, args, delay):
    """Starts quire-cli ARGS, SIGKILLs it after DELAY seconds.

    Returns (killed, seconds): whether it was killed, and how long it ran."""
    start = time.monotonic()
    p = subprocess.Popen([cli.binary, *args, *cli.common], env=cli.env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    try:
        p.wait(timeout=delay)
        return False, time.monotonic() - start
    except subprocess.TimeoutExpired:
        p.send_signal(signal.SIGKILL)
        p.wait()
        return True, delay


def timed(cli, *args):
    start = time.monotonic()
    ok = cli.run(*args) is not None
    return ok, time.monotonic() - start


def check_bodies(cli, folder, tokens, uids, what):
    for uid in uids:
        code, out, err = cli.raw("show", folder, str(uid), "--offline", *cli.common)
        if code == 0:
            check("token=" + tokens[uid] in out and out.count("crashbody " + tokens[uid]) == BODY_LINES,
                  "%s: uid %d served offline is the server's whole body" % (what, uid))


def check_mode(cli, folder, mode, workdir):
    """One sync with a protocol log: the SELECT it sends is the mode's."""
    log = os.path.join(workdir, "protocol.log")
    check(cli.run("sync", folder, "--protocol-log", log) is not None, "sync with a protocol log")
    with open(log, "rb") as f:
        sent = [line for line in f.read().decode("utf-8", "replace").splitlines() if line.startswith("C: ")]
    selects = [line for line in sent if " SELECT " in line]
    marker = MODES[mode][1]
    if marker is None:
        ok = selects and all("(" not in line for line in selects) and not any("CHANGEDSINCE" in l for l in sent)
    else:
        ok = selects and all(marker in line for line in selects)
        ok = ok and (mode == "qresync" or not any("QRESYNC" in line for line in sent))
    check(ok, "mode %s: the sync sends %s" % (mode, selects))


def main():
    args = sys.argv[1:]
    mode = "qresync"
    if "--mode" in args:
        at = args.index("--mode")
        mode = args[at + 1]
        del args[at:at + 2]
    if mode not in MODES:
        print("unknown mode %r (one of %s)" % (mode, ", ".join(MODES)))
        return 2
    binary = args[0]
    kills = int(args[1]) if len(args) > 1 else 50
    seed = int(args[2]) if len(args) > 2 else random.randrange(1 << 30)
    rng = random.Random(seed)
    print("seed %d, mode %s, %d kills" % (seed, mode, kills), flush=True)
    env = read_env(os.environ["QUIRE_IMAP_ENV"])
    prefix = "INBOX." if env.get("SERVER_KIND") == "cyrus" else ""
    folder = prefix + "crash-" + uuid.uuid4().hex[:8]
    workdir = tempfile.mkdtemp(prefix="quire-crash-test-")
    cli = Cli(binary, env, workdir)
    if MODES[mode][0]:
        cli.common += ["--hide-capabilities", MODES[mode][0]]

    conn = server(env)
    conn.create(quoted(folder))
    conn.logout()
    append_messages(env, folder, 100)

    # How long each operation takes when it is not killed: the kill delays
    # are drawn within that.
    ok, sync_time = timed(cli, "sync", folder)
    check(ok, "first sync")
    append_messages(env, folder, 15)
    ok, bodies_time = timed(cli, "sync", folder, "--bodies")
    check(ok, "first sync --bodies")
    ok, flag_time = timed(cli, "flag", folder, "1:50", "+$calibrate")
    check(ok, "first flag")
    durations = {"sync": sync_time, "bodies": bodies_time, "flag": flag_time}
    check_mode(cli, folder, mode, workdir)
    print("uninterrupted: %s" % ", ".join("%s %.2fs" % kv for kv in durations.items()), flush=True)
    if failures:
        return 1

    killed = {"sync": 0, "bodies": 0, "flag": 0}
    finished = {"sync": 0, "bodies": 0, "flag": 0}
    flag_states = {"not yet written": 0, "in journal": 0, "replayed": 0}  # where the kills hit the flag changes
    i = -1
    while sum(killed.values()) < kills and i < 3 * kills:
        i += 1
        op = ("sync", "bodies", "flag")[i % 3]
        if i % 4 == 3:
            mutate_server(env, folder, rng)
        keyword = None
        if op == "sync":
            append_messages(env, folder, 10)
            args = ["sync", folder]
        elif op == "bodies":
            append_messages(env, folder, 15)
            args = ["sync", folder, "--bodies"]
        else:
            uids = sorted(server_flags(env, folder))
            first = rng.randrange(len(uids) // 2)
            chosen = uids[first:first + rng.randrange(1, 60)]
            keyword = "$crash%d" % i
            args = ["flag", folder, ",".join(map(str, chosen)), "+" + keyword]
        # Flag changes are written late in a run (after login and a sync), so
        # their kills lean late to hit the journal write and the replay.
        delay = durations[op] * (rng.uniform(0.4, 1.0) if op == "flag" else rng.uniform(0.02, 1.0))
        was_killed, ran = kill_during(cli, args, delay)
        (killed if was_killed else finished)[op] += 1
        if not was_killed:
            # The calibration ran under other load than now (ctest -j2, an
            # ASan build): the delays follow what the operation takes now.
            durations[op] = ran
        what = "run %d (%s killed after %.2fs%s)" % (i + 1, op, delay, "" if was_killed else ", finished first")

        # The cache opens after the kill.
        check(cli.run("folders", "--offline") is not None, what + ": folders --offline opens the cache")
        after_kill = cache_rows(cli, folder)
        if not check(after_kill is not None, what + ": list --offline opens the cache"):
            continue
        tokens = server_tokens(env, folder)
        check_bodies(cli, folder, tokens, rng.sample(sorted(set(tokens) & set(after_kill)), 3), what)
        expected_keyword = set()
        if keyword:
            expected_keyword = {uid for uid, flags in after_kill.items() if keyword in flags}
            on_server_now = any(keyword in flags for flags in server_flags(env, folder).values())
            flag_states["replayed" if on_server_now else "in journal" if expected_keyword else "not yet written"] += 1
            check(not expected_keyword or expected_keyword == set(chosen) & set(after_kill),
                  what + ": the flag change is all or nothing in the cache (%d of %d)"
                  % (len(expected_keyword), len(chosen)))

        # The next sync converges on the server's state, journal included.
        check(cli.run("sync", folder) is not None, what + ": the next sync succeeds")
        cached = cache_rows(cli, folder) or {}
        on_server = server_flags(env, folder)
        check(sorted(cached) == sorted(on_server),
              what + ": cache UIDs equal the server's (%d vs %d)" % (len(cached), len(on_server)))
        differing = [uid for uid in on_server
                     if uid in cached and comparable(cached[uid]) != comparable(on_server[uid])]
        check(not differing, what + ": cache flags equal the server's (%d differ)" % len(differing))
        if keyword:
            have = {uid for uid, flags in on_server.items() if keyword in flags}
            check(have == expected_keyword,
                  what + ": no journal entry lost or invented: %s on %d messages on the server, %d in the cache "
                  "after the kill" % (keyword, len(have), len(expected_keyword)))

    print("killed mid-operation: %s; finished before the kill: %s" % (killed, finished), flush=True)
    print("flag changes at the kill: %s" % flag_states, flush=True)
    check(sum(killed.values()) == kills, "%d runs were killed mid-operation" % kills)

    # A clean offline download completes whatever the kills interrupted.
    check(cli.run("sync", folder, "--bodies") is not None, "final sync --bodies")
    tokens = server_tokens(env, folder)
    found = cli.run("search", folder, "crashbody", "--offline") or {}
    missing = sorted(set(tokens) - set(found.get("uids", [])))
    check(not missing, "every body is downloaded and indexed after the final sync (%d of %d; missing %s)"
          % (len(tokens) - len(missing), len(tokens), missing[:10]))
    check_bodies(cli, folder, tokens, missing[:10] + rng.sample(sorted(tokens), 10), "final")

    conn = server(env)
    conn.delete(quoted(folder))
    conn.logout()
    return exit_status()


if __name__ == "__main__":
    sys.exit(main())
