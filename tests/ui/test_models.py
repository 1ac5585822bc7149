"""The table model base, its folding filter and lazy paging, without a window."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from app.enums import Priority
from app.persian import to_persian_digits
from app.services import council, issues
from app.ui.models import (Column, FoldingFilterProxy, PagedTableModel, RowTableModel,
                           QT_TRANSLATE_NOOP, SORT_ROLE)
from app.ui.tasks import TaskRunner


@dataclass(frozen=True)
class Person:
    name: str
    count: int
    born: date | None
    priority: str


class PeopleModel(RowTableModel):
    columns = (
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name")),
        Column("count", QT_TRANSLATE_NOOP("Columns", "Count"), "number"),
        Column("born", QT_TRANSLATE_NOOP("Columns", "Date"), "date"),
        Column("priority", QT_TRANSLATE_NOOP("Columns", "Priority"), "enum", enum=Priority),
    )


PEOPLE = [Person("یوسف", 12345, date(2026, 11, 15), "high"),
          Person("پرویز", 3, None, "low"),
          Person("علی", 20, date(2025, 3, 20), "urgent"),
          Person("آرش", 1000, date(2024, 1, 1), "medium"),
          Person("گلناز", 7, date(2023, 6, 6), "low"),
          Person("کاوه", 8, date(2023, 6, 7), "low")]


def texts(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_display_uses_persian_digits_jalali_and_words():
    model = PeopleModel()
    model.set_rows(PEOPLE)
    assert model.index(0, 1).data() == "۱۲٬۳۴۵"
    assert model.index(0, 2).data() == "۱۴۰۵/۰۸/۲۴"
    assert model.index(1, 2).data() == ""
    assert model.index(0, 3).data() == "زیاد"
    assert model.headerData(0, Qt.Orientation.Vertical) == "۱"
    assert model.headerData(5, Qt.Orientation.Vertical) == "۶"
    assert model.row_at(2).name == "علی"


def test_sort_in_persian_alphabetical_order():
    model = PeopleModel()
    model.set_rows(PEOPLE)
    model.sort(0)
    # Python's sorted() would put پ and گ and ک after ی
    assert texts(model, 0) == ["آرش", "پرویز", "علی", "کاوه", "گلناز", "یوسف"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert texts(model, 0)[:2] == ["یوسف", "آرش"]
    model.sort(2)
    assert texts(model, 0)[0] == "گلناز" and texts(model, 0)[-1] == "پرویز"  # no date last
    model.set_rows(list(reversed(PEOPLE)))  # a reload keeps the chosen sort
    assert texts(model, 0)[0] == "گلناز"


def test_filter_proxy_folds_arabic_letters_and_digits():
    model = PeopleModel()
    model.set_rows(PEOPLE + [Person("کريم", 5, None, "low")])  # Arabic yeh in the data
    proxy = FoldingFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("كریم")  # Arabic kaf typed
    assert texts(proxy, 0) == ["کريم"]
    proxy.set_filter_text("۱۴۰۵")
    assert texts(proxy, 0) == ["یوسف"]
    proxy.set_filter_text("")
    assert proxy.rowCount() == len(PEOPLE) + 1
    proxy.sort(0)
    assert texts(proxy, 0)[0] == "آرش"
    assert proxy.headerData(0, Qt.Orientation.Vertical) == "۱"


def test_paged_model_loads_page_by_page(qtbot, council_backend):
    council_id = council_backend.call(council.get_council).id

    def make(session):
        for i in range(45):
            issues.create_issue(session, issues.IssueInput(title=f"مسئله {to_persian_digits(i)}"),
                                council_id=council_id)
    council_backend.call(make)
    runner = TaskRunner(council_backend)

    class IssuesModel(PagedTableModel):
        columns = (Column("title", QT_TRANSLATE_NOOP("Columns", "Title")),
                   Column("reported_on", QT_TRANSLATE_NOOP("Columns", "Reported on"), "date"))
        sort_orders = {"title": ("title", "newest"), "reported_on": ("oldest", "newest")}

    model = IssuesModel(runner, page_size=20)
    totals = []
    model.total_changed.connect(totals.append)
    model.set_query(issues.list_issues, council_id, count_fn=issues.count_issues, order="newest")
    qtbot.waitUntil(lambda: model.rowCount() == 20 and totals == [45], timeout=5000)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex())  # one page at a time
    qtbot.waitUntil(lambda: model.rowCount() == 40, timeout=5000)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 45, timeout=5000)
    assert not model.canFetchMore(QModelIndex()) and model.exhausted
    model.sort(0)  # re-query in Persian title order
    qtbot.waitUntil(lambda: model.rowCount() == 20 and model.query_kwargs()["order"] == "title",
                    timeout=5000)
    assert model.index(0, 0).data() == "مسئله ۰"
    model.update_query(query="۴۴")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert model.index(0, 0).data() == "مسئله ۴۴"
    runner.shutdown()
