"""Hostile input at the CLI (issue 12): a sandboxed `deals sql`, damaged databases, bad extract input,
a sources file that `deals sources` must reject as `ingest` would, and the small frictions."""

from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from cli import app

runner = CliRunner()


def one_error_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == 1 and len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert "Traceback" not in result.output
    return lines[0]


@pytest.fixture()
def other_db(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE deals AS SELECT 1 AS x")
    con.close()
    return path


@pytest.mark.parametrize("statement", [
    "ATTACH '{other}' AS v (READ_ONLY false)",
    "COPY (SELECT 1) TO '{tmp}/out.csv'",
    "EXPORT DATABASE '{tmp}/dump'",
    "SELECT * FROM read_text('{other}')",
    "SELECT * FROM glob('{tmp}/*')",
    "INSTALL httpfs",
    "SET enable_external_access = true",
    "",
    "SELECT 1; SELECT 2",
    "DELETE FROM deals",
])
def test_sql_is_one_sandboxed_query(demo_db, tmp_path, other_db, statement):
    db, _ = demo_db
    result = runner.invoke(app, ["sql", statement.format(other=other_db, tmp=tmp_path), "--db", str(db)])
    one_error_line(result)
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "dump").exists()
    assert duckdb.connect(str(other_db), read_only=True).execute("SELECT count(*) FROM deals").fetchone() == (1,)


def test_sql_allow_files_reads_but_never_writes(demo_db, tmp_path):
    db, _ = demo_db
    (tmp_path / "extra.csv").write_text("company,note\nxAI,watch\n")
    read = runner.invoke(app, ["sql", f"SELECT * FROM read_csv('{tmp_path}/extra.csv')", "--db", str(db), "--json",
                               "--allow-files"])
    assert read.exit_code == 0 and json.loads(read.stdout) == [{"company": "xAI", "note": "watch"}]
    write = runner.invoke(app, ["sql", f"COPY (SELECT 1) TO '{tmp_path}/w.csv'", "--db", str(db), "--allow-files"])
    assert "refused" in one_error_line(write) and not (tmp_path / "w.csv").exists()


@pytest.fixture()
def truncated(demo_db, tmp_path):
    db, _ = demo_db
    whole = db.read_bytes()
    cut = tmp_path / "cut.duckdb"
    cut.write_bytes(whole[: len(whole) * 6 // 10])
    return cut


@pytest.mark.parametrize("args", [["export", "{tmp}/x.csv"], ["reprocess"],
                                  ["ingest", "--sources", "samples/sources.yaml"]])
def test_a_damaged_database_is_refused_by_commands_that_copy_or_write_it(truncated, tmp_path, args):
    before = truncated.read_bytes()
    result = runner.invoke(app, [a.format(tmp=tmp_path) for a in args] + ["--db", str(truncated)])
    line = one_error_line(result)
    assert str(truncated) in line and "move it aside" in line
    assert truncated.read_bytes() == before


@pytest.mark.parametrize("args", [["company", "xAI"], ["show", "a"], ["list"], ["companies"], ["status"],
                                  ["sql", "SELECT count(*) FROM deal_evidence"]])
def test_a_damaged_database_never_gives_a_traceback_to_readers(truncated, args):
    """A lookup that reads only intact blocks answers; one that meets the damage is one error line."""
    result = runner.invoke(app, args + ["--db", str(truncated)])
    if result.exit_code != 0:
        line = one_error_line(result)
        assert str(truncated) in line and "move it aside" in line
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("content, expected", [
    (b'{"id": "a", "text": "caf\xe9 deal"}\n', "p.jsonl:1: not UTF-8"),
    (b'{"id": "a", "text": null}\n', "p.jsonl:1: each line must be an object with a 'text' string"),
    (b'[1, 2]\n', "p.jsonl:1: each line must be an object"),
])
def test_bad_extract_input_is_one_error_line(tmp_path, content, expected):
    path = tmp_path / "p.jsonl"
    path.write_bytes(content)
    assert expected in one_error_line(runner.invoke(app, ["extract", str(path)]))


def test_sources_rejects_what_ingest_would_with_every_location(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("fetch:\n  per_host: two\nsources:\n"
                    "  - {name: A, kind: rss, url: 'https://example.org/a'}\n"
                    "  - {name: a, kind: rss, url: 'https://example.org/b', delay: -1, max_articles: -5}\n"
                    "  - {name: p, kind: page, url: 'https://', selector: 'a[[['}\n")
    result = runner.invoke(app, ["sources", "--sources", str(path)])
    assert result.exit_code == 1
    for where in ("fetch.per_host", "sources[1].name", "sources[1].delay", "sources[1].max_articles",
                  "sources[2].url", "sources[2].selector"):
        assert where in result.stderr


def test_an_offline_run_says_what_failed_once_and_not_nothing_new(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("sources:\n  - {name: gone, kind: rss, url: 'http://127.0.0.1:9/feed.xml', allow_private: true}\n")
    result = runner.invoke(app, ["ingest", "--sources", str(path), "--db", str(tmp_path / "d.duckdb")])
    assert result.exit_code == 3
    assert result.stderr.count("127.0.0.1:9/feed.xml") == 1 and "Nothing new" not in result.stderr


def test_export_takes_the_format_from_the_file_name(demo_db, tmp_path):
    db, _ = demo_db
    out = tmp_path / "deals.parquet"
    assert runner.invoke(app, ["export", str(out), "--db", str(db), "-q"]).exit_code == 0
    assert out.read_bytes()[:4] == b"PAR1"
    clash = runner.invoke(app, ["export", str(tmp_path / "d.csv"), "--format", "json", "--db", str(db)])
    assert clash.exit_code == 2


def test_show_of_an_unknown_id_says_so(demo_db):
    db, _ = demo_db
    line = one_error_line(runner.invoke(app, ["show", "zzzz", "--db", str(db)]))
    assert "no deal id starts with 'zzzz'" in line


def test_every_record_command_takes_quiet_and_confidence_prints_plainly(demo_db):
    db, _ = demo_db
    result = runner.invoke(app, ["list", "-q", "--db", str(db), "--csv"])
    assert result.exit_code == 0
    shown = runner.invoke(app, ["sql", "SELECT confidence FROM deals", "--db", str(db), "--csv"])
    assert all(len(v) <= 5 for v in shown.stdout.split()[1:])


def test_help_shows_no_internal_notes():
    assert "only place" not in runner.invoke(app, ["--help"]).stdout

