#!/usr/bin/env bash
# Fetches vtest.avi (pedestrians in a square, 768x576, 10 fps, 795 frames) from Debian's
# opencv-doc package for the edgecount plugin's tests, bench and demo, without installing the
# 95 MB package: it is downloaded, the one file extracted, the package deleted.
# Destination: $CONSENTDESK_VIDEO_DIR, else ~/.cache/consentdesk. Never part of the repository.
set -euo pipefail

dest="${CONSENTDESK_VIDEO_DIR:-$HOME/.cache/consentdesk}"
video="$dest/vtest.avi"
if [ -s "$video" ]; then
  echo "fetch-vtest: $video present"
  exit 0
fi
mkdir -p "$dest"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# apt's download user cannot write a private temp dir; it falls back to root with a warning.
(cd "$work" && apt-get download -q opencv-doc 2>&1 | grep -v "^W: Download is performed unsandboxed" || true)
deb="$(ls "$work"/opencv-doc_*.deb 2>/dev/null | head -n1 || true)"
if [ -z "$deb" ]; then
  echo "fetch-vtest: opencv-doc could not be downloaded; the edgecount tests needing the video will skip" >&2
  exit 0
fi
dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$work" ./usr/share/doc/opencv-doc/examples/data/vtest.avi
mv "$work/usr/share/doc/opencv-doc/examples/data/vtest.avi" "$video.part"
mv "$video.part" "$video"
echo "fetch-vtest: $video ($(stat -c %s "$video") bytes)"
