"""Item models for the screens: the column-declared table model, its folding filter proxy and
the lazily paged variant over services that list with offset/limit."""
from app.ui.models.filter_proxy import FoldingFilterProxy
from app.ui.models.paged_model import PagedTableModel
from app.ui.models.table_model import (FILTER_ROLE, ROW_ROLE, SORT_ROLE, Column, RowTableModel,
                                       QT_TRANSLATE_NOOP)

__all__ = ["FILTER_ROLE", "ROW_ROLE", "SORT_ROLE", "Column", "FoldingFilterProxy",
           "PagedTableModel", "QT_TRANSLATE_NOOP", "RowTableModel"]
