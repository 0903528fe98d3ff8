#!/usr/bin/env python3
"""The password never lands on disk or in output (issue #9, item 3; docs/SECURITY.md).

    secrets_test.py QUIRE_CLI

QUIRE_IMAP_ENV names a private server's env file. Runs quire-cli as alice
through a whole session (folders, sync, list, show, search, over implicit
TLS and STARTTLS) with everything a user could turn on to see more: the
protocol log (--protocol-log), --verbose, every Qt logging category at debug
level, --stats. Then reads every file Quire wrote (its config, data and cache
directories, the protocol log, its TMPDIR) and everything it printed, and
looks for the password: as typed, and in the base64 forms of AUTHENTICATE
PLAIN. Cache files must be 0600 and cache directories 0700.
"""
import base64
import json
import os
import stat
import subprocess
import sys
import tempfile

from integration_checks import check, exit_status, read_env

def main():
    binary = sys.argv[1]
    server = read_env(os.environ["QUIRE_IMAP_ENV"])
    user, password = "alice", "alicepw"
    work = tempfile.mkdtemp(prefix="quire-secrets-")
    os.makedirs(os.path.join(work, "tmp"))
    env = dict(os.environ, QUIRE_PASSWORD=password, XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "data"), XDG_CACHE_HOME=os.path.join(work, "xdgcache"),
               TMPDIR=os.path.join(work, "tmp"), QT_LOGGING_RULES="*.debug=true")
    cache = os.path.join(work, "cache")
    outputs = []

    def cli(*args, url=None):
        log = os.path.join(work, "protocol-%d.log" % len(outputs))
        p = subprocess.run([binary, *args, "--server", url or "imaps://%s@%s:%s" % (user, server["IMAP_HOST"],
                                                                                     server["IMAPS_PORT"]),
                            "--ca-file", server["IMAP_CA_CERT"], "--cache-dir", cache, "--timeout", "120",
                            "--verbose", "--stats", "--protocol-log", log],
                           capture_output=True, env=env, timeout=300)
        outputs.append(p.stdout + p.stderr)
        check(p.returncode == 0, "quire-cli %s (%d: %s)" % (" ".join(args), p.returncode,
                                                             p.stderr.decode("utf-8", "replace")[-300:]))
        return p.stdout.decode("utf-8", "replace")

    cli("folders")
    cli("sync", "INBOX")
    listed = cli("list", "INBOX")
    try:
        uid = str(json.loads(listed)["messages"][0]["uid"])
    except (ValueError, KeyError, IndexError):
        uid = "1"
    cli("show", "INBOX", uid)
    cli("search", "INBOX", "message")
    cli("folders", url="imap://%s@%s:%s" % (user, server["IMAP_HOST"], server["IMAP_PORT"]))
    # a wrong password too: the refused one must not be written anywhere either
    env_wrong = dict(env, QUIRE_PASSWORD="wrong-" + password)
    p = subprocess.run([binary, "folders", "--server", "imaps://%s@%s:%s" % (user, server["IMAP_HOST"],
                        server["IMAPS_PORT"]), "--ca-file", server["IMAP_CA_CERT"], "--cache-dir", cache,
                        "--verbose", "--protocol-log", os.path.join(work, "protocol-wrong.log")],
                       capture_output=True, env=env_wrong, timeout=120)
    outputs.append(p.stdout + p.stderr)
    check(p.returncode == 1, "a wrong password is refused (%d)" % p.returncode)

    needles = {}
    for pw in (password, "wrong-" + password):
        needles[pw] = pw.encode()
        for plain in ("\0%s\0%s" % (user, pw), "%s\0%s\0%s" % (user, user, pw)):
            needles["base64 of AUTHENTICATE PLAIN %r" % plain] = base64.b64encode(plain.encode())
        # base64 of the password in any alignment inside a longer base64 text
        for shift in range(3):
            chunk = base64.b64encode(b"\0" * shift + pw.encode())[(shift * 4 + 2) // 3 + 1:-4]
            if len(chunk) >= 6:  # shorter ones match random bytes in binary files
                needles["base64 fragment of %r (shift %d)" % (pw, shift)] = chunk

    files = []
    for root, dirs, names in os.walk(work):
        files += [os.path.join(root, n) for n in names]
    check(any(f.endswith(".log") and os.path.getsize(f) > 0 for f in files), "the protocol log was written")
    logs = b"".join(open(f, "rb").read() for f in files if os.path.basename(f).startswith("protocol-"))
    check(b"<redacted>" in logs and b"LIST" in logs, "the protocol log shows traffic, the login redacted")
    check(any(f.startswith(cache) for f in files), "Quire wrote %d files: %s" % (len(files), sorted(
        os.path.relpath(f, work) for f in files)))
    for name, needle in needles.items():
        hits = [f for f in files if needle in open(f, "rb").read()]
        hits += ["output of run %d" % i for i, o in enumerate(outputs) if needle in o]
        check(not hits, "no %s in any file or output %s" % (name, hits))

    for root, dirs, names in os.walk(cache):
        for d in dirs:
            mode = stat.S_IMODE(os.stat(os.path.join(root, d)).st_mode)
            check(mode == 0o700, "cache directory %s is 0700 (%o)" % (os.path.relpath(os.path.join(root, d), work), mode))
        for n in names:
            mode = stat.S_IMODE(os.stat(os.path.join(root, n)).st_mode)
            check(mode == 0o600, "cache file %s is 0600 (%o)" % (os.path.relpath(os.path.join(root, n), work), mode))
    mode = stat.S_IMODE(os.stat(cache).st_mode)
    check(mode == 0o700, "the cache directory is 0700 (%o)" % mode)
    for f in files:
        if os.path.basename(f).startswith("protocol-"):
            mode = stat.S_IMODE(os.stat(f).st_mode)
            check(mode == 0o600, "%s is 0600 (%o)" % (os.path.basename(f), mode))

    return exit_status()


if __name__ == "__main__":
    sys.exit(main())
