#!/usr/bin/env python3
"""Export the unfinished messages of a Qt .ts file as JSON lines for translating.

Each line: {"key": ..., "context": ..., "source": ..., "comment": ..., "numerus": bool}.
A translator adds "translation" (a string, or a list of forms when numerus) and the lines are
applied with ts_import.py. Used with `cmake --build build --target update_translations`.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main(ts_path, out_path):
    tree = ET.parse(ts_path)
    n = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") not in ("unfinished",):
                    continue
                rec = {
                    "key": f"{name}\u241f{msg.findtext('source')}\u241f{msg.findtext('comment') or ''}",
                    "context": name,
                    "source": msg.findtext("source"),
                    "comment": msg.findtext("comment") or "",
                    "numerus": msg.get("numerus") == "yes",
                }
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print(f"exported {n} unfinished messages to {out_path}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
