"""The sync wire protocol (pydantic v2), shared by the council PC and the provincial server.

One module holds every request and answer body, the protocol version and its supported range,
the header names and the caps, so the two sides cannot drift apart. The server publishes these
models in its OpenAPI document (`/openapi.json`). Bodies travel as JSON, gzip-compressed both
ways (`Content-Encoding: gzip`). Values inside `changes`, `base` and `data` are wire values
(`app.services.wire`): JSON scalars only, dates and timestamps as ISO strings.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

#: the version this code speaks, and the oldest/newest a server accepts
PROTOCOL_VERSION = 1
MIN_PROTOCOL = 1
MAX_PROTOCOL = 1

PROTOCOL_HEADER = "X-Dabir-Protocol"
AUTH_SCHEME = "Bearer"

#: caps of one push batch (ops, uncompressed bytes) and of one pull page (rows)
MAX_OPS_PER_BATCH = 500
MAX_BATCH_BYTES = 4 * 1024 * 1024
DEFAULT_PULL_LIMIT = 500
MAX_PULL_LIMIT = 2000
#: the server refuses a request body larger than this, compressed or not
MAX_BODY_BYTES = 8 * 1024 * 1024

PROVINCE_STREAM = "province"

Scalar = Union[str, int, float, bool, None]
Action = Literal["insert", "update", "delete"]
Outcome = Literal["applied", "merged", "conflict", "rejected"]

_ID = Field(min_length=1, max_length=36)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorBody(_Model):
    """Every refusal: a stable code and an English sentence saying what to do."""

    code: str
    message: str


class EnrollRequest(_Model):
    """A one-time code, and the council this PC already keeps (None for an empty PC)."""

    code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(default="", max_length=120)
    local_council_id: str | None = Field(default=None, max_length=36)
    #: the PC's council row in wire form, adopted by the server when the PC claims the council
    local_council: dict[str, Scalar] | None = None


class EnrollResponse(_Model):
    device_id: str
    token: str
    council_id: str
    epoch: str
    #: True when the server re-keyed its empty council to this PC's council id
    claimed: bool = False
    server_time: datetime


class Op(_Model):
    """One local edit: the new values of the fields it changed and the values it was made on."""

    op_id: str = _ID
    table: str = Field(min_length=1, max_length=64)
    row_id: str = _ID
    action: Action
    changes: dict[str, Scalar]
    base: dict[str, Scalar] = Field(default_factory=dict)
    actor: str | None = Field(default=None, max_length=120)
    at: datetime | None = None  # the PC's clock: for the audit trail only, never for order

    @field_validator("changes", "base")
    @classmethod
    def _field_names(cls, value: dict[str, Scalar]) -> dict[str, Scalar]:
        if len(value) > 200 or any(not k or len(k) > 64 for k in value):
            raise ValueError("too many fields or a bad field name")
        return value


class Resolution(_Model):
    """The secretary's choice on a conflict: keep mine (re-pushed as an edit) or theirs."""

    conflict_id: str = _ID
    resolution: Literal["mine", "theirs"]


class PushBatch(_Model):
    batch_id: str = _ID
    device_clock: datetime
    ops: list[Op] = Field(default_factory=list, max_length=MAX_OPS_PER_BATCH)
    resolutions: list[Resolution] = Field(default_factory=list, max_length=MAX_OPS_PER_BATCH)

    @model_validator(mode="after")
    def _distinct_ops(self) -> "PushBatch":
        ids = [op.op_id for op in self.ops]
        if len(ids) != len(set(ids)):
            raise ValueError("the same op_id appears twice in the batch")
        return self


class OpResult(_Model):
    op_id: str
    outcome: Outcome
    reason: str | None = None
    server_seq: int | None = None
    #: an insert of a fact the server already had (same natural key, e.g. the same member's
    #: attendance at the same meeting): merged into that row, whose id this is; the PC drops
    #: its duplicate. None (or absent, in receipts stored before it existed) otherwise.
    merged_into: str | None = None


class PushReceipt(_Model):
    """The server's answer to a batch; a replay of the same batch_id gets the same receipt."""

    batch_id: str
    epoch: str
    server_seq: int | None = None  # the seq of the batch's transaction (None: nothing changed)
    results: list[OpResult]


class RowState(_Model):
    table: str
    row_id: str
    data: dict[str, Scalar]
    server_seq: int
    deleted: bool


class ConflictState(_Model):
    """One entry of the server's conflict log, as the council's PCs receive it."""

    id: str
    server_seq: int
    #: renumbered: a new row's sequence number was taken on the server; it got the next free one
    kind: Literal["field", "deleted", "renumbered"]
    table: str
    row_id: str
    field: str
    base: Scalar = None
    winning: Scalar = None
    losing: Scalar = None
    winning_device: str | None = None
    winning_actor: str | None = None
    losing_device: str | None = None
    losing_actor: str | None = None
    at: datetime
    resolved: bool = False
    resolution: str | None = None


class PullPage(_Model):
    """Rows changed on a stream after `since`, never splitting one server transaction."""

    stream: str
    since: int
    next_since: int
    has_more: bool
    epoch: str
    rows: list[RowState]
    conflicts: list[ConflictState] = Field(default_factory=list)


class TableDigest(_Model):
    count: int
    hash: str


class VerifyResponse(_Model):
    """Per-table row counts and content hashes of one council's rows on the server.

    `since` 0 (a full verify): `tables` covers every row. `since` S > 0 (`GET /v1/sync/verify
    ?since=S`, a windowed verify): `tables` covers only the rows whose latest change on the
    council's stream has a seq > S, and `totals` gives every table's full row count. A server
    that cannot serve the window (or an older one, which ignores the parameter) answers a full
    verify, `since` 0; the fields are left out of a full answer, so older PCs read it as before.
    """

    council_id: str
    epoch: str
    tables: dict[str, TableDigest]
    since: int = 0
    totals: dict[str, int] = Field(default_factory=dict)


class Health(_Model):
    status: Literal["ok"] = "ok"
    protocol: int = PROTOCOL_VERSION
    min_protocol: int = MIN_PROTOCOL
    max_protocol: int = MAX_PROTOCOL
    epoch: str


# ------------------------------------------------------------------ province staff bodies


class AnswerDemand(_Model):
    text: str = Field(min_length=1, max_length=20000)
    answered_on: str | None = Field(default=None, max_length=20)  # ISO or Jalali; default today


class NewDirective(_Model):
    council_id: str | None = Field(default=None, max_length=36)
    all_councils: bool = False
    title: str = Field(min_length=1, max_length=300)
    text: str = Field(min_length=1, max_length=20000)
    issued_on: str | None = Field(default=None, max_length=20)
    due_date: str | None = Field(default=None, max_length=20)

    @model_validator(mode="after")
    def _target(self) -> "NewDirective":
        if bool(self.council_id) == bool(self.all_councils):
            raise ValueError("give either council_id or all_councils, not both")
        return self


class AgencyBody(_Model):
    name: str | None = Field(default=None, max_length=200)
    kind: str | None = Field(default=None, max_length=24)
    contact_person: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=40)
    email: str | None = Field(default=None, max_length=200)
    address: str | None = Field(default=None, max_length=500)


class Created(_Model):
    ids: list[str]
    server_seq: int | None = None


class DeviceStatus(_Model):
    id: str
    name: str
    council_id: str
    enrolled_at: datetime
    revoked_at: datetime | None
    last_seen_at: datetime | None
    last_sync_at: datetime | None


class CouncilStatus(_Model):
    id: str
    code: str
    name: str
    devices: list[DeviceStatus]
    last_sync_at: datetime | None
    pending_conflicts: int


class StatusResponse(_Model):
    epoch: str
    councils: list[CouncilStatus]


def please_update(client_version: int | None) -> str:
    """The one sentence a too-old (or too-new) client is shown."""
    if client_version is None:
        return (f"This program did not say which sync protocol it speaks (header "
                f"{PROTOCOL_HEADER}); the provincial server accepts {MIN_PROTOCOL} to "
                f"{MAX_PROTOCOL}. Please update Dabir to sync.")
    if client_version > MAX_PROTOCOL:
        return (f"This copy of Dabir speaks sync protocol {client_version}, newer than the "
                f"provincial server ({MIN_PROTOCOL} to {MAX_PROTOCOL}); ask the province to "
                f"update the server.")
    return (f"This copy of Dabir speaks sync protocol {client_version}; the provincial server "
            f"accepts {MIN_PROTOCOL} to {MAX_PROTOCOL}. Please update Dabir to sync.")


def dump_json(model: BaseModel) -> bytes:
    return model.model_dump_json().encode("utf-8")


def jsonable(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json")
