#!/usr/bin/env bash
# make windows-wine-test: runs the Windows build under Wine, in a new
# temporary Wine prefix (a fresh "Windows" in French, with the wine-prng
# bcryptprimitives.dll Go 1.24+ programs need under Debian's Wine 8), and
# checks what Windows does differently:
#   - the command line: validate, session new, participants import of a
#     Windows-1252 CSV with CRLF line ends (file names with accents),
#     participants list, export handout (a drive-letter path with accents,
#     and one longer than 260 characters);
#   - the data folder under %APPDATA%\trainerkit, and the portable mode (a
#     file named portable beside the .exe);
#   - the window under Xvfb, in Wine's virtual desktop: screenshots of the
#     reader and of the sessions view (xdotool clicks), saved to
#     docs/screenshots/windows-*.png; while it is open, the file lock turns
#     away a second kit;
#   - the installer: silent per-user install, shortcuts, the .stkpack
#     association (its command opens the kit on the pack's import preview,
#     screenshot), uninstall keeping the data, uninstall /PURGE deleting them;
#   - the Go tests written for Windows paths and errors (storage, ui,
#     course/datafile), cross-compiled and run under Wine.
# Needs: wine, wine64, xvfb, xdotool, imagemagick, poppler-utils, iconv and
# what make package-windows needs. Takes about three minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
exe=$PWD/dist/windows/trainerkit.exe
version=$(sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
setup=$PWD/trainerkit-$version-windows-amd64-setup.exe
shots=$PWD/docs/screenshots
# ../shared beside the project (or beside the worktrees' folder).
shared=${SHARED:-$(cd .. && pwd)/shared}
[ -d "$shared" ] || shared=$(cd ../.. && pwd)/shared
prng=$shared/tools/wine-prng/install.sh

for f in "$exe" "$setup" "$prng"; do
  [ -e "$f" ] || { echo "windows-wine-test: $f is missing (make package-windows; ../shared)" >&2; exit 1; }
done
for tool in wine wineserver xvfb-run xdotool import pdftotext iconv; do
  command -v "$tool" >/dev/null || { echo "windows-wine-test: $tool not found" >&2; exit 1; }
done

work=$(mktemp -d)
# No Mono or Gecko prompts; no menu entries or file types written to the
# Linux desktop (winemenubuilder).
export WINEPREFIX=$work/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
cleanup() {
  wineserver -k 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

checks=0
step() { printf '\n== %s\n' "$*"; }
ok() { checks=$((checks + 1)); printf 'ok: %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
# Wine takes the Windows locale from LC_CTYPE and needs it installed to
# read UTF-8 arguments: a French locale is compiled into the work folder
# (LOCPATH). Without the locale sources, Windows speaks English.
winlocale=C.UTF-8
mkdir -p "$work/locale"
if localedef -i fr_FR -f UTF-8 "$work/locale/fr_FR.UTF-8" >/dev/null 2>&1; then
  winlocale=fr_FR.UTF-8
fi
win() { LOCPATH=$work/locale LC_ALL=$winlocale wine "$@"; }
# kit ARGS: the kit's command line, its output shown with the command.
kit() {
  printf '> trainerkit %s\n' "$*"
  win "$exe" "$@"
}

step "a fresh Windows (Wine $(wine --version | sed 's/^wine-//'), locale $winlocale) with wine-prng"
LOCPATH=$work/locale LC_ALL=$winlocale "$prng" >/dev/null 2>&1
USER=${USER:-$(id -un)}
user_dir=$WINEPREFIX/drive_c/users/$USER
# Wine links Documents, Desktop… to the Linux home folder: made real
# folders of the prefix, so that nothing is written outside it.
for d in "$user_dir"/*; do
  if [ -L "$d" ]; then rm "$d" && mkdir "$d"; fi
done
docs=$user_dir/Documents
appdata=$user_dir/AppData/Roaming
ok "prefix ready"

step "validate"
kit validate
ok "the bundled course validates"

step "session new"
id=$(kit session new --title "Numérique responsable – Café d'Élan" --start 2026-12-07 --days 2 \
  --lang fr --place "Besançon" --trainer "Zoé Lefèvre" --modules 1,4 | tail -n 1 | tr -d '\r')
echo "$id"
[ -f "$appdata/trainerkit/trainerkit.db" ] || fail "no data file in %APPDATA%\\trainerkit"
ok "session $id stored in C:\\users\\$USER\\AppData\\Roaming\\trainerkit\\trainerkit.db"

step "participants import: Windows-1252 CSVs with CRLF, names with accents"
mkdir -p "$docs/Listes reçues"
cp "$shared/samples/participants/fr-semicolon-latin1.csv" "$docs/Listes reçues/Inscrits – Café d'Élan.csv"
# Characters only Windows-1252 has (œ, ’, €), as Excel's "CSV (separator: semicolon)" saves them.
printf '%s\r\n' "Nom;Prénom;E-mail;Organisme;Fonction" \
  "Lœuillet;Anaïs;anais@exemple.fr;Cœur d'Artichaut – 5 € l’adhésion;Chargée d’accueil" \
  "N’Diaye;Aïssatou;aissatou@exemple.fr;Régie de quartier « Les Œillets »;Trésorière" |
  iconv -f UTF-8 -t CP1252 > "$docs/Listes reçues/Bénévoles (Excel).csv"
! command -v file >/dev/null || file "$docs/Listes reçues/"*.csv | sed "s|$docs/||"
kit participants import --session "$id" "C:\\users\\$USER\\Documents\\Listes reçues\\Inscrits – Café d'Élan.csv"
kit participants import --session "$id" "C:\\users\\$USER\\Documents\\Listes reçues\\Bénévoles (Excel).csv"
list=$(kit participants list --session "$id")
echo "$list"
for name in "Benoît, Maëlle" "Lœuillet, Anaïs" "N’Diaye, Aïssatou" "Cœur d'Artichaut – 5 € l’adhésion"; do
  grep -qF "$name" <<<"$list" || fail "$name not read right"
done
ok "5 participants, accents, œ, ’ and € read right"

step "export handout: a drive-letter path with accents, then one past 260 characters"
kit export handout --session "$id" --out "C:\\users\\$USER\\Documents\\Livret – Café d'Élan.pdf"
pdftotext "$docs/Livret – Café d'Élan.pdf" - | tr -s " \n" "  " | grep -q "Numérique responsable – Café d.Élan" || fail "the handout lacks its title"
ok "$(pdfinfo "$docs/Livret – Café d'Élan.pdf" | sed -n 's/^Pages: *//p') pages, title inside"
deep="C:\\users\\$USER\\Documents"
while [ ${#deep} -lt 280 ]; do deep="$deep\\Formations ESS – séances à venir"; done
mkdir -p "$(win winepath -u "$deep" 2>/dev/null | tr -d '\r')"
printf '> trainerkit export handout --session %s --out C:\\users\\%s\\Documents\\Formations ESS – séances à venir\\…\\Livret.pdf\n' "$id" "$USER"
win "$exe" export handout --session "$id" --out "$deep\\Livret.pdf" >/dev/null
[ -s "$(win winepath -u "$deep\\Livret.pdf" 2>/dev/null | tr -d '\r')" ] || fail "no PDF at the long path"
ok "a PDF written at a path of $((${#deep} + 11)) characters"

step "portable: a file named portable beside the .exe keeps the data beside it"
usb=$WINEPREFIX/drive_c/Clé\ USB/Trainer\ Kit
mkdir -p "$usb"
cp "$exe" "$usb/trainerkit.exe"
: > "$usb/portable"
printf '> trainerkit session new (C:\\Clé USB\\Trainer Kit\\trainerkit.exe)\n'
usb_id=$(win "$usb/trainerkit.exe" session new --title "Atelier sur clé USB" --start 2026-12-14 --lang fr --modules 7 | tr -d '\r')
echo "$usb_id"
[ -f "$usb/trainerkit-data/trainerkit.db" ] || fail "no trainerkit-data beside the portable .exe"
n=$(win "$exe" session list | grep -c . || true)
[ "$n" = 1 ] || fail "the portable session went to %APPDATA% ($n sessions there)"
ok "data in C:\\Clé USB\\Trainer Kit\\trainerkit-data, %APPDATA% untouched"

# The window runs in Wine's virtual desktop: Windows' own title bar and
# frame. shot NAME: the kit's window, cropped from the screen.
cat > "$work/window.sh" <<'EOS'
set -euo pipefail
desktop() { wine explorer /desktop=TrainerKit,1440x900 "$@" >/dev/null 2>&1 & }
wait_window() {
  for _ in $(seq 120); do
    w=$(xdotool search --name "^Social Tech Trainer Kit$" 2>/dev/null | tail -n 1 || true)
    [ -n "$w" ] && { sleep 8; echo "$w"; return; }
    sleep 0.5
  done
  echo "the window never opened" >&2; exit 1
}
shot() {
  eval "$(xdotool getwindowgeometry --shell "$1")"
  import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$2"
}
click() { xdotool mousemove --window "$1" "$2" "$3" click 1; sleep 3; }
EOS

step "the window: the reader, then the sessions view"
cat > "$work/gui.sh" <<EOS
source "$work/window.sh"
desktop "$exe"
w=\$(wait_window)
shot "\$w" "$shots/windows-reader.png"
echo "reader: \$(xdotool getwindowgeometry "\$w" | sed -n 's/ *Geometry: //p')"
# While the window holds the data file, a second kit is turned away.
if wine "$exe" session list > "$work/second.txt" 2>&1; then
  echo "a second kit opened the data file"; exit 1
fi
sed 's/^/second kit: /' "$work/second.txt"
click "\$w" 320 48         # Sessions, in the toolbar
click "\$w" 150 160        # the session, first in the list
click "\$w" 620 146        # its Participants tab
shot "\$w" "$shots/windows-sessions.png"
wineserver -k
EOS
LOCPATH=$work/locale LC_ALL=$winlocale xvfb-run -a -s '-screen 0 1440x900x24' bash "$work/gui.sh"
grep -q "already open" "$work/second.txt" || fail "no 'already open' message"
ok "screenshots: docs/screenshots/windows-reader.png, windows-sessions.png"
ok "a second kit is told the kit is already open"

step "installer: silent per-user install"
printf '> %s /S\n' "$(basename "$setup")"
win "$setup" /S
inst=$user_dir/AppData/Local/Programs/Social\ Tech\ Trainer\ Kit
for f in "$inst/trainerkit.exe" "$inst/uninstall.exe" \
  "$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Social Tech Trainer Kit.lnk" \
  "$user_dir/Desktop/Social Tech Trainer Kit.lnk"; do
  [ -f "$f" ] || fail "missing after install: $f"
  echo "${f#"$user_dir/"}"
done
cmp -s "$exe" "$inst/trainerkit.exe" || fail "the installed .exe differs from the build"
uninstkey='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\org.socialtech.trainerkit'
# reg KEY ARGS: the values reg query prints (its "(Default)" is in the
# console's code page: read as bytes).
reg() { win reg query "$@" 2>/dev/null | LC_ALL=C sed -n 's/\r$//; s/^.*\(REG_[A-Z]*\) *\(.*\)$/\2/p'; }
echo "HKCU\Software\Classes\.stkpack = $(reg 'HKCU\Software\Classes\.stkpack' /ve)"
command=$(reg 'HKCU\Software\Classes\SocialTech.TrainerKit.Pack\shell\open\command' /ve)
echo "its open command = $command"
echo "Apps entry: $(reg "$uninstkey" /v DisplayName) $(reg "$uninstkey" /v DisplayVersion)"
[ "$command" = "\"C:\\users\\$USER\\AppData\\Local\\Programs\\Social Tech Trainer Kit\\trainerkit.exe\" \"%1\"" ] ||
  fail "unexpected open command for .stkpack"
ok "program, shortcuts, .stkpack association and Apps entry for this user"

step "double-clicking a pack: the association's command opens the import preview"
# A co-trainer's pack: made by the portable kit. Wine 8 does not read
# associations from HKCU\Software\Classes, so Explorer's part is played
# here: the registered command, with %1 the pack's path.
pack="C:\\users\\$USER\\Documents\\Atelier de Zoé.stkpack"
printf '> trainerkit pack export (the portable kit) --out %s --session %s\n' "$pack" "$usb_id"
win "$usb/trainerkit.exe" pack export --out "$pack" --session "$usb_id"
cat > "$work/pack.sh" <<EOS
source "$work/window.sh"
desktop "C:\\users\\$USER\\AppData\\Local\\Programs\\Social Tech Trainer Kit\\trainerkit.exe" "$pack"
w=\$(wait_window)
shot "\$w" "$shots/windows-pack.png"
wineserver -k
EOS
LOCPATH=$work/locale LC_ALL=$winlocale xvfb-run -a -s '-screen 0 1440x900x24' bash "$work/pack.sh"
ok "screenshot: docs/screenshots/windows-pack.png"

# uninstall ARGS: runs the uninstaller and waits until it has finished
# (it copies itself to %TEMP% and returns at once).
uninstall() {
  printf '> uninstall.exe %s\n' "$*"
  win "$inst/uninstall.exe" "$@"
  for _ in $(seq 60); do [ -e "$inst/trainerkit.exe" ] || break; sleep 1; done
  sleep 2
  wineserver -w
}
step "uninstall /S: the program goes, the data stay"
uninstall /S
[ ! -e "$inst/trainerkit.exe" ] || fail "the program is still installed"
[ ! -e "$user_dir/Desktop/Social Tech Trainer Kit.lnk" ] || fail "the desktop shortcut is still there"
[ -z "$(reg 'HKCU\Software\Classes\SocialTech.TrainerKit.Pack\shell\open\command' /ve)" ] || fail "the association is still there"
[ -f "$appdata/trainerkit/trainerkit.db" ] || fail "the data were deleted"
ok "program, shortcuts, association removed; %APPDATA%\\trainerkit kept"

step "install again, uninstall /S /PURGE: the data go too"
win "$setup" /S
[ "$(win "$exe" session list | grep -c .)" = 1 ] || fail "the reinstalled kit does not find the session"
uninstall /S /PURGE
[ ! -e "$appdata/trainerkit" ] || fail "the data are still there"
ok "the reinstalled kit found its session; /PURGE deleted %APPDATA%\\trainerkit"

step "Go tests of Windows paths, cross-compiled, under Wine"
GOOS=windows GOARCH=amd64 CGO_ENABLED=0 $GO test -c -o "$work/storage.test.exe" ./storage
GOOS=windows GOARCH=amd64 CGO_ENABLED=0 $GO test -c -o "$work/ui.test.exe" ./ui
GOOS=windows GOARCH=amd64 CGO_ENABLED=0 $GO test -c -o "$work/datafile.test.exe" ./course/datafile
win "$work/storage.test.exe" -test.run 'DefaultDir|Portable|DeepAndAccented' -test.v | grep -E '^(--- |ok|PASS|FAIL)'
win "$work/ui.test.exe" -test.run 'TestOpenFileUsesAssociation' -test.v | grep -E '^(--- |ok|PASS|FAIL)'
# Windows' own access-denied, write-protect and disk-full errors said in
# plain words (course/datafile's Classify).
win "$work/datafile.test.exe" -test.run 'TestClassify' -test.v | grep -E '^(--- |ok|PASS|FAIL)'
ok "storage, ui and datafile tests pass on Windows"

printf '\nwindows-wine-test: %d checks passed\n' "$checks"
