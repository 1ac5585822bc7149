"""`dabir-server` subcommands, run for real in subprocesses on SQLite and PostgreSQL.

`add-council` prints the council id on its first line and a one-time code on its last;
`enrollment-code`, `devices`, `revoke-device`, `answer-demand`, `directive`, `agency`,
`staff-token` and `status` do their work on the database given by `--database-url`; a refusal
is one line on stderr and a non-zero exit, never a traceback. `backup` / `restore` bring the
old data back with a new epoch and refuse while unsure (each on a database of its own, since a
restore replaces it whole); `purge-tombstones` prints one summary line.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from sync_harness import BACKENDS, RawDevice, backend_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", params=BACKENDS)
def database_url(request, tmp_path_factory) -> str:
    return backend_database(request.param, tmp_path_factory.mktemp("cli"))


def server_cli(*args: str, url: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "server.cli", *args, "--database-url", url],
                          cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def ok(done: subprocess.CompletedProcess) -> list[str]:
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()


def refused(done: subprocess.CompletedProcess) -> str:
    assert done.returncode != 0, done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def test_the_administrators_work(database_url):
    lines = ok(server_cli("add-council", "--province", "اردبیل", "--county", "اردبیل",
                          "--settlement", "اردبیل", "--neighbourhood", "سبلان", "--code", "ARD-7",
                          url=database_url))
    council_id, code = lines[0], lines[-1]
    assert len(council_id) == 36 and len(code) == 19
    fresh = ok(server_cli("enrollment-code", council_id, url=database_url))[-1]
    assert fresh != code and len(fresh) == 19
    assert "no devices" in ok(server_cli("devices", url=database_url))[0]
    token = ok(server_cli("staff-token", "کارشناس", url=database_url))[-1]
    assert len(token) > 30
    agency = ok(server_cli("agency", "add", "--name", "اداره گاز شهر", "--kind", "gas",
                           url=database_url))[0]
    ok(server_cli("agency", "edit", agency, "--phone", "04533333333", url=database_url))
    listed = ok(server_cli("agency", "list", url=database_url))
    assert any(agency in line and "اداره گاز شهر" in line for line in listed)
    (directive,) = ok(server_cli("directive", "--council", council_id, "--title", "گزارش",
                                 "--text", "گزارش ماهانه را بفرستید", "--due", "1405/09/30",
                                 url=database_url))
    assert len(directive) == 36
    assert len(ok(server_cli("directive", "--all", "--title", "همه", "--text", "برای همه",
                             url=database_url))) >= 1
    status = ok(server_cli("status", url=database_url))
    assert any(council_id in line and "ARD-7" in line for line in status)


def test_devices_revoke_and_answer_through_the_cli(database_url, tmp_path):
    from sync_harness import LiveServer, new_committee, raw_op

    lines = ok(server_cli("add-council", "--province", "اردبیل", "--county", "مشگین‌شهر",
                          "--settlement", "مشگین‌شهر", "--neighbourhood", "مرکزی",
                          url=database_url))
    council_id, code = lines[0], lines[-1]
    server = LiveServer(database_url).start()
    try:
        device = RawDevice(server, code)
        with server.store.session() as s:
            from app.models import Agency

            agency = s.scalar(select(Agency.id).where(Agency.council_id.is_(None)))
        demand = new_committee(council_id)["row_id"]
        device.pushed([raw_op("demands", demand, "insert", {
            "id": demand, "council_id": council_id, "agency_id": agency, "subject": "آب",
            "status": "sent", "letter_no": "1", "letter_date": "2025-01-01"})])
        ok(server_cli("answer-demand", demand, "--text", "انجام شد", "--date", "1404/01/20",
                      url=database_url))
        page = device.pull().json()
        (row,) = [r for r in page["rows"] if r["row_id"] == demand]
        assert row["data"]["answer_text"] == "انجام شد" and row["data"]["status"] == "answered"
        listing = ok(server_cli("devices", url=database_url))
        assert any(device.device_id in line and "active" in line for line in listing)
        ok(server_cli("revoke-device", device.device_id, url=database_url))
        assert device.pull().status_code == 401
        status = "\n".join(ok(server_cli("status", url=database_url)))
        assert device.device_id in status and "revoked" in status
        device.close()
    finally:
        server.stop()


def test_refusals_are_one_line(database_url):
    assert "no council" in refused(server_cli("enrollment-code", "nope", url=database_url))
    assert "no device" in refused(server_cli("revoke-device", "nope", url=database_url))
    assert "no demand" in refused(server_cli("answer-demand", "nope", "--text", "x",
                                             url=database_url))
    line = refused(server_cli("add-council", "--province", "", "--county", "ا", "--settlement",
                              "ا", "--neighbourhood", "ا", url=database_url))
    assert "required" in line
    bad_url = refused(server_cli("status", url="postgresql://nobody@127.0.0.1:9/none"))
    assert bad_url.startswith("dabir-server:")


# ------------------------------------------------------------------ backup, restore, purge


@pytest.fixture(params=BACKENDS)
def own_url(request, tmp_path) -> str:
    """A database of the test's own: a restore replaces it whole."""
    return backend_database(request.param, tmp_path)


def _epoch(url: str) -> str:
    return ok(server_cli("status", url=url))[0].split()[1].rstrip(";")


def _council(url: str, neighbourhood: str) -> str:
    return ok(server_cli("add-council", "--province", "اردبیل", "--county", "اردبیل",
                         "--settlement", "اردبیل", "--neighbourhood", neighbourhood,
                         url=url))[0]


def test_backup_and_restore_bring_the_old_data_back_with_a_new_epoch(own_url, tmp_path):
    kept = _council(own_url, "سبلان")
    epoch = _epoch(own_url)
    backup_file = tmp_path / "dabir.backup"
    assert "backed up" in ok(server_cli("backup", str(backup_file), url=own_url))[0]
    assert "already exists" in refused(server_cli("backup", str(backup_file), url=own_url))
    lost = _council(own_url, "کوثر")
    (line,) = ok(server_cli("restore", str(backup_file), url=own_url))
    assert "new epoch" in line and "every PC" in line
    status = "\n".join(ok(server_cli("status", url=own_url)))
    assert kept in status and lost not in status
    assert _epoch(own_url) != epoch


def test_restore_refuses_while_unsure(own_url, tmp_path):
    from server.db import Store

    backup_file = tmp_path / "dabir.backup"
    epoch = _epoch(own_url)  # creates the database
    ok(server_cli("backup", str(backup_file), url=own_url))
    assert "no backup file" in refused(server_cli("restore", str(tmp_path / "none"),
                                                  url=own_url))
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"not a backup at all" * 100)
    assert "not a Dabir server backup" in refused(server_cli("restore", str(junk), url=own_url))
    store = Store(own_url)  # a server still running: an open connection
    try:
        with store.engine.connect():
            line = refused(server_cli("restore", str(backup_file), url=own_url))
            assert "stop the server" in line
    finally:
        store.close()
    assert _epoch(own_url) == epoch  # nothing was touched


def test_purge_tombstones_prints_one_summary_line(own_url):
    (line,) = ok(server_cli("purge-tombstones", url=own_url))
    assert line.startswith("purged 0 deleted records older than 180 days")
    (line,) = ok(server_cli("purge-tombstones", "--older-than", "0", url=own_url))
    assert line.startswith("purged 0 deleted records older than 0 days")
    assert "0 days or more" in refused(server_cli("purge-tombstones", "--older-than", "-1",
                                                  url=own_url))


def test_without_pg_dump_backup_refuses_in_one_line(monkeypatch, capsys, tmp_path):
    from server import backup
    from server.cli import main

    monkeypatch.setattr(backup, "PG_BIN_GLOB", str(tmp_path / "none" / "*"))
    monkeypatch.setenv("PATH", str(tmp_path))
    code = main(["backup", str(tmp_path / "b.backup"), "--database-url",
                 "postgresql://dabir@127.0.0.1:9/dabir"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and "pg_dump was not found" in err[0]
