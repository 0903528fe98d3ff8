#!/usr/bin/env python3
"""quire-cli sync of a 10,000-message mailbox, leak-checked (stdlib only).

    cli_sync_leaks_test.py QUIRE_CLI [--sanitized | --valgrind]

QUIRE_IMAP_ENV names a server whose user alice has 10,000 messages in INBOX
(the dovecot_10k fixture). A first sync into an empty cache, then a second,
incremental one, must both succeed and leave every message in the cache.

--sanitized: QUIRE_CLI is an AddressSanitizer build (-DQUIRE_SANITIZE=ON);
LeakSanitizer runs at each exit and any leak or memory error fails the run
(detect_leaks=1 is forced on, suppressions come from LSAN_OPTIONS).
--valgrind: every run is under valgrind memcheck; a definite or indirect
leak, or any memory error, fails it (slow: minutes; see docs/SECURITY.md).
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from integration_checks import check, exit_status, read_env  # noqa: E402

EXPECTED = 10000


def main():
    binary = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else ""
    env = read_env(os.environ["QUIRE_IMAP_ENV"])
    work = tempfile.mkdtemp(prefix="quire-leak-test-")
    run_env = dict(os.environ, QUIRE_PASSWORD="alicepw", XDG_CONFIG_HOME=os.path.join(work, "config"),
                   XDG_DATA_HOME=os.path.join(work, "data"))
    prefix = []
    if mode == "--sanitized":
        options = run_env.get("ASAN_OPTIONS", "")
        run_env["ASAN_OPTIONS"] = (options + ":" if options else "") + "detect_leaks=1"
    elif mode == "--valgrind":
        prefix = ["valgrind", "--quiet", "--leak-check=full", "--show-leak-kinds=definite,indirect",
                  "--errors-for-leak-kinds=definite,indirect", "--error-exitcode=99"]
        # PCRE2's JIT code (QRegularExpression) makes memcheck report false
        # "uninitialised value" errors with no symbols; interpret instead.
        run_env["QT_ENABLE_REGEXP_JIT"] = "0"
    common = ["--server", "imaps://alice@%s:%s" % (env["IMAP_HOST"], env["IMAPS_PORT"]),
              "--ca-file", env["IMAP_CA_CERT"], "--cache-dir", os.path.join(work, "cache"), "--timeout", "1200"]

    def run(what, *args):
        p = subprocess.run(prefix + [binary, *args, *common], capture_output=True, env=run_env, timeout=1500)
        err = p.stderr.decode("utf-8", "replace")
        clean = "LeakSanitizer" not in err and "AddressSanitizer" not in err and "runtime error:" not in err \
            and "definitely lost" not in err and "Invalid read" not in err and "Invalid write" not in err
        check(p.returncode == 0 and clean, "%s: exit %d, no leak or memory error reported" % (what, p.returncode))
        if p.returncode != 0 or not clean:
            print(err[-6000:], flush=True)
            return None
        return json.loads(p.stdout)

    first = run("first sync of INBOX", "sync", "INBOX")
    if first:
        check(first["synced"][0]["messages"] == EXPECTED,
              "first sync: %s messages" % first["synced"][0]["messages"])
    again = run("incremental sync of INBOX", "sync", "INBOX")
    if again:
        check(again["synced"][0]["messages"] == EXPECTED, "incremental sync: %s messages" % again["synced"][0]["messages"])
    listed = run("list INBOX --offline", "list", "INBOX", "--offline")
    if listed:
        rows = listed["messages"]
        check(len(rows) == EXPECTED and all("subject" in row for row in rows),
              "the cache holds %d messages, every one with its envelope" % len(rows))
    return exit_status()


if __name__ == "__main__":
    sys.exit(main())
