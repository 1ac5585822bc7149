"""A meeting's agenda (دستور جلسه): ordered items with the discussion recorded under each.

Items are kept at positions 1..n with no gaps: adding appends, moving swaps with the
neighbour, removing (a soft delete) closes the gap and unlinks the resolutions filed under the
item. When a meeting is created, `add_follow_up_item` puts a «پیگیری مصوبات جلسات قبل» item of
kind follow_up first, by itself, if earlier meetings left resolutions open or in progress; its
view carries those resolutions (from `resolution_register.previous_open_resolutions`), and the
secretary writes what was reported in its discussion. Every change is refused once the minutes
are finalised (`meeting_guard`).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.enums import AgendaKind
from app.models import AgendaItem, Meeting, Resolution
from app.services import common
from app.services.common import Problems
from app.services.meeting_guard import editable_meeting, live_meeting
from app.services.resolution_register import PreviousResolution, previous_open_resolutions

FOLLOW_UP_TITLE = "پیگیری مصوبات جلسات قبل"


@dataclass(frozen=True)
class AgendaItemView:
    id: str
    meeting_id: str
    position: int
    kind: str  # AgendaKind value
    title: str
    discussion: str | None
    #: for the follow_up item: the earlier resolutions it follows up (empty for others)
    previous_resolutions: tuple[PreviousResolution, ...] = ()


def _items(session: Session, meeting_id: str) -> list[AgendaItem]:
    return list(session.scalars(common.live(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                                .order_by(AgendaItem.position, AgendaItem.created_at)))


def _view(item: AgendaItem, previous: tuple[PreviousResolution, ...] = ()) -> AgendaItemView:
    return AgendaItemView(id=item.id, meeting_id=item.meeting_id, position=item.position,
                          kind=item.kind, title=item.title, discussion=item.discussion,
                          previous_resolutions=previous
                          if item.kind == AgendaKind.FOLLOW_UP.value else ())


def agenda_of(session: Session, meeting_id: str) -> tuple[AgendaItemView, ...]:
    """The meeting's agenda in order."""
    items = _items(session, meeting_id)
    previous: tuple[PreviousResolution, ...] = ()
    if any(i.kind == AgendaKind.FOLLOW_UP.value for i in items):
        previous = previous_open_resolutions(session, meeting_id)
    return tuple(_view(i, previous) for i in items)


def _renumber(items: list[AgendaItem]) -> None:
    for pos, item in enumerate(items, start=1):
        if item.position != pos:
            item.position = pos


def _clean(title: str | None, discussion: str | None) -> tuple[str, str | None]:
    p = Problems()
    cleaned_title = common.text(title, field="title", problems=p, required=True, limit=300)
    cleaned_discussion = common.text(discussion, field="discussion", problems=p)
    p.raise_if_any()
    return cleaned_title, cleaned_discussion


def add_agenda_item(session: Session, meeting_id: str, title: str,
                    discussion: str | None = None) -> AgendaItemView:
    """Append an item to the agenda."""
    meeting = editable_meeting(session, meeting_id)
    cleaned_title, cleaned_discussion = _clean(title, discussion)
    items = _items(session, meeting.id)
    item = AgendaItem(council_id=meeting.council_id, meeting_id=meeting.id,
                      position=len(items) + 1, kind=AgendaKind.NORMAL.value,
                      title=cleaned_title, discussion=cleaned_discussion)
    session.add(item)
    _renumber(items)
    session.flush()
    return _view(item)


def update_agenda_item(session: Session, item_id: str, *, title: str,
                       discussion: str | None = None) -> AgendaItemView:
    """Change an item's title and the discussion recorded under it."""
    item = common.get_live(session, AgendaItem, item_id)
    editable_meeting(session, item.meeting_id)
    cleaned_title, cleaned_discussion = _clean(title, discussion)
    common.apply(item, {"title": cleaned_title, "discussion": cleaned_discussion})
    session.flush()
    return agenda_item(session, item.id)


def agenda_item(session: Session, item_id: str) -> AgendaItemView:
    """One agenda item (the follow-up item with its earlier resolutions)."""
    item = common.get_live(session, AgendaItem, item_id)
    previous = (previous_open_resolutions(session, item.meeting_id)
                if item.kind == AgendaKind.FOLLOW_UP.value else ())
    return _view(item, previous)


def move_agenda_item(session: Session, item_id: str, step: int) -> tuple[AgendaItemView, ...]:
    """Move an item up (step -1) or down (step +1); at either end nothing moves."""
    item = common.get_live(session, AgendaItem, item_id)
    editable_meeting(session, item.meeting_id)
    items = _items(session, item.meeting_id)
    index = next(i for i, it in enumerate(items) if it.id == item.id)
    target = index + (1 if step > 0 else -1 if step < 0 else 0)
    if 0 <= target < len(items) and target != index:
        items[index], items[target] = items[target], items[index]
    _renumber(items)
    session.flush()
    return agenda_of(session, item.meeting_id)


def move_up(session: Session, item_id: str) -> tuple[AgendaItemView, ...]:
    """Move an item one place earlier."""
    return move_agenda_item(session, item_id, -1)


def move_down(session: Session, item_id: str) -> tuple[AgendaItemView, ...]:
    """Move an item one place later."""
    return move_agenda_item(session, item_id, +1)


def remove_agenda_item(session: Session, item_id: str) -> tuple[AgendaItemView, ...]:
    """Remove an item (soft delete); its resolutions stay, no longer filed under it."""
    item = common.get_live(session, AgendaItem, item_id)
    editable_meeting(session, item.meeting_id)
    for res in session.scalars(select(Resolution).where(Resolution.agenda_item_id == item.id)):
        res.agenda_item_id = None
    common.soft_delete(item)
    session.flush()
    _renumber(_items(session, item.meeting_id))
    session.flush()
    return agenda_of(session, item.meeting_id)


def add_follow_up_item(session: Session, meeting: Meeting) -> AgendaItemView | None:
    """Put the follow-up item first if earlier meetings left resolutions open (by itself on
    meeting creation); None when there is nothing to follow up or the item already exists."""
    live_meeting(session, meeting.id)
    items = _items(session, meeting.id)
    if any(i.kind == AgendaKind.FOLLOW_UP.value for i in items):
        return None
    previous = previous_open_resolutions(session, meeting.id)
    if not previous:
        return None
    item = AgendaItem(council_id=meeting.council_id, meeting_id=meeting.id, position=1,
                      kind=AgendaKind.FOLLOW_UP.value, title=FOLLOW_UP_TITLE)
    session.add(item)
    for pos, other in enumerate(items, start=2):
        if other.position != pos:
            other.position = pos
    session.flush()
    return _view(item, previous)
