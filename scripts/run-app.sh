#!/usr/bin/env bash
# Sets Dabir up (scripts/setup.sh: system packages, .venv, pip install) and launches the desktop
# app: `.venv/bin/python main.py "$@"`. With no DISPLAY and no WAYLAND_DISPLAY (a headless box,
# an ssh session) it runs under `xvfb-run -a` when that exists, so the app still starts on a
# virtual screen; without xvfb-run it falls back to Qt's offscreen platform, with a warning.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/setup.sh
source "$ROOT/scripts/setup.sh"
dabir_setup

if [[ ! -f "$ROOT/main.py" ]]; then
    echo "run-app: $ROOT/main.py does not exist yet" >&2
    exit 1
fi
PY=("$ROOT/.venv/bin/python" "$ROOT/main.py")

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    if command -v xvfb-run >/dev/null 2>&1; then
        echo "run-app: no DISPLAY or WAYLAND_DISPLAY: running under xvfb-run -a (a virtual X screen; no window will appear here)" >&2
        exec xvfb-run -a "${PY[@]}" "$@"
    fi
    echo "run-app: WARNING: no display and no xvfb-run: using QT_QPA_PLATFORM=offscreen (no window will appear)" >&2
    export QT_QPA_PLATFORM=offscreen
fi
exec "${PY[@]}" "$@"
