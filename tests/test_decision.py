"""The decision stage (pipeline/extraction/decision.py) and its training (pipeline/extraction/train.py)."""

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from pipeline.extraction import decision, extract_deals, train
from pipeline.nlp import rules

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"

PLAIN = "Orvanta Labs will pay Kestrel Compute $100 million for GPU capacity."
HEDGED = "Tessaline Systems could buy $40 million of chips from Marlowe Devices, people familiar said."


def _hedge_model(weight: float) -> decision.Model:
    return decision.Model({"hedge": weight}, bias=2.0, threshold=0.5)


def test_a_model_drops_the_drafts_it_finds_unlikely_and_its_probability_becomes_the_confidence(nlp):
    text = f"{PLAIN} {HEDGED}"
    with decision.using(_hedge_model(-6.0)):
        kept = extract_deals(nlp, text)
    with decision.using(None):
        everything = extract_deals(nlp, text)
    assert len(everything) == 2
    assert [d.parties[0].name for d in kept] == ["Orvanta Labs"]
    assert kept[0].confidence == pytest.approx(1 / (1 + np.exp(-2.0)), abs=1e-3)
    with decision.using(_hedge_model(-6.0)), rules.switched_off({"decision.model"}):
        assert len(extract_deals(nlp, text)) == 2
    with decision.using(_hedge_model(+6.0)):
        assert len(extract_deals(nlp, text)) == 2


def test_a_figure_told_later_of_a_retelling_the_model_drops_goes_to_the_deal_it_retells(nlp):
    """A later sentence's figure goes to the last draft (discourse.enrich); where the model drops that draft, a
    retelling of a deal drafted before (same type and parties), the kept draft with no figure of its own takes it."""
    text = ("Kelbit Digital announced the acquisition of Dravum Data. The company acquired all of the outstanding "
            "stock of Dravum Data. The purchase price was $62.75 million.")
    drop_anaphora = decision.Model({"anaphora_party": -9.0}, bias=2.0, threshold=0.5)
    with decision.using(None):
        drafts = extract_deals(nlp, text)
    assert [(d.type, d.amount.value if d.amount else None) for d in drafts] == [("acquisition", 62750000)]
    with decision.recording() as rec, decision.using(drop_anaphora):
        kept = extract_deals(nlp, text)
    (before, _, _, _), = rec
    assert [d.amount for d in before][0] is None and before[-1].amount.value == 62750000  # the retelling had it
    assert len(before) == 2 and [(d.parties[1].name, d.amount.value) for d in kept] == [("Dravum Data", 62750000)]


def test_the_trace_says_which_draft_the_model_dropped(nlp):
    trace: list = []
    with decision.using(_hedge_model(-6.0)):
        extract_deals(nlp, f"{PLAIN} {HEDGED}", trace=trace)
    drafts = [d for entry in trace for d in entry.get("drafts", [])]
    assert [d.get("dropped_by") for d in drafts] == [None, "decision.model"]
    assert drafts[0]["confidence"] == pytest.approx(0.881, abs=1e-3)


def test_no_feature_names_a_company(nlp):
    """The model sees how a deal is written and how its parties were found, never who is in it: the same sentence
    with other names of the same make gives the same features."""
    a = "Orvanta Labs will pay Kestrel Compute $100 million for GPU capacity over three years."
    b = a.replace("Orvanta", "Quelvar").replace("Kestrel", "Brisko")
    seen = []
    for text in (a, b):
        with decision.recording() as rec:
            extract_deals(nlp, text)
        (drafts, sentences, _, _), = rec
        seen.append(decision.draft_features(drafts, sentences))
    assert seen[0] == seen[1] and seen[0]


def test_the_shipped_model_loads_and_its_use_follows_its_own_cross_validation():
    decision.load_model.cache_clear()
    raw = json.loads(decision.MODEL_PATH.read_text(encoding="utf-8"))
    model = decision.load_model()
    assert model is not None and model.use == raw["use"]
    cv = raw["cross_validation"]
    gains = [cv["with_model"][h]["f1"] - cv["rules_only"][h]["f1"] for h in ("work", "work_renamed")]
    assert raw["use"] == (min(gains) > train.MIN_GAIN)
    assert set(model.weights) and all(not k[0].isupper() for k in model.weights)


def test_a_broken_model_file_is_refused_with_its_path_and_the_fix(tmp_path):
    bad = tmp_path / "decision.json"
    bad.write_text('{"weights": {"amount": "many"}}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"decision.json: not a decision model .*make train"):
        decision.load_model(str(bad))


def test_fit_is_deterministic_and_finds_a_predictive_signal():
    rng = np.random.default_rng(7)
    x = np.column_stack([rng.integers(0, 2, 400), rng.integers(0, 2, 400), np.ones(400)]).astype(float)
    y = ((x[:, 0] + rng.random(400) * 0.8) > 0.9).astype(float)  # the first column decides, the second is noise
    w1, w2 = train.fit(x, y), train.fit(x, y)
    assert np.array_equal(w1, w2)
    assert w1[0] > 2.0 and abs(w1[1]) < 0.5


PASSAGES = [  # written for this test: deals and non-deals in the shape of ../shared/eval
    ("t1", "Orvanta Labs will pay Kestrel Compute $100 million for GPU capacity.",
     [("compute", [("Orvanta Labs", "buyer"), ("Kestrel Compute", "seller")], 100e6)]),
    ("t2", "Quelvar Dynamics agreed to acquire Brisko Cloud for $2 billion.",
     [("acquisition", [("Quelvar Dynamics", "acquirer"), ("Brisko Cloud", "target")], 2e9)]),
    ("t3", "Marlowe Capital invested $50 million in Tessaline Systems.",
     [("investment", [("Marlowe Capital", "investor"), ("Tessaline Systems", "investee")], 50e6)]),
    ("t4", "Velora Power will sell 300 MW of electricity to Northwind Data for $90 million.",
     [("power", [("Velora Power", "seller"), ("Northwind Data", "buyer")], 90e6)]),
    ("t5", "Shares of Kestrel Compute rose 4% after Orvanta Labs said it could buy chips from it.", []),
    ("t6", "Halvern Energy had bought $30 million of turbines from Dranthos Works in 2019, filings show.", []),
    ("t7", "Oskarna Cloud signed a $700 million contract with Ildmark AI to supply GPU capacity.",
     [("compute", [("Ildmark AI", "buyer"), ("Oskarna Cloud", "seller")], 700e6)]),
    ("t8", "Corvessa Ventures led a $25 million round in Pennavar Robotics.",
     [("investment", [("Corvessa Ventures", "investor"), ("Pennavar Robotics", "investee")], 25e6)]),
]


def _eval_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "eval"
    folder.mkdir()
    shutil.copy(EVAL / "score.py", folder / "score.py")  # the unchanged scorer, read at run time
    lines = []
    for pid, text, deals in PASSAGES:
        recs = [{"type": t, "parties": [{"name": n, "role": r} for n, r in parties],
                 "amount": {"value": v, "currency": "USD", "qualifier": "exact", "period": "once"}}
                for t, parties, v in deals]
        lines.append(json.dumps({"id": pid, "text": text, "deals": recs}))
    (folder / "dev.jsonl").write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
    (folder / "dev_c.jsonl").write_text("\n".join(lines[4:]) + "\n", encoding="utf-8")
    return folder


def test_make_train_writes_the_same_file_from_the_same_data(tmp_path, capsys):
    folder = _eval_folder(tmp_path)
    outs = [tmp_path / "a.json", tmp_path / "b.json"]
    for out in outs:
        train.main(["--eval", str(folder), "--out", str(out), "--folds", "2"])
    a, b = (p.read_text(encoding="utf-8") for p in outs)
    assert a == b
    report = json.loads(a)
    assert report["cross_validation"]["folds"] == 2 and "work_renamed" in report["cross_validation"]["rules_only"]
    assert isinstance(report["use"], bool) and 0 < report["threshold"] < 1
    assert "cross_validation" in capsys.readouterr().out
