#!/usr/bin/env bash
# The README's pictures, made by the program itself: a fresh demo database, then `sunshine-console shot` per view.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
OUT=docs/screenshots
DB=$(mktemp -d)/shots.db
mkdir -p "$OUT"
export QT_QPA_PLATFORM=offscreen
"$PY" -m console demo --db "sqlite:///$DB" --customers 20000 --today 2026-11-26 >/dev/null
shot() { "$PY" -m console shot --db "sqlite:///$DB" "$@" 2>/dev/null; }
shot --view login --size 480x260 -o "$OUT/login.png"
for view in dashboard portfolio projects warehouse meetings; do
  shot --view "$view" -o "$OUT/$view.png"
done
shot --view portfolio --lang en -o "$OUT/portfolio-en.png"
shot --view projects --lang en -o "$OUT/projects-en.png"
shot --view kiosk-content -o "$OUT/kiosk-content.png"
shot --kiosk --size 1920x1080 -o "$OUT/kiosk-landscape.png"
shot --kiosk --size 1080x1920 -o "$OUT/kiosk-portrait.png"
shot --kiosk --view kiosk:lookup --size 1920x1080 -o "$OUT/kiosk-lookup.png"
