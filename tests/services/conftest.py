"""Fixtures for service tests: a real migrated SQLite file and a council set up in it."""
import pytest

from app.services.council import CouncilInput, setup_council
from app.services.database import open_database


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "dabir.db")
    yield database
    database.close()


@pytest.fixture
def council(db):
    with db.session(actor="test") as s:
        view = setup_council(s, CouncilInput(
            province="اردبیل", county="اردبیل", settlement="اردبیل",
            neighbourhood="شهرک ولیعصر", code="ARD-0054", founded_on="1404/02/15"))
    return view
