"""How long the demo takes to build through the services, and how many rows a second that is.

    .venv/bin/python benchmarks/bench_demo.py               # the large demo (minutes), cached
    .venv/bin/python benchmarks/bench_demo.py --size small  # the small one, in a temp file

Rows are every row the build wrote, in every table: the records, plus the audit log, the sync
outbox and the search index the services' hooks keep. The large build is stored where
bench_search.py and bench_cli_start.py look for it (benchmarks/out/), replacing any older one.
"""
from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import demo_cache


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("small", "large"), default="large")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if args.size == "large":
        target = demo_cache.cache_dir() / f"large-demo-{args.seed}.db"
        tmp = target.with_name(target.name + ".building")
        result = demo_cache.build(tmp, "large", args.seed)
        demo_cache._remove(target)
        tmp.rename(target)
        where = str(target)
    else:
        with tempfile.TemporaryDirectory() as folder:
            result = demo_cache.build(Path(folder) / "small.db", "small", args.seed, quiet=True)
        where = "(temporary)"
    records = sum(result["counts"].values())
    print(f"demo {args.size} (seed {args.seed}) -> {where}")
    print(f"  counts: {json.dumps(result['counts'], ensure_ascii=False)}")
    print(f"  time: {result['seconds']:.1f} s")
    print(f"  rows written (all tables, audit/outbox/search included): {result['rows']:,}"
          f"  ->  {result['rows'] / result['seconds']:,.0f} rows/s")
    print(f"  records (the counts above): {records:,}"
          f"  ->  {records / result['seconds']:,.0f} records/s")


if __name__ == "__main__":
    main()
