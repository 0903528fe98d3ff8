"""A small scripted IMAP server on 127.0.0.1 for the hostile-server suite.

It plays a plain, well-behaved IMAP4rev1 server holding one mailbox (INBOX,
UIDVALIDITY 42, three messages) well enough for `quire-cli sync` and `list`,
and lets a test replace or decorate any answer through hooks:

    server = ScriptedImapServer(hooks)
    server.start()            # listens on a free port; server.port
    ...
    server.stop()

hooks maps a stage to a function(conn, tag, args) that writes whatever it
likes with conn.send(bytes) and returns True when it answered the command
itself (the normal answer is then skipped). Stages: "greeting", and the
upper-case verb of a command ("SELECT", "UID FETCH", "LOGIN", ...).
Stdlib only; one thread per connection.
"""
import re
import socket
import socketserver
import threading

CAPABILITIES = b"IMAP4rev1 AUTH=PLAIN IDLE"
UIDVALIDITY = 42


def envelope(uid):
    return (b'("Thu, 26 Nov 2026 10:0%d:00 +0000" "Message %d" (("Alice" NIL "alice" "example.org")) '
            b'(("Alice" NIL "alice" "example.org")) (("Alice" NIL "alice" "example.org")) '
            b'(("Bob" NIL "bob" "example.org")) NIL NIL NIL "<m%d@quire.test>")' % (uid % 10, uid, uid))


PLAIN_BODYSTRUCTURE = b'("TEXT" "PLAIN" ("CHARSET" "UTF-8") NIL NIL "7BIT" 12 1 NIL NIL NIL NIL)'


class Mailbox:
    def __init__(self, uids=(1, 2, 3)):
        self.uids = list(uids)
        self.flags = {uid: [b"\\Seen"] for uid in self.uids}
        self.bodystructure = {}  # uid -> bytes, default PLAIN_BODYSTRUCTURE
        self.uidvalidity = UIDVALIDITY


def parse_set(text, largest):
    out = set()
    for piece in text.split(b","):
        ends = piece.split(b":")
        nums = [largest if e == b"*" else int(e) for e in ends]
        lo, hi = min(nums), max(nums)
        out.update(range(lo, min(hi, largest) + 1))
    return sorted(out)


class Connection:
    def __init__(self, sock, server):
        self.sock = sock
        self.server = server
        self.reader = sock.makefile("rb")
        self.selected = False

    def send(self, data):
        self.sock.sendall(data)

    def line(self):
        data = self.reader.readline(1 << 20)
        if not data:
            return None
        # a client literal at the end of the line: ask for it and read it
        m = re.search(rb"\{(\d+)(\+?)\}\r\n$", data)
        while m:
            if not m.group(2):
                self.send(b"+ go ahead\r\n")
            data += self.reader.read(int(m.group(1)))
            more = self.reader.readline(1 << 20)
            data += more
            m = re.search(rb"\{(\d+)(\+?)\}\r\n$", more)
        return data

    def hook(self, stage, tag=b"", args=b""):
        fn = self.server.hooks.get(stage)
        return bool(fn and fn(self, tag, args))

    def serve(self):
        if not self.hook("greeting"):
            self.send(b"* OK [CAPABILITY " + CAPABILITIES + b"] scripted server ready\r\n")
        while True:
            data = self.line()
            if data is None:
                return
            self.server.log.append(data)
            parts = data.rstrip(b"\r\n").split(b" ", 2)
            tag = parts[0]
            verb = parts[1].upper() if len(parts) > 1 else b""
            args = parts[2] if len(parts) > 2 else b""
            if verb == b"UID":
                sub, _, args = args.partition(b" ")
                verb = b"UID " + sub.upper()
            if self.hook(verb.decode("ascii", "replace"), tag, args):
                continue
            if not self.answer(tag, verb, args):
                return

    def answer(self, tag, verb, args):
        mbox = self.server.mailbox
        if verb == b"CAPABILITY":
            self.send(b"* CAPABILITY " + CAPABILITIES + b"\r\n" + tag + b" OK done\r\n")
        elif verb == b"LOGIN":
            self.send(tag + b" OK [CAPABILITY " + CAPABILITIES + b"] logged in\r\n")
        elif verb == b"AUTHENTICATE":
            if b" " not in args:
                self.send(b"+ \r\n")
                self.line()
            self.send(tag + b" OK [CAPABILITY " + CAPABILITIES + b"] logged in\r\n")
        elif verb in (b"LIST", b"LSUB"):
            self.send(b"* " + verb + b' () "/" INBOX\r\n' + tag + b" OK done\r\n")
        elif verb == b"STATUS":
            self.send(b"* STATUS INBOX (MESSAGES %d UIDNEXT %d UIDVALIDITY %d UNSEEN 0)\r\n%s OK done\r\n"
                      % (len(mbox.uids), max(mbox.uids) + 1, mbox.uidvalidity, tag))
        elif verb in (b"SELECT", b"EXAMINE"):
            self.selected = True
            self.send(self.select_data() + tag + b" OK [READ-WRITE] selected\r\n")
        elif verb in (b"UID FETCH", b"FETCH"):
            self.send(self.fetch_data(verb, args) + tag + b" OK done\r\n")
        elif verb == b"UID SEARCH" or verb == b"SEARCH":
            self.send(b"* SEARCH " + b" ".join(b"%d" % u for u in mbox.uids) + b"\r\n" + tag + b" OK done\r\n")
        elif verb == b"IDLE":
            self.send(b"+ idling\r\n")
            self.line()
            self.send(tag + b" OK idle done\r\n")
        elif verb == b"LOGOUT":
            self.send(b"* BYE bye\r\n" + tag + b" OK done\r\n")
            return False
        elif verb in (b"NOOP", b"CHECK", b"CLOSE", b"UNSELECT"):
            self.send(tag + b" OK done\r\n")
        else:
            self.send(tag + b" BAD not scripted\r\n")
        return True

    def select_data(self):
        mbox = self.server.mailbox
        return (b"* FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft)\r\n"
                b"* OK [PERMANENTFLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft \\*)] ok\r\n"
                b"* %d EXISTS\r\n* 0 RECENT\r\n* OK [UIDVALIDITY %d] ok\r\n* OK [UIDNEXT %d] ok\r\n"
                % (len(mbox.uids), mbox.uidvalidity, max(mbox.uids) + 1))

    def fetch_data(self, verb, args):
        mbox = self.server.mailbox
        setspec, _, items = args.partition(b" ")
        items = items.upper()
        if verb == b"UID FETCH":
            wanted = [u for u in parse_set(setspec, max(mbox.uids)) if u in mbox.uids]
        else:
            wanted = [mbox.uids[s - 1] for s in parse_set(setspec, len(mbox.uids))]
        out = b""
        for uid in wanted:
            seq = mbox.uids.index(uid) + 1
            fields = [b"UID %d" % uid]
            if b"FLAGS" in items:
                fields.append(b"FLAGS (" + b" ".join(mbox.flags[uid]) + b")")
            if b"ENVELOPE" in items:
                fields.append(b"ENVELOPE " + envelope(uid))
            if b"INTERNALDATE" in items:
                fields.append(b'INTERNALDATE "26-Nov-2026 10:00:00 +0000"')
            if b"RFC822.SIZE" in items:
                fields.append(b"RFC822.SIZE 100")
            if b"BODYSTRUCTURE" in items:
                fields.append(b"BODYSTRUCTURE " + mbox.bodystructure.get(uid, PLAIN_BODYSTRUCTURE))
            out += b"* %d FETCH (%s)\r\n" % (seq, b" ".join(fields))
        return out


class _Handler(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            Connection(self.request, self.server.owner).serve()
        except (OSError, ValueError):
            pass  # the client went away; that is its right


class _TcpServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class ScriptedImapServer:
    def __init__(self, hooks=None, mailbox=None):
        self.hooks = hooks or {}
        self.mailbox = mailbox or Mailbox()
        self.log = []  # command lines received, for assertions
        self._tcp = _TcpServer(("127.0.0.1", 0), _Handler)
        self._tcp.owner = self
        self.port = self._tcp.server_address[1]
        self._thread = threading.Thread(target=self._tcp.serve_forever, daemon=True)

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self._tcp.shutdown()
        self._tcp.server_close()
