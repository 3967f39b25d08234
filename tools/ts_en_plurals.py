#!/usr/bin/env python3
"""Fill the English plural forms of consentdesk_en.ts.

English is the source language, so only %n messages need an English "translation": the
singular and plural forms. "(s)" becomes "" / "s"; "N days" / "N characters" get a singular.
Other messages stay unfinished and are left out of the compiled .qm (the source text is used).
"""
import re
import sys
import xml.etree.ElementTree as ET

SINGULAR_FIXES = [
    (r"%n days\b", "%n day"),
    (r"%n characters\b", "%n character"),
    (r"\bstill recognise\b", "still recognises"),
    (r"\bnow need\b", "now needs"),
    (r"\bneed renewal\b", "needs renewal"),
]


def forms(source):
    singular = source.replace("(s)", "")
    plural = source.replace("(s)", "s")
    for pattern, repl in SINGULAR_FIXES:
        singular = re.sub(pattern, repl, singular)
    return [singular, plural]


def main(ts_path):
    tree = ET.parse(ts_path)
    n = 0
    for msg in tree.getroot().iter("message"):
        if msg.get("numerus") != "yes":
            continue
        tr = msg.find("translation")
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for form in forms(msg.findtext("source")):
            ET.SubElement(tr, "numerusform").text = form
        tr.attrib.pop("type", None)
        n += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        with open(ts_path, "w", encoding="utf-8") as f:
            f.write(text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1))
    print(f"English plural forms: {n}")


if __name__ == "__main__":
    main(sys.argv[1])
