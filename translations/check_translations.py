#!/usr/bin/env python3
"""Checks on Quire's Qt Linguist files, run by ctest (see translations/CMakeLists.txt).

  check_translations.py lint TS...
      Every file is well-formed XML with a <TS language=...> root; every finished
      translation keeps the source's placeholders (%1, %L1, %n, %Ln) and its
      keyboard mnemonic (&); plural messages have as many forms as the language has.

  check_translations.py current --lupdate PATH --sources LIST --shipped TS... [--plurals-only TS...]
      Runs lupdate over the sources into temporary copies of the files (the
      originals are not touched) and fails when a shipped language has an
      unfinished entry (a new string nobody translated) or a vanished one (a
      string the code no longer has). --plurals-only files (quire_en.ts) are
      updated with -pluralonly and only their plural messages must be finished.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
# Qt's plural form counts for the languages we ship (QLocale's numerus rules).
PLURAL_FORMS = {"en": 2, "de": 2, "ru": 3, "pseudo": 2}


def language_of(root):
    lang = root.get("language", "")
    return lang.split("_")[0]


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            yield name, message


def describe(context, message):
    source = message.findtext("source", default="")
    comment = message.findtext("comment")
    where = f"{context}: \"{source}\""
    return where + (f" ({comment})" if comment else "")


def mnemonic(text):
    # '&&' is a literal ampersand; '& ' and a trailing '&' are not mnemonics either.
    stripped = text.replace("&&", "")
    return re.search(r"&[^&\s;]", stripped) is not None and not re.search(r"&[a-z]+;", stripped)


def translation_forms(message):
    translation = message.find("translation")
    if translation is None:
        return None, []
    if message.get("numerus") == "yes":
        return translation, [f.text or "" for f in translation.findall("numerusform")]
    return translation, [translation.text or ""]


def lint_file(path):
    problems = []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        return [f"{path}: not well-formed XML: {error}"]
    if root.tag != "TS":
        return [f"{path}: root element is <{root.tag}>, not <TS>"]
    lang = language_of(root)
    if not lang:
        return [f"{path}: <TS> has no language attribute"]
    if lang not in PLURAL_FORMS:
        problems.append(f"{path}: unknown language '{lang}': add its plural form count to {__file__}")
    for context, message in messages(root):
        source = message.findtext("source", default="")
        translation, forms = translation_forms(message)
        if translation is None:
            problems.append(f"{path}: {describe(context, message)} has no <translation>")
            continue
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue  # judged by the 'current' check, not here
        if message.get("numerus") == "yes":
            want = PLURAL_FORMS.get(lang)
            if want and len(forms) != want:
                problems.append(
                    f"{path}: {describe(context, message)} has {len(forms)} plural forms, {lang} needs {want}")
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            if not form.strip():
                problems.append(f"{path}: {describe(context, message)} has an empty translation")
                continue
            got = sorted(set(PLACEHOLDER.findall(form)))
            if got != wanted:
                problems.append(f"{path}: {describe(context, message)}: placeholders {wanted} in the source "
                                f"but {got} in \"{form}\"")
            if mnemonic(source) != mnemonic(form):
                problems.append(f"{path}: {describe(context, message)}: the source "
                                f"{'has' if mnemonic(source) else 'has no'} & mnemonic but \"{form}\" "
                                f"{'has none' if mnemonic(source) else 'has one'}")
    return problems


def run_lupdate(lupdate, sources, ts, extra):
    command = [lupdate, "-silent", "-locations", "none", *extra, f"@{sources}", "-ts", ts]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"lupdate failed ({result.returncode}): {' '.join(command)}\n{result.stdout}{result.stderr}")


def stale_entries(path, plurals_only):
    root = ET.parse(path).getroot()
    found = []
    for context, message in messages(root):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            found.append(f"vanished: {describe(context, message)}")
        elif kind == "unfinished" and (not plurals_only or message.get("numerus") == "yes"):
            found.append(f"unfinished: {describe(context, message)}")
    return found


def check_current(args):
    problems = []
    with tempfile.TemporaryDirectory(prefix="quire-ts-") as scratch:
        for path, plurals_only in [(p, False) for p in args.shipped] + [(p, True) for p in args.plurals_only]:
            copy = os.path.join(scratch, os.path.basename(path))
            shutil.copyfile(path, copy)
            run_lupdate(args.lupdate, args.sources, copy, ["-pluralonly"] if plurals_only else [])
            problems += [f"{os.path.basename(path)}: {entry}" for entry in stale_entries(copy, plurals_only)]
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    lint = sub.add_parser("lint")
    lint.add_argument("ts", nargs="+")
    current = sub.add_parser("current")
    current.add_argument("--lupdate", required=True)
    current.add_argument("--sources", required=True, help="a file listing the sources, one per line")
    current.add_argument("--shipped", nargs="+", required=True)
    current.add_argument("--plurals-only", nargs="*", default=[])
    args = parser.parse_args()

    if args.command == "lint":
        problems = [p for path in args.ts for p in lint_file(path)]
    else:
        problems = check_current(args)
    for problem in problems:
        print(problem)
    if problems:
        hint = ("Run the update target (cmake --build build --target update_translations), translate what it marks "
                "unfinished, and see docs/TRANSLATING.md.")
        print(f"\n{len(problems)} problem(s). {hint if args.command == 'current' else ''}")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
