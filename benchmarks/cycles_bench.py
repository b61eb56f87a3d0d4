"""Circular flows at scale: `deals cycles` as a whole process over the store benchmark's database.

usage: python benchmarks/cycles_bench.py [--deals 1000000] [--runs 3]

Builds the synthetic store of benchmarks/store_bench.py (N deals between 50,000 Zipf-distributed companies,
one buyer and one seller each: a dense money graph), then times `python cli.py cycles --json` (default
--max-length 5 --limit 100) from process start to exit, and reports the median and the cycles found.
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

from benchmarks.store_bench import generate, load  # noqa: E402
from pipeline import store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--deals", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp), Path(tmp) / "bench.duckdb"
        with store.connect(":memory:") as mem:
            generate(mem, args.deals, folder)
        load(db, folder)
        times, found = [], None
        for _ in range(args.runs):
            started = time.perf_counter()
            out = subprocess.run([sys.executable, str(ROOT / "cli.py"), "cycles", "--db", str(db), "--json"],
                                 check=True, capture_output=True, text=True).stdout
            times.append(time.perf_counter() - started)
            found = json.loads(out)
    print(json.dumps({"deals": args.deals, "runs": args.runs, "seconds_median": round(statistics.median(times), 2),
                      "seconds_max": round(max(times), 2), "cycles": len(found),
                      "lengths": sorted({c["length"] for c in found}),
                      "largest_smallest_edge_usd": found[0]["smallest_edge_usd"] if found else None}, indent=2))


if __name__ == "__main__":
    main()
