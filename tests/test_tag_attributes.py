"""The parser's attribute ruler read by an index (pipeline/nlp/tag_attributes.py) sets what the model's own ruler
sets, token by token."""

import json

import pytest
import spacy

from conftest import SAMPLES, SHARED
from pipeline.nlp import _installed_name
from pipeline.nlp.slots import PARSER, load_parser
from pipeline.nlp.tag_attributes import TagAttributes
from pipeline.parse import parse_article

# sentences of our own that reach the ruler's rarer patterns: two-token forms, dependency labels, spaces
ODD = ("Ain't nothin' gonna stop y'all, and we gotta go. Let's see: c'mon, there is a deal and there were two.\n\n"
       "I gave it to you, and you gave it to me; it gets done. Did they do it? They had. "
       "She got hers, but he did not.\n"
       "Tarrow Capital said that, because Korvane Systems will pay   $40 million, those who want it can have it.")


def _reference():
    """The model's pipeline as load_parser builds it, with the model's own attribute ruler kept."""
    nlp = spacy.load(_installed_name(PARSER))
    ours = load_parser()
    nlp.tokenizer = ours.tokenizer
    for name in ("figure_norms", "name_norms", "dash_norms"):
        nlp.add_pipe(name, before="tok2vec")
    nlp.add_pipe("name_norms_reset", after="parser")
    return nlp


def _texts() -> list[str]:
    texts = [ODD]
    for page in sorted((SAMPLES / "pages").glob("*.html")):
        art = parse_article(page.read_bytes(), page.as_uri())
        texts.append(f"{art.title}\n\n{art.text}")
    truth = SHARED / "data" / "article-extraction" / "ground-truth.json"
    if truth.exists():  # real news bodies, when ../shared is beside the checkout (as in CI)
        texts += [v["articleBody"] for v in list(json.loads(truth.read_text(encoding="utf-8")).values())[:25]]
    return texts


def test_the_index_sets_what_the_model_ruler_sets():
    ours = load_parser()
    assert "tag_attributes" in ours.pipe_names and "attribute_ruler" not in ours.pipe_names
    ref = _reference()
    assert "attribute_ruler" in ref.pipe_names
    compared = 0
    for a, b in zip(ours.pipe(_texts()), ref.pipe(_texts())):
        assert [t.text for t in a] == [t.text for t in b]
        for x, y in zip(a, b):
            assert (x.pos_, str(x.morph), x.lemma_, x.tag_, x.dep_) == (y.pos_, str(y.morph), y.lemma_, y.tag_,
                                                                        y.dep_), (x.text, a.text[:80])
            compared += 1
    assert compared > 3000


def test_the_rarer_patterns_fire():
    doc = load_parser()(ODD)
    lemma = {t.lower_: t.lemma_ for t in doc}
    assert lemma["gon"] == "go" and lemma["na"] == "to"  # two-token patterns, the second token's attributes too
    assert lemma["ai"] == "be" and lemma["nothin'"] == "nothing"  # a regex on the next token; a regex on the form
    assert lemma["ta"] == "to" and lemma["'s"] == "us"
    assert any(t.pos_ == "SPACE" and t.tag_ == "_SP" for t in doc)


def test_a_pattern_it_cannot_read_keeps_the_model_ruler():
    nlp = spacy.load(_installed_name(PARSER))
    ruler = nlp.get_pipe("attribute_ruler")
    assert TagAttributes.from_ruler(ruler) is not None
    ruler.add([[{"LOWER": "deal"}, {"IS_PUNCT": True, "OP": "?"}]], {"LEMMA": "deal"})
    assert TagAttributes.from_ruler(ruler) is None


@pytest.mark.parametrize("value", [{"FUZZY": "deal"}, {"IN": ["a"], "NOT_IN": ["b"]}])
def test_an_operator_it_does_not_know_keeps_the_model_ruler(value):
    nlp = spacy.load(_installed_name(PARSER))
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": value}]], {"LEMMA": "deal"})
    assert TagAttributes.from_ruler(ruler) is None


def test_load_parser_keeps_the_model_ruler_when_the_index_cannot_read_it(monkeypatch):
    monkeypatch.setattr(TagAttributes, "from_ruler", classmethod(lambda cls, ruler: None))
    names = load_parser.__wrapped__().pipe_names  # a fresh pipeline, not the cached one
    assert "attribute_ruler" in names and "tag_attributes" not in names
