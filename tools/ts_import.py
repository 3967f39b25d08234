#!/usr/bin/env python3
"""Apply translations (JSON lines from ts_export.py with a "translation" field) to a .ts file.

Only messages still unfinished are filled; a placeholder (%1, %n, &) missing from a
translation is reported and the message is left unfinished.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def placeholders(text):
    return sorted(set(re.findall(r"%(?:\d+|n)", text)))


def main(ts_path, *json_paths):
    done = {}
    for path in json_paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    rec = json.loads(line)
                    if rec.get("translation"):
                        done[rec["key"]] = rec["translation"]
    tree = ET.parse(ts_path)
    filled = problems = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            key = f"{name}\u241f{msg.findtext('source')}\u241f{msg.findtext('comment') or ''}"
            if key not in done:
                continue
            value = done[key]
            forms = value if isinstance(value, list) else [value]
            source = msg.findtext("source")
            if any(placeholders(f) != placeholders(source) for f in forms):
                print(f"placeholders differ, left unfinished: {name}: {source!r}", file=sys.stderr)
                problems += 1
                continue
            for child in list(tr):
                tr.remove(child)
            if msg.get("numerus") == "yes":
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = forms[0]
            del tr.attrib["type"]
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # lupdate writes a DOCTYPE line; keep the file in the shape lupdate expects.
    with open(ts_path, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        with open(ts_path, "w", encoding="utf-8") as f:
            f.write(text)
    print(f"filled {filled}, problems {problems}")


if __name__ == "__main__":
    main(*sys.argv[1:])
