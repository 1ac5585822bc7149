"""Persian text and dates for Dabir, in pure Python (no Qt, no database).

Normalisation of typed text and search folding (normalize), digits and numbers (digits),
the Jalali calendar through jdatetime as the app's single source of truth (jalali), Persian
alphabetical sorting (collation), numbers in words (words), and national codes and mobile
numbers (ids). The most used names are re-exported here.
"""

from app.persian.collation import persian_sorted, sort_key
from app.persian.digits import format_number, parse_int, to_latin_digits, to_persian_digits
from app.persian.ids import (
    is_valid_national_id,
    make_national_id,
    normalize_mobile,
    normalize_national_id,
)
from app.persian.jalali import (
    MONTHS,
    WEEKDAYS,
    JalaliDateError,
    format_jalali,
    format_jalali_datetime,
    format_time,
    from_jalali,
    is_leap,
    jalali_year_range,
    month_length,
    parse_jalali,
    parse_time,
    to_jalali,
    today_jalali_year,
)
from app.persian.normalize import fold_for_search, normalize_name, normalize_text, search_variants
from app.persian.words import amount_in_words, number_to_words

__all__ = [
    "JalaliDateError",
    "MONTHS",
    "WEEKDAYS",
    "amount_in_words",
    "fold_for_search",
    "format_jalali",
    "format_jalali_datetime",
    "format_number",
    "format_time",
    "from_jalali",
    "is_leap",
    "is_valid_national_id",
    "jalali_year_range",
    "make_national_id",
    "month_length",
    "normalize_mobile",
    "normalize_name",
    "normalize_national_id",
    "normalize_text",
    "number_to_words",
    "parse_int",
    "parse_jalali",
    "parse_time",
    "persian_sorted",
    "search_variants",
    "sort_key",
    "to_jalali",
    "to_latin_digits",
    "to_persian_digits",
    "today_jalali_year",
]
