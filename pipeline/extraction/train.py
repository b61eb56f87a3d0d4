"""Fit the decision model (decision.py) on the work split of ../shared/eval, with its k-fold cross-validated score.

    python -m pipeline.extraction.train            # `make train`: writes pipeline/data/decision.json
    python -m pipeline.extraction.train --dry-run  # the cross-validated figures only

Data: the work split of dev.jsonl + dev_c.jsonl (pipeline/evalsets.py) and its renamed copy, so that how a party
was found (a list, or only the parse) cannot stand in for whether the deal is real. The check split is never read.
Each draft the rules make is labelled by the unchanged scorer's own test: it is a deal when a gold deal of its
passage shares its parties and its amount. The model is an L2-regularised logistic regression fitted by Newton's
method (numpy, deterministic: same data, same file). Folds are by passage (an original and its renamed copy are
in the same fold); the threshold is the one that gives the best pooled out-of-fold strict F1, end to end
(drafts kept -> merged -> scored).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from ..evalsets import EVAL, load_passages, renamed, scorer, split_of
from . import decision
from .merging import finish

L2 = 1.0
MIN_GAIN = 0.005
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 15))


def fold_of(pid: str, k: int) -> int:
    return int(hashlib.sha1(pid.encode()).hexdigest()[8:16], 16) % k


def collect(nlp, passages: list[dict]) -> list[list]:
    """Per passage: its texts' (drafts before any decision, sentences, names, url)."""
    from . import extract_deals
    out = []
    with decision.using(None):
        for p in passages:
            with decision.recording() as seen:
                extract_deals(nlp, p["text"], p.get("title") or "", p.get("url") or "")
            out.append(list(seen))
    return out


def as_record(draft, names: dict) -> dict:
    return {"parties": [{"name": names.get(o.key, o.text)} for o, _ in draft.parties],
            "amount": draft.amount.to_dict() if draft.amount else None}


def labelled(passages: list[dict], records: list[list], score_mod) -> tuple[list[dict], list[int], list[int]]:
    """Features, label (1: the draft is a gold deal of its passage), passage index, for every draft."""
    feats, labels, where = [], [], []
    for i, (p, texts) in enumerate(zip(passages, records)):
        for drafts, sentences, names, _ in texts:
            for d, f in zip(drafts, decision.draft_features(drafts, sentences)):
                rec = as_record(d, names)
                labels.append(int(any(score_mod.parties_ok(g, rec) and score_mod.amount_ok(g, rec)
                                      for g in p["deals"])))
                feats.append(f)
                where.append(i)
    return feats, labels, where


def matrix(feats: list[dict], names: list[str]) -> np.ndarray:
    col = {n: j for j, n in enumerate(names)}
    x = np.zeros((len(feats), len(names) + 1))
    x[:, -1] = 1.0  # bias
    for i, f in enumerate(feats):
        for k, v in f.items():
            if k in col:
                x[i, col[k]] = v
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method; the bias (last column) is not penalised."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(100):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = x.T @ (x * (p * (1 - p))[:, None]) + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return w


def end_to_end(passages: list[dict], records: list[list], probs: dict, threshold: float | None, score_mod) -> dict:
    """Strict scores of the passages when drafts under the threshold are dropped (None: every draft kept, with
    its rule confidence, as without a model)."""
    gold, pred = {}, {}
    for i, (p, texts) in enumerate(zip(passages, records)):
        deals = []
        for t, (drafts, _, names, url) in enumerate(texts):
            if threshold is None:
                kept = drafts
            else:
                kept = [replace(d, confidence=round(pr, 3)) for d, pr in zip(drafts, probs[(i, t)]) if pr >= threshold]
            deals += [d.to_dict() for d in finish(kept, names, url)]
        gold[p["id"]] = p
        pred[p["id"]] = {"id": p["id"], "deals": deals}
    result, _ = score_mod.score(gold, pred)
    return {"f1": result["strict"]["f1"], "precision": result["strict"]["precision"],
            "recall": result["strict"]["recall"], "negatives_clean": result["negatives_clean"]}


def probabilities(records: list[list], w: np.ndarray, names: list[str], only: set[int] | None = None) -> dict:
    out = {}
    for i, texts in enumerate(records):
        if only is not None and i not in only:
            continue
        for t, (drafts, sentences, _, _) in enumerate(texts):
            if drafts:
                z = matrix(decision.draft_features(drafts, sentences), names) @ w
                out[(i, t)] = list(1 / (1 + np.exp(-np.clip(z, -30, 30))))
            else:
                out[(i, t)] = []
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=EVAL, help="folder of dev.jsonl, dev_c.jsonl and score.py")
    parser.add_argument("--out", type=Path, default=decision.MODEL_PATH)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--dry-run", action="store_true", help="print the cross-validated figures, write nothing")
    parser.add_argument("--model", default=None, help="spaCy pipeline for the parse (default en_core_web_sm)")
    args = parser.parse_args(argv)
    from ..nlp import build_nlp
    score_mod = scorer(args.eval)
    work = [p for p in load_passages(args.eval) if split_of(p["id"]) == "work"]
    passages = work + [renamed(p) for p in work]
    nlp = build_nlp(args.model)
    print(f"extracting drafts from {len(work)} work passages and their renamed copies ...", file=sys.stderr)
    records = collect(nlp, passages)
    feats, labels, where = labelled(passages, records, score_mod)
    names = sorted({k for f in feats for k in f})
    x, y, owner = matrix(feats, names), np.array(labels, float), np.array(where)
    fold = np.array([fold_of(passages[i]["id"], args.folds) for i in owner])
    oof: dict = {}
    for k in range(args.folds):
        w = fit(x[fold != k], y[fold != k])
        members = {i for i, p in enumerate(passages) if fold_of(p["id"], args.folds) == k}
        oof.update(probabilities(records, w, names, members))
    halves = {"work": list(range(len(work))), "work_renamed": list(range(len(work), len(passages)))}

    def scores(threshold):
        return {name: end_to_end([passages[i] for i in idx], [records[i] for i in idx],
                                 {(n, t): oof[(i, t)] for n, i in enumerate(idx) for t in range(len(records[i]))},
                                 threshold, score_mod) for name, idx in halves.items()}
    best = max(THRESHOLDS, key=lambda t: (round(end_to_end(passages, records, oof, t, score_mod)["f1"], 4), -t))
    cv = {"rules_only": scores(None), "with_model": scores(best)}
    # the model decides only where it generalises better than the rules alone: on the originals and the renamed
    gains = [cv["with_model"][h]["f1"] - cv["rules_only"][h]["f1"] for h in halves]
    use = min(gains) > MIN_GAIN
    w = fit(x, y)
    report = {
        "model": "logistic regression (L2 %.1f, Newton), features of pipeline/extraction/decision.py" % L2,
        "trained_on": f"work split of {', '.join(('dev.jsonl', 'dev_c.jsonl'))}: {len(work)} passages and their "
                      f"renamed copies; {len(y)} drafts, {int(y.sum())} of them gold deals",
        "use": use,
        "use_rule": f"decide only when the cross-validated strict F1 gains more than {MIN_GAIN} on both the work "
                    "split and its renamed copy",
        "threshold": best,
        "cross_validation": {"folds": args.folds, "by": "passage", **cv},
        "bias": round(float(w[-1]), 6),
        "weights": {n: round(float(v), 6) for n, v in zip(names, w[:-1])},
    }
    print(json.dumps({k: report[k] for k in ("trained_on", "use", "threshold", "cross_validation")}, indent=2))
    if not args.dry_run:
        args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        decision.load_model.cache_clear()
        print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
