"""HTTP and file fetching: one requests Session per run, robots.txt, politeness, caps, revalidation."""

from __future__ import annotations

import ipaddress
import logging
import random
import socket
import threading
import time
from contextlib import contextmanager
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

import requests
import urllib3
from protego import Protego

from .config import Settings
from .errors import FetchError
from .records import Page

LOGGER = logging.getLogger(__name__)
RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass
class Fetcher:
    """Fetches pages politely; `attempts` records every try for the `fetches` table."""

    settings: Settings = field(default_factory=Settings)
    session: requests.Session = field(default_factory=requests.Session)
    attempts: list[dict] = field(default_factory=list)
    _robots: dict = field(default_factory=dict)
    _gates: dict = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _local: threading.local = field(default_factory=threading.local)  # the source of this thread's fetch

    def __post_init__(self):
        self.session.headers["User-Agent"] = self.settings.user_agent
        adapter = requests.adapters.HTTPAdapter(pool_connections=16, pool_maxsize=max(16, self.settings.workers))
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.max_redirects = self.settings.max_redirects

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None,
              delay: float = 0.0, allow_private: bool = True, source: str | None = None) -> Page:
        """One document; raises FetchError with the reason when it cannot be had."""
        self._local.source = source
        if url.startswith("file:"):
            return self._fetch_file(url)
        scheme = urlsplit(url).scheme
        if scheme not in ("http", "https"):
            raise FetchError(f"{url}: only http, https and file URLs are fetched")
        if not allow_private and _is_private(url):
            raise FetchError(f"{url}: private or loopback address; set allow_private: true on the source to allow it")
        if self.settings.obey_robots and not self._allowed(url):
            self._record(url, None, 0, 0.0, "disallowed by robots.txt")
            raise FetchError(f"{url}: disallowed by robots.txt")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._with_retries(url, headers, delay)

    def _with_retries(self, url: str, headers: dict, delay: float) -> Page:
        last_error = ""
        gate = self._gate(url)
        for attempt in range(self.settings.retries + 1):
            started = time.monotonic()
            try:
                with gate.slot(self._crawl_delay(url, delay)):
                    page, wait = self._get(url, headers)
            except (requests.ConnectionError, requests.Timeout, requests.TooManyRedirects, FetchError) as exc:
                last_error = _short(exc)
                self._record(url, None, 0, time.monotonic() - started, last_error)
                if isinstance(exc, (requests.TooManyRedirects, FetchError)):
                    break
                wait = self.settings.backoff * (2 ** attempt) * (1 + random.random())
            else:
                self._record(url, page.status, len(page.content), time.monotonic() - started, None)
                if wait is None:
                    return page
                last_error = f"HTTP {page.status}"
            if attempt < self.settings.retries:
                time.sleep(min(wait, 30.0))
        raise FetchError(f"{url}: {last_error}")

    def _get(self, url: str, headers: dict) -> tuple[Page, float | None]:
        """One GET; the float is the wait before a retry, or None when the answer is final."""
        timeout = (self.settings.connect_timeout, self.settings.read_timeout)
        with self.session.get(url, headers=headers, timeout=timeout, stream=True) as resp:
            if resp.status_code in RETRY_STATUS:
                return _page(url, resp, b""), _retry_after(resp, self.settings.backoff)
            if resp.status_code == 304:
                return _page(url, resp, b"", not_modified=True), None
            if resp.status_code >= 400:
                raise FetchError(f"HTTP {resp.status_code}")
            body = _read_capped(resp, self.settings.max_bytes, time.monotonic() + self.settings.read_timeout * 3)
            return _page(url, resp, body), None

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        with self._gate(root).robots_lock:  # fetched once per host per run, even with many threads
            if root not in self._robots:
                try:
                    resp = self.session.get(root + "/robots.txt", timeout=(self.settings.connect_timeout, 10))
                    text = resp.text if resp.status_code == 200 else ""
                except requests.RequestException:
                    text = ""
                self._robots[root] = Protego.parse(text)
        return self._robots[root].can_fetch(url, self.settings.user_agent)

    def _gate(self, url: str) -> "HostGate":
        host = urlsplit(url).netloc
        with self._lock:
            if host not in self._gates:
                self._gates[host] = HostGate(self.settings.per_host)
            return self._gates[host]

    def _crawl_delay(self, url: str, delay: float) -> float:
        parts = urlsplit(url)
        robots = self._robots.get(f"{parts.scheme}://{parts.netloc}")
        crawl_delay = robots.crawl_delay(self.settings.user_agent) if robots else None
        return max(delay, crawl_delay or 0.0)

    def _fetch_file(self, url: str) -> Page:
        path = Path(unquote(urlsplit(url).path))
        try:
            size = path.stat().st_size
            if size > self.settings.max_bytes:
                raise FetchError(f"{path}: {size} bytes is over the {self.settings.max_bytes}-byte cap")
            data = path.read_bytes()
        except OSError as exc:
            raise FetchError(f"{path}: {exc.strerror}; check the path in sources.yaml") from None
        self._record(url, 200, len(data), 0.0, None)
        return Page(url, url, 200, data, "", fetched_at=datetime.now(timezone.utc))

    def annotate(self, url: str, reason: str) -> None:
        """Give the latest recorded attempt at `url` the reason its page was not used (a skip is no error of
        the fetch, but `fetches` should say why nothing came of it)."""
        with self._lock:
            for attempt in reversed(self.attempts):
                if attempt["url"] == url:
                    attempt["error"] = attempt["error"] or reason
                    return

    def _record(self, url, status, nbytes, seconds, error) -> None:
        self.attempts.append({"source": getattr(self._local, "source", None), "url": url, "status": status, "bytes": nbytes, "duration_ms": int(seconds * 1000),
                              "error": error, "fetched_at": datetime.now(timezone.utc)})


class HostGate:
    """Politeness for one host: at most `limit` requests in flight, and `gap` seconds between starts."""

    def __init__(self, limit: int):
        self.slots = threading.BoundedSemaphore(max(1, limit))
        self.robots_lock = threading.Lock()
        self._lock = threading.Lock()
        self._next_start = 0.0

    @contextmanager
    def slot(self, gap: float):
        with self.slots:
            with self._lock:
                start = max(time.monotonic(), self._next_start)
                self._next_start = start + gap
            wait = start - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            yield


def _page(url: str, resp: requests.Response, body: bytes, not_modified: bool = False) -> Page:
    return Page(url, resp.url, resp.status_code, body, resp.headers.get("Content-Type", ""),
                resp.headers.get("ETag"), resp.headers.get("Last-Modified"),
                datetime.now(timezone.utc), not_modified)


def _read_capped(resp: requests.Response, cap: int, deadline: float) -> bytes:
    """Read the body as it arrives, stopping at `cap` decoded bytes (so gzip bombs stop early too) or
    at the deadline (so a server that drips a byte at a time cannot hold the run)."""
    declared = resp.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > cap and not resp.headers.get("Content-Encoding"):
        raise FetchError(f"body of {declared} bytes is over the {cap}-byte cap (Settings.max_bytes)")
    chunks, total = [], 0
    while True:
        try:
            chunk = resp.raw.read1(65536, decode_content=True)  # whatever has arrived, up to 64 KiB
        except (urllib3.exceptions.HTTPError, OSError, zlib.error) as exc:
            raise FetchError(f"body could not be read: {_short(exc)}") from None
        if not chunk:
            break
        total += len(chunk)
        if total > cap:
            raise FetchError(f"body is over the {cap}-byte cap (Settings.max_bytes)")
        if time.monotonic() > deadline:
            raise FetchError("body arrived too slowly (read deadline passed)")
        chunks.append(chunk)
    return b"".join(chunks)


def _retry_after(resp: requests.Response, backoff: float) -> float:
    value = resp.headers.get("Retry-After", "")
    if value.isdigit():
        return float(value)
    return backoff * (1 + random.random())


def _is_private(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return False
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            return True
    return False


def _short(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    if isinstance(exc, zlib.error):
        return "corrupt compressed body"
    return text.splitlines()[0][:300]
