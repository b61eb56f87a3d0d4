"""Scheduled use: the ingest lock, graceful stop, `watch` intervals, and kill -9 at random points."""

import os
import random
import signal
import subprocess
import sys
import threading
import time

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import ROOT, SAMPLES, LoopbackHandler, base_url, serve
from pipeline import store
from pipeline.config import load_sources
from pipeline.records import Source
from pipeline.run import RunSummary, ingest, ingest_lock
from pipeline.schedule import watch

runner = CliRunner()
BUYERS = ["Anthropic", "OpenAI", "Meta", "Mistral", "xAI", "Cohere", "Perplexity", "Databricks"]
SELLERS = ["CoreWeave", "Nebius", "Lambda", "Crusoe", "Nscale", "Fluidstack"]


def test_second_ingest_exits_75_naming_the_holder(tmp_path):
    db = tmp_path / "d.duckdb"
    with ingest_lock(db):
        result = runner.invoke(app, ["ingest", "--sources", str(SAMPLES / "sources.yaml"), "--db", str(db)])
    assert result.exit_code == 75
    assert f"PID {os.getpid()}" in result.stderr


def test_a_dead_holders_lock_is_taken_over(tmp_path, nlp):
    db = tmp_path / "d.duckdb"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / "d.duckdb.ingest.lock").write_text(str(dead.pid))
    summary = ingest(load_sources(SAMPLES / "sources.yaml"), db, nlp=nlp)
    assert summary.articles_new == 18
    assert not (tmp_path / "d.duckdb.ingest.lock").exists()


def test_graceful_stop_finishes_the_article_and_releases_the_lock(tmp_path, nlp):
    db = tmp_path / "d.duckdb"
    seen = []
    summary = ingest(load_sources(SAMPLES / "sources.yaml"), db, nlp=nlp,
                     on_event=lambda kind, data: seen.append(kind), should_stop=lambda: seen.count("article") >= 3)
    assert summary.status == "stopped" and summary.articles_new == 3
    with store.connect(db, read_only=True) as con:
        assert con.execute("SELECT status FROM runs").fetchall() == [("stopped",)]
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    with ingest_lock(db):
        pass  # free again


def test_watch_polls_fast_sources_more_often(tmp_path):
    fast = Source("fast", "https://x.example/a", "rss", every=0.05)
    slow = Source("slow", "https://x.example/b", "rss")
    polled: list[str] = []

    def fake_run(sources, db_path, should_stop):
        polled.extend(s.name for s in sources)
        return RunSummary(run_id="r")
    stop = threading.Event()
    timer = threading.Timer(0.6, stop.set)
    timer.start()
    runs = watch((fast, slow), tmp_path / "d.duckdb", every=3600, stop=stop, jitter=0.1, run=fake_run)
    timer.cancel()
    assert polled.count("slow") == 1
    assert polled.count("fast") >= 4 and runs == polled.count("fast")


class SlowPages(LoopbackHandler):
    """A feed of `pages` deal pages written for this test, each answered after a short delay; `served`
    counts the article pages answered, so a test can act on the ingest's progress instead of the clock."""

    pages = 24
    served = 0
    lock = threading.Lock()

    def do_GET(self):
        if self.path == "/feed.xml":
            items = "".join(f"<item><title>Deal {i}</title><link>/p{i}</link></item>" for i in range(self.pages))
            return self._send(f"<rss><channel>{items}</channel></rss>", "application/rss+xml")
        if self.path.startswith("/p"):
            i = int(self.path[2:])
            time.sleep(0.05)
            with SlowPages.lock:
                SlowPages.served += 1
            buyer, seller = BUYERS[i % len(BUYERS)], SELLERS[i % len(SELLERS)]
            text = (f"{buyer} will pay {seller} ${i + 1} billion for GPU cloud capacity over {i % 5 + 1} years, "
                    f"the companies said. The agreement number {i} was signed on Monday.")
            return self._send(f"<html><head><title>Deal {i}</title></head><body><article><p>{text}</p>"
                              f"<p>Analysts expect more such contracts this year as demand grows.</p></article>"
                              f"</body></html>", "text/html; charset=utf-8")
        self.send_response(404)
        self.end_headers()

    def _send(self, body: str, ctype: str):
        self.send_body(200, body.encode(), ctype)


@pytest.fixture()
def slow_server():
    SlowPages.pages, SlowPages.served = 24, 0
    with serve(SlowPages) as server:
        yield base_url(server)


def _snapshot(db):
    with store.connect(db, read_only=True) as con:
        articles = sorted(r[0] for r in con.execute("SELECT article_id FROM articles").fetchall())
        deals = sorted(con.execute("SELECT d.deal_id, d.type, d.amount_value, count(e.article_id) FROM deals d "
                                   "JOIN deal_evidence e USING (deal_id) GROUP BY ALL").fetchall())
        statuses = [r[0] for r in con.execute("SELECT status FROM runs").fetchall()]
    return articles, deals, statuses


def _ingest_cmd(sources, db):
    return [sys.executable, str(ROOT / "cli.py"), "ingest", "--sources", str(sources), "--db", str(db), "-q"]


def test_kill_9_at_random_points_then_rerun_matches_an_uninterrupted_run(tmp_path, slow_server):
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - name: slow\n    kind: rss\n    url: {slow_server}/feed.xml\n"
                       f"    delay: 0\n    allow_private: true\n")
    reference = tmp_path / "ref.duckdb"
    subprocess.run(_ingest_cmd(sources, reference), check=True, cwd=ROOT, timeout=120)
    ref_articles, ref_deals, _ = _snapshot(reference)
    assert len(ref_articles) == 24 and len(ref_deals) == 24

    killed = tmp_path / "killed.duckdb"
    rng = random.Random(20261127)
    kills = 0
    for _ in range(5):
        # kill points by progress, not by the clock: after the Nth page this run fetched (the run row is
        # written before the feed is read), so a slow start-up on a loaded machine moves nothing
        target = SlowPages.served + rng.randint(1, 8)
        proc = subprocess.Popen(_ingest_cmd(sources, killed), cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while SlowPages.served < target and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
    final = subprocess.run(_ingest_cmd(sources, killed), cwd=ROOT, timeout=120, capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    articles, deals, statuses = _snapshot(killed)
    assert kills >= 3
    assert articles == ref_articles and deals == ref_deals
    assert statuses.count("interrupted") >= 1 and statuses.count("running") == 0
