#!/usr/bin/env bash
# Installs the Debian 12 packages ConsentDesk needs to build, run and test, skipping those
# already installed. Uses sudo when not run as root.
set -euo pipefail

packages=(
  build-essential cmake pkg-config dpkg-dev
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libsqlcipher-dev sqlcipher libsodium-dev libssl-dev zlib1g-dev
  fonts-wqy-microhei
  # used by the tests to check what the console writes with tools it did not write
  binutils poppler-utils openssl xvfb xauth unzip python3
  # the fuzzers (tools/test-fuzz.sh): clang 14 with libFuzzer and the sanitizer runtimes
  clang-14 libclang-rt-14-dev
  # the on-device counting plugin (plugins/edgecount): only the OpenCV modules it uses
  libopencv-objdetect-dev libopencv-videoio-dev libopencv-imgproc-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#packages[@]} packages present"
else
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  echo "deps: installing ${missing[*]}"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The test video of the edgecount plugin (not in the repository): one file out of opencv-doc.
"$(dirname "$0")/fetch-vtest.sh"
