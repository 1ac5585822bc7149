"""Cold start of the command line: `dabir stats` as a fresh process, beside `python -c pass`.

    .venv/bin/python benchmarks/bench_cli_start.py [--runs 15] [--db PATH]

Each run is a new interpreter (`python -m app --db DB stats`), so it pays for every import, the
migration check and the counting queries, as a secretary's script does. `python -c pass` in the
same run is the floor; the ratio is what Dabir adds to it.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import demo_cache


def _time(cmd: list[str], runs: int, env: dict) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env,
                       cwd=demo_cache.ROOT)
        out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--db", type=Path, help="a database (default: the cached large demo)")
    args = parser.parse_args()
    path = args.db or demo_cache.large_demo_db()
    env = {**os.environ, "PYTHONPATH": str(demo_cache.ROOT)}
    _time([sys.executable, "-m", "app", "--db", str(path), "stats"], 1, env)  # warm the disk
    floor = _time([sys.executable, "-c", "pass"], args.runs, env)
    stats = _time([sys.executable, "-m", "app", "--db", str(path), "stats"], args.runs, env)
    f, s = statistics.median(floor) * 1000, statistics.median(stats) * 1000
    print(f"cold start, median of {args.runs} runs ({path.name})")
    print(f"  python -c pass       : {f:7.0f} ms")
    print(f"  dabir stats (-m app) : {s:7.0f} ms")
    print(f"  ratio                : {s / f:7.1f} x")


if __name__ == "__main__":
    main()
