#!/usr/bin/env bash
# Install the console with its test dependencies into .venv and run the whole suite (Qt offscreen, 2 workers).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -n 2 -p no:cacheprovider "$@"
