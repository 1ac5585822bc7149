"""Test-wide set-up: Qt offscreen, a throw-away data directory, a fresh database path.

Runs before any test module imports Qt or app code, so it sets the environment at import time:
`QT_QPA_PLATFORM=offscreen` (unless the caller chose a platform; with no display and no platform
pytest-qt aborts the interpreter) and `DABIR_DATA_DIR` pointing at a temporary directory made for
this session, so no test ever reads or writes a secretary's real data. Area-specific fixtures
belong in sub-directory conftests (tests/ui/conftest.py, ...), not here.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_SESSION_DATA_DIR = Path(tempfile.mkdtemp(prefix="dabir-test-data-"))
os.environ["DABIR_DATA_DIR"] = str(_SESSION_DATA_DIR)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Remove the session's data directory once every test has run."""
    shutil.rmtree(_SESSION_DATA_DIR, ignore_errors=True)


@pytest.fixture(scope="session")
def dabir_data_dir() -> Iterator[Path]:
    """The session's throw-away data directory (what `DABIR_DATA_DIR` points at)."""
    yield _SESSION_DATA_DIR


@pytest.fixture
def tmp_db_path(tmp_path: Path) -> Path:
    """A path for a fresh SQLite database file that does not exist yet, private to the test."""
    return tmp_path / "dabir.db"
