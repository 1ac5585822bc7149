"""Failed enrollment codes and unknown tokens per address: refused with 429 past the limit.

Against the real app on loopback (SQLite and PostgreSQL). Each test gives the app fresh, lower
limits (`app.state.limits`), so it neither trips on nor leaves behind the failures of other
tests; the defaults stay as `server.ratelimit` sets them. A second address is simulated with
X-Forwarded-For, which uvicorn honours from 127.0.0.1 (as from a reverse proxy on the server).
"""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from app.sync.client import ServerClient, TooManyAttempts
from app.sync.protocol import PROTOCOL_HEADER, EnrollRequest
from server import councils, logs, ratelimit
from server.models import EnrollmentCode
from sync_harness import RawDevice

ROOT = Path(__file__).resolve().parents[2]
WRONG = "AAAA-BBBB-CCCC-DDDD"
ELSEWHERE = {"X-Forwarded-For": "203.0.113.9"}


@pytest.fixture
def limits(live_server):
    """Limits of 3 failures for this test; the app's own limits back afterwards."""
    before = live_server.app.state.limits
    fresh = ratelimit.Limits(ratelimit.FailureLimit("enroll", 3),
                             ratelimit.FailureLimit("token", 3))
    live_server.app.state.limits = fresh
    yield fresh
    live_server.app.state.limits = before


@pytest.fixture
def refusals():
    seen: list[dict] = []

    class Handler(logging.Handler):
        def emit(self, record):
            if record.getMessage() == "rate_limited":
                seen.append(record.fields)

    handler = Handler()
    logs.LOGGER.addHandler(handler)
    yield seen
    logs.LOGGER.removeHandler(handler)


def _enroll(server, code: str, **headers) -> httpx.Response:
    return httpx.post(server.url + "/v1/enroll", json={"code": code},
                      headers={PROTOCOL_HEADER: "1", **headers}, timeout=30)


def _too_many(answer: httpx.Response) -> dict:
    assert answer.status_code == 429, answer.text
    body = answer.json()
    assert body["code"] == "too_many_attempts" and "try again in" in body["message"]
    assert 0 < int(answer.headers["Retry-After"]) <= ratelimit.WINDOW_SECONDS
    return body


def test_the_defaults_are_set_on_the_app(live_server):
    limits = live_server.app.state.limits
    assert (limits.enroll.limit, limits.token.limit) == (ratelimit.ENROLL_FAILURES,
                                                         ratelimit.TOKEN_FAILURES) == (10, 30)
    assert limits.enroll.window == limits.token.window == 15 * 60


def test_wrong_codes_from_one_address_are_refused_past_the_limit(live_server, limits, refusals):
    council_id, code = live_server.add_council("محله حدس")
    for _ in range(3):
        assert _enroll(live_server, WRONG).json()["code"] == "bad_code"
    body = _too_many(_enroll(live_server, code))  # even the right code, once blocked
    assert "enrollment codes" in body["message"]
    assert refusals and refusals[-1]["kind"] == "enroll" and refusals[-1]["address"] == "127.0.0.1"
    with live_server.store.session() as s:  # the right code was not looked at, nor spent
        assert s.scalar(select(EnrollmentCode.used_at).where(
            EnrollmentCode.council_id == council_id)) is None
    # another address is not concerned, and a refused attempt did not count again
    assert _enroll(live_server, code, **ELSEWHERE).status_code == 200
    assert limits.enroll.retry_after("203.0.113.9") == 0
    assert len(limits.enroll._failures["127.0.0.1"]) == 3


def test_successes_and_other_refusals_do_not_count(live_server, limits):
    council_id, _ = live_server.add_council("محله درست")
    for _ in range(5):
        RawDevice(live_server, live_server.code(council_id)).close()
    bad_request = httpx.post(live_server.url + "/v1/enroll", json={},
                             headers={PROTOCOL_HEADER: "1"})
    assert bad_request.status_code == 422
    assert _enroll(live_server, WRONG, **{PROTOCOL_HEADER: "99"}).status_code == 426
    assert limits.enroll.retry_after("127.0.0.1") == 0
    for _ in range(3):
        assert _enroll(live_server, WRONG).status_code == 403
    _too_many(_enroll(live_server, WRONG))


def test_the_block_ends_when_the_window_has_passed():
    now = [1000.0]
    limit = ratelimit.FailureLimit("enroll", 2, window=60, clock=lambda: now[0])
    limit.failed("a")
    now[0] += 30
    limit.failed("a")
    assert limit.retry_after("a") == 30 and limit.retry_after("b") == 0
    now[0] += 29
    assert limit.retry_after("a") == 1
    now[0] += 1  # the first failure left the window
    assert limit.retry_after("a") == 0
    limit.failed("a")  # blocked again until the second failure leaves the window
    assert limit.retry_after("a") == 30
    now[0] += 30
    assert limit.retry_after("a") == 0
    now[0] += 30  # every failure gone: the address is forgotten
    assert limit.retry_after("a") == 0 and not limit._failures


def test_unknown_tokens_from_one_address_are_refused_past_the_limit(live_server, limits,
                                                                   refusals):
    _, code = live_server.add_council("محله رمز")
    device = RawDevice(live_server, code)
    pull = f"/v1/sync/pull?stream=council:{device.council_id}"

    def get(token: str | None, **headers) -> httpx.Response:
        auth = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.get(live_server.url + pull, headers={PROTOCOL_HEADER: "1", **auth,
                                                          **headers}, timeout=30)

    for _ in range(5):  # no token at all is not a guess
        assert get(None).status_code == 401
    assert get(device.token).status_code == 200  # nor is a success
    for _ in range(3):
        assert get("not-" + device.token).json()["code"] == "unauthorized"
    body = _too_many(get("still-not-" + device.token))
    assert "access tokens" in body["message"]
    assert refusals[-1]["kind"] == "token"
    # a valid token passes: the other PCs behind the same office address keep syncing
    assert get(device.token).status_code == 200
    assert get(device.token, **ELSEWHERE).status_code == 200
    # enrollment has its own count: a PC of that office may still enrol
    assert _enroll(live_server, live_server.code(device.council_id)).status_code == 200
    device.close()


def test_revoked_tokens_do_not_count(live_server, limits):
    _, code = live_server.add_council("محله باطل")
    device = RawDevice(live_server, code)
    with live_server.store.session() as s:
        councils.revoke_device(s, device.device_id)
    for _ in range(5):
        answer = device.pull()
        assert answer.status_code == 401 and answer.json()["code"] == "revoked"
    device.close()


def test_the_client_and_the_cli_say_when_to_try_again(live_server, limits, tmp_path):
    for _ in range(3):
        _enroll(live_server, WRONG)
    with ServerClient(live_server.url, retries=0) as client:
        with pytest.raises(TooManyAttempts) as refused:
            client.enroll(EnrollRequest(code=WRONG))
    assert 0 < refused.value.retry_after <= ratelimit.WINDOW_SECONDS
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DABIR_DATA_DIR": str(tmp_path)}
    for lang, words in (("en", "try again in 15 min"), ("fa", "۱۵ دقیقهٔ دیگر")):
        done = subprocess.run([sys.executable, "-m", "app", "--db", str(tmp_path / "pc.db"),
                               "enroll", live_server.url, WRONG], cwd=ROOT, timeout=120,
                              env={**env, "DABIR_LANG": lang}, capture_output=True, text=True)
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        (line,) = done.stderr.strip().splitlines()
        assert words in line, line
