"""sources -> fetch -> parse -> extract -> store. The database is held only for short write batches."""

from __future__ import annotations

import json
import logging
import os
import time
import uuid
from datetime import datetime, timezone
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from .config import Settings
from .errors import DealsError, FetchError, LockedError
from .analyze import Analyzer
from .feeds import Entry, canonical_url, discover
from .fetch import Fetcher
from .nlp import build_nlp
from .records import Article, Page, Source
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
        settings = settings or Settings()
        analyzer = Analyzer(nlp or build_nlp(), settings.processes)
        fetcher = Fetcher(settings)
        cache = _load_cache(db_path)  # read once per run: this run is the only writer (the ingest lock)
        try:
            for source in (s for s in sources if s.enabled):
                if should_stop():
                    break
                summary.sources += 1
                emit("source", {"name": source.name})
                _ingest_source(source, db_path, fetcher, analyzer, summary, emit, should_stop, cache)
        finally:
            analyzer.close()
            summary.status = "stopped" if should_stop() else "partial" if summary.failures else "ok"
            _finish_run(db_path, summary, fetcher)
    return summary


@dataclass
class Outcome:
    """What became of one entry: fetched and parsed in a worker thread, extracted and stored by the caller."""

    url: str
    page: Page | None = None
    article: Article | None = None
    cache_row: tuple | None = None
    error: str | None = None
    deals: list = field(default_factory=list)
    guid: str | None = None


def _ingest_source(source, db_path, fetcher, analyzer, summary, emit, should_stop, cache: dict) -> None:
    try:
        page = fetcher.fetch(source.url, allow_private=True, source=source.name)
        entries = [Entry(source.url)] if source.kind in ("url", "file") else discover(source, page)
    except DealsError as exc:
        _fail(db_path, summary, source.name, source.url, str(exc))
        return
    emit("entries", {"name": source.name, "count": len(entries)})
    if len(entries) >= fetcher.settings.pool_from:
        analyzer.start_pool()
    given = page if source.kind in ("url", "file") else None
    batch = Batch(db_path, source.name, summary)
    with ThreadPoolExecutor(max_workers=fetcher.settings.workers) as pool:
        futures = [pool.submit(_fetch_and_analyze, source, e, given, cache, fetcher, analyzer, should_stop)
                   for e in entries]
        for future in as_completed(futures):
            if should_stop():  # finish what is in hand, start nothing new
                for f in futures:
                    f.cancel()
                break
            outcome = future.result()
            if outcome is None:
                continue
            summary.articles_seen += 1
            emit("article", {"url": outcome.url})
            _collect(outcome, summary, batch)
            batch.flush_if_due()
        batch.flush()
    for failure in batch.failures:
        _fail(db_path, summary, source.name, failure[0], failure[1])
    _record_health(db_path, source.name, None)


def _fetch_and_analyze(source, entry, page, cache, fetcher, analyzer, should_stop) -> Outcome | None:
    """Worker thread: fetch (conditionally), parse and extract one entry; None when the run is stopping."""
    if should_stop():
        return None
    url = canonical_url(entry.url)
    if page is None and entry.url.startswith("file:") and not (source.url.startswith("file:") or source.allow_private):
        return Outcome(url, error=f"{entry.url}: a remote source may not point at local files; "
                                  f"set allow_private: true on the source to allow it")
    etag, last_modified, known_hash, fetched_at = cache.get(url, (None, None, None, None))
    if page is None and _fresh(fetched_at, entry, fetcher.settings.revisit_after):
        return Outcome(url)  # stored recently and the feed shows no newer version: no request at all
    try:
        if page is None:
            page = fetcher.fetch(entry.url, etag, last_modified, delay=source.delay,
                                 allow_private=source.allow_private, source=source.name)
    except FetchError as exc:
        return Outcome(url, error=str(exc))
    if page.not_modified:
        return Outcome(url, page)
    kind = page.content_type.split(";")[0].strip().lower()
    if kind and not (kind.endswith(("html", "xml")) or kind == "text/plain"):
        return Outcome(url, error=f"{entry.url}: not an HTML page (Content-Type {kind}); skipped")
    content_hash = store.sha1(page.content.decode("latin-1"))
    if known_hash == content_hash:  # servers without validators: the body hash decides
        return Outcome(url, page)
    article, deals = analyzer(page.content, url, page.fetched_at, entry.published, _charset(page.content_type))
    if not article.text:
        return Outcome(url, error=f"{entry.url}: {article.reason or 'no article text'}")
    row = (url, page.etag, page.last_modified, content_hash, store._naive(page.fetched_at))
    return Outcome(url, page, article, row, deals=deals, guid=entry.guid)


def _collect(outcome: Outcome, summary: RunSummary, batch: "Batch") -> None:
    if outcome.error:
        batch.failures.append((outcome.url, outcome.error))
    elif outcome.article is None:
        summary.articles_unchanged += 1
    else:
        batch.items.append((outcome, outcome.deals))


class Batch:
    """Articles waiting to be written: one short connection per batch, one transaction per article."""

    def __init__(self, db_path, source: str, summary: RunSummary, size: int = 50, seconds: float = 2.0):
        self.db_path, self.source, self.summary = db_path, source, summary
        self.size, self.seconds = size, seconds
        self.items: list = []
        self.failures: list[tuple[str, str]] = []
        self.last = time.monotonic()

    def flush_if_due(self) -> None:
        if len(self.items) >= self.size or time.monotonic() - self.last >= self.seconds:
            self.flush()

    def flush(self) -> None:
        self.last = time.monotonic()
        if not self.items:
            return
        with store.connect(self.db_path) as con:
            for outcome, deals in self.items:
                new, added = store.save_article(con, outcome.article, self.source, deals, outcome.page.fetched_at,
                                                cache_row=outcome.cache_row, guid=outcome.guid)
                self.summary.articles_new += new
                self.summary.articles_unchanged += not new
                self.summary.deals_new += added
        self.items = []


def _load_cache(db_path) -> dict:
    """url -> (etag, last_modified, content_hash, fetched_at) of every stored page, read once per source."""
    with store.connect(db_path, read_only=True) as con:
        rows = con.execute("SELECT url, etag, last_modified, content_hash, fetched_at FROM http_cache").fetchall()
    return {url: (etag, lm, h, when) for url, etag, lm, h, when in rows}


def _fresh(fetched_at, entry: Entry, revisit_after: float) -> bool:
    if fetched_at is None or revisit_after <= 0:
        return False
    fetched = fetched_at.replace(tzinfo=timezone.utc)
    if entry.published is not None and entry.published > fetched:
        return False
    return (datetime.now(timezone.utc) - fetched).total_seconds() < revisit_after


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
        store.insert_rows(con, "fetches", [(summary.run_id, a.get("source"), a["url"], a["status"], a["bytes"],
                                            a["duration_ms"], a["error"], store._naive(a["fetched_at"]))
                                           for a in fetcher.attempts])
        con.execute("UPDATE runs SET finished_at = ?, status = ?, articles_seen = ?, articles_new = ?, deals_new = ?, "
                    "failures = ?, summary = ? WHERE run_id = ?",
                    [store._now(), summary.status, summary.articles_seen, summary.articles_new, summary.deals_new,
                     len(summary.failures), json.dumps(summary.to_dict()), summary.run_id])

