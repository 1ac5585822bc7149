#!/usr/bin/env bash
# Sets Dabir up (scripts/setup.sh: system packages, .venv, pip install), builds the Persian
# translations when scripts/build_translations.py exists, and runs pytest offscreen:
# `bash scripts/run-tests.sh [pytest args]` (default: the whole suite; paths are relative to the
# repository root). Exits with pytest's code; "no tests collected" (pytest's 5) is a failure too.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/setup.sh
source "$ROOT/scripts/setup.sh"
dabir_setup

if [[ -f scripts/build_translations.py ]]; then
    echo "run-tests: building translations (scripts/build_translations.py)" >&2
    .venv/bin/python scripts/build_translations.py
fi

set +e
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
rc=$?
set -e
if ((rc == 5)); then
    echo "run-tests: FAILED: pytest collected no tests (exit 5); a run that tests nothing is not a pass" >&2
fi
exit "$rc"
