"""Typed FastAPI dependencies: the store, a session, the protocol check, device and staff auth.

`SessionDep` yields a session (once a pooled connection is free for the request: requests
beyond the pool wait their turn in the event loop) that is rolled back and closed when the
request ends; a route that writes commits it itself before answering, so an answer the client
receives always means the work is committed. `CurrentDevice` resolves `Authorization: Bearer
<token>` to a non-revoked device (bound to one council), `CurrentStaff` to a staff token; each
refuses with 401 otherwise, and a device token on a staff endpoint (or the reverse) with 403.
`check_protocol` answers 426 with a "please update" sentence outside the supported range.
"""
from __future__ import annotations

from datetime import timedelta
from typing import Annotated, AsyncIterator

import anyio
from fastapi import Depends, Header, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.sync.protocol import MAX_PROTOCOL, MIN_PROTOCOL, please_update
from server import auth
from server.db import Store
from server.errors import ApiError, forbidden, unauthorized
from server.models import Device, StaffToken

SEEN_EVERY = timedelta(seconds=60)


async def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


def _admission(request: Request, store: Store) -> anyio.Semaphore:
    gate = getattr(request.app.state, "admission", None)
    if gate is None:  # made in the event loop that uses it
        gate = request.app.state.admission = anyio.Semaphore(store.capacity)
    return gate


def _end(session: Session) -> None:
    try:
        session.rollback()
    finally:
        session.close()


async def get_session(request: Request, store: StoreDep) -> AsyncIterator[Session]:
    """A session for one request, admitted only when a pooled connection is free for it.

    The wait happens in the event loop, not in a worker thread: a sync route's dependencies
    and body run in separate threadpool calls, so a request holding a connection can be
    waiting for a thread while every thread waits for a connection (a deadlock that only the
    pool's 30 s timeout broke, with 500s). Admitting at most `store.capacity` (<= the pool and
    well under the 40 threads) requests at a time makes the others queue in arrival order.
    """
    async with _admission(request, store):
        session = store.sessions()
        try:
            yield session
        finally:
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(_end, session)


SessionDep = Annotated[Session, Depends(get_session)]


async def check_protocol(x_dabir_protocol: Annotated[str | None, Header()] = None) -> int:
    try:
        version = int(x_dabir_protocol) if x_dabir_protocol is not None else None
    except ValueError:
        version = None
    if version is None or not MIN_PROTOCOL <= version <= MAX_PROTOCOL:
        raise ApiError(426, "please_update", please_update(version))
    return version


def _bearer(authorization: str | None) -> str:
    if not authorization:
        raise unauthorized()
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthorized()
    return token.strip()


def current_device(request: Request, session: SessionDep,
                   authorization: Annotated[str | None, Header()] = None) -> Device:
    digest = auth.token_hash(_bearer(authorization))
    device = session.scalar(select(Device).where(Device.token_hash == digest))
    if device is None:
        if session.scalar(select(StaffToken.id).where(StaffToken.token_hash == digest,
                                                      StaffToken.revoked_at.is_(None))):
            raise forbidden("This endpoint is for council devices, not staff tokens.")
        raise unauthorized()
    if device.revoked_at is not None:
        raise unauthorized("This PC's access to the provincial server was revoked; ask the "
                           "province for a new enrollment code.", "revoked")
    request.state.device_id = device.id
    now = utcnow()
    if device.last_seen_at is None or now - device.last_seen_at > SEEN_EVERY:
        device.last_seen_at = now
        session.commit()  # a short write of its own: a pull or verify then only reads
    return device


def current_staff(request: Request, session: SessionDep,
                  authorization: Annotated[str | None, Header()] = None) -> StaffToken:
    digest = auth.token_hash(_bearer(authorization))
    staff = session.scalar(select(StaffToken).where(StaffToken.token_hash == digest))
    if staff is None:
        if session.scalar(select(Device.id).where(Device.token_hash == digest)):
            raise forbidden("This endpoint is for province staff.")
        raise unauthorized()
    if staff.revoked_at is not None:
        raise unauthorized("This staff token was revoked.", "revoked")
    request.state.staff = staff.name
    session.info["actor"] = staff.name
    return staff


CurrentDevice = Annotated[Device, Depends(current_device)]
CurrentStaff = Annotated[StaffToken, Depends(current_staff)]
