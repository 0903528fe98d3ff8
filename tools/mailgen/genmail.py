#!/usr/bin/env python3
"""Generate realistic synthetic mail, fast and reproducibly (stdlib only).

    genmail.py FOLDER COUNT [--seed S] [--jobs J] [--owner UID:GID] ...
    genmail.py --eml-out DIR COUNT [--seed S]

FOLDER is one Maildir folder (holding cur/ new/ tmp/, created if missing).
Messages go to cur/ with their flags in the name (the newest --new-count to
new/, unseen), the file mtime is the received time (Dovecot's INTERNALDATE),
and names carry ,S=<size>,W=<CRLF size>.  Then let the server index, e.g.
`doveadm force-resync` (tools/mailgen/populate does).  With --eml-out, DIR
gets one NNNNNNN.eml per message, CRLF line ends, for other tools.

Reproducible: messages come in blocks of 1000 with their own RNG derived
from (seed, block), so the same --seed and COUNT give the same mailbox
(same bytes, same file names, same dates) whatever --jobs is.  Dates are
spread over --years up to --end (default 2025-12-31, not "now").

What is in it (weights are per message):
  * From/To/Cc: plain names, quoted names, bare addresses, RFC 2047 names in
    UTF-8, KOI8-R, windows-1251, ISO-2022-JP, ISO-8859-1 (B and Q encoding)
  * Subjects: ASCII and encoded words in the same charsets, both encodings,
    folded long ones, mixed encoded/plain; Re:/Fwd: on replies
  * threads: Message-ID, In-Reply-To, References (up to 10 deep)
  * text/plain bodies in those charsets as 8bit / quoted-printable / base64,
    some format=flowed; multipart/alternative (text + HTML);
    multipart/mixed with attachments named with RFC 2231 (charset'lang'
    and continuations) or RFC 2047 (common though non-standard);
    multipart/related HTML with inline images referenced by cid:;
    forwarded message/rfc822, sometimes nested twice
  * about 2% deliberately malformed (see MALFORMED); --server-safe leaves
    out the kinds some servers refuse at APPEND (Cyrus: a header line
    without a colon, raw 8-bit header bytes)

Speed: the slow pieces (encoded words, paragraphs, blobs) are made once per
process; a message is string formatting plus one write.  100k messages (715 MB)
take about 10 s on 2 cores.

As a module:  for seq, data, flags, t in genmail.messages(seed, 0, n, n): ...
data is bytes with LF line ends; flags a subset of "DFRS" (Maildir letters).
"""
import argparse
import base64
import binascii
import calendar
import email.charset
import email.header
import os
import random
import sys
import time
from multiprocessing import Pool
from urllib.parse import quote as url_quote

BLOCK = 1000
DEFAULT_END = calendar.timegm((2025, 12, 31, 18, 0, 0))

CHARSETS = ["utf-8", "koi8-r", "windows-1251", "iso-2022-jp", "iso-8859-1"]

# Text that each charset can encode (bodies and subjects are drawn from the
# list for the charset chosen).
TEXT_BY_CHARSET = {
    "utf-8": ["Привет! Ünïcödé ✓ — “quotes” … € 日本語 Ελληνικά",
              "Zażółć gęślą jaźń. 中文邮件测试 🚀 עברית",
              "Съешь же ещё этих мягких французских булок, да выпей чаю."],
    "koi8-r": ["Отчёт за квартал во вложении.", "Съешь же ещё этих мягких французских булок.",
               "Совещание перенесли на пятницу, 15:00."],
    "windows-1251": ["Встреча завтра в 10:00, переговорная № 3.", "Счёт на оплату — до конца месяца.",
                     "Добрый день! Высылаю договор на подпись."],
    "iso-2022-jp": ["お疲れ様です。明日の会議の資料を送ります。", "いろはにほへと ちりぬるを わかよたれそ",
                    "見積書を添付いたしました。ご確認ください。"],
    "iso-8859-1": ["Grüße aus München, à bientôt!", "Café crème à la française, señor Núñez.",
                   "Falsches Üben von Xylophonmusik quält jeden größeren Zwerg."],
}
SUBJECTS = {
    "ascii": ["Quarterly report", "Meeting tomorrow at 10", "Build failed on main #{n}",
              "Your invoice #{n}", "Lunch?", "Weekend plans", "[qt-interest] QSslSocket and STARTTLS",
              "Release 2.{n} is out", "Question about the API", "Server migration on Saturday",
              "A very long subject line that goes on and on so that the client has to elide it "
              "properly in the message list, and then some more words, #{n}"],
    "utf-8": ["Привет из Москвы", "新しいリリースのお知らせ {n}", "Café crème — Q or B?",
              "Ελληνικά: συνάντηση", "Zażółć gęślą jaźń", "📎 Emoji subject ✓ 🚀", "中文邮件测试 {n}"],
    "koi8-r": ["Отчёт за квартал", "Совещание в пятницу", "Отпуск: график на {n} год"],
    "windows-1251": ["Встреча завтра в 10:00", "Счёт № {n} — оплата", "Договор на подпись"],
    "iso-2022-jp": ["会議の議事録", "お疲れ様です、明日の予定", "見積書 {n} の件"],
    "iso-8859-1": ["Grüße aus München", "Réunion à 14h", "Año nuevo, señor {n}"],
}
FIRST = ["Alice", "Bob", "Carol", "Dave", "Eve", "Mallory", "Trent", "Peggy", "Victor", "Olivia", "Liam", "Emma"]
LAST = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Wright", "Green", "Baker"]
INTL_NAMES = [("Иван Петров", "utf-8"), ("Мария Смирнова", "koi8-r"), ("Сергей Кузнецов", "windows-1251"),
              ("山田 太郎", "iso-2022-jp"), ("佐藤 花子", "utf-8"), ("François Lefèvre", "iso-8859-1"),
              ("Jürgen Groß", "utf-8"), ("Łukasz Żółć", "utf-8"), ("José Núñez", "iso-8859-1"),
              ("王小明", "utf-8"), ("Ελένη Παππά", "utf-8")]
DOMAINS = ["example.com", "example.org", "example.net", "mail.test", "lists.example.com", "corp.example"]
WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore "
         "et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip "
         "ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla "
         "pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit").split()
ATTACHMENTS = [("report.pdf", "application/pdf"), ("photo.jpg", "image/jpeg"), ("data.csv", "text/csv"),
               ("archive.zip", "application/zip"), ("Отчёт за 2024 год.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
               ("見積書.pdf", "application/pdf"), ("naïve café.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
               ("Ελληνικό έγγραφο με πολύ μεγάλο όνομα αρχείου.txt", "text/plain"), ("image.png", "image/png")]
# 1x1 PNG
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    "0000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082")

KINDS = ["plain", "alt", "attach", "related", "forward"]
KIND_WEIGHTS = [52, 24, 14, 5, 5]
MALFORMED_RATE = 0.02
MALFORMED = ["bad-encoded-word", "raw-8bit-headers", "no-date-no-msgid", "unknown-charset",
             "broken-boundary", "long-header", "garbage-header-line", "bad-base64", "bad-date",
             "bad-addresses", "wrong-charset-label"]
# refused at APPEND by some server (Cyrus: "Message contains invalid header",
# "Message contains NUL or bare CR/LF" / 8-bit in headers)
SERVER_UNSAFE = {"garbage-header-line", "raw-8bit-headers"}


def encoded_word(text, charset, q=False):
    """RFC 2047 encoded word(s), folded with LF (B, or Q if q)."""
    cs = email.charset.Charset(charset)
    if q:
        cs.header_encoding = email.charset.QP
    else:
        cs.header_encoding = email.charset.BASE64
    return email.header.Header(text, cs, maxlinelen=76, header_name="Subject").encode(linesep="\n")


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(data):
    return binascii.b2a_qp(data).decode("ascii")


def wrap(words, width=72):
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return "\n".join(lines)


class Pools:
    """The slow-to-make material, built once per process from a fixed seed."""

    def __init__(self):
        rng = random.Random(12345)
        self.people = []
        for i in range(40):
            f, l = rng.choice(FIRST), rng.choice(LAST)
            addr = f"{f.lower()}.{l.lower()}{i}@{rng.choice(DOMAINS)}"
            self.people.append(f'"{f} {l}" <{addr}>' if i % 2 else f"{f} {l} <{addr}>")
        for i, (name, cs) in enumerate(INTL_NAMES * 2):
            self.people.append(f"{encoded_word(name, cs, q=i % 2 == 1)} <user{i}@{rng.choice(DOMAINS)}>")
        self.people += [f"noreply{i}@{d}" for i, d in enumerate(DOMAINS)]
        # subject templates: already-encoded header text; {n} only in ASCII ones
        self.subjects = [s for s in SUBJECTS["ascii"]]
        for cs in CHARSETS:
            for s in SUBJECTS[cs]:
                for n, q in ((7, False), (42, True)):
                    self.subjects.append(encoded_word(s.replace("{n}", str(n)), cs, q))
        self.subjects.append("=?UTF-8?Q?Caf=C3=A9_cr=C3=A8me?= plain text =?koi8-r?b?8NLJ18XU?=")
        self.paragraphs = [wrap(rng.choice(WORDS) for _ in range(rng.randint(25, 110))).capitalize() + "."
                           for _ in range(40)]
        self.blobs = {n: b64(rng.randbytes(n)) for n in (600, 3000, 12000, 45000, 160000)}
        self.png = b64(PNG)


_POOLS = None


def pools():
    global _POOLS
    if _POOLS is None:
        _POOLS = Pools()
    return _POOLS


def rfc5322_date(t, tz_min):
    tt = time.gmtime(t + tz_min * 60)
    sign = "+" if tz_min >= 0 else "-"
    return time.strftime("%a, %d %b %Y %H:%M:%S ", tt) + f"{sign}{abs(tz_min) // 60:02d}{abs(tz_min) % 60:02d}"


class Builder:
    def __init__(self, rng, p, seq):
        self.rng, self.p, self.seq, self.nb = rng, p, seq, 0

    def boundary(self):
        self.nb += 1
        return f"=_quire_{self.seq}_{self.nb}_{self.rng.getrandbits(24):06x}"

    def text(self, n=None):
        r, p = self.rng, self.p
        parts = [r.choice(p.paragraphs) for _ in range(n or r.randint(1, 4))]
        if r.random() < .3:
            parts.append("> " + r.choice(p.paragraphs).replace("\n", "\n> "))
        parts.append("-- \nQuire mailgen")
        return "\n\n".join(parts)

    def text_part(self, text=None, charset=None):
        """A text/plain entity in a charset, with a transfer encoding."""
        r = self.rng
        charset = charset or r.choices(CHARSETS, [50, 15, 15, 10, 10])[0]
        text = text or self.text()
        text = r.choice(TEXT_BY_CHARSET[charset]) + "\n\n" + text
        raw = text.encode(charset)
        if charset == "iso-2022-jp":
            cte = "7bit"          # it is a 7-bit encoding; that is how it travels
        else:
            cte = r.choices(["8bit", "quoted-printable", "base64"], [4, 4, 2])[0]
        if cte == "quoted-printable":
            body = qp(raw)
        elif cte == "base64":
            body = b64(raw)
        elif charset in ("utf-8", "iso-2022-jp"):
            body = text
        else:
            body = "\x00B" + raw.decode("latin-1") + "\x00"   # raw 8-bit bytes, see to_bytes()
        fmt = "; format=flowed" if r.random() < .15 else ""
        return (f"Content-Type: text/plain; charset=\"{charset}\"{fmt}\n"
                f"Content-Transfer-Encoding: {cte}\n\n{body}\n")

    def html_part(self, text):
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        paras = "".join(f"<p>{x.replace(chr(10), '<br>')}</p>\n" for x in esc.split("\n\n"))
        html = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family:sans-serif\">"
                f"\n{paras}<table border=\"1\"><tr><td><b>Item</b></td><td>Qty</td></tr>"
                "<tr><td>Widget</td><td>3</td></tr></table>\n</body></html>")
        return ("Content-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                + qp(html.encode()) + "\n")

    def attachment(self):
        r, p = self.rng, self.p
        name, ctype = r.choice(ATTACHMENTS)
        blob = p.blobs[r.choices(list(p.blobs), [30, 35, 20, 12, 3])[0]]
        if name.isascii():
            ct, disp = f'{ctype}; name="{name}"', f'attachment; filename="{name}"'
        elif r.random() < .6:
            # RFC 2231: charset'language'pct-encoded; long ones continued (*0*, *1*)
            enc = url_quote(name.encode("utf-8"), safe="")
            if len(enc) > 60:
                chunks = [enc[i:i + 60] for i in range(0, len(enc), 60)]
                params = ";\n".join(f" filename*{i}*={'UTF-8' + chr(39) * 2 if i == 0 else ''}{c}"
                                    for i, c in enumerate(chunks))
                disp = "attachment;\n" + params
            else:
                disp = f"attachment;\n filename*=UTF-8''{enc}"
            ct = ctype
        else:
            # RFC 2047 inside a quoted parameter: wrong, and very common
            w = encoded_word(name, r.choice(["utf-8", "windows-1251"]) if "Отчёт" in name else "utf-8")
            w = w.replace("\n ", " ")
            ct, disp = f'{ctype};\n name="{w}"', f'attachment;\n filename="{w}"'
        return f"Content-Type: {ct}\nContent-Disposition: {disp}\nContent-Transfer-Encoding: base64\n\n{blob}\n"

    def multipart(self, subtype, parts, extra=""):
        b = self.boundary()
        out = [f"Content-Type: multipart/{subtype};{extra}\n boundary=\"{b}\"\n\n"
               "This is a multi-part message in MIME format.\n"]
        for x in parts:
            out.append(f"\n--{b}\n{x}")
        out.append(f"\n--{b}--\n")
        return "".join(out)

    def body(self, kind):
        r = self.rng
        if kind == "plain":
            return self.text_part()
        if kind == "alt":
            t = self.text()
            return self.multipart("alternative", [self.text_part(t, "utf-8"), self.html_part(t)])
        if kind == "attach":
            t = self.text(1)
            first = (self.multipart("alternative", [self.text_part(t, "utf-8"), self.html_part(t)])
                     if r.random() < .5 else self.text_part(t))
            atts = [self.attachment() for _ in range(r.choices([1, 2, 3], [6, 3, 1])[0])]
            return self.multipart("mixed", [first] + atts)
        if kind == "related":
            t = self.text(1)
            n = r.randint(1, 2)
            imgs = "".join(f'<img src="cid:img{i}.{self.seq}@mailgen.example" alt="logo {i}">' for i in range(n))
            html = ("Content-Type: text/html; charset=\"utf-8\"\n\n<html><body><p>Inline images:</p>"
                    f"{imgs}<p>{t[:300]}</p></body></html>\n")
            parts = [html] + [f"Content-Type: image/png; name=\"logo{i}.png\"\n"
                              f"Content-ID: <img{i}.{self.seq}@mailgen.example>\n"
                              f"Content-Disposition: inline; filename=\"logo{i}.png\"\n"
                              f"Content-Transfer-Encoding: base64\n\n{self.p.png}\n" for i in range(n)]
            rel = self.multipart("related", parts, ' type="text/html";')
            return self.multipart("alternative", [self.text_part(t, "utf-8"), rel])
        if kind == "forward":
            p = self.p
            inner = (f"From: {r.choice(p.people)}\nTo: {r.choice(p.people)}\n"
                     f"Subject: {r.choice(p.subjects).replace('{n}', str(self.seq % 100))}\n"
                     f"Date: Mon, 1 Jan 2024 09:00:00 +0100\nMessage-ID: <inner.{self.seq}@mailgen.example>\n"
                     "MIME-Version: 1.0\n" + self.body(r.choice(["plain", "alt", "attach"])))
            fwd = "Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + inner
            if r.random() < .25:     # a forward of a forward
                inner2 = (f"From: {r.choice(p.people)}\nSubject: Fwd: nested twice\n"
                          "Date: Tue, 2 Jan 2024 10:00:00 +0000\nMIME-Version: 1.0\n"
                          + self.multipart("mixed", [self.text_part("See below.", "utf-8"), fwd]))
                fwd = "Content-Type: message/rfc822\n\n" + inner2
            return self.multipart("mixed", [self.text_part("Forwarding this.\n\n" + self.text(1)), fwd])
        raise ValueError(kind)


def malform(what, hdr, body, rng, seq):
    def sub(prefix, new):
        for i, h in enumerate(hdr):
            if h.startswith(prefix):
                hdr[i] = new
                return
        hdr.append(new)

    if what == "bad-encoded-word":
        sub("Subject:", "Subject: =?UTF-8?B?0J/RgNC40LLQtdGC?= =?UTF-8?Q?broken_=E2=8?= "
                        "=?UTF-8?B?!!notbase64!!?= =?UTF-8?X?bad-encoding?= =?UTF-8?B?0J/R")
    elif what == "raw-8bit-headers":
        sub("Subject:", "Subject: Необработанный UTF-8 в заголовке — raw 8-bit")
        sub("From:", "From: \x00BRen\xe9 L\xe9vesque\x00 <rene@example.fr>")
    elif what == "no-date-no-msgid":
        hdr[:] = [h for h in hdr if not h.startswith(("Date:", "Message-ID:"))]
    elif what == "unknown-charset":
        sub("Subject:", "Subject: =?x-unknown?B?SGVsbG8gd29ybGQ=?= and =?utf-7?Q?+BBgEMgQw-?=")
        body = ("Content-Type: text/plain; charset=\"x-bogus-charset\"\nContent-Transfer-Encoding: 8bit\n\n"
                "Body in an unknown charset: \x00B\xe9\xe8\x00\n")
    elif what == "wrong-charset-label":
        # says us-ascii, is KOI8-R
        body = ("Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 8bit\n\n\x00B"
                + "Отчёт за квартал".encode("koi8-r").decode("latin-1") + "\x00\n")
    elif what == "broken-boundary":
        body = ("Content-Type: multipart/mixed; boundary=\"declared\"\n\n--declared\nContent-Type: text/plain\n\n"
                "first part\n--other\nContent-Type: text/plain\n\nnot really a part\n--declared\n"
                "Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\nAAAA\n")
    elif what == "long-header":
        hdr.append("References: " + " ".join(f"<r{seq}.{i}@long.example>" for i in range(250)))
        hdr.append("X-Long-Unfolded: " + "x" * 5000)
    elif what == "garbage-header-line":
        hdr.insert(3, "This line is not a header at all")
    elif what == "bad-base64":
        body = ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                "SGVsbG8s!!IHdvcmxk*\n===\nc29tZQ\n")
    elif what == "bad-date":
        sub("Date:", rng.choice(["Date: 2023-05-01 12:00:00", "Date: yesterday",
                                 "Date: Mon, 32 Foo 2023 25:61:61 +9999", "Date:"]))
    elif what == "bad-addresses":
        sub("From:", "From: \"Unbalanced <broken@@example..com>")
        sub("To:", "To: undisclosed-recipients:;, <>, @nodomain, plain-word")
    hdr.append(f"X-Mailgen-Malformed: {what}")
    return hdr, body


def to_bytes(text):
    """UTF-8, except runs between \\x00B and \\x00, which are raw bytes."""
    if "\x00B" not in text:
        return text.encode("utf-8")
    out = bytearray()
    for i, piece in enumerate(text.split("\x00")):
        if i % 2:
            out += piece[1:].encode("latin-1")    # drop the "B" marker
        else:
            out += piece.encode("utf-8")
    return bytes(out)


def make_message(rng, p, seq, t, threads, server_safe=False):
    """One message: (bytes with LF line ends, Maildir flag letters)."""
    b = Builder(rng, p, seq)
    subj = rng.choice(p.subjects).replace("{n}", str(seq % 997))
    msgid = f"<{seq}.{rng.getrandbits(40):010x}@mailgen.example>"
    hdr = [f"Return-Path: <bounce{seq % 50}@example.com>",
           f"Received: from mx{seq % 7}.example.com (mx.example.com [192.0.2.{seq % 250}])\n"
           f"\tby mail.test with ESMTPS id {seq:x}; {rfc5322_date(t, 0)}"]
    parent = None
    if threads and rng.random() < .35:
        parent = rng.choice(threads)        # (msgid, references, subject)
        subj = ("Re: " if rng.random() < .85 else "Fwd: ") + parent[2].removeprefix("Re: ")
    hdr.append(f"From: {rng.choice(p.people)}")
    hdr.append("To: " + ",\n ".join(rng.choice(p.people) for _ in range(rng.choices([1, 2, 4], [7, 2, 1])[0])))
    if rng.random() < .25:
        hdr.append(f"Cc: {rng.choice(p.people)},\n {rng.choice(p.people)}")
    hdr.append(f"Subject: {subj}")
    hdr.append(f"Date: {rfc5322_date(t - rng.randint(5, 900), rng.choice([0, 60, 120, -300, 540, 180, 330]))}")
    hdr.append(f"Message-ID: {msgid}")
    refs = ""
    if parent:
        refs = (parent[1] + " " + parent[0]).strip().split(" ")[-10:]
        refs = " ".join(refs)
        hdr.append(f"In-Reply-To: {parent[0]}")
        hdr.append("References: " + refs.replace(" ", "\n "))
    if rng.random() < .1:
        hdr.append("List-Id: Qt interest <interest.qt-project.org>")
        hdr.append("List-Unsubscribe: <mailto:unsub@example.org>")
    hdr.append("MIME-Version: 1.0")
    body = b.body(rng.choices(KINDS, KIND_WEIGHTS)[0])
    if rng.random() < MALFORMED_RATE:
        kinds = [k for k in MALFORMED if not (server_safe and k in SERVER_UNSAFE)]
        hdr, body = malform(rng.choice(kinds), hdr, body, rng, seq)
    threads.append((msgid, refs, subj))
    if len(threads) > 100:
        del threads[:50]
    data = to_bytes("\n".join(hdr) + "\n" + body)
    flags = ""
    if rng.random() < .04:
        flags += "D"
    if rng.random() < .06:
        flags += "F"
    if rng.random() < .12:
        flags += "R"
    if rng.random() < .75:
        flags += "S"
    return data, flags


def messages(seed, start, count, total, end=DEFAULT_END, years=3.0, server_safe=False):
    """Yields (seq, data, flags, received_time) for seq in [start, start+count).
    Message seq depends only on (seed, seq, total, end, years)."""
    p = pools()
    span = years * 365 * 86400
    seq = start
    stop = start + count
    while seq < stop:
        block = seq // BLOCK
        rng = random.Random(f"{seed}/{block}")
        threads = []
        # replay the block from its start so a message never depends on where
        # a job boundary fell (cheap: jobs start on block boundaries anyway)
        for s in range(block * BLOCK, min((block + 1) * BLOCK, stop)):
            t = int(end - span + span * s / max(total, 1))
            data, flags = make_message(rng, p, s, t, threads, server_safe)
            if s >= seq:
                yield s, data, flags, t
        seq = min((block + 1) * BLOCK, stop)


def write_range(args):
    (out, mode, seed, start, count, total, end, years, new_count, owner, safe) = args
    n = nbytes = 0
    for seq, data, flags, t in messages(seed, start, count, total, end, years, safe):
        if mode == "eml":
            data = data.replace(b"\n", b"\r\n")
            path = os.path.join(out, f"{seq:07d}.eml")
        else:
            vsize = len(data) + data.count(b"\n")      # size with CRLF line ends
            base = f"{t}.Q{seed}_{seq}.mailgen,S={len(data)},W={vsize}"
            path = (os.path.join(out, "new", base) if seq >= total - new_count
                    else os.path.join(out, "cur", base + ":2," + flags))
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data)
            os.utime(fd, (t, t))
            if owner:
                os.fchown(fd, *owner)
        finally:
            os.close(fd)
        n += 1
        nbytes += len(data)
    return n, nbytes


def mutf7(name):
    """Unicode mailbox name -> IMAP modified UTF-7 (RFC 3501 5.1.3)."""
    out, buf = [], []

    def flush():
        if buf:
            b = "".join(buf).encode("utf-16-be")
            out.append("&" + base64.b64encode(b).decode().rstrip("=").replace("/", ",") + "-")
            buf.clear()
    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            buf.append(ch)
    flush()
    return "".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", help="Maildir folder (cur/ new/ tmp/), or the .eml directory with --eml-out")
    ap.add_argument("count", type=int)
    ap.add_argument("--eml-out", action="store_true", help="write NNNNNNN.eml files (CRLF) instead of Maildir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--first", type=int, default=0, help="first sequence number (to add to a folder)")
    ap.add_argument("--new-count", type=int, default=10, help="newest N go to new/ (unseen, \\Recent)")
    ap.add_argument("--years", type=float, default=3.0, help="received dates spread over this many years")
    ap.add_argument("--end", type=int, default=DEFAULT_END, help="newest received time, epoch seconds")
    ap.add_argument("--owner", help="UID:GID to chown the files and directories to (root only)")
    ap.add_argument("--server-safe", action="store_true",
                    help="no malformations that servers refuse at APPEND")
    ap.add_argument("--subfolders", default="",
                    help="newline-separated Unicode names, '/' separated: also fill the Maildir++ folders "
                         "FOLDER/.<modified UTF-7, '/' -> '.'> with --subfolder-count messages each")
    ap.add_argument("--subfolder-count", type=int, default=20)
    a = ap.parse_args()
    t0 = time.time()
    n, b, jobs = generate(a, a.folder, a.count, a.seed, a.new_count)
    for i, name in enumerate(x for x in a.subfolders.split("\n") if x):
        path = os.path.join(a.folder, "." + mutf7(name).replace("/", "."))
        n2, b2, _ = generate(a, path, a.subfolder_count, a.seed * 100 + i + 1, 2, first=0)
        n, b = n + n2, b + b2
    dt = time.time() - t0
    print(f"genmail: {n} messages, {b / 1e6:.1f} MB in {dt:.1f}s ({n / max(dt, 1e-9):.0f} msg/s, {jobs} jobs)"
          f" -> {a.folder}", file=sys.stderr)


def generate(a, folder, count, seed, new_count, first=None):
    first = a.first if first is None else first

    owner = tuple(int(x) for x in a.owner.split(":")) if a.owner else None
    dirs = [""] if a.eml_out else ["", "cur", "new", "tmp"]
    for d in dirs:
        path = os.path.join(folder, d)
        os.makedirs(path, exist_ok=True)
        if owner:
            os.chown(path, *owner)
    total = first + count
    # whole blocks per task, several tasks per job for balance
    nblocks = -(-count // BLOCK)
    jobs = max(1, min(a.jobs, nblocks))
    per = max(1, -(-nblocks // (jobs * 4)))
    tasks = []
    s = first
    while s < total:
        e = min(((s // BLOCK) + per) * BLOCK, total)
        tasks.append((folder, "eml" if a.eml_out else "maildir", seed, s, e - s, total, a.end, a.years,
                      min(new_count, count), owner, a.server_safe))
        s = e
    if jobs == 1:
        results = [write_range(t) for t in tasks]
    else:
        with Pool(jobs) as pool:
            results = pool.map(write_range, tasks, chunksize=1)
    return sum(r[0] for r in results), sum(r[1] for r in results), jobs


if __name__ == "__main__":
    main()
