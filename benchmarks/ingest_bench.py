"""End-to-end ingest throughput over a loopback server, and the cost of an unchanged rerun.

usage: python benchmarks/ingest_bench.py [--pages 1000]

Serves N generated pages (benchmarks/corpus.py) and an RSS feed listing them on 127.0.0.1, runs
`ingest` (fetch + parse + extract + store, delays off) into a fresh DuckDB file, then runs it
again unchanged. Prints articles/s of the first run and the rerun's time as a share of it.
"""

from __future__ import annotations

import argparse
import http.server
import json
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import html_page  # noqa: E402
from pipeline.config import Settings, load_sources  # noqa: E402
from pipeline.nlp import build_nlp  # noqa: E402
from pipeline.run import ingest  # noqa: E402


def serve(pages: int):
    rng = random.Random(7)
    bodies = {f"/a{i}": html_page(i, rng).encode() for i in range(pages)}
    feed = ("<rss><channel>" + "".join(f"<item><title>a{i}</title><link>/a{i}</link></item>" for i in range(pages))
            + "</channel></rss>").encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            body = feed if self.path == "/feed.xml" else bodies.get(self.path)
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            etag = f'"{hash(body) & 0xffffffff:x}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8" if self.path != "/feed.xml" else "application/rss+xml")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--per-host", type=int, default=8)
    ap.add_argument("--revisit", type=float, default=86400.0,
                    help="seconds before a stored article is requested again (0: every rerun asks with ETag)")
    args = ap.parse_args()
    server = serve(args.pages)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    nlp = build_nlp()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "sources.yaml"
        src.write_text(f"sources:\n  - name: bench\n    kind: rss\n    url: {base}/feed.xml\n    delay: 0\n"
                       f"    max_articles: {args.pages}\n    allow_private: true\n")
        sources = load_sources(src)
        db = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        settings = Settings(processes=args.processes, per_host=args.per_host, workers=2 * args.per_host,
                            revisit_after=args.revisit)
        first = ingest(sources, db, settings, nlp=nlp)
        t1 = time.perf_counter()
        second = ingest(sources, db, settings, nlp=nlp)
        t2 = time.perf_counter()
    server.shutdown()
    print(json.dumps({
        "pages": args.pages, "processes": args.processes, "per_host": args.per_host, "revisit_s": args.revisit, "first_run_s": round(t1 - t0, 2), "articles_new": first.articles_new,
        "deals_new": first.deals_new, "articles_per_s": round(first.articles_new / (t1 - t0), 1),
        "rerun_s": round(t2 - t1, 2), "rerun_new": second.articles_new,
        "rerun_share_of_first": round((t2 - t1) / (t1 - t0), 3), "failures": len(first.failures),
    }, indent=2))


if __name__ == "__main__":
    main()
