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
from .records import Article, Page, Source
from . import store

# fetch, feeds, analyze and nlp (requests, feedparser, trafilatura, spaCy) are imported inside ingest(),
# after the lock is taken: a second ingest is refused, and a run row exists, before seconds of imports.

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
    error: str | None = None
    skipped: list[dict] = field(default_factory=list)
    alerts_sent: int = 0

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
           should_stop: Callable[[], bool] = lambda: False, alerts: tuple = ()) -> RunSummary:
    """Ingest every enabled source into the database; failures are recorded, not raised.

    `should_stop` is polled between articles: a graceful stop finishes the current article,
    records the run as 'stopped' and releases the lock. The run row ends as what happened:
    ok, partial (some sources or articles failed), stopped, or failed (with the error). Alert rules
    (`alerts`) get their events written with each article and delivered in the background."""
    emit = on_event or (lambda kind, data: None)
    summary = RunSummary(run_id=uuid.uuid4().hex[:12])
    with ingest_lock(db_path):
        _start_run(db_path, summary)
        fetcher = deliverer = None
        try:
            if alerts:
                from .alerts import Deliverer
                deliverer = Deliverer(db_path, alerts)
            from .analyze import Analyzer
            from .fetch import Fetcher
            from .nlp import build_nlp
            settings = settings or Settings()
            fetcher = Fetcher(settings)
            analyzer = Analyzer(nlp or build_nlp(), settings.processes)
            try:
                cache = _load_cache(db_path)  # read once per run: this run is the only writer (the ingest lock)
                for source in (s for s in sources if s.enabled):
                    if should_stop():
                        break
                    summary.sources += 1
                    emit("source", {"name": source.name})
                    _ingest_source(source, db_path, fetcher, analyzer, summary, emit, should_stop, cache,
                                   (alerts, deliverer))
            finally:
                analyzer.close()
            summary.status = "stopped" if should_stop() else "partial" if summary.failures else "ok"
        except KeyboardInterrupt:
            summary.status = "stopped"
            raise
        except BaseException as exc:
            summary.status, summary.error = "failed", f"{type(exc).__name__}: {exc}"
            raise
        finally:
            if deliverer is not None:  # what is due goes out now; the rest waits for the next run
                deliverer.close()
                summary.alerts_sent = deliverer.sent
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
    broken_hash: str | None = None  # the page fetched fine but parsing or extraction failed on it
    skipped: str | None = None  # not processed, with the reason (not a failure of the run)


MAX_ARTICLE_FAILURES = 3  # runs in a row an unchanged page may fail before it is skipped until it changes


@dataclass
class RunCache:
    """What the run reads once at start: stored validators and the pages that keep failing."""

    http: dict
    broken: dict  # url -> (content_hash, failures, last_error)


def _ingest_source(source, db_path, fetcher, analyzer, summary, emit, should_stop, cache: RunCache,
                   alerting: tuple = ((), None)) -> None:
    from .feeds import Entry, discover
    try:
        page = fetcher.fetch(source.url, allow_private=True, source=source.name)
        entries = [Entry(source.url)] if source.kind in ("url", "file") else discover(source, page)
    except DealsError as exc:
        _fail(db_path, summary, source.name, source.url, str(exc))
        return
    entries = _within_budget(entries, source.max_articles, cache.http, fetcher.settings.revisit_after)
    emit("entries", {"name": source.name, "count": len(entries)})
    if len(entries) >= fetcher.settings.pool_from:
        analyzer.start_pool()
    given = page if source.kind in ("url", "file") else None
    batch = Batch(db_path, source.name, summary, alerting=alerting)
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
            if outcome.skipped:
                LOGGER.warning("%s: %s", source.name, outcome.skipped)
                summary.skipped.append({"source": source.name, "url": outcome.url, "reason": outcome.skipped})
                continue
            summary.articles_seen += 1
            emit("article", {"url": outcome.url})
            _collect(outcome, summary, batch)
            batch.flush_if_due()
        batch.flush()
    for failure in batch.failures:
        _fail(db_path, summary, source.name, failure[0], failure[1])
    _record_health(db_path, source.name, None)


def _within_budget(entries: list, budget: int, http: dict, revisit_after: float) -> list:
    """`max_articles` counts requests, not entries: entries stored recently cost no request and are
    passed through (they are counted unchanged); of the rest, the first `budget` are fetched."""
    from .feeds import canonical_url
    kept, fetches = [], 0
    for entry in entries:
        fetched_at = http.get(canonical_url(entry.url), (None,) * 4)[3]
        if _fresh(fetched_at, entry, revisit_after):
            kept.append(entry)
        elif fetches < budget:
            kept.append(entry)
            fetches += 1
    return kept


def _fetch_and_analyze(source, entry, page, cache: RunCache, fetcher, analyzer, should_stop) -> Outcome | None:
    """Worker thread: fetch (conditionally), parse and extract one entry; None when the run is stopping."""
    from .feeds import canonical_url
    if should_stop():
        return None
    url = canonical_url(entry.url)
    if page is None and entry.url.startswith("file:") and not (source.url.startswith("file:") or source.allow_private):
        return Outcome(url, error=f"{entry.url}: a remote source may not point at local files; "
                                  f"set allow_private: true on the source to allow it")
    etag, last_modified, known_hash, fetched_at = cache.http.get(url, (None, None, None, None))
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
        reason = f"not an HTML page (Content-Type {kind}); skipped"
        fetcher.annotate(page.url, reason)
        return Outcome(url, error=f"{entry.url}: {reason}")
    content_hash = store.sha1(page.content.decode("latin-1"))
    if known_hash == content_hash:  # servers without validators: the body hash decides
        return Outcome(url, page)
    return _analyze(url, entry, page, content_hash, cache, fetcher, analyzer)


def _analyze(url, entry, page, content_hash, cache: RunCache, fetcher, analyzer) -> Outcome:
    """Parse and extract one fetched page; a failure is this article's, never the run's."""
    broken_hash, failures, last_error = cache.broken.get(url, (None, 0, None))
    if broken_hash == content_hash and failures >= MAX_ARTICLE_FAILURES:
        reason = (f"skipped: failed {failures} runs in a row ({last_error}); it is tried again when the page "
                  f"changes, or after `DELETE FROM article_failures WHERE url = '{url}'`")
        fetcher.annotate(page.url, reason)
        return Outcome(url, skipped=f"{entry.url}: {reason}")
    try:
        article, deals = analyzer(page.content, url, page.fetched_at, entry.published, _charset(page.content_type))
    except Exception as exc:  # noqa: BLE001 - any bug or bad input in one article must not stop the run
        LOGGER.debug("analysis of %s failed", url, exc_info=True)
        reason = f"parse/extract failed: {type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}"
        fetcher.annotate(page.url, reason)
        return Outcome(url, page, error=f"{entry.url}: {reason}", broken_hash=content_hash)
    if not article.text:
        return Outcome(url, error=f"{entry.url}: {article.reason or 'no article text'}")
    row = (url, page.etag, page.last_modified, content_hash, store._naive(page.fetched_at))
    return Outcome(url, page, article, row, deals=deals, guid=entry.guid)


def _collect(outcome: Outcome, summary: RunSummary, batch: "Batch") -> None:
    if outcome.error:
        batch.failures.append((outcome.url, outcome.error))
        if outcome.broken_hash:
            batch.broken.append((outcome.url, outcome.broken_hash, outcome.error))
    elif outcome.article is None:
        summary.articles_unchanged += 1
    else:
        batch.items.append((outcome, outcome.deals))


class Batch:
    """Articles waiting to be written: one short connection per batch, one transaction per article."""

    def __init__(self, db_path, source: str, summary: RunSummary, size: int = 50, seconds: float = 2.0,
                 alerting: tuple = ((), None)):
        self.db_path, self.source, self.summary = db_path, source, summary
        self.alerts, self.deliverer = alerting
        self.size, self.seconds = size, seconds
        self.items: list = []
        self.failures: list[tuple[str, str]] = []
        self.broken: list[tuple[str, str, str]] = []  # (url, content hash, error) to count in article_failures
        self.last = time.monotonic()

    def flush_if_due(self) -> None:
        if len(self.items) + len(self.broken) >= self.size or time.monotonic() - self.last >= self.seconds:
            self.flush()

    def flush(self) -> None:
        self.last = time.monotonic()
        if not self.items and not self.broken:
            return
        with store.connect(self.db_path) as con:
            for outcome, deals in self.items:
                new, added = store.save_article(con, outcome.article, self.source, deals, outcome.page.fetched_at,
                                                cache_row=outcome.cache_row, guid=outcome.guid, alerts=self.alerts)
                self.summary.articles_new += new
                self.summary.articles_unchanged += not new
                self.summary.deals_new += added
            if self.items:
                con.execute("DELETE FROM article_failures WHERE url IN (SELECT unnest(?::VARCHAR[]))",
                            [[o.url for o, _ in self.items]])
            for url, content_hash, error in self.broken:
                store.count_article_failure(con, url, self.source, content_hash, error)
        self.items, self.broken = [], []
        if self.deliverer is not None:
            self.deliverer.kick()


def _load_cache(db_path) -> RunCache:
    """Stored validators of every page and the pages that failed, read once per run."""
    # not read-only: within one process DuckDB refuses a read-only connection beside a writing one (the alerts)
    with store.connect(db_path) as con:
        rows = con.execute("SELECT url, etag, last_modified, content_hash, fetched_at FROM http_cache").fetchall()
        broken = con.execute("SELECT url, content_hash, failures, last_error FROM article_failures").fetchall()
    return RunCache({url: (etag, lm, h, when) for url, etag, lm, h, when in rows},
                    {url: (h, n, e) for url, h, n, e in broken})


def _fresh(fetched_at, entry, revisit_after: float) -> bool:
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
    LOGGER.info("%s: %s", source, error)  # the run's report lists every failure once
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
    with store.connect(db_path, check=True) as con:  # nothing is written into a damaged file
        con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        con.execute("INSERT INTO runs (run_id, started_at, status, pid) VALUES (?, ?, 'running', ?)",
                    [summary.run_id, store._now(), os.getpid()])


def _finish_run(db_path, summary: RunSummary, fetcher) -> None:
    try:
        _write_run_end(db_path, summary, fetcher.attempts if fetcher else [])
    except DealsError as exc:
        if summary.status != "failed":
            raise
        LOGGER.error("could not record the end of run %s: %s", summary.run_id, exc)  # keep the first error


def _write_run_end(db_path, summary: RunSummary, attempts: list[dict]) -> None:
    with store.connect(db_path) as con:
        store.insert_rows(con, "fetches", [(summary.run_id, a.get("source"), a["url"], a["status"], a["bytes"],
                                            a["duration_ms"], a["error"], store._naive(a["fetched_at"]))
                                           for a in attempts])
        con.execute("UPDATE runs SET finished_at = ?, status = ?, articles_seen = ?, articles_new = ?, deals_new = ?, "
                    "failures = ?, summary = ?, error = ? WHERE run_id = ?",
                    [store._now(), summary.status, summary.articles_seen, summary.articles_new, summary.deals_new,
                     len(summary.failures), json.dumps(summary.to_dict()), summary.error, summary.run_id])

