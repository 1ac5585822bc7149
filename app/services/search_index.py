"""Keeping `search_index` in step with the records, inside the edit's own transaction.

An `after_flush` hook notes which searchable rows each flush inserted, changed or soft-deleted
(an agenda item stands for its meeting; renaming a member or an agency, or renumbering a
meeting, stands for the resolutions and demands that show that name or number). The noted rows
are re-indexed once per transaction, just before it commits (`before_commit`, after a last
flush), and before anything reads the index in the middle of one (`flush_pending`, called by
search, `index_status` and `rebuild_index`). So the index is written in the same transaction as
the records (a rolled-back edit leaves no trace in it), and a meeting whose agenda is typed in
ten flushes is folded and indexed once, not ten times: cheap enough for the demo's bulk writes.
Each re-index is a rowid DELETE executemany plus one batched SELECT per kind and one INSERT
executemany.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from sqlalchemy import event, inspect, select, text
from sqlalchemy.orm import Session

from app.models import AgendaItem, Agency, Demand, Meeting, Member, Resolution
from app.services.search_docs import (ALWAYS, FIELDS, KIND_OF, KINDS, MODEL_OF, Doc, build,
                                      entry_rowid)

_PENDING = "search_pending"


@dataclass
class _Pending:
    """What the transaction changed that the index has not caught up with yet."""

    targets: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    cascades: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    fresh: set[str] = field(default_factory=set)  # created in this transaction: no entry yet

    def __bool__(self) -> bool:
        return any(self.targets.values()) or any(self.cascades.values())


@dataclass(frozen=True)
class IndexStatus:
    """How the index compares with the live searchable rows."""

    indexed: int
    live: int
    missing: tuple[tuple[str, str], ...]  # (kind, id) of live rows with no entry
    orphans: tuple[tuple[str, str], ...]  # entries of rows that are gone or deleted
    duplicates: int = 0  # extra entries of rows indexed more than once

    @property
    def ok(self) -> bool:
        return not self.missing and not self.orphans and not self.duplicates


def _pending(session: Session) -> _Pending:
    pending = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = _Pending()
    return pending


def _changed_keys(obj) -> set[str]:
    state = inspect(obj)
    return {attr.key for attr in state.mapper.column_attrs
            if state.attrs[attr.key].history.has_changes()}


def _collect(obj, pending: _Pending, changed: set[str] | None) -> None:
    """Note what `obj`'s change means for the index (changed=None: a new or purged row)."""
    model = type(obj)
    if changed is not None and not (changed & (FIELDS[model] | ALWAYS)):
        return
    if model is AgendaItem:
        meeting_ids = {obj.meeting_id}
        if changed:  # moved to another meeting: both are re-indexed
            hist = inspect(obj).attrs["meeting_id"].history
            meeting_ids |= {*hist.added, *hist.deleted}
        pending.targets["meeting"].update(i for i in meeting_ids if i)
        return
    if model is Agency:
        if changed is not None:
            pending.cascades["agency"].add(obj.id)
        return
    pending.targets[KIND_OF[model]].add(obj.id)
    if changed is None:
        return
    if model is Member and changed & {"first_name", "last_name"}:
        pending.cascades["member"].add(obj.id)
    elif model is Meeting and "number" in changed:
        pending.cascades["meeting"].add(obj.id)


def _after_flush(session: Session, _flush_context) -> None:
    pending = None
    for obj in session.new:
        if type(obj) in FIELDS:
            pending = pending or _pending(session)
            _collect(obj, pending, None)
            pending.fresh.add(obj.id)
    for obj in session.dirty:
        if type(obj) in FIELDS and session.is_modified(obj, include_collections=False):
            pending = pending or _pending(session)
            _collect(obj, pending, _changed_keys(obj))
    for obj in session.deleted:
        if type(obj) in FIELDS:
            pending = pending or _pending(session)
            _collect(obj, pending, None)
            pending.fresh.discard(obj.id)


def _before_commit(session: Session) -> None:
    session.flush()  # the commit's own flush would otherwise come after this hook
    flush_pending(session)


def _after_soft_rollback(session: Session, previous_transaction) -> None:
    if previous_transaction.parent is None:  # the whole transaction is gone, index included
        session.info.pop(_PENDING, None)


def install(session_factory) -> None:
    """Attach the search-index hooks to a sessionmaker (idempotent).

    The sessionmaker is marked once done. `event.contains` must not be the guard: SQLAlchemy's
    listener registry is keyed by id(), so a new sessionmaker that reuses the id of a collected
    one is reported as already listening, and the hooks would silently be missing.
    """
    done = session_factory.__dict__.setdefault("_dabir_hooks", set())
    if __name__ in done:
        return
    event.listen(session_factory, "after_flush", _after_flush)
    event.listen(session_factory, "before_commit", _before_commit)
    event.listen(session_factory, "after_soft_rollback", _after_soft_rollback)
    done.add(__name__)


def note_changed(session: Session, model: type, ids) -> None:
    """Have rows written without the ORM unit of work (a Core bulk UPDATE, a sync pull applied
    with plain statements) re-indexed with the transaction's other changes.

    `model` is any mapped class; the ones the index does not show are ignored.
    """
    ids = [i for i in ids if i]
    if model not in FIELDS or not ids:
        return
    pending = _pending(session)
    if model is AgendaItem:
        conn = session.connection()
        for chunk in _chunks(sorted(ids)):
            pending.targets["meeting"].update(conn.execute(
                select(AgendaItem.meeting_id).where(AgendaItem.id.in_(chunk))).scalars())
    elif model is Agency:
        pending.cascades["agency"].update(ids)
    else:
        pending.targets[KIND_OF[model]].update(ids)
        if model is Member:
            pending.cascades["member"].update(ids)
        elif model is Meeting:
            pending.cascades["meeting"].update(ids)


_LINKS = {"member": [(Resolution, Resolution.owner_id)],
          "meeting": [(Resolution, Resolution.meeting_id)],
          "agency": [(Resolution, Resolution.agency_id), (Demand, Demand.agency_id)]}


def flush_pending(session: Session) -> None:
    """Write the index entries of the rows changed so far in this transaction."""
    pending: _Pending | None = session.info.pop(_PENDING, None)
    if not pending:
        return
    conn = session.connection()
    for source, ids in pending.cascades.items():
        for model, column in _LINKS[source]:
            for chunk in _chunks(sorted(ids)):
                found = conn.execute(select(model.id).where(column.in_(chunk))).scalars()
                pending.targets[KIND_OF[model]].update(found)
    for kind, ids in pending.targets.items():
        stale = [{"rowid": entry_rowid(kind, i)} for i in ids if i not in pending.fresh]
        if stale:
            conn.execute(text("DELETE FROM search_index WHERE rowid = :rowid"), stale)
        if ids:
            _insert(conn, build(conn, kind, sorted(ids)))


def _chunks(ids: list[str], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _insert(conn, docs: Iterable[Doc]) -> int:
    rows = [d.fts_row() for d in docs]
    if rows:
        conn.execute(text("INSERT INTO search_index(rowid, kind, row_id, council_id, title, body)"
                          " VALUES (:rowid, :kind, :row_id, :council_id, :title, :body)"), rows)
    return len(rows)


def rebuild_index(session: Session) -> int:
    """Rebuild the whole index from the records (`dabir check --repair`, after a restore).

    Returns the number of entries written.
    """
    session.flush()
    session.info.pop(_PENDING, None)
    conn = session.connection()
    conn.execute(text("DELETE FROM search_index"))
    count = sum(_insert(conn, build(conn, kind, None)) for kind in KINDS)
    conn.execute(text("INSERT INTO search_index(search_index) VALUES ('optimize')"))
    return count


def index_status(session: Session) -> IndexStatus:
    """Compare the index's entries with the live searchable rows (for the integrity check)."""
    session.flush()
    flush_pending(session)
    conn = session.connection()
    live: set[tuple[str, str]] = set()
    for kind, model in MODEL_OF.items():
        ids = conn.execute(select(model.id).where(model.deleted_at.is_(None))).scalars()
        live.update((kind, i) for i in ids)
    entries = [tuple(r) for r in conn.execute(text("SELECT kind, row_id FROM search_index"))]
    indexed = set(entries)
    return IndexStatus(indexed=len(entries), live=len(live),
                       missing=tuple(sorted(live - indexed)),
                       orphans=tuple(sorted(indexed - live)),
                       duplicates=len(entries) - len(indexed))
