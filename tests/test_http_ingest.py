"""End to end over real HTTP on 127.0.0.1: feed -> pages -> deals, reruns, faults."""

import pytest

from conftest import LoopbackHandler, base_url, serve

from pipeline import store
from pipeline.config import Settings, load_sources
from pipeline.run import ingest

FAST = Settings(connect_timeout=2, read_timeout=2, retries=2, backoff=0.01, revisit_after=0)


def _sources(tmp_path, base, extra=""):
    path = tmp_path / "sources.yaml"
    path.write_text(f"sources:\n  - name: wire\n    kind: rss\n    url: {base}/feed.xml\n    delay: 0\n"
                    f"    allow_private: true\n{extra}")
    return load_sources(path)


def test_recently_stored_articles_are_not_requested_again(tmp_path, samples_server, nlp):
    db = tmp_path / "d.duckdb"
    polite = Settings(connect_timeout=2, read_timeout=2)  # default revisit window of a day
    ingest(_sources(tmp_path, samples_server), db, polite, nlp=nlp)
    again = ingest(_sources(tmp_path, samples_server), db, polite, nlp=nlp)
    assert again.articles_unchanged == 8 and again.articles_new == 0
    with store.connect(db, read_only=True) as con:
        per_run = con.execute("SELECT run_id, count(*) FROM fetches GROUP BY run_id ORDER BY min(fetched_at)").fetchall()
    assert [n for _, n in per_run] == [9, 1]  # the rerun asked for the feed only


def test_feed_and_pages_over_http_then_rerun(tmp_path, samples_server, nlp):
    db = tmp_path / "d.duckdb"
    first = ingest(_sources(tmp_path, samples_server), db, FAST, nlp=nlp)
    assert first.failures == [] and first.articles_new == 8 and first.deals_new >= 7
    second = ingest(_sources(tmp_path, samples_server), db, FAST, nlp=nlp)
    assert second.articles_new == 0 and second.deals_new == 0 and second.articles_unchanged == 8
    with store.connect(db, read_only=True) as con:
        urls = [u for (u,) in con.execute("SELECT url FROM articles").fetchall()]
        assert all(u.startswith("http://127.0.0.1:") for u in urls)
        statuses = {s for (s,) in con.execute("SELECT status FROM runs").fetchall()}
        assert statuses == {"ok"}
        assert con.execute("SELECT count(*) FROM fetches WHERE status = 200").fetchone()[0] == 10  # 2 feeds + 8 pages
        assert con.execute("SELECT count(*) FROM fetches WHERE status = 304").fetchone()[0] == 8  # conditional GET


class FaultHandler(LoopbackHandler):
    hits: dict = {}

    def do_GET(self):
        n = self.hits[self.path] = self.hits.get(self.path, 0) + 1
        if self.path == "/robots.txt":
            return self.send_body(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if self.path == "/feed.xml":
            items = "".join(f"<item><title>t{p}</title><link>{p}</link></item>"
                            for p in ("/flaky", "/missing", "/private/x", "/big", "/busy"))
            return self.send_body(200, f"<rss><channel>{items}</channel></rss>".encode(), "application/rss+xml")
        if self.path == "/flaky" and n == 1:
            return self.send_body(500, b"oops", "text/plain")
        if self.path == "/busy" and n == 1:
            self.send_response(429)
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        if self.path == "/big":
            return self.send_body(200, b"<p>" + b"x" * 300_000 + b"</p>", "text/html")
        if self.path in ("/flaky", "/busy"):
            body = b"<html><body><article><p>Amazon agreed to invest $4 billion in Anthropic, the companies said on Monday.</p></article></body></html>"
            return self.send_body(200, body, "text/html; charset=utf-8")
        return self.send_body(404, b"not found", "text/plain")



@pytest.fixture()
def fault_server():
    FaultHandler.hits = {}
    with serve(FaultHandler) as server:
        yield base_url(server)


def test_faults_are_recorded_not_fatal(tmp_path, fault_server, nlp):
    db = tmp_path / "d.duckdb"
    settings = Settings(connect_timeout=2, read_timeout=2, retries=2, backoff=0.01, max_bytes=100_000)
    summary = ingest(_sources(tmp_path, fault_server), db, settings, nlp=nlp)
    errors = {f["url"].rsplit("/", 1)[-1]: f["error"] for f in summary.failures}
    assert set(errors) == {"missing", "x", "big"}
    assert "404" in errors["missing"] and "robots.txt" in errors["x"] and "cap" in errors["big"]
    # /flaky (500, then 200) and /busy (429, then 200) serve the same text: the second is a copy
    assert summary.articles_new == 1 and summary.articles_unchanged == 1
    assert summary.status == "partial"
    with store.connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM fetches WHERE status = 500").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM fetches WHERE status = 429").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM deals").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_a_broken_source_does_not_stop_the_others(tmp_path, samples_server, nlp):
    extra = "  - name: dead\n    kind: rss\n    url: http://127.0.0.1:9/feed.xml\n    allow_private: true\n"
    summary = ingest(_sources(tmp_path, samples_server, extra), tmp_path / "d.duckdb", FAST, nlp=nlp)
    assert [f["source"] for f in summary.failures] == ["dead"]
    assert summary.articles_new == 8


def test_a_remote_feed_cannot_point_at_local_files(tmp_path, nlp):
    secret = tmp_path / "secret.html"
    secret.write_text("<html><body><article><p>Local file that a remote feed must not read, at all.</p></article></body></html>")

    class Feed(LoopbackHandler):
        def do_GET(self):
            body = f"<rss><channel><item><title>x</title><link>{secret.as_uri()}</link></item></channel></rss>".encode()
            self.send_body(200 if self.path == "/feed.xml" else 404, body, "application/rss+xml")
    with serve(Feed) as server:
        src = tmp_path / "s.yaml"
        src.write_text(f"sources:\n  - name: remote\n    kind: rss\n    url: {base_url(server)}/feed.xml\n")
        summary = ingest(load_sources(src), tmp_path / "d.duckdb", FAST, nlp=nlp)
    assert summary.articles_new == 0 and "may not point at local files" in summary.failures[0]["error"]


def test_status_reports_stored_validators(tmp_path, samples_server, nlp):
    from pipeline import queries
    db = tmp_path / "d.duckdb"
    ingest(_sources(tmp_path, samples_server), db, FAST, nlp=nlp)
    report = queries.status(db)
    cols, rows = report["sources"]
    row = dict(zip(cols, rows[0]))
    assert row["source"] == "wire" and row["pages_with_last_modified"] == 8 and report["size_bytes"] > 0
