"""The large demo database the benchmarks share, built once and cached.

Building the large demo takes minutes, so it is kept at `benchmarks/out/large-demo-<seed>.db`
(git-ignored; `DABIR_BENCH_DIR` moves it) and rebuilt only when missing or asked for. It is
built into a temporary file and renamed into place, so an interrupted build never leaves a
half-filled database that a later run would trust.
"""
from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: the demo ends on a fixed day, so every run measures the same database
DEMO_TODAY = date(2026, 11, 20)


def cache_dir() -> Path:
    path = Path(os.environ.get("DABIR_BENCH_DIR") or ROOT / "benchmarks" / "out")
    path.mkdir(parents=True, exist_ok=True)
    return path


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def build(path: Path, size: str = "large", seed: int = 0, *, quiet: bool = False) -> dict:
    """Build a demo at `path` (replacing it); returns counts, seconds and rows written."""
    from app.services.database import open_database
    from app.services.demo import build_demo

    _remove(path)
    db = open_database(path)
    last = [0.0]
    started = time.perf_counter()

    def progress(done: int, total: int, label: str) -> None:
        now = time.perf_counter()
        if not quiet and (now - last[0] > 5 or done == total):
            last[0] = now
            print(f"  {done}/{total} {now - started:6.1f}s", file=sys.stderr, flush=True)

    try:
        counts = build_demo(db, size=size, seed=seed, today=DEMO_TODAY, progress=progress)
        seconds = time.perf_counter() - started
        with db.engine.connect() as conn:
            from sqlalchemy import text

            tables = [r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%'"))]
            rows = sum(conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables)
    finally:
        db.close()
    return {"counts": counts, "seconds": seconds, "rows": rows}


def large_demo_db(seed: int = 0, *, rebuild: bool = False) -> Path:
    """The cached large demo database, built first if needed."""
    path = cache_dir() / f"large-demo-{seed}.db"
    if path.is_file() and not rebuild:
        return path
    print(f"building the large demo into {path} (several minutes, once)...", file=sys.stderr)
    tmp = path.with_name(path.name + ".building")
    result = build(tmp, "large", seed)
    _remove(path)
    tmp.rename(path)
    _remove(tmp)
    print(f"built in {result['seconds']:.0f} s", file=sys.stderr)
    return path
