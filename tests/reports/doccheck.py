"""The proof every printed Dabir document must pass, shared by the document tests.

`check_document(pdf, result, must_read=...)`:
- every line the engine drew is the glyphs HarfBuzz gives for its logical text (glyphcheck),
  and no unrotated line leaves the text area between the margins;
- every page has «صفحه x از y» with the right x and y, in Persian digits;
- the text QtPdf (pdfium) reads back from each page contains every purely right-to-left line
  verbatim, and every Persian word and every Latin/number token of the mixed lines; every
  combining mark comes back, none lost or added;
- each string of `must_read` (names, numbers, the verification code) is in the read-back text.
pdfium rebuilds logical order with heuristics of its own, so three things are compared loosely
(the glyph check proves the order): a run of Latin letters, digits and hyphens inside a
right-to-left line may come back reordered ("FWPQ-FZ49-M3" as "3M49-FZ-FWPQ"), the words of a
Latin name may come back swapped, and a mark drawn before its base (HarfBuzz's visual order)
is attached to the character before it ("احتراماً،" as "احتراما،ً").
Returns the read-back pages for further checks.
"""

from __future__ import annotations

import collections
import re
import unicodedata
from datetime import date
from pathlib import Path

from app.persian.digits import to_persian_digits
from app.reports.document import MARGINS, PAGE_SIZE, BuildResult
from glyphcheck import bidi_levels, check_pdf, read_back_text, squash

DEMO_TODAY = date(2026, 11, 20)  # 1405/08/29: the demo ends here; every test prints as of it
TEXT_BOX = (MARGINS["left"], PAGE_SIZE[0] - MARGINS["right"])
_PERSIAN_WORD = re.compile(r"^[\u0600-\u06ff\u200c]+$")
_LATIN_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-]*$")


def page_label(page: int, total: int) -> str:
    return f"صفحه {to_persian_digits(page)} از {to_persian_digits(total)}"


def _found(wanted: str, flat: str, tokens: set[str]) -> bool:
    """`wanted` is in the read-back text: verbatim, or (pdfium reorders runs of Latin letters,
    digits and hyphens inside a right-to-left line: "FWPQ-FZ49-M3" reads back as
    "3M49-FZ-FWPQ") as a token with exactly its characters. The order itself is proved by the
    glyph check."""
    wanted = squash(wanted)
    if wanted in flat or _bare(wanted) in _bare(flat):
        return True
    return sorted(wanted.replace("-", "")) in (sorted(t.replace("-", "")) for t in tokens)


def _bare(text: str) -> str:
    """Text without combining marks: pdfium attaches a mark drawn before its base (HarfBuzz's
    visual order) to the character before it, so "احتراماً،" reads back as "احتراما،ً"."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


def _marks(text: str) -> collections.Counter:
    return collections.Counter(ch for ch in text if unicodedata.category(ch) == "Mn")


def check_document(pdf: Path, result: BuildResult, *, must_read: tuple[str, ...] = ()) -> list[str]:
    assert check_pdf(pdf, result, text_box=TEXT_BOX) == len(result.lines)
    for page in range(1, result.page_count + 1):
        assert page_label(page, result.page_count) in [l.logical for l in result.lines_on(page)], page
    pages = read_back_text(pdf)
    assert len(pages) == result.page_count
    for number, text in enumerate(pages, start=1):
        flat = squash(text)
        tokens = set(flat.split())
        marks = collections.Counter()
        for line in result.lines_on(number):
            marks += _marks(line.logical)
            if not line.logical.strip():
                continue
            if all(level % 2 for level in bidi_levels(line.logical)):
                assert squash(line.logical) in flat or _bare(squash(line.logical)) in _bare(flat), (
                    number, line.logical)
                continue
            for token in line.logical.split():
                token = token.strip("()[]«»:،.,؛")
                if _PERSIAN_WORD.match(token) or _LATIN_TOKEN.match(token):
                    assert _found(token, flat, tokens), (number, token, line.logical)
        assert _marks(flat) == marks, number  # every mark is there, none lost or added
    everything = squash(" ".join(pages))
    all_tokens = set(everything.split())
    for wanted in must_read:  # word by word: pdfium may swap the words of a Latin name
        assert _found(wanted, everything, all_tokens) or all(
            _found(word, everything, all_tokens) for word in wanted.split()), wanted
    return pages
