import duckdb
import pytest

from pipeline import store
from pipeline.records import Amount, Article, Deal, Evidence, Party

EXPECTED = {
    "articles": ["article_id", "url", "canonical_url", "source", "title", "published_at", "fetched_at",
                 "content_hash", "language", "authors", "text", "extractor_version", "guid"],
    "deals": ["deal_id", "type", "amount_value", "amount_currency", "amount_qualifier", "amount_period",
              "duration_months", "gpus", "power_mw", "status", "confidence", "first_reported_at",
              "last_reported_at", "extractor_version", "party_key", "parties_text", "parties_json", "n_articles",
              "article_urls", "amount_usd", "usd_rate_date", "usd_note"],
    "deal_parties": ["deal_id", "company_id", "name", "role"],
    "deal_evidence": ["deal_id", "article_id", "sentence", "start_char", "end_char", "status", "confidence",
                      "amount_value", "amount_currency", "amount_qualifier", "amount_period", "reported_at",
                      "amount_usd", "usd_rate_date", "usd_note", "rule"],
    "fx_rates": ["currency", "rate_date", "usd_per_unit", "source"],
    "deal_status_history": ["deal_id", "status", "reported_at", "article_id"],
    "companies": ["company_id", "name", "kind", "discovered", "parent_id", "country", "ticker"],
    "company_aliases": ["alias_key", "alias", "company_id"],
    "fetches": ["run_id", "source", "url", "status", "bytes", "duration_ms", "error", "fetched_at"],
    "runs": ["run_id", "started_at", "finished_at", "status", "pid", "sources_file", "articles_seen",
             "articles_new", "deals_new", "failures", "summary", "error"],
    "deliveries": ["idempotency_key", "rule", "event", "deal_id", "target", "payload", "status", "attempts",
                   "last_error", "created_at", "next_attempt_at", "delivered_at"],
    "article_failures": ["url", "source", "content_hash", "failures", "last_error", "last_failed_at"],
}


def columns(con, table):
    return [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]


def test_migrations_pin_every_column(tmp_path):
    with store.connect(tmp_path / "t.duckdb") as con:
        for table, cols in EXPECTED.items():
            assert columns(con, table) == cols, table
        assert con.execute("SELECT count(*) FROM companies").fetchone()[0] >= 150


def test_second_migration_run_is_a_noop(tmp_path):
    path = tmp_path / "t.duckdb"
    with store.connect(path):
        pass
    con = duckdb.connect(str(path))
    assert store.migrate(con) == []
    assert con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(store.migrations())
    con.close()


def _deal(value=2_000_000_000):
    return Deal("compute", (Party("Anthropic", "buyer", "Anthropic"), Party("xAI", "seller", "xAI")),
                Amount(value, "USD", "exact", "month"), evidence=(Evidence("Anthropic will pay xAI.", 0, 24),),
                confidence=0.9)


def test_saving_twice_adds_nothing(tmp_path):
    art = Article(url="https://x.example/a", title="T", text="Anthropic will pay xAI.")
    with store.connect(tmp_path / "t.duckdb") as con:
        assert store.save_article(con, art, "s", [_deal()], store._now()) == (True, 1)
        assert store.save_article(con, art, "s", [_deal()], store._now()) == (False, 0)
        assert con.execute("SELECT count(*) FROM deals").fetchone()[0] == 1


def test_the_same_deal_from_two_articles_is_one_row(tmp_path):
    a = Article(url="https://x.example/a", title="A", text="one")
    b = Article(url="https://y.example/b", title="B", text="two")
    with store.connect(tmp_path / "t.duckdb") as con:
        store.save_article(con, a, "s", [_deal()], store._now())
        store.save_article(con, b, "s", [_deal()], store._now())
        assert con.execute("SELECT count(*) FROM deals").fetchone()[0] == 1
        assert con.execute("SELECT n_articles FROM deals_v").fetchone()[0] == 2


def test_an_updated_article_replaces_its_deals(tmp_path):
    url = "https://x.example/a"
    with store.connect(tmp_path / "t.duckdb") as con:
        store.save_article(con, Article(url=url, title="A", text="v1"), "s", [_deal(1_000_000_000)], store._now())
        store.save_article(con, Article(url=url, title="A", text="v2"), "s", [_deal(3_000_000_000)], store._now())
        values = con.execute("SELECT amount_value FROM deals").fetchall()
        assert [int(v) for (v,) in values] == [3_000_000_000]
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_failed_write_leaves_nothing_half_written(tmp_path):
    """A deal that violates the schema (a party with no role) rolls back the whole article."""
    bad = Deal("compute", (Party("Foo", None, "Foo"), Party("Bar", "seller", "Bar")), None,  # type: ignore[arg-type]
               evidence=(Evidence("s", 0, 1),))
    art = Article(url="https://x.example/c", title="C", text="x")
    with store.connect(tmp_path / "t.duckdb") as con:
        with pytest.raises(duckdb.Error):
            store.save_article(con, art, "s", [_deal(), bad], store._now())
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM deals").fetchone()[0] == 0


def test_discovered_companies_join_the_companies_table(tmp_path):
    deal = Deal("investment", (Party("Quantaris", "investee", "Quantaris"), Party("Nvidia", "investor", "Nvidia")),
                None, evidence=(Evidence("s", 0, 1),))
    with store.connect(tmp_path / "t.duckdb") as con:
        store.save_article(con, Article(url="https://x.example/q", title="Q", text="q"), "s", [deal], store._now())
        row = con.execute("SELECT discovered FROM companies WHERE company_id = 'quantaris'").fetchone()
        assert row == (True,)
        assert store.resolve_company(con, "NVIDIA")[1] == "Nvidia"


def test_a_new_url_with_the_same_guid_replaces_the_old_version(tmp_path):
    with store.connect(tmp_path / "t.duckdb") as con:
        store.save_article(con, Article(url="https://x.example/a?v=1", title="A", text="v1"), "s",
                           [_deal(1_000_000_000)], store._now(), guid="g-1")
        store.save_article(con, Article(url="https://x.example/a-updated", title="A", text="v2"), "s",
                           [_deal(2_000_000_000)], store._now(), guid="g-1")
        assert con.execute("SELECT url FROM articles").fetchall() == [("https://x.example/a-updated",)]
        assert [int(v) for (v,) in con.execute("SELECT amount_value FROM deals").fetchall()] == [2_000_000_000]


def test_the_same_text_under_another_url_is_a_copy(tmp_path):
    with store.connect(tmp_path / "t.duckdb") as con:
        store.save_article(con, Article(url="https://x.example/a", title="A", text="same"), "s", [_deal()], store._now())
        assert store.save_article(con, Article(url="https://mirror.example/a", title="A", text="same"), "s",
                                  [_deal()], store._now()) == (False, 0)
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_schema_sql_is_current():
    from pathlib import Path
    with store.connect(":memory:") as con:
        current = store.schema_dump(con)
    committed = (Path(__file__).resolve().parents[1] / "db" / "schema.sql").read_text(encoding="utf-8")
    assert committed == current, "run `python -m pipeline.store` and commit db/schema.sql"
