"""One deal, many reports: matching across articles, separate agreements, status history, aliases."""

from datetime import datetime, timedelta

import pytest

from pipeline import dealdb, store
from pipeline.records import Amount, Article, Deal, Evidence, Party

DAY = datetime(2026, 3, 1)


def _deal(value=None, qualifier="exact", status="announced", type_="compute", seller="CoreWeave"):
    amount = Amount(value, "USD", qualifier, "once") if value else None
    return Deal(type_, (Party("Meta", "buyer", "Meta"), Party(seller, "seller", seller)), amount, status=status,
                evidence=(Evidence(f"report {value} {status}", 0, 10),), confidence=0.8)


def _report(con, n: int, deal: Deal, days: int = 0):
    art = Article(url=f"https://news{n}.example/a", title=f"T{n}", text=f"text {n}",
                  published=(DAY + timedelta(days=days)).replace(tzinfo=None))
    return store.save_article(con, art, "s", [deal], DAY)


@pytest.fixture()
def con(tmp_path):
    with store.connect(tmp_path / "m.duckdb") as c:
        yield c


def test_reports_of_one_deal_are_one_row_with_all_evidence(con):
    _report(con, 1, _deal(21_000_000_000, "about"), days=0)
    _report(con, 2, _deal(None), days=3)
    _report(con, 3, _deal(21_300_000_000, "exact"), days=9)
    rows = con.execute("SELECT deal_id, amount_value, amount_qualifier, first_reported_at, last_reported_at "
                       "FROM deals").fetchall()
    assert len(rows) == 1
    _, value, qualifier, first, last = rows[0]
    assert (int(value), qualifier) == (21_300_000_000, "exact")  # the most precise figure
    assert (last - first).days == 9
    assert con.execute("SELECT n_articles FROM deals_v").fetchone()[0] == 3
    per_report = con.execute("SELECT amount_value FROM deal_evidence ORDER BY reported_at").fetchall()
    assert [None if v is None else int(v) for (v,) in per_report] == [21_000_000_000, None, 21_300_000_000]


def test_separate_agreements_between_the_same_parties_stay_separate(con):
    _report(con, 1, _deal(14_200_000_000), days=0)
    _report(con, 2, _deal(21_000_000_000), days=200)
    assert sorted(int(v) for (v,) in con.execute("SELECT amount_value FROM deals").fetchall()) == [
        14_200_000_000, 21_000_000_000]


def test_status_progression_is_kept_as_history(con):
    _report(con, 1, _deal(5_000_000_000, status="talks"), days=0)
    _report(con, 2, _deal(5_000_000_000, status="announced"), days=20)
    _report(con, 3, _deal(5_000_000_000, status="completed"), days=90)
    _report(con, 4, _deal(5_000_000_000, status="reported"), days=95)
    assert con.execute("SELECT status FROM deals").fetchone()[0] == "completed"
    history = con.execute("SELECT status, reported_at FROM deal_status_history ORDER BY reported_at").fetchall()
    assert [s for s, _ in history] == ["talks", "announced", "completed", "reported"]
    assert (history[2][1] - history[0][1]).days == 90


def test_other_roles_or_types_are_other_deals(con):
    _report(con, 1, _deal(1_000_000_000))
    _report(con, 2, _deal(1_000_000_000, type_="investment"))
    _report(con, 3, _deal(1_000_000_000, seller="Nebius"))
    assert con.execute("SELECT count(*) FROM deals").fetchone()[0] == 3


def test_alias_add_merges_companies_and_repoints_deals(con):
    _report(con, 1, Deal("compute", (Party("Meta", "buyer", "Meta"), Party("Quantum Grid Labs", "seller", "Quantum Grid Labs")),
                         Amount(2_000_000_000), evidence=(Evidence("s", 0, 1),)))
    assert con.execute("SELECT discovered FROM companies WHERE company_id = 'quantumgridlabs'").fetchone() == (True,)
    target, moved = dealdb.add_alias(con, "Quantum Grid Labs", "Nebius")
    assert (target, moved) == ("nebius", 1)
    assert store.resolve_company(con, "quantum grid labs") == ("nebius", "Nebius")
    assert con.execute("SELECT count(*) FROM company_deals_v WHERE company_id = 'nebius'").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM companies WHERE company_id = 'quantumgridlabs'").fetchone()[0] == 0
    with pytest.raises(LookupError):
        dealdb.add_alias(con, "X", "No Such Company")
