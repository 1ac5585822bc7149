"""Member export/import: Persian headers and words, Jalali dates, all-or-nothing, round trip."""
from __future__ import annotations

import csv
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.errors import ValidationError
from app.models import AuditEntry, Member, OutboxEntry
from app.persian.ids import make_national_id
from app.services import members as ms
from app.services.committees import find_committee
from app.services.members import MemberInput
from app.services.members_io import (COLUMNS, ImportRowsError, export_members, import_members)

NID = [make_national_id(f"0{i:02d}765432") for i in range(1, 20)]
HEADERS = [h for _, h in COLUMNS]


def counts(db):
    with db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(m))
                     for m in (Member, AuditEntry, OutboxEntry))


def views(db, council):
    with db.session() as s:
        return ms.list_members(s, council.id)


@pytest.fixture
def filled(db, council):
    """Four members: committees, a replacement, an inactive one, notes on two lines."""
    with db.session(actor="test") as s:
        sport = find_committee(s, council.id, "کمیته ورزش").id
        health = find_committee(s, council.id, "کمیته سلامت").id
        old = ms.create_member(s, council.id, MemberInput(
            first_name="حسین", last_name="کاظمی", national_id=NID[0], gender="male",
            residence_proof="سند ملک", constituency="police", term_start="1402/01/15"))
        ms.create_member(s, council.id, MemberInput(
            first_name="رضا", last_name="یوسفی", national_id=NID[1], gender="male",
            residence_proof="اجاره‌نامه", constituency="police", term_start="1404/03/01",
            replaces_id=old.id, role="deputy"))
        ms.create_member(s, council.id, MemberInput(
            first_name="زهرا", last_name="پاکزاد", national_id=NID[2], gender="female",
            mobile="09351112233", address="خیابان شهید بهشتی، کوچه ۱۲", role="chair",
            residence_proof="قبض گاز", constituency="figure", term_start="1404/02/15",
            term_end="1406/02/14", appointment_letter_no="۱۲۳/ش", notes="سطر یک\nسطر دو",
            appointment_letter_date="1404/02/10", committee_ids=(sport, health)))
        ms.create_member(s, council.id, MemberInput(
            first_name="مریم", last_name="گلی", national_id=NID[3], gender="female",
            status="inactive", constituency="red_crescent", notes="=1+1 (not a formula)"))
    return council


def test_export_xlsx_in_persian(db, filled, tmp_path):
    path = tmp_path / "members.xlsx"
    with db.session() as s:
        assert export_members(s, filled.id, path) == 4
    ws = load_workbook(path).active
    rows = [[c or "" for c in r] for r in ws.iter_rows(values_only=True)]
    assert rows[0][:15] == ["نام", "نام خانوادگی", "کد ملی", "تلفن همراه", "جنسیت", "نشانی",
                            "مدرک سکونت", "سمت", "نمایندگی", "وضعیت", "شروع دوره", "پایان دوره",
                            "شماره حکم", "تاریخ حکم", "کمیته‌ها"]
    assert [r[1] for r in rows[1:]] == ["پاکزاد", "کاظمی", "گلی", "یوسفی"]  # Persian order
    zahra = dict(zip(rows[0], rows[1]))
    assert zahra["جنسیت"] == "زن" and zahra["سمت"] == "رئیس" and zahra["وضعیت"] == "فعال"
    assert zahra["نمایندگی"] == "چهره فرهنگی، ورزشی، هنری یا علمی"
    assert zahra["شروع دوره"] == "1404/02/15" and zahra["تاریخ حکم"] == "1404/02/10"
    assert zahra["کمیته‌ها"] == "کمیته سلامت، کمیته ورزش"
    assert zahra["کد ملی"] == NID[2] and NID[2].startswith("0")  # the leading zero is kept
    assert dict(zip(rows[0], rows[2]))["وضعیت"] == "غیرفعال"
    assert dict(zip(rows[0], rows[3]))["یادداشت"] == "=1+1 (not a formula)"
    assert ws.sheet_view.rightToLeft


def test_export_csv_has_bom(db, filled, tmp_path):
    path = tmp_path / "members.csv"
    with db.session() as s:
        export_members(s, filled.id, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == HEADERS
    assert rows[1][2] == NID[2] and rows[1][7] == "رئیس"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_changes_nothing(db, filled, tmp_path, suffix):
    path = tmp_path / f"members{suffix}"
    with db.session() as s:
        export_members(s, filled.id, path)
    before, listed = counts(db), views(db, filled)
    with db.session(actor="test") as s:
        report = import_members(s, filled.id, path)
    assert (report.created, report.updated, report.unchanged, report.rows_ok) == (0, 0, 4, 4)
    assert report.ok and report.ignored_columns == ()
    assert counts(db) == before  # no member, audit or outbox entry added
    assert views(db, filled) == listed


def write_csv(path, header, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_import_hand_typed_file(db, council, tmp_path):
    path = write_csv(tmp_path / "new.csv",
                     ["first_name", "نام خانوادگي", "کدملی", "موبایل", "جنسیت", "مدرک سکونت",
                      "سمت", "نمایندگی", "شروع دوره", "کمیته ها", "ستون اضافه"],
                     [["علي", "كريمي", NID[5].translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")),
                       "۹۱۲۱۲۳۴۵۶۷", "آقا", "قبض آب", "نائب رئيس", "بسيج", "۱۴۰۴/۲/۱",
                       "كميته ورزش، کمیته سلامت", "x"],
                      ["", "", "", "", "", "", "", "", "", "", ""],
                      ["Sara", "Ahmadi", NID[6][1:], "", "female", "اجاره", "member",
                       "red_crescent", "1404-02-01", "", ""]])
    with db.session(actor="test") as s:
        report = import_members(s, council.id, path)
    assert (report.created, report.updated) == (2, 0)
    assert report.ignored_columns == ("ستون اضافه",)
    listed = {m.national_id: m for m in views(db, council)}
    ali = listed[NID[5]]
    assert (ali.first_name, ali.last_name, ali.mobile) == ("علی", "کریمی", "09121234567")
    assert (ali.gender, ali.role, ali.constituency) == ("male", "deputy", "basij")
    assert ali.term_start == date(2025, 4, 21)
    assert set(ali.committee_names) == {"کمیته ورزش", "کمیته سلامت"}
    assert listed[NID[6]].status == "active" and listed[NID[6]].role == "member"


def test_bad_rows_import_nothing(db, filled, tmp_path):
    bad_nid = NID[7][:9] + str((int(NID[7][9]) + 1) % 10)
    path = write_csv(tmp_path / "bad.csv", HEADERS[:10] + ["کمیته‌ها"], [
        ["نرگس", "امینی", NID[8], "", "زن", "", "", "عضو", "", "فعال", ""],  # 2: residence
        ["ناصر", "امیری", bad_nid, "", "مرد", "", "سند", "عضو", "", "", ""],  # 3: nid
        ["نادر", "اکبری", NID[9], "0912", "مرد", "", "سند", "استاد", "", "", "کمیته شنا"],
        ["حامد", "اکبری", NID[9], "", "مرد", "", "سند", "", "", "", ""],  # 5: duplicate
        ["حسین", "کاظمی", NID[0], "", "مرد", "", "سند ملک", "", "پلیس", "", ""],  # 6: fine
    ])
    before = counts(db)
    with pytest.raises(ImportRowsError) as exc, db.session(actor="test") as s:
        import_members(s, filled.id, path)
    err = exc.value
    assert err.code == "import.bad_rows" and err.params["count"] == 4
    found = {(p.row, p.field, p.code) for p in err.report.problems}
    assert found == {
        (2, "residence_proof", "member.residence_required"),
        (3, "national_id", "member.national_id_invalid"),
        (4, "mobile", "member.mobile_invalid"), (4, "role", "bad_choice"),
        (4, "committees", "committee.unknown"),
        (5, "national_id", "import.duplicate_row")}
    assert "row 3: national_id" in err.by_field()
    assert err.report.rows_ok == 1
    messages = [p.message() for p in err.report.problems]
    assert "Row 5: کد ملی: The national ID" in messages[-1] and "row 4" in messages[-1]
    assert counts(db) == before


def test_dry_run_reports_without_writing(db, filled, tmp_path):
    path = write_csv(tmp_path / "mixed.csv", ["نام", "نام خانوادگی", "کد ملی", "جنسیت",
                                              "مدرک سکونت", "تلفن همراه"], [
        ["حسین", "کاظمی", NID[0], "مرد", "سند ملک", "09140000000"],  # update: mobile
        ["نرگس", "امینی", NID[8], "زن", "قبض", ""],  # new
    ])
    before = counts(db)
    with db.session(actor="test") as s:
        report = import_members(s, filled.id, path, dry_run=True)
    assert (report.created, report.updated, report.unchanged, report.dry_run) == (1, 1, 0, True)
    assert counts(db) == before
    bad = write_csv(tmp_path / "bad.csv", ["نام", "نام خانوادگی", "کد ملی", "جنسیت"],
                    [["x", "y", "12", "مرد"]])
    with db.session(actor="test") as s:
        report = import_members(s, filled.id, bad, dry_run=True)
    assert not report.ok and [p.row for p in report.problems] == [2, 2]
    assert counts(db) == before


def test_import_updates_only_given_columns(db, filled, tmp_path):
    path = write_csv(tmp_path / "upd.csv", ["نام", "نام خانوادگی", "کد ملی", "جنسیت",
                                            "مدرک سکونت", "تلفن همراه"],
                     [["زهرا", "پاکزاد", NID[2], "زن", "قبض گاز", "۰۹۱۴۰۰۰۰۰۰۰"],
                      ["مریم", "گلی", NID[3], "", "", ""]])  # blanks keep the stored values
    with db.session() as s:
        old = ms.find_member_by_national_id(s, filled.id, NID[2])
        audits = s.scalar(select(func.count()).select_from(AuditEntry))
    with db.session(actor="test") as s:
        report = import_members(s, filled.id, path)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    with db.session() as s:
        assert ms.find_member_by_national_id(s, filled.id, NID[3]).status == "inactive"
        new = ms.find_member_by_national_id(s, filled.id, NID[2])
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.id > audits)))
    assert new.mobile == "09140000000"
    assert new.committees == old.committees and new.notes == old.notes  # absent columns kept
    assert [(e.table_name, set(e.changes)) for e in entries] == [("members", {"mobile"})]


def test_xlsx_numbers_and_dates_from_excel(db, council, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["نام", "نام خانوادگی", "کد ملی", "تلفن همراه", "جنسیت", "مدرک سکونت",
               "شروع دوره"])
    ws.append(["امیر", "نوری", int(NID[4]), 9121112233, "مرد", "سند", "1404/01/20"])
    path = tmp_path / "typed.xlsx"
    wb.save(path)
    with db.session(actor="test") as s:
        assert import_members(s, council.id, path).created == 1
        m = ms.find_member_by_national_id(s, council.id, NID[4])
    assert m.national_id == NID[4] and m.mobile == "09121112233"
    assert m.term_start == date(2025, 4, 9)


def test_file_problems(db, council, tmp_path):
    with pytest.raises(ValidationError) as exc, db.session(actor="test") as s:
        import_members(s, council.id, tmp_path / "list.txt")
    assert exc.value.code == "import.bad_type"
    with pytest.raises(ValidationError) as exc, db.session(actor="test") as s:
        import_members(s, council.id, tmp_path / "missing.csv")
    assert exc.value.code == "import.bad_file"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ValidationError) as exc, db.session(actor="test") as s:
        import_members(s, council.id, broken)
    assert exc.value.code == "import.bad_file"
    path = write_csv(tmp_path / "cols.csv", ["نام", "کد ملی", "نام"], [["a", "b", "c"]])
    with pytest.raises(ValidationError) as exc, db.session(actor="test") as s:
        import_members(s, council.id, path)
    assert {p.code for p in exc.value.problems} == {"import.duplicate_column",
                                                    "import.missing_column"}
    assert exc.value.problems[-1].params["column"] == "نام خانوادگی"


def test_cp1256_csv_is_read(db, council, tmp_path):
    path = tmp_path / "win.csv"
    text = "نام;نام خانوادگی;کد ملی;جنسیت;مدرک سکونت\r\nمحمد;رحیمی;%s;مرد;قبض\r\n" % NID[10]
    path.write_bytes(text.replace("ی", "ي").encode("cp1256"))  # cp1256 has only Arabic yeh
    with db.session(actor="test") as s:
        assert import_members(s, council.id, path).created == 1
        assert ms.find_member_by_national_id(s, council.id, NID[10]).last_name == "رحیمی"
