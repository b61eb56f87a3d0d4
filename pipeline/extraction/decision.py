"""Decision: keep or drop each drafted deal, by a small logistic model over the signals the rules leave.

The rules propose drafts (candidates.py, discourse.py); this stage gives each one a probability of being a deal
the guidelines would record, from features that name no company: the deal type, the trigger's frame, the status,
whether there is a figure and terms, how the parties were found (gazetteer, shape, slot of the parse), how many
other organisations and figures the sentence holds, where it stands in the passage, and a few words of hedging or
history. Drafts under the model's threshold are dropped; the probability becomes the deal's confidence.

The weights live in pipeline/data/decision.json, written by `make train` (pipeline/extraction/train.py, a
deterministic fit on the work split of ../shared/eval with its k-fold cross-validated score). Without the file, or
with rule `decision.model` switched off, or when training found that the model does not beat the rules alone in
cross-validation (the file then says `"use": false`), every draft is kept with the confidence its rule set.
"""

from __future__ import annotations

import json
import math
import re
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..nlp.context import words
from ..nlp.mentions import Sentence
from ..nlp.rules import hit, on
from .candidates import Draft

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "decision.json"

DEAL_TYPES = ("compute", "chips", "investment", "acquisition", "datacenter", "power", "partnership")
FRAMES = ("symmetric", "buyer_first", "seller_first", "investor_first", "investee_first", "acquirer_first",
          "target_first")
STATUSES = ("talks", "reported", "announced", "completed")

HEDGE = re.compile(rf"\b(?:{words('hedge_words')})\b", re.I)
HISTORY = re.compile(rf"\b(?:{words('history_words')}|in (?:19|20)\d\d)\b", re.I)
SPEECH = re.compile(rf"\b(?:{words('report_words')})\b", re.I)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def features(draft: Draft, index: int, n_sentences: int, same_sentence: int,
             mentions: dict[str, int] | None = None) -> dict[str, float]:
    """The draft's signals as numbers (binary, or scaled to about 0..1). No feature names a company."""
    sent: Sentence = draft.sentence
    text = sent.text
    parts = draft.rule.split("|")
    frame = parts[1] if len(parts) > 1 else ""
    f: dict[str, float] = {f"type={draft.type}": 1.0, f"frame={frame}": 1.0, f"status={draft.status}": 1.0}
    f["further_figure"] = float("further" in parts)
    f["earlier_agreement"] = float("earlier" in parts)
    amount = draft.amount
    f["amount"] = float(amount is not None)
    if amount is not None and amount.value:
        f["amount_log"] = min(max(math.log10(amount.value) - 6, 0.0), 6.0) / 6
        f["recurring"] = float(amount.period != "once")
        f["up_to"] = float(amount.qualifier != "exact")
    f["terms"] = float(any(draft.terms.get(k) for k in ("duration_months", "gpus", "power_mw")))
    keys = {o.key for o, _ in draft.parties}
    f["one_party"] = float(len(keys) == 1)
    f["three_parties"] = float(len(keys) >= 3)
    origins = [o.origin for o, _ in draft.parties]
    f["all_gazetteer"] = float(all(x == "gazetteer" for x in origins))
    f["slot_party"] = float(any(x.startswith("slot") for x in origins))
    f["shape_party"] = float(any(x.startswith("shape") or x == "maker" for x in origins))
    f["anaphora_party"] = float(any(x == "anaphora" for x in origins))
    f["repeat_party"] = float(any(x.startswith("repeat") for x in origins))
    f["unknown_kind"] = float(any(not o.kind for o, _ in draft.parties))
    f["other_orgs"] = min(len({o.key for o in sent.orgs} - keys), 3) / 3
    f["figures"] = min(len([m for m in sent.money if not m.excluded]), 4) / 4
    f["excluded_figures"] = float(any(m.excluded for m in sent.money))
    f["same_sentence"] = min(same_sentence - 1, 3) / 3
    f["length"] = min(len(text.split()), 80) / 80
    f["lead"] = float(index <= 1)
    f["position"] = index / max(n_sentences - 1, 1)
    f["parsed_frames"] = float(bool(sent.frames))
    # words of hedging, history and speech read outside the names ('Canada Pension Plan' hedges nothing)
    plain = _without_names(sent) if on("decision.words_outside_names") else text
    for key, rx in (("hedge", HEDGE), ("history", HISTORY), ("speech", SPEECH)):
        f[key] = float(bool(rx.search(plain)))
        if plain is not text and not f[key] and rx.search(text):
            hit("decision.words_outside_names")
    f["year"] = float(bool(YEAR.search(text)))
    f["quote"] = float(any(q in text for q in ('"', "“", "”")))
    if mentions is not None:  # in how many sentences of the passage the least-named party appears
        f["party_repeats"] = (min(mentions.get(k, 1) for k in keys) - 1) / 3 if keys else 0.0
        f["party_once"] = float(any(mentions.get(k, 1) == 1 for k in keys))
    trig = [t.start for t in sent.triggers]
    if trig and keys:  # in words between the party and the nearest trigger, not characters: names differ in length
        def words_between(a: int, b: int) -> int:
            lo, hi = sorted((a, b))
            return len(text[lo - sent.start:hi - sent.start].split())
        far = max(min(words_between(o.end if o.end <= t else o.start, t) for t in trig) for o, _ in draft.parties)
        f["party_distance"] = min(far / max(len(text.split()), 1), 1.0)
    return f


def _without_names(sent: Sentence) -> str:
    """The sentence with each organisation's name blanked out (the same length, so offsets hold)."""
    chars = list(sent.text)
    for o in sent.orgs:
        lo, hi = max(o.start - sent.start, 0), min(o.end - sent.start, len(chars))
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float
    use: bool = True  # False: cross-validation found the rules alone as good, the drafts are kept as they are

    def probability(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> Model | None:
    p = Path(path) if path else MODEL_PATH
    if not p.exists():
        return None
    raw = json.loads(p.read_text(encoding="utf-8"))
    try:
        return Model({str(k): float(v) for k, v in raw["weights"].items()}, float(raw["bias"]),
                     float(raw["threshold"]), bool(raw.get("use", True)))
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{p}: not a decision model ({exc}); rebuild it with `make train`") from exc


def draft_features(drafts: list[Draft], sentences: list[Sentence]) -> list[dict[str, float]]:
    order = {s.start: i for i, s in enumerate(sentences)}
    per_sentence: dict[int, int] = {}
    for d in drafts:
        per_sentence[d.sentence.start] = per_sentence.get(d.sentence.start, 0) + 1
    mentions: dict[str, int] = {}
    for s in sentences:
        for key in {o.key for o in s.orgs}:
            mentions[key] = mentions.get(key, 0) + 1
    return [features(d, order.get(d.sentence.start, 0), len(sentences), per_sentence[d.sentence.start], mentions)
            for d in drafts]


_model_override: list[Model | None] = []
_recorder: list[list] = []


@contextmanager
def using(model: Model | None):
    """Decide with this model (None: keep every draft) inside the block: how training scores a fold."""
    _model_override.append(model)
    try:
        yield
    finally:
        _model_override.pop()


@contextmanager
def recording():
    """Collect (drafts before the decision, sentences, names, url) of every text extracted inside the block."""
    seen: list = []
    _recorder.append(seen)
    try:
        yield seen
    finally:
        _recorder.pop()


def decide(drafts: list[Draft], sentences: list[Sentence], names: dict, url: str) -> list[Draft]:
    """The drafts the model keeps, each with its probability as confidence."""
    for seen in _recorder:
        seen.append((list(drafts), sentences, names, url))
    if not drafts or not on("decision.model"):
        return drafts
    model = _model_override[-1] if _model_override else load_model()
    if model is None or not model.use:
        return drafts
    kept, dropped = [], []
    for d, feats in zip(drafts, draft_features(drafts, sentences)):
        p = model.probability(feats)
        if not hit("decision.model", p < model.threshold):
            kept.append(replace(d, confidence=round(p, 3)))
        else:
            dropped.append(d)
    _figure_of_dropped_twin(kept, dropped)
    return kept


def _parties_key(d: Draft) -> tuple:
    return d.type, frozenset(o.key for o, _ in d.parties)


def _figure_of_dropped_twin(kept: list[Draft], dropped: list[Draft]) -> None:
    """'Bit Digital announced the acquisition of Enovum ... the Company acquired all of the stock of Enovum ... The
    purchase price consisted of CAD $62,750,000': a later sentence's figure went to the last draft (discourse.enrich),
    a retelling of the deal that the model drops; the kept draft of the same type and parties, with no figure of its
    own, takes it (the model judges the retelling, not the figure)."""
    for d in dropped:
        twin = next((k for k in kept if k.amount is None and _parties_key(k) == _parties_key(d)), None)
        if d.amount is not None and twin is not None:
            twin.amount = d.amount
