"""Text -> deal records, in stages. Pure given the nlp pipeline: no network, no database.

    gates       which texts and sentences are read at all (regexes, no spaCy)      gates.py, nlp/slots.is_candidate
    mentions    organisations (names, shapes, slots of the parse), figures, triggers  nlp/mentions.py, nlp/slots.py
    type/terms  the deal type of a sentence, its status, its terms                  deal_type.py
    roles       who is buyer, seller, investor, investee, acquirer, target, partner  roles.py, frames.py
    candidates  one sentence's deals                                                candidates.py
    discourse   sentences that extend or add to the last deal                      discourse.py
    merging     one record per deal within the passage                              merging.py

Every decision with a name is a rule of `rules.yaml` (id, stage, an example sentence); `rules.on(id)` asks
whether it is switched on (all are, unless switched off to measure one: `deals extract --without ID`).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.language import Language

from ..nlp.lexicon import load_lexicon
from ..nlp.mentions import Sentence, read_sentences, resolve_anaphora
from ..nlp.slots import add_slot_orgs
from ..records import Deal
from .candidates import Draft, sentence_deals
from .discourse import (adds_investors, complete_round, earlier_agreement, enrich, list_item, opens_with_deal_noun,
                        refers_back, shortest_names)
from .gates import CHUNK_CHARS, split_text, with_title, worth_reading
from .merging import finish, merge_into

__all__ = ["extract_deals", "explain_sentences", "split_text", "worth_reading"]

LOGGER = logging.getLogger(__name__)


def extract_deals(nlp: Language, text: str, title: str = "", url: str = "", trace: list | None = None) -> list[Deal]:
    """Every deal a passage reports, each with its evidence sentence and a confidence. `trace`, when given,
    receives one entry per sentence that holds anything (see explain_sentences)."""
    full = with_title(text, title)
    if not worth_reading(full):
        if trace is not None:
            trace.append({"prefilter": "skipped: no deal word, or neither a figure nor a known name"})
        return []
    body_start = len(full) - len(text)
    if len(full) <= CHUNK_CHARS:
        return _extract_text(nlp, full, body_start, url, trace)
    deals: list[Deal] = []
    for offset, chunk in split_text(full, CHUNK_CHARS):
        if worth_reading(chunk):
            for deal in _extract_text(nlp, chunk, max(0, body_start - offset), url, trace):
                merge_into(deals, _shifted(deal, offset))
    return deals


def _shifted(deal: Deal, offset: int) -> Deal:
    return replace(deal, evidence=tuple(replace(e, start=e.start + offset, end=e.end + offset)
                                        for e in deal.evidence))


def _extract_text(nlp: Language, full: str, body_start: int, url: str, trace: list | None = None) -> list[Deal]:
    doc = nlp(full)
    lex = load_lexicon()
    products = [(p.start_char, p.end_char) for p in doc.spans.get("products", [])]
    dropped: dict | None = {} if trace is not None else None
    sentences = resolve_anaphora(add_slot_orgs(read_sentences(doc, lex), lex, products, dropped), lex)
    drafts: list[Draft] = []
    for i, sent in enumerate(sentences):
        if drafts and adds_investors(drafts[-1], sent, lex):
            continue
        if drafts:
            sent = list_item(sent, drafts[-1])
        if drafts and opens_with_deal_noun(sent, drafts[-1]):
            new = []
        else:
            new = sentence_deals(sent, lex) or (earlier_agreement(drafts[-1], sent) if drafts else [])
        if new:
            complete_round(new, drafts)
            drafts.extend(new)
        elif drafts and refers_back(sent, lex) and i > 0:
            enrich(drafts[-1], sent, lex)
    names = shortest_names(sentences, body_start)
    if trace is not None:
        trace += explain_sentences(sentences, drafts, dropped or {})
    return finish(drafts, names, url)


def explain_sentences(sentences: list[Sentence], drafts: list[Draft], dropped: dict) -> list[dict]:
    """Per sentence that holds anything: the organisations with the rule that found each, the phrases the slot
    finder dropped and the filter that dropped them, triggers, figures, and the deals drafted with their rule."""
    out = []
    for s in sentences:
        made = [d for d in drafts if d.sentence.start == s.start]
        if not (s.orgs or s.triggers or s.money or made or dropped.get(s.start)):
            continue
        out.append({
            "sentence": s.text.strip(), "start": s.start,
            "orgs": [{"text": o.text, "found_by": o.origin, "kind": o.kind} for o in s.orgs],
            "dropped": [{"text": t, "by": why} for t, why in dropped.get(s.start, [])],
            "triggers": [{"text": t.text, "type": t.type, "frame": t.frame} for t in s.triggers],
            "money": [m.text for m in s.money if not m.excluded],
            "drafts": [{"type": d.type, "rule": d.rule, "status": d.status,
                        "parties": [f"{o.text} ({r}, {o.origin})" for o, r in d.parties]} for d in made],
        })
    return out

