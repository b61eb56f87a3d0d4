"""Fetching against a loopback server that injects one fault per path, and a 200-URL mixed run."""

import gzip
from dataclasses import replace
import socket
import time
import tracemalloc

import pytest

from conftest import LoopbackHandler, base_url, serve

from pipeline import store
from pipeline.config import Settings, load_sources
from pipeline.errors import FetchError
from pipeline.fetch import Fetcher
from pipeline.run import ingest

SETTINGS = Settings(connect_timeout=1, read_timeout=0.5, retries=1, backoff=0.01, max_bytes=1_000_000,
                    revisit_after=0, per_host=4, workers=8)
ARTICLE = ("<html><head><meta charset='utf-8'><title>T{n}</title></head><body><article><p>Story {n}: the city "
           "council met on Monday and approved a plan for new bicycle lanes across the centre.</p>"
           "<p>Officials said the work would start in the spring and finish by the end of the year.</p>"
           "</article></body></html>")
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
          + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi"))
          + ']><rss><channel><title>&i;</title><item><title>x</title><link>/ok/1</link></item></channel></rss>')
BOMB = gzip.compress(b"\0" * 30_000_000)


class Faults(LoopbackHandler):
    protocol_version = "HTTP/1.1"
    hits: dict = {}

    def do_GET(self):
        path = self.path
        n = Faults.hits[path] = Faults.hits.get(path, 0) + 1
        kind = path.split("/")[1]
        if kind == "robots.txt":
            return self.send_body(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if kind == "feed.xml":
            return self.send_body(200, self.server.feed, "application/rss+xml")
        if kind == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            self.connection.close()
            return
        if kind == "timeout":
            time.sleep(1.5)
        if kind == "drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "400")
            self.end_headers()
            for _ in range(400):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.1)
            return
        if kind == "big":
            return self.send_body(200, b"<p>" + b"x" * 10_000_000 + b"</p>", "text/html")
        if kind == "bomb":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(BOMB)))
            self.end_headers()
            self.wfile.write(BOMB)
            return
        if kind == "latin":
            body = ARTICLE.format(n="Café " + path).replace("charset='utf-8'", "").encode("latin-1")
            return self.send_body(200, body, "text/html; charset=utf-8")
        if kind == "loop":
            self.send_response(302)
            self.send_header("Location", path)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if kind == "pdf":
            return self.send_body(200, b"%PDF-1.4 binary", "application/pdf")
        if kind == "busy" and n == 1:
            self.send_response(429)
            self.send_header("Retry-After", "0")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if kind == "flaky" and n == 1:
            return self.send_body(500, b"oops", "text/plain")
        if kind in ("ok", "busy", "flaky", "private"):
            return self.send_body(200, ARTICLE.format(n=path).encode(), "text/html; charset=utf-8")
        return self.send_body(404, b"missing", "text/plain")



@pytest.fixture()
def fault_server():
    Faults.hits = {}
    with serve(Faults) as server:
        server.feed = b""
        yield server, base_url(server)


@pytest.mark.parametrize("path,reason", [
    ("/reset/1", "Connection"), ("/timeout/1", "timed out"), ("/drip/1", "too slowly"),
    ("/big/1", "cap"), ("/bomb/1", "cap"), ("/loop/1", "redirects"), ("/private/1", "robots.txt"),
    ("/missing/1", "HTTP 404"),
])
def test_each_fault_is_a_clear_fetch_error(fault_server, path, reason):
    _, base = fault_server
    started = time.monotonic()
    with pytest.raises(FetchError, match=reason):
        Fetcher(SETTINGS).fetch(base + path)
    assert time.monotonic() - started < 10


def test_retries_recover_from_429_and_500(fault_server):
    _, base = fault_server
    fetcher = Fetcher(SETTINGS)
    for path in ("/busy/1", "/flaky/1"):
        assert fetcher.fetch(base + path).status == 200
    assert [a["status"] for a in fetcher.attempts] == [429, 200, 500, 200]


def test_wrong_charset_and_entity_bomb_feed(fault_server, tmp_path, nlp):
    server, base = fault_server
    server.feed = (LAUGHS.replace("/ok/1", f"{base}/latin/1")).encode()
    src = tmp_path / "s.yaml"
    src.write_text(f"sources:\n  - name: f\n    kind: rss\n    url: {base}/feed.xml\n    allow_private: true\n")
    summary = ingest(load_sources(src), tmp_path / "d.duckdb", SETTINGS, nlp=nlp)
    assert summary.failures == [] and summary.articles_new == 1
    with store.connect(tmp_path / "d.duckdb", read_only=True) as con:
        title, text = con.execute("SELECT title, text FROM articles").fetchone()
    assert "Café" in title and "bicycle lanes" in text


def test_a_malformed_feed_is_a_recorded_failure(fault_server, tmp_path, nlp):
    server, base = fault_server
    server.feed = b"<html><body>this is not a feed</body>"
    src = tmp_path / "s.yaml"
    src.write_text(f"sources:\n  - name: broken\n    kind: rss\n    url: {base}/feed.xml\n    allow_private: true\n")
    summary = ingest(load_sources(src), tmp_path / "d.duckdb", SETTINGS, nlp=nlp)
    assert [f["source"] for f in summary.failures] == ["broken"]
    assert "not a readable feed" in summary.failures[0]["error"]


def test_200_urls_with_every_fault_mixed_in(fault_server, tmp_path, nlp):
    server, base = fault_server
    kinds = ["ok"] * 6 + ["reset", "timeout", "drip", "big", "bomb", "latin", "loop", "pdf", "busy", "flaky",
                          "private", "missing"]
    urls = [f"{base}/{kinds[i % len(kinds)]}/{i}" for i in range(200)]
    server.feed = ("<rss><channel>" + "".join(f"<item><title>{u}</title><link>{u}</link></item>" for u in urls)
                   + "</channel></rss>").encode()
    src = tmp_path / "s.yaml"
    src.write_text(f"sources:\n  - name: mixed\n    kind: rss\n    url: {base}/feed.xml\n    allow_private: true\n"
                   f"    max_articles: 200\n    delay: 0\n")
    db = tmp_path / "d.duckdb"
    tracemalloc.start()
    first = ingest(load_sources(src), db, SETTINGS, nlp=nlp)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    failed = {f["url"].rsplit("/", 1)[-1] for f in first.failures}
    with store.connect(db, read_only=True) as con:
        stored = {r[0].rsplit("/", 1)[-1] for r in con.execute("SELECT url FROM articles").fetchall()}
    assert stored | failed == {str(i) for i in range(200)} and not stored & failed
    good = {str(i) for i in range(200) if kinds[i % len(kinds)] in ("ok", "latin", "busy", "flaky")}
    assert stored == good
    assert all(f["error"] for f in first.failures)
    assert peak < 300_000_000  # the bomb and the 10 MB bodies were never held whole
    before = dict(Faults.hits)
    again = ingest(load_sources(src), db, replace(SETTINGS, revisit_after=86400), nlp=nlp)
    asked = {p for p, n in Faults.hits.items() if n > before.get(p, 0) and p.count("/") == 2}
    disallowed = {f["url"].rsplit("/", 1)[-1] for f in first.failures if "robots.txt" in f["error"]}
    # the rerun asks again only for what failed (robots.txt still forbids the disallowed ones)
    assert {p.rsplit("/", 1)[-1] for p in asked} == failed - disallowed
    assert again.articles_new == 0
