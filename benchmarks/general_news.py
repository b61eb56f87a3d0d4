"""Deals read from general news: the pages of the article-extraction benchmark, not annotated for deals.

    python benchmarks/general_news.py            # counts (JSON): pages, pages with a deal, deals by type
    python benchmarks/general_news.py --list     # also each deal: page, type, parties, figure, evidence

../shared/data/article-extraction/ground-truth.json holds the true body text of 181 real news pages (politics,
technology, sport, culture): a few tell deals in the sense of the guidelines (a rescue investment, a stake bought),
most tell none. Every deal read there is a deal a reader of a general feed would see, so the list is where false
deals of kinds the annotated passages rarely show turn up (a person as a party, a word of a name taken for a
verb). It is read by people, not scored: there is no gold; the count of deals is a figure to watch, lower is not
always better.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PAGES = ROOT.parent / "shared" / "data" / "article-extraction" / "ground-truth.json"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--list", action="store_true", help="print every deal with its page and evidence")
    args = ap.parse_args()
    from pipeline.extraction import extract_many
    from pipeline.nlp import build_nlp
    pages = json.loads(PAGES.read_text(encoding="utf-8"))
    ids = sorted(pages)
    found = list(extract_many(build_nlp(), [(pages[k]["articleBody"], "", pages[k].get("url") or "") for k in ids]))
    if args.list:
        for k, deals in zip(ids, found):
            for d in deals:
                parties = ", ".join(f"{p.name} {p.role}" for p in d.parties)
                figure = f" | {d.amount.value:g} {d.amount.currency}" if d.amount else ""
                print(f"{k[:10]} {d.type}: {parties}{figure} | {d.evidence[0].sentence[:160]!r}")
    print(json.dumps({"pages": len(ids), "pages_with_a_deal": sum(1 for d in found if d),
                      "deals": sum(map(len, found)),
                      "by_type": dict(sorted(Counter(d.type for ds in found for d in ds).items()))}, indent=2))


if __name__ == "__main__":
    main()
