"""Fixtures for the document tests: the small demo and the large meeting, each built once.

Both databases are real SQLite files filled through the services (the small demo with
`app.services.demo.build_demo`, the large council with `large_meeting.build_large`), built once
per test session because building takes seconds. Tests only read them; the checks every
printed document must pass are in `doccheck.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from doccheck import DEMO_TODAY


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    from app.services.database import open_database
    from app.services.demo import build_demo

    db = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    build_demo(db, size="small", seed=0, today=DEMO_TODAY)
    yield db
    db.close()


@pytest.fixture(scope="session")
def large(tmp_path_factory):
    """(database, LargeCouncil) of the council with the 50-resolution meeting."""
    from app.services.database import open_database
    from large_meeting import build_large

    db = open_database(tmp_path_factory.mktemp("large") / "large.db")
    info = build_large(db, count=50)
    yield db, info
    db.close()


@pytest.fixture(scope="session")
def pdf_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pdfs")
