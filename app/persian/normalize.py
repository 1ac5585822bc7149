"""Normalisation of Persian text on the way into the database, and folding for search.

The same word reaches Dabir in several encodings: an Arabic keyboard layout types ي and ك
instead of Persian ی and ک, Arabic-Indic digits instead of Persian ones, heh + hamza instead
of ۀ, stray spaces around the zero-width non-joiner (ZWNJ, U+200C), tatweel stretching, and
pasted text brings tabs and runs of blank lines. ``normalize_text`` is applied to every
free-text field before it is stored, so that what is stored is one canonical spelling.
``fold_for_search`` goes further (drops diacritics and hamza forms, ASCII digits, no
punctuation, no ZWNJ) and is applied both to the search index and to the query, so that they
meet; ``search_variants`` adds the split and joined forms of ZWNJ words to the indexed text.
"""

from __future__ import annotations

import re
import unicodedata

from app.persian.digits import ANY_DIGIT_TO_LATIN

__all__ = ["ZWNJ", "normalize_text", "normalize_name", "fold_for_search", "search_variants"]

ZWNJ = "\u200c"

# Letters and digits that have one Persian spelling. ئ (yeh with hamza) is a real Persian
# letter (مسئول) and is kept here; only fold_for_search flattens it.
_CHAR_MAP = str.maketrans(
    {
        "\u064a": "\u06cc",  # ARABIC LETTER YEH -> FARSI YEH
        "\u0649": "\u06cc",  # ARABIC LETTER ALEF MAKSURA -> FARSI YEH
        "\u0643": "\u06a9",  # ARABIC LETTER KAF -> KEHEH
        "\u0640": None,  # tatweel
        "\u200b": None,  # zero-width space (pasted text)
        "\ufeff": None,  # BOM / zero-width no-break space
        **{chr(0x0660 + i): chr(0x06F0 + i) for i in range(10)},  # Arabic-Indic -> Persian
    }
)
# heh + hamza above -> heh with yeh above (ۀ). U+06D5 + U+0654 is the canonical decomposition.
_HEH_HAMZA_RE = re.compile("[\u0647\u06d5]\u0654")
# Persian yeh + hamza above -> ئ (NFC composes only the Arabic yeh form).
_YEH_HAMZA_RE = re.compile("\u06cc\u0654")
# Any horizontal whitespace (tab, NBSP, thin spaces...), but not newlines.
_HSPACE_RE = re.compile(r"[^\S\n]+")
# A run of ZWNJs, possibly with spaces around and between them.
_ZWNJ_RUN_RE = re.compile(r"[^\S\n]*(?:\u200c[^\S\n]*)+")
_BLANK_LINES_RE = re.compile(r"\n{3,}")


def _is_word_char(ch: str) -> bool:
    """Letters, digits and combining marks: what a ZWNJ may sit between."""
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def _fix_zwnj(text: str) -> str:
    """Clean up ZWNJ runs: keep one ZWNJ between two word characters, drop it elsewhere.

    "کتاب ‌ خانه" and "کتاب‌‌خانه" become "کتاب‌خانه" (spaces around the ZWNJ removed, run
    collapsed). A ZWNJ at a word start or end (next to a line end, punctuation, or nothing)
    carries no meaning and is dropped; if spaces were typed there, one space is kept.
    """

    def repl(m: re.Match[str]) -> str:
        before = text[m.start() - 1] if m.start() > 0 else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if before and after and _is_word_char(before) and _is_word_char(after):
            return ZWNJ
        return " " if m.group().strip(ZWNJ) else ""

    return _ZWNJ_RUN_RE.sub(repl, text)


def normalize_text(s: str | None) -> str | None:
    """Return the canonical stored form of a free-text field.

    - Unicode NFC (so آ typed as ا + madda is one character), then Arabic ي ى -> ی and
      ك -> ک, Arabic-Indic digits -> Persian digits (ASCII digits stay as typed),
      heh + hamza -> ۀ, tatweel / zero-width space / BOM removed;
    - ZWNJ cleanup (see ``_fix_zwnj``);
    - tabs and runs of spaces -> one space; every line stripped; CR/CRLF -> LF; three or more
      line breaks -> one blank line; leading and trailing blank lines removed.

    None stays None; an empty or whitespace-only text gives "" (the caller decides whether
    that means None). Idempotent: normalize_text(normalize_text(s)) == normalize_text(s).
    """
    if s is None:
        return None
    text = unicodedata.normalize("NFC", s)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Other line/paragraph separators count as line breaks too.
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x0b", "\n")
    text = text.replace("\x0c", "\n").replace("\x85", "\n")
    text = text.translate(_CHAR_MAP)
    text = _HEH_HAMZA_RE.sub("\u06c0", text)
    text = _YEH_HAMZA_RE.sub("\u0626", text)
    text = _fix_zwnj(text)
    text = _HSPACE_RE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_LINES_RE.sub("\n\n", text)
    return text.strip()


def normalize_name(s: str | None) -> str | None:
    """normalize_text, then one line: for names, titles and other single-line fields."""
    text = normalize_text(s)
    if text is None:
        return None
    return " ".join(text.split())


# --- search folding ------------------------------------------------------------------------

_FOLD_MAP = str.maketrans(
    {
        # alef forms (آ too: people often type ا for آ)
        "\u0622": "\u0627",  # آ
        "\u0623": "\u0627",  # أ
        "\u0625": "\u0627",  # إ
        "\u0671": "\u0627",  # ٱ
        "\u0629": "\u0647",  # ة -> ه
        "\u06c0": "\u0647",  # ۀ -> ه
        "\u0624": "\u0648",  # ؤ -> و
        "\u0626": "\u06cc",  # ئ -> ی
        "\u0621": None,  # ء dropped
        "\u066c": None,  # ٬ Arabic thousands separator: only ever between digits
        **ANY_DIGIT_TO_LATIN,
    }
)
# Harakat, superscript alef, Quranic annotation marks.
_DIACRITICS_RE = re.compile("[\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]")


def _fold_keep_zwnj(s: str | None) -> str:
    """fold_for_search, except that ZWNJs between letters are kept (for search_variants)."""
    text = normalize_text(s) or ""
    text = _DIACRITICS_RE.sub("", text)
    text = text.translate(_FOLD_MAP)
    text = text.casefold()
    out = []
    for ch in text:
        if ch == ZWNJ:
            out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if cat[0] in "PSZ" or cat == "Cc":
            out.append(" ")  # punctuation, symbols, spaces, newlines
        elif cat in ("Cf", "Mn") and ch != ZWNJ:
            continue  # LRM/RLM, ZWJ, soft hyphen; leftover non-spacing marks
        else:
            out.append(ch)
    # Punctuation next to a ZWNJ may now have left it at a word edge.
    text = _fix_zwnj("".join(out))
    return " ".join(text.split())


def fold_for_search(s: str | None) -> str:
    """Fold text to the form both the search index and the query are compared in.

    normalize_text, then: Arabic diacritics removed; all digits ASCII; أ إ ٱ آ -> ا, ة ۀ -> ه,
    ؤ -> و, ئ -> ی, ء dropped; Latin case-folded; punctuation and symbols (، ؛ ؟ « » ! ? . , :
    ; ( ) [ ] " ' / - ...) -> space; ZWNJ removed, joining the parts ("کتاب‌خانه" ->
    "کتابخانه"); one line, single spaces. None gives "".

    Removing the ZWNJ (rather than keeping it) lets a query typed with a ZWNJ or without one
    find both spellings; search_variants adds the split form to the index.
    """
    return _fold_keep_zwnj(s).replace(ZWNJ, "")


def search_variants(s: str | None) -> str:
    """The text to put in the full-text index: fold_for_search(s) plus split forms.

    Persian writes compound words three ways: joined ("کتابخانه"), with a ZWNJ ("کتاب‌خانه")
    or with a space ("کتاب خانه"), and the same person is not consistent. A full-text index
    (SQLite FTS5) tokenises on spaces and would treat the ZWNJ as part of a token, so a word
    stored with a ZWNJ would be found by none of the other two spellings. Here every ZWNJ
    word appears joined (in its place, as fold_for_search gives it) and, appended at the end,
    split into its parts. Then the query, folded with fold_for_search, matches in every case:
    "کتاب‌خانه" and "کتابخانه" both fold to the joined token, and "کتاب خانه" finds the parts.
    The parts go at the end so that phrase queries over the original word order still work.
    The result contains no ZWNJ; each appended part is listed once.
    """
    folded = _fold_keep_zwnj(s)
    extra: list[str] = []
    seen: set[str] = set()
    for word in folded.split(" "):
        if ZWNJ not in word:
            continue
        for part in word.split(ZWNJ):
            if part and part not in seen:
                seen.add(part)
                extra.append(part)
    joined = folded.replace(ZWNJ, "")
    return " ".join(filter(None, [joined, " ".join(extra)]))
