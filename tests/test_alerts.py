"""Issue 15: alerts. Events are written with the deals that cause them and delivered at least once, each
with an idempotency key; an unchanged rerun sends nothing; a kill -9 loses no delivery."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
import yaml
from typer.testing import CliRunner

from cli import app
from conftest import ROOT, SAMPLES, LoopbackHandler, base_url, serve
from pipeline import store
from pipeline.alerts import event_key
from pipeline.config import load_alerts
from pipeline.errors import ConfigError

runner = CliRunner()
CYCLE_PAGES = ("tessaline-orvanta-investment", "orvanta-kestrel-compute", "kestrel-tessaline-chips")


class Hook(LoopbackHandler):
    """A webhook receiver that answers 500 to its first `fail_first` POSTs, then 200."""

    fail_first = 0
    received: list[dict] = []
    lock = threading.Lock()

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with Hook.lock:
            Hook.received.append({"body": body, "key_header": self.headers.get("Idempotency-Key")})
            fail = len(Hook.received) <= Hook.fail_first
        self.send_body(500 if fail else 200, b"{}", "application/json")


@pytest.fixture()
def hook():
    Hook.fail_first, Hook.received = 0, []
    with serve(Hook) as server:
        yield base_url(server)


def _sources(tmp_path, pages, alerts: str) -> str:
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n" + "".join(f"  - name: {p}\n    kind: file\n    url: {SAMPLES}/pages/{p}.html\n"
                                          for p in pages) + "alerts:\n" + alerts)
    return str(path)


def _matching_keys(db, rule: str, min_usd: float) -> set[str]:
    with store.connect(db, read_only=True) as con:
        ids = [r[0] for r in con.execute("SELECT deal_id FROM deals WHERE amount_usd >= ?", [min_usd]).fetchall()]
    return {event_key(rule, did, "new") for did in ids}


def test_a_webhook_failing_twice_gets_every_deal_once_and_a_rerun_sends_nothing(tmp_path, hook):
    Hook.fail_first = 2
    pages = [p.stem for p in sorted((SAMPLES / "pages").glob("*.html"))]
    sources = _sources(tmp_path, pages, f"  - {{name: big, min_usd: 1.0e+9, webhook: '{hook}/in', allow_private: true}}\n")
    db = tmp_path / "d.duckdb"
    first = runner.invoke(app, ["ingest", "--sources", sources, "--db", str(db), "--json"])
    assert first.exit_code == 0, first.output
    expected = _matching_keys(db, "big", 1e9)
    assert len(expected) >= 8
    keys = [r["body"]["idempotency_key"] for r in Hook.received]
    assert set(keys) == expected and len(keys) == len(expected) + 2  # two 500s were retried
    assert all(r["key_header"] == r["body"]["idempotency_key"] for r in Hook.received)
    with store.connect(db, read_only=True) as con:
        assert con.execute("SELECT status, count(*) FROM deliveries GROUP BY ALL").fetchall() == [
            ("delivered", len(expected))]
    before = len(Hook.received)
    again = runner.invoke(app, ["ingest", "--sources", sources, "--db", str(db)])
    assert again.exit_code == 0 and len(Hook.received) == before


def test_a_cycle_event_names_the_loop_a_new_deal_closes(tmp_path):
    out = tmp_path / "events.jsonl"
    sources = _sources(tmp_path, CYCLE_PAGES, f"  - {{name: loops, on: [cycle], file: '{out}'}}\n")
    assert runner.invoke(app, ["ingest", "--sources", sources, "--db", str(tmp_path / "d.duckdb"), "-q"]).exit_code == 0
    (event,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert event["event"] == "cycle" and sorted(event["cycle"]) == ["Kestrel Compute", "Orvanta Labs", "Tessaline"]


def test_a_command_target_reads_the_event_on_stdin_and_company_filters_take_subsidiaries(tmp_path):
    out = tmp_path / "cmd.jsonl"
    script = f"import sys; open({str(out)!r}, 'a').write(sys.stdin.read() + chr(10))"
    command = f"{sys.executable} -c {json.dumps(script)}"
    rule = yaml.safe_dump([{"name": "alphabet", "company": "Alphabet", "command": command}], width=1000)
    sources = _sources(tmp_path, ["google-mistral-report", "anthropic-xai-compute"],
                       "".join(f"  {line}\n" for line in rule.splitlines()))
    assert runner.invoke(app, ["ingest", "--sources", sources, "--db", str(tmp_path / "d.duckdb"), "-q"]).exit_code == 0
    events = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
    assert [e["deal"]["parties"][0]["name"] for e in events] in (["Google"], ["Mistral"])
    assert {p["name"] for p in events[0]["deal"]["parties"]} == {"Google", "Mistral"}


def test_alert_rules_are_validated_with_locations(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("sources: []\nalerts:\n  - {name: a, on: [sometimes], webhook: 'ftp://x', file: out.jsonl}\n"
                    "  - {name: a, type: gadgets, min_usd: -1}\n")
    with pytest.raises(ConfigError) as exc:
        load_alerts(path)
    for where in ("alerts[0].on", "alerts[0]: give exactly one", "alerts[0].webhook", "alerts[1].name",
                  "alerts[1]: give exactly one", "alerts[1].type", "alerts[1].min_usd"):
        assert where in str(exc.value)
    assert runner.invoke(app, ["sources", "--sources", str(path)]).exit_code == 1


def test_alerts_test_sends_a_sample(demo_db, tmp_path):
    out = tmp_path / "t.jsonl"
    sources = _sources(tmp_path, [], f"  - {{name: sample, company: xAI, file: '{out}'}}\n")
    result = runner.invoke(app, ["alerts", "test", "sample", "--sources", sources, "--db", str(demo_db[0])])
    assert result.exit_code == 0, result.output
    event = json.loads(out.read_text())
    assert event["event"] == "test" and "xai" in {p["company_id"] for p in event["deal"]["parties"]}


class SlowFeed(LoopbackHandler):
    """A feed of 30 deal pages among invented companies, each answered after a short delay."""

    served = 0

    def do_GET(self):
        if self.path == "/feed.xml":
            items = "".join(f"<item><title>Deal {i}</title><link>/p{i}</link></item>" for i in range(30))
            return self.send_body(200, f"<rss><channel>{items}</channel></rss>".encode(), "application/rss+xml")
        if not self.path.startswith("/p"):
            return self.send_body(404, b"", "text/plain")
        i = int(self.path[2:])
        time.sleep(0.1)
        SlowFeed.served += 1
        text = (f"Northwind Compute will pay Velora Labs ${i + 1} billion for GPU cloud capacity, the companies "
                f"said. The agreement number {i} was signed on Monday.").replace("Velora Labs", f"Velora{i} Labs")
        self.send_body(200, f"<html><head><title>Deal {i}</title></head><body><article><p>{text}</p></article>"
                            f"</body></html>".encode(), "text/html; charset=utf-8")


def test_after_kill_9_every_matching_deal_is_still_delivered(tmp_path, hook):
    SlowFeed.served = 0
    with serve(SlowFeed) as site:
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"sources:\n  - {{name: s, kind: rss, url: '{base_url(site)}/feed.xml', delay: 0, "
                           f"allow_private: true}}\nalerts:\n  - {{name: all, webhook: '{hook}/in', allow_private: true}}\n")
        db = tmp_path / "d.duckdb"
        cmd = [sys.executable, str(ROOT / "cli.py"), "ingest", "--sources", str(sources), "--db", str(db), "-q"]
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while SlowFeed.served < 12 and proc.poll() is None:  # killed by progress, not by the clock
            assert time.monotonic() < deadline
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        final = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert final.returncode == 0, final.stderr
    with store.connect(db, read_only=True) as con:
        ids = [r[0] for r in con.execute("SELECT deal_id FROM deals").fetchall()]
    assert len(ids) == 30
    assert {r["body"]["idempotency_key"] for r in Hook.received} == {event_key("all", d, "new") for d in ids}
