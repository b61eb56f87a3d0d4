"""Backfill: generated WARC files through a local pool and through a real Dask cluster on 127.0.0.1."""

import gzip
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline import backfill as bf
from pipeline import store

DEALS = [
    ("Anthropic will pay CoreWeave $2 billion for GPU cloud capacity over three years.", 2_000_000_000),
    ("Nebius signed a $3 billion agreement to provide Meta with computing capacity.", 3_000_000_000),
    ("Crusoe raised $600 million in a funding round led by Founders Fund.", 600_000_000),
]
NEWS = "The council approved a plan for new bicycle lanes. Work starts in spring and ends in autumn."


def _page(title: str, body: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><article><p>{body}</p><p>{NEWS}</p>"
            f"</article></body></html>").encode()


def write_warc(path: Path, index: int, broken_tail: bool = False) -> None:
    """Responses (deal pages, plain news, a duplicate URL), a non-HTML record and a request record."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        records = [(f"https://news.example/{index}/deal-{i}", _page(f"Deal {index}-{i}", text), "text/html")
                   for i, (text, _) in enumerate(DEALS)]
        records += [(f"https://news.example/{index}/story-{i}", _page(f"Story {index}-{i}", NEWS + f" Item {i}."),
                     "text/html; charset=utf-8") for i in range(5)]
        records.append((records[0][0], records[0][1], "text/html"))  # the same URL again
        records.append((f"https://news.example/{index}/logo.png", b"\x89PNG...", "image/png"))
        for url, body, ctype in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
        writer.write_record(writer.create_warc_record("https://news.example/x", "request",
                                                      payload=io.BytesIO(b"GET /x HTTP/1.1\r\n\r\n")))
    if broken_tail:
        with open(path, "ab") as fh:
            fh.write(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")[:-12])  # a truncated member


@pytest.fixture()
def warcs(tmp_path):
    folder = tmp_path / "warc"
    folder.mkdir()
    for i in range(4):
        write_warc(folder / f"news-{i}.warc.gz", i, broken_tail=(i == 3))
    return folder


def _snapshot(db):
    with store.connect(db, read_only=True) as con:
        articles = sorted(r[0] for r in con.execute("SELECT article_id FROM articles").fetchall())
        deals = sorted(con.execute("SELECT deal_id, type, amount_value, n_articles FROM deals").fetchall())
    return articles, deals


def test_local_pool_backfill_is_idempotent(warcs, tmp_path):
    out, db = tmp_path / "shards", tmp_path / "d.duckdb"
    inputs = bf.expand_inputs([str(warcs / "*.warc.gz")])
    results = bf.run_backfill(inputs, out, workers=2)
    assert sorted(r["input"] for r in results) == [p.name for p in inputs]
    assert all(r["articles"] == 8 for r in results)  # 3 deal pages + 5 stories; duplicate and PNG dropped
    first = bf.load_shards(db, out)
    assert first == {"shards": 4, "articles": 32, "deals_new": 3}  # the same three deals in every file
    articles, deals = _snapshot(db)
    assert len(articles) == 32 and [d[3] for d in deals] == [4, 4, 4]
    assert bf.run_backfill(inputs, out) == []  # every shard published: nothing to redo
    assert bf.load_shards(db, out) == {"shards": 0, "articles": 0, "deals_new": 0}
    assert _snapshot(db) == (articles, deals)


def test_a_missing_shard_is_redone_alone(warcs, tmp_path):
    out = tmp_path / "shards"
    inputs = bf.expand_inputs([str(warcs / "*.warc.gz")])
    bf.run_backfill(inputs, out, workers=2)
    (out / "news-2.done").unlink()
    assert [p.name for p in bf.pending(inputs, out)] == ["news-2.warc.gz"]
    assert [r["input"] for r in bf.run_backfill(inputs, out, workers=1)] == ["news-2.warc.gz"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(cmd, cwd):
    return subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


@pytest.fixture()
def cluster(tmp_path):
    dask = str(Path(sys.executable).parent / "dask")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [_start([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], tmp_path)]
    time.sleep(2)
    for _ in range(2):
        procs.append(_start([dask, "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                             "--host", "127.0.0.1"], tmp_path))
    from dask.distributed import Client
    with Client(address, timeout="30s") as client:
        client.wait_for_workers(2, timeout=60)
    yield address, procs
    for p in procs:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)


def test_dask_cluster_gives_the_same_database_as_a_local_pool(warcs, tmp_path, cluster):
    address, procs = cluster
    inputs = bf.expand_inputs([str(warcs / "*.warc.gz")])
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    bf.run_backfill(inputs, tmp_path / "local", workers=2)
    bf.load_shards(local_db, tmp_path / "local")
    results = bf.run_backfill(inputs, tmp_path / "dask", scheduler=address)
    assert len(results) == 4
    bf.load_shards(dask_db, tmp_path / "dask")
    assert _snapshot(dask_db) == _snapshot(local_db)


def test_losing_a_worker_mid_run_still_completes(warcs, tmp_path, cluster):
    address, procs = cluster
    many = tmp_path / "many"
    many.mkdir()
    for i in range(12):
        shutil.copy(warcs / f"news-{i % 3}.warc.gz", many / f"copy-{i}.warc.gz")
    inputs = bf.expand_inputs([str(many / "*.warc.gz")])
    killed = []

    def kill_one(_counts):
        if not killed:
            os.killpg(procs[1].pid, signal.SIGKILL)  # one of the two workers, after the first shard
            killed.append(True)
    results = bf.run_backfill(inputs, tmp_path / "out", scheduler=address, on_done=kill_one)
    assert killed and len(results) == 12
    assert bf.pending(inputs, tmp_path / "out") == []
