"""Search: Ctrl+F, typing with an Arabic keyboard's ي/ك, results grouped by kind, opening one."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import demands, issues
from app.ui.pages.demands_page import DemandsPage
from app.ui.pages.search_page import SearchPage
from pages_support import TODAY, agency_id, council_id, window_with
from records_support import settle
from ui_helpers import type_text


def make_records(backend) -> dict[str, str]:
    cid = council_id(backend)
    issue = backend.call(issues.create_issue, issues.IssueInput(
        title="خرابی چراغ‌های کوچه باریک", description="سه چراغ کوچه از هفته پیش خاموش است",
        reported_on=TODAY), council_id=cid, today=TODAY)
    backend.call(issues.create_issue, issues.IssueInput(
        title="آب‌گرفتگی خیابان اصلی", reported_on=TODAY), council_id=cid, today=TODAY)
    demand = backend.call(demands.create_demand, demands.DemandInput(
        agency_id=agency_id(backend, "شرکت توزیع نیروی برق"),
        subject="تعمیر چراغ‌های کوچه باریک", letter_no="۷۷/ش/۱۴۰۴"),
        council_id=cid, today=TODAY)
    return {"issue": issue.id, "demand": demand.id}


def typed_search(qtbot, runner, page, text: str) -> None:
    type_text(page.box, text)
    qtbot.waitUntil(lambda: not page._debounce.isActive(), timeout=3000)
    settle(qtbot, runner)


def test_search_with_arabic_ye_and_kaf_finds_the_persian_record(qtbot, council_backend, runner):
    ids = make_records(council_backend)
    window, page = window_with(qtbot, council_backend, runner, DemandsPage, SearchPage)
    assert window.current_page().key == "demands"

    # Ctrl+F from another page: the search page, its box ready for typing
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert page.key == "search" and page.box.hasFocus()

    # «كوچه باريك» typed with Arabic kaf and yeh finds «کوچه باریک» written with Persian ones
    typed_search(qtbot, runner, page, "كوچه باريك")
    kinds = [g.kind for g in page.groups]
    assert sorted(kinds) == ["demand", "issue"]
    hits = page.hit_items()
    found = {item.data(0, Qt.ItemDataRole.UserRole + 1)[1] for item in hits}
    assert found == {ids["issue"], ids["demand"]}
    titles = [item.text(0).strip() for item in hits]
    assert "خرابی چراغ‌های کوچه باریک" in titles
    heads = [page.results.topLevelItem(i).text(0) for i in range(page.results.topLevelItemCount())
             if not page.results.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1)]
    assert "مسائل محله (۱)" in heads and "مطالبات (۱)" in heads
    assert page.summary.text() == "۲ سابقه یافت شد"

    # an issue: no issues page in this window, so a detail dialog shows it
    issue_item = next(i for i in hits if i.data(0, Qt.ItemDataRole.UserRole + 1)[0] == "issue")
    page.results.setCurrentItem(issue_item)
    QTest.keyClick(page.results, Qt.Key.Key_Return)
    settle(qtbot, runner)
    dialog = page.detail_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "خرابی چراغ‌های کوچه باریک"
    facts = dict(dialog.rows)
    assert facts["وضعیت"] == "جدید" and facts["تاریخ گزارش"] == "۱۴۰۴/۰۸/۲۴"
    dialog.close()

    # a demand: the demands page opens it
    demand_item = next(i for i in hits if i.data(0, Qt.ItemDataRole.UserRole + 1)[0] == "demand")
    page.open_item(demand_item)
    settle(qtbot, runner)
    demands_page = window.current_page()
    assert demands_page.key == "demands"
    qtbot.waitUntil(lambda: demands_page.form.current is not None
                    and demands_page.form.current.id == ids["demand"], timeout=5000)
    assert demands_page.form.subject.text() == "تعمیر چراغ‌های کوچه باریک"


def test_typing_over_drops_stale_answers_and_nothing_found_says_so(
        qtbot, council_backend, runner):
    make_records(council_backend)
    window, page = window_with(qtbot, council_backend, runner, SearchPage)
    typed_search(qtbot, runner, page, "آب")
    assert [g.kind for g in page.groups] == ["issue"]
    page.box.clear()
    typed_search(qtbot, runner, page, "۷۷")  # a letter number in Persian digits
    assert [g.kind for g in page.groups] == ["demand"]
    # an answer to an older query arriving late is ignored
    old = page._generation
    page.show_groups([], old - 1)
    assert [g.kind for g in page.groups] == ["demand"]
    page.box.clear()
    typed_search(qtbot, runner, page, "زلزله")
    assert page.groups == [] and page.summary.text() == "برای «زلزله» چیزی یافت نشد."
    page.box.clear()
    typed_search(qtbot, runner, page, "")
    assert page.results.topLevelItemCount() == 0 and page.summary.text() == ""
