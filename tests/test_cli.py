"""The `dabir` command line, run for real: `python -m app ...` in subprocesses on temp databases.

One small demo database is built once for the module (through `dabir demo`, which goes through
the services) and copied for each test that changes data. Every refusal must be one line on
stderr with a non-zero exit and no traceback, and must leave the data exactly as it was (the
record counts and the audit log are compared before and after).
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TODAY = "1405/08/29"  # the demo ends on this Jalali date, so the counts never depend on the clock


def dabir(*args: str, env: dict | None = None, stdin: str | None = None
          ) -> subprocess.CompletedProcess:
    """Run the real entry point; a traceback on stderr always fails the test."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    done = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, encoding="utf-8", timeout=600,
                          input=stdin if stdin is not None else "")
    assert "Traceback" not in done.stderr, done.stderr
    return done


def refused(done: subprocess.CompletedProcess, code: int = 1) -> str:
    """The one line a refused command prints."""
    assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    return lines[0]


def stats(db: Path) -> dict:
    done = dabir("--db", str(db), "stats")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def audit_rows(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def snapshot(db: Path) -> tuple[dict, int]:
    return stats(db), audit_rows(db)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    done = dabir("demo", "--size", "small", "--seed", "7", "--today", TODAY, "--db", str(path))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["meetings"] == 30
    # built aside and moved into place: no temporary file, no WAL left beside it
    assert [p.name for p in path.parent.iterdir()] == ["demo.db"]
    return path


@pytest.fixture
def db(demo_db, tmp_path) -> Path:
    """A private copy of the demo database."""
    copy = tmp_path / "copy.db"
    with sqlite3.connect(demo_db) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    return copy


# --------------------------------------------------------------------------- demo and stats


def test_demo_then_stats_shows_plausible_counts(demo_db):
    counts = stats(demo_db)
    for key in ("members", "meetings", "resolutions", "issues", "demands", "projects",
                "agencies"):
        assert key in counts, counts
    assert 20 <= counts["members"] <= 30
    assert counts["meetings"] == 30
    assert counts["resolutions"] >= 50
    assert counts["issues"] >= 50 and counts["demands"] >= 20 and counts["projects"] >= 5
    assert counts["agencies"] >= 10


def test_db_option_before_or_after_the_subcommand(demo_db):
    before = dabir("--db", str(demo_db), "stats")
    after = dabir("stats", "--db", str(demo_db))
    assert before.returncode == after.returncode == 0
    assert json.loads(before.stdout) == json.loads(after.stdout)


def test_default_database_comes_from_the_data_dir(demo_db, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(demo_db, data / "dabir.db")
    done = dabir("stats", env={"DABIR_DATA_DIR": str(data)})
    assert done.returncode == 0 and json.loads(done.stdout) == stats(demo_db)


def test_demo_refuses_a_database_that_has_a_council(db):
    before = snapshot(db)
    line = refused(dabir("demo", "--db", str(db)))
    assert "شورا" in line  # Persian by default
    assert snapshot(db) == before


def test_english_when_asked(db):
    line = refused(dabir("demo", "--db", str(db), env={"DABIR_LANG": "en"}))
    assert "already holds a council" in line


# --------------------------------------------------------------------------- search


def _search(db: Path, *words: str) -> list[tuple[str, str]]:
    done = dabir("search", *words, "--db", str(db))
    assert done.returncode == 0, done.stderr
    return [tuple(line.split("\t", 1)) for line in done.stdout.splitlines()]


def test_search_with_arabic_letters_and_latin_digits(demo_db):
    hits = _search(demo_db, "کوچه")
    assert hits and all(kind for kind, _ in hits)
    arabic = _search(demo_db, "كوچه")  # Arabic kaf
    assert set(arabic) == set(hits)
    assert _search(demo_db, "شهيد") == _search(demo_db, "شهید")  # Arabic yeh
    numbers = _search(demo_db, "5/1")  # resolution 5/1 typed with Latin digits
    assert any(kind == "resolution" and "۵/۱" in title for kind, title in numbers)


def test_search_with_no_match_says_so_and_succeeds(demo_db):
    done = dabir("search", "zzzxxqq", "--db", str(demo_db))
    assert done.returncode == 0 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1


# --------------------------------------------------------------------------- import / export


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["نام", "نام خانوادگی", "کد ملی", "تلفن همراه", "جنسیت", "مدرک سکونت",
                         "شروع دوره"])
        writer.writerows(rows)


def test_import_with_bad_rows_changes_nothing(db, tmp_path):
    sheet = tmp_path / "members.csv"
    _write_csv(sheet, [
        ["رضا", "کاظمی", "0499370899", "09121234567", "مرد", "قبض برق", "1404/05/01"],
        ["علی", "نوری", "0012345678", "09121234568", "مرد", "قبض گاز", "1404/05/01"],
        ["زهرا", "کریمی", "1111111119", "0912", "زن", "اجاره‌نامه", "1404/05/01"],
        ["مریم", "اکبری", "0067749828", "09351234567", "زن", "سند", "1404/12/30"],
    ])
    before = snapshot(db)
    done = dabir("import", "members", str(sheet), "--db", str(db))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert any(line.startswith("row 3: national_id") for line in lines), lines
    assert any(line.startswith("row 4: mobile") for line in lines), lines
    assert any(line.startswith("row 5: term_start") and "۱۴۰۴" in line for line in lines), lines
    assert not any(line.startswith("row 2") for line in lines)
    assert "row" not in lines[-1]  # the one summary line comes last
    assert snapshot(db) == before


def test_import_of_a_good_file_adds_the_members(db, tmp_path):
    sheet = tmp_path / "members.csv"
    _write_csv(sheet, [["رضا", "کاظمی", "0499370899", "09121234567", "مرد", "قبض برق",
                        "1404/05/01"]])
    before = stats(db)
    done = dabir("--db", str(db), "import", "members", str(sheet))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["created"] == 1
    assert stats(db)["members"] == before["members"] + 1


def test_export_then_import_changes_nothing(db, tmp_path):
    sheet = tmp_path / "members.xlsx"
    done = dabir("export", "members", str(sheet), "--db", str(db))
    assert done.returncode == 0, done.stderr
    before = snapshot(db)
    done = dabir("import", "members", str(sheet), "--db", str(db))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["created"] == 0 and report["updated"] == 0
    assert report["unchanged"] == before[0]["members"]
    assert snapshot(db) == before


@pytest.mark.parametrize("kind", ["meetings", "resolutions", "issues", "demands", "projects"])
def test_export_writes_a_right_to_left_persian_sheet(demo_db, tmp_path, kind):
    from openpyxl import load_workbook

    path = tmp_path / f"{kind}.xlsx"
    done = dabir("export", kind, str(path), "--db", str(demo_db))
    assert done.returncode == 0, done.stderr
    ws = load_workbook(path).active
    assert ws.sheet_view.rightToLeft
    header = [c.value for c in ws[1]]
    assert all(h and any("\u0600" <= ch <= "\u06ff" for ch in h) for h in header), header
    assert ws.max_row - 1 == stats(demo_db)[kind] == json.loads(done.stdout)["rows"]
    dates = [str(c.value) for row in ws.iter_rows(min_row=2) for c in row if c.value]
    assert any(v.startswith(("۱۴۰", "۱۳۹")) for v in dates)  # Jalali dates, Persian digits


def test_export_refuses_what_it_cannot_write(demo_db, tmp_path):
    refused(dabir("export", "members", str(tmp_path / "members.csv"), "--db", str(demo_db)))
    refused(dabir("export", "issues", str(tmp_path / "no" / "such" / "x.xlsx"),
                  "--db", str(demo_db)))
    done = dabir("export", "agendas", str(tmp_path / "x.xlsx"), "--db", str(demo_db))
    assert done.returncode == 2  # argparse: unknown kind


# --------------------------------------------------------------------------- bad arguments


def test_usage_errors_are_argparse_errors(demo_db):
    assert dabir().returncode == 2
    assert dabir("stats", "--db").returncode == 2
    assert dabir("frobnicate", "--db", str(demo_db)).returncode == 2


def test_bad_arguments_give_one_line(demo_db, tmp_path):
    refused(dabir("import", "members", str(tmp_path / "missing.csv"), "--db", str(demo_db)))
    refused(dabir("stats", "--db", str(tmp_path / "missing.db")))
    refused(dabir("demo", "--today", "1404/13/01", "--db", str(tmp_path / "new.db")))
    assert not (tmp_path / "new.db").exists()  # a refused demo creates no file
    not_db = tmp_path / "text.db"
    not_db.write_text("hello", encoding="utf-8")
    refused(dabir("stats", "--db", str(not_db)))


# --------------------------------------------------------------------------- backup, restore, check


def test_backup_then_restore_brings_the_data_back(db, tmp_path):
    backup = tmp_path / "saved.backup"
    done = dabir("backup", str(backup), "--db", str(db))
    assert done.returncode == 0, done.stderr and backup.is_file()
    before = stats(db)
    sheet = tmp_path / "members.csv"
    _write_csv(sheet, [["رضا", "کاظمی", "0499370899", "09121234567", "مرد", "قبض برق",
                        "1404/05/01"]])
    assert dabir("import", "members", str(sheet), "--db", str(db)).returncode == 0
    assert stats(db)["members"] == before["members"] + 1

    changed = stats(db)
    refused(dabir("restore", str(backup), "--db", str(db)))  # no --yes, stdin not a terminal
    assert stats(db) == changed

    done = dabir("restore", str(backup), "--yes", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert stats(db) == before


def test_restore_refuses_a_file_that_is_not_a_backup(db, tmp_path):
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"not a backup at all")
    before = snapshot(db)
    refused(dabir("restore", str(junk), "--yes", "--db", str(db)))
    assert snapshot(db) == before


def test_check_passes_on_the_demo(demo_db):
    done = dabir("check", "--db", str(demo_db))
    assert done.returncode == 0, done.stdout + done.stderr
