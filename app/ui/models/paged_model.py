"""Lazy paging: a table over a service that lists with `offset=` and `limit=`, one page at a time.

The large demo has 5,000 issues and 5,000 resolutions; loading them all into a view would
freeze the window and fill memory. `PagedTableModel` asks the service for the first page when
its query is set and for the next page only when the view scrolls near the end (Qt's
`canFetchMore`/`fetchMore`), each time through the task runner, so the GUI thread never waits.
Filters and order belong to the service query (`set_query(fn, *args, order=..., status=...)`):
changing them starts again from the first page, and answers to a superseded query are dropped.
Header clicks re-query with the order a subclass names in `sort_orders`; with no entry for a
column the click does nothing (a sort of the loaded part alone would mislead).
An optional count function gives the total for a "۱٬۲۳۴ مورد" label (`total_changed`).
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QModelIndex, Qt, Signal

from app.ui.models.table_model import RowTableModel
from app.ui.tasks import TaskRunner


class PagedTableModel(RowTableModel):
    """A RowTableModel filled page by page from `fn(session, *args, offset=, limit=, **kw)`."""

    loading_changed = Signal(bool)
    total_changed = Signal(int)
    failed = Signal(object)
    #: column key -> (order keyword for ascending, for descending)
    sort_orders: dict[str, tuple[str, str]] = {}

    def __init__(self, runner: TaskRunner, parent=None, page_size: int = 200, columns=None):
        super().__init__(parent, columns)
        self.runner = runner
        self.page_size = page_size
        self._fn: Callable[..., Any] | None = None
        self._count_fn: Callable[..., int] | None = None
        self._args: tuple = ()
        self._kwargs: dict[str, Any] = {}
        self._generation = 0
        self._loading = False
        self._exhausted = True
        self.total: int | None = None

    # --- the query -----------------------------------------------------------------------------
    def set_query(self, fn: Callable[..., Any], *args: Any,
                  count_fn: Callable[..., int] | None = None, **kwargs: Any) -> None:
        """List with `fn(*args, offset=, limit=, **kwargs)`; count with `count_fn(*args,
        **kwargs)` (without order) when given. Clears the rows and loads the first page."""
        self._fn, self._args, self._kwargs, self._count_fn = fn, args, dict(kwargs), count_fn
        self.refresh()

    def update_query(self, **kwargs: Any) -> None:
        """Change some keyword arguments (a filter, the order) and start again."""
        self._kwargs.update(kwargs)
        self.refresh()

    def query_kwargs(self) -> dict[str, Any]:
        return dict(self._kwargs)

    def refresh(self) -> None:
        """Forget the loaded rows and load the first page again (after a save, say)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._folded.clear()
        self.endResetModel()
        self._exhausted = self._fn is None
        self._set_loading(False)
        if self._fn is None:
            return
        self._load_page()
        if self._count_fn is not None:
            generation = self._generation
            kwargs = {k: v for k, v in self._kwargs.items() if k != "order"}
            self.runner.read(self._count_fn, *self._args, owner=self,
                             on_result=lambda n: self._got_total(generation, n), **kwargs)

    # --- Qt's lazy loading -------------------------------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt override
        if self.canFetchMore(parent):
            self._load_page()

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    # --- sorting through the service -----------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        orders = self.sort_orders.get(self.columns[column].key)
        if orders is None:
            return
        wanted = orders[0] if order == Qt.SortOrder.AscendingOrder else orders[1]
        if self._kwargs.get("order") != wanted:
            self.update_query(order=wanted)

    # --- internals -----------------------------------------------------------------------------------
    def _load_page(self) -> None:
        self._set_loading(True)
        generation = self._generation
        self.runner.read(self._fn, *self._args, offset=len(self._rows), limit=self.page_size,
                         owner=self, on_result=lambda rows: self._got_page(generation, rows),
                         on_error=lambda exc: self._page_failed(generation, exc), **self._kwargs)

    def _got_page(self, generation: int, rows) -> None:
        if generation != self._generation:
            return
        rows = list(rows)
        self._exhausted = len(rows) < self.page_size
        self.append_rows(rows)
        self._set_loading(False)

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._exhausted = True
        self._set_loading(False)
        self.failed.emit(exc)

    def _got_total(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = int(total)
            self.total_changed.emit(self.total)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)
