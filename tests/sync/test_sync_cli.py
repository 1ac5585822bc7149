"""`dabir enroll URL CODE` and `dabir sync`, run for real in subprocesses against a live server.

`dabir sync` exits 0 with ONE summary line (pushed, pulled, conflicts) when both directions
completed, and 1 with one line on stderr (no traceback) when the server refuses or cannot be
reached; `dabir enroll` works on a database that does not exist yet.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from sync_harness import council_database

ROOT = Path(__file__).resolve().parents[2]


def dabir(*args: str, data_dir: Path, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DABIR_DATA_DIR": str(data_dir),
           "DABIR_LANG": lang}
    done = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_enroll_and_sync_from_the_command_line(live_server, tmp_path):
    _, code = live_server.add_council("محله فرمان")
    db_path = tmp_path / "pc.db"
    council_database(db_path, code="CLI-1").close()
    enrolled = dabir("--db", str(db_path), "enroll", live_server.url, code, data_dir=tmp_path)
    assert enrolled.returncode == 0, enrolled.stderr
    assert enrolled.stdout.startswith("Enrolled") and len(enrolled.stdout.splitlines()) == 1
    synced = dabir("--db", str(db_path), "sync", data_dir=tmp_path)
    assert synced.returncode == 0, synced.stderr
    (line,) = synced.stdout.splitlines()
    assert re.fullmatch(r"pushed 9, pulled \d+, conflicts 0", line), line
    again = dabir("sync", "--db", str(db_path), data_dir=tmp_path)
    assert again.returncode == 0 and again.stdout.strip() == "pushed 0, pulled 0, conflicts 0"
    # a second PC starts from nothing: the database file is created by enroll
    other = tmp_path / "second.db"
    council_id = re.search(r"council ([0-9a-f-]{36})", enrolled.stdout).group(1)
    code2 = live_server.code(council_id)
    assert dabir("--db", str(other), "enroll", live_server.url, code2,
                 data_dir=tmp_path).returncode == 0
    second = dabir("--db", str(other), "sync", data_dir=tmp_path)
    assert second.returncode == 0 and second.stdout.startswith("pushed 0, pulled ")
    persian = dabir("--db", str(other), "sync", data_dir=tmp_path, lang="fa")
    assert persian.returncode == 0
    assert persian.stdout.strip() == "ارسال ۰، دریافت ۰، ناسازگاری ۰"


def test_a_refused_or_unreachable_sync_is_one_line_and_exit_1(live_server, tmp_path):
    db_path = tmp_path / "pc.db"
    council_database(db_path, code="CLI-2").close()
    not_enrolled = dabir("--db", str(db_path), "sync", data_dir=tmp_path)
    assert not_enrolled.returncode == 1 and len(not_enrolled.stderr.strip().splitlines()) == 1
    assert "not enrolled" in not_enrolled.stderr
    bad_code = dabir("--db", str(db_path), "enroll", live_server.url, "AAAA-BBBB-CCCC-DDDD",
                     data_dir=tmp_path)
    assert bad_code.returncode == 1 and len(bad_code.stderr.strip().splitlines()) == 1
    assert "enrollment code" in bad_code.stderr
    bad_fa = dabir("--db", str(db_path), "enroll", live_server.url, "AAAA-BBBB-CCCC-DDDD",
                   data_dir=tmp_path, lang="fa")
    assert bad_fa.returncode == 1 and "کد اتصال نادرست است" in bad_fa.stderr
    _, code = live_server.add_council("محله دور")
    assert dabir("--db", str(db_path), "enroll", live_server.url, code,
                 data_dir=tmp_path).returncode == 0
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE sync_state SET server_url = 'http://127.0.0.1:9'")
    down = dabir("--db", str(db_path), "sync", data_dir=tmp_path)
    assert down.returncode == 1 and down.stdout == ""
    (line,) = down.stderr.strip().splitlines()
    assert "cannot be reached" in line
    persian = dabir("--db", str(db_path), "sync", data_dir=tmp_path, lang="fa")
    assert persian.returncode == 1 and "سرور استان در دسترس نیست" in persian.stderr
