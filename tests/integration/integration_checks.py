"""What the Python integration tests share (stdlib only): one line a check,
the failures counted for the exit status, and the server's env file read.

The scripts import it from their own folder, which Python puts first on
sys.path for a script it runs.
"""

failures = []


def check(ok, what):
    print(("  ok   " if ok else "  FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)
    return ok


def exit_status():
    """Prints how many checks failed; 1 if any did, else 0."""
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


def read_env(path):
    """KEY=VALUE lines of tools/imap-server/start's env file, shell quoting undone."""
    env = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            k, sep, v = line.rstrip("\n").partition("=")
            if sep:
                if len(v) >= 2 and v[0] == v[-1] == "'":
                    v = v[1:-1].replace("'\\''", "'")
                env[k] = v
    return env
