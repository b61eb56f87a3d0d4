"""The rule registry (pipeline/nlp/patterns/rules.yaml): every rule the extractor applies is registered with an
example sentence of our own; the example gives the stated deals, the rule applies in it, and switching the rule
off changes the result (or, for a gate, only what it costs)."""

import re
from pathlib import Path

import pytest

from pipeline.extraction import extract_deals
from pipeline.nlp import rules

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = rules.registry()


def _model_in_use() -> bool:
    from pipeline.extraction.decision import load_model
    model = load_model()
    return model is not None and model.use


def _deals(nlp, text, title=""):
    return [rules.summary(d) for d in extract_deals(nlp, text, title)]


@pytest.mark.parametrize("rule_id", sorted(REGISTRY))
def test_each_rule_does_what_its_example_shows(nlp, rule_id):
    rule = REGISTRY[rule_id]
    with rules.switched_off(rule.also_off), rules.tracking() as log:
        got = _deals(nlp, rule.example, rule.title)
    assert got == list(rule.expect), f"{rule_id}: example gives {got}"
    if rule.effect == "model" and not _model_in_use():
        # training chose the rules alone (the shipped file says so): the rule must then change nothing
        assert rule_id not in {r for _, r in log}
        with rules.switched_off({rule_id}):
            assert _deals(nlp, rule.example, rule.title) == got
        return
    assert rule_id in {r for _, r in log}, f"{rule_id} did not apply to its own example"
    with rules.switched_off({rule_id, *rule.also_off}):
        without = _deals(nlp, rule.example, rule.title)
    if rule.effect == "speed":
        assert without == got
    elif rule.without is not None:
        assert without == list(rule.without)
    else:
        assert without != got, f"switching {rule_id} off changes nothing in its example"


def test_the_code_and_the_registry_name_the_same_rules():
    source = "\n".join(p.read_text() for p in (ROOT / "pipeline").rglob("*.py"))
    used = set(re.findall(r"""\b(?:hit|on)\(\s*["']([a-z_]+\.[a-z_]+)["']""", source))
    assert used == set(REGISTRY), (sorted(used - set(REGISTRY)), sorted(set(REGISTRY) - used))
    assert {r.stage for r in REGISTRY.values()} == set(rules.STAGES)


def test_an_unknown_rule_id_is_an_error():
    with pytest.raises(KeyError, match="not in patterns/rules.yaml"):
        rules.on("roles.no_such_rule")
    with pytest.raises(ValueError, match="unknown rule id"):
        with rules.switched_off({"roles.no_such_rule"}):
            pass


def test_switching_off_lasts_only_for_its_block(nlp):
    text = "Velmorra will pay The Register $90 million for GPU capacity."
    before = _deals(nlp, text)
    with rules.switched_off({"mentions.media"}):
        assert rules.on("mentions.media") is False
        assert _deals(nlp, text) != before
    assert rules.on("mentions.media") and _deals(nlp, text) == before


@pytest.mark.parametrize("row, message", [
    ({"id": "roles.x", "stage": "type", "does": "d", "example": "e", "expect": []}, "must start with its stage"),
    ({"id": "roles.x", "stage": "roles", "example": "e", "expect": []}, "'does' and 'example' are required"),
    ({"id": "roles.x", "stage": "roles", "does": "d", "example": "e", "expect": "none"}, "lists of deals"),
    ({"id": "roles.x", "stage": "roles", "does": "d", "example": "e", "expect": [], "effect": "fast"}, "effect must"),
    ({"stage": "roles", "does": "d", "example": "e", "expect": []}, "needs an id"),
])
def test_a_malformed_registry_is_refused_with_the_rule_named(row, message):
    with pytest.raises(ValueError, match=message):
        rules.parse_rules({"rules": [row]})
    with pytest.raises(ValueError, match="id of its own"):
        ok = {"id": "roles.x", "stage": "roles", "does": "d", "example": "e", "expect": []}
        rules.parse_rules({"rules": [ok, dict(ok)]})
