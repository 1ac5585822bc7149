"""Full-text search over members, meetings, resolutions, issues, demands and projects.

`search_index` (SQLite FTS5, unicode61 tokenizer, prefix indexes of 2 and 3 characters) holds
one folded document per live searchable record (what goes in: `app.services.search_docs`).
Hooks installed by `install` keep it in step with the records in the edit's own transaction,
the way `tracking` keeps the audit log (how: `app.services.search_index`).
A query is folded exactly like the documents (Arabic ي/ك, diacritics, Persian digits, ZWNJ),
each word becomes a quoted prefix term and the terms are ANDed, so no typed character can be
read as FTS syntax. Hits are ranked by bm25 with the title weighted above the body, and shown
with the record's title and a snippet cut from its text as stored.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import bindparam, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.persian.normalize import fold_for_search
from app.services.search_docs import KINDS, Doc, build
from app.services.search_index import (IndexStatus, flush_pending, index_status, install,
                                       note_changed, rebuild_index)

__all__ = ["SearchHit", "SearchGroup", "IndexStatus", "search", "search_grouped",
           "rebuild_index", "index_status", "install", "note_changed", "KINDS",
           "query_terms", "match_expression"]

#: bm25 weights of (kind, row_id, council_id, title, body): a title word counts 4 times
_WEIGHTS = "0.0, 0.0, 0.0, 4.0, 1.0"
_MAX_TERMS = 12
_SNIPPET_WORDS = 18


@dataclass(frozen=True)
class SearchHit:
    """One record found: its kind and id (to open it), title, a snippet, and bm25 rank.

    `rank` follows FTS5: smaller (more negative) is a better match. `highlights` are the words
    of the snippet that matched the query, for the UI to emphasise.
    """

    kind: str
    row_id: str
    title: str
    snippet: str
    rank: float
    highlights: tuple[str, ...] = ()


@dataclass(frozen=True)
class SearchGroup:
    """The hits of one kind: the best few, and how many matched in all."""

    kind: str
    total: int
    hits: tuple[SearchHit, ...]


def query_terms(query: str | None) -> list[str]:
    """The folded words of a typed query (punctuation and FTS operators are just spaces)."""
    words = fold_for_search(query or "").split()
    return [w for w in words if any(ch.isalnum() for ch in w)][:_MAX_TERMS]


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"*'


def match_expression(terms: Sequence[str]) -> str:
    """An FTS5 MATCH string: every term a quoted prefix term, ANDed.

    Two neighbouring words may also have been typed apart that the record writes as one word
    ("کتاب خانه" for "کتابخانه"), so each such pair of letter words is also accepted joined.
    """
    if not terms:
        return ""
    expr = " AND ".join(_quote(t) for t in terms)
    if 2 <= len(terms) <= 5:
        alternatives = [expr]
        for i in range(len(terms) - 1):
            if not (terms[i].isalpha() and terms[i + 1].isalpha()):
                continue  # "12 3" is a resolution number, not a split "123"
            joined = [*terms[:i], terms[i] + terms[i + 1], *terms[i + 2:]]
            alternatives.append(" AND ".join(_quote(t) for t in joined))
        if len(alternatives) > 1:
            expr = " OR ".join(f"({a})" for a in alternatives)
    return expr


def _filters(council_id: str | None, kinds: Sequence[str] | None) -> tuple[str, dict, list]:
    sql, params, binds = "", {}, []
    if council_id is not None:
        sql += " AND council_id = :council_id"
        params["council_id"] = council_id
    if kinds is not None:
        sql += " AND kind IN :kinds"
        params["kinds"] = [str(k) for k in kinds]
        binds.append(bindparam("kinds", expanding=True))
    return sql, params, binds


def _ranked(session: Session, expr: str, council_id, kinds, limit: int) -> list:
    where, params, binds = _filters(council_id, kinds)
    stmt = text(f"SELECT kind, row_id, bm25(search_index, {_WEIGHTS}) AS rank"
                f" FROM search_index WHERE search_index MATCH :expr{where}"
                " ORDER BY rank LIMIT :limit").bindparams(*binds)
    try:
        return list(session.execute(stmt, {"expr": expr, "limit": limit, **params}))
    except OperationalError as exc:  # a term the tokenizer and the folding disagree on
        if "fts5" in str(exc).lower():
            return []
        raise


def _snippet(doc: Doc, terms: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    """A window of the record's text around the first matching word, and the words matched."""
    words = doc.text.split()
    if not words:
        return "", ()

    def matches(word: str) -> bool:
        return any(part.startswith(t) for part in fold_for_search(word).split() for t in terms)

    hit = [i for i, w in enumerate(words) if matches(w)]
    start = max(0, hit[0] - _SNIPPET_WORDS // 3) if hit else 0
    end = min(len(words), start + _SNIPPET_WORDS)
    window = words[start:end]
    snippet = " ".join(window)
    if start > 0:
        snippet = "… " + snippet
    if end < len(words):
        snippet += " …"
    return snippet, tuple(dict.fromkeys(w for w in window if matches(w)))


def _hits(session: Session, rows: list, terms: Sequence[str]) -> list[SearchHit]:
    by_kind: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        by_kind[r.kind].append(r.row_id)
    conn = session.connection()
    docs = {(d.kind, d.row_id): d for kind, ids in by_kind.items()
            for d in build(conn, kind, ids)}
    out = []
    for r in rows:
        doc = docs.get((r.kind, r.row_id))
        if doc is None:  # a stale entry (the integrity check reports it)
            continue
        snippet, words = _snippet(doc, terms)
        out.append(SearchHit(r.kind, r.row_id, doc.title, snippet, float(r.rank), words))
    return out


def search(session: Session, query: str, *, council_id: str | None = None,
           kinds: Sequence[str] | None = None, limit: int = 50) -> list[SearchHit]:
    """Records matching every word of `query` (as word prefixes), best first.

    Never raises on what a person types: quotes, stars, brackets, NEAR/AND/OR/NOT and '-' are
    plain text. An empty query (or one of punctuation only) finds nothing.
    """
    terms = query_terms(query)
    if not terms or limit <= 0:
        return []
    session.flush()
    flush_pending(session)
    return _hits(session, _ranked(session, match_expression(terms), council_id, kinds, limit),
                 terms)


def search_grouped(session: Session, query: str, *, council_id: str | None = None,
                   kinds: Sequence[str] | None = None, per_kind: int = 5) -> list[SearchGroup]:
    """The hits grouped by kind for the search page: the best `per_kind` of each and totals.

    Groups come in the order of their best hit, so the kind the query most likely meant is
    first.
    """
    terms = query_terms(query)
    if not terms:
        return []
    session.flush()
    flush_pending(session)
    expr = match_expression(terms)
    where, params, binds = _filters(council_id, kinds)
    stmt = text("SELECT kind, count(*) AS n FROM search_index WHERE search_index MATCH :expr"
                f"{where} GROUP BY kind").bindparams(*binds)
    try:
        totals = {r.kind: r.n for r in session.execute(stmt, {"expr": expr, **params})}
    except OperationalError as exc:
        if "fts5" in str(exc).lower():
            return []
        raise
    groups = []
    for kind in (k for k in KINDS if k in totals):
        hits = _hits(session, _ranked(session, expr, council_id, [kind], per_kind), terms)
        if hits:
            groups.append(SearchGroup(kind, totals[kind], tuple(hits)))
    groups.sort(key=lambda g: g.hits[0].rank)
    return groups
