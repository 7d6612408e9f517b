#!/usr/bin/env python3
"""Writes presso's pseudo-locale: every source sentence of a .ts file, accented and about
40 % longer, in brackets, with its placeholders (%1, %n, %L1) and line breaks kept.

usage: pseudo.py SOURCE.ts OUT.ts
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

ACCENTS = str.maketrans(
    "aceinousyzACEINOUSYZ",
    "àçéîñöûšýžÀÇÉÎÑÖÛŠÝŽ",
)
# Placeholders and escapes stay as they are; everything between them is accented.
TOKEN = re.compile(r"(%L?\d+|%L?n|\n|&[a-z]+;)")


def pseudo(text: str) -> str:
    parts = TOKEN.split(text)
    out = "".join(p if TOKEN.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    letters = sum(1 for c in text if c.isalpha())
    pad = "~" * max(1, round(letters * 0.4))
    # The padding goes at the end of the first line, so a two-line label grows too.
    first, sep, rest = out.partition("\n")
    return "[" + first + pad + "]" + sep + rest if sep else "[" + out + pad + "]"


def main() -> int:
    source, target = sys.argv[1], sys.argv[2]
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en_US")
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            for _ in range(2):  # English: one, other
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
    os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
