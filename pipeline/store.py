"""DuckDB edge: connect (waiting out short locks), migrate, upsert articles and deals, query."""

from __future__ import annotations

import logging
import re
import time
from contextlib import contextmanager
from functools import cache
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

import duckdb

from .errors import LockedError, StoreError
from .names import fold_name
from .records import Article, Deal

# dealdb (and through it fx and the pattern files) is imported where deals are written, not here: the
# read side (`deals company`, `deals sql`) needs none of it.

LOGGER = logging.getLogger(__name__)
LOCK_RE = re.compile(r"Could not set lock|Conflicting lock", re.I)
DAMAGED = ("it may be damaged (a copy cut short, a full disk): move it aside and restore a backup, "
           "or ingest into a new file with --db")


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
def connect(path: str | Path, read_only: bool = False, wait: float = 30.0, check: bool = False,
            config: dict | None = None):
    """A short-lived connection; waits up to `wait` s while another process holds the file.

    Any DuckDB error inside the block becomes a StoreError naming the file; `check` first makes sure
    the file holds every block its tables point at (a truncated file is refused before any write)."""
    path = str(path)
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    if read_only and path != ":memory:" and not Path(path).exists():
        raise StoreError(f"{path}: no database yet; run `deals ingest` first (or pass --db PATH)")
    deadline = time.monotonic() + wait
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(path, read_only=read_only, config=config or {})
            break
        except duckdb.Error as exc:
            if not LOCK_RE.search(str(exc)):
                fix = f"; {DAMAGED}" if _damaged(exc) or isinstance(exc, duckdb.IOException) else ""
                raise StoreError(f"{path}: cannot open the database ({_first_line(exc)}){fix}") from None
            if time.monotonic() >= deadline:
                holder = re.search(r"PID (\d+)", str(exc))
                who = f" by process {holder.group(1)}" if holder else ""
                raise LockedError(f"{path}: the database is held{who} (an ingest writing?); "
                                  f"retry in a moment, or raise the wait with DEALS_LOCK_WAIT") from None
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
    if read_only and path != ":memory:" and _behind(con):
        # a database from an older version: bring it up to date once (a short write), then read
        con.close()
        with connect(path, wait=wait, config=None):
            pass
        con = duckdb.connect(path, read_only=True, config=config or {})
    try:
        if check and path != ":memory:":
            check_health(con, path)
        if not read_only:
            migrate(con)
        yield con
    except duckdb.Error as exc:
        raise StoreError(f"{path}: {_first_line(exc)}; {DAMAGED}" if _damaged(exc) else
                         f"{path}: database error: {_first_line(exc)}") from None
    finally:
        con.close()


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


DAMAGE_RE = re.compile(r"Could not read enough bytes|not a valid DuckDB|corrupt|checksum|Failed to read", re.I)


def _damaged(exc: Exception) -> bool:
    return bool(DAMAGE_RE.search(str(exc)))


def check_health(con, path: str) -> None:
    """Refuse a file shorter than the last block its tables use (a truncated copy): reading it fails
    half-way, and writing into it would bury what is left."""
    block_size = con.execute("PRAGMA database_size").fetchone()[2]
    tables = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE NOT internal "
                                        "AND database_name = current_database()").fetchall()]
    last = -1
    for table in tables:
        (top,) = con.execute("SELECT max(greatest(block_id, coalesce(list_max(additional_block_ids), -1))) "
                             "FROM pragma_storage_info(?) WHERE persistent", [table]).fetchone()
        last = max(last, top if top is not None else -1)
    have = (Path(path).stat().st_size - HEADER_BYTES) // block_size
    if last >= have:
        raise StoreError(f"{path}: the file ends at block {have} but its tables use block {last}; {DAMAGED}")


HEADER_BYTES = 3 * 4096  # DuckDB's main header and two database headers precede the first block


@cache
def latest_version() -> int:
    """The newest bundled migration's version."""
    return max(v for v, _, _ in migrations())


def _behind(con) -> bool:
    try:
        (version,) = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
    except duckdb.Error:
        return True
    return (version or 0) < latest_version()


def schema_dump(con: duckdb.DuckDBPyConnection) -> str:
    """The schema as SQL text (tables, then views), for db/schema.sql."""
    tables = con.execute("SELECT sql FROM duckdb_tables() WHERE NOT internal ORDER BY table_name").fetchall()
    views = con.execute("SELECT sql FROM duckdb_views() WHERE NOT internal ORDER BY view_name").fetchall()
    body = "\n\n".join(sql.strip() for (sql,) in tables + views)
    return f"-- Generated by `python -m pipeline.store`; tests/test_store.py keeps it current.\n\n{body}\n"


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
    if USD_MIGRATION in applied:  # rates are data, not SQL: loaded once, then every stored amount converted
        from .fx import load_rates, refresh_usd
        load_rates(con)
        refresh_usd(con)
    return applied


USD_MIGRATION = 7


def seed_companies(con: duckdb.DuckDBPyConnection) -> None:
    """Load the gazetteer into companies and company_aliases (idempotent). A parent, country or ticker the
    database already has (set with `deals parent set`) is kept; one it lacks is filled from the gazetteer."""
    from .nlp.lexicon import load_lexicon
    lex = load_lexicon()
    rows, aliases = [], []
    for entry in lex.orgs:
        cid = fold_name(entry.name)
        rows.append((cid, entry.name, entry.kind, fold_name(entry.parent) if entry.parent else None, entry.country,
                     entry.ticker))
        aliases += [(fold_name(f), f, cid) for f in entry.forms]
    # multi-row inserts: executemany runs one statement per row (2.6 s for the gazetteer)
    con.execute("CREATE TEMP TABLE seed_companies (company_id VARCHAR, name VARCHAR, kind VARCHAR, parent_id VARCHAR, "
                "country VARCHAR, ticker VARCHAR)")
    con.execute("CREATE TEMP TABLE seed_aliases (alias_key VARCHAR, alias VARCHAR, company_id VARCHAR)")
    insert_rows(con, "seed_companies", rows)
    insert_rows(con, "seed_aliases", aliases)
    con.execute("INSERT INTO companies BY NAME SELECT DISTINCT ON (company_id) company_id, name, kind, FALSE AS "
                "discovered, parent_id, country, ticker FROM seed_companies ON CONFLICT (company_id) DO UPDATE SET "
                "parent_id = coalesce(companies.parent_id, excluded.parent_id), "
                "country = coalesce(companies.country, excluded.country), "
                "ticker = coalesce(companies.ticker, excluded.ticker)")
    # a gazetteer name is its own company's alias (Google Cloud was once an alias of Google)
    con.execute("INSERT INTO company_aliases SELECT DISTINCT ON (alias_key) * FROM seed_aliases "
                "ON CONFLICT (alias_key) DO UPDATE SET company_id = CASE WHEN excluded.alias_key = excluded.company_id "
                "THEN excluded.company_id ELSE company_aliases.company_id END")
    con.execute("DROP TABLE seed_companies")
    con.execute("DROP TABLE seed_aliases")


def sha1(text: str) -> str:
    """Hex sha1 of the text's UTF-8 bytes (article ids, content hashes)."""
    import hashlib
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _naive(when: datetime | None) -> datetime | None:
    return when.astimezone(timezone.utc).replace(tzinfo=None) if when else None


def save_article(con, article: Article, source: str, deals: list[Deal], fetched_at: datetime,
                 cache_row: tuple | None = None, guid: str | None = None, alerts: tuple = ()) -> tuple[bool, int]:
    """Store one article, its deals and its page validators in one transaction; returns
    (article was new or changed, deals added).

    One article, one row: by canonical URL; a feed GUID already stored under another URL is the
    same article in a new version (the old row and its evidence are replaced); the same text under
    another URL and GUID is a copy and is not stored again."""
    from . import dealdb
    canonical = article.canonical_url or article.url
    aid = sha1(canonical)
    text_hash = sha1(article.title + "\n" + article.text)
    old = con.execute("SELECT content_hash FROM articles WHERE article_id = ?", [aid]).fetchone()
    earlier = _earlier_versions(con, aid, guid)
    copy = not old and not earlier and con.execute(
        "SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1", [text_hash]).fetchone()
    if (old and old[0] == text_hash) or copy:
        if cache_row:
            con.execute("INSERT OR REPLACE INTO http_cache VALUES (?, ?, ?, ?, ?)", list(cache_row))
        return False, 0
    con.execute("BEGIN")
    try:
        if cache_row:
            con.execute("INSERT OR REPLACE INTO http_cache VALUES (?, ?, ?, ?, ?)", list(cache_row))
        for stale in ([aid] if old else []) + earlier:
            _forget_article(con, stale)
        con.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [aid, article.url, canonical, source, article.title, _naive(article.published), _naive(fetched_at),
             text_hash, article.language, list(article.authors), article.text, dealdb.EXTRACTOR_VERSION, guid])
        reported = _naive(article.published or fetched_at)
        events: list = []
        added = sum(dealdb.save_deal(con, aid, deal, reported, events) for deal in deals)
        if alerts:  # the outbox: events are stored with the deals that caused them, or not at all
            from .alerts import enqueue
            enqueue(con, events, alerts)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return True, added


def count_article_failure(con, url: str, source: str, content_hash: str, error: str) -> None:
    """One more failed run on this page; the count restarts when the page's content changed."""
    con.execute("INSERT INTO article_failures VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                "failures = CASE WHEN article_failures.content_hash = excluded.content_hash "
                "THEN article_failures.failures + 1 ELSE 1 END, content_hash = excluded.content_hash, "
                "last_error = excluded.last_error, last_failed_at = excluded.last_failed_at, source = excluded.source",
                [url, source, content_hash, error, _now()])


def _earlier_versions(con, aid: str, guid: str | None) -> list[str]:
    if not guid:
        return []
    rows = con.execute("SELECT article_id FROM articles WHERE guid = ? AND article_id <> ?", [guid, aid]).fetchall()
    return [r[0] for r in rows]


def _forget_article(con, aid: str) -> None:
    """Remove an article's earlier version and the evidence it gave; drop deals left without any."""
    from . import dealdb
    touched = [r[0] for r in con.execute("SELECT DISTINCT deal_id FROM deal_evidence WHERE article_id = ?",
                                         [aid]).fetchall()]
    con.execute("DELETE FROM deal_evidence WHERE article_id = ?", [aid])
    dealdb.refresh_reports(con, touched)
    orphans = "SELECT deal_id FROM deals WHERE deal_id NOT IN (SELECT deal_id FROM deal_evidence)"
    con.execute(f"DELETE FROM deal_parties WHERE deal_id IN ({orphans})")
    con.execute(f"DELETE FROM deal_status_history WHERE deal_id IN ({orphans})")
    con.execute(f"DELETE FROM deals WHERE deal_id IN ({orphans})")
    con.execute("DELETE FROM articles WHERE article_id = ?", [aid])


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
        if _damaged(exc):
            raise  # connect() names the file and the fix
        raise StoreError(f"SQL error: {_first_line(exc)}") from None
    cols = [d[0] for d in cur.description] if cur.description else []
    return cols, cur.fetchall()


if __name__ == "__main__":  # python -m pipeline.store  rewrites db/schema.sql
    out = Path(__file__).resolve().parents[1] / "db" / "schema.sql"
    with connect(":memory:") as mem:
        out.write_text(schema_dump(mem), encoding="utf-8")
    print(f"wrote {out}")
