"""Text -> deal records. Pure given the nlp pipeline: no network, no database."""

from __future__ import annotations

import logging
import re
from functools import cache
from dataclasses import dataclass, field, replace

from spacy.language import Language

from .nlp.lexicon import Lexicon, load_lexicon
from .nlp.slots import add_slot_orgs
from .nlp.mentions import (OrgMention, Sentence, Trigger, cue_regexes, find_duration_months,
                           find_gpus, find_power_mw, read_sentences, resolve_anaphora)
from .records import STATUS_RANK, Amount, Deal, Evidence, Party

LOGGER = logging.getLogger(__name__)

# How strongly an organisation of each kind is the provider (seller) in a deal of each type.
SELLER_SCORE = {
    "compute": {"neocloud": 3, "cloud": 2, "datacenter": 1, "chips": 1},
    "chips": {"chips": 3, "hardware": 3, "telecom": 1},
    "datacenter": {"datacenter": 3, "neocloud": 2, "investor": 2, "cloud": 1, "power": 1},
    "power": {"power": 3, "datacenter": 0},
}
INVESTOR_SCORE = {"investor": 3, "cloud": 2, "chips": 2, "bigtech": 2, "hardware": 1, "telecom": 1}
FRAME_ROLES = {  # frame -> (role of the organisations before the trigger, role of those after)
    "investor_first": ("investor", "investee"),
    "investee_first": ("investee", "investor"),
    "acquirer_first": ("acquirer", "target"),
    "target_first": ("target", "acquirer"),
    "buyer_first": ("buyer", "seller"),
    "seller_first": ("seller", "buyer"),
}
TYPE_OF_ROLE = {"investor": "investment", "investee": "investment", "acquirer": "acquisition",
                "target": "acquisition"}
MAX_PARTIES = 8
RIVAL = re.compile(r"\b(?:rivals?|competitors?|competing|compete[sd]?|gap with|race (?:with|against|among|between)|peers?|"
                   r"(?:companies|firms|players|giants|labs) like|the likes of|customers|clients|users)"
                   r"(?:\s+(?:like|such as|including|from|with|against))?(?:\s*,?\s*(?:and\s+)?[\w'’.-]+){0,3}\s*,?\s*(?:and\s+)?$", re.I)
SEPARATE_FIGURE = re.compile(r"\b(?:followed by|and|plus|as well as|while|another|add-?on|expansion|on top of|then)\b|;",
                             re.I)
NOT_SEPARATE = re.compile(r"\b(?:total|combined|bringing|brings|if|would|could|valu\w*|including|of which|out of|"
                          r"up from|compared|than|versus|vs|per|each|rais\w*|revenue|debt|equity|share|shares|stake)\b|\(",
                          re.I)
NOT_SEPARATE_AFTER = re.compile(r"\s*(?:in total|total|combined|overall|in revenue|valuation)\b"
                                r"|[^.;,]{0,25}\b(?:if|should|would|could|were|options?)\b", re.I)
VIA = re.compile(r"\b(?:via|through)\s+$", re.I)
DEAL_NOUN = (r"(?:deal|agreement|contract|transaction|pact|partnership|investment|round|acquisition|lease|arrangement|"
             r"financing|funding|commitment|venture|fundraise|takeover|purchase|loi|letter of intent)s?")
OPENING_DEAL_NOUN = re.compile(rf"\W*(?:under\s+)?(?:the|this|that|its|their|such)\s+(?:[\w$€£.,'’-]+\s+){{0,5}}?{DEAL_NOUN}\b",
                               re.I)
EARLIER_AGREEMENT = re.compile(rf"\b(?:a|an|the|its)\s+(?:previous|earlier|prior|initial|first|separate|existing|second|"
                               rf"original)\s+(?:[\w$€£.,-]+\s+){{0,4}}?{DEAL_NOUN}\b", re.I)
NOUN_MARKERS = {"a", "an", "the", "this", "that", "its", "their", "power", "energy", "share", "asset", "stock", "new"}
TYPED_FRAMES = ("investor_first", "investee_first", "acquirer_first", "target_first")
STRONG_VERBS = {"purchasing", "buying", "leasing", "supplying", "selling", "signed", "signs", "inks", "inked", "agreed", "agrees", "strikes", "struck", "supply", "supplies",
                "supplied", "sell", "sells", "sold", "buy", "buys", "bought", "purchase", "purchases", "purchased",
                "lease", "leases", "leased", "pay", "pays", "paid", "contracted", "ordered", "orders", "procure",
                "procured", "reserve", "reserved", "tapped", "taps", "commits", "committed"}
LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|&|—|–|:|,?\s*as well as)\s*(?:[\w’'-]+[\s—–:]+){0,6}?", re.I)
LIST_STOP = re.compile(r"\b(?:from|with|by|for|in|on|at|via|through|to|which|that|who)\b", re.I)
PARTNER_OBLIQUE = re.compile(r"\b(?:from|by|like|than|versus|vs\.?|against|of|to)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
ISSUER = re.compile(r"(?:['’]s)?\s+(?:common\s+)?(?:shares|stock|stocks|share price|market value)\b", re.I)
RIVAL_LIST = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|&)\s*(?:[\w’'-]+['’]s\s+)?", re.I)
NOUN_TYPE = {"acquisition": "acquisition", "takeover": "acquisition", "buyout": "acquisition", "merger": "acquisition",
             "investment": "investment", "stake": "investment", "round": "investment", "funding": "investment",
             "financing": "investment", "fundraise": "investment", "lease": "datacenter", "leases": "datacenter",
             "joint": "partnership", "partnership": "partnership", "ppa": "power"}
FIGURE_NOUN = re.compile(r"[\s,-]*(?:[\w-]+[\s,]+){0,2}?(" + "|".join(NOUN_TYPE) + r")\b", re.I)
AIM = re.compile(r"\b(?:aims?|aiming|hopes?|hoping)\s+to\s+$", re.I)
BACKGROUND = re.compile(r"\bhad (?:already )?(?:raised|invested|received|secured|acquired|bought)\b", re.I)
REPORTED_SPEECH = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|disclosed|stated)\b", re.I)
ROUND_FOR = re.compile(r"\b(?:for|in|into)\s+(?:[\w-]+\s+){0,3}$", re.I)
ROUND_REF = re.compile(r"\b(?:this|the|that|its)\s+(?:[\w-]+\s+){0,2}?(?:round|funding|fundraise|fundraising|raise)\b",
                       re.I)
LIST_ITEM = re.compile(r"\s*(?:[•·*▪►-]|\d+[.)])\s*[^:\n]{2,60}?:\s")
OBLIQUE = re.compile(r"\b(?:from|of|by|like|including|than|as|such as|to|versus|vs\.?|against|between)\s+(?:[\w'’-]+\s+){0,3}$",
                     re.I)
PRODUCT_NOUN = re.compile(r"['’]?s?\s*(?:[\w-]+\s+){0,2}?(?:gpus?|chips?|processors?|accelerators?|servers?|systems|"
                          r"shares|stock|stake|equity|capacity|hardware|products?|power|energy|electricity)\b", re.I)
OBJECT_BREAK = re.compile(r"\b(?:from|with|for|to|in|on|at|capacity|power|chips|gpus|energy|stake|shares)\b", re.I)


@dataclass
class Draft:
    """A deal being assembled; becomes a frozen Deal at the end."""

    type: str
    parties: list[tuple[OrgMention, str]]
    amount: Amount | None
    sentence: Sentence
    status: str
    confidence: float
    rule: str
    terms: dict = field(default_factory=dict)
    alternates: tuple = ()


CHUNK_CHARS = 100_000  # longer texts are read in pieces cut at line or sentence ends (spaCy refuses >1M)


def extract_deals(nlp: Language, text: str, title: str = "", url: str = "", trace: list | None = None) -> list[Deal]:
    """Every deal a passage reports, each with its evidence sentence and a confidence. `trace`, when given,
    receives one entry per sentence that holds anything (see explain_sentences)."""
    full = _with_title(text, title)
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
                _merge_into(deals, _shifted(deal, offset))
    return deals


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """(offset, piece) pieces of at most `limit` characters, cut after a line break, else after a
    sentence end, else (one unbroken run of characters) at the limit."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = window.rfind("\n") + 1 or window.rfind(". ") + 2 or limit
        cut = cut if cut > limit // 4 else limit
        pieces.append((start, window[:cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


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
        if drafts and _adds_investors(drafts[-1], sent, lex):
            continue
        if drafts:
            sent = _list_item(sent, drafts[-1])
        if drafts and _opens_with_deal_noun(sent, drafts[-1]):
            new = []
        else:
            new = _sentence_deals(sent, lex) or (_earlier_agreement(drafts[-1], sent) if drafts else [])
        if new:
            _complete_round(new, drafts)
            drafts.extend(new)
        elif drafts and _refers_back(sent, lex) and i > 0:
            _enrich(drafts[-1], sent, lex)
    names = _shortest_names(sentences, body_start)
    if trace is not None:
        trace += explain_sentences(sentences, drafts, dropped or {})
    return _finish(drafts, names, url)


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


def worth_reading(text: str) -> bool:
    """Cheap test without spaCy: a passage with no deal word, or with neither a figure nor a known
    organisation, reports no deal (most news does not), so the pipeline is not run on it."""
    pre = prefilter(load_lexicon())
    return bool(pre["deal_word"].search(text)) and bool(pre["signal"].search(text))


@cache
def prefilter(lex: Lexicon) -> dict[str, re.Pattern]:
    """Regexes of the prefilter, built from the same pattern files as the pipeline."""
    words = set()
    for row in lex.triggers:
        for tok in row["pattern"]:
            value = tok.get("LOWER")
            words |= {value} if isinstance(value, str) else set((value or {}).get("IN", []))
    words |= {w.lower() for ws in lex.cues["strong_type_cues"].values() for w in ws}
    names = {f for o in lex.orgs for f in o.forms if len(f) > 2}
    deal_word = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b", re.I)
    signal = re.compile(r"[$€£¥₹₩]|\b(?:USD|EUR|GBP|billion|million|bn|trillion|gigawatts?|megawatts?|GW|MW)\b|"
                        r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")
    return {"deal_word": deal_word, "signal": signal}


def _with_title(text: str, title: str) -> str:
    title = (title or "").strip()
    if not title or text.lstrip().startswith(title[:60]):
        return text
    return f"{title}\n\n{text}"


def _sentence_deals(sent: Sentence, lex: Lexicon) -> list[Draft]:
    rx = cue_regexes(lex)
    if not sent.triggers or not sent.orgs:
        return []
    if rx["negated"].search(sent.text) or rx["relationship"].search(sent.text) or _background(sent.text):
        return []
    money = [m for m in sent.money if not m.excluded]
    type_, trigger = _choose_type(sent, lex, money)
    if trigger is None:
        return []
    parties = _assign_roles(sent, type_, trigger, lex)
    if parties is None:
        return []
    amount = money[0].amount if money else None
    if amount is not None and amount.value is None:
        amount = None
    single = len({o.key for o, _ in parties}) == 1
    if single and not (type_ == "investment" and trigger.frame == "investee_first" and amount):
        return []
    if not amount and not _has_terms(sent.text) and not _strong_noun(sent) and not (
            trigger.frame in TYPED_FRAMES or trigger.text.lower() in STRONG_VERBS):
        return []
    if not amount and sent.money and all(m.excluded for m in sent.money) and not _has_terms(sent.text):
        return []  # the sentence's figures are valuations, prices or changes: numbers, not a deal
    confidence = 0.35 + 0.25 * bool(amount) + 0.2 * (trigger.frame != "symmetric") + 0.1 * (not single)
    draft = Draft(type_, parties, amount, sent, _status(sent.text, lex), min(confidence, 0.95),
                  f"{trigger.type}|{trigger.frame}")
    draft.terms = _terms(sent.text)
    draft.alternates = money[0].alternates if amount else ()
    valued = [m for m in money if m.amount.value]
    return [draft] + _further_figures(draft, sent, valued)


def _further_figures(draft: Draft, sent: Sentence, money) -> list[Draft]:
    """'$11.9 billion in March, followed by a $4 billion add-on': each further figure joined as a
    separate agreement is its own deal; organisations between the figures take the first role."""
    out = []
    for prev, cur in zip(money, money[1:]):
        gap = sent.text[prev.end - sent.start:cur.start - sent.start]
        if not SEPARATE_FIGURE.search(gap) or NOT_SEPARATE.search(gap) or NOT_SEPARATE_AFTER.match(
                sent.text[cur.end - sent.start:]):
            continue
        between = [o for o in sent.orgs if prev.end <= o.start < cur.start]
        parties = list(draft.parties)
        if between:
            first_role = parties[0][1]
            parties = [(o, first_role) for o in between] + [(o, r) for o, r in parties if r != first_role]
        out.append(Draft(draft.type, parties, cur.amount, sent, draft.status, draft.confidence - 0.1,
                         draft.rule + "|further", dict(draft.terms)))
    return out


def _background(text: str) -> bool:
    """'Prior to the acquisition, MosaicML had raised $34 million': the past perfect tells earlier history,
    unless it is reported speech ('said on Tuesday it had raised')."""
    m = BACKGROUND.search(text)
    return bool(m) and not REPORTED_SPEECH.search(text[:m.start()])


def _strong_noun(sent: Sentence) -> bool:
    """A symmetric trigger without money still counts when it names the agreement itself."""
    nouns = {"agreement", "agreements", "deal", "partnership", "pact", "contract", "ppa", "ppas", "venture",
             "letters", "mou"}
    return any(t.text.lower() in nouns for t in sent.triggers)


def _has_terms(text: str) -> bool:
    return bool(find_power_mw(text) or find_gpus(text) or find_duration_months(text))


def _choose_type(sent: Sentence, lex: Lexicon, money) -> tuple[str, Trigger | None]:
    """The sentence's deal type from its triggers, context words and the parties' kinds."""
    rx = cue_regexes(lex)
    scores: dict[str, float] = {}
    text = _mask_orgs(sent)  # 'Public Investment Fund' is a name, not an investment cue
    for t in ("compute", "chips", "investment", "acquisition", "datacenter", "power", "partnership"):
        scores[t] = len(rx[f"type:{t}"].findall(text))
        if f"strong:{t}" in rx:
            scores[t] += 4 * len(rx[f"strong:{t}"].findall(text))
    usable = [t for t in sent.triggers if _trigger_usable(t, sent)]
    for t in usable:
        if t.type != "ANY":
            scores[t.type] += 2
    for m in money:  # '$19-billion acquisition', '$5.5 billion, 15-year lease': the noun the figure measures
        noun = FIGURE_NOUN.match(sent.text[m.end - sent.start:])
        if noun:
            scores[NOUN_TYPE[noun.group(1).lower()]] += 2
    if not any(t.type == "acquisition" for t in usable):
        scores["acquisition"] = 0  # 'acquired the facility from X': buying a site or goods, not a company
    if any(m.amount.period != "once" for m in money[:1]):
        scores["investment"] = scores["acquisition"] = -1
    kinds = {o.kind for o in sent.orgs}
    for t, table in SELLER_SCORE.items():
        if any(table.get(k, 0) >= 3 for k in kinds):
            scores[t] += 0.5
    if not usable:
        return "partnership", None
    best = max(scores, key=lambda t: (scores[t], -list(scores).index(t)))
    if scores[best] == 0:
        best = "partnership"
    typed = [t for t in usable if t.type == best]
    if best == "investment":
        # 'X announced a $1.5 billion investment in Y': an investor frame with an object outranks the
        # 'announced ... investment' reading that would make X the company raising money
        with_object = [t for t in typed if t.frame == "investor_first" and any(o.start >= t.head_end for o in sent.orgs)]
        typed = with_object or typed
    if typed:
        return best, typed[0]
    generic = [t for t in usable if t.type == "ANY"]
    directional = [t for t in generic if t.frame != "symmetric"]
    if best in ("investment", "acquisition"):
        return best, (generic or usable)[0]
    return best, (directional or generic or usable)[0]


def _mask_orgs(sent: Sentence) -> str:
    chars = list(sent.text)
    for o in sent.orgs:
        for i in range(max(0, o.start - sent.start), min(len(chars), o.end - sent.start)):
            chars[i] = "_"
    return "".join(chars)


def _trigger_usable(t: Trigger, sent: Sentence) -> bool:
    """Object-taking triggers ('acquire', 'invest in') need an organisation after them."""
    if AIM.search(sent.text[:t.start - sent.start]):
        return False  # 'a fund that aims to raise $30 billion': an aim, not a transaction
    if t.text.lower().startswith(("investments", "stakes")) and not any(
            m.amount.value and not m.excluded for m in sent.money):
        return False  # "Microsoft's investments in OpenAI have proven ...": a relationship, not a deal
    if t.frame in ("acquirer_first", "target_first"):
        after = [o for o in sent.orgs if o.start >= t.end]
        if not after:
            return False
        gap = sent.text[t.end - sent.start:after[0].start - sent.start]
        tail = sent.text[after[0].end - sent.start:after[0].end - sent.start + 30]
        return (len(gap.split()) <= 5 and not OBJECT_BREAK.search(gap) and not re.search(r"[,;:]", gap)
                and not PRODUCT_NOUN.match(tail))
    if t.frame == "investor_first" and t.text.lower() in ("backed", "funded", "owned", "supported") and not any(
            m.amount.value and not m.excluded for m in sent.money):
        return False  # 'HUMAIN, backed by the Public Investment Fund, ...': a description, not a transaction
    if t.frame in ("buyer_first", "seller_first"):
        # 'a power purchase agreement', 'the lease': the word is a noun here, with no direction
        nxt = sent.text[t.head_end - sent.start:].split(None, 1)
        prev = sent.text[:t.start - sent.start].split()[-1:]
        if nxt and re.match(rf"{DEAL_NOUN}\b", nxt[0], re.I) or prev and prev[0].lower() in NOUN_MARKERS:
            return False
    return True


def _assign_roles(sent: Sentence, type_: str, trigger: Trigger, lex: Lexicon):
    """(organisation, role) pairs: from the trigger's frame when it fits the type, else from the kinds."""
    rivals = _rivals(sent)
    mentions = [o for o in sent.orgs if not _possessor(sent, o, sent.orgs) and o.start not in rivals
                and not VIA.search(_preceding(sent, o, 12))
                and (type_ == "investment" or not _issuer(sent, o))]
    orgs = _dedupe_orgs(mentions)
    before = _dedupe_orgs([o for o in mentions if o.end <= trigger.start])
    left = _dedupe_orgs([o for o in mentions if o.end <= trigger.start and not _oblique(sent, o)])
    before = [o for o in before if o.key not in {x.key for x in left}] + left
    right = _dedupe_orgs([o for o in mentions if o.start >= trigger.head_end and o.key not in {x.key for x in left}])
    typed = trigger.frame in ("investor_first", "investee_first", "acquirer_first", "target_first")
    if type_ == "partnership":
        partners = [o for o in orgs if not PARTNER_OBLIQUE.search(_preceding(sent, o))]
        return [(o, "partner") for o in partners[:MAX_PARTIES]] if len(partners) >= 2 else None
    if trigger.frame in FRAME_ROLES and (type_ in ("investment", "acquisition")) == typed:
        if not typed and _coordinated(sent, left):
            return _kind_roles(type_, orgs)
        counterparts = [o for o in before if _after_with(sent, o)]
        parties = _frame_roles(sent, type_, trigger, [o for o in left if o not in counterparts],
                               _dedupe_orgs(counterparts + right), lex)
        if parties and (len({o.key for o, _ in parties}) >= 2 or trigger.frame == "investee_first"):
            return parties if _kinds_agree(type_, parties) else _kind_roles(type_, orgs)
    round_ref = {o.key for o in orgs if ROUND_FOR.search(_preceding(sent, o))} if ROUND_REF.search(sent.text) else set()
    return _kind_roles(type_, orgs, round_ref or bool(ROUND_REF.search(sent.text)))


def _kinds_agree(type_: str, parties) -> bool:
    """A frame that makes a utility the buyer of power from a tech company is misread: trust the kinds."""
    sellers = [_seller_score(type_, o) for o, r in parties if r == "seller"]
    buyers = [_seller_score(type_, o) for o, r in parties if r == "buyer"]
    return not (sellers and buyers and max(buyers) >= 3 and max(buyers) - min(sellers) >= 2)


def _seller_score(type_: str, o: OrgMention) -> int:
    """How much an organisation of this kind looks like the provider; big tech buys all but compute."""
    table = SELLER_SCORE.get(type_, {})
    return table.get(o.kind, 0) - (type_ != "compute" and o.kind in ("cloud", "bigtech", "lab"))


def _preceding(sent: Sentence, o: OrgMention, width: int = 40) -> str:
    return sent.text[max(0, o.start - sent.start - width):o.start - sent.start]


def _issuer(sent: Sentence, o: OrgMention) -> bool:
    """'sold all its NVIDIA shares': the company whose shares change hands is not a party."""
    return bool(ISSUER.match(sent.text[o.end - sent.start:])) and bool(
        re.search(r"\b(?:its|their|all|of|in|the)\s+$", _preceding(sent, o, 12)))


def _rival(sent: Sentence, o: OrgMention) -> bool:
    """'narrowing the gap with rivals like OpenAI and Google': mentioned, not a party."""
    return bool(RIVAL.search(_preceding(sent, o, 60)))


def _rivals(sent: Sentence) -> set[int]:
    """Start offsets of rival mentions, a list after a rival cue included ('rival to giants A, B and C')."""
    out: set[int] = set()
    prev = None
    for o in sent.orgs:
        gap = sent.text[prev.end - sent.start:o.start - sent.start] if prev else ""
        if _rival(sent, o) or (prev is not None and prev.start in out and RIVAL_LIST.fullmatch(gap)):
            out.add(o.start)
        prev = o
    return out


def _oblique(sent: Sentence, o: OrgMention) -> bool:
    """'spun off from internet giant Yandex', 'rivals like Google': not the subject of the clause."""
    return bool(OBLIQUE.search(_preceding(sent, o)))


def _after_with(sent: Sentence, o: OrgMention) -> bool:
    """'an agreement with Kairos Power to buy ...': the counterpart named before the trigger; not across a
    clause boundary ('coincides with reports that X is in talks to invest ...': X is that clause's subject)."""
    return bool(re.search(r"\bwith\s+(?:(?!(?:that|which|who|whom|where|as|while)\b)[\w-]+\s+){0,4}$",
                          _preceding(sent, o)))


def _possessor(sent: Sentence, o: OrgMention, orgs) -> bool:
    """"BlackRock's Global Infrastructure Partners": the owner is not a party, the unit is."""
    tail = sent.text[o.end - sent.start:o.end - sent.start + 3]
    if not re.match(r"['\u2019]s\s", tail):
        return False
    return any(x.start - o.end <= 4 and x.start > o.end and x.key != o.key for x in orgs)


def _coordinated(sent: Sentence, left: list[OrgMention]) -> bool:
    """'Brookfield and Google announced ...': joint subjects give no direction."""
    for a, b in zip(left, left[1:]):
        gap = sent.text[a.end - sent.start:b.start - sent.start]
        if re.fullmatch(r"\s*(?:\([^)]*\))?\s*(?:,|and|&|,\s*and)\s*", gap):
            return True
    return False


def _frame_roles(sent, type_, trigger, left, right, lex):
    role_left, role_right = FRAME_ROLES[trigger.frame]
    passive = (trigger.frame in ("investor_first", "acquirer_first", "buyer_first", "seller_first")
               and sent.text[trigger.end - sent.start:].lstrip().lower().startswith("by "))
    if passive:
        role_left, role_right = role_right, role_left
    if type_ == "investment" and trigger.frame == "investee_first":
        investee = left[:1] or right[:1]
        investors = _after_investor_cue(sent, right, lex)
        if not investee:
            return None
        return [(investee[0], "investee")] + [(o, "investor") for o in investors if o.key != investee[0].key]
    if type_ == "investment" and trigger.frame == "investor_first" and not passive:
        if not right and len(left) >= 2:
            return [(o, "investor") for o in left[:-1]] + [(left[-1], "investee")]
        if not right:
            return None
        investee = next((o for o in right if re.search(r"\b(?:in|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                                                          _preceding(sent, o))), right[-1] if len(right) > 1 and
                        _coordinated_figures(sent, trigger) else right[0])
        return [(o, "investor") for o in left] + [(investee, "investee")]
    firsts = left if role_left in ("investor", "acquirer") else left[:1]
    seconds = right[:MAX_PARTIES] if role_right == "investor" else _with_list(sent, right)
    parties = [(o, role_left) for o in firsts] + [(o, role_right) for o in seconds]
    return parties or None


def _coordinated_figures(sent: Sentence, trigger: Trigger) -> bool:
    """'X will invest $10B and Y $5B, backing Z': the investee comes after the figures."""
    after = [m for m in sent.money if m.start >= trigger.end and not m.excluded]
    return len(after) >= 2


def _with_list(sent: Sentence, right: list[OrgMention]) -> list[OrgMention]:
    """The first object and the organisations listed with it ('to the government and four groups - A, B and C')."""
    out = right[:1]
    for prev, nxt in zip(right, right[1:]):
        gap = sent.text[prev.end - sent.start:nxt.start - sent.start]
        if not LIST_GAP.fullmatch(gap) or LIST_STOP.search(gap) or len(out) >= MAX_PARTIES:
            break
        out.append(nxt)
    return out


def _after_investor_cue(sent: Sentence, right: list[OrgMention], lex: Lexicon) -> list[OrgMention]:
    m = cue_regexes(lex)["investor_cues"].search(sent.text)
    if not m:
        return []
    cut = sent.start + m.start()
    return [o for o in right if o.start >= cut][:MAX_PARTIES]


def _kind_roles(type_: str, orgs: list[OrgMention], round_ref: bool | set = False):
    orgs = orgs[:MAX_PARTIES]
    if len(orgs) < 2:
        return [(o, "investee") for o in orgs] if type_ == "investment" else None
    if type_ == "partnership":
        return [(o, "partner") for o in orgs]
    if type_ == "investment" and round_ref:
        # '... for this round, joined by A and B': all investors, but the company the round is 'for'
        target = next((o for o in orgs if o.key in round_ref), None) if isinstance(round_ref, set) else None
        if target is None:  # no 'for X': the one company that is no investing kind raised the money
            raising = [o for o in orgs if INVESTOR_SCORE.get(o.kind, 0) == 0]
            target = raising[0] if len(raising) == 1 else None
        return [(o, "investee" if o is target else "investor") for o in orgs]
    if type_ == "investment":
        ranked = sorted(orgs, key=lambda o: INVESTOR_SCORE.get(o.kind, 0))
        return [(ranked[0], "investee")] + [(o, "investor") for o in ranked[1:]]
    if type_ == "acquisition":
        return [(orgs[0], "acquirer"), (orgs[1], "target")]
    def score(o: OrgMention) -> int:
        return _seller_score(type_, o)
    seller = max(reversed(orgs[:3]), key=score)
    if score(seller) <= 0 and len({score(o) for o in orgs[:3]}) == 1:
        seller = orgs[1]
    buyers = [o for o in orgs[:3] if o.key != seller.key][:1]
    return [(o, "buyer") for o in buyers] + [(seller, "seller")]


def _dedupe_orgs(orgs) -> list[OrgMention]:
    seen, out = set(), []
    for o in orgs:
        if o.key not in seen:
            seen.add(o.key)
            out.append(o)
    return out


def _status(text: str, lex: Lexicon) -> str:
    rx = cue_regexes(lex)
    if rx["status:talks"].search(text):
        return "talks"
    if rx["status:reported"].search(text):
        return "reported"
    if rx["status:completed"].search(text):
        return "completed"
    return "announced"


def _terms(text: str) -> dict:
    return {"duration_months": find_duration_months(text), "gpus": find_gpus(text),
            "power_mw": find_power_mw(text)}


def _complete_round(new: list[Draft], drafts: list[Draft]) -> None:
    """'SoftBank is providing up to $30bn for this round': investors without an investee in a sentence
    about the round just reported take that round's investee."""
    investee = next((o for d in reversed(drafts) if d.type == "investment" for o, r in d.parties if r == "investee"),
                    None)
    for d in new:
        if (investee is not None and d.type == "investment" and all(r == "investor" for _, r in d.parties)
                and ROUND_REF.search(d.sentence.text)):
            d.parties.append((investee, "investee"))


def _list_item(sent: Sentence, draft: Draft) -> Sentence:
    """'• Vistra Corp: 20-year power purchase agreements for 2,176 MW': an item of a list of agreements
    names only the counterpart; the other side is the company the list is about (the last deal's first party)."""
    m = LIST_ITEM.match(sent.text)
    keys = {o.key for o in sent.orgs}
    if not m or len(keys) != 1 or not sent.orgs or sent.orgs[0].start - sent.start > m.end():
        return sent
    anchor = next((o for o, _ in draft.parties if o.key not in keys), None)
    if anchor is None:
        return sent
    stand_in = replace(anchor, start=sent.start, end=sent.start)
    return replace(sent, orgs=(stand_in, *sent.orgs))


def _adds_investors(draft: Draft, sent: Sentence, lex: Lexicon) -> bool:
    """'It was led by X, with participation from Y': investors of the round just reported."""
    if draft.type != "investment" or any(not m.excluded and m.amount.value for m in sent.money):
        return False
    cue = re.search(r"\b(?:led by|co-led by|participation from|investments? from|backed by|joined by|support from|"
                    r"investors? (?:included|include|including|were|are)|included|includes)\b"
                    r"|(?<=['’]s )(?:investment|stake)\b", sent.text, re.I)
    if not cue:
        return False
    known = {o.key for o, _ in draft.parties}
    investee = next((o.key for o, r in draft.parties if r == "investee"), None)
    new = [o for o in sent.orgs if o.start - sent.start >= cue.start() and o.key not in known and o.key != investee]
    if cue.group(0).lower().endswith(("investment", "stake")):  # "ASML's investment made it the main shareholder"
        new = [o for o in sent.orgs if sent.text[o.end - sent.start:].startswith(("'s", "’s"))
               and o.start - sent.start < cue.start() and o.key not in known and o.key != investee][:1]
    draft.parties.extend((o, "investor") for o in new[:MAX_PARTIES])
    return bool(new)


def _opens_with_deal_noun(sent: Sentence, draft: Draft) -> bool:
    """'The $5.5 billion, 15-year lease ...': a sentence about the last deal, not a new one, unless it
    names other organisations or a figure of its own while the last deal has one already."""
    if not OPENING_DEAL_NOUN.match(sent.text):
        return False
    known = {o.key for o, _ in draft.parties}
    if any(o.key not in known for o in sent.orgs):
        return False
    money = [m for m in sent.money if not m.excluded and m.amount.value]
    return not money or draft.amount is None or _same_amount(draft.amount, money[0].amount)


def _refers_back(sent: Sentence, lex: Lexicon) -> bool:
    return bool(OPENING_DEAL_NOUN.match(sent.text) or cue_regexes(lex)["deal_nouns"].search(sent.text))


def _earlier_agreement(draft: Draft, sent: Sentence) -> list[Draft]:
    """'This new deal adds to a previous $14.2 billion agreement': another deal between the same parties."""
    known = {o.key for o, _ in draft.parties}
    money = [m for m in sent.money if not m.excluded and m.amount.value]
    if not money or any(o.key not in known for o in sent.orgs) or draft.amount is None:
        return []
    m = EARLIER_AGREEMENT.search(sent.text)
    if not m or _same_amount(draft.amount, money[0].amount):
        return []
    figure = next((x for x in money if x.start - sent.start >= m.start()), None)
    if figure is None or figure.start - sent.start > m.end():
        return []
    return [Draft(draft.type, list(draft.parties), figure.amount, sent, draft.status, draft.confidence - 0.1,
                  draft.rule + "|earlier")]


def _enrich(draft: Draft, sent: Sentence, lex: Lexicon) -> None:
    """Fill what the deal sentence left open from a sentence that refers back to it."""
    money = [m for m in sent.money if not m.excluded and m.amount.value]
    if draft.amount is None and money:
        draft.amount = money[0].amount
    for key, value in _terms(sent.text).items():
        if draft.terms.get(key) is None and value is not None:
            draft.terms[key] = value
    status = _status(sent.text, lex)
    if status in ("talks", "reported") and draft.status == "announced":
        draft.status = status


def _shortest_names(sentences: list[Sentence], body_start: int = 0) -> dict[str, str]:
    """Each company's shortest surface form in the passage ('Cipher Mining' ... 'Cipher' -> 'Cipher'),
    taken from the body when the body names it (headlines clip names: 'Cerebras' for 'Cerebras Systems')."""
    names: dict[str, str] = {}
    in_body = {o.key for s in sentences for o in s.orgs if o.start >= body_start}
    for sent in sentences:
        for o in sent.orgs:
            if o.start < body_start and o.key in in_body:
                continue
            cur = names.get(o.key)
            # an all-capitals form ('HPE', 'W&B', 'TVA') is an abbreviation: the written-out name reads better
            if cur is None or (len(o.text) < len(cur) and not o.text.isupper()) or cur.isupper() and not o.text.isupper():
                names[o.key] = o.text
    return names


def _subsumed(deal: Deal, deals: list[Deal]) -> bool:
    """A bare mention (no amount, no terms) of parties that another deal of the passage links adds
    nothing: it is that deal told again ('the partnership', 'the chips deal'), not a new one."""
    if deal.amount is not None or deal.gpus or deal.power_mw or deal.duration_months:
        return False
    keys = {p.canonical for p in deal.parties}
    for other in deals:
        if other is deal:
            continue
        okeys = {p.canonical for p in other.parties}
        if other.amount is not None and (keys <= okeys or okeys <= keys) and len(keys & okeys) >= 2:
            return True
        if other.amount is None and okeys == keys and other.confidence > deal.confidence:
            return True
        if deal.type == "partnership" and keys <= okeys:
            return True
    return False


def _unique_parties(parties):
    seen: set[str] = set()
    for o, role in parties:
        if o.key not in seen:
            seen.add(o.key)
            yield o, role


def _finish(drafts: list[Draft], names: dict[str, str], url: str) -> list[Deal]:
    deals: list[Deal] = []
    for d in drafts:
        parties = tuple(Party(names.get(o.key, o.text), role, o.canonical) for o, role in _unique_parties(d.parties))
        ev = Evidence(d.sentence.text.strip(), d.sentence.start, d.sentence.end, url)
        why = f"{d.rule}; parties: " + ", ".join(f"{o.text} <- {o.origin}" for o, _ in _unique_parties(d.parties))
        deal = Deal(d.type, parties, d.amount, d.terms.get("duration_months"), d.terms.get("gpus"),
                    d.terms.get("power_mw"), d.status, (ev,), round(d.confidence, 3), why, d.alternates)
        _merge_into(deals, deal)
    while True:  # a merge can make two earlier records the same deal: repeat until stable
        merged: list[Deal] = []
        for deal in deals:
            _merge_into(merged, deal)
        if len(merged) == len(deals):
            break
        deals = merged
    return [d for d in deals if not _subsumed(d, deals)]


def _same_amount(a: Amount | None, b: Amount | None) -> bool:
    if a is None or b is None:
        return True
    if a.currency != b.currency or a.period != b.period or not a.value or not b.value:
        return a == b
    return abs(a.value - b.value) <= 0.02 * max(a.value, b.value)


def _same_figure(a: Deal, b: Deal) -> bool:
    """Equal amounts, also through a stated conversion ('2.4 billion dollar (£1.8 billion)' = '£1.8bn')."""
    return any(_same_amount(x, y) for x in (a.amount, *a.alternates) for y in (b.amount, *b.alternates))


def _merge_into(deals: list[Deal], new: Deal) -> None:
    """One record per deal: a repeat (same parties and type, same or missing amount) adds evidence."""
    keys = {p.canonical for p in new.parties}
    for i, old in enumerate(deals):
        old_keys = {p.canonical for p in old.parties}
        same_figure = old.amount is not None and new.amount is not None and _same_figure(old, new)
        if not (old.type == new.type or same_figure):
            continue
        nested = old_keys <= keys or keys <= old_keys
        one_figure = old.amount is None or new.amount is None
        if old_keys != keys and not (nested and (same_figure or (one_figure and old.type == new.type))):
            continue
        if not (_same_amount(old.amount, new.amount) or same_figure):
            continue
        best = new if new.confidence > old.confidence else old
        parties = best.parties + tuple(p for p in (old if best is new else new).parties
                                       if p.canonical not in {q.canonical for q in best.parties})
        deals[i] = replace(
            old,
            type=best.type,
            parties=parties,
            amount=old.amount or new.amount,
            duration_months=old.duration_months or new.duration_months,
            gpus=old.gpus or new.gpus,
            power_mw=old.power_mw or new.power_mw,
            status=old.status if STATUS_RANK[old.status] >= STATUS_RANK[new.status] or old.status == "talks" else new.status,
            evidence=old.evidence + new.evidence,
            confidence=round(min(0.99, max(old.confidence, new.confidence) + 0.05), 3),
        )
        return
    deals.append(new)
