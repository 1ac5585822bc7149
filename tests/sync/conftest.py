"""Fixtures of the sync tests: the server on SQLite and on a real PostgreSQL, over loopback HTTP.

The harness (tests/sync_harness.py) is shared with tests/server; PostgreSQL is started once per
test session and skipped (with the reason) only when its binaries are not installed.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sync_harness import backend_url, live_server, pytest_sessionfinish  # noqa: E402,F401
