"""Backfill throughput: generated WARC files through 1 process, a 2-process pool and a loopback Dask cluster.

usage: python benchmarks/backfill_bench.py [--files 8] [--records 250]

Each file holds N HTML response records of generated news (benchmarks/corpus.py, about 10% deals).
Reports records/s and articles/s per executor (same task function), and the Parquet-to-DuckDB load
rate of the shards.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import html_page  # noqa: E402
from pipeline import backfill as bf  # noqa: E402


def write_warcs(folder: Path, files: int, records: int) -> list[Path]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    rng = random.Random(5)
    paths = []
    for f in range(files):
        path = folder / f"bench-{f}.warc.gz"
        with open(path, "wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            for r in range(records):
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                body = html_page(f * records + r, rng).encode()
                writer.write_record(writer.create_warc_record(f"https://bench.example/{f}/{r}", "response",
                                                              payload=io.BytesIO(body), http_headers=headers))
        paths.append(path)
    return paths


def timed(label: str, fn, records: int) -> dict:
    started = time.perf_counter()
    results = fn()
    seconds = time.perf_counter() - started
    articles = sum(r["articles"] for r in results)
    return {"executor": label, "seconds": round(seconds, 2), "records_per_s": round(records / seconds, 1),
            "articles_per_s": round(articles / seconds, 1)}


def cluster(tmp: Path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dask = str(Path(sys.executable).parent / "dask")
    kw = {"cwd": tmp, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "start_new_session": True}
    procs = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], **kw)]
    time.sleep(2)
    procs += [subprocess.Popen([dask, "worker", f"tcp://127.0.0.1:{port}", "--nthreads", "1", "--no-dashboard",
                                "--host", "127.0.0.1"], **kw) for _ in range(2)]
    from dask.distributed import Client
    with Client(f"tcp://127.0.0.1:{port}", timeout="30s") as c:
        c.wait_for_workers(2, timeout=60)
        c.run(lambda: __import__("pipeline.backfill").backfill._nlp())  # build the pipelines before timing
    return f"tcp://127.0.0.1:{port}", procs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=8)
    ap.add_argument("--records", type=int, default=250)
    args = ap.parse_args()
    total = args.files * args.records
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        inputs = write_warcs(tmp, args.files, args.records)
        rows = [timed("1 process", lambda: bf.run_backfill(inputs, tmp / "s1", workers=1), total),
                timed("2-process pool", lambda: bf.run_backfill(inputs, tmp / "s2", workers=2), total)]
        address, procs = cluster(tmp)
        try:
            rows.append(timed("dask, 2 workers on 127.0.0.1",
                              lambda: bf.run_backfill(inputs, tmp / "s3", scheduler=address), total))
        finally:
            for p in procs:
                os.killpg(p.pid, signal.SIGTERM)
        started = time.perf_counter()
        counts = bf.load_shards(tmp / "bench.duckdb", tmp / "s2")
        load_s = time.perf_counter() - started
    print(json.dumps({"files": args.files, "records": total, "runs": rows,
                      "load": {"articles": counts["articles"], "deals": counts["deals_new"],
                               "seconds": round(load_s, 2), "articles_per_s": round(counts["articles"] / load_s, 1)}},
                     indent=2))


if __name__ == "__main__":
    main()
