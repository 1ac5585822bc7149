"""Many councils syncing at once against one server: the load generator of `bench_sync --part many`.

Each simulated council is one enrolled device speaking the protocol over raw httpx (no local
database, so a client costs little CPU beside the server). One "sync" is what a council PC does
after a few edits: push ONE gzip'd batch of 5 new members, pull the province stream and then
the council stream from its cursors to their ends, and ask for the verification digests of the
rows changed since the council cursor it started from (4 requests; as the PC does on most
syncs; `FULL_VERIFY` = True asks for the digests of every row, as the PC does once a day).
It counts as good only if every answer is 200, every op comes back `applied`, the council pull
brings those 5 rows back and the verified member count is right. The councils are
spread over several client processes (one thread per council inside each) released at the same
instant, so the clients' own GIL does not turn into the latency being measured. The server's
JSON access log gives the time the server itself spent on each request and every status it
answered; `landed_once` checks on the server's database that every op landed exactly once.
`run` does the whole part and prints its figures (see benchmarks/README.md).
"""
from __future__ import annotations

import gzip
import json
import multiprocessing
import statistics
import threading
import time
from pathlib import Path

OPS_PER_SYNC = 5
FULL_VERIFY = False
STEPS = ("push", "pull province", "pull council", "verify")


def _national_id(i: int) -> str:
    body = f"{400000000 + i:09d}"
    r = sum(int(d) * (10 - j) for j, d in enumerate(body)) % 11
    return body + str(r if r < 2 else 11 - r)


_SSL = None


def _client(url: str, token: str | None = None):
    import ssl

    import httpx

    from app.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

    global _SSL
    _SSL = _SSL or ssl.create_default_context()  # one per process: making one costs ~20 ms
    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Accept-Encoding": "gzip"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.Client(base_url=url, headers=headers, timeout=120, verify=_SSL)


def _pull(http, stream: str, since: int) -> tuple[int, int]:
    """Pull a stream to its end: (next cursor, rows received)."""
    rows = 0
    while True:
        answer = http.get("/v1/sync/pull", params={"stream": stream, "since": since})
        if answer.status_code != 200:
            raise RuntimeError(f"pull {stream.split(':')[0]}: HTTP {answer.status_code} "
                               f"{answer.text[:120]}")
        page = answer.json()
        rows += len(page["rows"])
        since = page["next_since"]
        if not page["has_more"]:
            return since, rows


def enroll_councils(server, count: int, label: str) -> list[dict]:
    """`count` councils, each with an enrolled device that has pulled both streams once."""
    councils = []
    for i in range(count):
        _, code = server.add_council(f"محله {label} {i}")
        with _client(server.url) as http:
            answer = http.post("/v1/enroll", json={"code": code, "device_name": f"{label}-{i}"})
            assert answer.status_code == 200, answer.text
            data = answer.json()
            http.headers["Authorization"] = f"Bearer {data['token']}"
            cursors = {s: _pull(http, s, 0)[0]
                       for s in ("province", f"council:{data['council_id']}")}
        councils.append({"council_id": data["council_id"], "token": data["token"],
                         "cursors": cursors, "members": 0, "n": i, "label": label})
    return councils


def _ops(council: dict) -> list[dict]:
    from app.ids import new_id

    ops = []
    for j in range(OPS_PER_SYNC):
        row_id = new_id()
        serial = (council["n"] * 1000 + council["members"] + j) * 7 + len(council["label"])
        ops.append({"op_id": new_id(), "table": "members", "row_id": row_id, "action": "insert",
                    "actor": "secretary", "base": {}, "changes": {
                        "id": row_id, "council_id": council["council_id"], "first_name": "زهرا",
                        "last_name": f"کریمی {serial}", "national_id": _national_id(serial),
                        "mobile": None, "gender": "female", "address": None,
                        "residence_proof": "قبض", "role": "member", "constituency": "resident",
                        "status": "active", "term_start": None, "term_end": None,
                        "appointment_letter_no": None, "appointment_letter_date": None,
                        "replaces_id": None, "notes": None,
                        "created_at": "2026-11-20T08:00:00+00:00", "deleted_at": None}})
    return ops


def one_sync(http, council: dict) -> dict:
    """One council's sync (see the module docstring); its timings, or the first failure."""
    from app.ids import new_id

    steps: dict[str, float] = {}
    began, started = time.time(), time.perf_counter()
    try:
        t = time.perf_counter()
        ops = _ops(council)
        body = {"batch_id": new_id(), "device_clock": "2026-11-20T08:00:00+00:00", "ops": ops}
        answer = http.post("/v1/sync/push", content=gzip.compress(json.dumps(
            body, ensure_ascii=False).encode()), headers={"Content-Type": "application/json",
                                                          "Content-Encoding": "gzip"})
        if answer.status_code != 200:
            raise RuntimeError(f"push: HTTP {answer.status_code} {answer.text[:120]}")
        outcomes = {r["outcome"] for r in answer.json()["results"]}
        if outcomes != {"applied"}:
            raise RuntimeError(f"push: outcomes {sorted(outcomes)}")
        steps["push"] = time.perf_counter() - t
        cursors = council["cursors"]
        mine = f"council:{council['council_id']}"
        window = 0 if FULL_VERIFY else cursors[mine]
        t = time.perf_counter()
        cursors["province"], _ = _pull(http, "province", cursors["province"])
        steps["pull province"] = time.perf_counter() - t
        t = time.perf_counter()
        cursors[mine], rows = _pull(http, mine, cursors[mine])
        steps["pull council"] = time.perf_counter() - t
        if rows < OPS_PER_SYNC:
            raise RuntimeError(f"pull council: {rows} rows, expected {OPS_PER_SYNC}")
        t = time.perf_counter()
        answer = http.get("/v1/sync/verify", params={"since": window} if window else None)
        if answer.status_code != 200:
            raise RuntimeError(f"verify: HTTP {answer.status_code} {answer.text[:120]}")
        council["members"] += OPS_PER_SYNC
        digests = answer.json()
        count = digests.get("totals", {}).get("members") if digests.get("since") else \
            digests["tables"].get("members", {}).get("count")
        if count != council["members"]:
            raise RuntimeError(f"verify: {count} members, expected {council['members']}")
        steps["verify"] = time.perf_counter() - t
        error = None
    except Exception as exc:  # noqa: BLE001 - counted and reported, never hidden
        error = f"{type(exc).__name__}: {exc}" if not isinstance(exc, RuntimeError) else str(exc)
    return {"seconds": time.perf_counter() - started, "steps": steps, "error": error,
            "began": began, "ended": time.time()}


def _child(url: str, councils: list[dict], start_at: float) -> list[dict]:
    go = threading.Event()
    results: list[dict] = [{}] * len(councils)

    def run(k: int) -> None:
        with _client(url, councils[k]["token"]) as http:
            go.wait()
            results[k] = one_sync(http, councils[k])

    threads = [threading.Thread(target=run, args=(k,)) for k in range(len(councils))]
    for th in threads:
        th.start()
    time.sleep(max(0.0, start_at - time.time()))
    go.set()
    for th in threads:
        th.join()
    return results


def all_at_once(url: str, councils: list[dict], procs: int
                ) -> tuple[list[dict], float, float]:
    """Every council syncs once, all released together from `procs` processes.

    (results, wall from the first sync's start to the last one's end, spread of the starts)."""
    procs = max(1, min(procs, len(councils)))
    slices = [councils[k::procs] for k in range(procs)]
    start_at = time.time() + 3.0 + len(councils) / 100
    with multiprocessing.get_context("fork").Pool(procs) as pool:
        parts = pool.starmap(_child, [(url, part, start_at) for part in slices])
    results = [r for part in parts for r in part]
    first = min(r["began"] for r in results)
    return results, max(r["ended"] for r in results) - first, \
        max(r["began"] for r in results) - first


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of process `pid` and its children (uvicorn's workers)."""
    import os

    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:  # fields[1]: the parent's pid
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def landed_once(store, councils: list[dict]) -> tuple[int, int]:
    """(councils whose member count on the server is right, push receipts stored)."""
    from sqlalchemy import func, select

    from app.models import Member
    from server.models import PushReceiptRow

    with store.session() as s:
        counts = dict(s.execute(select(Member.council_id, func.count()).group_by(
            Member.council_id)).all())
        receipts = s.scalar(select(func.count()).select_from(PushReceiptRow))
    right = sum(1 for c in councils if counts.get(c["council_id"], 0) == c["members"])
    return right, receipts


def server_log(path: Path, offset: int) -> dict:
    """Statuses and server-side ms of the requests logged after byte `offset` of the log."""
    statuses: dict[int, int] = {}
    ms: dict[str, list[float]] = {}
    errors: list[str] = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        fh.seek(offset)
        for line in fh:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if entry.get("event") == "internal_error":
                errors.append(str(entry.get("error"))[:200])
            if entry.get("event") != "request":
                continue
            statuses[entry["status"]] = statuses.get(entry["status"], 0) + 1
            ms.setdefault(entry["path"].rsplit("/", 1)[-1], []).append(entry["ms"])
    return {"statuses": statuses, "ms": ms, "errors": errors}


def describe_log(stats: dict) -> list[str]:
    lines = ["server saw: statuses " + ", ".join(f"{k}: {v}" for k, v in
                                                 sorted(stats["statuses"].items()))]
    for name, values in sorted(stats["ms"].items()):
        lines.append(f"  {name:7s} x{len(values):4d}: server-side p50 "
                     f"{statistics.median(values):.0f} ms, p99 {percentile(values, 0.99):.0f} ms")
    for error in stats["errors"][:3]:
        lines.append(f"  internal error: {error}")
    return lines


def run(args, server, log: Path) -> None:
    """Part (c) of bench_sync: enroll, the baseline, all at once, and the printed figures."""
    global FULL_VERIFY
    FULL_VERIFY = args.full_verify
    started = time.perf_counter()
    alone = enroll_councils(server, args.baseline, "alone")
    councils = enroll_councils(server, args.councils, "many")
    backend = server.store.engine.dialect.name
    print(f"(c) {backend} server, {args.server_workers} worker process(es): "
          f"{args.councils} + {args.baseline} councils enrolled and pulled once in "
          f"{time.perf_counter() - started:.1f} s", flush=True)
    print(f"    one sync = push 1 batch of {OPS_PER_SYNC} new members, pull the province "
          f"and the council streams to their ends, verify "
          f"{'in full' if args.full_verify else 'the rows changed since the last sync'} "
          f"(4 requests, each checked)")
    base, mark = [], log.stat().st_size
    cpu = cpu_seconds(server.proc.pid)
    with _client(server.url) as http:
        for c in alone:
            http.headers["Authorization"] = f"Bearer {c['token']}"
            result = one_sync(http, c)
            assert result["error"] is None, (result["error"],
                                              server_log(log, 0)["errors"])
            base.append(result["seconds"])
    baseline = statistics.median(base)
    cpu_alone = (cpu_seconds(server.proc.pid) - cpu) / len(base)
    print(f"    baseline, one sync alone on the idle server (median of {len(base)}): "
          f"{baseline * 1000:.0f} ms", flush=True)
    for line in describe_log(server_log(log, mark))[1:]:
        print("    " + line)
    offset = log.stat().st_size
    cpu = cpu_seconds(server.proc.pid)
    results, wall, spread = all_at_once(server.url, councils, args.client_procs)
    cpu_many = (cpu_seconds(server.proc.pid) - cpu) / len(results)
    for c in councils:
        c["members"] += OPS_PER_SYNC
    good = [r["seconds"] for r in results if r["error"] is None]
    errors = [r["error"] for r in results if r["error"] is not None]
    lat = good or [float("nan")]
    p50, p99 = statistics.median(lat), percentile(lat, 0.99)
    print(f"    {args.councils} councils syncing at once ({args.client_procs} client "
          f"processes): p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, max "
          f"{max(lat) * 1000:.0f} ms; wall {wall:.1f} s = {len(good) / wall:.1f} syncs/s; "
          f"errors {len(errors)} (last sync started {spread * 1000:.0f} ms after the first)")
    print(f"    ratio to the baseline: p50 {p50 / baseline:.1f}x, p99 {p99 / baseline:.1f}x;"
          f" wall / ({args.councils} x baseline) = {wall / (args.councils * baseline):.2f}"
          f" (1.00 = fully serialized)")
    print(f"    server CPU per sync: {cpu_alone * 1000:.0f} ms alone, {cpu_many * 1000:.0f} ms"
          f" at once ({cpu_many / cpu_alone:.2f}x); at once the server used "
          f"{cpu_many * len(results) / wall:.2f} CPU cores on average")
    for step in STEPS:
        values = [r["steps"][step] for r in results if step in r["steps"]]
        if values:
            print(f"      {step:13s} p50 {statistics.median(values) * 1000:.0f} ms, "
                  f"p99 {percentile(values, 0.99) * 1000:.0f} ms")
    for error in sorted(set(errors))[:5]:
        print(f"      error x{errors.count(error)}: {error}")
    right, receipts = landed_once(server.store, councils + alone)
    print(f"    on the server: {right}/{len(councils) + len(alone)} councils hold exactly "
          f"their members; {receipts} push receipts for "
          f"{len(results) + len(base)} pushes")
    for line in describe_log(server_log(log, offset)):
        print("    " + line)
