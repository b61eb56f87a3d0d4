"""Backfill from WARC archives: one task per input file, Parquet shards out, one loader into DuckDB.

The task function is the same on a laptop and on a cluster: `process_warc(path, out_dir)` reads
the records, keeps HTML responses, parses and extracts (the prefilter skips most pages before
spaCy), and publishes `<stem>.articles.parquet` and `<stem>.deals.parquet` atomically (temporary
names, then rename; `<stem>.done` last). Only paths travel between scheduler and workers; each
worker process builds the nlp pipeline once. `run_backfill` maps the task over the inputs whose
shards are missing, on a local process pool or on a Dask cluster; `load_shards` imports finished
shards into DuckDB once each, merging deals exactly as ingestion does.
"""

from __future__ import annotations

import glob
import json
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

import duckdb

from . import dealdb, store
from .errors import DealsError
from .extraction import extract_many
from .feeds import canonical_url
from .parse import parse_article
from .records import Amount, Deal, Evidence, Party

LOGGER = logging.getLogger(__name__)
_NLP = None
MAX_RECORD_BYTES = 5_000_000


def _nlp():
    global _NLP
    if _NLP is None:
        from .nlp import build_nlp
        _NLP = build_nlp()
    return _NLP


def expand_inputs(patterns: Iterable[str]) -> list[Path]:
    """WARC paths from files and globs, sorted, each once."""
    paths: set[Path] = set()
    for pattern in patterns:
        matched = glob.glob(pattern) or ([pattern] if Path(pattern).exists() else [])
        if not matched:
            raise DealsError(f"{pattern}: no such WARC file; give paths or globs of .warc.gz files")
        paths.update(Path(p).resolve() for p in matched)
    return sorted(paths)


def shard_stem(path: Path, out_dir: Path) -> Path:
    name = path.name
    for suffix in (".gz", ".warc"):
        name = name.removesuffix(suffix)
    return out_dir / name


def iter_html(path: Path):
    """(url, html bytes, date) of each HTML response record; a broken gzip member ends the file early."""
    from warcio.archiveiterator import ArchiveIterator
    with open(path, "rb") as fh:
        try:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if not record.http_headers.get_statuscode().startswith("2"):
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in ctype:
                    continue
                body = record.content_stream().read(MAX_RECORD_BYTES + 1)
                if len(body) > MAX_RECORD_BYTES:
                    continue
                yield (record.rec_headers.get_header("WARC-Target-URI"), body,
                       record.rec_headers.get_header("WARC-Date"))
        except Exception as exc:  # noqa: BLE001 - warcio raises several kinds for corrupt members
            LOGGER.warning("%s: stopped reading at a broken record (%s)", path, exc)


def process_warc(path: str, out_dir: str) -> dict:
    """The task: one WARC file in, one published shard out; returns counts. Safe to run twice."""
    src, out = Path(path), Path(out_dir)
    stem = shard_stem(src, out)
    done = stem.with_suffix(".done")
    if done.exists():
        return json.loads(done.read_text())
    out.mkdir(parents=True, exist_ok=True)
    articles, deals, seen, records = [], [], set(), 0
    for url, body, when in iter_html(src):
        records += 1
        url = canonical_url(url or "")
        if url in seen:
            continue
        seen.add(url)
        fetched = _warc_date(when)
        art = parse_article(body, url, fetched)
        if not art.text:
            continue
        aid = store.sha1(art.canonical_url or url)
        articles.append((aid, url, art.canonical_url or url, art.title, art.published.replace(tzinfo=None)
                         if art.published else None, fetched.replace(tzinfo=None), art.text))
    found = extract_many(_nlp(), [(text, title, url) for _, url, _, title, _, _, text in articles])
    for (aid, *_), article_deals in zip(articles, found, strict=True):
        deals += [(aid, json.dumps(_deal_json(deal))) for deal in article_deals]
    counts = {"input": src.name, "records": records, "articles": len(articles), "deals": len(deals)}
    _publish(stem, articles, deals)
    tmp = done.with_suffix(".done.tmp")
    tmp.write_text(json.dumps(counts))
    os.replace(tmp, done)
    return counts


def _warc_date(raw: str | None) -> datetime:
    try:
        return datetime.fromisoformat((raw or "").replace("Z", "+00:00"))
    except ValueError:
        return datetime.now(timezone.utc)


def _deal_json(deal: Deal) -> dict:
    d = deal.to_dict()
    d["canonical"] = [p.canonical for p in deal.parties]
    return d


def _publish(stem: Path, articles: list[tuple], deals: list[tuple]) -> None:
    """Write both Parquet files under temporary names, then rename them into place."""
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE a (article_id VARCHAR, url VARCHAR, canonical_url VARCHAR, title VARCHAR, "
                "published_at TIMESTAMP, fetched_at TIMESTAMP, text VARCHAR)")
    con.execute("CREATE TABLE d (article_id VARCHAR, deal VARCHAR)")
    if articles:
        store.insert_rows(con, "a", articles, chunk=200)
    if deals:
        store.insert_rows(con, "d", deals, chunk=200)
    for table, kind in (("a", "articles"), ("d", "deals")):
        final = Path(f"{stem}.{kind}.parquet")
        tmp = Path(f"{stem}.{kind}.parquet.tmp")
        con.execute(f"COPY {table} TO '{_q(tmp)}' (FORMAT parquet)")
        os.replace(tmp, final)
    con.close()


def _q(path: Path) -> str:
    return str(path).replace("'", "''")


def pending(inputs: list[Path], out_dir: Path) -> list[Path]:
    """Inputs whose shard is not published yet (a rerun redoes only these)."""
    return [p for p in inputs if not shard_stem(p, out_dir).with_suffix(".done").exists()]


def run_backfill(inputs: list[Path], out_dir: Path, scheduler: str | None = None, workers: int | None = None,
                 on_done: Callable[[dict], None] | None = None) -> list[dict]:
    """Process the pending inputs on a local process pool, or on the Dask cluster at `scheduler`."""
    todo = pending(inputs, out_dir)
    if not todo:
        return []
    if scheduler:
        return _on_dask(todo, out_dir, scheduler, on_done)
    ctx = multiprocessing.get_context("spawn")
    results = []
    with ProcessPoolExecutor(workers or os.cpu_count() or 1, mp_context=ctx) as pool:
        futures = [pool.submit(process_warc, str(p), str(out_dir)) for p in todo]
        for future in as_completed(futures):
            results.append(future.result())
            if on_done:
                on_done(results[-1])
    return results


def _on_dask(todo: list[Path], out_dir: Path, scheduler: str, on_done) -> list[dict]:
    from dask.distributed import Client, as_completed as dask_completed
    results = []
    with Client(scheduler, timeout="30s") as client:
        futures = [client.submit(process_warc, str(p), str(out_dir), key=f"warc-{p.name}", retries=3, pure=False)
                   for p in todo]
        for future in dask_completed(futures):
            results.append(future.result())
            if on_done:
                on_done(results[-1])
    return results


def load_shards(db, out_dir: Path) -> dict:
    """Import every published shard not loaded yet, one transaction per shard; returns counts."""
    shards = sorted(out_dir.glob("*.done"))
    loaded = {"shards": 0, "articles": 0, "deals_new": 0}
    with store.connect(db) as con:
        for done in shards:
            stem = done.with_suffix("")
            if con.execute("SELECT 1 FROM backfill_shards WHERE shard = ?", [stem.name]).fetchone():
                continue
            articles, deals_new = _load_one(con, stem)
            loaded["shards"] += 1
            loaded["articles"] += articles
            loaded["deals_new"] += deals_new
    return loaded


def _load_one(con, stem: Path) -> tuple[int, int]:
    """One shard in one transaction: its new articles, then their deals through dealdb.save_deal."""
    articles_file = _q(Path(f"{stem}.articles.parquet"))
    deals_file = _q(Path(f"{stem}.deals.parquet"))
    con.execute("BEGIN")
    try:
        shard_ids = {r[0] for r in con.execute(f"SELECT article_id FROM read_parquet('{articles_file}')").fetchall()}
        stored = {r[0] for r in con.execute(
            f"SELECT article_id FROM articles WHERE article_id IN (SELECT article_id FROM read_parquet('{articles_file}'))"
        ).fetchall()}
        con.execute(
            "INSERT INTO articles SELECT article_id, url, canonical_url, 'backfill', title, published_at, fetched_at, "
            "sha1(coalesce(title, '') || chr(10) || text), NULL, [], text, ?, NULL "
            f"FROM read_parquet('{articles_file}') WHERE article_id NOT IN (SELECT article_id FROM articles)",
            [dealdb.EXTRACTOR_VERSION])
        added = shard_ids - stored  # an article ingest already stored keeps the deals ingest gave it
        rows = con.execute(f"SELECT d.article_id, d.deal, a.published_at, a.fetched_at FROM read_parquet("
                           f"'{deals_file}') d JOIN articles a USING (article_id) ORDER BY a.published_at").fetchall()
        fresh = sum(dealdb.save_deal(con, aid, _deal_from_json(json.loads(raw)), published or fetched)
                    for aid, raw, published, fetched in rows if aid in added)
        con.execute("INSERT INTO backfill_shards VALUES (?, ?, ?, ?)", [stem.name, store._now(), len(added), fresh])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(added), fresh


def _deal_from_json(d: dict) -> Deal:
    parties = tuple(Party(p["name"], p["role"], c) for p, c in zip(d["parties"], d.get("canonical", [])))
    a = d.get("amount")
    amount = Amount(a["value"], a["currency"], a["qualifier"], a["period"]) if a else None
    evidence = tuple(Evidence(e["sentence"], e["start"], e["end"], e.get("url", "")) for e in d.get("evidence", []))
    return Deal(d["type"], parties, amount, d.get("duration_months"), d.get("gpus"), d.get("power_mw"),
                d.get("status", "announced"), evidence, d.get("confidence", 0.5))
