#!/usr/bin/env bash
# Usage: tst_translations.sh LUPDATE TS_FILE SOURCE_LIST
# Fails when a user-visible string in the sources has no zh_CN translation.
set -euo pipefail
lupdate=$1 ts=$2 list=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ts" "$work/check.ts"
"$lupdate" -silent -no-obsolete -locations none "@$list" -ts "$work/check.ts" > "$work/lupdate.log" 2>&1 \
  || { cat "$work/lupdate.log"; exit 1; }
python3 - "$work/check.ts" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
total = missing = 0
for ctx in root.iter("context"):
    name = ctx.findtext("name")
    for msg in ctx.iter("message"):
        total += 1
        tr = msg.find("translation")
        forms = [f.text for f in tr.findall("numerusform")] if msg.get("numerus") == "yes" else [tr.text]
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(f and f.strip() for f in forms):
            missing += 1
            if missing <= 40:
                print(f"untranslated: {name}: {msg.findtext('source')!r}")
print(f"zh_CN: {total - missing} of {total} messages translated")
print(f"{1 if missing == 0 else 0} passed, {0 if missing == 0 else 1} failed")
sys.exit(1 if missing else 0)
PY
