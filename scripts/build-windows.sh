#!/usr/bin/env bash
# make windows: cross-builds dist/windows/trainerkit.exe on Debian with
# mingw-w64 (cgo, for Fyne's GLFW driver), as a GUI program (-H windowsgui:
# no console window; the command line still prints, see
# cmd/trainerkit/console_windows.go), with -tags release.
#
# The .exe carries the resources `fyne package -os windows` would give it,
# made by hand so that they can say more: the icon (assets/icon.png at 256,
# 64, 48, 32 and 16 px), version information (the Details tab of the file's
# properties) and a manifest (per-monitor DPI awareness, common controls 6,
# long paths past 260 characters, Windows 10 or later, no elevation). Name,
# version, build and description come from FyneApp.toml. go-winres (from the
# Go module proxy) writes them into a .syso that go build links in; the .syso
# is removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
CC_WINDOWS=${CC_WINDOWS:-x86_64-w64-mingw32-gcc}
WINRES=${WINRES:-"$GO run github.com/tc-hib/go-winres@v0.3.3"}
out=dist/windows/trainerkit.exe

if ! command -v "$CC_WINDOWS" >/dev/null; then
  echo "build-windows: $CC_WINDOWS not found; run ./scripts/setup-debian.sh (it installs gcc-mingw-w64-x86-64)" >&2
  exit 1
fi

# toml KEY: the first `KEY = "value"` (or `KEY = 1`) of FyneApp.toml.
toml() { sed -n "s/^$1 *= *\"\{0,1\}\([^\"]*\)\"\{0,1\} *$/\1/p" FyneApp.toml | head -n 1; }
# json STRING: STRING as a JSON string body.
json() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
name=$(toml Name)
version=${VERSION:-$(toml Version)}
build=$(toml Build)
comment=$(toml Comment)
# Windows versions are four numbers: 0.1.0 build 1 is 0.1.0.1.
numeric=$(printf '%s' "$version" | sed 's/[-+].*//')
case "$numeric" in *.*.*) ;; *.*) numeric=$numeric.0 ;; *) numeric=$numeric.0.0 ;; esac
winver=$numeric.${build:-0}

stage=$(mktemp -d)
syso=cmd/trainerkit/rsrc_windows_amd64.syso
trap 'rm -rf "$stage"; rm -f "$syso"' EXIT
cp assets/icon.png "$stage/icon.png"
cat > "$stage/winres.json" <<JSON
{
  "RT_GROUP_ICON": {"APP": {"0000": "icon.png"}},
  "RT_MANIFEST": {
    "#1": {
      "0409": {
        "description": "$(json "$name")",
        "minimum-os": "win10",
        "execution-level": "as invoker",
        "dpi-awareness": "per monitor v2",
        "long-path-aware": true,
        "use-common-controls-v6": true
      }
    }
  },
  "RT_VERSION": {
    "#1": {
      "0000": {
        "fixed": {"file_version": "$winver", "product_version": "$winver"},
        "info": {
          "0409": {
            "Comments": "$(json "$comment")",
            "FileDescription": "$(json "$name")",
            "FileVersion": "$(json "$version")",
            "InternalName": "trainerkit",
            "OriginalFilename": "trainerkit.exe",
            "ProductName": "$(json "$name")",
            "ProductVersion": "$(json "$version")"
          }
        }
      }
    }
  }
}
JSON
$WINRES make --in "$stage/winres.json" --arch amd64 --out cmd/trainerkit/rsrc

mkdir -p "$(dirname "$out")"
CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC="$CC_WINDOWS" \
  $GO build -tags release,no_emoji,no_animations -trimpath \
  -ldflags "-s -w -H windowsgui -X main.version=$version" \
  -o "$out" ./cmd/trainerkit
ls -l "$out"
