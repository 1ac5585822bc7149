"""Fixtures for the UI tests: a Persian right-to-left application, real databases, a runner.

Every UI test runs offscreen (tests/conftest.py) in one QApplication configured exactly as the
bootstrap configures it for Persian: translators, fa_IR, right-to-left, Vazirmatn. Databases are
real SQLite files under the test's tmp_path, opened through `Backend` like the app does.
"""
from __future__ import annotations

from datetime import date

import pytest

from app.services.council import CouncilInput, setup_council
from app.services.gateway import Backend
from app.ui import bootstrap
from app.ui.tasks import TaskRunner


@pytest.fixture(scope="session", autouse=True)
def persian_app(qapp):
    translators = bootstrap.configure(qapp, "fa")
    yield qapp
    from app.ui.i18n import remove_translators

    remove_translators(qapp, translators)


@pytest.fixture
def backend(tmp_path):
    b = Backend.open(tmp_path / "dabir.db", actor="test")
    yield b
    b.close()


@pytest.fixture
def runner(backend, qapp):
    r = TaskRunner(backend)
    yield r
    r.shutdown()
    qapp.processEvents()


COUNCIL = CouncilInput(province="اردبیل", county="اردبیل", settlement="اردبیل",
                       neighbourhood="شهرک ولیعصر", code="ARD-054", founded_on=date(2025, 5, 1))


@pytest.fixture
def council_backend(backend):
    """A backend whose database has a council set up."""
    backend.call(setup_council, COUNCIL)
    return backend
