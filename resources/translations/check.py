#!/usr/bin/env python3
"""Fails when a shipped language is not complete: runs lupdate over the sources into a
temporary copy of each .ts file (the committed files are left alone) and reports every
sentence that is new (unfinished), gone from the sources (vanished, obsolete), or whose
translation lost or gained a placeholder (%1, %n, %L1).

English is the source language: its file needs only its plural forms.

usage: check.py LUPDATE [LUPDATE_OPTIONS...] --ts FILE.ts... --sources FILE...
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:\d+|n)|\{\w+\}")  # Qt's, and the phone page's {name}


def split_args(argv):
    ts_at, src_at = argv.index("--ts"), argv.index("--sources")
    return argv[1], argv[2:ts_at], argv[ts_at + 1:src_at], argv[src_at + 1:]


def problems_in(path, english):
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type")
            numerus = message.get("numerus") == "yes"
            where = f"{os.path.basename(path)}: {name}: {source!r}"
            if kind in ("vanished", "obsolete"):
                found.append(f"{where}: no longer in the sources ({kind})")
                continue
            if english and not numerus:
                continue
            texts = [f.text or "" for f in translation.findall("numerusform")] if numerus else [translation.text or ""]
            if kind == "unfinished" or not all(texts):
                found.append(f"{where}: not translated")
                continue
            want = sorted(set(PLACEHOLDER.findall(source)))
            for text in texts:
                have = sorted(set(PLACEHOLDER.findall(text)))
                # A plural form may spell the number out ("one drink") and drop %n.
                if [p for p in have if p not in want] or [p for p in want if p not in have and not p.endswith("n")]:
                    found.append(f"{where}: placeholders {have} in {text!r}, the source has {want}")
    return found


def main(argv):
    lupdate, options, ts_files, sources = split_args(argv)
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts in ts_files:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            copies.append(copy)
        run = subprocess.run([lupdate, "-silent", *options, *sources, "-ts", *copies],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr, sep="\n")
            return 1
        for copy in copies:
            problems += problems_in(copy, os.path.basename(copy) == "presso_en.ts")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} sentence(s) to translate or remove: run "
              "`cmake --build build --target update_translations`, then translate them "
              "in resources/translations/ (Qt Linguist, or any editor).")
        return 1
    print(f"{len(ts_files)} languages complete.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
