"""News stories written for this project, every company an invented name, annotated by ../shared/eval/GUIDELINES.md
(party names in the shortest form the story uses, as the guidelines' annotators write them).

stories.jsonl (29 stories) was written to probe the extractor: wire copy, press releases, Indian, Korean, Japanese,
German and Gulf business news, funding news, analysis pieces with no deal; its errors were read and mended by rules
written for the phenomenon. stories_unread.jsonl (6 stories) was written after those mends and only its aggregate
was looked at. Scored by the unchanged ../shared/eval/score.py; floors in quality_floor.json."""

import importlib.util
import json
import os

import pytest

from conftest import ROOT, SHARED

FLOOR = json.loads((ROOT / "tests" / "quality_floor.json").read_text())
FIXTURES = ROOT / "tests" / "fixtures"


def _scorer():
    if not (SHARED / "eval" / "score.py").exists():
        if os.environ.get("CI"):
            pytest.fail("../shared/eval is missing beside the checkout; CI must have it")
        pytest.skip("../shared/eval is not beside the checkout")
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _result(extract, name: str) -> dict:
    scorer = _scorer()
    stories = [json.loads(line) for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines() if line]
    gold = {s["id"]: s for s in stories}
    pred = {s["id"]: {"id": s["id"], "deals": extract(s["text"], s.get("title") or "")} for s in stories}
    return scorer.score(gold, pred)[0]


@pytest.mark.parametrize("name, key", [("stories.jsonl", "stories_strict_f1"),
                                       ("stories_unread.jsonl", "stories_unread_strict_f1")])
def test_invented_stories_stay_above_the_floor(extract, name, key):
    result = _result(extract, name)
    assert result["strict"]["f1"] >= FLOOR[key], result
    clean, total = map(int, result["negatives_clean"].split("/"))
    assert clean == total, result  # every story without a deal stays without one


def test_stories_are_annotated_as_the_guidelines_say():
    """Each record carries the schema's fields, and every party name is written in its story."""
    for name in ("stories.jsonl", "stories_unread.jsonl"):
        for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
            story = json.loads(line)
            for deal in story["deals"]:
                assert deal["type"] in ("compute", "chips", "investment", "acquisition", "datacenter", "power",
                                        "partnership"), deal
                assert deal["status"] in ("talks", "reported", "announced", "completed"), deal
                for party in deal["parties"]:
                    assert party["name"] in story["text"], (story["id"], party)
