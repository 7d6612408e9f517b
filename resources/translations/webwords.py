#!/usr/bin/env python3
"""The phone page's words in the same .ts files as the screens' (context "web"), so a
translator has one place for every sentence.

  webwords.py extract strings.js OUT.cpp
      writes the English table of resources/web/strings.js as QT_TRANSLATE_NOOP lines
      that lupdate reads (it cannot parse JavaScript modules);
  webwords.py table OUT.js presso_de.ts presso_es.ts ...
      writes the page's translations as a JavaScript module: for each language, the
      English sentence to its translation (finished ones only).
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

CONTEXT = "web"
ENTRY = re.compile(r"^\s+(\w+):\s*'((?:[^'\\]|\\.)*)',?\s*$")


def english(strings_js):
    table, inside = {}, False
    with open(strings_js, encoding="utf-8") as f:
        for line in f:
            if line.startswith("const en = {"):
                inside = True
            elif inside and line.startswith("};"):
                break
            elif inside and (m := ENTRY.match(line)):
                table[m.group(1)] = m.group(2).replace("\\'", "'")
    return table


def write_if_changed(path, text):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    if os.path.exists(path) and open(path, encoding="utf-8").read() == text:
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def extract(strings_js, out):
    lines = ["// Made by webwords.py from resources/web/strings.js for lupdate: do not edit.\n"]
    for key, text in english(strings_js).items():
        if key == "appName":
            continue  # the brand, never translated
        escaped = text.replace("\\", "\\\\").replace('"', '\\"')
        lines.append(f'QT_TRANSLATE_NOOP("{CONTEXT}", "{escaped}"); // {key}\n')
    write_if_changed(out, "".join(lines))


def table(out, ts_files):
    languages = {}
    for ts in ts_files:
        root = ET.parse(ts).getroot()
        words = {}
        for context in root.iter("context"):
            if context.findtext("name") != CONTEXT:
                continue
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation.get("type") in ("unfinished", "vanished", "obsolete") or not translation.text:
                    continue
                words[message.findtext("source")] = translation.text
        if words:
            languages[root.get("language")] = words
    text = ("// Made by webwords.py from resources/translations at build time: do not edit.\n"
            "export default " + json.dumps(languages, ensure_ascii=False, indent=1, sort_keys=True) + ";\n")
    write_if_changed(out, text)


if __name__ == "__main__":
    if sys.argv[1] == "extract":
        extract(sys.argv[2], sys.argv[3])
    else:
        table(sys.argv[2], sys.argv[3:])
