"""Shared fixtures: the nlp pipeline (built once), paths, and a loopback HTTP server."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import build_nlp
    return build_nlp()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """The bundled samples ingested once: (database path, the run summary)."""
    import json

    from typer.testing import CliRunner

    from cli import app
    db = tmp_path_factory.mktemp("demo") / "deals.duckdb"
    result = CliRunner().invoke(app, ["ingest", "--sources", str(SAMPLES / "sources.yaml"), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return db, json.loads(result.stdout)


@pytest.fixture(scope="session")
def extract(nlp):
    from pipeline.extraction import extract_deals

    def run(text: str, title: str = "") -> list[dict]:
        return [d.to_dict() for d in extract_deals(nlp, text, title)]
    return run


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class LoopbackHandler(http.server.BaseHTTPRequestHandler):
    """Base of the tests' loopback servers: quiet, with one way to answer."""

    def log_message(self, *args):
        pass

    def send_body(self, code: int, body: bytes, ctype: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serve(handler):
    """A threaded HTTP server on 127.0.0.1 for the block; yields the server."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def base_url(server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture()
def samples_server():
    """The samples/ folder served over HTTP on 127.0.0.1 (a real server, no network)."""
    handler = functools.partial(_QuietHandler, directory=str(SAMPLES))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
