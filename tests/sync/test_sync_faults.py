"""Faults between a PC and the server: cut answers, a killed `dabir sync`, a restarted server.

(a) A loopback TCP proxy between the client and the real server forwards the push request, lets
the server commit and answer, and cuts the answer after k bytes, so the PC never sees the
receipt; the next normal sync re-sends the same batch, which is applied once. The same proxy
adds latency and throttles bandwidth: a slow link completes, and a client timing out on it
loses nothing. (b) A real
`python -m app sync` is SIGKILLed at random moments several times; then a full sync leaves
`dabir check` clean and the PC equal to the server. (c) The server is stopped between push and
pull; a re-sync against the restarted server (same database) completes. Nothing lost, nothing
duplicated. The random delays are seeded (DABIR_FAULT_SEED) and printed on failure.
"""
from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Member, OutboxEntry, SyncState
from app.services.database import open_database
from app.sync.client import ServerClient, Unreachable
from app.sync.engine import SyncRound, sync
from app.sync.enroll import enroll
from server.models import PushReceiptRow
from sync_harness import (BACKENDS, LiveServer, add, backend_database, council_database,
                          pc_snapshot, server_snapshot)

ROOT = Path(__file__).resolve().parents[2]
SEED = int(os.environ.get("DABIR_FAULT_SEED", "5"))


# ------------------------------------------------------------------ the fault proxy


class CuttingProxy:
    """A loopback TCP proxy that cuts the answer to the next push after `k` bytes.

    Requests always reach the server whole; once a request line `POST .../sync/push` has gone
    through a connection, the bytes coming back on it are counted and the connection is closed
    (both sides) after `k` of them, once. Bounded: threads are daemons, sockets time out, and
    `close()` stops everything (it also stops by itself after `lifetime` seconds).
    """

    def __init__(self, upstream_port: int, k: int | None, lifetime: float = 60.0, *,
                 latency: float = 0.0, rate: int | None = None):
        """`k` None: no cut; `latency` seconds added to every chunk each way; `rate`: at most
        that many bytes per second each way (a slow mobile link)."""
        self.upstream_port, self.k = upstream_port, k
        self.latency, self.rate = latency, rate
        self.cuts_left = 0 if k is None else 1
        self.cut_done = threading.Event()
        self.lock = threading.Lock()
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.stop_at = time.monotonic() + lifetime
        self.closed = threading.Event()
        self.sockets: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.closed.is_set() and time.monotonic() < self.stop_at:
            try:
                client, _ = self.listener.accept()
            except (socket.timeout, OSError):
                continue
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=30)
            client.settimeout(30)
            self.sockets += [client, upstream]
            state = {"armed": False}
            threading.Thread(target=self._up, args=(client, upstream, state), daemon=True).start()
            threading.Thread(target=self._down, args=(upstream, client, state),
                             daemon=True).start()
        self.listener.close()

    def _up(self, client: socket.socket, upstream: socket.socket, state: dict) -> None:
        try:
            while data := client.recv(65536):
                if b"/sync/push" in data.split(b"\r\n", 1)[0]:
                    with self.lock:
                        if self.cuts_left:
                            self.cuts_left -= 1
                            state["armed"] = True
                self._send(upstream, data)
        except OSError:
            pass
        finally:
            _shut(upstream)

    def _send(self, sock: socket.socket, data: bytes) -> None:
        """Forward `data` late (latency) and slowly (rate), in slices of a tenth of a second."""
        if self.latency:
            time.sleep(self.latency)
        if not self.rate:
            sock.sendall(data)
            return
        step = max(1, self.rate // 10)
        for i in range(0, len(data), step):
            sock.sendall(data[i:i + step])
            time.sleep(0.1)

    def _down(self, upstream: socket.socket, client: socket.socket, state: dict) -> None:
        sent = 0
        try:
            while data := upstream.recv(65536):
                if state["armed"]:
                    part = data[: max(0, self.k - sent)]
                    if part:
                        client.sendall(part)
                    sent += len(part)
                    if sent >= self.k or len(part) < len(data):
                        self.cut_done.set()
                        _shut(client)
                        _shut(upstream)
                        return
                else:
                    self._send(client, data)
        except OSError:
            pass
        finally:
            _shut(client)

    def close(self) -> None:
        self.closed.set()
        for s in self.sockets:
            _shut(s)
        self.thread.join(timeout=5)


def _shut(s: socket.socket) -> None:
    try:
        s.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        s.close()
    except OSError:
        pass


# ------------------------------------------------------------------ helpers


def _state(db) -> SyncState:
    with db.session() as s:
        return s.get(SyncState, 1)


def _outbox(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry))


def _receipts(server: LiveServer, device_id: str) -> list[str]:
    with server.store.session() as s:
        return list(s.scalars(select(PushReceiptRow.batch_id)
                              .where(PushReceiptRow.device_id == device_id)))


def national_id(i: int) -> str:
    """A valid (check-digit) national id, different for every i."""
    body = f"{100000000 + i:09d}"
    r = sum(int(d) * (10 - j) for j, d in enumerate(body)) % 11
    return body + str(r if r < 2 else 11 - r)


def _members(db, cid: str, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        add(db, Member(council_id=cid, first_name="زهرا", last_name=f"احمدی {i}",
                       national_id=national_id(i), gender="female", residence_proof="اجاره‌نامه"))


def _assert_converged(db, server: LiveServer) -> None:
    state = _state(db)
    assert _outbox(db) == 0 and state.pending_batch_id is None
    assert pc_snapshot(db, state.council_id) == server_snapshot(server, state.council_id)


# ------------------------------------------------------------------ (a) cut answers


@pytest.mark.parametrize("k", [0, 1, 17, 64, 160])
def test_an_answer_cut_after_k_bytes_loses_and_duplicates_nothing(live_server, pc, k):
    state = _state(pc)
    _members(pc, state.council_id, 3)
    pending = _outbox(pc)
    proxy = CuttingProxy(live_server.port, k)
    try:
        with ServerClient(proxy.url, state.token, retries=0) as cut:
            with pytest.raises(Unreachable):
                sync(pc, client=cut)
        assert proxy.cut_done.is_set()
    finally:
        proxy.close()
    in_flight = _state(pc).pending_batch_id
    assert in_flight is not None and _outbox(pc) == pending  # the receipt never arrived
    assert _receipts(live_server, state.device_id) == [in_flight]  # but the server committed
    report = sync(pc)
    assert report.verified and report.pushed == pending and report.rejected == 0
    assert _receipts(live_server, state.device_id) == [in_flight]  # applied once
    _assert_converged(pc, live_server)
    again = sync(pc)
    assert (again.pushed, again.pulled, again.conflicts) == (0, 0, 0)


def test_a_slow_throttled_link_completes_and_a_timeout_on_it_loses_nothing(live_server, pc):
    """Latency and a bandwidth of a few KB/s: the sync completes; a client that gives up in the
    middle of a slow answer (its read timeout) leaves everything for the next sync."""
    state = _state(pc)
    _members(pc, state.council_id, 40)
    pending = _outbox(pc)
    proxy = CuttingProxy(live_server.port, None, latency=0.05, rate=4_000)
    try:
        with ServerClient(proxy.url, state.token, retries=0, timeout=0.3) as impatient:
            with pytest.raises(Unreachable):
                sync(pc, client=impatient)
        assert _outbox(pc) == pending  # no receipt was taken in: nothing settled, nothing lost
        with ServerClient(proxy.url, state.token, retries=0, timeout=60) as patient:
            report = sync(pc, client=patient)
    finally:
        proxy.close()
    assert report.verified and report.rejected == 0
    receipts = _receipts(live_server, state.device_id)
    assert len(receipts) == len(set(receipts))  # every batch applied once
    _assert_converged(pc, live_server)


# ------------------------------------------------------------------ (b) SIGKILL of dabir sync


def _dabir(*args: str, data_dir: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DABIR_DATA_DIR": str(data_dir),
           "DABIR_LANG": "en"}
    return subprocess.Popen([sys.executable, "-m", "app", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_sync_killed_at_random_points_loses_and_duplicates_nothing(live_server, tmp_path):
    rng = random.Random(SEED)
    _, code = live_server.add_council("محله کشته")
    path = tmp_path / "pc.db"
    db = council_database(path, code="KILL-1")
    enroll(db, live_server.url, code)
    cid = _state(db).council_id
    _members(db, cid, 120)
    db.close()
    kills, finished = [], 0
    for round_no in range(6):
        proc = _dabir("--db", str(path), "sync", data_dir=tmp_path)
        delay = rng.uniform(0, 2.5)
        try:
            proc.wait(timeout=delay)
            finished += 1
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            kills.append(round(delay, 3))
        out, err = proc.communicate()
        assert "Traceback" not in err, (SEED, kills, err)
        db = open_database(path)  # more edits between the kills
        _members(db, cid, 5, start=1000 + 5 * round_no)
        db.close()
    done = _dabir("--db", str(path), "sync", data_dir=tmp_path)
    out, err = done.communicate(timeout=300)
    assert done.returncode == 0, (SEED, kills, err)
    checked = _dabir("--db", str(path), "check", data_dir=tmp_path)
    out, err = checked.communicate(timeout=300)
    assert checked.returncode == 0, (SEED, kills, out, err)
    db = open_database(path)
    try:
        _assert_converged(db, live_server)
        with db.session() as s:
            members = s.scalar(select(func.count()).select_from(Member)
                               .where(Member.council_id == cid))
        assert members == 120 + 6 * 5
        state = _state(db)
        receipts = _receipts(live_server, state.device_id)
        assert len(receipts) == len(set(receipts))
    finally:
        db.close()
    print(f"seed {SEED}: killed after {kills} s, {finished} run(s) finished")


# ------------------------------------------------------------------ (c) server restart


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_server_restarted_between_push_and_pull(backend, tmp_path):
    url = backend_database(backend, tmp_path)
    server = LiveServer(url).start()
    try:
        _, code = server.add_council("محله راه‌اندازی")
        db = council_database(tmp_path / "pc.db", code="RST-1")
        enroll(db, server.url, code)
        cid = _state(db).council_id
        _members(db, cid, 4)
        sync_round = SyncRound(db, ServerClient(server.url, _state(db).token, retries=0))
        sync_round.push()
        assert _outbox(db) == 0
        server.stop()
        with pytest.raises(Unreachable):
            sync_round.pull_stream(f"council:{cid}")
        sync_round.client.close()
    finally:
        server.stop() if server.thread.is_alive() else None
    server = LiveServer(url).start()  # the same database, a new process-like server
    try:
        with db.session(actor="sync", sync_apply=True) as s:  # it came back on another port
            s.get(SyncState, 1).server_url = server.url
        _members(db, cid, 2, start=100)
        report = sync(db)
        assert report.verified and report.pushed == 2
        _assert_converged(db, server)
        db.close()
    finally:
        server.stop()
