"""Read-side queries behind the CLI; every one opens a short read-only connection."""

from __future__ import annotations

import os
from pathlib import Path
from datetime import date

from . import store
from .errors import DealsError

LOCK_WAIT = float(os.environ.get("DEALS_LOCK_WAIT", "30"))
DEAL_COLUMNS = """
    left(d.deal_id, 10) AS deal_id, d.type, d.status, v.parties, d.amount_value AS amount, d.amount_currency AS currency,
    d.amount_qualifier AS qualifier, d.amount_period AS period, d.duration_months, d.gpus, d.power_mw,
    d.first_reported_at, v.n_articles
"""


def list_deals(db, company: str | None = None, type_: str | None = None, since: date | None = None,
               min_usd: float | None = None):
    """Deals with their flattened parties, newest first."""
    where, params = ["TRUE"], []
    with store.connect(db, read_only=True, wait=LOCK_WAIT) as con:
        if company:
            cid = _resolve(con, company)[0]
            where.append("list_contains(v.company_ids, ?)")
            params.append(cid)
        if type_:
            where.append("d.type = ?")
            params.append(type_)
        if since:
            where.append("d.first_reported_at >= ?")
            params.append(since)
        if min_usd is not None:
            where.append("d.amount_currency = 'USD' AND d.amount_value >= ?")
            params.append(min_usd)
        sql = (f"SELECT {DEAL_COLUMNS} FROM deals d JOIN deals_v v USING (deal_id) WHERE {' AND '.join(where)} "
               "ORDER BY d.first_reported_at DESC NULLS LAST, d.deal_id")
        return store.query(con, sql, params)


def company_deals(db, name: str):
    """(display name, columns, rows): one company's deals with counterparties and reporting articles."""
    with store.connect(db, read_only=True, wait=LOCK_WAIT) as con:
        cid, display = _resolve(con, name)
        sql = """
            SELECT left(cd.deal_id, 10) AS deal_id, cd.type, cd.role, cd.counterparties, cd.amount_value AS amount,
                   cd.amount_currency AS currency, cd.amount_qualifier AS qualifier, cd.amount_period AS period,
                   cd.duration_months, cd.gpus, cd.power_mw, cd.status, cd.first_reported_at,
                   (SELECT string_agg(DISTINCT a.url, ' ') FROM deal_evidence e JOIN articles a USING (article_id)
                     WHERE e.deal_id = cd.deal_id) AS articles
            FROM company_deals_v cd WHERE cd.company_id = ?
            ORDER BY cd.first_reported_at DESC NULLS LAST, cd.deal_id"""
        cols, rows = store.query(con, sql, [cid])
    return display, cols, rows


def read_sql(db, statement: str):
    """Run one statement on a read-only connection (writes fail there)."""
    with store.connect(db, read_only=True, wait=LOCK_WAIT) as con:
        return store.query(con, statement)


def _resolve(con, name: str) -> tuple[str, str]:
    found = store.resolve_company(con, name)
    if found:
        return found
    near = store.suggest_companies(con, name)
    hint = f"; did you mean: {', '.join(near)}?" if near else ""
    raise DealsError(f"no company named {name!r} in the database{hint}")


def status(db) -> dict:
    """Recent runs, per-source health (with stored validators) and the file size."""
    with store.connect(db, read_only=True, wait=LOCK_WAIT) as con:
        runs = store.query(con, "SELECT run_id, started_at, round(epoch(finished_at - started_at), 1) AS seconds, "
                                "status, articles_seen, articles_new, deals_new, failures "
                                "FROM runs ORDER BY started_at DESC LIMIT 10")
        sources = store.query(con, "SELECT source, last_success_at, last_failure_at, consecutive_failures, "
                                   "last_error FROM source_health ORDER BY source")
    size = sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*") if p.is_file())
    return {"runs": runs, "sources": sources, "size_bytes": size}
