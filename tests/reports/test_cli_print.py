"""`dabir minutes|sign-in|register|letter|report ... -o FILE.pdf`, run for real as subprocesses
on the demo database: a PDF and one JSON line on success; one line on stderr, exit code 1 and
no file on a refusal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
TODAY = "1405/08/29"


def dabir(db, *args: str, lang: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if lang:
        env["DABIR_LANG"] = lang
    done = subprocess.run([sys.executable, "-m", "app", "--db", str(db.path), *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def _printed(done, pdf: Path) -> int:
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["file"] == str(pdf) and pdf.is_file()
    assert len(PdfReader(str(pdf)).pages) == out["pages"] >= 1
    return out["pages"]


@pytest.mark.parametrize("args", [
    ("minutes", "26"), ("minutes", "30"), ("sign-in", "30"),
    ("register", "--status", "open", "--status", "در حال اجرا", "--overdue"),
    ("register",), ("report", "--from", "1405/01/01", "--to", "1405/06/31"),
], ids=lambda a: "-".join(a[:2]))
def test_print_commands_write_a_pdf(demo_db, tmp_path, args):
    pdf = tmp_path / "out.pdf"
    _printed(dabir(demo_db, *args, "-o", str(pdf), "--today", TODAY), pdf)


def test_letter_by_letter_number(demo_db, tmp_path):
    from app.services.common import the_council_id
    from app.services.demands import list_demands

    with demo_db.session(actor="test") as s:
        number = next(d.letter_no for d in list_demands(s, the_council_id(s)) if d.letter_no)
    pdf = tmp_path / "letter.pdf"
    _printed(dabir(demo_db, "letter", number, "-o", str(pdf)), pdf)


@pytest.mark.parametrize("args, persian, english", [
    (("minutes", "999"), "جلسه‌ای با شماره ۹۹۹ وجود ندارد.", "There is no meeting number 999."),
    (("sign-in", "0"), "جلسه‌ای با شماره ۰ وجود ندارد.", "There is no meeting number 0."),
    (("letter", "۹۹۹/ش/۱۴۰۵"), "مطالبه‌ای", "There is no demand"),
    (("register", "--status", "bogus"), "وضعیت مصوبه نیست", "is not a resolution status"),
    (("report", "--from", "1405/07/01", "--to", "1405/01/01"), "پایان دوره", "ends before it starts"),
    (("report", "--from", "1405/13/01", "--to", "1405/01/01"), "تاریخ شمسی درستی نیست", "not a valid Jalali"),
])
def test_refusals_are_one_line_and_write_nothing(demo_db, tmp_path, args, persian, english):
    pdf = tmp_path / "never.pdf"
    for lang, text in ((None, persian), ("en", english)):
        done = dabir(demo_db, *args, "-o", str(pdf), lang=lang)
        assert done.returncode == 1, (done.stdout, done.stderr)
        lines = [l for l in done.stderr.splitlines() if l.strip()]
        assert len(lines) == 1 and text in lines[0], lines
        assert not pdf.exists()


def test_missing_folder_and_missing_database(demo_db, tmp_path):
    done = dabir(demo_db, "minutes", "26", "-o", str(tmp_path / "no" / "such.pdf"))
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1
    missing = tmp_path / "missing.db"
    done = subprocess.run([sys.executable, "-m", "app", "--db", str(missing), "minutes", "1", "-o",
                           str(tmp_path / "x.pdf")], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, encoding="utf-8")
    assert done.returncode == 1 and not missing.exists()
