"""The Persian translations: complete, compiled, and faithful to the placeholders.

`fa_translations/dabir_fa.ts` is the source of truth and the committed `.qm` is what the app and
the command line load, so both are checked: no unfinished or empty translation in the .ts, every
domain error code of `app/messages.py` translated in the .qm (loaded with QTranslator exactly as
the CLI does), the `{placeholders}` of each source text kept in its translation, lupdate able to
read every context, and the .qm built from the current .ts.
"""
from __future__ import annotations

import importlib.util
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.messages import MESSAGES

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "fa_translations" / "dabir_fa.ts"
QM_FILE = ROOT / "fa_translations" / "dabir_fa.qm"
PERSIAN_LETTER = re.compile(r"[\u0600-\u06FF]")


def _build_script():
    spec = importlib.util.spec_from_file_location("build_translations",
                                                  ROOT / "scripts" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _live_messages() -> list[tuple[str, str, ET.Element]]:
    out = []
    for ctx in ET.parse(TS_FILE).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            out.append((ctx.findtext("name") or "", msg.findtext("source") or "", tr))
    return out


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.fixture(scope="module")
def translator():
    from PySide6.QtCore import QTranslator

    tr = QTranslator()
    assert tr.load(str(QM_FILE)), f"cannot load {QM_FILE}"
    return tr


def test_no_unfinished_or_empty_translation():
    bad = [f"[{ctx}] {src}" for ctx, src, tr in _live_messages()
           if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip()]
    assert not bad, "untranslated texts in dabir_fa.ts:\n" + "\n".join(bad)


def test_every_domain_error_is_in_the_ts():
    found = {src for ctx, src, _ in _live_messages() if ctx == "DomainError"}
    missing = [code for code, text in MESSAGES.items() if text not in found]
    assert not missing, f"run scripts/build_translations.py; missing codes: {missing}"


def test_every_code_translates_to_persian_from_the_qm(translator):
    untranslated = []
    for code, text in MESSAGES.items():
        fa = translator.translate("DomainError", text)
        if not fa or fa == text or not PERSIAN_LETTER.search(fa):
            untranslated.append(code)
    assert not untranslated, f"no Persian in dabir_fa.qm for: {untranslated}"


def test_placeholders_are_kept(translator):
    bad = []
    for ctx, src, tr in _live_messages():
        if tr is not None and tr.text and _fields(src) != _fields(tr.text):
            bad.append(f"[{ctx}] {src!r} -> {tr.text!r}")
    for code, text in MESSAGES.items():
        fa = translator.translate("DomainError", text)
        if fa and _fields(fa) != _fields(text):
            bad.append(f"{code}: {fa!r}")
    assert not bad, "placeholders differ:\n" + "\n".join(bad)


def test_translated_message_formats_with_persian_digits(translator):
    from app.errors import ValidationError

    err = ValidationError("member.national_id_invalid", field="national_id", value="0012345678")
    text = err.message(lambda s: translator.translate("DomainError", s) or s)
    assert "کد ملی" in text and "۰۰۱۲۳۴۵۶۷۸" in text


def test_every_context_is_a_literal_lupdate_can_read():
    script = _build_script()
    assert script.non_literal_contexts(script.source_files()) == []


def test_qm_is_built_from_the_current_ts(tmp_path):
    script = _build_script()
    rebuilt = tmp_path / "rebuilt.qm"
    subprocess.run([script.tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(rebuilt)],
                   check=True, capture_output=True)
    assert rebuilt.read_bytes() == QM_FILE.read_bytes(), (
        "dabir_fa.qm is stale: run `python scripts/build_translations.py`")


def test_build_script_check_mode_passes():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py"),
                           "--check"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr


def test_a_path_in_a_translated_message_keeps_its_own_digits(translator):
    from app.errors import ValidationError

    err = ValidationError("backup.not_a_backup", path="C:/Backups/dabir-2024-05.db")
    text = err.message(lambda s: translator.translate("DomainError", s) or s)
    assert "C:/Backups/dabir-2024-05.db" in text and "پشتیبان" in text
