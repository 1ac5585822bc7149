"""Push on the server: idempotent batches, ownership, field-level merge, refusals, pull pages.

A replayed batch (same batch_id) changes nothing and gets the same receipt, also when the copies
arrive in parallel; a malformed push is a 4xx that applies nothing; an op that breaks a rule is
rejected with a reason while the rest of its batch stands; pull pages never split a server
transaction and a cursor the server never issued gets "resync_restored".
"""
from __future__ import annotations

import gzip
import json
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from sqlalchemy import func, select

from app.ids import new_id
from app.sync.protocol import MAX_OPS_PER_BATCH, PROTOCOL_HEADER
from server.models import ConflictRow, PushReceiptRow, SyncStream
from sync_harness import RawDevice, new_committee, raw_op, server_snapshot


@pytest.fixture
def device(live_server):
    _, code = live_server.add_council(f"محله {new_id()[-6:]}")
    dev = RawDevice(live_server, code)
    yield dev
    dev.close()


def _stream_seq(server, council_id: str) -> int:
    with server.store.session() as s:
        return s.get(SyncStream, f"council:{council_id}").last_seq


def _count(server, model) -> int:
    with server.store.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_replayed_batch_changes_nothing_and_gets_the_same_receipt(live_server, device):
    op = new_committee(device.council_id)
    edit = raw_op("committees", op["row_id"], "update", {"name": "تازه"},
                  {"name": "کمیته آزمایشی"})
    batch_id = new_id()
    first = device.push([op, edit], batch_id)
    assert first.status_code == 200
    seq = _stream_seq(live_server, device.council_id)
    rows = server_snapshot(live_server, device.council_id)
    for _ in range(3):
        again = device.push([op, edit], batch_id)
        assert again.status_code == 200 and again.json() == first.json()
    assert _stream_seq(live_server, device.council_id) == seq
    assert server_snapshot(live_server, device.council_id) == rows
    assert [r["outcome"] for r in first.json()["results"]] == ["applied", "applied"]


def test_the_same_batch_sent_in_parallel_is_applied_once(live_server, device):
    seed = new_committee(device.council_id)
    device.pushed([seed])
    ops = [raw_op("committees", seed["row_id"], "update", {"name": "موازی"},
                  {"name": "کمیته آزمایشی"})] + [new_committee(device.council_id, f"c{i}")
                                                  for i in range(20)]
    body = device.batch(ops)
    conflicts = _count(live_server, ConflictRow)
    seq = _stream_seq(live_server, device.council_id)

    def send(_):
        with httpx.Client(base_url=live_server.url, headers=device.http.headers,
                          timeout=60) as http:
            return http.post("/v1/sync/push", json=body)

    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(send, range(6)))
    assert {a.status_code for a in answers} == {200}
    assert len({json.dumps(a.json(), sort_keys=True) for a in answers}) == 1
    assert _stream_seq(live_server, device.council_id) == seq + 1
    assert _count(live_server, ConflictRow) == conflicts
    with live_server.store.session() as s:
        assert s.scalar(select(func.count()).select_from(PushReceiptRow)
                        .where(PushReceiptRow.batch_id == body["batch_id"])) == 1
    committees = server_snapshot(live_server, device.council_id)["committees"]
    assert len(committees) == 21 and committees[seed["row_id"]]["name"] == "موازی"


def _raw_post(device: RawDevice, content: bytes, **headers) -> httpx.Response:
    return device.http.post("/v1/sync/push", content=content,
                            headers={"Content-Type": "application/json", **headers})


def test_a_malformed_push_is_refused_and_applies_nothing(live_server, device):
    good = new_committee(device.council_id)
    seq = _stream_seq(live_server, device.council_id)
    before = server_snapshot(live_server, device.council_id)
    bad_bodies = [
        b"{not json",
        json.dumps({"ops": [good]}).encode(),  # no batch_id
        json.dumps(device.batch([good, {**good, "changes": {"name": {"nested": 1}}}])).encode(),
        json.dumps(device.batch([good, {**good}])).encode(),  # the same op_id twice
        json.dumps(device.batch([good, {**good, "op_id": new_id(), "action": "purge"}])).encode(),
        json.dumps(device.batch([new_committee(device.council_id)
                                 for _ in range(MAX_OPS_PER_BATCH + 1)])).encode(),
        json.dumps(device.batch([good]) | {"extra": 1}).encode(),
    ]
    for content in bad_bodies:
        answer = _raw_post(device, content)
        assert answer.status_code == 422, answer.text
        assert answer.json()["code"] == "invalid_request"
    assert _raw_post(device, b"\x1f\x8bnot gzip", **{"Content-Encoding": "gzip"}
                     ).status_code == 400
    assert _raw_post(device, b"x", **{"Content-Encoding": "br"}).status_code == 415
    bomb = gzip.compress(b" " * (9 * 1024 * 1024))
    assert _raw_post(device, bomb, **{"Content-Encoding": "gzip"}).status_code == 413
    assert _stream_seq(live_server, device.council_id) == seq
    assert server_snapshot(live_server, device.council_id) == before
    # the same batch, well formed and gzip-compressed, goes through
    ok = _raw_post(device, gzip.compress(json.dumps(device.batch([good])).encode()),
                   **{"Content-Encoding": "gzip"})
    assert ok.status_code == 200 and ok.json()["results"][0]["outcome"] == "applied"


def test_ownership_rules_reject_an_op_with_a_reason_and_keep_the_rest(live_server, device):
    cid = device.council_id
    with live_server.store.session() as s:
        from app.models import Agency

        province_agency = s.scalar(select(Agency.id).where(Agency.council_id.is_(None)))
    committee = new_committee(cid)
    issue_id = new_id()
    demand_id = new_id()
    ops = [
        committee,
        raw_op("provinces", new_id(), "insert", {"name": "استان تازه"}),
        raw_op("agencies", province_agency, "update", {"phone": "021"}, {"phone": None}),
        raw_op("directives", new_id(), "insert", {"council_id": cid, "title": "t", "text": "x",
                                                  "issued_on": "2025-01-01"}),
        raw_op("issues", issue_id, "insert", {"id": issue_id, "council_id": cid, "title": "چاله",
                                              "reported_on": "2025-01-01"}),
        raw_op("demands", demand_id, "insert", {
            "id": demand_id, "council_id": cid, "agency_id": province_agency, "subject": "آسفالت",
            "status": "sent", "answer_text": "پاسخ ساختگی"}),
        raw_op("councils", cid, "update", {"code": "NEW-CODE"}, {}),
        raw_op("committees", committee["row_id"], "update", {"council_id": new_id()}, {}),
        raw_op("committees", committee["row_id"], "update", {"no_such_field": 1}, {}),
        raw_op("no_such_table", new_id(), "insert", {}),
        raw_op("issues", new_id(), "update", {"title": "ناپیدا"}, {"title": "x"}),
        raw_op("issues", issue_id, "update", {"reported_on": "not a date"}, {}),
        raw_op("issues", issue_id, "update", {"title": "چاله بزرگ"}, {"title": "چاله"}),
    ]
    results = device.pushed(ops)
    outcomes = [r["outcome"] for r in results]
    assert outcomes == (["applied"] + ["rejected"] * 3 + ["applied"] * 2 + ["rejected"] * 6
                        + ["applied"])
    assert all(r["reason"] for r in results if r["outcome"] == "rejected")
    assert "province" in results[6]["reason"]  # a council's code is the province's
    rows = server_snapshot(live_server, cid)
    assert rows["issues"][issue_id]["title"] == "چاله بزرگ"
    assert rows["demands"][demand_id]["answer_text"] == "پاسخ ساختگی"  # answers on paper


def test_a_unique_clash_is_rejected_and_the_batch_goes_on(live_server, device):
    """A new meeting whose number is taken gets the next one (server.clashes); an EDIT that
    sets a taken number is still refused, and the rest of the batch stands."""
    cid = device.council_id
    first, second = new_id(), new_id()

    def meeting(row_id: str) -> dict:
        return raw_op("meetings", row_id, "insert", {"id": row_id, "council_id": cid,
                                                     "number": 7, "date": "2025-01-01"})
    results = device.pushed([meeting(first), meeting(second), new_committee(cid)])
    assert [r["outcome"] for r in results] == ["applied", "conflict", "applied"]
    assert server_snapshot(live_server, cid)["meetings"][second]["number"] == 8
    results = device.pushed([raw_op("meetings", second, "update", {"number": 7}, {"number": 8}),
                             new_committee(cid)])
    assert [r["outcome"] for r in results] == ["rejected", "applied"]
    assert "unique" in results[0]["reason"]


def test_numbers_out_of_range_are_rejected_not_a_500(live_server, device):
    cid = device.council_id
    ids = [new_id() for _ in range(3)]

    def meeting(row_id: str, number: int) -> dict:
        return raw_op("meetings", row_id, "insert", {"id": row_id, "council_id": cid,
                                                     "number": number, "date": "2025-01-01"})
    top = 2_000_000_000
    results = device.pushed([meeting(ids[0], top), meeting(ids[1], top),
                             meeting(ids[2], 2 ** 70), new_committee(cid)])
    assert [r["outcome"] for r in results] == ["applied", "rejected", "rejected", "applied"]
    assert "free" in results[1]["reason"]


def test_field_level_merge_and_edits_to_a_deleted_row(live_server, device):
    cid = device.council_id
    committee = new_committee(cid)
    device.pushed([committee])
    row = committee["row_id"]
    # different fields from two bases: both survive, no conflict
    results = device.pushed([
        raw_op("committees", row, "update", {"name": "نام تازه"}, {"name": "کمیته آزمایشی"}),
        raw_op("committees", row, "update", {"description": "شرح"}, {"description": None})])
    assert [r["outcome"] for r in results] == ["applied", "applied"]
    # the same field from a stale base: the new value wins, the old one is logged
    (result,) = device.pushed([raw_op("committees", row, "update", {"name": "نام سوم"},
                                      {"name": "کمیته آزمایشی"}, actor="دبیر دوم")])
    assert result["outcome"] == "conflict"
    with live_server.store.session() as s:
        logged = s.scalars(select(ConflictRow).where(ConflictRow.row_id == row)).all()
    assert [(c.field, c.winning, c.losing, c.base, c.winning_actor) for c in logged] == [
        ("name", "نام سوم", "نام تازه", "کمیته آزمایشی", "دبیر دوم")]
    # a delete, then an edit made before it arrived: the row stays deleted, the edit is kept
    device.pushed([raw_op("committees", row, "delete",
                          {"deleted_at": "2025-02-01T08:00:00+00:00"}, {"deleted_at": None})])
    (late,) = device.pushed([raw_op("committees", row, "update", {"area": "health"},
                                    {"area": "other"})])
    assert late["outcome"] == "conflict"
    state = server_snapshot(live_server, cid)["committees"][row]
    assert state["deleted_at"] is not None and state["area"] == "other"
    with live_server.store.session() as s:
        kept = s.scalar(select(ConflictRow).where(ConflictRow.row_id == row,
                                                  ConflictRow.kind == "deleted"))
    assert (kept.field, kept.losing) == ("area", "health")
    # a second delete changes nothing
    (again,) = device.pushed([raw_op("committees", row, "delete",
                                     {"deleted_at": "2025-03-01T08:00:00+00:00"},
                                     {"deleted_at": None})])
    assert again["outcome"] == "merged"
    assert server_snapshot(live_server, cid)["committees"][row]["deleted_at"].startswith("2025-02")


def test_pull_pages_never_split_a_transaction(live_server, device):
    cid = device.council_id
    device.pushed([new_committee(cid, f"الف{i}") for i in range(7)])
    device.pushed([new_committee(cid, f"ب{i}") for i in range(7)])
    seen, since, pages = [], 0, 0
    while True:
        page = device.pull(since=since, limit=3).json()
        pages += 1
        seqs = {r["server_seq"] for r in page["rows"]}
        assert len(page["rows"]) in (0, 7, 8) and len(seqs) <= 2
        seen += [r["row_id"] for r in page["rows"]]
        since = page["next_since"]
        if not page["has_more"]:
            break
    assert len(set(seen)) == 15  # 14 committees and the council row
    assert pages <= 4
    ahead = device.pull(since=since + 100)
    assert ahead.status_code == 409 and ahead.json()["code"] == "resync_restored"


def test_responses_are_gzipped_and_the_api_is_documented(live_server, device):
    answer = device.http.get("/v1/sync/pull", params={"stream": "province"},
                             headers={"Accept-Encoding": "gzip"})
    assert answer.status_code == 200 and answer.headers["content-encoding"] == "gzip"
    spec = httpx.get(live_server.url + "/openapi.json").json()
    for path in ("/health", "/v1/enroll", "/v1/sync/push", "/v1/sync/pull", "/v1/sync/verify",
                 "/v1/staff/demands/{demand_id}/answer", "/v1/staff/directives",
                 "/v1/staff/agencies", "/v1/staff/agencies/{agency_id}", "/v1/staff/status"):
        assert path in spec["paths"], path
    assert PROTOCOL_HEADER  # the header every /v1 call carries
