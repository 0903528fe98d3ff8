#!/usr/bin/env python3
"""The account commands of quire-cli against a private server (stdlib only).

    cli_account_test.py QUIRE_CLI

QUIRE_IMAP_ENV names the server's env file. Runs as bob in folders of its own
(tests run in parallel), drives the real quire-cli through mkdir, append,
sync, list, flag, search (server and --offline), copy, move, delete,
expunge, rename and rmdir, and checks the server's state independently with
imaplib (trusting only IMAP_CA_CERT). Then the argument errors: exit 2 and a
message naming the problem.
"""
import email.header
import imaplib
import json
import os
import re
import ssl
import subprocess
import sys
import tempfile
import uuid

from integration_checks import check, exit_status, read_env


class Cli:
    def __init__(self, binary, env, workdir):
        self.binary = binary
        self.server = "imaps://bob@%s:%s" % (env["IMAP_HOST"], env["IMAPS_PORT"])
        self.common = ["--server", self.server, "--ca-file", env["IMAP_CA_CERT"],
                       "--cache-dir", os.path.join(workdir, "cache"), "--timeout", "60"]
        self.env = dict(os.environ, QUIRE_PASSWORD="bobpw", XDG_CONFIG_HOME=os.path.join(workdir, "config"),
                        XDG_DATA_HOME=os.path.join(workdir, "data"))

    def raw(self, *args, env=None):
        p = subprocess.run([self.binary, *args], capture_output=True, env=env or self.env, timeout=120)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def run(self, *args):
        """Runs a command with the account options; returns its JSON or None."""
        code, out, err = self.raw(*args, *self.common)
        if code != 0:
            print("    quire-cli %s -> %d\n%s" % (" ".join(args), code, err), flush=True)
            return None
        try:
            return json.loads(out)
        except ValueError:
            print("    not JSON: %r" % out[:500], flush=True)
            return None


def server(env):
    ctx = ssl.create_default_context(cafile=env["IMAP_CA_CERT"])
    conn = imaplib.IMAP4_SSL(env["IMAP_HOST"], int(env["IMAPS_PORT"]), ssl_context=ctx)
    conn.login("bob", "bobpw")
    return conn


def quoted(name):
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def server_flags(env, folder):
    """uid -> set of flags as the server has them."""
    conn = server(env)
    typ, _ = conn.select(quoted(folder), readonly=True)
    out = {}
    if typ == "OK":
        typ, data = conn.uid("FETCH", "1:*", "(FLAGS)")
        for item in data or []:
            if not item:
                continue
            text = item.decode() if isinstance(item, bytes) else item[0].decode()
            m = re.search(r"UID (\d+)", text)
            f = re.search(r"FLAGS \(([^)]*)\)", text)
            if m and f:
                out[int(m.group(1))] = set(f.group(1).split())
    conn.logout()
    return out


def server_subjects(env, folder):
    conn = server(env)
    typ, _ = conn.select(quoted(folder), readonly=True)
    subjects = []
    if typ == "OK":
        typ, data = conn.uid("FETCH", "1:*", "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
        for item in data or []:
            if isinstance(item, tuple):
                raw = item[1].decode("ascii", "replace").split(":", 1)[1].strip()
                subjects.append(str(email.header.make_header(email.header.decode_header(raw))))
    conn.logout()
    return sorted(subjects)


def server_has_folder(env, folder):
    conn = server(env)
    typ, data = conn.list('""', quoted(folder))
    conn.logout()
    return typ == "OK" and any(d for d in data if d)


def message(subject_header, body, n):
    return ("From: Alice Example <alice@example.org>\r\nTo: bob@example.org\r\n"
            "Subject: %s\r\nDate: Thu, 26 Nov 2026 10:0%d:00 +0000\r\n"
            "Message-ID: <%s@quire.test>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n%s\r\n"
            % (subject_header, n, uuid.uuid4().hex, body)).encode("utf-8")


def main():
    binary = sys.argv[1]
    env = read_env(os.environ["QUIRE_IMAP_ENV"])
    prefix = "INBOX." if env.get("SERVER_KIND") == "cyrus" else ""
    tag = uuid.uuid4().hex[:8]
    box, other, renamed = (prefix + "cli-" + tag, prefix + "cli-" + tag + "-target", prefix + "cli-" + tag + "-renamed")
    workdir = tempfile.mkdtemp(prefix="quire-cli-test-")
    cli = Cli(binary, env, workdir)

    # --- folders
    made = cli.run("mkdir", box)
    check(made is not None and any(f["name"] == box for f in made["folders"]), "mkdir lists the new folder")
    check(server_has_folder(env, box), "mkdir: the folder exists on the server")
    check(cli.run("mkdir", other) is not None, "mkdir a second folder")
    folders = cli.run("folders")
    check(folders is not None and {box, other} <= {f["name"] for f in folders["folders"]}, "folders")

    # --- append three messages, one with a Cyrillic subject (RFC 2047)
    cyrillic = "Привет"
    subjects = ["Plain one", "=?UTF-8?B?0J/RgNC40LLQtdGCINC80LjRgA==?=", "Third message"]
    decoded = sorted(["Plain one", cyrillic + " мир", "Third message"])
    for n, subject in enumerate(subjects):
        path = os.path.join(workdir, "m%d.eml" % n)
        with open(path, "wb") as f:
            f.write(message(subject, "Body number %d" % n, n))
        check(cli.run("append", box, path) is not None, "append %s" % path)
    check(server_subjects(env, box) == decoded, "the server has the three messages")

    # --- sync and list
    synced = cli.run("sync", box)
    check(synced is not None and synced["synced"][0]["messages"] == 3, "sync reports 3 messages")
    listed = cli.run("list", box)
    rows = listed["messages"] if listed else []
    check(len(rows) == 3, "list: 3 rows")
    check(sorted(r.get("subject") for r in rows) == decoded, "list: decoded subjects %r" % [r.get("subject") for r in rows])
    uids = sorted(r["uid"] for r in rows)
    cyr_uid = next((r["uid"] for r in rows if r.get("subject", "").startswith(cyrillic)), None)
    plain_uid = next((r["uid"] for r in rows if r.get("subject") == "Plain one"), None)
    offline = cli.run("list", box, "--offline")
    check(offline is not None and len(offline["messages"]) == 3, "list --offline: 3 rows from the cache")

    # --- show
    shown = cli.run("show", box, str(cyr_uid))
    check(shown is not None and shown["headers"]["subject"] == cyrillic + " мир" and "Body number 1" in shown["text"],
          "show renders the Cyrillic message")

    # --- sync --bodies: the bodies are then readable and searchable offline
    check(cli.run("sync", box, "--bodies") is not None, "sync --bodies")
    shown = cli.run("show", box, str(plain_uid), "--offline")
    check(shown is not None and "Body number 0" in shown["text"], "show --offline reads the cached body")
    found = cli.run("search", box, "number 2", "--offline")
    check(found is not None and found["uids"] == [uids[2]], "search --offline finds body text")

    # --- flag
    flagged = cli.run("flag", box, str(plain_uid), "+flagged")
    check(flagged is not None and "\\Flagged" in flagged["messages"][0]["flags"], "flag +flagged reported")
    listed = cli.run("list", box)
    check(listed is not None and any("\\Flagged" in r["flags"] for r in listed["messages"] if r["uid"] == plain_uid),
          "list shows \\Flagged")
    check("\\Flagged" in server_flags(env, box).get(plain_uid, set()), "the flag is on the server")
    check(cli.run("flag", box, str(plain_uid), "-flagged", "+seen") is not None, "flag -flagged +seen")
    flags = server_flags(env, box).get(plain_uid, set())
    check("\\Seen" in flags and "\\Flagged" not in flags, "server: \\Seen on, \\Flagged off")

    # --- search, on the server and in the cache
    found = cli.run("search", box, cyrillic)
    check(found is not None and found["uids"] == [cyr_uid] and found["source"] == "server",
          "search on the server finds the Cyrillic word")
    found = cli.run("search", box, cyrillic.lower(), "--offline")
    check(found is not None and found["uids"] == [cyr_uid] and found["source"] == "cache",
          "search --offline finds the Cyrillic word")
    found = cli.run("search", box, "nothing-matches-this")
    check(found is not None and found["uids"] == [], "search with no hits")

    # --- copy and move
    check(cli.run("copy", box, str(uids[2]), other) is not None, "copy")
    check(server_subjects(env, other) == ["Third message"], "server: the copy is in the target")
    check(cli.run("move", box, str(cyr_uid), other) is not None, "move")
    check(server_subjects(env, other) == sorted(["Third message", cyrillic + " мир"]), "server: moved into the target")
    check(cyr_uid not in server_flags(env, box), "server: moved out of the source")

    # --- delete and expunge
    check(cli.run("delete", box, str(plain_uid)) is not None, "delete")
    check(cli.run("expunge", box) is not None, "expunge")
    check(sorted(server_flags(env, box)) == [uids[2]], "server: only the third message is left")
    listed = cli.run("list", box)
    check(listed is not None and [r["uid"] for r in listed["messages"]] == [uids[2]], "list after expunge")

    # --- rename and rmdir
    check(cli.run("rename", other, renamed) is not None, "rename")
    check(server_has_folder(env, renamed) and not server_has_folder(env, other), "server: renamed")
    check(cli.run("unsubscribe", renamed) is not None and cli.run("subscribe", renamed) is not None,
          "unsubscribe and subscribe")
    check(cli.run("rmdir", renamed) is not None and cli.run("rmdir", box) is not None, "rmdir")
    check(not server_has_folder(env, renamed) and not server_has_folder(env, box), "server: folders gone")

    # --- server failures: exit 1 with a message
    code, out, err = cli.raw("list", prefix + "cli-no-such-" + tag, *cli.common)
    check(code == 1 and err.strip() != "", "a missing folder: exit 1 and a message (%d: %s)" % (code, err.strip()))
    bad_pw = dict(cli.env, QUIRE_PASSWORD="wrong")
    code, out, err = cli.raw("folders", *cli.common, env=bad_pw)
    check(code == 1 and "log in" in err, "a wrong password: exit 1 (%d: %s)" % (code, err.strip()))

    code, out, err = cli.raw("folders", *[a for a in cli.common if a != env["IMAP_CA_CERT"] and a != "--ca-file"])
    check(code == 1 and "certificate" in err, "an untrusted certificate: exit 1 (%d: %s)" % (code, err.strip()))

    # --- STARTTLS (imap://) and, when asked for, plaintext
    starttls = ["--server", "imap://bob@%s:%s" % (env["IMAP_HOST"], env["IMAP_PORT"])] + cli.common[2:]
    code, out, err = cli.raw("folders", "--stats", *starttls)
    check(code == 0 and '"STARTTLS":1' in err, "imap:// logs in after STARTTLS (%d: %s)" % (code, err.strip()))
    if env.get("REQUIRE_TLS") != "1":
        code, out, err = cli.raw("folders", "--stats", "--insecure-plaintext", *starttls)
        check(code == 0 and "STARTTLS" not in err, "imap:// --insecure-plaintext (%d: %s)" % (code, err.strip()))

    # --- --stats
    code, out, err = cli.raw("folders", "--stats", *cli.common)
    stats = re.search(r"quire-cli stats: (\{.*\})", err)
    ok = code == 0 and stats is not None
    if ok:
        s = json.loads(stats.group(1))
        ok = s["bytesSent"] > 0 and s["bytesReceived"] > 0 and s["commands"].get("LIST", 0) >= 1
        # Dovecot and Cyrus both offer COMPRESS=DEFLATE: the wire carries
        # fewer bytes than the decompressed protocol.
        ok = ok and s["compressed"] and s["bytesReceived"] < s["protocolBytesReceived"]
        ok = ok and s["protocolBytesSent"] > 0
    check(ok, "--stats prints wire bytes and command counts")

    # --- bad arguments: exit 2 and a message naming the problem
    def usage(args, needle, what, env=None):
        code, out, err = cli.raw(*args, env=env)
        check(code == 2 and needle in err and out == "", "%s: exit 2, '%s' (%d: %s)" % (what, needle, code, err.strip()))

    usage(["frobnicate"], "unknown command", "unknown command")
    usage(["show", box, *cli.common], "missing UID", "missing UID")
    usage(["flag", box, "1:x", "+seen", *cli.common], "UID set", "bad UID set")
    usage(["flag", box, "1", "+no(good", *cli.common], "flag change", "bad flag")
    usage(["list", box, "--server", "http://bob@host", "--cache-dir", workdir], "bad --server URL", "bad URL")
    usage(["list", box, "--server", "imaps://host:993"], "user", "URL without a user")
    usage(["list", box, "--bogus", *cli.common], "unknown option", "unknown option")
    usage(["sync", box, "--hide-capabilities", "QRESYNC,NO(GOOD", *cli.common], "--hide-capabilities",
          "bad hidden capability")
    usage(["list", box, "--server", cli.server, "--insecure-plaintext"], "--insecure-plaintext", "imaps with plaintext")
    # A plaintext account from the settings file needs --insecure-plaintext.
    conf = os.path.join(workdir, "config", "Quire")
    os.makedirs(conf, exist_ok=True)
    with open(os.path.join(conf, "quire.conf"), "w") as f:
        f.write("[accounts]\nplain\\host=%s\nplain\\port=%s\nplain\\security=plaintext\nplain\\user=bob\n"
                % (env["IMAP_HOST"], env["IMAP_PORT"]))
    usage(["folders", "--account", "plain"], "--insecure-plaintext", "plaintext without --insecure-plaintext")
    usage(["folders", "--account", "nobody"], "no account", "unknown account")

    return exit_status()


if __name__ == "__main__":
    sys.exit(main())
