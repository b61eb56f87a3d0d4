"""Honest runs under faults (issue 12): one bad article never stops an ingest, the run row says what
happened, killed runs leave no workers, and the budget counts requests."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from conftest import ROOT, LoopbackHandler, base_url, serve
from pipeline import store
from pipeline.config import load_sources
from pipeline.run import MAX_ARTICLE_FAILURES, ingest

DEAL = "Northwind Compute will pay Velora Labs ${n} billion for GPU cloud capacity, the companies said on Monday."


class Site(LoopbackHandler):
    """A feed whose pages the test sets: path -> (status, content type, body)."""

    pages: dict[str, tuple[int, str, bytes]] = {}
    requests: list[str] = []
    lock = threading.Lock()

    def do_GET(self):
        with Site.lock:
            Site.requests.append(self.path)
        if self.path == "/feed.xml":
            items = "".join(f"<item><title>{p}</title><link>{p}</link></item>" for p in Site.pages)
            return self.send_body(200, f"<rss><channel>{items}</channel></rss>".encode(), "application/rss+xml")
        code, ctype, body = Site.pages.get(self.path, (404, "text/plain", b"missing"))
        self.send_body(code, body, ctype)


def page(text: str, title: str = "News") -> tuple[int, str, bytes]:
    html = f"<html><head><title>{title}</title></head><body><article><p>{text}</p></article></body></html>"
    return 200, "text/html; charset=utf-8", html.encode()


@pytest.fixture()
def site(tmp_path):
    Site.pages, Site.requests = {}, []
    with serve(Site) as server:
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"sources:\n  - name: site\n    kind: rss\n    url: {base_url(server)}/feed.xml\n"
                           f"    delay: 0\n    allow_private: true\n    max_articles: 50\n")
        yield sources


class Exploding:
    """The real pipeline, except that a text with the word EXPLODE raises inside extraction."""

    def __init__(self, nlp):
        self.nlp = nlp

    def make_doc(self, text):  # extraction makes the doc, then runs the pipeline's components on it
        if "EXPLODE" in text:
            raise ValueError("boom in the rules")
        return self.nlp.make_doc(text)

    def __call__(self, text):
        self.make_doc(text)
        return self.nlp(text)

    def __getattr__(self, name):  # the pipeline's components, vocab, ...: the real ones
        return getattr(self.nlp, name)


def runs(db):
    with store.connect(db, read_only=True) as con:
        return con.execute("SELECT status, error FROM runs ORDER BY started_at").fetchall()


def test_a_failing_article_is_recorded_and_the_run_goes_on_then_is_skipped_until_it_changes(site, tmp_path, nlp):
    Site.pages = {"/a": page(DEAL.format(n=1)), "/bad": page(DEAL.format(n=2) + " EXPLODE"),
                  "/c": page(DEAL.format(n=3).replace("Velora Labs", "Quillon Data"))}
    db, sources = tmp_path / "d.duckdb", load_sources(site)
    first = ingest(sources, db, nlp=Exploding(nlp))
    assert first.status == "partial" and first.articles_new == 2
    assert [f["url"].endswith("/bad") and "boom in the rules" in f["error"] for f in first.failures] == [True]
    for _ in range(MAX_ARTICLE_FAILURES - 1):
        assert ingest(sources, db, nlp=Exploding(nlp)).status == "partial"
    skipped = ingest(sources, db, nlp=Exploding(nlp))
    assert skipped.status == "ok" and skipped.failures == []
    assert [s["url"].endswith("/bad") for s in skipped.skipped] == [True]
    with store.connect(db, read_only=True) as con:
        assert con.execute("SELECT failures FROM article_failures").fetchall() == [(MAX_ARTICLE_FAILURES,)]
        reasons = con.execute("SELECT error FROM fetches WHERE url LIKE '%/bad' ORDER BY fetched_at").fetchall()
    assert "parse/extract failed" in reasons[0][0] and "skipped" in reasons[-1][0]
    Site.pages["/bad"] = page(DEAL.format(n=2))  # the page changed: tried again, and now it works
    fixed = ingest(sources, db, nlp=Exploding(nlp))
    assert fixed.status == "ok" and fixed.articles_new == 1
    with store.connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM article_failures").fetchone()[0] == 0


def test_an_article_over_a_million_characters_is_read_in_pieces(site, tmp_path, nlp):
    filler = "Markets were calm and the weather was mild across the region that day. " * 16_000
    Site.pages = {"/long": page(filler + DEAL.format(n=7) + " " + filler), "/b": page(DEAL.format(n=1))}
    assert len(Site.pages["/long"][2]) > 2_000_000
    db = tmp_path / "d.duckdb"
    summary = ingest(load_sources(site), db, nlp=nlp)
    assert summary.status == "ok" and summary.articles_new == 2
    with store.connect(db, read_only=True) as con:
        amounts = sorted(r[0] for r in con.execute("SELECT amount_value FROM deals").fetchall())
    assert amounts == [1_000_000_000, 7_000_000_000]


@pytest.mark.parametrize("raised, status", [(RuntimeError("disk on fire"), "failed"), (KeyboardInterrupt(), "stopped")])
def test_the_run_row_says_what_happened(site, tmp_path, nlp, raised, status):
    Site.pages = {"/a": page(DEAL.format(n=1))}
    db = tmp_path / "d.duckdb"

    def on_event(kind, data):
        if kind == "article":
            raise raised
    with pytest.raises(type(raised)):
        ingest(load_sources(site), db, nlp=nlp, on_event=on_event)
    assert runs(db) == [(status, "RuntimeError: disk on fire" if status == "failed" else None)]


def test_the_budget_counts_requests_so_every_entry_is_attempted_within_two_runs(site, tmp_path, nlp):
    """64 entries, 50 requests a run, 11 always broken: the second run reaches every entry the first did not."""
    Site.pages = {f"/p{i}": page(DEAL.format(n=i + 1)) for i in range(53)}
    Site.pages.update({f"/broken{i}": (500, "text/plain", b"down") for i in range(11)})
    Site.pages["/p0"] = (200, "application/pdf", b"%PDF-1.4 not a page")
    db, sources = tmp_path / "d.duckdb", load_sources(site)
    for _ in range(2):
        ingest(sources, db, nlp=nlp)
    attempted = {p for p in Site.requests if p != "/feed.xml" and p != "/robots.txt"}
    assert attempted == set(Site.pages)
    with store.connect(db, read_only=True) as con:
        stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        reason = con.execute("SELECT status, error FROM fetches WHERE url LIKE '%/p0'").fetchone()
    assert stored == 52
    assert reason[0] == 200 and "not an HTML page (Content-Type application/pdf)" in reason[1]


def _ingest(sources, db):
    return subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "ingest", "--sources", str(sources), "--db",
                             str(db)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_requests(n: int, proc, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while len([p for p in Site.requests if p.startswith("/p")]) < n and proc.poll() is None:
        assert time.monotonic() < deadline, "the ingest made no progress"
        time.sleep(0.02)


class SlowSite(Site):
    def do_GET(self):
        if self.path.startswith("/p"):
            time.sleep(0.1)
        super().do_GET()


@contextlib.contextmanager
def slow_ingest(tmp_path):
    """A subprocess ingest of 60 slow loopback pages (enough to start the worker pool); yields the process."""
    Site.pages, Site.requests = {f"/p{i}": page(DEAL.format(n=i + 1)) for i in range(60)}, []
    with serve(SlowSite) as server:
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"sources:\n  - name: s\n    kind: rss\n    url: {base_url(server)}/feed.xml\n"
                           f"    delay: 0\n    allow_private: true\n    max_articles: 60\n")
        yield _ingest(sources, tmp_path / "d.duckdb")


@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_to_the_ingest_stops_it_cleanly_and_is_recorded(tmp_path, sig, code):
    with slow_ingest(tmp_path) as proc:
        _wait_for_requests(5, proc)
        proc.send_signal(sig)
        _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == code, stderr
    assert "Traceback" not in stderr and "stopping after the current article" in stderr
    assert runs(tmp_path / "d.duckdb") == [("stopped", None)]


def test_workers_die_with_a_killed_ingest(tmp_path):
    """An ingest of 50+ entries starts worker processes; SIGKILL of the ingest must not leave them behind."""
    import psutil  # installed with the test extra (dask distributed depends on it)
    with slow_ingest(tmp_path) as proc:
        parent = psutil.Process(proc.pid)
        deadline = time.monotonic() + 120
        while len(parent.children(recursive=True)) < 3 and proc.poll() is None:  # 2 workers + resource tracker
            assert time.monotonic() < deadline, "the worker pool never started"
            time.sleep(0.05)
        children = parent.children(recursive=True)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    gone, alive = psutil.wait_procs(children, timeout=15)
    assert len(children) >= 2 and alive == []
