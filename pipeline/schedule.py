"""`deals watch`: poll each source on its own interval, with jitter, until told to stop."""

from __future__ import annotations

import logging
import random
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .errors import LockedError
from .records import Source
from .run import RunSummary, ingest

LOGGER = logging.getLogger(__name__)


@dataclass
class Due:
    source: Source
    at: float  # time.monotonic() when the source is next polled


def next_due(source: Source, default_every: float, jitter: float, now: float) -> float:
    """When a source is polled next: its own `every:` or the default, shifted by up to ±jitter of it."""
    every = source.every or default_every
    return now + every * (1 + random.uniform(-jitter, jitter))


def watch(sources: tuple[Source, ...], db_path: str | Path, every: float, stop: threading.Event,
          jitter: float = 0.1, on_run: Callable[[RunSummary], None] | None = None,
          run: Callable[..., RunSummary] = ingest, max_runs: int | None = None, **ingest_options) -> int:
    """Run ingests of the sources that are due until `stop` is set; returns the number of runs.

    Every source is due at start. A run that finds the database held by another ingest is skipped,
    not fatal: the next tick tries again."""
    enabled = [s for s in sources if s.enabled]
    queue = [Due(s, time.monotonic()) for s in enabled]
    runs = 0
    while not stop.is_set() and (max_runs is None or runs < max_runs):
        now = time.monotonic()
        due = [d for d in queue if d.at <= now]
        if due:
            try:
                summary = run(tuple(d.source for d in due), db_path, should_stop=stop.is_set, **ingest_options)
                runs += 1
                if on_run:
                    on_run(summary)
            except LockedError as exc:
                LOGGER.warning("skipping this tick: %s", exc)
            for d in due:
                d.at = next_due(d.source, every, jitter, time.monotonic())
        wait = max(0.0, min(d.at for d in queue) - time.monotonic()) if queue else every
        stop.wait(min(wait, 60.0))
    return runs
