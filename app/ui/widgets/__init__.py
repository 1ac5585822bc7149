"""Shared widgets every page uses: the Jalali date field, digit-agnostic number fields, the
per-field error label and the form helper that maps domain errors to fields, the searchable
combo box and the busy/progress strip."""
from app.ui.widgets.field_error import FieldError
from app.ui.widgets.form import FormErrors
from app.ui.widgets.jalali_date_edit import JalaliDateEdit
from app.ui.widgets.number_edit import DigitsEdit, MobileEdit, NumberEdit
from app.ui.widgets.search_combo import SearchableCombo

__all__ = ["DigitsEdit", "FieldError", "FormErrors", "JalaliDateEdit", "MobileEdit", "NumberEdit",
           "SearchableCombo"]
