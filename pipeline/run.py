"""sources -> fetch -> parse -> extract -> store. The database is held only for short write batches."""

from __future__ import annotations

import json
import logging
import os
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from .config import Settings
from .errors import DealsError, FetchError, LockedError
from .extract import extract_deals
from .feeds import Entry, canonical_url, discover
from .fetch import Fetcher
from .nlp import build_nlp
from .parse import parse_article
from .records import Source
from . import store

LOGGER = logging.getLogger(__name__)


@dataclass
class RunSummary:
    run_id: str
    sources: int = 0
    articles_seen: int = 0
    articles_new: int = 0
    articles_unchanged: int = 0
    deals_new: int = 0
    failures: list[dict] = field(default_factory=list)
    status: str = "running"

    def to_dict(self) -> dict:
        return asdict(self)


@contextmanager
def ingest_lock(db_path: str | Path):
    """One ingest per database: a PID lock file beside it; a dead holder's lock is taken over."""
    lock = Path(f"{db_path}.ingest.lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(2):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            break
        except FileExistsError:
            pid = _read_pid(lock)
            if pid and _alive(pid):
                raise LockedError(f"{db_path}: another ingest (PID {pid}) is running; wait for it to finish "
                                  f"or stop it; the lock file is {lock}") from None
            LOGGER.warning("taking over the stale lock of process %s (%s)", pid, lock)
            lock.unlink(missing_ok=True)
    else:
        raise LockedError(f"{lock}: could not take the ingest lock; remove the file if no ingest runs")
    os.write(fd, str(os.getpid()).encode())
    os.close(fd)
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)


def _read_pid(lock: Path) -> int | None:
    try:
        return int(lock.read_text().strip() or 0) or None
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def ingest(sources: tuple[Source, ...], db_path: str | Path, settings: Settings | None = None,
           on_event: Callable[[str, dict], None] | None = None, nlp=None,
           should_stop: Callable[[], bool] = lambda: False) -> RunSummary:
    """Ingest every enabled source into the database; failures are recorded, not raised.

    `should_stop` is polled between articles: a graceful stop finishes the current article,
    records the run as 'stopped' and releases the lock."""
    emit = on_event or (lambda kind, data: None)
    summary = RunSummary(run_id=uuid.uuid4().hex[:12])
    with ingest_lock(db_path):
        _start_run(db_path, summary)
        nlp = nlp or build_nlp()
        fetcher = Fetcher(settings or Settings())
        try:
            for source in (s for s in sources if s.enabled):
                if should_stop():
                    break
                summary.sources += 1
                emit("source", {"name": source.name})
                _ingest_source(source, db_path, fetcher, nlp, summary, emit, should_stop)
        finally:
            summary.status = "stopped" if should_stop() else "partial" if summary.failures else "ok"
            _finish_run(db_path, summary, fetcher)
    return summary


def _ingest_source(source, db_path, fetcher, nlp, summary, emit, should_stop) -> None:
    try:
        with store.connect(db_path, read_only=True) as con:
            cached = con.execute("SELECT etag, last_modified FROM http_cache WHERE url = ?", [source.url]).fetchone()
        page = fetcher.fetch(source.url, *(cached or (None, None)), allow_private=True)
        entries = [Entry(source.url)] if source.kind in ("url", "file") else discover(source, page)
    except DealsError as exc:
        _fail(db_path, summary, source.name, source.url, str(exc))
        return
    emit("entries", {"name": source.name, "count": len(entries)})
    for entry in entries:
        if should_stop():
            return
        summary.articles_seen += 1
        emit("article", {"url": entry.url})
        try:
            page_ = page if source.kind in ("url", "file") else None
            _ingest_entry(source, entry, page_, db_path, fetcher, nlp, summary)
        except FetchError as exc:
            _fail(db_path, summary, source.name, entry.url, str(exc))
    _record_health(db_path, source.name, None)


def _ingest_entry(source, entry, page, db_path, fetcher, nlp, summary) -> None:
    url = canonical_url(entry.url)
    with store.connect(db_path, read_only=True) as con:
        cached = con.execute("SELECT etag, last_modified, content_hash FROM http_cache WHERE url = ?", [url]).fetchone()
    etag, last_modified, known_hash = cached or (None, None, None)
    if page is None:
        page = fetcher.fetch(entry.url, etag, last_modified, delay=source.delay, allow_private=source.allow_private)
    if page.not_modified:
        summary.articles_unchanged += 1
        return
    content_hash = store.sha1(page.content.decode("latin-1"))
    if known_hash == content_hash:  # servers without validators: the body hash decides
        summary.articles_unchanged += 1
        return
    article = parse_article(page.content, url, page.fetched_at, entry.published, _charset(page.content_type))
    if not article.text:
        raise FetchError(f"{entry.url}: {article.reason or 'no article text'}")
    deals = extract_deals(nlp, article.text, article.title, url)
    with store.connect(db_path) as con:
        new, added = store.save_article(con, article, source.name, deals, page.fetched_at)
        con.execute("INSERT OR REPLACE INTO http_cache VALUES (?, ?, ?, ?, ?)",
                    [url, page.etag, page.last_modified, content_hash, store._naive(page.fetched_at)])
    summary.articles_new += new
    summary.articles_unchanged += not new
    summary.deals_new += added


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset":
            return value.strip("\"' ")
    return None


def _fail(db_path, summary: RunSummary, source: str, url: str, error: str) -> None:
    LOGGER.warning("%s: %s", source, error)
    summary.failures.append({"source": source, "url": url, "error": error})
    _record_health(db_path, source, error)


def _record_health(db_path, source: str, error: str | None) -> None:
    now = store._now()
    with store.connect(db_path) as con:
        if error is None:
            con.execute("INSERT INTO source_health VALUES (?, ?, NULL, 0, NULL) ON CONFLICT (source) DO UPDATE SET "
                        "last_success_at = excluded.last_success_at, consecutive_failures = 0", [source, now])
        else:
            con.execute("INSERT INTO source_health VALUES (?, NULL, ?, 1, ?) ON CONFLICT (source) DO UPDATE SET "
                        "last_failure_at = excluded.last_failure_at, last_error = excluded.last_error, "
                        "consecutive_failures = source_health.consecutive_failures + 1", [source, now, error])


def _start_run(db_path, summary: RunSummary) -> None:
    with store.connect(db_path) as con:
        con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        con.execute("INSERT INTO runs (run_id, started_at, status, pid) VALUES (?, ?, 'running', ?)",
                    [summary.run_id, store._now(), os.getpid()])


def _finish_run(db_path, summary: RunSummary, fetcher: Fetcher) -> None:
    with store.connect(db_path) as con:
        con.executemany("INSERT INTO fetches VALUES (?, NULL, ?, ?, ?, ?, ?, ?)",
                        [[summary.run_id, a["url"], a["status"], a["bytes"], a["duration_ms"], a["error"],
                          store._naive(a["fetched_at"])] for a in fetcher.attempts])
        con.execute("UPDATE runs SET finished_at = ?, status = ?, articles_seen = ?, articles_new = ?, deals_new = ?, "
                    "failures = ?, summary = ? WHERE run_id = ?",
                    [store._now(), summary.status, summary.articles_seen, summary.articles_new, summary.deals_new,
                     len(summary.failures), json.dumps(summary.to_dict()), summary.run_id])

