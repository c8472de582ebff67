#!/usr/bin/env bash
# Installs what building and testing the Trainer Kit needs on Debian or
# Ubuntu: a C compiler and the X11/OpenGL headers for Fyne (cgo), poppler-utils
# to read PDFs back in tests, Xvfb for a real window without a screen, and
# staticcheck; for the Windows build (make windows, make package-windows) the
# MinGW-w64 cross-compiler, NSIS and zip. Go itself must already be installed
# (go.dev/doc/install).
#
# --wine also installs what scripts/windows-wine-test.sh needs (make
# windows-wine-test): Wine, xdotool, ImageMagick and the locale sources.
# --measure also installs what scripts/measure-reader.sh needs: xdotool,
# xwininfo, ImageMagick and the XShm and XTest headers for its screen watcher.
set -euo pipefail

pkgs=(gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev
  libxinerama-dev libxi-dev libxxf86vm-dev poppler-utils xvfb
  gcc-mingw-w64-x86-64 nsis zip)
if [ "${1:-}" = "--wine" ]; then
  pkgs+=(wine wine64 xdotool imagemagick locales file)
fi
# scripts/measure-reader.sh and present-perf.sh (the real window's timings).
if [ "${1:-}" = "--measure" ]; then
  pkgs+=(xdotool x11-utils imagemagick libxext-dev libxtst-dev)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v go >/dev/null; then
  if [ -x /usr/local/go/bin/go ]; then
    export PATH="/usr/local/go/bin:$PATH"
  else
    echo "Go is not installed: see https://go.dev/doc/install" >&2
    exit 1
  fi
fi
gobin="$(go env GOPATH)/bin"
if [ ! -x "$gobin/staticcheck" ]; then
  go install honnef.co/go/tools/cmd/staticcheck@v0.8.2
fi
