"""Discover article URLs in a source: RSS/Atom/RDF feeds, XML sitemaps, listing pages, single URLs."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser
from bs4 import BeautifulSoup
from lxml import etree

from .errors import FetchError
from .records import Page, Source

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Entry:
    url: str
    title: str = ""
    published: datetime | None = None
    guid: str | None = None
    summary: str = ""


def discover(source: Source, page: Page) -> list[Entry]:
    """The article entries a fetched source document lists, filtered by the source's keywords."""
    if source.kind in ("rss", "atom"):
        entries = _feed_entries(page)
    elif source.kind == "sitemap":
        entries = _sitemap_entries(page)
    elif source.kind == "page":
        entries = _listing_entries(page, source.selector or "a")
    else:
        entries = [Entry(page.url)]
    return [e for e in entries if _keep(source, e)]  # the run spends max_articles on requests, not entries


def canonical_url(url: str) -> str:
    """Drop the fragment and utm_* / tracking parameters; lowercase scheme and host."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(("utm_", "fbclid", "gclid", "mc_"))]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), ""))


def _keep(source: Source, entry: Entry) -> bool:
    hay = f"{entry.title} {entry.summary} {entry.url}".lower()
    if source.exclude and any(k.lower() in hay for k in source.exclude):
        return False
    return not source.keywords or any(k.lower() in hay for k in source.keywords)


def _feed_entries(page: Page) -> list[Entry]:
    parsed = feedparser.parse(page.content)
    if parsed.bozo and not parsed.entries:
        raise FetchError(f"{page.url}: not a readable feed ({parsed.get('bozo_exception')}); check the URL and kind")
    out = []
    for e in parsed.entries:
        link = e.get("link")
        if not link:
            continue
        when = e.get("published_parsed") or e.get("updated_parsed")
        published = datetime(*when[:6], tzinfo=timezone.utc) if when else None
        out.append(Entry(urljoin(page.url, link), e.get("title", ""), published, e.get("id"), e.get("summary", "")))
    return out


def _sitemap_entries(page: Page) -> list[Entry]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(page.content, parser)
    except etree.XMLSyntaxError as exc:
        raise FetchError(f"{page.url}: not a readable sitemap ({exc})") from None
    out = []
    for node in root.iter("{*}url", "{*}sitemap"):
        loc = node.findtext("{*}loc")
        if not loc:
            continue
        title = node.findtext(".//{*}title") or ""
        raw = node.findtext("{*}lastmod") or node.findtext(".//{*}publication_date")
        out.append(Entry(loc.strip(), title.strip(), _iso(raw)))
    return out


def _listing_entries(page: Page, selector: str) -> list[Entry]:
    soup = BeautifulSoup(page.content, "lxml")
    seen, out = set(), []
    for a in soup.select(selector):
        href = a.get("href") if a.name == "a" else (a.find("a") or {}).get("href")
        if not href:
            continue
        url = urljoin(page.final_url or page.url, href)
        if url not in seen:
            seen.add(url)
            out.append(Entry(url, a.get_text(" ", strip=True)))
    return out


def _iso(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        when = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)
