"""The HTTP API: thin routes over `server.councils`, `merge`, `pull` and `staff`.

Under `/v1`, every route checks the protocol version header first (426 "please update"), then
the caller: enrollment needs only its one-time code; sync routes a device token (and touch only
that device's council); staff routes a staff token. Writes are committed inside the route,
before the answer leaves, so a client holding a receipt holds a committed fact.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy.exc import IntegrityError

from app.services import wire
from app.sync.protocol import (DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, PROVINCE_STREAM,
                               AgencyBody, AnswerDemand, Created, EnrollRequest, EnrollResponse,
                               ErrorBody, Health, NewDirective, PullPage, PushBatch, PushReceipt,
                               StatusResponse, VerifyResponse)
from server import councils, merge, pull, staff
from server.deps import CurrentDevice, CurrentStaff, SessionDep, check_protocol
from server.errors import forbidden
from server.logs import log

ERRORS = {code: {"model": ErrorBody} for code in (400, 401, 403, 404, 409, 413, 422, 426)}

health_router = APIRouter()
router = APIRouter(prefix="/v1", dependencies=[Depends(check_protocol)], responses=ERRORS)


def _epoch(request: Request) -> str:
    return request.app.state.epoch


Epoch = Annotated[str, Depends(_epoch)]


@health_router.get("/health", response_model=Health, tags=["meta"])
def health(epoch: Epoch) -> Health:
    """Whether the server answers, the protocol range it speaks and its epoch (no auth)."""
    return Health(epoch=epoch)


@router.post("/enroll", response_model=EnrollResponse, tags=["devices"])
def enroll(body: EnrollRequest, session: SessionDep, epoch: Epoch) -> EnrollResponse:
    """Trade a one-time enrollment code for a device id and a token bound to one council."""
    answer = councils.enroll(session, body, epoch)
    session.commit()
    log("enrolled", device=answer.device_id, council=answer.council_id, claimed=answer.claimed)
    return answer


@router.post("/sync/push", response_model=PushReceipt, tags=["sync"])
def push(batch: PushBatch, device: CurrentDevice, session: SessionDep, epoch: Epoch
         ) -> PushReceipt:
    """Apply a batch of the device's edits in one transaction; a replay gets the same receipt."""
    device_id = device.id
    try:
        receipt = merge.apply_batch(session, device, batch, epoch)
        session.commit()
    except merge.Replay as replay:
        session.rollback()
        log("push_replayed", device=device_id, batch=batch.batch_id)
        return PushReceipt.model_validate(replay.receipt)
    except IntegrityError:  # the same batch committed by a parallel request just now
        session.rollback()
        stored = merge.stored_receipt(session, device_id, batch.batch_id)
        if stored is None:
            raise
        return PushReceipt.model_validate(stored)
    outcomes: dict[str, int] = {}
    for result in receipt.results:
        outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
    log("pushed", device=device_id, batch=batch.batch_id, ops=len(batch.ops),
        seq=receipt.server_seq, skew_s=device.clock_skew, **outcomes)
    return receipt


@router.get("/sync/pull", response_model=PullPage, tags=["sync"])
def pull_stream(device: CurrentDevice, session: SessionDep, epoch: Epoch,
                stream: str, since: Annotated[int, Query(ge=0)] = 0,
                limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
                table: Annotated[list[str] | None, Query()] = None) -> PullPage:
    """Rows of the device's council stream (or the province's) changed after `since`."""
    if stream not in (PROVINCE_STREAM, wire.council_stream(device.council_id)):
        raise forbidden("A device can pull only its own council's stream and the province's.")
    page = pull.pull_page(session, stream, since, limit, epoch, table)
    session.commit()
    return page


@router.get("/sync/verify", response_model=VerifyResponse, response_model_exclude_defaults=True,
            tags=["sync"])
def verify(device: CurrentDevice, session: SessionDep, epoch: Epoch,
           since: Annotated[int, Query(ge=0)] = 0) -> VerifyResponse:
    """Row counts and content hashes of the device's council, per table.

    With `since` S > 0, only of the rows changed after seq S on the council's stream, plus each
    table's total row count (a windowed verify: its cost follows the changes, not the council).
    """
    answer = pull.verify(session, device.council_id, epoch, since)
    session.commit()
    return answer


@router.post("/staff/demands/{demand_id}/answer", response_model=Created, tags=["staff"])
def answer_demand(demand_id: str, body: AnswerDemand, staff_: CurrentStaff,
                  session: SessionDep) -> Created:
    """Record an agency's answer to a council's demand (sets it answered)."""
    staff.answer_demand(session, demand_id, body.text, body.answered_on)
    session.commit()
    return Created(ids=[demand_id])


@router.post("/staff/directives", response_model=Created, tags=["staff"])
def directive(body: NewDirective, staff_: CurrentStaff, session: SessionDep) -> Created:
    """Send a directive to one council or to all of them."""
    ids = staff.issue_directive(session, title=body.title, text=body.text,
                                council_id=body.council_id, all_councils=body.all_councils,
                                issued_on=body.issued_on, due_date=body.due_date)
    session.commit()
    return Created(ids=ids)


@router.post("/staff/agencies", response_model=Created, tags=["staff"])
def add_agency(body: AgencyBody, staff_: CurrentStaff, session: SessionDep) -> Created:
    """Add an agency to the province's shared list."""
    agency_id = staff.create_agency(session, body)
    session.commit()
    return Created(ids=[agency_id])


@router.patch("/staff/agencies/{agency_id}", response_model=Created, tags=["staff"])
def edit_agency(agency_id: str, body: AgencyBody, staff_: CurrentStaff,
                session: SessionDep) -> Created:
    """Change fields of an agency of the province's shared list."""
    staff.edit_agency(session, agency_id, body)
    session.commit()
    return Created(ids=[agency_id])


@router.get("/staff/status", response_model=StatusResponse, tags=["staff"])
def status(staff_: CurrentStaff, session: SessionDep, epoch: Epoch) -> StatusResponse:
    """Councils, their devices, last sync and pending conflicts."""
    return staff.status(session, epoch)
