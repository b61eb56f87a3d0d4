"""Issue 15: company identity. The gazetteer's parents, countries and tickers are checked as data; the
database rolls subsidiaries up in `deals company`, and `deals parent set` survives reprocess."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.nlp.lexicon import fold_name, load_lexicon

runner = CliRunner()
LEX = load_lexicon()
NAMED = {e.name: e for e in LEX.orgs}


def test_every_parent_and_extract_as_names_an_entry_and_parents_never_loop():
    for e in LEX.orgs:
        assert e.parent is None or e.parent in NAMED, e
        assert e.extract_as is None or e.extract_as in NAMED, e
        seen, name = set(), e.name
        while NAMED[name].parent:
            assert name not in seen, f"parent cycle through {name}"
            seen.add(name)
            name = NAMED[name].parent


def test_tickers_and_countries_have_their_forms():
    assert sum(bool(e.ticker) for e in LEX.orgs) >= 40
    for e in LEX.orgs:
        assert e.ticker is None or re.fullmatch(r"[A-Z]+:[A-Z0-9.]+", e.ticker), e
        assert e.country is None or re.fullmatch(r"[A-Z]{2}", e.country), e


def test_tickers_agree_with_pytickersymbols_where_it_lists_them():
    from pytickersymbols import PyTickerSymbols
    listed: dict[str, set[str]] = {}
    for stock in PyTickerSymbols().get_all_stocks():
        for symbol in stock.get("symbols", []):
            if symbol.get("google"):
                listed.setdefault(symbol["google"], set()).add(stock["name"])
    covered = [e for e in LEX.orgs if e.ticker in listed]
    assert len(covered) >= 10, [e.name for e in covered]  # the check must bite on a real share of the list
    for e in covered:
        first = fold_name(e.name.split()[0])
        assert any(first in fold_name(n) or fold_name(n).startswith(first[:4]) for n in listed[e.ticker]), \
            (e.name, e.ticker, listed[e.ticker])


@pytest.fixture()
def google_cloud_db(demo_db, tmp_path):
    """The demo database plus one Google Cloud deal."""
    db = tmp_path / "d.duckdb"
    shutil.copy(demo_db[0], db)
    page = tmp_path / "gc.html"
    page.write_text("<html><head><title>Google Cloud signs compute deal with Velora Labs</title></head><body><article>"
                    "<p>Google Cloud will supply $300 million of compute capacity to Velora Labs over two years, the "
                    "companies said on Monday.</p><p>Velora Labs trains models for drug discovery.</p></article>"
                    "</body></html>")
    sources = tmp_path / "s.yaml"
    sources.write_text(f"sources:\n  - {{name: gc, kind: file, url: '{page}'}}\n")
    assert runner.invoke(app, ["ingest", "--sources", str(sources), "--db", str(db), "-q"]).exit_code == 0
    return db


def test_a_group_includes_its_subsidiaries_deals_and_says_whose(google_cloud_db):
    rows = json.loads(runner.invoke(app, ["company", "Alphabet", "--db", str(google_cloud_db), "--json"]).stdout)
    cloud = [r for r in rows if r["entity"] == "Google Cloud"]
    assert len(cloud) == 1 and cloud[0]["counterparties"] == "Velora Labs (buyer)" and cloud[0]["role"] == "seller"
    assert any(r["entity"] == "Google" for r in rows)  # the Mistral investment of the samples
    exact = json.loads(runner.invoke(app, ["company", "Alphabet", "--exact", "--db", str(google_cloud_db),
                                           "--json"]).stdout)
    assert exact == []


def test_parent_set_survives_reprocess_and_refuses_a_loop(google_cloud_db):
    db = str(google_cloud_db)
    assert runner.invoke(app, ["parent", "set", "Velora Labs", "Tessaline", "--db", db, "-q"]).exit_code == 0
    loop = runner.invoke(app, ["parent", "set", "Tessaline", "Velora Labs", "--db", db])
    assert loop.exit_code == 1 and "cannot be its own ancestor" in loop.stderr
    assert runner.invoke(app, ["reprocess", "--db", db, "-q"]).exit_code == 0
    rows = json.loads(runner.invoke(app, ["company", "Tessaline", "--db", db, "--json"]).stdout)
    assert "Velora Labs" in {r["entity"] for r in rows}
    tree = json.loads(runner.invoke(app, ["companies", "--tree", "--db", db, "--json"]).stdout)
    tessaline = next(n for n in tree if n["company"] == "Tessaline")
    assert [c["company"] for c in tessaline["children"]] == ["Velora Labs"]
    alphabet = next(n for n in tree if n["company"] == "Alphabet")
    assert alphabet["ticker"] == "NASDAQ:GOOGL" and alphabet["group_deals"] >= 2


def test_company_deals_view_has_the_group(google_cloud_db):
    out = runner.invoke(app, ["sql", "SELECT DISTINCT company, group_id FROM company_deals_v WHERE company = "
                                     "'Google Cloud'", "--db", str(google_cloud_db), "--json"])
    assert json.loads(out.stdout) == [{"company": "Google Cloud", "group_id": "alphabet"}]
