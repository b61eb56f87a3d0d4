"""Store at scale: bulk-load synthetic deals through Parquet, then time company lookups.

usage: python benchmarks/store_bench.py [--deals 1000000] [--lookups 200]

Generates N deals (2 parties each), 3N evidence rows and N/3 articles with DuckDB into Parquet
files, loads them with INSERT ... SELECT FROM read_parquet (never row by row), and reports rows/s,
then the median and p95 latency of the `deals company NAME` query (pipeline.queries.company_deals_on
on an open read-only connection) for random companies that have deals, and, apart, the cost of
opening and closing a read-only connection (which each CLI call adds).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import queries, store  # noqa: E402

COMPANIES = 50_000
# Company of a deal's buyer / seller: a Zipf-like draw (a few companies in many deals, most in few),
# as in the news. floor(C * u^3) puts about 20% of deals on the top 0.8% of companies.
BUYER = f"floor({COMPANIES} * pow(hash(i) % 1000003 / 1000003.0, 3))::BIGINT"
SELLER = f"floor({COMPANIES} * pow(hash(i * 7 + 1) % 1000003 / 1000003.0, 3))::BIGINT"


def generate(con, n: int, folder: Path) -> None:
    """Parquet files of articles, deals, parties and evidence (deterministic)."""
    con.execute(f"""COPY (SELECT 'a' || i AS article_id, 'https://news.example/' || i AS url,
        'https://news.example/' || i AS canonical_url, 'bench' AS source, 'Title ' || i AS title,
        TIMESTAMP '2024-01-01' + INTERVAL (i % 700) DAY AS published_at, TIMESTAMP '2026-01-01' AS fetched_at,
        md5(i::VARCHAR) AS content_hash, 'en' AS language, []::VARCHAR[] AS authors, 'text' AS text,
        '2' AS extractor_version, NULL::VARCHAR AS guid FROM range({n // 3 + 1}) t(i))
        TO '{folder}/articles.parquet' (FORMAT parquet)""")
    con.execute(f"""COPY (SELECT 'd' || i AS deal_id,
        ['compute','chips','investment','acquisition','datacenter','power','partnership'][1 + i % 7] AS type,
        ((i % 997) * 1e8)::DECIMAL(38,2) AS amount_value, 'USD' AS amount_currency, 'exact' AS amount_qualifier,
        'once' AS amount_period, NULL::INTEGER AS duration_months, NULL::BIGINT AS gpus, NULL::INTEGER AS power_mw,
        'announced' AS status, 0.8 AS confidence, TIMESTAMP '2024-01-01' + INTERVAL (i % 700) DAY AS first_reported_at,
        TIMESTAMP '2024-01-01' + INTERVAL (i % 700) DAY AS last_reported_at, '2' AS extractor_version,
        'c' || {BUYER} || ':buyer|c' || {SELLER} || ':seller' AS party_key,
        'Company ' || {BUYER} || ' (buyer), Company ' || {SELLER} || ' (seller)' AS parties_text,
        '[["c' || {BUYER} || '", "Company ' || {BUYER} || '", "buyer"], ["c' || {SELLER} || '", "Company '
            || {SELLER} || '", "seller"]]' AS parties_json,
        1 + (i % 3 = 2)::INTEGER AS n_articles,
        'https://news.example/' || (i // 9) || CASE WHEN i % 3 = 2 THEN ' https://news.example/' || (i // 9 + 1)
            ELSE '' END AS article_urls
        , ((i % 997) * 1e8)::DOUBLE AS amount_usd
        FROM range({n}) t(i)) TO '{folder}/deals.parquet' (FORMAT parquet)""")
    con.execute(f"""COPY (SELECT 'd' || i AS deal_id, 'c' || {BUYER} AS company_id, 'Company ' || {BUYER} AS name,
        'buyer' AS role FROM range({n}) t(i) UNION ALL SELECT 'd' || i, 'c' || {SELLER},
        'Company ' || {SELLER}, 'seller' FROM range({n}) t(i))
        TO '{folder}/parties.parquet' (FORMAT parquet)""")
    con.execute(f"""COPY (SELECT 'd' || (i // 3) AS deal_id, 'a' || (i // 9) AS article_id, 'Sentence ' || i AS sentence,
        (i % 3) * 100 AS start_char, (i % 3) * 100 + 90 AS end_char, 'announced' AS status, 0.8 AS confidence,
        ((i // 3 % 997) * 1e8)::DECIMAL(38,2) AS amount_value, 'USD' AS amount_currency, 'exact' AS amount_qualifier,
        'once' AS amount_period, TIMESTAMP '2024-01-01' + INTERVAL (i // 3 % 700) DAY AS reported_at
        FROM range({3 * n}) t(i)) TO '{folder}/evidence.parquet' (FORMAT parquet)""")


def load(db: Path, folder: Path) -> tuple[int, float]:
    with store.connect(db) as con:
        con.execute("INSERT INTO companies (company_id, name, kind, discovered) SELECT 'c' || i, 'Company ' || i, 'other', FALSE FROM range(?) t(i)",
                    [COMPANIES])
        con.execute("INSERT INTO company_aliases SELECT lower('company' || i), 'Company ' || i, 'c' || i "
                    "FROM range(?) t(i)", [COMPANIES])
        started = time.perf_counter()
        rows = 0
        for table, file in (("articles", "articles"), ("deals", "deals"), ("deal_parties", "parties"),
                            ("deal_evidence", "evidence")):
            # BY NAME: columns added by later migrations (amount_usd, ...) take their defaults or the file's
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet('{folder}/{file}.parquet')")
            rows += con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        con.execute("CHECKPOINT")
        return rows, time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--deals", type=int, default=1_000_000)
    ap.add_argument("--lookups", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp), Path(tmp) / "bench.duckdb"
        with store.connect(":memory:") as mem:
            generate(mem, args.deals, folder)
        rows, seconds = load(db, folder)
        rng = random.Random(3)
        times, found = [], 0
        with store.connect(db, read_only=True) as con:  # companies that have deals, Zipf-distributed
            names = [n for (n,) in con.execute("SELECT DISTINCT c.name FROM companies c JOIN deal_parties p "
                                                "USING (company_id) ORDER BY 1").fetchall()]
            top = con.execute("SELECT max(n) FROM (SELECT count(*) n FROM deal_parties GROUP BY company_id)").fetchone()[0]
            for _ in range(args.lookups):
                name = rng.choice(names)
                t = time.perf_counter()
                _, _, result = queries.company_deals_on(con, name)
                times.append((time.perf_counter() - t) * 1000)
                found += len(result)
        t = time.perf_counter()
        for _ in range(20):
            with store.connect(db, read_only=True):
                pass
        open_close_ms = (time.perf_counter() - t) * 1000 / 20
        times.sort()
    print(json.dumps({"deals": args.deals, "rows_loaded": rows, "load_s": round(seconds, 1),
                      "rows_per_s": int(rows / seconds), "lookups": args.lookups,
                      "deals_per_lookup": found // args.lookups, "most_deals_of_a_company": top,
                      "lookup_ms_median": round(statistics.median(times), 1),
                      "lookup_ms_p95": round(times[int(0.95 * len(times)) - 1], 1),
                      "open_close_ms": round(open_close_ms, 1)}, indent=2))


if __name__ == "__main__":
    main()
