"""Backups: consistent while open, stamped, restorable atomically, rotating, refusing bad files."""
import json
import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from app.errors import NotFoundError, StateError, ValidationError
from app.models import Issue, Setting
from app.services import backup
from app.services.database import open_database
from app.services.search import search

T0 = datetime(2026, 11, 15, 10, 30, tzinfo=timezone.utc)


def add_issue(db, council, title):
    with db.session(actor="t") as s:
        s.add(Issue(council_id=council.id, title=title, reported_on=date(2026, 11, 1)))


def issue_titles(path):
    with sqlite3.connect(path) as con:
        return sorted(r[0] for r in con.execute(
            "SELECT title FROM issues WHERE deleted_at IS NULL"))


def sqlite_rows(path, sql):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_backup_while_open_is_consistent_and_stamped(db, council, tmp_path):
    add_issue(db, council, "خرابی لامپ کوچه")
    with db.session() as s:  # the app keeps the database open (WAL, nothing checkpointed)
        s.scalar(select(func.count(Issue.id)))
        info = backup.backup_to(db, tmp_path / "out" / "copy.db", now=T0)
    path = tmp_path / "out" / "copy.db"
    assert info.path == path and path.is_file()
    assert not (tmp_path / "out" / "copy.db-wal").exists()
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["copy.db"]  # no temp left
    assert issue_titles(path) == ["خرابی لامپ کوچه"]
    assert sqlite_rows(path, "PRAGMA integrity_check") == [("ok",)]
    assert sqlite_rows(path, "PRAGMA journal_mode") == [("delete",)]
    marker = json.loads(sqlite_rows(path, "SELECT value FROM settings WHERE key='dabir.backup'")[0][0])
    assert marker["format"] == "dabir-backup" and marker["council_code"] == "ARD-0054"
    assert info.council_code == "ARD-0054" and info.created_at == T0
    assert info.schema_revision == marker["schema_revision"] is not None
    assert info.app_version and len(info.content_hash) == 64
    assert backup.read_backup_info(path) == info


def test_backup_of_a_missing_database_or_over_itself(db, council, tmp_path):
    with pytest.raises(NotFoundError) as err:
        backup.backup_to(tmp_path / "nothing.db", tmp_path / "b.db")
    assert err.value.code == "backup.no_database"
    assert not (tmp_path / "nothing.db").exists()
    with pytest.raises(ValidationError) as err:
        backup.backup_to(db, db.path)
    assert err.value.code == "backup.same_file"


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(db, council, tmp_path):
    add_issue(db, council, "نشت لوله آب")
    saved = tmp_path / "saved.db"
    backup.backup_to(db, saved, now=T0)
    add_issue(db, council, "آسفالت خیابان")
    db.close()

    result = backup.restore_from(saved, db.path, now=T0 + timedelta(hours=1))
    assert issue_titles(db.path) == ["نشت لوله آب"]
    assert result.backup.council_code == "ARD-0054" and result.backup.created_at == T0
    assert result.safety_backup.parent == db.path.parent / "backups"
    assert issue_titles(result.safety_backup) == sorted(["نشت لوله آب", "آسفالت خیابان"])
    assert not [p for p in db.path.parent.iterdir() if p.name.endswith(".tmp")]
    # the restored file is a working database: migrated, searchable, no backup stamp left
    reopened = open_database(db.path)
    try:
        with reopened.session() as s:
            assert [h.title for h in search(s, "لوله")] == ["نشت لوله آب"]
            assert search(s, "آسفالت") == []
            assert s.get(Setting, "dabir.backup") is None
    finally:
        reopened.close()


def test_restore_backup_closes_an_open_database(db, council, tmp_path):
    saved = tmp_path / "saved.db"
    backup.backup_to(db, saved)
    add_issue(db, council, "بعد از پشتیبان")
    backup.restore_backup(db, saved)
    assert issue_titles(db.path) == []


def test_hand_copied_database_without_stamp_is_accepted(db, council, tmp_path):
    add_issue(db, council, "کپی دستی")
    copy = tmp_path / "copy.db"
    backup.backup_to(db, copy)
    con = sqlite3.connect(copy)
    con.execute("DELETE FROM settings WHERE key = 'dabir.backup'")
    con.commit()
    con.close()
    add_issue(db, council, "دیگر")
    db.close()
    result = backup.restore_from(copy, db.path)
    assert result.backup.created_at is None and result.backup.council_code == "ARD-0054"
    assert issue_titles(db.path) == ["کپی دستی"]


def _unchanged(db_path, before):
    assert issue_titles(db_path) == before
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith(".tmp")]


def test_refuses_a_file_that_is_not_a_backup(db, council, tmp_path):
    add_issue(db, council, "بماند")
    db.close()
    text_file = tmp_path / "notes.db"
    text_file.write_text("این یک فایل متنی است", encoding="utf-8")
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    for bad in (text_file, other, tmp_path / "missing.db"):
        with pytest.raises(ValidationError) as err:
            backup.restore_from(bad, db.path)
        assert err.value.code == "backup.not_a_backup"
        _unchanged(db.path, ["بماند"])
    assert not (db.path.parent / "backups").exists() or not list(
        (db.path.parent / "backups").glob("before-restore-*"))


def test_refuses_a_backup_from_a_newer_schema(db, council, tmp_path):
    saved = tmp_path / "future.db"
    backup.backup_to(db, saved)
    con = sqlite3.connect(saved)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    add_issue(db, council, "فعلی")
    db.close()
    with pytest.raises(ValidationError) as err:
        backup.restore_from(saved, db.path)
    assert err.value.code == "backup.newer"
    _unchanged(db.path, ["فعلی"])


def test_refuses_a_damaged_backup(db, council, tmp_path):
    for i in range(200):
        add_issue(db, council, f"مسئله {i} " + "متن " * 50)
    saved = tmp_path / "damaged.db"
    backup.backup_to(db, saved)
    data = bytearray(saved.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, page):
        data[offset + 8:offset + 200] = b"\xff" * 192  # trash cell pointers of every page
    saved.write_bytes(bytes(data))
    before = issue_titles(db.path)
    db.close()
    with pytest.raises(ValidationError) as err:
        backup.restore_from(saved, db.path)
    assert err.value.code in ("backup.corrupt", "backup.not_a_backup")
    _unchanged(db.path, before)


def test_refuses_while_the_database_is_open(db, council, tmp_path):
    saved = tmp_path / "saved.db"
    backup.backup_to(db, saved)
    add_issue(db, council, "باز")
    holder = sqlite3.connect(db.path)  # another program holds a read transaction
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM issues").fetchall()
    try:
        with pytest.raises(StateError) as err:
            backup.restore_from(saved, db.path)
        assert err.value.code == "backup.in_use"
    finally:
        holder.close()
    db.close()
    _unchanged(db.path, ["باز"])


def test_auto_backup_skips_empty_and_unchanged_and_rotates(db, tmp_path):
    folder = db.path.parent / "backups"
    assert backup.auto_backup(db.path, now=T0) is None  # no council yet: nothing to keep
    assert not list(folder.glob("dabir-*")) if folder.exists() else True

    from app.services.council import CouncilInput, setup_council
    with db.session(actor="t") as s:
        council = setup_council(s, CouncilInput(province="اردبیل", county="اردبیل",
                                                settlement="اردبیل", neighbourhood="شهرک",
                                                code="ARD-1"))
    first = backup.auto_backup(db.path, keep=2, now=T0)
    assert first.path == folder / "dabir-20261115T103000.000Z.db"
    assert backup.auto_backup(db.path, keep=2, now=T0 + timedelta(minutes=5)) is None
    (folder / "before-restore-x.db").write_bytes(b"kept")  # not an automatic backup
    names = []
    for i in range(3):
        add_issue(db, council, f"تغییر {i}")
        info = backup.auto_backup(db.path, keep=2, now=T0 + timedelta(minutes=10 * (i + 1)))
        assert info is not None
        names.append(info.path.name)
    autos = sorted(p.name for p in folder.glob("dabir-*.db"))
    assert autos == names[-2:]
    assert (folder / "before-restore-x.db").exists()
    assert [b.path.name for b in backup.list_backups(folder)] == names[::-1][:2]
    assert issue_titles(folder / names[-1]) == ["تغییر 0", "تغییر 1", "تغییر 2"]


def test_auto_backup_of_an_open_database_with_pending_wal(db, council):
    add_issue(db, council, "در WAL")
    info = backup.auto_backup(db.path, now=T0)
    assert info is not None and issue_titles(info.path) == ["در WAL"]
    assert backup.auto_backup(db.path, now=T0 + timedelta(seconds=1)) is None


def test_restore_onto_a_new_pc_with_no_database_yet(db, council, tmp_path):
    add_issue(db, council, "از فلش")
    saved = tmp_path / "usb" / "dabir.db"
    backup.backup_to(db, saved)
    target = tmp_path / "new-pc" / "data" / "dabir.db"
    result = backup.restore_from(saved, target)
    assert result.safety_backup is None
    assert issue_titles(target) == ["از فلش"]
