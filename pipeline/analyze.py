"""Page bytes -> (Article, deals): parse and extract, in this process or in a pool of worker processes.

Parsing and extraction hold the GIL, so threads cannot spread them over cores; a process pool
can. Each worker process builds the nlp pipeline once (initializer), and only bytes, strings and
records cross the process boundary.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime

from .extraction import extract_deals
from .nlp import build_nlp
from .parse import parse_article
from .records import Article, Deal

LOGGER = logging.getLogger(__name__)
_WORKER_NLP = None


def analyze(nlp, content: bytes, url: str, fetched_at: datetime | None, published: datetime | None,
            charset: str | None) -> tuple[Article, list[Deal]]:
    """Parse a page and extract its deals (no deals when the page has no article text)."""
    article = parse_article(content, url, fetched_at, published, charset)
    deals = extract_deals(nlp, article.text, article.title, url) if article.text else []
    return article, deals


def _init_worker(model: str | None, parent: int) -> None:
    """Build the nlp once; leave Ctrl-C to the parent (it stops the run); die with the parent."""
    global _WORKER_NLP
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent(parent)
    _WORKER_NLP = build_nlp(model)


def _exit_with_parent(parent: int) -> None:
    """A worker outlives a parent killed by SIGKILL (no cleanup runs there); so the kernel is asked to
    end it (Linux PR_SET_PDEATHSIG), and a watcher thread checks the parent everywhere else."""
    try:
        import ctypes
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the request above took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)
    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def _analyze_in_worker(*args) -> tuple[Article, list[Deal]]:
    return analyze(_WORKER_NLP, *args)


class Analyzer:
    """analyze() inline, or through `processes` worker processes once started with start_pool()."""

    def __init__(self, nlp, processes: int = 1, model: str | None = None):
        self.nlp, self.processes, self.model = nlp, processes, model
        self.pool: ProcessPoolExecutor | None = None

    def start_pool(self) -> None:
        if self.pool is None and self.processes > 1:
            ctx = multiprocessing.get_context("spawn")  # no fork of a process that runs threads
            self.pool = ProcessPoolExecutor(self.processes, mp_context=ctx, initializer=_init_worker,
                                            initargs=(self.model, os.getpid()))

    def __call__(self, *args) -> tuple[Article, list[Deal]]:
        if self.pool is None:
            return analyze(self.nlp, *args)
        try:
            return self.pool.submit(_analyze_in_worker, *args).result()
        except BrokenProcessPool:  # a worker died (out of memory, killed): the next article gets a new pool
            self.close()
            self.start_pool()
            raise

    def close(self) -> None:
        if self.pool is not None:  # every submitted article was waited for: nothing to cancel
            pool, self.pool = self.pool, None
            try:
                pool.shutdown(wait=True)
            except OSError as exc:  # a pool stopped while its workers were still starting: its wake-up pipe
                LOGGER.debug("worker pool shutdown: %s", exc)  # can be gone (EPIPE/EBADF); the workers exit anyway
