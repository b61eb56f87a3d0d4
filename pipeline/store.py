"""DuckDB edge: connect (waiting out short locks), migrate, upsert articles and deals, query."""

from __future__ import annotations

import hashlib
import logging
import re
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

import duckdb

from .errors import LockedError, StoreError
from .nlp.lexicon import fold_name, load_lexicon
from .records import STATUS_RANK, Article, Deal

LOGGER = logging.getLogger(__name__)
EXTRACTOR_VERSION = "1"
LOCK_RE = re.compile(r"lock|Conflicting", re.I)


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every bundled migration, in order."""
    folder = resources.files("db") / "migrations"
    out = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".sql"):
            version, _, slug = item.name.removesuffix(".sql").partition("_")
            out.append((int(version), slug, item.read_text(encoding="utf-8")))
    return out


@contextmanager
def connect(path: str | Path, read_only: bool = False, wait: float = 30.0):
    """A short-lived connection; waits up to `wait` s while another process holds the file."""
    path = str(path)
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    if read_only and path != ":memory:" and not Path(path).exists():
        raise StoreError(f"{path}: no database yet; run `deals ingest` first (or pass --db PATH)")
    deadline = time.monotonic() + wait
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(path, read_only=read_only)
            break
        except duckdb.IOException as exc:
            if not LOCK_RE.search(str(exc)):
                raise StoreError(f"{path}: cannot open the database: {exc}") from None
            if time.monotonic() >= deadline:
                holder = re.search(r"PID (\d+)", str(exc))
                who = f" by process {holder.group(1)}" if holder else ""
                raise LockedError(f"{path}: the database is held{who} (an ingest writing?); "
                                  f"retry in a moment, or raise the wait with DEALS_LOCK_WAIT") from None
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
    try:
        if not read_only:
            migrate(con)
        yield con
    finally:
        con.close()


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply pending migrations, each in one transaction with its schema_migrations row."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, "
                "applied_at TIMESTAMP)")
    done = {v for (v,) in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, name, sql in migrations():
        if version in done:
            continue
        con.execute("BEGIN")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, _now()])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    if applied:
        seed_companies(con)
    return applied


def seed_companies(con: duckdb.DuckDBPyConnection) -> None:
    """Load the gazetteer into companies and company_aliases (idempotent)."""
    lex = load_lexicon()
    rows, aliases = [], []
    for entry in lex.orgs:
        cid = fold_name(entry.name)
        rows.append((cid, entry.name, entry.kind))
        aliases += [(fold_name(f), f, cid) for f in entry.forms]
    con.executemany("INSERT INTO companies VALUES (?, ?, ?, FALSE) ON CONFLICT DO NOTHING", rows)
    con.executemany("INSERT INTO company_aliases VALUES (?, ?, ?) ON CONFLICT DO NOTHING", aliases)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _naive(when: datetime | None) -> datetime | None:
    return when.astimezone(timezone.utc).replace(tzinfo=None) if when else None


def deal_key(deal: Deal) -> str:
    """Stable identity of a deal across articles: type, parties with roles, amount."""
    parties = sorted(f"{fold_name(p.canonical or p.name)}:{p.role}" for p in deal.parties)
    a = deal.amount
    amount = f"{a.currency}:{a.period}:{a.value}" if a and a.value else "-"
    return sha1("|".join([deal.type, *parties, amount]))


def article_state(con, url: str) -> tuple[str, str] | None:
    """(article_id, content_hash) of a stored article, by canonical URL."""
    return con.execute("SELECT article_id, content_hash FROM articles WHERE article_id = ?", [sha1(url)]).fetchone()


def save_article(con, article: Article, source: str, deals: list[Deal], fetched_at: datetime,
                 cache_row: tuple | None = None) -> tuple[bool, int]:
    """Store one article, its deals and its page validators in one transaction; returns
    (article was new or changed, deals added)."""
    canonical = article.canonical_url or article.url
    aid = sha1(canonical)
    text_hash = sha1(article.title + "\n" + article.text)
    old = con.execute("SELECT content_hash FROM articles WHERE article_id = ?", [aid]).fetchone()
    if old and old[0] == text_hash:
        if cache_row:
            con.execute("INSERT OR REPLACE INTO http_cache VALUES (?, ?, ?, ?, ?)", list(cache_row))
        return False, 0
    con.execute("BEGIN")
    try:
        if cache_row:
            con.execute("INSERT OR REPLACE INTO http_cache VALUES (?, ?, ?, ?, ?)", list(cache_row))
        if old:
            _forget_article(con, aid)
        con.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [aid, article.url, canonical, source, article.title, _naive(article.published), _naive(fetched_at),
             text_hash, article.language, list(article.authors), article.text, EXTRACTOR_VERSION])
        added = sum(_save_deal(con, aid, deal, article.published or fetched_at) for deal in deals)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return True, added


def _forget_article(con, aid: str) -> None:
    """Remove an article's earlier version and the evidence it gave; drop deals left without any."""
    con.execute("DELETE FROM deal_evidence WHERE article_id = ?", [aid])
    orphans = "SELECT deal_id FROM deals WHERE deal_id NOT IN (SELECT deal_id FROM deal_evidence)"
    con.execute(f"DELETE FROM deal_parties WHERE deal_id IN ({orphans})")
    con.execute(f"DELETE FROM deals WHERE deal_id IN ({orphans})")
    con.execute("DELETE FROM articles WHERE article_id = ?", [aid])


def _save_deal(con, aid: str, deal: Deal, reported: datetime) -> bool:
    did = deal_key(deal)
    when = _naive(reported)
    old = con.execute("SELECT status FROM deals WHERE deal_id = ?", [did]).fetchone()
    a = deal.amount if deal.amount and deal.amount.value else None
    if old is None:
        con.execute("INSERT INTO deals VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [did, deal.type, a.value if a else None, a.currency if a else None, a.qualifier if a else None,
                     a.period if a else None, deal.duration_months, deal.gpus, deal.power_mw, deal.status,
                     deal.confidence, when, when, EXTRACTOR_VERSION])
        for p in deal.parties:
            cid = _company_id(con, p.canonical or p.name)
            con.execute("INSERT INTO deal_parties VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", [did, cid, p.name, p.role])
    else:
        status = deal.status if STATUS_RANK[deal.status] > STATUS_RANK[old[0]] else old[0]
        con.execute("UPDATE deals SET status = ?, first_reported_at = least(first_reported_at, ?), "
                    "last_reported_at = greatest(last_reported_at, ?), duration_months = coalesce(duration_months, ?), "
                    "gpus = coalesce(gpus, ?), power_mw = coalesce(power_mw, ?), confidence = greatest(confidence, ?) "
                    "WHERE deal_id = ?",
                    [status, when, when, deal.duration_months, deal.gpus, deal.power_mw, deal.confidence, did])
    for ev in deal.evidence:
        con.execute("INSERT INTO deal_evidence VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    [did, aid, ev.sentence, ev.start, ev.end, deal.status, deal.confidence])
    return old is None


def _company_id(con, name: str) -> str:
    """The company a name resolves to; a name outside the gazetteer becomes a discovered company."""
    key = fold_name(name)
    row = con.execute("SELECT company_id FROM company_aliases WHERE alias_key = ?", [key]).fetchone()
    if row:
        return row[0]
    con.execute("INSERT INTO companies VALUES (?, ?, 'other', TRUE) ON CONFLICT DO NOTHING", [key, name])
    con.execute("INSERT INTO company_aliases VALUES (?, ?, ?) ON CONFLICT DO NOTHING", [key, name, key])
    return key


def resolve_company(con, name: str) -> tuple[str, str] | None:
    """(company_id, display name) for a name or alias, folding case and suffixes."""
    row = con.execute("SELECT c.company_id, c.name FROM company_aliases a JOIN companies c USING (company_id) "
                      "WHERE a.alias_key = ?", [fold_name(name)]).fetchone()
    return tuple(row) if row else None


def suggest_companies(con, name: str, limit: int = 5) -> list[str]:
    """Known company names closest to `name` (for 'did you mean')."""
    rows = con.execute("SELECT DISTINCT c.name, jaro_winkler_similarity(lower(a.alias), lower(?)) AS s "
                       "FROM company_aliases a JOIN companies c USING (company_id) ORDER BY s DESC LIMIT ?",
                       [name, limit * 3]).fetchall()
    out: list[str] = []
    for n, _ in rows:
        if n not in out:
            out.append(n)
    return out[:limit]


def insert_rows(con, table: str, rows: list[tuple], chunk: int = 500) -> None:
    """Bulk insert: one multi-row VALUES statement per chunk (executemany runs row by row)."""
    for i in range(0, len(rows), chunk):
        part = rows[i:i + chunk]
        marks = "(" + ", ".join("?" * len(part[0])) + ")"
        con.execute(f"INSERT INTO {table} VALUES " + ", ".join([marks] * len(part)),
                    [v for row in part for v in row])


def query(con, sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
    """Run SQL; returns (column names, rows)."""
    try:
        cur = con.execute(sql, params or [])
    except duckdb.Error as exc:
        raise StoreError(f"SQL error: {exc}") from None
    cols = [d[0] for d in cur.description] if cur.description else []
    return cols, cur.fetchall()
