"""Issue 14: amounts in USD, the who-pays-whom graph, circular flows, and the report page in a real browser."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date, datetime
from decimal import Decimal

import networkx as nx
import pytest
from currency_converter import CurrencyConverter
from typer.testing import CliRunner

from cli import app
from conftest import SAMPLES
from pipeline import dealdb, store
from pipeline.graph import Flow, find_cycles
from pipeline.records import Amount, Deal, Evidence, Party

runner = CliRunner()
ECB = CurrencyConverter()  # the oracle: the package's own conversion, by another path than our SQL
CYCLE_PAGES = ("tessaline-orvanta-investment", "orvanta-kestrel-compute", "kestrel-tessaline-chips")


def _save(con, n: int, currency: str, value: int, when: datetime) -> str:
    deal = Deal("investment", (Party(f"Payer {n}", "investor", f"Payer {n}"), Party(f"Payee {n}", "investee", f"Payee {n}")),
                Amount(Decimal(value), currency, "exact", "once"), None, None, None, "announced",
                (Evidence(f"Payer {n} invests in Payee {n}.", 0, 30),), 0.9)
    dealdb.save_deal(con, f"a{n}", deal, when)
    return con.execute("SELECT amount_usd, usd_rate_date, usd_note FROM deals WHERE party_key LIKE ?",
                       [f"%payer{n}:%"]).fetchone()


@pytest.mark.parametrize("currency, day, rate_day", [
    ("EUR", date(2025, 3, 14), date(2025, 3, 14)),
    ("GBP", date(2024, 11, 5), date(2024, 11, 5)),
    ("JPY", date(2025, 7, 1), date(2025, 7, 1)),
    ("INR", date(2025, 1, 20), date(2025, 1, 20)),
    ("KRW", date(2024, 9, 2), date(2024, 9, 2)),
    ("EUR", date(2025, 3, 16), date(2025, 3, 14)),  # a Sunday: the rate of the Friday before
])
def test_amounts_convert_at_the_ecb_rate_of_the_day_first_reported(tmp_path, currency, day, rate_day):
    with store.connect(tmp_path / "d.duckdb") as con:
        usd, used, note = _save(con, 1, currency, 1_000_000_000, datetime(day.year, day.month, day.day, 9))
    assert used == rate_day and note == f"ECB reference rate of {rate_day}"
    assert usd == pytest.approx(ECB.convert(1_000_000_000, currency, "USD", date=rate_day), rel=1e-9)


def test_pegged_and_unknown_currencies(tmp_path):
    with store.connect(tmp_path / "d.duckdb") as con:
        sar = _save(con, 1, "SAR", 3_750_000_000, datetime(2025, 5, 13, 9))
        usd = _save(con, 2, "USD", 5, datetime(2025, 5, 13, 9))
        ngn = _save(con, 3, "NGN", 1_000_000, datetime(2025, 5, 13, 9))
    assert sar[0] == pytest.approx(1_000_000_000, rel=1e-5) and "Saudi Central Bank" in sar[2]
    assert usd == (5.0, None, None)
    assert ngn == (None, None, "no reference rate for NGN")


@pytest.fixture(scope="module")
def cycle_db(tmp_path_factory):
    """The three sample articles among companies in no gazetteer: A invests in B, B pays C, C buys from A."""
    folder = tmp_path_factory.mktemp("cycle")
    sources = folder / "sources.yaml"
    sources.write_text("sources:\n" + "".join(f"  - name: {p}\n    kind: file\n    url: {SAMPLES}/pages/{p}.html\n"
                                              for p in CYCLE_PAGES))
    db = folder / "c.duckdb"
    assert runner.invoke(app, ["ingest", "--sources", str(sources), "--db", str(db), "-q"]).exit_code == 0
    return db


def test_three_articles_about_unknown_companies_make_exactly_their_cycle(cycle_db):
    result = runner.invoke(app, ["cycles", "--db", str(cycle_db), "--json"])
    assert result.exit_code == 0, result.output
    (cycle,) = json.loads(result.stdout)
    assert cycle["companies"] == ["Kestrel Compute", "Tessaline", "Orvanta Labs"] and not cycle["contingent"]
    edges = {(e["payer"], e["payee"]): e for e in cycle["edges"]}
    assert {k: (v["usd"], v["deals"][0]["type"]) for k, v in edges.items()} == {
        ("Tessaline", "Orvanta Labs"): (2e9, "investment"),
        ("Orvanta Labs", "Kestrel Compute"): (1.5e9, "compute"),
        ("Kestrel Compute", "Tessaline"): (1e9, "chips")}
    assert all(e["deals"][0]["evidence_url"].endswith(".html") for e in cycle["edges"])
    assert cycle["smallest_edge_usd"] == 1e9


def test_the_samples_hold_that_cycle(demo_db):
    db, _ = demo_db
    found = json.loads(runner.invoke(app, ["cycles", "--db", str(db), "--json"]).stdout)
    assert ["Kestrel Compute", "Tessaline", "Orvanta Labs"] in [c["companies"] for c in found]


def _flow(payer, payee, usd, status="announced", qualifier="exact"):
    return Flow(payer, payer, payee, payee, f"{payer}-{payee}-{usd}", "compute", usd, usd, "USD", qualifier, "once",
                status, None, None, True)


def test_cycles_collapse_parallel_edges_and_mark_contingent_loops():
    flows = [_flow("A", "B", 5e9), _flow("A", "B", 1e9), _flow("B", "A", 2e9, status="talks"),
             _flow("B", "C", 3e9), _flow("C", "A", 4e9, qualifier="up_to"), _flow("C", "A", 1e9)]
    cycles = find_cycles(flows, max_length=3)
    assert [(c.companies, c.smallest_usd, c.contingent) for c in cycles] == [
        (["A", "B", "C"], 3e9, False),  # C -> A has one firm deal: the edge is not contingent
        (["A", "B"], 2e9, True)]         # B -> A is only in talks
    assert find_cycles(flows, max_length=2)[0].companies == ["A", "B"]


def test_graph_exports_load_in_the_tools_they_are_for(cycle_db, tmp_path):
    out = tmp_path / "g.graphml"
    assert runner.invoke(app, ["graph", "--format", "graphml", "--out", str(out), "--db", str(cycle_db)]).exit_code == 0
    graph = nx.read_graphml(out)
    assert {graph.nodes[n]["label"] for n in graph} == {"Tessaline", "Orvanta Labs", "Kestrel Compute"}
    data = json.loads(runner.invoke(app, ["graph", "--format", "json", "--db", str(cycle_db)]).stdout)
    assert len(data["edges"]) == 3
    dot = runner.invoke(app, ["graph", "--format", "dot", "--db", str(cycle_db)]).stdout
    assert dot.startswith("digraph") and '"Tessaline" -> "Orvanta Labs"' in dot


def test_min_usd_filters_on_the_converted_amount(demo_db):
    db, _ = demo_db
    rows = json.loads(runner.invoke(app, ["list", "--db", str(db), "--json", "--min-usd", "2.1e9"]).stdout)
    mistral = [r for r in rows if "Mistral" in r["parties"]]
    assert mistral and mistral[0]["currency"] == "EUR" and mistral[0]["amount_usd"] > 2.1e9


def test_report_of_an_empty_database_says_so(tmp_path):
    db = tmp_path / "empty.duckdb"
    with store.connect(db):
        pass
    out = tmp_path / "r.html"
    assert runner.invoke(app, ["report", "--out", str(out), "--db", str(db), "-q"]).exit_code == 0
    assert "No deals yet" in out.read_text()


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--hide-scrollbars"]
BROWSER_HOUSEKEEPING = ("google.com", "googleapis.com", "gstatic.com")  # Chromium's own calls, not the page's


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return CHROMIUM


def test_report_in_a_real_browser(demo_db, tmp_path, browser):
    from PIL import Image
    db, _ = demo_db
    page = tmp_path / "report.html"
    assert runner.invoke(app, ["report", "--out", str(page), "--db", str(db), "-q"]).exit_code == 0
    shot, netlog = tmp_path / "shot.png", tmp_path / "net.json"
    common = BROWSER_FLAGS + [f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,2000"]
    subprocess.run([browser, *common, f"--screenshot={shot}", page.as_uri()], check=True, timeout=120,
                   capture_output=True)
    run = subprocess.run([browser, *common, "--enable-logging=stderr", "--v=0", f"--log-net-log={netlog}",
                          "--dump-dom", page.as_uri()], check=True, timeout=120, capture_output=True, text=True)
    dom = run.stdout
    for text in ("Anthropic (buyer), xAI (seller)", "1,250,000,000 USD per month", "USD by month, by deal type",
                 "Top companies by money in and out", "Who pays whom", "Circular flows", "Latest deals",
                 "Kestrel Compute → Tessaline → Orvanta Labs → Kestrel Compute"):
        assert text in dom, text
    assert dom.count("<svg") >= 3
    console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []
    requested = {e["params"]["url"] for e in json.loads(netlog.read_text())["events"]
                 if "url" in e.get("params", {}) and e["params"]["url"].startswith(("http:", "https:"))}
    assert {u for u in requested if not any(h in u for h in BROWSER_HOUSEKEEPING)} == set()
    image = Image.open(shot).convert("RGB")
    assert image.size == (1280, 2000)
    colours = image.resize((128, 200)).getcolors(maxcolors=128 * 200)
    assert len(colours) > 50  # charts and text, not a blank page
