"""HTML page -> Article (title, date, authors, canonical URL, language, body text). Pure.

Body text: trafilatura (the best body F1 of the maintained extractors on the Zyte benchmark),
with the publisher's own JSON-LD articleBody when it is longer. Metadata: BeautifulSoup
over JSON-LD, og:/meta tags and <time>, in the precedence documented in `parse_published`.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from datetime import datetime, timedelta, timezone

import trafilatura
from bs4 import BeautifulSoup

from .records import Article

LOGGER = logging.getLogger(__name__)
MAX_HTML_BYTES = 5_000_000
DATE_META = ("article:published_time", "og:article:published_time", "datePublished", "pubdate",
             "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date")
URL_DATE_RE = re.compile(r"/(20\d\d)[/-](\d\d)[/-](\d\d)/")
RELATIVE_RE = re.compile(r"(\d+)\s+(minute|hour|day|week)s?\s+ago", re.I)


def decode_html(data: bytes | str, declared: str | None = None) -> str:
    """Bytes -> text: gunzip stray gzip, then the declared charset, then <meta charset>, then detection."""
    if isinstance(data, str):
        return data
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except OSError:
            return ""
    for enc in (declared, _meta_charset(data)):
        if enc:
            try:
                return data.decode(enc)
            except (LookupError, UnicodeDecodeError):
                continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes
        best = from_bytes(data[:200_000]).best()
        return str(best) if best else data.decode("latin-1")


def _meta_charset(data: bytes) -> str | None:
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.I)
    return m.group(1).decode("ascii", "ignore") if m else None


def parse_article(html: str | bytes, url: str, fetched_at: datetime | None = None,
                  feed_date: datetime | None = None, charset: str | None = None) -> Article:
    """The article in a page; an empty Article with a reason when the page holds none."""
    if not html:
        return Article(url=url, reason="empty page")
    if isinstance(html, bytes) and b"\x00" in html[:1024] and html[:2] != b"\x1f\x8b":
        return Article(url=url, reason="binary content, not HTML")
    text = decode_html(html, charset)
    if len(text) > MAX_HTML_BYTES:
        text = text[:MAX_HTML_BYTES]
    if not text.strip():
        return Article(url=url, reason="page has no text")
    try:
        soup = BeautifulSoup(text, "lxml")
    except Exception as exc:  # noqa: BLE001 - a broken page must never stop a run
        return Article(url=url, reason=f"unparseable HTML: {exc}")
    meta = _metadata(soup)
    body = _body(text, meta.get("body", ""))
    title = meta.get("title") or _strip_site_name(soup.title.get_text(" ", strip=True) if soup.title else "")
    return Article(
        url=url,
        title=title.strip(),
        text=body,
        published=parse_published(meta, url, fetched_at, feed_date),
        authors=tuple(meta.get("authors", ())),
        canonical_url=meta.get("canonical") or url,
        language=meta.get("language"),
        reason=None if body else "no article body found",
    )


def _body(html: str, jsonld_body: str) -> str:
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False,
                                   favor_precision=False, deduplicate=False) or ""
    except Exception as exc:  # noqa: BLE001
        LOGGER.debug("trafilatura failed: %s", exc)
        text = ""
    if jsonld_body and len(jsonld_body) > len(text) * 0.9:
        return jsonld_body.strip()
    if "\n" not in text.strip():
        paragraphs = _paragraphs(html)
        if len(paragraphs) > len(text) * 0.5:
            return paragraphs
    return text.strip()


def _paragraphs(html: str) -> str:
    """Fallback body: the <p> elements of <article> (or <main>, or the page), one per line."""
    soup = BeautifulSoup(html, "lxml")
    scope = soup.find("article") or soup.find("main") or soup.body or soup
    lines = [p.get_text(" ", strip=True) for p in scope.find_all("p")]
    return "\n".join(line for line in lines if len(line.split()) >= 4)


def _metadata(soup: BeautifulSoup) -> dict:
    meta: dict = {}
    for node in _jsonld_nodes(soup):
        if not isinstance(node, dict):
            continue
        kind = node.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(k and "Article" in str(k) or k == "BlogPosting" for k in kinds):
            continue
        meta.setdefault("title", node.get("headline") or "")
        meta.setdefault("jsonld_date", node.get("datePublished") or node.get("dateCreated"))
        meta.setdefault("body", node.get("articleBody") or "")
        meta.setdefault("authors", _authors(node.get("author")))
    tags = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        if key and tag.get("content") and key not in tags:
            tags[key] = tag["content"].strip()
    meta["tags"] = tags
    if not meta.get("title"):
        meta["title"] = tags.get("og:title") or tags.get("twitter:title") or ""
    if not meta.get("authors") and tags.get("author"):
        meta["authors"] = [tags["author"]]
    time_tag = soup.find("time", attrs={"datetime": True})
    meta["time"] = time_tag["datetime"] if time_tag else None
    link = soup.find("link", rel="canonical", href=True)
    meta["canonical"] = (link["href"] if link else None) or tags.get("og:url")
    html_tag = soup.find("html")
    meta["language"] = (html_tag.get("lang") if html_tag else None) or tags.get("og:locale")
    return meta


def _strip_site_name(title: str) -> str:
    """'Headline | Site' -> 'Headline'."""
    for sep in (" | ", " – ", " — ", " :: "):
        if sep in title:
            return title.rsplit(sep, 1)[0].strip()
    return title


def _jsonld_nodes(soup: BeautifulSoup):
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError):
            continue
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict) and "@graph" in item:
                yield from item["@graph"]
            else:
                yield item


def _authors(value) -> list[str]:
    if not value:
        return []
    items = value if isinstance(value, list) else [value]
    return [a.get("name", "") if isinstance(a, dict) else str(a) for a in items if a]


def parse_published(meta: dict, url: str, fetched_at: datetime | None = None,
                    feed_date: datetime | None = None) -> datetime | None:
    """Publication date, in this order: JSON-LD datePublished, meta tags, <time datetime>, the feed's
    date, a /YYYY/MM/DD/ URL; relative dates resolve against fetched_at. Never in the future."""
    now = fetched_at or datetime.now(timezone.utc)
    tags = meta.get("tags", {})
    candidates = [meta.get("jsonld_date"), *(tags.get(k.lower()) for k in DATE_META), meta.get("time")]
    for raw in candidates:
        when = parse_date(raw, now)
        if when:
            return when
    if feed_date and feed_date <= now:
        return feed_date
    m = URL_DATE_RE.search(url or "")
    if m:
        return parse_date("-".join(m.groups()), now)
    return None


def parse_date(raw: str | None, now: datetime) -> datetime | None:
    """ISO 8601 or 'N days ago' -> aware UTC datetime, or None (also for dates in the future)."""
    if not raw or not isinstance(raw, str):
        return None
    raw = raw.strip()
    rel = RELATIVE_RE.search(raw)
    if rel:
        n, unit = int(rel.group(1)), rel.group(2).lower()
        return now - timedelta(**{unit + "s": n})
    try:
        when = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        from email.utils import parsedate_to_datetime
        try:
            when = parsedate_to_datetime(raw)
        except (TypeError, ValueError):
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    when = when.astimezone(timezone.utc)
    return None if when > now + timedelta(hours=1) else when
