"""The PC side of sync: nothing lost when a push is cut, refusals kept, local edits respected.

A push whose answer is lost after the server committed is re-sent with the same batch id and
applied once; an unreachable server leaves the outbox intact; an op the server refuses moves to
the visible refused list; a pulled row keeps the fields that have a pending local edit; a PC that
keeps another council cannot enrol; a new server epoch (restored backup) makes the PC push and
pull everything again. Real server (SQLite and PostgreSQL), real client files.
"""
from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select

from app.models import Member, OutboxEntry, SyncState
from app.services import sync_status
from app.services.database import open_database
from app.sync.client import Refused, ServerClient, Unreachable, UpdateNeeded
from app.sync.engine import sync
from app.sync.enroll import enroll
from server.models import PushReceiptRow, ServerMeta
from sync_harness import (RawDevice, add, council_database, edit, new_committee, pc_snapshot,
                          server_snapshot)


class LoseAnswers(httpx.HTTPTransport):
    """Delivers requests, then drops the server's answer to the first `n` pushes."""

    def __init__(self, n: int):
        super().__init__()
        self.n = n

    def handle_request(self, request):
        response = super().handle_request(request)
        if request.url.path.endswith("/sync/push") and self.n > 0:
            self.n -= 1
            response.read()
            response.close()
            raise httpx.ReadError("connection cut after the server answered", request=request)
        return response


def _state(db) -> SyncState:
    with db.session() as s:
        return s.get(SyncState, 1)


def _member(cid: str, national_id: str = "0012345679") -> Member:
    return Member(council_id=cid, first_name="زهرا", last_name="احمدی", national_id=national_id,
                  gender="female", residence_proof="اجاره‌نامه")


def test_a_push_whose_answer_is_lost_is_resent_with_the_same_batch_id(live_server, pc):
    state = _state(pc)
    with ServerClient(state.server_url, state.token, retries=0,
                      transport=LoseAnswers(1)) as cut:
        with pytest.raises(Unreachable):
            sync(pc, client=cut)
    in_flight = _state(pc)
    assert in_flight.pending_batch_id is not None
    with pc.session() as s:  # nothing left the outbox: the receipt never arrived
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 9
    report = sync(pc)
    assert report.verified and report.pushed == 9
    assert _state(pc).pending_batch_id is None
    with live_server.store.session() as s:
        receipts = s.scalars(select(PushReceiptRow.batch_id)
                             .where(PushReceiptRow.device_id == state.device_id)).all()
    assert receipts == [in_flight.pending_batch_id]  # applied once, answered twice
    assert pc_snapshot(pc, state.council_id) == server_snapshot(live_server, state.council_id)


def test_retries_ride_out_a_lost_answer_within_one_sync(live_server, pc):
    state = _state(pc)
    with ServerClient(state.server_url, state.token, backoff=0.01,
                      transport=LoseAnswers(2)) as flaky:
        report = sync(pc, client=flaky)
    assert report.pushed == 9 and report.verified


def test_an_unreachable_server_keeps_everything_for_later(pc, tmp_path):
    with pc.session(actor="sync") as s:
        s.get(SyncState, 1).server_url = "http://127.0.0.1:9"  # nothing listens there
    with pytest.raises(Unreachable) as failure:
        sync(pc)
    assert "cannot be reached" in failure.value.message
    with pc.session() as s:
        overview = sync_status.overview(s)
    assert overview.pending_changes == 9 and overview.last_success_at is None
    assert "cannot be reached" in overview.last_result


def test_refused_ops_are_kept_visible_and_the_rest_syncs(live_server, pc):
    cid = _state(pc).council_id
    member = add(pc, _member(cid))
    edit(pc, Member, member, notes="یادداشت")
    from datetime import date

    from app.models import Directive  # directives are the province's to issue

    add(pc, Directive(council_id=cid, title="بخشنامه", text="متن", issued_on=date(2025, 1, 1)))
    report = sync(pc)
    assert report.rejected == 1 and report.verified
    with pc.session() as s:
        (refused,) = sync_status.rejections(s)
        assert refused.table == "directives" and refused.reason
        assert sync_status.overview(s).pending_changes == 0
    assert server_snapshot(live_server, cid)["members"][member]["notes"] == "یادداشت"


def test_a_pulled_row_keeps_fields_with_a_pending_local_edit(live_server, pc, tmp_path):
    state = _state(pc)
    cid = state.council_id
    member = add(pc, _member(cid))
    sync(pc)
    other = RawDevice(live_server, live_server.code(cid))
    from sync_harness import raw_op

    other.pushed([raw_op("members", member, "update", {"mobile": "09121111111", "notes": "سرور"},
                         {"mobile": None, "notes": None})])
    edit(pc, Member, member, mobile="09122222222")  # not yet pushed when the pull comes
    round_ = sync(pc)
    assert round_.conflicts == 1  # pushed first: the server logged its value as the loser
    with pc.session() as s:
        row = s.get(Member, member)
        assert (row.mobile, row.notes) == ("09122222222", "سرور")
    # and when the pull runs while the edit is still pending, the local value stays too
    from app.sync.engine import SyncRound

    edit(pc, Member, member, notes="محلی")
    other.pushed([raw_op("members", member, "update", {"notes": "سرور ۲", "address": "کوچه"},
                         {"notes": "سرور", "address": None})])
    with ServerClient(state.server_url, state.token) as client:
        SyncRound(pc, client).pull_stream(f"council:{cid}")
    with pc.session() as s:
        row = s.get(Member, member)
        assert (row.notes, row.address) == ("محلی", "کوچه")
    other.close()


def test_a_pc_keeping_another_council_cannot_enrol(live_server, tmp_path):
    council_id, code = live_server.add_council("محله پر")
    first = RawDevice(live_server, code)
    first.pushed([new_committee(council_id)])
    stranger = council_database(tmp_path / "stranger.db", code="OTHER-1")
    with pytest.raises(Refused) as refusal:
        enroll(stranger, live_server.url, live_server.code(council_id))
    assert refusal.value.code == "other_council" and "another council" in refusal.value.message
    assert _state(stranger) is None
    stranger.close()
    first.close()


def test_an_old_client_is_told_to_update(live_server, pc):
    state = _state(pc)
    with ServerClient(state.server_url, state.token) as client:
        client.http.headers["X-Dabir-Protocol"] = "0"
        with pytest.raises(UpdateNeeded) as failure:
            sync(pc, client=client)
    assert "update" in failure.value.message.lower()


def test_a_new_server_epoch_makes_the_pc_push_and_pull_everything(live_server, pc):
    state = _state(pc)
    cid = state.council_id
    sync(pc)
    add(pc, _member(cid))
    with live_server.store.session() as s:
        s.get(ServerMeta, "epoch").value = "restored-backup"
    old_epoch, live_server.app.state.epoch = live_server.app.state.epoch, "restored-backup"
    try:
        report = sync(pc)
    finally:
        live_server.app.state.epoch = old_epoch
        with live_server.store.session() as s:
            s.get(ServerMeta, "epoch").value = old_epoch
    assert report.epoch_reset and report.verified
    assert _state(pc).epoch == "restored-backup"
    assert pc_snapshot(pc, cid) == server_snapshot(live_server, cid)


def test_an_empty_pc_gets_the_whole_council(live_server, pc, tmp_path):
    cid = _state(pc).council_id
    add(pc, _member(cid))
    sync(pc)
    empty = open_database(tmp_path / "empty.db")
    enroll(empty, live_server.url, live_server.code(cid))
    report = sync(empty)
    assert report.verified and report.pulled >= 10
    assert pc_snapshot(empty, cid) == pc_snapshot(pc, cid)
    empty.close()


def test_a_cursor_the_server_never_issued_restarts_that_stream(live_server, pc):
    state = _state(pc)
    sync(pc)
    with pc.session(actor="sync") as s:
        row = s.get(SyncState, 1)
        row.cursors = {**row.cursors, f"council:{state.council_id}": 10_000}
    report = sync(pc)
    assert report.verified
    with pc.session() as s:
        assert s.get(SyncState, 1).cursors[f"council:{state.council_id}"] < 10_000


def test_a_page_is_applied_with_its_cursor_or_not_at_all(live_server, pc, tmp_path,
                                                        monkeypatch):
    cid = _state(pc).council_id
    sync(pc)
    other = RawDevice(live_server, live_server.code(cid))
    other.pushed([new_committee(cid, f"کمیته {i}") for i in range(5)])
    from app.sync import apply

    def crash(*_args, **_kwargs):
        raise RuntimeError("power cut after the rows, before the cursor")

    monkeypatch.setattr(apply, "apply_conflicts", crash)
    before_cursor = _state(pc).cursors[f"council:{cid}"]
    before_rows = pc_snapshot(pc, cid)
    with pytest.raises(RuntimeError):
        sync(pc)
    assert _state(pc).cursors[f"council:{cid}"] == before_cursor
    assert pc_snapshot(pc, cid) == before_rows  # none of the page's five rows stayed
    monkeypatch.undo()
    assert sync(pc).pulled == 5
    assert pc_snapshot(pc, cid) == server_snapshot(live_server, cid)
    other.close()


def test_an_agency_added_to_the_shared_list_on_the_pc_becomes_the_councils(live_server, pc):
    from app.models import Agency, Demand
    from app.services.agencies import AgencyInput, create_agency

    cid = _state(pc).council_id
    sync(pc)
    with pc.session(actor="secretary") as s:
        agency = create_agency(s, AgencyInput(name="دهیاری روستا"), council_id=None).id
    add(pc, Demand(council_id=cid, agency_id=agency, subject="راه روستا"))
    report = sync(pc)
    assert report.rejected == 0 and report.verified
    server = server_snapshot(live_server, cid)
    assert server["agencies"][agency]["council_id"] == cid
    assert any(d["agency_id"] == agency for d in server["demands"].values())
    with pc.session() as s:
        assert s.get(Agency, agency).council_id == cid
