"""Reading and writing simple tables as .xlsx (openpyxl) or .csv, chosen by the file extension.

Secretaries keep member lists in Excel, so an export must open there with its Persian intact
and an import must read what Excel saves. CSV is written as UTF-8 with a byte-order mark (the
only way Excel on Windows detects UTF-8) and read as UTF-8 with or without one, falling back to
Windows-1256 (what an Arabic/Persian Windows saves as "CSV"); the delimiter may be a comma, a
semicolon or a tab. XLSX sheets are written right-to-left with every cell as text, so national
IDs keep their leading zeros and text starting with "=" is never taken for a formula. Reading
returns every row with the row number a spreadsheet shows (the header is row 1) so that
problems can point at the right line. No database here.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Sequence

from app.errors import ValidationError

KINDS = (".xlsx", ".csv")


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]  # (spreadsheet row number, cells)


def table_kind(path: Path | str) -> str:
    """'.xlsx' or '.csv' from the file name, else ValidationError 'import.bad_type'."""
    suffix = Path(path).suffix.lower()
    if suffix not in KINDS:
        raise ValidationError("import.bad_type", field="path", path=str(path))
    return suffix


def write_table(path: Path | str, headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
                sheet_title: str = "Sheet1") -> None:
    """Write a header row and data rows; None is written as an empty cell."""
    path = Path(path)
    kind = table_kind(path)
    rows = [["" if v is None else v for v in row] for row in rows]
    if kind == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(headers)
            writer.writerows(rows)
        return
    from openpyxl import Workbook  # noqa: PLC0415 - only loaded when a spreadsheet is written
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title[:31]
    ws.sheet_view.rightToLeft = True
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([str(v) for v in row])
    for column_cells in ws.columns:
        width = max((len(str(c.value or "")) for c in column_cells), default=8)
        ws.column_dimensions[column_cells[0].column_letter].width = min(max(width + 2, 10), 60)
        for cell in column_cells:
            cell.number_format = "@"
            if cell.data_type == "f":  # text that starts with "=" stays text, never a formula
                cell.data_type = "s"
    ws.freeze_panes = "A2"
    wb.save(path)


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1256"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("utf-8", data, 0, 1, "neither UTF-8 nor Windows-1256")


def _read_csv(path: Path) -> list[list[Any]]:
    content = _decode(path.read_bytes())
    first = content.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count) if first else ","
    return [list(r) for r in csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)]


def _cell(value: Any) -> Any:
    """An XLSX cell as text, except real dates (kept as `date`)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook  # noqa: PLC0415

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        return [[_cell(v) for v in row] for row in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def read_table(path: Path | str) -> Table:
    """The first sheet (or the CSV) as headers and numbered non-empty rows.

    Raises ValidationError 'import.bad_file' when the file is missing or unreadable.
    """
    path = Path(path)
    kind = table_kind(path)
    try:
        raw = _read_csv(path) if kind == ".csv" else _read_xlsx(path)
    except Exception as exc:  # OSError, decoding, csv.Error; zip/xml errors of a damaged .xlsx
        raise ValidationError("import.bad_file", field="path", path=str(path),
                              reason=str(exc) or type(exc).__name__) from exc
    if not raw:
        return Table((), ())
    headers = tuple(str(h or "").strip() for h in raw[0])
    rows = []
    for number, cells in enumerate(raw[1:], start=2):
        if any(c not in ("", None) and str(c).strip() for c in cells):
            padded = tuple(cells) + ("",) * (len(headers) - len(cells))
            rows.append((number, padded[:max(len(headers), len(cells))]))
    return Table(headers, tuple(rows))
