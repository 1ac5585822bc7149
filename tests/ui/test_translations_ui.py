"""Every text of the screens is in dabir_fa.ts, translated, and really shown in Persian.

Three checks of the UI contexts (every context pyside6-lupdate finds in app/ui):
- lupdate is run on app/ui into a scratch .ts: each text it finds must be in the committed
  dabir_fa.ts with a finished, non-empty translation keeping the same {placeholders}
  (catches a new `self.tr(...)` nobody translated, and a .ts not regenerated);
- the committed .qm gives Persian for each of them (catches a stale .qm);
- the real main window on the demo-like database, every page shown in turn: no visible label,
  button, title, tab, column header or navigation entry still shows an English source text
  (catches `tr` looked up under the wrong context, or a string never passed through `tr`).
"""
from __future__ import annotations

import re
import string
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QGroupBox, QLabel, QLineEdit,
                               QTabWidget)

from app.services import council
from app.ui.main_window import MainWindow
from app.ui.pages.base import AppContext
from app.ui.pages.registry import page_classes

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "fa_translations" / "dabir_fa.ts"
QM_FILE = ROOT / "fa_translations" / "dabir_fa.qm"
PERSIAN = re.compile(r"[\u0600-\u06FF]")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element | None]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            out[(name, msg.findtext("source") or "")] = tr
    return out


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


@pytest.fixture(scope="module")
def ui_texts(tmp_path_factory) -> set[tuple[str, str]]:
    """(context, source) of every text lupdate finds in app/ui now."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bt", ROOT / "scripts" / "build_translations.py")
    bt = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bt)
    scratch = tmp_path_factory.mktemp("lupdate") / "ui.ts"
    files = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "app" / "ui").rglob("*.py"))
             if "__pycache__" not in p.parts]
    subprocess.run([bt.tool("pyside6-lupdate"), "-locations", "none", *files, "-ts",
                    str(scratch)], cwd=ROOT, check=True, capture_output=True)
    found = set(_messages(scratch))
    assert len(found) > 50, "lupdate found almost nothing in app/ui"
    return found


def test_every_ui_text_is_translated_in_the_ts(ui_texts):
    committed = _messages(TS_FILE)
    missing = sorted(t for t in ui_texts if t not in committed)
    unfinished = sorted(t for t in ui_texts if t in committed and (
        committed[t] is None or committed[t].get("type") == "unfinished"
        or not (committed[t].text or "").strip()))
    assert not missing, ("texts of app/ui missing from dabir_fa.ts (run "
                         "scripts/build_translations.py):\n" + "\n".join(map(str, missing)))
    assert not unfinished, ("untranslated UI texts (add them to a fa_translations/fill/*.json):\n"
                            + "\n".join(map(str, unfinished)))


def test_ui_placeholders_are_kept(ui_texts):
    committed = _messages(TS_FILE)
    bad = [f"[{c}] {s!r} -> {committed[(c, s)].text!r}" for c, s in sorted(ui_texts)
           if (c, s) in committed and committed[(c, s)] is not None
           and _fields(s) != _fields(committed[(c, s)].text or "")]
    assert not bad, "placeholders differ:\n" + "\n".join(bad)


def test_the_qm_gives_persian_for_every_ui_text(ui_texts):
    qm = QTranslator()
    assert qm.load(str(QM_FILE))
    # texts that are the same in both languages (a file filter's pattern, a code) are exempt
    untranslated = [f"[{c}] {s}" for c, s in sorted(ui_texts)
                    if PERSIAN.search(s) is None and re.search("[A-Za-z]{2}", s)
                    and not PERSIAN.search(qm.translate(c, s) or "")]
    assert not untranslated, "no Persian in dabir_fa.qm for:\n" + "\n".join(untranslated)


def _visible_texts(widget) -> list[tuple[str, str]]:
    """(what, text) of the visible texts under `widget`."""
    out = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton) + \
            widget.findChildren(QGroupBox) + widget.findChildren(QLineEdit):
        if not child.isVisibleTo(widget):
            continue
        for text in (getattr(child, "text", lambda: "")(), getattr(child, "title", lambda: "")(),
                     child.toolTip(), getattr(child, "placeholderText", lambda: "")()):
            if text:
                out.append((type(child).__name__, text))
    for tabs in widget.findChildren(QTabWidget):
        out += [("tab", tabs.tabText(i)) for i in range(tabs.count())]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(widget) or not hasattr(view, "horizontalHeader"):
            continue
        out += [("header", str(model.headerData(i, Qt.Orientation.Horizontal) or ""))
                for i in range(model.columnCount(QModelIndex()))]
    return out


def test_the_running_window_shows_no_english_source_text(qtbot, council_backend, runner):
    sources = {s for (_, s) in _messages(TS_FILE) if re.search("[A-Za-z]{3}", s)}
    ctx = AppContext(backend=council_backend, runner=runner,
                     council=council_backend.call(council.get_council))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    english = []
    for row in range(window.nav.count()):
        assert PERSIAN.search(window.nav.item(row).text()), window.nav.item(row).text()
    for cls in page_classes():
        page = window.show_page(cls.key)
        qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
        english += [f"{cls.key}: {what} {text!r}" for what, text in _visible_texts(page)
                    if text in sources]
    english += [f"status bar: {t!r}" for _, t in _visible_texts(window.statusBar()) if t in sources]
    assert not english, "English shown in the Persian app:\n" + "\n".join(english)
