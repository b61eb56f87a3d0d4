"""Read-side queries behind the CLI; every one opens a short read-only connection."""

from __future__ import annotations

import json
import os
from pathlib import Path
from datetime import date

from . import store
from .errors import DealsError

LOCK_WAIT = float(os.environ.get("DEALS_LOCK_WAIT", "30"))
DEAL_COLUMNS = """
    left(d.deal_id, 10) AS deal_id, d.type, d.status, v.parties, d.amount_value AS amount, d.amount_currency AS currency,
    d.amount_qualifier AS qualifier, d.amount_period AS period, round(d.amount_usd) AS amount_usd, d.duration_months,
    d.gpus, d.power_mw,
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
            where.append("d.amount_usd >= ?")
            params.append(min_usd)
        sql = (f"SELECT {DEAL_COLUMNS} FROM deals d JOIN deals_v v USING (deal_id) WHERE {' AND '.join(where)} "
               "ORDER BY d.first_reported_at DESC NULLS LAST, d.deal_id")
        return store.query(con, sql, params)


COMPANY_COLUMNS = ["deal_id", "entity", "type", "role", "counterparties", "amount", "currency", "qualifier", "period",
                   "amount_per_year", "amount_usd", "duration_months", "gpus", "power_mw", "status", "first_reported_at",
                   "sources", "articles"]


def company_deals(db, name: str, since: date | None = None, until: date | None = None, type_: str | None = None,
                  role: str | None = None, min_usd: float | None = None, exact: bool = False):
    """(display name, columns, rows): one company's deals, with its subsidiaries' unless `exact`, with
    counterparties and reporting articles; `entity` says which company of the group each row is about."""
    with store.connect(db, read_only=True, wait=LOCK_WAIT) as con:
        return company_deals_on(con, name, since, until, type_, role, min_usd, exact)


def company_deals_on(con, name: str, since=None, until=None, type_=None, role=None, min_usd=None, exact=False):
    """company_deals on an open connection. Point lookups, not scans of the evidence: the group's deal
    ids come from deal_parties, then only those deal rows are read (they carry parties and articles)."""
    cid, display = _resolve(con, name)
    group = {cid: display} if exact else group_members(con, cid)
    mine = con.execute("SELECT deal_id, role, company_id FROM deal_parties WHERE company_id IN "
                       f"({_marks(len(group))}) ORDER BY company_id <> ?, company_id", [*group, cid]).fetchall()
    roles: dict[str, tuple[str, str]] = {}
    for did, r, member in mine:
        if role is None or r == role:
            roles.setdefault(did, (r, member))  # the company asked for first, then its subsidiaries
    if not roles:
        return display, COMPANY_COLUMNS, []
    rows = []
    for did, t, parties, *rest in _deal_rows(con, list(roles), since, until, type_, min_usd):
        r, member = roles[did]
        others = ", ".join(f"{n} ({pr})" for c, n, pr in json.loads(parties or "[]") if c != member)
        rows.append((did[:10], group[member], t, r, others, *rest))
    return display, COMPANY_COLUMNS, rows


def group_members(con, cid: str) -> dict[str, str]:
    """company_id -> name of a company and every company below it (subsidiaries, theirs, ...)."""
    if not con.execute("SELECT 1 FROM companies WHERE parent_id = ? LIMIT 1", [cid]).fetchone():
        return dict(con.execute("SELECT company_id, name FROM companies WHERE company_id = ?", [cid]).fetchall())
    rows = con.execute("""
        WITH RECURSIVE down(company_id, depth) AS (
            SELECT ?, 0
            UNION ALL
            SELECT c.company_id, down.depth + 1 FROM companies c JOIN down ON c.parent_id = down.company_id
            WHERE down.depth < 20)
        SELECT DISTINCT c.company_id, c.name FROM down JOIN companies c USING (company_id)""", [cid]).fetchall()
    return {cid: name for cid, name in sorted(rows, key=lambda r: r[0] != cid)}


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _deal_rows(con, ids: list[str], since, until, type_, min_usd) -> list[tuple]:
    # a short list is an IN list; a long one a semi-join (an OR chain of thousands is slow)
    if len(ids) <= 64:
        where, params = [f"deal_id IN ({_marks(len(ids))})"], list(ids)
    else:
        where, params = ["deal_id IN (SELECT unnest(?::VARCHAR[]))"], [ids]
    for clause, value in (("first_reported_at >= ?", since), ("first_reported_at < ? + INTERVAL 1 DAY", until),
                          ("type = ?", type_), ("amount_usd >= ?", min_usd)):
        if value is not None:
            where.append(clause)
            params.append(value)
    return con.execute(
        "SELECT deal_id, type, parties_json, amount_value, amount_currency, amount_qualifier, amount_period, "
        "CASE amount_period WHEN 'month' THEN amount_value * 12 WHEN 'quarter' THEN amount_value * 4 "
        "WHEN 'year' THEN amount_value END, round(amount_usd), duration_months, gpus, power_mw, status, first_reported_at, n_articles, "
        f"article_urls FROM deals WHERE {' AND '.join(where)} ORDER BY first_reported_at DESC NULLS LAST, deal_id",
        params).fetchall()


def show_deal(db, deal_id: str):
    """(deal columns, deal row, evidence columns, evidence rows) for a deal id or its prefix."""
    with store.connect(db, read_only=True, wait=LOCK_WAIT) as con:
        ids = con.execute("SELECT deal_id FROM deals WHERE starts_with(deal_id, ?)", [deal_id]).fetchall()
        if not ids:
            raise DealsError(f"no deal id starts with {deal_id!r}; `deals list` shows the ids")
        if len(ids) > 1:
            raise DealsError(f"{len(ids)} deals match {deal_id!r}; give more characters of the id")
        cols, rows = store.query(con, "SELECT * FROM deals_v WHERE deal_id = ?", [ids[0][0]])
        ecols, erows = store.query(con, """
            SELECT e.reported_at, e.status, e.amount_value AS amount, e.amount_currency AS currency,
                   a.title, a.url, e.sentence, e.rule AS why
            FROM deal_evidence e JOIN articles a USING (article_id) WHERE e.deal_id = ? ORDER BY e.reported_at""",
            [ids[0][0]])
    return cols, rows[0], ecols, erows


def companies(db):
    """Every company with its number of deals, most active first."""
    with store.connect(db, read_only=True, wait=LOCK_WAIT) as con:
        return store.query(con, """
            SELECT c.name AS company, c.kind, c.discovered, count(DISTINCT p.deal_id) AS deals
            FROM companies c LEFT JOIN deal_parties p USING (company_id)
            GROUP BY ALL HAVING count(DISTINCT p.deal_id) > 0 ORDER BY deals DESC, company""")


EXPORT_FORMATS = {"csv": "(FORMAT csv, HEADER)", "json": "(FORMAT json, ARRAY true)", "parquet": "(FORMAT parquet)"}


def export(db, out: str, fmt: str) -> int:
    """Write deals_v to a file; returns the number of rows (a damaged database is refused, not half-copied)."""
    with store.connect(db, read_only=True, wait=LOCK_WAIT, check=True) as con:
        n = con.execute("SELECT count(*) FROM deals_v").fetchone()[0]
        con.execute(f"COPY (SELECT * FROM deals_v ORDER BY first_reported_at, deal_id) TO '{_quote(out)}' "
                    f"{EXPORT_FORMATS[fmt]}")
    return n


def _quote(path: str) -> str:
    return str(path).replace("'", "''")


# Reading a query's answer needs none of these: no other files, no extensions, no settings changed.
SANDBOX = {"enable_external_access": False, "autoinstall_known_extensions": False,
           "autoload_known_extensions": False, "lock_configuration": True}
READ_STATEMENTS = {"SELECT", "EXPLAIN"}


def read_sql(db, statement: str, allow_files: bool = False):
    """Run exactly one SELECT (or EXPLAIN) on a read-only, sandboxed connection.

    The sandbox bars other files, ATTACH, COPY, INSTALL/LOAD and SET; `allow_files` lets the query
    read local files (read_csv, read_parquet, glob), still with nothing but a SELECT allowed."""
    config = dict(SANDBOX, enable_external_access=allow_files)
    with store.connect(db, read_only=True, wait=LOCK_WAIT, config=config) as con:
        kind = _statement_kind(con, statement)
        if kind not in READ_STATEMENTS:
            raise DealsError(f"deals sql runs queries only (SELECT, WITH ... SELECT, EXPLAIN); "
                             f"a {kind} statement is refused")
        try:
            return store.query(con, statement)
        except DealsError as exc:
            if "disabled by configuration" in str(exc) and not allow_files:
                raise DealsError(f"{exc}; deals sql reads only the database unless --allow-files is given") from None
            raise


def _statement_kind(con, statement: str) -> str:
    import duckdb
    try:
        statements = con.extract_statements(statement)
    except duckdb.Error as exc:
        raise DealsError(f"SQL error: {str(exc).splitlines()[0]}") from None
    if len(statements) != 1:
        raise DealsError(f"deals sql takes exactly one statement, got {len(statements)}; "
                         f"run each on its own" if statements else "deals sql: the statement is empty")
    return statements[0].type.name


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
        sources = store.query(con, """
            SELECT s.source, s.last_success_at, s.last_failure_at, s.consecutive_failures, s.last_error,
                   count(DISTINCT h.url) FILTER (WHERE h.etag IS NOT NULL) AS pages_with_etag,
                   count(DISTINCT h.url) FILTER (WHERE h.last_modified IS NOT NULL) AS pages_with_last_modified
            FROM source_health s
            LEFT JOIN (SELECT DISTINCT source, url FROM fetches) f USING (source)
            LEFT JOIN http_cache h ON h.url = f.url
            GROUP BY ALL ORDER BY s.source""")
    size = sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*") if p.is_file())
    return {"runs": runs, "sources": sources, "size_bytes": size}


def flows(db, since: date | None = None, type_: str | None = None, min_usd: float | None = None):
    """The who-pays-whom flows (pipeline.graph.Flow), filtered."""
    from .graph import load_flows
    with store.connect(db, read_only=True, wait=LOCK_WAIT) as con:
        return load_flows(con, since, type_, min_usd)


def company_tree(db) -> list[dict]:
    """Every company that has deals or relatives, as a forest: {"company", "ticker", "country", "deals",
    "children": [...]}, largest groups first."""
    with store.connect(db, read_only=True, wait=LOCK_WAIT) as con:
        rows = con.execute("""
            SELECT c.company_id, c.name, c.parent_id, c.ticker, c.country, count(DISTINCT p.deal_id) AS deals
            FROM companies c LEFT JOIN deal_parties p USING (company_id) GROUP BY ALL""").fetchall()
    nodes = {cid: {"company": name, "ticker": ticker, "country": country, "deals": n, "children": []}
             for cid, name, _, ticker, country, n in rows}
    roots = []
    for cid, _, parent, *_ in sorted(rows, key=lambda r: r[1]):
        (nodes[parent]["children"] if parent in nodes and parent != cid else roots).append(nodes[cid])

    def total(node) -> int:
        node["group_deals"] = node["deals"] + sum(total(c) for c in node["children"])
        node["children"] = [c for c in node["children"] if c["group_deals"] > 0]  # relatives without deals: noise
        return node["group_deals"]
    keep = [r for r in roots if total(r) > 0]
    return sorted(keep, key=lambda r: (-r["group_deals"], r["company"]))


def set_parent(con, child: str, parent: str | None) -> tuple[str, str | None]:
    """Make `parent` the parent of `child` (None clears it); refuses a cycle. Returns the two names."""
    child_id, child_name = _resolve(con, child)
    if parent is None:
        con.execute("UPDATE companies SET parent_id = NULL WHERE company_id = ?", [child_id])
        return child_name, None
    parent_id, parent_name = _resolve(con, parent)
    if parent_id in group_members(con, child_id):
        raise DealsError(f"{parent_name} belongs to {child_name} already; a company cannot be its own ancestor")
    con.execute("UPDATE companies SET parent_id = ? WHERE company_id = ?", [parent_id, child_id])
    return child_name, parent_name
