#!/usr/bin/env bash
# make package-windows: from dist/windows/trainerkit.exe (make windows),
#   trainerkit-VERSION-windows-amd64-setup.exe     the installer (NSIS,
#       packaging/windows/installer.nsi): for the user alone, no
#       administrator rights, Start menu and desktop shortcuts, .stkpack
#       files open with the kit, an uninstaller that keeps the data unless
#       asked;
#   trainerkit-VERSION-windows-amd64-portable.zip  the .exe alone, for
#       locked-down office computers and USB keys (a file named "portable"
#       beside it keeps the data in trainerkit-data beside it).
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
WINRES=${WINRES:-"$GO run github.com/tc-hib/go-winres@v0.3.3"}
exe=dist/windows/trainerkit.exe

for tool in makensis zip; do
  if ! command -v "$tool" >/dev/null; then
    echo "package-windows: $tool not found; run ./scripts/setup-debian.sh" >&2
    exit 1
  fi
done
[ -f "$exe" ] || { echo "package-windows: $exe is missing; run make windows" >&2; exit 1; }

toml() { sed -n "s/^$1 *= *\"\{0,1\}\([^\"]*\)\"\{0,1\} *$/\1/p" FyneApp.toml | head -n 1; }
version=${VERSION:-$(toml Version)}
build=$(toml Build)
numeric=$(printf '%s' "$version" | sed 's/[-+].*//')
case "$numeric" in *.*.*) ;; *.*) numeric=$numeric.0 ;; *) numeric=$numeric.0.0 ;; esac
winver=$numeric.${build:-0}
setup=trainerkit-$version-windows-amd64-setup.exe
portable=trainerkit-$version-windows-amd64-portable.zip

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
# The installer shows the icon the .exe carries (make windows put it there).
$WINRES extract --dir "$stage/res" "$exe" >/dev/null
icon=$(ls "$stage"/res/*.ico | head -n 1)

makensis -V2 -INPUTCHARSET UTF8 \
  -DVERSION="$version" -DWINVERSION="$winver" \
  -DEXE="$PWD/$exe" -DICON="$icon" -DOUTFILE="$PWD/$setup" \
  packaging/windows/installer.nsi

rm -f "$portable"
(cd "$(dirname "$exe")" && zip -q -X -9 "$OLDPWD/$portable" trainerkit.exe)

ls -l "$exe" "$setup" "$portable"
