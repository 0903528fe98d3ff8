#!/usr/bin/env python3
"""End-to-end check of `quire-cli parse`: known responses decode to the
documented JSON (a 100,000-deep THREAD chain included), and 1 MB of seeded random bytes (generated here, so nothing
binary is checked in) neither crashes nor hangs it, and it exits 0."""
import json
import random
import subprocess
import sys
import tempfile

cli = sys.argv[1]

SAMPLE = (b"* OK [CAPABILITY IMAP4rev1 IDLE] ready\r\n"
          b"* 3 FETCH (UID 7 FLAGS (\\Seen) BODY[] {5}\r\nhello)\r\n"
          b"* 1 FETCH (UID x)\r\n"
          b"a1 OK done\r\n")


def run(data):
    result = subprocess.run([cli, "parse"], input=data, capture_output=True, timeout=120)
    if result.returncode != 0:
        sys.exit(f"quire-cli parse exited {result.returncode}: {result.stderr.decode(errors='replace')}")
    lines = result.stdout.decode("utf-8").splitlines()
    return [json.loads(line) for line in lines]


objects = run(SAMPLE)
assert [o["type"] for o in objects] == ["untagged", "fetch", "error", "tagged"], objects
assert objects[0]["code"]["list"] == ["IMAP4rev1", "IDLE"], objects[0]
assert objects[1]["uid"] == 7 and objects[1]["sections"][0]["data"] == "hello", objects[1]
assert objects[2]["offset"] == len(SAMPLE.split(b"* 1 FETCH")[0]) + 15, objects[2]
assert "error" in objects[2], objects[2]
assert objects[3] == {"type": "tagged", "tag": "a1", "status": "OK", "text": "done"}, objects[3]

# THREAD nodes are {chain, branches}; a chain of any length is one flat array.
deep = b"* THREAD (" + b" ".join(str(i).encode() for i in range(1, 100001)) + b")(2 (3)(4 5))\r\n"
objects = run(deep + b"* THREAD " + b"(" * 300 + b"1" + b")" * 300 + b"\r\n")
assert objects[0]["threads"][0] == {"chain": list(range(1, 100001))}, "deep chain"
assert objects[0]["threads"][1] == {"chain": [2], "branches": [{"chain": [3]}, {"chain": [4, 5]}]}, objects[0]
assert objects[1]["type"] == "error" and "nesting" in objects[1]["error"], objects[1]

rng = random.Random(20240601)
garbage = bytes(rng.getrandbits(8) for _ in range(1 << 20))
# Random bytes with IMAP-ish structure too, so literals and lists get exercised.
pieces = [b"* 1 FETCH (", b"{5}\r\n", b"(", b")", b"\r\n", b" NIL ", b"\"x\" ", b"BODY[] ", b"~{3}\r\n", b"* OK [", b"]"]
structured = b"".join(rng.choice(pieces) for _ in range(100000))
for data in (garbage, structured, garbage + SAMPLE):
    objects = run(data)
    assert all("type" in o for o in objects)
print("ok")
