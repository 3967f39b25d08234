#!/usr/bin/env bash
# The install test: `cmake --install` into a temporary prefix, then the installed programs run
# from there with no environment pointing into the build tree — the CLI must find its plugin
# host and the simulated vendor relative to its own location. Then CPack builds the .deb and
# dpkg-deb lists what a user would expect in it. Usage: tst_install.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" > "$work/install.log"
for f in bin/consentdesk bin/consentdesk-cli lib/consentdesk/consentdesk-plugin-host \
         lib/consentdesk/plugins/libsimvendor.so share/applications/consentdesk.desktop \
         share/icons/hicolor/scalable/apps/consentdesk.svg share/metainfo/org.consentdesk.ConsentDesk.metainfo.xml \
         lib/systemd/system/consentdesk-jobs.service lib/systemd/system/consentdesk-jobs.timer; do
  [ -e "$prefix/$f" ] || fail "not installed: $f"
done
echo "ok: installed files present"

# A clean environment: no plugin path, a fresh home, nothing from the build tree. Only the
# sanitizers' options pass (tools/test-sanitizers.sh --all): their reports go to its directory.
sanitizer_env=()
for v in ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS; do
  if [ -n "${!v:-}" ]; then sanitizer_env+=("$v=${!v}"); fi
done
run() { env -i HOME="$work/home" PATH=/usr/bin:/bin LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "${sanitizer_env[@]}" "$@"; }
mkdir -p "$work/home"
db=$work/home/demo.cdb
run "$prefix/bin/consentdesk-cli" --db "$db" demo --subjects 20 > "$work/demo.out" || fail "installed demo: $(cat "$work/demo.out")"
echo "ok: installed CLI created a demo store"
printf 'officer-demo-2026\n' > "$work/pass"
chmod 600 "$work/pass"
run "$prefix/bin/consentdesk-cli" --db "$db" --user officer --passphrase-file "$work/pass" consent list > "$work/list.out" \
  || fail "installed consent list: $(cat "$work/list.out")"
grep -q . "$work/list.out" || fail "consent list printed nothing"
run "$prefix/bin/consentdesk-cli" --db "$db" --user officer --passphrase-file "$work/pass" --json plugins check > "$work/check.json" \
  || fail "installed plugins check: $(cat "$work/check.json")"
grep -q '"vendor": *"simvendor"' "$work/check.json" || fail "simvendor not found: $(cat "$work/check.json")"
grep -q "$prefix/lib/consentdesk/plugins/libsimvendor.so" "$work/check.json" || fail "plugin not from the prefix: $(cat "$work/check.json")"
grep -q '"ok": *true' "$work/check.json" || fail "simvendor not ready: $(cat "$work/check.json")"
echo "ok: installed CLI started the installed plugin host with the installed simulated vendor"

if command -v dpkg-deb > /dev/null && command -v dpkg-shlibdeps > /dev/null; then
  (cd "$build" && cpack -G DEB -B "$work/pkg" > "$work/cpack.log") || fail "cpack: $(cat "$work/cpack.log")"
  deb=$(ls "$work"/pkg/consentdesk_*.deb)
  dpkg-deb -c "$deb" > "$work/contents"
  for f in ./usr/bin/consentdesk ./usr/bin/consentdesk-cli ./usr/lib/consentdesk/consentdesk-plugin-host \
           ./usr/lib/consentdesk/plugins/libsimvendor.so ./usr/share/applications/consentdesk.desktop \
           ./usr/share/metainfo/org.consentdesk.ConsentDesk.metainfo.xml ./usr/lib/systemd/system/consentdesk-jobs.timer; do
    grep -q " $f\$" "$work/contents" || fail ".deb lacks $f"
  done
  depends=$(dpkg-deb -f "$deb" Depends)
  for d in libsqlcipher0 libsodium23 libqt6widgets6 libqt6charts6; do
    grep -q "$d" <<< "$depends" || fail ".deb does not depend on $d: $depends"
  done
  echo "ok: $(basename "$deb") lists every program, the plugin, the launcher and the units; Depends: $depends"
else
  echo "skip: dpkg-deb/dpkg-shlibdeps not installed, no .deb built"
fi
echo "1 passed, 0 failed"
