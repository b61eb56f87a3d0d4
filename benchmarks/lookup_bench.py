"""`deals company NAME` as a user runs it: a whole process, from start to exit.

usage: python benchmarks/lookup_bench.py [--db db/demo.duckdb] [--name xAI] [--runs 5] [--store-deals 0]

Runs `deals company NAME --db DB` (the console script of the venv, output discarded) RUNS times after one
warm-up and prints the median and the spread in seconds, with the same for `python -c pass` (the interpreter's
own start) for scale. With --store-deals N it also builds the synthetic store of benchmarks/store_bench.py
(N deals) and times a lookup of its busiest company there.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEALS = Path(sys.executable).with_name("deals")


def timed(cmd: list[str], runs: int) -> dict:
    subprocess.run(cmd, check=True, capture_output=True)  # warm the file cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return {"median_s": round(statistics.median(times), 3), "min_s": round(min(times), 3),
            "max_s": round(max(times), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=str(ROOT / "db" / "demo.duckdb"))
    ap.add_argument("--name", default="xAI")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--store-deals", type=int, default=0)
    args = ap.parse_args()
    out = {"python_start": timed([sys.executable, "-c", "pass"], args.runs),
           "demo": timed([str(DEALS), "company", args.name, "--db", args.db], args.runs)}
    if args.store_deals:
        from benchmarks.store_bench import generate, load
        from pipeline import store
        with tempfile.TemporaryDirectory() as tmp:
            folder, db = Path(tmp), Path(tmp) / "bench.duckdb"
            with store.connect(":memory:") as mem:
                generate(mem, args.store_deals, folder)
            load(db, folder)
            with store.connect(db, read_only=True) as con:
                busiest = con.execute("SELECT c.name FROM deal_parties p JOIN companies c USING (company_id) "
                                      "GROUP BY ALL ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
            out[f"store_{args.store_deals}"] = dict(timed([str(DEALS), "company", busiest, "--db", str(db), "--json"],
                                                          args.runs), company=busiest)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
