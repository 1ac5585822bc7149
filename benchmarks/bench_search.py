"""Full-text search latency on the large demo: the service beside a raw FTS5 query, same run.

    .venv/bin/python benchmarks/bench_search.py [--repeat 30] [--db PATH]

For each realistic query (Persian words, a street, a resolution number typed with Latin digits,
Arabic ي/ك, a name) it times `app.services.search.search` (folding, ranking, building each
hit's title and snippet) and, on the same index and the same MATCH expression, a raw
`SELECT kind, row_id FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 50`.
It prints the median and 95th percentile of each and their ratio: what the service adds on top
of SQLite.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import demo_cache

QUERIES = (
    "چراغ", "کوچه شهید", "آب", "مدرسه", "زمین چمن", "قرض‌الحسنه", "پسماند", "اعتیاد",
    "كوچه شهيد باكري", "12/3", "1404", "رضایی", "بهزیستی", "سقف دبستان", "زندانیان غیرعمد",
    "خیرین", "روشنایی معابر", "هلال احمر", "فشار آب", "محمد",
)


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30, help="runs of each query (default 30)")
    parser.add_argument("--db", type=Path, help="a database (default: the cached large demo)")
    args = parser.parse_args()
    path = args.db or demo_cache.large_demo_db()

    from sqlalchemy import text

    from app.services import search
    from app.services.database import open_database

    db = open_database(path)
    service: list[float] = []
    raw: list[float] = []
    hits = 0
    with db.session(actor="bench") as s:
        raw_stmt = text("SELECT kind, row_id FROM search_index WHERE search_index MATCH :q "
                        "ORDER BY rank LIMIT 50")
        for query in QUERIES:  # warm the page cache and the statement caches
            search.search(s, query)
        for _ in range(args.repeat):
            for query in QUERIES:
                expr = search.match_expression(search.query_terms(query))
                t0 = time.perf_counter()
                found = search.search(s, query, limit=50)
                t1 = time.perf_counter()
                s.execute(raw_stmt, {"q": expr}).all()
                t2 = time.perf_counter()
                service.append(t1 - t0)
                raw.append(t2 - t1)
                hits += len(found)
        indexed = s.execute(text("SELECT count(*) FROM search_index")).scalar()
    db.close()
    ms = 1000
    med_s, med_r = statistics.median(service) * ms, statistics.median(raw) * ms
    p95_s, p95_r = _percentile(service, 95) * ms, _percentile(raw, 95) * ms
    print(f"search over {indexed:,} indexed records ({path.name}); {len(QUERIES)} queries x "
          f"{args.repeat} runs; {hits / args.repeat:.0f} hits per round")
    print(f"  app.services.search.search : median {med_s:7.2f} ms   p95 {p95_s:7.2f} ms")
    print(f"  raw FTS5 MATCH ... LIMIT 50: median {med_r:7.2f} ms   p95 {p95_r:7.2f} ms")
    print(f"  ratio service/raw          : median {med_s / med_r:7.1f} x   "
          f"p95 {p95_s / p95_r:7.1f} x")


if __name__ == "__main__":
    main()
