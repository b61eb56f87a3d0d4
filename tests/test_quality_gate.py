"""Quality gate: strict deal F1 on ../shared/eval/dev.jsonl stays at or above the pinned floor."""

import importlib.util
import json

import pytest

from conftest import ROOT, SHARED

FLOOR = json.loads((ROOT / "tests" / "quality_floor.json").read_text())


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(not (SHARED / "eval" / "dev.jsonl").exists(), reason="../shared/eval is not beside the checkout")
def test_dev_f1_stays_above_the_floor(extract):
    scorer = _scorer()
    gold = scorer.load(SHARED / "eval" / "dev.jsonl")
    pred = {pid: {"id": pid, "deals": extract(g["text"], g.get("title") or "")} for pid, g in gold.items()}
    result, _ = scorer.score(gold, pred)
    assert result["strict"]["f1"] >= FLOOR["strict_f1"], result
    clean, total = map(int, result["negatives_clean"].split("/"))
    assert clean >= FLOOR["negatives_clean"], result
