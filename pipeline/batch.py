"""`deals extract`: passages from a .jsonl, an .html page, or plain text -> guideline records."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator

from .errors import DealsError
from .extract import extract_deals
from .nlp import build_nlp
from .parse import parse_article


def extract_file(path: str, model: str | None = None) -> Iterator[dict]:
    """One {"id", "deals"} record per passage of `path` ('-' reads standard input as text)."""
    nlp = build_nlp(model)
    for pid, text, title, url in _passages(path):
        deals = extract_deals(nlp, text, title, url)
        yield {"id": pid, "deals": [d.to_dict() for d in deals]}


def _passages(path: str):
    if path == "-":
        yield "stdin", sys.stdin.read(), "", ""
        return
    p = Path(path)
    if not p.exists():
        raise DealsError(f"{path}: no such file")
    if p.suffix == ".jsonl":
        with p.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise DealsError(f"{path}:{n}: not JSON ({exc}); each line must be one passage object") from None
                if "text" not in rec:
                    raise DealsError(f"{path}:{n}: missing 'text'")
                yield str(rec.get("id", n)), rec["text"], rec.get("title") or "", rec.get("url") or ""
    elif p.suffix in (".html", ".htm"):
        art = parse_article(p.read_bytes(), p.resolve().as_uri())
        yield p.name, art.text, art.title, art.url
    else:
        yield p.name, p.read_text(encoding="utf-8", errors="replace"), "", ""
