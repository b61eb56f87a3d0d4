"""Shared fixtures: the nlp pipeline (built once), paths, and a loopback HTTP server."""

from __future__ import annotations

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
def extract(nlp):
    from pipeline.extract import extract_deals

    def run(text: str, title: str = "") -> list[dict]:
        return [d.to_dict() for d in extract_deals(nlp, text, title)]
    return run


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


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
