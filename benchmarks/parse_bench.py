"""Article-body quality and speed of pipeline.parse on the Zyte article-extraction benchmark.

usage: python benchmarks/parse_bench.py [--data ../shared/data/article-extraction] [--out preds.json]

Prints body F1 (the benchmark's metric, via ../shared/eval/score_articles.py), the share of
pages with a title and a date, and pages/s on one core (parse only, HTML already in memory).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.parse import parse_article  # noqa: E402


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_articles", shared / "eval" / "score_articles.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run(data: Path) -> dict:
    """Parse every page; returns predictions, metric dict and timings."""
    scorer = load_scorer(data.parents[1])
    truth, pages = scorer.load_pages(data)
    preds, titled, dated = {}, 0, 0
    started = time.perf_counter()
    for key, url, html in pages:
        art = parse_article(html, url)
        preds[key] = {"articleBody": art.text}
        titled += bool(art.title)
        dated += art.published is not None
    seconds = time.perf_counter() - started
    metrics = scorer.evaluate(truth, preds, n_bootstrap=200)
    return {"pages": len(pages), "f1": round(metrics["f1"], 4), "precision": round(metrics["precision"], 4),
            "recall": round(metrics["recall"], 4), "empty": metrics["n_empty_pred"],
            "title_share": round(titled / len(pages), 3), "date_share": round(dated / len(pages), 3),
            "pages_per_s": round(len(pages) / seconds, 1), "preds": preds}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "article-extraction")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    result = run(args.data)
    if args.out:
        args.out.write_text(json.dumps(result.pop("preds")))
    else:
        result.pop("preds")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
