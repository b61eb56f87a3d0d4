"""The CLI through typer's CliRunner: exit codes and machine-readable output."""

import csv
import io
import json
import shutil

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import ROOT, SAMPLES

runner = CliRunner()



def test_ingest_samples_then_rerun_adds_nothing(demo_db):
    db, first = demo_db
    assert first["articles_new"] == 18 and first["deals_new"] >= 10 and first["failures"] == []
    again = runner.invoke(app, ["ingest", "--sources", str(SAMPLES / "sources.yaml"), "--db", str(db), "--json"])
    assert again.exit_code == 0
    second = json.loads(again.stdout)
    assert second["articles_new"] == 0 and second["deals_new"] == 0
    assert "Nothing new" in again.stderr


@pytest.mark.parametrize("name", ["xAI", "x.ai", "XAI", "X.AI Corp"])
def test_company_resolves_aliases(demo_db, name):
    db, _ = demo_db
    result = runner.invoke(app, ["company", name, "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    compute = [r for r in rows if r["type"] == "compute"]
    assert len(compute) == 1
    assert compute[0]["role"] == "seller" and "Anthropic (buyer)" in compute[0]["counterparties"]
    assert compute[0]["amount"] == 1250000000 and compute[0]["period"] == "month"
    assert "anthropic-xai-compute.html" in compute[0]["articles"]


def test_unknown_company_suggests_close_names(demo_db):
    db, _ = demo_db
    result = runner.invoke(app, ["company", "Anthropik", "--db", str(db)])
    assert result.exit_code == 1
    assert "Anthropic" in result.stderr and result.stdout == ""


def test_list_filters_and_formats(demo_db):
    db, _ = demo_db
    result = runner.invoke(app, ["list", "--db", str(db), "--type", "investment", "--nl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["type"] == "investment" for r in rows)
    big = runner.invoke(app, ["list", "--db", str(db), "--min-usd", "5e9", "--csv"])
    records = list(csv.DictReader(io.StringIO(big.stdout)))
    assert big.stdout.startswith("deal_id,type,status")
    assert records and all(float(r["amount"]) >= 5e9 and r["currency"] == "USD" for r in records)


def test_sql_is_read_only(demo_db):
    db, _ = demo_db
    ok = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM deals_v", "--db", str(db), "--json"])
    assert ok.exit_code == 0 and json.loads(ok.stdout)[0]["n"] >= 10
    bad = runner.invoke(app, ["sql", "DELETE FROM deals", "--db", str(db)])
    assert bad.exit_code == 1 and "Error:" in bad.stderr


def test_extract_jsonl_to_file(tmp_path):
    src = tmp_path / "p.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Anthropic will pay xAI $1.25B per month for compute."}) + "\n"
                   + json.dumps({"id": "b", "text": "The weather was fine."}) + "\n")
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["extract", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    assert len(lines[0]["deals"]) == 1 and lines[1]["deals"] == []


def test_sources_validates(tmp_path):
    ok = runner.invoke(app, ["sources", "--sources", str(SAMPLES / "sources.yaml"), "--json"])
    assert ok.exit_code == 0 and len(json.loads(ok.stdout)) >= 5
    bad = tmp_path / "s.yaml"
    bad.write_text("sources:\n  - name: x\n    kind: rss\n    url: ftp://nope\n    colour: red\n")
    result = runner.invoke(app, ["sources", "--sources", str(bad)])
    assert result.exit_code == 1
    assert "sources[0].url: must start with http://" in result.stderr
    assert "sources[0].colour: unknown key" in result.stderr


def test_missing_database_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["list", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "run `deals ingest` first" in result.stderr


def test_committed_sample_sources_are_portable(tmp_path):
    """Copying samples/ elsewhere still works: file paths resolve against the sources file."""
    copy = tmp_path / "samples"
    shutil.copytree(SAMPLES, copy)
    result = runner.invoke(app, ["sources", "--sources", str(copy / "sources.yaml"), "--json"])
    assert all(str(copy) in s["url"] for s in json.loads(result.stdout))


def test_show_export_companies_reprocess(demo_db, tmp_path):
    db, _ = demo_db
    work = tmp_path / "copy.duckdb"
    shutil.copy(db, work)
    rows = json.loads(runner.invoke(app, ["company", "xAI", "--db", str(work), "--json", "--role", "seller"]).stdout)
    assert [r["role"] for r in rows] == ["seller"] and rows[0]["amount_per_year"] == 15_000_000_000
    shown = runner.invoke(app, ["show", rows[0]["deal_id"][:8], "--db", str(work), "--json"])
    deal = json.loads(shown.stdout)
    assert deal["parties"] == "Anthropic (buyer), xAI (seller)"
    assert any("Anthropic will pay xAI" in e["sentence"] for e in deal["evidence"])
    listed = json.loads(runner.invoke(app, ["companies", "--db", str(work), "--json"]).stdout)
    assert {"company": "xAI"}.items() <= next(c for c in listed if c["company"] == "xAI").items()
    for fmt in ("csv", "json", "parquet"):
        out = tmp_path / f"deals.{fmt}"
        assert runner.invoke(app, ["export", str(out), "--format", fmt, "--db", str(work)]).exit_code == 0
        assert out.stat().st_size > 100
    before = {r["deal_id"] for r in json.loads(runner.invoke(app, ["list", "--db", str(work), "--json"]).stdout)}
    again = runner.invoke(app, ["reprocess", "--db", str(work), "--json"])
    counts = json.loads(again.stdout)
    after = {r["deal_id"] for r in json.loads(runner.invoke(app, ["list", "--db", str(work), "--json"]).stdout)}
    assert counts["removed"] == 0 and counts["added"] == 0 and before == after  # same rules: ids do not churn


def test_readme_sql_examples_run_as_written(demo_db):
    """Every statement in the README's 'Example SQL' block runs on the demo database."""
    db, _ = demo_db
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Example SQL", 1)[1].split("```sql", 1)[1].split("```", 1)[0]
    statements = [s.strip() for s in block.split(";") if s.strip()]
    assert len(statements) >= 5
    for statement in statements:
        statement = "\n".join(line for line in statement.splitlines() if not line.lstrip().startswith("--"))
        result = runner.invoke(app, ["sql", statement, "--db", str(db), "--json"])
        assert result.exit_code == 0, (statement, result.stderr)
