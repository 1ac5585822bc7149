"""Fixtures of the sync tests: the server on SQLite and on a real PostgreSQL, over loopback HTTP.

The harness (tests/sync_harness.py) is shared with tests/server; PostgreSQL is started once per
test session and skipped (with the reason) only when its binaries are not installed. `pc` is an
enrolled council PC on the live server.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pytest  # noqa: E402

from app.sync.enroll import enroll  # noqa: E402
from sync_harness import backend_url, live_server, pytest_sessionfinish  # noqa: E402,F401
from sync_harness import council_database  # noqa: E402


@pytest.fixture
def pc(live_server, tmp_path):
    """A council PC (set up offline, with its own records) enrolled with the live server."""
    tag = tmp_path.name[-8:]
    _, code = live_server.add_council(f"محله {tag}")
    db = council_database(tmp_path / "pc.db", code=f"C-{tag}")
    enroll(db, live_server.url, code)
    yield db
    db.close()
