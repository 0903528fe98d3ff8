#!/usr/bin/env python3
"""Writes the pseudo-locale: every string of a freshly lupdated .ts, accented,
widened by about 40% and wrapped in ⟦ ⟧, so that a run of Quire with it shows
truncated labels (the closing ⟧ is cut off) and strings that escaped tr() (no
brackets at all). Placeholders (%1, %Ln), mnemonics (&x), HTML tags and entities
are kept as they are so that the result still works.

  pseudo_translate.py IN.ts OUT.ts
"""
import re
import sys
import xml.etree.ElementTree as ET

ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûʋŵ×ýžÀßÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṾŴ×ÝŽ")
# Runs that must stay untouched: placeholders, mnemonics, tags, entities.
PROTECTED = re.compile(r"%L?(?:\d{1,2}|n)|&&|&[a-zA-Z#0-9]+;|&[^\s&]|<[^>]*>")
OPEN, CLOSE, PAD = "⟦", "⟧", "·"
WIDEN = 0.4


def pseudo(text):
    if not text:
        return text
    out, visible, last = [], 0, 0
    for match in PROTECTED.finditer(text):
        chunk = text[last:match.start()]
        out.append(chunk.translate(ACCENTED))
        visible += len(chunk)
        out.append(match.group(0))
        if match.group(0).startswith("&") and not match.group(0).endswith(";"):
            visible += len(match.group(0)) - 1  # the mnemonic's letter shows
        last = match.end()
    chunk = text[last:]
    out.append(chunk.translate(ACCENTED))
    visible += len(chunk)
    body = "".join(out)
    # The brackets count towards the 40%; a line break keeps the padding on the first line.
    padding = PAD * max(0, round(visible * WIDEN) - 2)
    first, newline, rest = body.partition("\n")
    return OPEN + first + padding + newline + rest + CLOSE


def main():
    source, target = sys.argv[1], sys.argv[2]
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en")  # two plural forms, as English
    for message in root.iter("message"):
        text = message.findtext("source", default="")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
    tree.write(target, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main()
