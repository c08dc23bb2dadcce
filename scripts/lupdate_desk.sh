#!/usr/bin/env bash
# Refresh resources/translations/desk_en.ts from the desk shell's sources (each feature keeps its own .ts).
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(dirname "$(command -v python)")/pyside6-lupdate}
"$LUPDATE" console/*.py console/screens/registry.py console/screens/dashboard.py console/screens/empty_state.py \
  console/core/errors.py console/core/security.py -ts resources/translations/desk_en.ts -no-obsolete
