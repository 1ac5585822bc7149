"""Who the server lets in: tokens, councils, the protocol version, enrollment codes.

Every endpoint is tried with no token, a revoked token, another council's token and the wrong
kind of token (device on a staff endpoint and the reverse), on SQLite and PostgreSQL, over real
HTTP. A refusal is a 4xx with `{code, message}` and changes nothing.
"""
from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select, update

from app.models import Committee
from app.models.base import utcnow
from app.sync.protocol import PROTOCOL_HEADER
from server import councils
from server.models import EnrollmentCode, SyncStream
from sync_harness import RawDevice, new_committee, raw_op, server_snapshot


@pytest.fixture
def two_councils(live_server):
    """Council A with a device and a committee on the server; council B with its device."""
    a_id, a_code = live_server.add_council("محله الف")
    b_id, b_code = live_server.add_council("محله ب")
    a, b = RawDevice(live_server, a_code), RawDevice(live_server, b_code)
    op = new_committee(a_id)
    assert a.pushed([op])[0]["outcome"] == "applied"
    yield a, b, op["row_id"]
    a.close()
    b.close()


def _endpoints(council_id: str, row_id: str) -> list[tuple[str, str, dict | None]]:
    batch = {"batch_id": "01a20000-0000-7000-8000-000000000001",
             "device_clock": "2025-01-01T08:00:00+00:00",
             "ops": [raw_op("committees", row_id, "update", {"name": "x"}, {"name": "y"})]}
    return [
        ("POST", "/v1/sync/push", batch),
        ("GET", f"/v1/sync/pull?stream=council:{council_id}", None),
        ("GET", "/v1/sync/pull?stream=province", None),
        ("GET", "/v1/sync/verify", None),
        ("POST", f"/v1/staff/demands/{row_id}/answer", {"text": "پاسخ"}),
        ("POST", "/v1/staff/directives", {"council_id": council_id, "title": "t", "text": "x"}),
        ("POST", "/v1/staff/agencies", {"name": "اداره تازه"}),
        ("PATCH", f"/v1/staff/agencies/{row_id}", {"phone": "123"}),
        ("GET", "/v1/staff/status", None),
    ]


def _call(server, method: str, path: str, body, token: str | None, version: str | None = "1"):
    headers = {}
    if version is not None:
        headers[PROTOCOL_HEADER] = version
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.request(method, server.url + path, json=body, headers=headers, timeout=30)


def _refused(answer: httpx.Response, *statuses: int) -> dict:
    assert answer.status_code in statuses, (answer.status_code, answer.text)
    body = answer.json()
    assert set(body) == {"code", "message"} and body["message"]
    return body


def test_every_endpoint_refuses_no_token_and_a_bad_one(live_server, two_councils):
    a, _b, row_id = two_councils
    before = server_snapshot(live_server, a.council_id)
    for method, path, body in _endpoints(a.council_id, row_id):
        _refused(_call(live_server, method, path, body, None), 401)
        _refused(_call(live_server, method, path, body, "not-a-token"), 401)
        _refused(_call(live_server, method, path, body, a.token + "x"), 401)
    assert server_snapshot(live_server, a.council_id) == before


def test_a_revoked_device_is_refused_everywhere(live_server, two_councils):
    a, _b, row_id = two_councils
    with live_server.store.session() as s:
        councils.revoke_device(s, a.device_id)
    before = server_snapshot(live_server, a.council_id)
    for method, path, body in _endpoints(a.council_id, row_id):
        answer = _call(live_server, method, path, body, a.token)
        error = _refused(answer, 401, 403)
        if "/staff/" not in path:
            assert error["code"] == "revoked"
    assert server_snapshot(live_server, a.council_id) == before


def test_another_councils_token_reaches_nothing_of_it(live_server, two_councils):
    a, b, row_id = two_councils
    before = server_snapshot(live_server, a.council_id)
    # reading: A's stream is refused, verify answers for B's council only
    _refused(b.pull(f"council:{a.council_id}"), 403)
    verify = b.http.get("/v1/sync/verify").json()
    assert verify["council_id"] == b.council_id
    assert verify["tables"]["committees"]["count"] == 0
    # writing: every op on A's rows, or naming A, is rejected with a reason
    other = new_committee(a.council_id)
    ops = [raw_op("committees", row_id, "update", {"name": "ربوده"}, {"name": "کمیته آزمایشی"}),
           raw_op("committees", row_id, "delete", {"deleted_at": "2025-01-02T08:00:00+00:00"},
                  {"deleted_at": None}),
           other,
           raw_op("councils", a.council_id, "update", {"name": "شورای دیگر"})]
    results = b.pushed(ops)
    assert [r["outcome"] for r in results] == ["rejected"] * 4
    assert all(r["reason"] for r in results)
    # a reference to A's row from B's own new row is refused too
    mine = new_committee(b.council_id)
    demand = raw_op("issues", "01a20000-0000-7000-8000-0000000000aa", "insert", {
        "id": "01a20000-0000-7000-8000-0000000000aa", "council_id": b.council_id,
        "title": "مشکل", "committee_id": row_id, "reported_on": "2025-01-01"})
    results = b.pushed([mine, demand])
    assert [r["outcome"] for r in results] == ["applied", "rejected"]
    assert server_snapshot(live_server, a.council_id) == before
    # staff endpoints are not for devices
    for method, path, body in _endpoints(a.council_id, row_id):
        if "/staff/" in path:
            _refused(_call(live_server, method, path, body, b.token), 403)


def test_staff_tokens_are_for_staff_endpoints_only(live_server, two_councils):
    a, _b, row_id = two_councils
    token = live_server.staff_token("مسئول استان")
    for method, path, body in _endpoints(a.council_id, row_id):
        if "/staff/" not in path:
            _refused(_call(live_server, method, path, body, token), 403)
    assert _call(live_server, "GET", "/v1/staff/status", None, token).status_code == 200


@pytest.mark.parametrize("version", [None, "0", "abc", "99"])
def test_a_protocol_outside_the_range_gets_please_update(live_server, two_councils, version):
    a, _b, row_id = two_councils
    endpoints = _endpoints(a.council_id, row_id) + [("POST", "/v1/enroll", {"code": "XXXX-XXXX"})]
    for method, path, body in endpoints:
        error = _refused(_call(live_server, method, path, body, a.token, version=version), 426)
        assert error["code"] == "please_update" and "update" in error["message"]
    health = httpx.get(live_server.url + "/health")
    assert health.status_code == 200 and health.json()["max_protocol"] == 1


def test_an_enrollment_code_serves_once_and_expires(live_server):
    council_id, code = live_server.add_council("محله کد")
    device = RawDevice(live_server, code)
    assert device.council_id == council_id
    again = httpx.post(live_server.url + "/v1/enroll", json={"code": code},
                       headers={PROTOCOL_HEADER: "1"})
    assert _refused(again, 403)["code"] == "bad_code"
    wrong = httpx.post(live_server.url + "/v1/enroll", json={"code": "AAAA-BBBB-CCCC-DDDD"},
                       headers={PROTOCOL_HEADER: "1"})
    assert _refused(wrong, 403)["code"] == "bad_code"
    late = live_server.code(council_id)
    with live_server.store.session() as s:
        s.execute(update(EnrollmentCode).where(EnrollmentCode.used_at.is_(None))
                  .values(expires_at=utcnow() - timedelta(minutes=1)))
    expired = httpx.post(live_server.url + "/v1/enroll", json={"code": late},
                         headers={PROTOCOL_HEADER: "1"})
    assert _refused(expired, 403)["code"] == "bad_code"
    # typed loosely (lower case, spaces, Persian digits) it still works
    fresh = live_server.code(council_id)
    loose = fresh.lower().replace("-", " ").translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert RawDevice(live_server, loose).council_id == council_id
    device.close()


def test_a_pc_keeping_another_council_is_refused_once_the_council_has_data(live_server):
    council_id, code = live_server.add_council("محله داده")
    first = RawDevice(live_server, code)
    first.pushed([new_committee(council_id)])
    stranger = httpx.post(live_server.url + "/v1/enroll", headers={PROTOCOL_HEADER: "1"}, json={
        "code": live_server.code(council_id),
        "local_council_id": "01a20000-0000-7000-8000-00000000beef"})
    assert _refused(stranger, 409)["code"] == "other_council"
    with live_server.store.session() as s:  # the refused enrollment did not spend the code
        assert s.scalar(select(EnrollmentCode.council_id).where(
            EnrollmentCode.used_at.is_(None), EnrollmentCode.council_id == council_id))
        assert s.get(SyncStream, f"council:{council_id}") is not None
        assert s.scalar(select(Committee.id).where(Committee.council_id == council_id))
    first.close()
