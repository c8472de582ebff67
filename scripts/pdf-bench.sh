#!/usr/bin/env bash
# Times the PDF exports of the command line against pandoc turning the same
# Markdown into PDF, in one run on the same machine, and prints a table for
# docs/PERFORMANCE.md. Needs pandoc and a PDF engine from Debian:
#   sudo apt-get install pandoc weasyprint
# (ENGINE=wkhtmltopdf or ENGINE=xelatex to try another engine.)
# Usage: scripts/pdf-bench.sh [LANG]   (default fr)
set -euo pipefail
cd "$(dirname "$0")/.."
lang="${1:-fr}"
engine="${ENGINE:-weasyprint}"
runs="${RUNS:-3}"
for tool in pandoc "$engine" /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
go build -o "$work/trainerkit" ./cmd/trainerkit
# (A locale Fyne can parse, so that it does not complain about "C".)
tk=(env LC_ALL=en_GB.UTF-8 "$work/trainerkit" --data "$work/data")
tk() { "${tk[@]}" "$@"; }

# A session with every bundled module's half-day, and one of 5 days.
mods="$(tk modules | awk '{print $1+0}' | paste -sd, -)"
all="$(tk session new --title "Toute la formation" --start 2026-11-23 --lang "$lang" \
  --place "Besançon" --trainer "Agnès Łodzińska" --org "Coop'Formation" --modules "$mods")"
five="$(tk session new --title "Cinq jours" --start 2026-11-23 --days 5 --lang "$lang" \
  --place "Besançon" --trainer "Agnès Łodzińska" --org "Coop'Formation")"
{
  echo "Prénom,Nom,Structure"
  for i in $(seq 1 300); do echo "Zoë,Œuvray-Ñúñez-$i,Coopérative n°$((i % 17))"; done
} >"$work/people.csv"
tk participants import --session "$five" "$work/people.csv" >/dev/null

# The same Markdown for pandoc: every handout part of every module, in the
# agenda's order; and the sign-in sheets as one table of 300 rows a day.
for n in $(tk modules | awk '{print $1 "-" $2}'); do
  for part in theory case toolbox reference; do
    cat "assets/course/$n/$lang/$part.md"
    printf '\n\n'
  done
done >"$work/handout.md"
{
  for d in 1 2 3 4 5; do
    printf '# Feuille d’émargement, jour %d\n\n| N° | Nom | Prénom | Structure | Matin | Après-midi |\n|---|---|---|---|---|---|\n' "$d"
    for i in $(seq 1 300); do printf '| %d | Œuvray-Ñúñez-%d | Zoë | Coopérative n°%d | | |\n' "$i" "$i" $((i % 17)); done
    printf '\n'
  done
} >"$work/attendance.md"

# best of $runs: wall seconds and peak resident memory (MB)
measure() {
  local best="" mem=""
  for _ in $(seq 1 "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    read -r s kb <"$work/time"
    if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best="$s"; mem="$((kb / 1024))"; fi
  done
  echo "$best $mem"
}
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/{print $2}'; }

read -r kt km < <(measure "${tk[@]}" export handout --session "$all" --out "$work/handout.pdf")
read -r pt pm < <(measure pandoc "$work/handout.md" --pdf-engine="$engine" -o "$work/handout-pandoc.pdf")
read -r at am < <(measure "${tk[@]}" export attendance --session "$five" --out "$work/attendance.pdf")
read -r qt qm < <(measure pandoc "$work/attendance.md" --pdf-engine="$engine" -o "$work/attendance-pandoc.pdf")

echo "| document | trainerkit | pandoc + $engine | ratio |"
echo "|---|---|---|---|"
printf '| session handout, %s modules, %s (%s pages; pandoc %s pages) | %s s, %s MB | %s s, %s MB | %.1f× faster |\n' \
  "$(echo "$mods" | tr ',' '\n' | wc -l)" "$lang" "$(pages "$work/handout.pdf")" "$(pages "$work/handout-pandoc.pdf")" \
  "$kt" "$km" "$pt" "$pm" "$(awk "BEGIN{print $pt / $kt}")"
printf '| attendance, 300 participants × 5 days (%s pages; pandoc %s pages) | %s s, %s MB | %s s, %s MB | %.1f× faster |\n' \
  "$(pages "$work/attendance.pdf")" "$(pages "$work/attendance-pandoc.pdf")" \
  "$at" "$am" "$qt" "$qm" "$(awk "BEGIN{print $qt / $at}")"
