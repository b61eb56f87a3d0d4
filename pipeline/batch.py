"""`deals extract`: passages from a .jsonl, an .html page, or plain text -> guideline records."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator

from .errors import DealsError
from .extraction import extract_deals, extract_many
from .nlp import build_nlp
from .parse import parse_article


def extract_file(path: str, model: str | None = None, explain: bool = False) -> Iterator[dict]:
    """One {"id", "deals"} record per passage of `path` ('-' reads standard input as text); with `explain`,
    also "explain": per sentence, the rules that found each organisation, what was dropped and why, and the
    deals drafted with their rule."""
    nlp = build_nlp(model)
    if not explain:  # the candidate sentences of 256 passages parsed in one call (see extract_many)
        yield from _extract_batched(nlp, _passages(path))
        return
    for pid, text, title, url in _passages(path):
        trace: list = []
        deals = extract_deals(nlp, text, title, url, trace)
        yield {"id": pid, "deals": [d.to_dict() for d in deals], "explain": trace}


def _extract_batched(nlp, passages, batch: int = 256) -> Iterator[dict]:
    """Records of `passages` extracted `batch` at a time; a bad passage (DealsError) still lets every passage
    before it out first."""
    chunk: list = []
    failed = None
    while True:
        try:
            chunk.append(next(passages))
        except StopIteration:
            pass
        except DealsError as exc:
            failed = exc
        else:
            if len(chunk) < batch:
                continue
        found = extract_many(nlp, [(text, title, url) for _, text, title, url in chunk], batch)
        for (pid, *_), deals in zip(chunk, found, strict=True):
            yield {"id": pid, "deals": [d.to_dict() for d in deals]}
        if failed is not None:
            raise failed
        if len(chunk) < batch:
            return
        chunk = []


def _passages(path: str):
    if path == "-":
        yield "stdin", sys.stdin.buffer.read().decode("utf-8", errors="replace"), "", ""
        return
    p = Path(path)
    if not p.exists():
        raise DealsError(f"{path}: no such file")
    if p.suffix == ".jsonl":
        with p.open("rb") as fh:
            for n, raw in enumerate(fh, 1):
                yield from _passage(path, n, raw)
    elif p.suffix in (".html", ".htm"):  # bytes: parse_article finds the encoding
        art = parse_article(p.read_bytes(), p.resolve().as_uri())
        yield p.name, art.text, art.title, art.url
    else:
        yield p.name, p.read_text(encoding="utf-8", errors="replace"), "", ""


def _passage(path: str, n: int, raw: bytes):
    """The passage on line n of a .jsonl, or a DealsError naming the line and the fix."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DealsError(f"{path}:{n}: not UTF-8 (byte {exc.start}); save the file as UTF-8") from None
    if not line.strip():
        return
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DealsError(f"{path}:{n}: not JSON ({exc}); each line must be one passage object") from None
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        raise DealsError(f"{path}:{n}: each line must be an object with a 'text' string")
    title, url = rec.get("title"), rec.get("url")
    yield (str(rec.get("id", n)), rec["text"], title if isinstance(title, str) else "",
           url if isinstance(url, str) else "")
