"""The engine's right-to-left reordering against the conformant Rust unicode-bidi, on random text.

The engine reorders with python-bidi's pure-Python algorithm plus rule N0 (paired brackets),
which that module lacks: without it "Red Crescent (IRCS) — شعبه ۲" printed "(Red Crescent (IRCS".
Here random mixes of Persian and Latin words, both kinds of digits, brackets, quotes and
punctuation are reordered by the engine and by the Rust implementation's levels (rule L2, then
mirroring at odd levels, rule L4) and must come out the same, character for character.
"""

from __future__ import annotations

import unicodedata

from bidi.mirror import MIRRORED
from hypothesis import given, settings
from hypothesis import strategies as st

from app.reports.bidi_text import _display_rtl
from glyphcheck import bidi_levels

TOKENS = [
    "شورا", "مصوبه", "هلال", "احمر", "Red", "Crescent", "IRCS", "ID", "42", "۱۲۳", "۱۴۰۵", "٣",
    "2026", "(", ")", "[", "]", "{", "}", "«", "»", "،", ".", ":", "/", "-", "—", ",", "%", "٪",
    "+", "؟", "!", "ش", "x", "۲۵٬۰۰۰", "3.5", "#",
]


def reference(text: str) -> str:
    """Visual order from unicode-bidi's levels: L2 reversal, then L4 mirroring."""
    levels = bidi_levels(text)
    order = list(range(len(text)))
    if levels:
        odd = [l for l in levels if l % 2]
        lowest_odd = min(odd) if odd else max(levels) + 1
        for level in range(max(levels), lowest_odd - 1, -1):
            i = 0
            while i < len(order):
                if levels[order[i]] >= level:
                    j = i
                    while j < len(order) and levels[order[j]] >= level:
                        j += 1
                    order[i:j] = reversed(order[i:j])
                    i = j
                else:
                    i += 1
    out = []
    for i in order:
        ch = text[i]
        out.append(MIRRORED.get(ch, ch) if levels[i] % 2 and unicodedata.mirrored(ch) else ch)
    return "".join(out)


lines = st.lists(st.tuples(st.sampled_from(TOKENS), st.sampled_from([" ", "", " "])), min_size=1,
                 max_size=12).map(lambda parts: "".join(t + sep for t, sep in parts).strip())


@settings(max_examples=400, deadline=None)
@given(lines)
def test_engine_order_matches_unicode_bidi(text):
    if text:
        assert _display_rtl(text) == reference(text)


def test_bracket_pair_after_latin_stays_with_it():
    text = "Red Crescent (IRCS) — شعبه ۲"
    assert _display_rtl(text) == reference(text)
    assert _display_rtl(text).endswith("Red Crescent (IRCS)")


shaping_tokens = st.lists(st.sampled_from(TOKENS + [
    "لا", "الله", "لأن", "فوراً", "مُحَمَّد", "می\u200cخواهیم", "خانۀ", "پردۀ", "ـ", "\u064b", "ّ", "  ",
    "علي", "ك"]), min_size=1, max_size=10)


@settings(max_examples=300, deadline=None)
@given(shaping_tokens, st.sampled_from([" ", ""]))
def test_word_by_word_shaping_equals_shaping_the_line(tokens, sep):
    from app.reports.bidi_text import _RESHAPER, _fallback, shape
    from app.reports.fonts import REGULAR

    line = sep.join(tokens)
    assert shape(line, REGULAR) == _fallback(_RESHAPER.reshape(line), REGULAR)
