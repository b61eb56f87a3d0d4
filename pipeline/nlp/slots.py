"""Organisations found by their slot in a deal sentence, not by name.

The gazetteer knows some hundreds of companies; news names new ones every week. In a sentence that
already holds a deal trigger, the trained English pipeline (en_core_web_sm) parses the sentence, and a
proper-noun phrase that is the subject, object, dative or oblique (from/with/to/in/by ...) of the
sentence, or coordinated or in apposition with one, is taken for an organisation, unless the parser's
entity recogniser calls it a place, nationality, date, product or a person of two or more words, or it is
a speaker ('Smith said'), a titled person ('CEO Jane Roe'), a known product or a common capitalised word.
Only candidate sentences are parsed: articles without a deal cost no parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from spacy.language import Language

from .context import word_set, words
from .frames import (as_well_as, company_anaphor, coordinated_modifier, employer, proxy_nouns, read_frames,
                     title_case)
from .lexicon import Lexicon, fold_name, read_yaml, strip_suffix
from .mentions import (ANAPHOR, BARE_STAKE, DEAL_BACK, ENUMERATED_REACH, ENUMERATED_WITH, GENERATED_AT, GOODS_BACK,
                       IT_BOUGHT, IT_COORDINATED, IT_OBJECT, IT_OPENS, ITS_DEAL, ITS_ROLE, SITE_BOUGHT, ITS_ROLE_AFTER,
                       ITS_ROLE_IS,
                       ITS_ROUND, IT_SAID_IT, OPENER, PAIR_NOUN, PLURAL_ANAPHOR, SEVERAL_DEALS, SITE_LEASED, STAKE_PAID_FOR,
                       KIND_FITS, KIND_NEAR, RELATIVE_LEAD, SITE_OPENS, TITLE_OF, TITLE_PREDICATE, OrgMention,
                       Sentence, _kind_named,
                       describers_of, head_before_of, opens_clause)
from .rules import at, hit, on, switched_off
from .tag_attributes import TagAttributesUnread

STOP_WORDS = frozenset({"the", "a", "an", "and", "of", "for", "new", "its", "their", "our", "this", "that"})

PARSER = "en_core_web_sm"
RULE_ID = "slot_org"


@dataclass(frozen=True)
class SlotRules:
    slot_deps: frozenset
    oblique_preps: frozenset
    speech_verbs: frozenset
    person_titles: frozenset
    excluded_entities: frozenset
    not_org_heads: frozenset
    unit_heads: frozenset
    not_org_firsts: frozenset
    media: frozenset
    investment_heads: frozenset
    deal_heads: frozenset
    round_heads: frozenset
    target_heads: frozenset
    person_min_words: int
    kind_words: tuple  # ((kind, compiled regex), ...) in order of precedence
    anaphor_kinds: dict  # noun -> the kinds of organisation it stands for ('fund' -> investor)


@cache
def load_slot_rules() -> SlotRules:
    """patterns/slots.yaml, validated: every list present and non-empty."""
    raw = read_yaml("slots.yaml")
    lists = ("slot_deps", "oblique_preps", "speech_verbs", "person_titles", "excluded_entities", "not_org_heads",
             "unit_heads", "not_org_firsts", "media", "investment_heads", "deal_heads", "round_heads", "target_heads")
    missing = [k for k in lists if not raw.get(k)]
    if missing:
        raise ValueError(f"slots.yaml: {', '.join(missing)} missing or empty")
    kinds = tuple((kind, re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I))
                  for kind, words in (raw.get("kind_words") or {}).items())
    if not kinds:
        raise ValueError("slots.yaml: kind_words missing or empty")
    anaphor_kinds: dict[str, tuple[str, ...]] = {}
    for kind, nouns in (raw.get("anaphor_kinds") or {}).items():
        for noun in nouns:
            anaphor_kinds[noun] = anaphor_kinds.get(noun, ()) + (kind,)
    if not anaphor_kinds:
        raise ValueError("slots.yaml: anaphor_kinds missing or empty")
    return SlotRules(*(frozenset(raw[k]) for k in lists), int(raw.get("person_min_words", 2)), kinds, anaphor_kinds)


def parsed(steps):
    """Run an extraction generator to its end (see add_slot_orgs), parsing each batch of sentences it yields with
    the trained pipeline at once; returns the generator's value."""
    try:
        texts = next(steps)
        while True:
            texts = steps.send(list(load_parser().pipe(texts)))
    except StopIteration as done:
        return done.value


@cache
def load_parser():
    """The trained English pipeline (tagger, parser, NER), loaded once per process on first use."""
    import spacy

    from . import _installed_name
    from .components import adjust_tokenizer
    nlp = spacy.load(_installed_name(PARSER))  # the lemmatizer: verbs are matched by lemma (say, invest)
    adjust_tokenizer(nlp)
    nlp.add_pipe("figure_norms", first=True)  # ('$300m' read as '$300 million': rule mentions.compact_figure)
    nlp.add_pipe("name_norms", after="figure_norms")  # (an unknown name read as a known one: mentions.name_norm)
    nlp.add_pipe("dash_norms", after="name_norms")  # (a pair of dashes read as a pair of commas: mentions.dash_aside)
    nlp.add_pipe("name_norms_reset", after="parser")
    try:  # the same parts of speech, morphology and lemmas as the model's attribute ruler, found by an index
        nlp.add_pipe("tag_attributes", before="attribute_ruler")
    except TagAttributesUnread:
        pass  # a pattern it cannot read: the model's own ruler stays
    else:
        nlp.remove_pipe("attribute_ruler")
    return nlp


NAME_NORM = "microsoft"  # a company name the tagger and parser have seen often in every slot


@Language.component("name_norms")
def name_norms(doc):
    """'Velkor agreed to buy capacity from Brimoral': the tagger and parser read a word by its normal form among other
    features, and a word they never saw, with a capital, is often tagged an adjective or a verb and the sentence
    misparsed. A capitalised word inside the sentence that is no English word (no form of it in the lemmatizer's
    index) is given the normal form of a company name they know well; the recogniser, after them, reads the word
    as written again (name_norms_reset). Not the sentence's first word, nor a word after punctuation, where any word
    is capitalised, and nothing in a title-case line (rule mentions.name_norm)."""
    if not on("mentions.name_norm") or not _english_words() or title_case(doc, running=False):
        return doc  # (in a title-case headline every word has its capital)
    unknown = [len(t.text) >= 3 and t.text[0].isupper() and t.text[1:].islower() and t.text.isalpha()
               and not _inflected_english(t.text) for t in doc]
    opening = [t.i == 0 or bool(t.is_sent_start) or doc[t.i - 1].is_punct or doc[t.i - 1].is_space for t in doc]
    for tok in doc:
        i = tok.i
        if unknown[i] and (not opening[i] or i + 2 < len(doc) and doc[i + 1].lower_ in ("and", "&") and unknown[
                i + 2] and hit("mentions.name_norm_joined", on("mentions.name_norm_joined")) or i + 1 < len(doc) and (
                doc[i + 1].lower_ in word_set("share_nouns")) and hit("mentions.name_norm_shares", on(
                    "mentions.name_norm_shares"))):
            # ('Brisko and Tessaly signed ...': an opening word no English, joined by 'and' to another such name;
            # 'Pellix shares rose 8% after ...': one before a word for shares, whose owner it names)
            hit("mentions.name_norm")
            doc.user_data.setdefault("name_norms", []).append((i, tok.norm_))
            tok.norm_ = NAME_NORM
    return doc


INFLECTIONS = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
               ("er", ""), ("ers", ""), ("ly", ""))


def _inflected_english(word: str) -> bool:
    """The word is English as written or as an inflected form of a word the lemmatizer knows ('Invests',
    'Partnered', 'Signing'): a headline's capitals are no sign of a name."""
    low = word.lower()
    words = _english_words()
    if low in words:
        return True
    for end, base in INFLECTIONS:
        stem = low[:-len(end)] + base if low.endswith(end) else ""
        if len(stem) >= 3 and (stem in words or len(stem) >= 4 and stem[-1] == stem[-2] and stem[:-1] in words):
            return True
    return False


@Language.component("name_norms_reset")
def name_norms_reset(doc):
    """The words name_norms changed get their own normal form back, for the components after the parser."""
    for i, norm in doc.user_data.pop("name_norms", ()):
        doc[i].norm_ = norm
    return doc


DASHES = ("—", "–")


@Language.component("dash_norms")
def dash_norms(doc):
    """"Orvane's Ohio subsidiary—Brisa Power—entered into an agreement with Tarvio": a pair of dashes sets off an
    aside as a pair of commas does, but the parser, reading a dash, often ends the clause at it ('subsidiary' the root,
    'entered' a modifier of it). Each pair of dashes in a sentence is read with a comma's normal form; the dashes keep
    their text (rule mentions.dash_aside)."""
    if not on("mentions.dash_aside"):
        return doc
    dashes = [t.i for t in doc if t.text in DASHES]
    if len(dashes) < 2 or len(dashes) % 2:
        return doc
    for a, b in zip(dashes[::2], dashes[1::2]):
        if b - a > 1 and hit("mentions.dash_aside"):
            doc[a].norm_ = doc[b].norm_ = ","
    return doc


MID_SENTENCE_NAME = re.compile(r"(?<=[a-z0-9,;:)] )[A-Z][\w&.'’-]*[A-Za-z0-9]")


CAPITALISED = re.compile(r"(?<![\w'’&.-])[A-Z][\w&.'’-]*")


# the sentence's first capitalised word, after an opener of time or source and its comma if there is one ('On
# Tuesday, Orvell, founded ...'; context list opener_words)
OPENING_WORD = re.compile(rf"\W*{OPENER}?([A-Z][\w&.'’-]*)")
NEXT_CAPITAL = re.compile(r"\s+[A-Z][a-z][\w&'’-]*\s+[a-z]")  # a second capitalised word, then a lower-case one
TITLE_OPENERS = frozenset({"The", "A", "An", "This", "That", "These", "Its", "Their", "Chief", "Shares", "In", "On"})


def _unfound_names(sent: Sentence) -> int:
    """How many runs of capitalised words the sentence has that no list or shape took, at least one word of each no
    English word ('Holloway Data'; mentions.pair_antecedent_parse)."""
    runs, last, unknown = 0, -2, False
    words = [w for w in CAPITALISED_WORD.finditer(sent.text)
             if not any(o.start <= sent.start + w.start() < o.end for o in sent.orgs)]
    for w in words:
        if w.start() - last > 1 or sent.text[last:w.start()].strip():
            runs += unknown
            unknown = False
        unknown = unknown or not is_english(w.group(0), plural=False)
        last = w.end()
    return runs + unknown


CAPITALISED_BEFORE_COMMA = re.compile(r"[A-Z][\w&.'’-]*\s*,\s*$")  # 'of Orsk Data,' (mentions.relative_deal_only)


def _kind_unfound(prev: Sentence, sent: Sentence, kind_words) -> bool:
    """The sentence opens on a phrase that gives a kind ('The AI lab will pay ...') none of the names found in the
    sentence before has, nor fits, while that sentence holds a capitalised word inside it that no found name covers
    and no dictionary knows (rule mentions.antecedent_kind_unfound)."""
    m = ANAPHOR.match(sent.text.lstrip())
    kind = _kind_named(m.group(0), kind_words) if m else None
    if kind is None or kind == "investor" or any(o.kind in (KIND_FITS.get(kind, {kind}) | KIND_NEAR.get(kind, set())) or
                                                 o.kind == "other" for o in prev.orgs):
        return False
    return any(not any(o.start - prev.start <= w.start() < o.end - prev.start for o in prev.orgs) and not is_english(
        w.group(0), plural=False) for w in MID_SENTENCE_NAME.finditer(prev.text))


def _opening_name_unfound(sent: Sentence) -> bool:
    """'Orvell, founded in 2021 by former engineers at Nvidia, said ...': the sentence opens with a capitalised word
    that is no English word and no name found, while the names found come later (in a description): its subject,
    whom a 'the company' after it stands for, is still to be found (rule mentions.antecedent_unfound)."""
    m = OPENING_WORD.match(sent.text)
    if not m or any(o.start - sent.start <= m.start(1) for o in sent.orgs):
        return False
    if not is_english(m.group(1), plural=False):
        return hit("mentions.antecedent_unfound", True)
    # 'Caspian Forge competes with A and B.': two capitalised English words opening it, a name of English words
    return m.group(1) not in TITLE_OPENERS and hit("mentions.antecedent_two_words", on(
        "mentions.antecedent_two_words") and bool(NEXT_CAPITAL.match(sent.text, m.end(1))))


def is_candidate(sent: Sentence, background: frozenset | set = frozenset(), not_org: frozenset | set = frozenset()) -> bool:
    """Cheap gate: a trigger, something that could be a party (a figure, a known organisation, a capitalised
    word inside the sentence), and fewer than two organisations found by name: where the names already give
    the parties, a parse adds more noise (tickers, agencies, people) than parties. Organisations named only as
    background (`background`: their start offsets: descriptions, rivals) do not count. Nor do two known names
    that all stand on one side of the trigger while a capitalised word on the other side may name the other
    party ('A and B invested $500 million in Quarnell'): then the sentence is parsed (rule gates.one_sided;
    `not_org`: capitalised words that name no one)."""
    if not sent.triggers:
        return False
    known = [o for o in sent.orgs if o.start not in background]
    if len({o.key for o in known}) >= 2:
        if on("gates.one_sided") and hit("gates.one_sided", _one_sided(sent, known, not_org)):
            return True
        if on("gates.list_member") and hit("gates.list_member", _list_member(sent, not_org)):
            return True
        if on("gates.object_name") and hit("gates.object_name", _object_name(sent, not_org)):
            return True
        if on("gates.agent_name") and hit("gates.agent_name", _agent_name(sent, not_org)):
            return True
        if on("gates.oblique_name") and hit("gates.oblique_name", _oblique_name(sent, not_org)):
            return True
        if on("gates.speaker_object") and hit("gates.speaker_object", _speaker_object(sent, not_org)):
            return True
        if on("gates.reported_subject") and hit("gates.reported_subject", _reported_subject(sent, not_org)):
            return True
        if on("gates.anaphor_subject") and hit("gates.anaphor_subject", _anaphor_subject(sent)):
            return True
        if on("gates.it_subject") and hit("gates.it_subject", _it_subject(sent)):
            return True
        if on("gates.possessor_name") and hit("gates.possessor_name", _possessor_name(sent, not_org)):
            return True
        if on("mentions.site_funded") and hit("mentions.site_funded", _funded_site_owner(sent, not_org)):
            return True
        if on("gates.maker_name") and hit("gates.maker_name", _maker_name(sent, not_org)):
            return True
        return on("gates.subject_name") and hit("gates.subject_name", _subject_name(sent, not_org))
    # ('Velkara plans to buy 10,000 of the chips': goods named before, whose maker the sentence before names; rule
    # mentions.goods_anaphor)
    # ('Orlin has signed a 15-year lease for the whole site': a site named before; rule mentions.site_leased)
    # ('Tervalo will supply 400 megawatts to a new campus': a first word no dictionary has; gates.unknown_first_word)
    return bool(sent.money or sent.orgs or MID_SENTENCE_NAME.search(sent.text) or (
        GOODS_BACK.search(sent.text) and on("mentions.goods_anaphor")) or (
        SITE_LEASED.search(sent.text) and on("mentions.site_leased")) or (
        on("gates.unknown_first_word") and hit("gates.unknown_first_word", _unknown_opening(sent.text, not_org))))


UNKNOWN_OPENER = re.compile(r"\W*([A-Z][a-z]{2,})\b(?![-'’.&])")  # a capitalised word of letters opening a sentence


def _unknown_opening(text: str, not_org: frozenset | set) -> bool:
    """The sentence opens on a capitalised word that no form of an English word is (an invented name, not 'The' or
    'Analysts'), a name that may be the subject."""
    m = UNKNOWN_OPENER.match(text)
    return m is not None and m.group(1) not in not_org and bool(_english_words()) and not is_english(m.group(1))


AGENT = re.compile(rf"\b(?:{words('agent_cues')})\s+((?:[A-Z][\w&.'’-]*\s+){{0,2}}[A-Z][\w&.'’-]*)")


def _agent_name(sent: Sentence, not_org: frozenset | set) -> bool:
    """A capitalised word outside the names found right after 'led by', 'backed by', 'from' ('a round led by
    Velmora, which put in ...'), or in the first capitalised words there ('including Abu Dhabi's Velkara'): the
    investor or the counterparty, a name no list knows, which only the parse finds."""
    spans = [(o.start - sent.start, o.end - sent.start) for o in sent.orgs]
    for m in AGENT.finditer(sent.text):
        at = m.start(1)
        for word in m.group(1).split():
            if not _names_no_one(word, not_org) and not any(s <= at < e for s, e in spans):
                return True
            at += len(word) + 1
    return False


@cache
def _company_words() -> frozenset:
    """The words of the company suffixes of cues.yaml ('Technologies', 'Data', 'Centres')."""
    from .lexicon import load_lexicon
    return frozenset(w for suffix in load_lexicon().cues["org_suffixes"] for w in suffix.split())


@cache
def _currency_words() -> frozenset:
    from .lexicon import load_lexicon
    return frozenset(w.lower() for w in load_lexicon().money.vocab["currency_words"])


@cache
def _descriptor_words() -> frozenset:
    """The nouns that describe a company's kind (org_descriptors of cues.yaml: 'startup', 'company', 'operator') or
    a part of a company (business_nouns of context.yaml: 'unit', 'arm')."""
    from .lexicon import load_lexicon
    return frozenset(w.lower() for w in load_lexicon().cues["org_descriptors"]) | word_set("business_nouns")


@cache
def _not_org_words() -> frozenset:
    from .lexicon import load_lexicon
    return frozenset(load_lexicon().cues["not_org_words"])


def _names_no_one(word: str, not_org: frozenset | set) -> bool:
    """A capitalised word of the not-a-name list, as written or with the full stop or possessive it carries at the
    end of a sentence or before a noun ('in Texas.', 'Texas's'); 'U.S.' is listed with its stops."""
    return word in not_org or word.rstrip(".,") in not_org or re.sub(r"['’]s?\.?$", "", word) in not_org


OBLIQUE_NAME = re.compile(r"\b(?:in|into|from|with|by|to|between)\s+([A-Z][\w&.'’-]*)")


def _oblique_name(sent: Sentence, not_org: frozenset | set) -> bool:
    """A capitalised word outside the names found right after a preposition that may take a party ('a Series C in
    Orvanta, joined by A and B'): a counterparty no list knows, which only the parse finds. Not in a title-case line."""
    spans = [(o.start - sent.start, o.end - sent.start) for o in sent.orgs]
    if _title_case(sent.text, spans):
        return False
    return any(not _names_no_one(m.group(1), not_org) and not any(s <= m.start(1) < e for s, e in spans)
               for m in OBLIQUE_NAME.finditer(sent.text))


OBJECT_NAME = re.compile(r"^\s+(?:(?:in|into|of)\s+)?([A-Z][\w&.'’-]*)")


def _object_name(sent: Sentence, not_org: frozenset | set) -> bool:
    """A capitalised word outside the names found right after a trigger ('bought Dalmar Hollow from Sovrin Energy',
    'invested in Quarnell'): the verb's object, a name no list knows, which only the parse finds. Not in a title-case
    line (a headline), where a capital says nothing of a name."""
    spans = [(o.start - sent.start, o.end - sent.start) for o in sent.orgs]
    if _title_case(sent.text, spans):
        return False
    for t in sent.triggers:
        m = OBJECT_NAME.match(sent.text[t.end - sent.start:])
        if m:
            at = t.end - sent.start + m.start(1)
            if not _names_no_one(m.group(1), not_org) and not any(s <= at < e for s, e in spans):
                return True
    return False


# a capitalised word right before goods (a word that modifies goods maybe between): their maker (gates.maker_name)
MAKER_BEFORE_GOODS = re.compile(rf"\s([A-Z][\w&.-]*)\s+(?:(?:{words('goods_modifiers')})\s+)?"
                                rf"(?:{words('goods_nouns')})\b")


def _maker_name(sent: Sentence, not_org: frozenset | set) -> bool:
    """A capitalised word outside the names found, no English word, right before goods ('will spend $2 billion on
    Tarsen accelerators and $500 million on gear from Ostrune Systems'): the maker of the goods, a seller no list
    knows, which only the parse finds (mentions.maker_core) (rule gates.maker_name)."""
    spans = [(o.start - sent.start, o.end - sent.start) for o in sent.orgs]
    return not _title_case(sent.text, spans) and any(
        not _names_no_one(m.group(1), not_org) and not is_english(m.group(1)) and not any(
            s <= m.start(1) < e for s, e in spans) for m in MAKER_BEFORE_GOODS.finditer(sent.text))


# a capitalised word with the possessive ending right before a deal noun ("anchored Orlin's $300 million raise")
POSSESSOR_BEFORE = re.compile(r"([A-Z][\w&.-]*)(?:['’]s?\s*)?$")


def _possessor_name(sent: Sentence, not_org: frozenset | set) -> bool:
    """A capitalised word outside the names found whose possessive opens a trigger ("Velkor Capital anchored Orlin's
    $300 million raise, with A and B joining"): the owner of the deal, a name no list knows, which only the parse finds
    (rule gates.possessor_name)."""
    spans = [(o.start - sent.start, o.end - sent.start) for o in sent.orgs]
    for t in sent.triggers:
        before = sent.text[:t.start - sent.start]
        if not (t.text[:2] in ("'s", "’s") or re.search(r"['’]s?\s+$", before)):
            continue
        m = POSSESSOR_BEFORE.search(before.rstrip())
        if m and m.group(1) and not _names_no_one(m.group(1), not_org) and not any(
                s <= m.start(1) < e for s, e in spans):
            return True
    return False


# 'will fund Dalvoren's campus': the owner of a site a verb of funding takes (mentions.site_funded)
FUNDED_SITE_OWNER = re.compile(r"\b(?:fund|funds|funded|funding|finance|finances|financed|financing|refinance)\s+"
                               r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:campus|campuses|site|sites|data\s+cent(?:er|re)s?|facility|facilities)\b")


def _funded_site_owner(sent: Sentence, not_org: frozenset | set) -> bool:
    """A name outside the names found whose site a verb of funding takes ('... totals $2.3 billion and will fund
    Dalvoren's campus in Ohio'): the one who takes the financing, which only the parse finds (rule
    mentions.site_funded)."""
    spans = [(o.start - sent.start, o.end - sent.start) for o in sent.orgs]
    m = FUNDED_SITE_OWNER.search(sent.text)
    return bool(m) and not _names_no_one(m.group(1), not_org) and not any(s <= m.start(1) < e for s, e in spans)


# a capitalised word right before a trigger, with the auxiliaries and adverbs a verb may take ('Brimoral has struck',
# 'Velkara also signed'), or the sentence's first word
SUBJECT_BEFORE = re.compile(r"([A-Z][\w&.'’-]*)\s+(?:(?:has|have|had|will|would|is|was|were|also|now|then|recently"
                            r"|already|officially|finally)\s+){0,3}$")
FIRST_WORD = re.compile(r"^\W*([A-Z][\w&'’-]*[a-z][\w&'’-]*)")  # not a dateline in capitals
# a run of capitalised words set off by commas right before a trigger: the subject in apposition
APPOSITION_SUBJECT = re.compile(r",\s+((?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*)\s*,\s+(?:(?:has|have|had|will|"
                                r"would|is|was|were|also|now|then|recently|already)\s+){0,3}$")


def _subject_name(sent: Sentence, not_org: frozenset | set) -> bool:
    """A sentence whose parties two known names seem to give is parsed all the same when its subject may be a name
    no list knows: a capitalised word outside the names found right before a trigger ('Like Microsoft before it,
    Brimoral has struck a deal ...'), or a first word no dictionary has ('Orlov Data, which counts Amazon among its
    customers, has agreed to buy ...'). The known names may be rivals or customers mentioned on the way. Not in a
    title-case line."""
    spans = [(o.start - sent.start, o.end - sent.start) for o in sent.orgs]
    if _title_case(sent.text, spans):
        return False

    def outside(at: int, word: str) -> bool:
        return not _names_no_one(word, not_org) and not any(s <= at < e for s, e in spans)
    for t in sent.triggers:
        m = SUBJECT_BEFORE.search(sent.text[:t.start - sent.start])
        if m and outside(m.start(1), m.group(1)) and not is_english(m.group(1).rstrip("."), plural=False):
            return True
        # ("Brisa Energy's data centre unit, Kessock Data, has signed ...": the subject named in an apposition set off
        # by commas, any of its words no dictionary has; rule gates.apposition_subject)
        m = APPOSITION_SUBJECT.search(sent.text[:t.start - sent.start]) if on("gates.apposition_subject") else None
        if m and outside(m.start(1), m.group(1)) and any(not is_english(w.rstrip("."), plural=False) and not (
                _names_no_one(w, not_org)) for w in m.group(1).split()) and hit("gates.apposition_subject"):
            return True
    m = FIRST_WORD.match(sent.text)
    return bool(m) and outside(m.start(1), m.group(1)) and not is_english(m.group(1), plural=False)


# 'Caspian Forge, which counts X as a customer, said Orvane Labs will pay it ...': a verb of saying before the 'it'
# that a payment or an investment goes to (gates.speaker_object)
SAID_BEFORE = re.compile(rf"\b(?:{words('speaker_verbs')})\b")


def _speaker_object(sent: Sentence, not_org: frozenset | set) -> bool:
    """A sentence whose parties two known names seem to give is parsed all the same when it opens with a capitalised
    name outside the names found (two capitalised words, or one no dictionary has) and reports that someone will pay
    'it' or invest in 'it': 'it' stands for the speaker, a name the parse finds (rule roles.speaker_it_object)."""
    it = IT_OBJECT.search(sent.text)
    first = OPENING_WORD.match(sent.text)  # (after an opener of time or source: 'On Tuesday, Caspian Forge ...')
    if it is None or first is None or not SAID_BEFORE.search(sent.text, first.end(1), it.start()):
        return False
    if any(o.start - sent.start <= first.start(1) < o.end - sent.start for o in sent.orgs) or _names_no_one(
            first.group(1), not_org):
        return False
    return bool(re.match(r"\s+[A-Z]", sent.text[first.end(1):])) or not is_english(first.group(1), plural=False)


# after a name: a verb of saying, when it was said, 'that', then the reported clause's first capitalised word
# (gates.reported_subject)
SAID_CLAUSE = re.compile(rf"\s+(?:{words('speaker_verbs')})(?:\s+(?:on\s+)?[A-Z][a-z]+day)?(?:\s+that)?"
                         rf"(?:\s+the|\s+(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{words('own_units')}))?"
                         rf"\s+([A-Z][\w&.'’-]*)(\s+[A-Z])?")


def _reported_subject(sent: Sentence, not_org: frozenset | set) -> bool:
    """A sentence whose parties two known names seem to give is parsed all the same when a name found is the
    subject of a verb of saying and the clause it reports opens with a name outside the names found (two
    capitalised words, or one no dictionary has): 'Tessaly Holdings said Orlin Data had signed an agreement with
    Kestrane Cloud', where the speaker and the counterparty are known and the clause's subject is a name the parse
    finds (roles.speaker_reports)."""
    spans = [(o.start - sent.start, o.end - sent.start) for o in sent.orgs]
    for o in sent.orgs:
        m = SAID_CLAUSE.match(sent.text, o.end - sent.start)
        if m is None or any(s <= m.start(1) < e for s, e in spans) or _names_no_one(m.group(1), not_org):
            continue
        if m.group(2) or not is_english(m.group(1).rstrip("."), plural=False):
            return True
    return False


def _anaphor_subject(sent: Sentence) -> bool:
    """A sentence whose parties two known names seem to give is parsed all the same when it opens with 'the company'
    ('the utility', 'the startup': context.yaml company_nouns) before every name found and before its trigger: the
    subject is a company named before, and the names found may be a partner in a relative clause and the
    counterparty ('The utility, which counts Quarto Energy as a partner, agreed to supply ... to Lantern Compute')."""
    m = ANAPHOR.search(sent.text)
    return m is not None and opens_clause(sent.text[:m.start()]) and all(
        o.start - sent.start >= m.end() for o in sent.orgs) and all(t.start - sent.start >= m.end()
                                                                   for t in sent.triggers)


def _it_subject(sent: Sentence) -> bool:
    """'On Monday it signed a $1.5 billion agreement with Brenmoor Cloud for access to Nvidia chips': a sentence that
    opens on 'it' acting (after an opener; mentions.antecedent_it), before every name found and its trigger, has for
    subject a company named before, whatever two names it holds: it is parsed, and so is the sentence before that
    names the company (rule gates.it_subject)."""
    m = IT_OPENS.match(sent.text)
    return m is not None and all(o.start - sent.start >= m.end(1) for o in sent.orgs) and all(
        t.start - sent.start >= m.end(1) for t in sent.triggers)


LIST_NEXT = re.compile(r"^(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)([A-Z][\w&.'’-]*)")
LIST_PREV = re.compile(r"([A-Z][\w&.'’-]*)(?:\s*,|\s+and|\s*&)\s*$")
# ('Karsk, Mervol and the sovereign fund Qaryat': a described last member; gates.list_member)
LIST_PREV_DESCRIBED = re.compile(r"([A-Z][\w&.'’-]*)(?:\s*,|\s+and)\s+(?:the|an?)\s+(?:[a-z][\w-]*\s+){1,3}$")


HEADLINE_SMALL_WORDS = word_set("headline_small_words")
HEADLINE_PREPOSITIONS = word_set("headline_prepositions")
# a company noun capitalised after 'the': a document's defined term ('the Bank', 'the Borrower';
# mentions.the_defined_noun)
DEFINED_TERMS = word_set("company_nouns") | {"borrower", "issuer", "purchaser", "buyer", "seller", "lessee", "lessor",
                                             "partnership", "trust", "corporation"}


def _title_case(text: str, spans: list[tuple[int, int]]) -> bool:
    """A title-case line (a headline), where a capital says nothing of a name. The names found are left out of the
    count: a list of them ('A Ventures, B Capital and C Partners invested ... in D') is no headline; and so are short
    words, which a headline may leave in lower case ('to', 'of', 'by')."""
    words = [m.group(0) for m in re.finditer(r"[A-Za-z][\w'’-]{3,}", text)
             if not any(s <= m.start() < e for s, e in spans)]
    if on("gates.running_text") and any(w[0].islower() and w.lower() not in HEADLINE_SMALL_WORDS
                                        for w in words) and hit("gates.running_text", True):
        return False  # 'A and B agreed to buy Orlin Data.': a verb in lower case, which a title-case line capitalises
    return sum(w[0].isupper() for w in words) > 0.6 * len(words)


def _list_member(sent: Sentence, not_org: frozenset | set) -> bool:
    """A list that joins a name already found to a capitalised word outside the names found ('led by Orvell
    Partners and Kestrel Growth'): the other members are names no list knows, which only the parse can find. In a
    title-case line too (measured: leaving headlines out cost a deal on the check split)."""
    spans = [(o.start - sent.start, o.end - sent.start) for o in sent.orgs]

    def outside(at: int, word: str) -> bool:
        return not _names_no_one(word, not_org) and not any(s <= at < e for s, e in spans)
    for s, e in spans:
        m = LIST_NEXT.match(sent.text[e:])
        if m and outside(e + m.start(1), m.group(1)):
            return True
        m = LIST_PREV.search(sent.text[:s])
        # (the sentence's first word too: 'Taravik, Orvanta Capital and Brisa Fund are ...', 'Quorvane and Halvern
        # raised ...'; the parse then says whether it is a name)
        if m and outside(m.start(1), m.group(1)):
            return True
        m = LIST_PREV_DESCRIBED.search(sent.text[:s]) if on("gates.described_list_member") else None
        if m and outside(m.start(1), m.group(1)) and hit("gates.described_list_member"):
            return True
    return False


def _one_sided(sent: Sentence, known: list[OrgMention], not_org: frozenset | set) -> bool:
    """Some trigger has every known organisation on one side and, on the other, a capitalised word outside them.
    Not in a title-case line (a headline: most words capitalised), where a capital says nothing of a name."""
    spans = [(o.start - sent.start, o.end - sent.start) for o in sent.orgs]
    if _title_case(sent.text, spans):
        return False
    known_words = {w for o in sent.orgs for w in o.text.split()}  # a known name written again is no new party
    names = [m.start() for m in CAPITALISED.finditer(sent.text) if not _names_no_one(m.group(0), not_org)
             and re.sub(r"['’]s?$", "", m.group(0)) not in known_words and not any(s <= m.start() < e for s, e in spans)]
    for t in sent.triggers:
        at_t, end_t = t.start - sent.start, t.end - sent.start
        if all(o.end - sent.start <= at_t for o in known) and any(n >= end_t for n in names):
            return True
        # (after the trigger's first word: a long trigger may span its object, 'raised $80 million from A')
        if all(o.start >= t.head_end for o in known) and any(n < at_t for n in names):
            return True
    return False


CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’-]+")  # a word that may be a name
IT_WORD_OPENS = re.compile(r"\W*(?:It|Its)\b")  # 'It was founded in 2022.': a sentence that refers back
# capitalised words opening a sentence, a copula and a role in a deal ('Quendry AI will be the sole tenant')
# (after the name: a copula and the role, written once for discourse.NAMED_ROLE_PREDICATE too)
ROLE_AFTER_NAME = (rf"\s+(?:(?:will|would)\s+be|is|was|becomes|became|has\s+become)\s+(?:the|its)\s+"
                   rf"(?:[\w-]+\s+){{0,2}}?(?:(?P<buyer>{words('buyer_nouns')})|"
                   rf"(?P<seller>{words('unnamed_seller_nouns')}))\b")
ROLE_PREDICATE_OPENS = re.compile(rf"\W*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}}{ROLE_AFTER_NAME}")


def add_slot_orgs(sentences: list[Sentence], lex: Lexicon, products: list[tuple[int, int]],
                  dropped: dict | None = None, background=None):
    """The sentences with the organisations their slots name added (gazetteer mentions win overlaps).
    `dropped`, when given, receives sentence start -> [(phrase, why it is no party), ...] for the trace.
    `background(sentence)`, when given, returns the start offsets of organisations named only as background
    (rivals mentioned, say), which the gate does not count.

    A generator, so that a caller can parse the sentences of many texts in one batch: it yields the texts of
    the sentences to parse (when there are any), is sent their parsed Docs in that order, and returns the
    sentences. `parsed(add_slot_orgs(...))` runs it with the parser at once."""
    gate = on("gates.parse_candidate")  # off: every sentence with a trigger is parsed
    frames = on("roles.dependency_frame")  # on: sentences whose parties are known by name are parsed for roles
    todo, slots = [], set()
    not_org_words = frozenset(lex.cues["not_org_words"])
    for i, s in enumerate(sentences):
        at(s.start)
        if not s.triggers:
            continue
        not_parties: set[int] = set()
        if len({o.key for o in s.orgs}) >= 2:  # with fewer, nothing need be set aside for the gate
            not_parties = set(describers_of(s, lex)) if on("roles.describer") else set()
            if background is not None:
                not_parties |= background(s)
        if not hit("gates.parse_candidate", gate and not is_candidate(s, not_parties, not_org_words)):
            todo.append(i)
            slots.add(i)
        elif frames and s.money and len({o.key for o in s.orgs}) >= 2 and parse_for_frames(s):
            todo.append(i)
    at(-1)
    described: list[int] = []  # clauses parsed for the name a relative clause after them describes
    if on("mentions.antecedent_parse"):
        # 'Brimoral makes chips for data centres. The company has raised $200 million from Halvern': the sentence
        # before a parsed one that refers back ('the company', 'the startup') and names no one by list or shape
        # is parsed for its names too, so that the reference has a company to stand for
        # (a sentence parsed for its frames only refers back too: 'The AI lab is in talks with A and B to raise ...')
        # ('Velkara was founded in 2021. It will buy ...': 'it' as the subject refers back too, rule
        # mentions.antecedent_it)
        across = on("mentions.antecedent_across_paragraph")

        def back(i: int) -> int:
            """The sentence before sentence i: across a paragraph break, the one before the blank line
            (mentions.antecedent_across_paragraph); -1 at the start."""
            j = i - 1
            while across and j >= 0 and not sentences[j].text.strip():
                j -= 1
            return j

        before = [p for i in todo if (p := back(i)) >= 0 and p not in todo and (not sentences[p].orgs or (
                      on("mentions.antecedent_unfound") and _opening_name_unfound(sentences[p])))
                  and (ANAPHOR.search(sentences[i].text) or IT_OBJECT.search(sentences[i].text) or (
                      IT_BOUGHT.search(sentences[i].text) and on("mentions.it_bought")) or (
                      ITS_ROUND.search(sentences[i].text) and on("mentions.its_round")) or (
                      ITS_ROLE_AFTER.search(sentences[i].text) and on("mentions.its_role_apposition")) or (
                      ITS_ROLE.match(sentences[i].text) and on("mentions.its_role")) or (
                      ITS_DEAL.match(sentences[i].text) and on("mentions.its_deal")) or (
                      ITS_ROLE_IS.match(sentences[i].text) and on("mentions.its_role_is")) or (
                      BARE_STAKE.search(sentences[i].text) and on("mentions.stake_owner_before")) or (
                      STAKE_PAID_FOR.search(sentences[i].text) and on("mentions.stake_paid_for")) or (
                      sentences[p].triggers and DEAL_BACK.search(sentences[i].text) and on(
                          "discourse.deal_told_across")) or (
                      GOODS_BACK.search(sentences[i].text) and on("mentions.goods_anaphor")) or (
                      SITE_LEASED.search(sentences[i].text) and on("mentions.site_leased")) or (
                      SITE_BOUGHT.search(sentences[i].text) and on("mentions.site_bought_back")) or (
                      # ('Pellworth is building a campus.' then 'The campus will be leased to Quorant')
                      SITE_OPENS.match(sentences[i].text) and hit("mentions.site_opens_parse", on(
                          "mentions.site_opens_parse"))) or (
                      (IT_OPENS.match(sentences[i].text) or IT_SAID_IT.match(sentences[i].text) and on(
                          "mentions.it_said_it") or IT_COORDINATED.match(sentences[i].text) and on(
                          "mentions.it_coordinated")) and hit("mentions.antecedent_it", on(
                          "mentions.antecedent_it")))) and any(
                      not is_english(w.group(0), plural=False) for w in CAPITALISED_WORD.finditer(
                          sentences[p].text))]
        if on("mentions.relative_deal_only"):
            # 'Halvern Capital owns 49% of Orsk Data,' cut before 'which signed a $2 billion deal with ...'
            # (mentions.relative_deal_only): the clause with no deal word is parsed for the name before its comma,
            # which the relative clause describes
            described = [p for i in todo if (p := back(i)) >= 0 and p not in todo and p not in before and
                         RELATIVE_LEAD.match(sentences[i].text) and sentences[p].text.rstrip().endswith(",") and
                         0 <= sentences[i].start - sentences[p].end <= 2 and not any(
                             o.end - sentences[p].start >= len(sentences[p].text.rstrip()) - 1 for o in
                             sentences[p].orgs) and CAPITALISED_BEFORE_COMMA.search(sentences[p].text)]
            before += described
        if on("mentions.antecedent_kind_unfound"):
            # "Pellam Cloud's shares fell after Orsk Data said ..." then 'The AI lab will pay ...': a phrase that opens
            # the sentence and gives a kind that none of the names found in the sentence before has, where that
            # sentence holds a capitalised word no list or shape took, has its company still to be found: the
            # sentence before is parsed for its names
            before += [p for i in todo if (p := back(i)) >= 0 and p not in todo and p not in before and (
                _kind_unfound(sentences[p], sentences[i], load_slot_rules().kind_words)) and hit(
                "mentions.antecedent_kind_unfound")]
        if on("mentions.pair_antecedent_parse"):
            # 'Brisca Energy and Holloway Data have been in talks.' then 'The two companies are close to ...': the
            # sentence before a pair's phrase, with fewer than two names found and a capitalised word no list or shape
            # took, is parsed for the other name
            before += [p for i in todo if (p := back(i)) >= 0 and p not in todo and p not in before and (
                PLURAL_ANAPHOR.search(sentences[i].text) or PAIR_NOUN.search(sentences[i].text)) and len(
                {o.key for o in sentences[p].orgs}) + _unfound_names(sentences[p]) == 2 and hit(
                "mentions.pair_antecedent_parse")]
        if on("mentions.antecedent_chain"):
            # 'Brimoral makes chips.' then 'The company, based in Oslo, is building a new one.' then 'Halvern is
            # leading the round for the company.': the sentence before refers back too and names no one, so the
            # reference reaches one sentence further back for the company it stands for
            before += [q for i in todo if (p := back(i)) >= 0 and (q := back(p)) >= 0 and not {p, q} & set(todo)
                       and q not in before and not sentences[p].orgs and not sentences[q].orgs
                       and ANAPHOR.search(sentences[i].text) and (_opens_referring(sentences[p].text)
                                                                  or IT_WORD_OPENS.match(sentences[p].text))
                       and any(not is_english(w.group(0), plural=False)
                               for w in CAPITALISED_WORD.finditer(sentences[q].text))
                       and hit("mentions.antecedent_chain")]
        if any(not sentences[p + 1].text.strip() for p in before):
            hit("mentions.antecedent_across_paragraph")
        if before and hit("mentions.antecedent_parse"):
            todo = sorted(set(todo) | set(before))
            slots |= set(before)
    if on("mentions.enumerated_parse"):
        # 'Vireo AI has struck deals with three cloud providers.' then 'The largest, with Calder Cloud, ...' and 'a
        # smaller one, with Nimbus Rack, ...': a sentence opening on one of the deals counted shortly before names
        # its other side after 'with', where a name no list or shape knows is found by the parse
        # (the rare opening is looked for first; only then the sentences before it, for a count)
        listed = [i for i, s in enumerate(sentences) if i not in todo and (m := ENUMERATED_WITH.match(s.text))
                  and CAPITALISED_WORD.match(s.text, m.end()) and not any(o.start - s.start >= m.end() for o in s.orgs)
                  and any(SEVERAL_DEALS.search(sentences[c].text) for c in range(max(0, i - ENUMERATED_REACH), i))]
        if listed and hit("mentions.enumerated_parse", True):
            todo = sorted(set(todo) | set(listed))
            slots |= set(listed)
    if on("discourse.named_role_predicate"):
        # 'Fenwyn will build a 1 GW campus.' then 'Quendry AI will be the sole tenant.': a sentence after one with a
        # trigger that opens with capitalised words, then a copula and a role in a deal, names that side; a name no
        # list or shape knows is found by the parse (discourse.named_role_predicate)
        named = [i for i, s in enumerate(sentences) if i and i not in todo and sentences[i - 1].triggers
                 and not any(o.start - s.start <= 1 for o in s.orgs) and ROLE_PREDICATE_OPENS.match(s.text)]
        if named:
            todo = sorted(set(todo) | set(named))
            slots |= set(named)
    if not todo:
        return sentences
    docs = yield [for_parse(sentences[i]) for i in todo]
    rules = load_slot_rules()
    # words written with a capital inside some sentence: a name, even where it opens a sentence and the
    # tagger, seeing an unknown capitalised first word, calls it a noun ('Teraunru invests $10 billion')
    names = {m.group(0) for s in sentences for m in MID_SENTENCE_NAME.finditer(s.text)}
    lone = lone_capitalised(s.text for s in sentences)
    surnames = full_name_ends(s.text for s in sentences) if on("mentions.surname") else frozenset()
    out = list(sentences)
    for i, doc in zip(todo, docs, strict=True):
        sent = sentences[i]
        at(sent.start)
        sent = out[i] = _verbal_triggers(sent, doc)
        if i not in slots:  # parsed for its frames only: its parties are known by name
            out[i] = replace(sent, frames=read_frames(doc, sent.start))
            continue
        taken = [(o.start, o.end) for o in sent.orgs] + [p for p in products if sent.start <= p[0] < sent.end]
        figures = [(m.start, m.end) for m in sent.money]  # '£1.3bn' is a figure, whatever the tagger calls '1.3bn'
        rejected: list[tuple[str, str]] = []
        found = []
        cues = PersonCues(lone, frozenset(t.start - sent.start for t in sent.triggers), surnames, i + 1 < len(
            sentences) and _opens_referring(sentences[i + 1].text) and on("mentions.person_referred_as_company"))
        # 'Velkor Chips said demand was strong.' then 'The chipmaker has agreed to supply ...': in a sentence with no
        # deal word, parsed so that a later reference has a company to stand for, the speaker is that company
        # (mentions.speaker_antecedent; where a deal is told, the speaker is no party: mentions.speaker)
        # ('Halvern owns a third of Quorvale,' cut before 'which signed a $90 million deal ...': the name before the
        # comma is the relative clause's party, whatever label the recogniser gives it; mentions.relative_deal_only)
        described_name = i in described and on("mentions.relative_antecedent_label")
        keep_speaker = not sent.triggers and on("mentions.speaker_antecedent")
        found_here = list(_slot_mentions(doc, sent.start, rules, lex, names, rejected, cues, sent.text))
        if keep_speaker:
            with switched_off({"mentions.speaker"}):
                spoken = list(_slot_mentions(doc, sent.start, rules, lex, names, [], cues, sent.text))
            kept = {(m.start, m.end) for m in found_here}
            extra = [m for m in spoken if (m.start, m.end) not in kept]
            if extra and hit("mentions.speaker_antecedent"):
                found_here = sorted(found_here + extra, key=lambda m: m.start)
        end = sent.start + len(sent.text.rstrip()) - 1  # the comma before 'which'
        if described_name and not any(m.end == end for m in found_here):
            with switched_off({"mentions.entity_label"}):
                labelled = [m for m in _slot_mentions(doc, sent.start, rules, lex, names, [], cues, sent.text)
                            if m.end == end and not all(is_english(w, plural=False) for w in m.text.split())]
            if labelled and hit("mentions.relative_antecedent_label"):
                found_here = sorted(found_here + labelled[:1], key=lambda m: m.start)
        for m in found_here:
            rest = _joined_rest(m, taken, lex) if on("mentions.joined_rest") else None
            if rest is not None and not any(s < rest.end and rest.start < e for s, e in taken + figures) and hit(
                    "mentions.joined_rest", True):
                found.append(rest)  # 'Tizeum Labs and Drudriing announced ...': the name joined to a known one
            elif any(s < m.end and m.start < e for s, e in taken) and not (
                    on("mentions.product_opens_name") and _product_opens_name(m, taken, products, doc, sent.start)
                    and hit("mentions.product_opens_name", True)):
                rejected.append((m.text, "overlap:known_name"))
            elif any(s < m.end and m.start < e for s, e in figures):
                rejected.append((m.text, "overlap:figure"))
            else:
                found.append(m)
        if dropped is not None and rejected:
            dropped[sent.start] = rejected
        if found and on("mentions.name_particle"):
            found = _with_particles(found, sent, lex, taken)
        if found and on("mentions.name_phrasal_verb"):
            found = _without_phrasal_verb(found, sent, lex)
        if found:
            hit("mentions.slot_orgs")
            out[i] = replace(sent, orgs=tuple(sorted(sent.orgs + tuple(found), key=lambda o: o.start)))
            if on("mentions.name_with_and"):
                out[i] = _and_joined_names(out[i])
        if on("roles.dependency_frame"):
            out[i] = replace(out[i], frames=read_frames(doc, sent.start))
    return out


# verbs of getting a contract (mentions.deal_compound: 'lands $2B Quorvane contract')
WINNING_VERBS = frozenset({"win", "land", "secure", "bag", "clinch", "book", "nab", "snag", "score", "receive", "get",
                           "sign", "ink", "seal"})
# the small words a title-case headline leaves in lower case
TITLE_SMALL = frozenset("a an the and or but of to in on at by for from with as vs via into over per".split())
WORD_RX = re.compile(r"[A-Za-z][\w'’-]*")


@cache
def _headline_verbs() -> frozenset:
    from .lexicon import load_lexicon
    return frozenset(w.lower() for w in load_lexicon().cues["headline_verbs"])


@cache
def _org_suffixes() -> frozenset:
    from .lexicon import load_lexicon
    return frozenset(w.rstrip(".") for w in load_lexicon().cues["org_suffixes"]) | {"Data"}


# a headline's label before a colon or a dash ('Exclusive: ', 'UPDATE 2-'; context list headline_kickers)
KICKER = re.compile(rf"^\s*(?:{words('headline_kickers')})(?:\s+\d+)?\s*(?::\s|[-–—]\s?)", re.I)


# verbs whose subject or object only a company fills (mentions.product_opens_name)
COMPANY_SUBJECT_VERBS = frozenset({"raise", "acquire", "invest"})
COMPANY_OBJECT_VERBS = frozenset({"acquire"})


PACKAGE_NOUNS = frozenset({"package", "facility", "facilities", "deal", "line"})  # (mentions.package_for)


def _product_opens_name(m, taken: list, products: list, doc, offset: int) -> bool:
    """'completed its acquisition of Cobalt Fabric': a known product's name ('Cobalt', a chip) that opens a longer
    name set where only a company stands (the thing acquired or invested in, the subject of 'raise', 'acquire',
    'invest') is a word of that company's name. The words after it are capitalised, with no figure, no place and no
    product's tier ('Blackwell Ultra'; context list product_tiers)."""
    inside = [(s, e) for s, e in taken if s < m.end and m.start < e]
    if len(inside) != 1 or inside[0] not in products or inside[0][0] != m.start or inside[0][1] >= m.end:
        return False
    span = doc.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
    if span is None:
        return False
    rest = [t for t in span if t.idx >= inside[0][1] - offset]
    if not rest or any(not t.text[:1].isupper() or any(c.isdigit() for c in t.text) or t.ent_type_ in ("GPE", "LOC")
                       or t.lower_ in word_set("product_tiers") for t in rest):
        return False
    head = span.root
    if head.dep_ == "pobj" and head.head.lower_ in ("of", "in"):
        rules = load_slot_rules()
        return head.head.head.lemma_.lower() in rules.target_heads | rules.investment_heads
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        return head.head.lemma_.lower() in COMPANY_SUBJECT_VERBS and head.dep_ == "nsubj"
    return head.dep_ == "dobj" and head.head.lemma_.lower() in COMPANY_OBJECT_VERBS


def for_parse(sent: Sentence) -> str:
    """The sentence as the parser reads it: a title-case headline ('Ostren Buys Belvance For $1.1 Billion') with its
    English words in lower case ('Ostren buys Belvance for $1.1 billion'), so that the tagger, which takes every
    capitalised word for a name, sees the verb; unknown words and the organisations already found keep their
    capitals (rule mentions.headline_case). The text keeps its length, so offsets hold."""
    text = sent.text
    kicker = KICKER.match(text) if on("mentions.headline_kicker") else None
    if kicker and hit("mentions.headline_kicker"):
        # 'Exclusive: Velkor in talks to buy Orlin': the label is blanked, or the parser hangs the headline on it
        text = " " * kicker.end() + text[kicker.end():]
    words = list(WORD_RX.finditer(text))
    letters = [c for c in text if c.isalpha()]
    if len(words) >= 3 and sum(c.isupper() for c in letters) > 0.9 * len(letters) and on("mentions.headline_case"):
        # 'OSTREN TO ACQUIRE BELVANCE FOR $1.1 BILLION': an all-capitals headline, in the case of an ordinary line
        # (English words in lower case, other words capitalised, short ones left as abbreviations)
        out = list(text)
        for m in words:
            w = m.group(0)
            if len(w) <= 3 and w.lower() not in TITLE_SMALL and not is_english(w, plural=True):
                continue
            new = w.lower() if is_english(w, plural=True) or w.lower() in TITLE_SMALL else w.capitalize()
            if len(new) == len(w):
                out[m.start():m.end()] = new
        hit("mentions.headline_case")
        return "".join(out)
    content = [m for m in words[1:] if m.group(0).lower() not in TITLE_SMALL]
    if len(content) < 3 or sum(m.group(0)[0].isupper() for m in content) < 0.8 * len(content) or not on(
            "mentions.headline_case"):
        return text
    known = [(o.start - sent.start, o.end - sent.start) for o in sent.orgs]
    if on("mentions.headline_lower_word") and hit("mentions.headline_lower_word", any(
            m.group(0)[0].islower() and len(m.group(0)) >= 4 and not text[m.start() - 1].isdigit()
            and not any(a <= m.start() < b for a, b in known) and not (on("mentions.headline_small_word") and hit(
                "mentions.headline_small_word", m.group(0) in HEADLINE_SMALL_WORDS)) for m in content)):
        return text  # 'Caspian Forge competes with Ridgeline Compute and Tollan Systems.': names, and a verb in lower case
    suffixes = _org_suffixes()  # 'Daeryun Data', 'Velgard Energy': the words that end a company's name stay
    verbs = _headline_verbs()
    out = list(text)
    changed = False
    in_name = False  # the word before was kept as part of a name
    lowered = False  # the word before was put in lower case
    possessed = False  # the word before was a possessive determiner put in lower case ('Its')
    for m in words:
        if any(a <= m.start() < b for a, b in known):
            in_name = True
            continue
        if m.start() and text[m.start() - 1].isdigit():  # '$1.1B': the figure's scale
            in_name = False
            continue
        at = m.start()
        for part in re.split(r"([-'’])", m.group(0)):  # 'Halvern-Backed': each part of a hyphenated word
            if not part[:1].isalpha():
                at += len(part)
                continue
            low = part.lower()
            # ('Amid', 'Among', 'Against': prepositions the lemmatizer's index lacks; context list
            # headline_prepositions, rule mentions.headline_preposition)
            preposition = low in HEADLINE_PREPOSITIONS and hit("mentions.headline_preposition", on(
                "mentions.headline_preposition"))
            english = is_english(part, plural=True) or low in TITLE_SMALL or preposition
            # an English word goes to lower case, unless it goes on a name ('Orvell Dynamics', 'Daeryun Data'),
            # which a verb of the headline or a small word never does ('Ostren Buys', 'Tessaly To')
            # (a company word ends a name: after a word lowered it is one more English word, 'Gas Power Plant')
            kept = part in suffixes and not (lowered and hit("mentions.headline_common_run", on(
                "mentions.headline_common_run") and not in_name))
            lower = part[:1].isupper() and not part.isupper() and english and len(low) == len(part) and (
                low in verbs or low in TITLE_SMALL or preposition or not (in_name or kept) or (
                    on("mentions.headline_small_word") and hit("mentions.headline_small_word",
                                                               low in HEADLINE_SMALL_WORDS)))
            if lower:
                out[at:at + len(part)] = low
                changed = True
            # ('Can Orvane Pay For Its AI Ambitions?': an abbreviation after 'its' modifies what is owned, no name;
            # the words after it are read as after a word put in lower case)
            owned = part.isupper() and possessed and hit("mentions.headline_possessed", on(
                "mentions.headline_possessed"))
            # ('To Build $2B AI Data Center Network': a common abbreviation after no name opens none; the English
            # words after it are read as after a word put in lower case)
            owned = owned or (part.isupper() and not in_name and part in _not_org_words() and hit(
                "mentions.headline_common_abbreviation", on("mentions.headline_common_abbreviation")))
            in_name = not lower and part[:1].isupper() and not owned
            possessed = lower and low in ("its", "their", "his", "her", "our", "your")
            lowered = lower or owned
            at += len(part)
    hit("mentions.headline_case", changed)
    return "".join(out)


def _in_figure(sent: Sentence, tok) -> bool:
    """The word is part of a figure ('raised more than 1bn yuan', the tagger's noun '500mn')."""
    return any(c.isdigit() for c in tok.text) or any(m.start <= sent.start + tok.idx < m.end for m in sent.money)


DIRECTED = ("buyer_first", "seller_first", "investor_first", "investee_first", "acquirer_first", "target_first")


def _verbal_triggers(sent: Sentence, doc) -> Sentence:
    """A directed trigger word the parser reads as no verb names no transaction: an adverb or particle ('will be back
    in action', 'held back'), or a noun that is the subject of another verb ('as driver pay went down'). A word that
    names an agreement ('the lease runs to 2030') stays (rule mentions.trigger_not_verb)."""
    if not on("mentions.trigger_not_verb"):
        return sent
    heads = {sent.start + t.idx: t for t in doc}
    nouns = word_set("agreement_nouns")
    agreements = nouns | word_set("strong_nouns") | load_slot_rules().deal_heads
    money_words = word_set("round_nouns") | word_set("lending_nouns") | word_set("raised_objects")
    # what a signing verb's object may be: an agreement, or money ('sealed a $750 million credit facility')
    signed = agreements | {w.split()[-1] for w in money_words}
    signing, raising = word_set("agreement_verbs"), word_set("raising_verbs")
    keep = []
    for t in sent.triggers:
        tok = heads.get(t.start)
        first = t.text.split()[0].lower()
        # (a trigger of several words that opens on a preposition is a phrase by design: 'with a $2 billion
        # investment'; the test is for one word the parser reads as no verb)
        phrase = " " in t.text.strip() and tok is not None and tok.pos_ == "ADP"
        if tok is not None and tok.is_alpha and t.frame in DIRECTED and first.rstrip("s") not in nouns and not phrase \
                and (tok.pos_ in ("ADV", "ADP", "PART") or tok.tag_ == "NN" and tok.dep_ in ("nsubj", "nsubjpass")) \
                and not (_verb_read_as_adverb(tok) and hit("mentions.verb_between_names", on(
                    "mentions.verb_between_names"))):
            # ('Vantor and Halsey back Drevik in a $40 million round': a verb between two names, read as an adverb)
            hit("mentions.trigger_not_verb")
            continue
        one_word = " " not in t.text.strip()
        if tok is not None and tok.is_alpha and t.frame in DIRECTED and one_word and tok.tag_ == "NNS" and tok.dep_ in (
                "pobj", "dobj", "compound", "conj", "appos") and first.rstrip("s") not in agreements and hit(
                "mentions.plural_noun_trigger", on("mentions.plural_noun_trigger")):
            continue  # '$300 million of loan funds have been released to X': 'funds' a plural noun, no verb of funding
        objects = [c for c in tok.children if c.dep_ == "dobj"] if tok is not None and tok.pos_ == "VERB" else []
        # (an agreement named in two words, 'a term sheet', is its compound and its head)
        if first in signing and any(c.pos_ in ("NOUN", "PRON") and c.lower_ != "it" and c.lemma_.lower() not in (
                signed) and c.lower_ not in signed and " ".join([g.lower_ for g in c.lefts if g.dep_ == "compound"] + [
                    c.lemma_.lower()]) not in signed for c in objects) and hit(
                "mentions.signed_other_thing", on("mentions.signed_other_thing")):
            continue  # 'signed false certifications', 'struck a blow': what was signed is no agreement
        if first in raising and any(c.pos_ == "NOUN" and c.lemma_.lower() not in money_words and c.lower_ not in (
                money_words) and not _in_figure(sent, c) for c in objects) and hit("mentions.raised_other_thing", on(
                "mentions.raised_other_thing")):
            continue  # 'will raise questions about X', 'raised prices': what was raised is no money
        keep.append(t)
    return sent if len(keep) == len(sent.triggers) else replace(sent, triggers=tuple(keep))


# 'Casa dos Ventos', 'Banco do Brasil': a lower-case particle between capitalised words of a name (the parser, which
# reads 'do' and 'dos' as English verbs, splits it in two)
PARTICLE_BEFORE = re.compile(rf"(?<![\w’'&.-])[A-Z][\w&.'’-]*\s+(?:{words('name_particles')})\s+$")
PARTICLE_AFTER = re.compile(rf"^\s+(?:{words('name_particles')})\s+[A-Z][\w&'’-]*[\w&]")


# right before a word: a preposition of place ('in Velmora', 'across the Velmora region'; short_form_public_body)
PLACE_BEFORE = re.compile(r"\b(?:in|at|across|near|throughout|outside|around)\s+(?:the\s+)?$", re.I)
# right before a word: a public body and its 'of' ('the Government of Velmora'; short_form_public_body)
BODY_OF_BEFORE = re.compile(rf"\b(?:{words('public_bodies')})\s+of\s+(?:the\s+)?$", re.I)
COMPANY_WORDS_LAST = ("Company", "Corporation", "Co", "Inc", "Incorporated", "Cooperative")


def _company_and_rest(words: list[str]) -> bool:
    """English words ending in a company word ('Power Company', 'Electric Co.'): no name alone."""
    return len(words) >= 2 and words[-1].rstrip(".,") in COMPANY_WORDS_LAST and all(
        is_english(w, plural=False) for w in words[:-1])


def _and_joined_names(sent: Sentence) -> Sentence:
    """'Kessler Light and Power Company': two names found with 'and' between, the second English words and a company
    word, which name no one alone, are one name (rule mentions.name_with_and)."""
    orgs = list(sent.orgs)
    k = 0
    while k + 1 < len(orgs):
        a, b = orgs[k], orgs[k + 1]
        if re.fullmatch(r"\s+(?:and|&)\s+", sent.text[a.end - sent.start:b.start - sent.start]) and a.origin != \
                "gazetteer" and _company_and_rest(b.text.split()) and hit("mentions.name_with_and", True):
            text = sent.text[a.start - sent.start:b.end - sent.start]
            orgs[k:k + 2] = [replace(a, end=b.end, text=text, key=fold_name(text), canonical=text,
                                     kind=a.kind if a.kind != "other" else b.kind)]
            continue
        k += 1
    return replace(sent, orgs=tuple(orgs)) if len(orgs) != len(sent.orgs) else sent


def _with_particles(found: list[OrgMention], sent: Sentence, lex: Lexicon, taken: list) -> list[OrgMention]:
    """Each mention widened over a particle and the capitalised word beyond it; a mention the widened one covers
    is dropped. Not over a name found otherwise."""
    out = []
    for m in found:
        a, b = m.start - sent.start, m.end - sent.start
        before, after = PARTICLE_BEFORE.search(sent.text[:a]), PARTICLE_AFTER.match(sent.text[b:])
        start = a - len(before.group(0)) if before else a
        end = b + after.end() if after else b
        if (start, end) != (a, b) and not any(s < sent.start + end and sent.start + start < e for s, e in taken
                                              if (s, e) != (m.start, m.end)):
            hit("mentions.name_particle")
            text = sent.text[start:end]
            entry = lex.lookup(text)
            canonical = entry.name if entry else strip_suffix(text)
            m = OrgMention(sent.start + start, sent.start + end, text, fold_name(canonical), canonical,
                           entry.kind if entry else m.kind, m.origin)
        if not any((o.start, o.end) == (m.start, m.end) for o in out):
            out.append(m)
    return [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end for o in out)]


# a title-case headline's verb of joining with its particle ('Velkor Teams Up With Halvern'): the verb is no word of
# the name before it (context list headline_phrasal_verbs)
PHRASAL_TAIL = re.compile(rf"\s+(?:{words('headline_phrasal_verbs')})$")
PHRASAL_PARTICLE = re.compile(r"\s+(?:up|forces|hands)\b", re.I)


def _without_phrasal_verb(found: list[OrgMention], sent: Sentence, lex: Lexicon) -> list[OrgMention]:
    """Each mention whose last word is a verb of joining followed by its particle ('Velkor Teams' of 'Velkor Teams
    Up With Halvern') cut before that word (rule mentions.name_phrasal_verb). Not a name a list knows."""
    out = []
    for m in found:
        tail = PHRASAL_TAIL.search(m.text)
        if tail and tail.start() and not lex.lookup(m.text) and PHRASAL_PARTICLE.match(
                sent.text, m.end - sent.start) and hit("mentions.name_phrasal_verb"):
            text = m.text[:tail.start()]
            entry = lex.lookup(text)
            canonical = entry.name if entry else strip_suffix(text)
            m = OrgMention(m.start, m.start + len(text), text, fold_name(canonical), canonical,
                           entry.kind if entry else m.kind, m.origin)
        out.append(m)
    return out


OBLIQUE_BEFORE = re.compile(rf"\b(?:{words('oblique_before')})\s+(?:[\w’'&.-]+\s+){{0,3}}$", re.I)


WORD = re.compile(r"[\w’'.&-]+")


def lone_capitalised(texts) -> set[str]:
    """Capitalised words that stand alone somewhere in the passage, with no capitalised word beside them: 'Sunak said',
    'according to Pike' (a person named again by surname), 'Hanbit' (a company named again by its first word)."""
    out = set()
    for text in texts:
        words = WORD.findall(text)
        for i, w in enumerate(words):
            if w[0].isupper() and not (i and words[i - 1][0].isupper()) and not (
                    i + 1 < len(words) and words[i + 1][0].isupper()):
                out.add(w.rstrip(".").removesuffix("’s").removesuffix("'s"))
    return out


# a word, then two capitalised words with no capitalised word after them: a name when the word before is written in
# lower case ('after Dana Whitfield left') or is a person's title ('Windsurf CEO Varun Mohan')
FULL_NAME = re.compile(r"(\S+) ([A-Z][a-z]+) ([A-Z][a-z]+)(?![\w’'&-]| [A-Z])")
# a day or a month is no first name: 'said on Tuesday Halvern would pay ...' (rule mentions.date_before_name)
CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                           "june july august september october november december".split())


def full_name_ends(texts) -> frozenset:
    """The last words of two-word names written inside a sentence ('Dana Whitfield'): where the recogniser calls the
    same word alone a person ('Whitfield agreed to ...'), it is that person named again by surname
    (mentions.surname)."""
    titles = load_slot_rules().person_titles
    return frozenset(m.group(3) for text in texts for m in FULL_NAME.finditer(text)
                     if (not any(c.isupper() for c in m.group(1)) or m.group(1).lower().rstrip(".") in titles) and not (
                         m.group(2).lower() in CALENDAR_WORDS and hit("mentions.date_before_name", on(
                             "mentions.date_before_name"))))


def parse_for_frames(sent: Sentence) -> bool:
    """A sentence whose parties are known by name is parsed for its role frames (rule gates.parse_for_frames) where
    word order can mislead: three or more organisations, two before the verb, or one before the verb in an oblique
    ('After talks with X, Y agreed to buy ... from Z'). Elsewhere word order gives the roles as well as the parse (measured), and the
    parse would double what a mostly irrelevant corpus costs."""
    if not on("gates.parse_for_frames"):
        return False
    first = min(t.start for t in sent.triggers)
    keys = {o.key for o in sent.orgs}
    before = {o.key for o in sent.orgs if o.end <= first}
    ambiguous = len(keys) >= 3 or len(before) >= 2 or any(
        o.end <= first and OBLIQUE_BEFORE.search(sent.text[:o.start - sent.start]) for o in sent.orgs)
    if not ambiguous and on("gates.frames_opposite_triggers"):
        # 'raised $300 million in a round Kelmar Partners led': one trigger makes its subject the investee, another
        # the investor; the parse tells whose subject each is
        frames = {t.frame for t in sent.triggers}
        ambiguous = hit("gates.frames_opposite_triggers", {"investee_first", "investor_first"} <= frames)
    return hit("gates.parse_for_frames", ambiguous)


SUPPLY_LEMMAS = frozenset({"supply", "deliver", "ship", "provide"})  # (mentions.supplied_goods)


def _slot_mentions(doc, offset: int, rules: SlotRules, lex: Lexicon, names: set[str],
                   rejected: list | None = None, cues: PersonCues | None = None,
                   source: str | None = None) -> list[OrgMention]:
    not_org = set(lex.cues["not_org_words"])
    generic = set(lex.cues["generic_words"])
    seen: set[int] = set()
    found = []
    for tok in doc:
        proper = tok.pos_ == "PROPN" or (tok.pos_ in ("NOUN", "ADJ", "X") and tok.text in names) or (
            tok.i == 0 and tok.dep_ in ("nsubj", "nsubjpass", "poss") and hit("mentions.unknown_first_word",
                                                                              _unknown_word(tok))) or (
            hit("mentions.name_norm_shares", _unknown_share_owner(tok))) or (
            _headless_subject(tok) and hit("mentions.headless_subject", _unknown_word(tok.doc[0]))) or (
            hit("mentions.verb_read_as_noun", _verb_read_as_noun(tok))) or (
            hit("mentions.intent_read_as_noun", _intent_read_as_noun(tok))) or (
            hit("mentions.opener_subject", _subject_after_opener(tok))) or (
            hit("mentions.name_read_as_word", _name_read_as_word(tok))) or (
            tok.pos_ in ("NOUN", "ADJ") and hit("mentions.appositive_name", _described_name(tok, lex))) or (
            hit("mentions.hyphen_lower_name", _hyphen_lower_name(tok, lex))) or (
            hit("mentions.described_opener", _described_opener(tok, lex))) or (
            tok.pos_ == "NOUN" and tok.text[:1].isupper() and _employer_speaking(tok, rules)) or (
            tok.pos_ in ("NOUN", "ADJ", "VERB") and _headline_subject(tok)) or (
            tok.pos_ in ("ADJ", "NOUN") and tok.dep_ == "amod" and hit("mentions.adjective_maker",
                                                                      _adjective_maker(tok)))
        oblique = not proper and hit("mentions.misparsed_oblique", _misparsed_oblique(tok, rules))
        if not (proper or oblique) or tok.i in seen or not (oblique or _in_slot(tok, rules)):
            continue
        if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "PROPN" and tok.head.text in \
                rules.not_org_heads and tok.head.lower_ in FACILITY_PLURALS and on("mentions.part_of_head_name") and \
                tok in _phrase(tok.head) and hit("mentions.part_of_head_name"):
            continue  # 'six Small Modular Reactors': a word of the sites' name, rejected with it
        if tok.dep_ == "dobj" and tok.head.lemma_ in SUPPLY_LEMMAS and any(
                p.dep_ in ("prep", "dative") and p.lower_ == "to" and any(o.dep_ == "pobj" for o in p.children)
                for p in tok.head.rights) and on("mentions.supplied_goods") and hit("mentions.supplied_goods"):
            continue  # 'Hynova to supply HBM4 to Tarvio': what is supplied to someone is goods, no company
        words = _phrase(tok)
        if words[0].i > tok.i - 2 and _hyphen_lower_name(tok, lex):
            words = list(doc[tok.i - 2:tok.i + 1])  # 'Norvel-tech': the capitalised part before the hyphen too
        if words[-1].i == tok.i and any(w.like_num and w.dep_ == "nummod" and w.head.i == tok.i for w in words[1:]) \
                and hit("mentions.figure_after_name", on("mentions.figure_after_name")):
            continue  # '(Quorvane) 400 MW' read from 'MW': a quantity, which the recogniser joined to the name before
        after = doc[words[-1].i + 1] if words[-1].i + 1 < len(doc) else None
        if after is not None and all(w.ent_type_ in ("GPE", "LOC") for w in words) and after.lower_ in lex.cues[
                "org_descriptors"] and after.i + 1 < len(doc) and doc[after.i + 1].text[:1].isupper() and hit(
                "mentions.place_before_descriptor", on("mentions.place_before_descriptor")):
            continue  # 'The San Francisco startup Selkirk AI': a place, then the descriptor of the name after it
        body = _body_of(words) if any(w.text in PUBLIC_BODIES for w in words) else words
        if hit("mentions.public_body_of", body != words and on("mentions.public_body_of")):
            words = body  # 'the Ministry of Science and ICT', 'the Government of Tamsin': one body
        elif words[-1].text in INSTITUTION_HEADS and on("mentions.institution_of"):
            body = _institution_of(words)
            if hit("mentions.institution_of", body != words):
                words = body  # 'the Orsk Bank for Reconstruction and Development': one institution
        while len(words) > 1 and words[0].lower_ in CALENDAR_WORDS and hit("mentions.date_before_name", on(
                "mentions.date_before_name")):
            words = words[1:]  # 'on Tuesday Taravik': the day opens no name
        seen.update(w.i for w in words)
        while len(words) > 1 and words[-1].lower_ in GOODS_WORDS and words[-1].text not in _company_words() and not (
                words[-1].dep_ in ("nsubj", "nsubjpass") and words[-1].text[:1].isupper() and hit(
                    "mentions.goods_word_subject", on("mentions.goods_word_subject"))) and not (
                words[-1].text.istitle() and on("mentions.titled_goods_name") and not title_case(doc) and hit(
                    "mentions.titled_goods_name")) and hit("mentions.maker_of_goods", on("mentions.maker_of_goods")):
            words = words[:-1]  # 'bought 100,000 Stellix GPUs': the goods' maker, without the goods
        rule = "mentions.descriptor_first" if len(words) > 2 else "mentions.descriptor_first_two"
        if len(words) > 1 and words[0].lower_ in lex.cues["org_descriptors"] and not all(
                is_english(w.text, plural=False) for w in words[1:]) and hit(rule, on(rule)):
            words = words[1:]  # 'Chipmaker Dredriard Data said ...': the kind, then the name (as the shapes read it)
        while len(words) > 1 and words[0].text.isalpha() and words[0].text.islower() and is_english(
                words[0].text) and hit("mentions.lower_case_kind", on("mentions.lower_case_kind")):
            words = words[1:]  # 'led by chip toolmaker Ostrivel': a word of the language in lower case opens no name
        if len(words) > 1 and words[0].i > 0 and doc[words[0].i - 1].lower_ == "to" and words[0].lower_ in lex.cues[
                "headline_verbs"] and hit("mentions.headline_infinitive", on("mentions.headline_infinitive")):
            words = words[1:]  # 'Brisa Power to Supply Quorvane With ...': the verb after 'to' opens no name
        if len(words) == 2 and words[0].is_sent_start and words[0].lower_ in lex.cues["org_descriptors"] and not \
                is_english(words[1].text, plural=False) and hit("mentions.descriptor_first_two", on(
                    "mentions.descriptor_first_two")):
            words = words[1:]  # 'Chipmaker Pexwood is acquiring ...': the kind, then a name that is no English word
        if len(words) > 1 and words[0].is_sent_start and words[0].lower_ in lex.cues["org_descriptors"] and all(
                w.text[:1].isupper() for w in words[1:]) and hit("mentions.descriptor_before_word_name", on(
                    "mentions.descriptor_before_word_name")):
            words = words[1:]  # 'Chipmaker Beacon agreed to buy ...': the kind opening the sentence, a name of words
        verb = next((k for k, w in enumerate(words) if k and w.lower_ in lex.cues["headline_verbs"]), 0)
        if verb and hit("mentions.verb_word_closes_name", _verb_word_closes_name(words, verb)):
            verb = 0  # 'raised $1 billion from Lindqvist Invest and Nordvik Capital': the word ends a name, no verb
        if hit("mentions.headline_verb", verb and on("mentions.headline_verb")):
            words = words[:verb]  # 'Quarnell Announces Closing of ...': a title-case headline, the name ends at its verb
        text = (source or doc.text)[words[0].idx:words[-1].idx + len(words[-1])]  # as written, not as parsed
        why = _rejection(words, text, rules, lex, not_org, generic, cues)
        if why is None and hit("mentions.figure_head", on("mentions.figure_head") and _figure_head(words)):
            why = "filter:figure_head"  # 'Makes $400 Million Bet on Tessaly': what the figure measures, no name
        if why is None and hit("mentions.quantity_as_name", on("mentions.quantity_as_name") and QUANTITY.fullmatch(
                text) is not None):
            why = "filter:quantity"  # 'agreed to purchase 100MW from X': a number with its unit, what is bought
        if why is None and not any(c.isupper() for c in text) and not lex.lookup(text) and hit(
                "mentions.uncapitalised_slot", on("mentions.uncapitalised_slot")):
            why = "filter:uncapitalised"  # 'funded by the sale of ~1,080 bitcoin': no capital letter, no name
        if why is not None:
            if rejected is not None:
                rejected.append((text, why))
            continue
        entry = lex.lookup(text)
        canonical = entry.name if entry else strip_suffix(text)
        kind = entry.kind if entry else kind_of(words, rules)
        found.append(OrgMention(offset + words[0].idx, offset + words[0].idx + len(text), text, fold_name(canonical),
                                canonical, kind, f"slot:{tok.dep_}"))
    return found


def _verb_word_closes_name(words, verb: int) -> bool:
    """'from Lindqvist Invest and Nordvik Capital', 'Lindqvist Invest led the round': a headline's verb word that
    closes the phrase and is followed by what ends a noun phrase (a comma, a full stop, a conjunction, a verb in lower
    case, the end of the sentence) takes no object: it is the name's last word. A headline's verb has its object or its
    preposition after it ('Orvell Quantum Strikes $200 Million Deal', 'Kelmar Invests in Ostrivel')."""
    if verb != len(words) - 1 or not on("mentions.verb_word_closes_name"):
        return False
    last = words[-1]
    if last.i + 1 >= len(last.doc):
        return True
    after = last.doc[last.i + 1]
    return after.text in (",", ".", ";", ":", ")") or after.lower_ in ("and", "or") or (
        after.tag_.startswith("VB") and after.text.islower())


JOINED = re.compile(r"\s+(?:and|&)\s+(?=[A-Z])")


def _joined_rest(m: OrgMention, taken: list, lex: Lexicon) -> OrgMention | None:
    """'Tizeum Labs and Drudriing announced ...': the recogniser draws a name found already and the name joined to it
    by 'and' into one; the part after the joiner is a name of its own (rule mentions.joined_rest), where it is one
    capitalised word or more that no dictionary has."""
    known = next((e for s, e in taken if s == m.start and e < m.end), None)
    if known is None:
        return None
    joiner = JOINED.match(m.text, known - m.start)
    if joiner is None:
        return None
    text = m.text[joiner.end():]
    if not text.split() or not all(w[:1].isupper() for w in text.split()) or all(
            is_english(w, plural=False) for w in text.split()):
        return None
    entry = lex.lookup(text)
    canonical = entry.name if entry else strip_suffix(text)
    return OrgMention(m.start + joiner.end(), m.end, text, fold_name(canonical), canonical,
                      entry.kind if entry else "other", m.origin)


@cache
def _scale_words() -> frozenset:
    """The scale words of money.yaml ('million', 'bn', 'crore'), one word each."""
    from .lexicon import load_lexicon
    return frozenset(w for k in load_lexicon().money.scales for w in k.split())


# a number written with its unit of power or energy glued on or beside it ('100MW', '1.2 GW', '500MWh')
QUANTITY = re.compile(r"\d[\d,]*(?:\.\d+)?\s?-?(?:[kMGT]Wh?|[kMGT]W[pe]?|[Mm]egawatts?|[Gg]igawatts?)")


def _figure_head(words) -> bool:
    """One dictionary word right after a money figure ('$400 Million Bet', '€2 Billion Deal') is the thing the figure
    measures, capitalised by a title-case headline, not a company's name."""
    if len(words) != 1 or not is_english(words[0].text, words[0].lemma_):
        return False
    doc, i = words[0].doc, words[0].i
    back = i - 1
    if back >= 0 and doc[back].lower_ in _scale_words():
        back -= 1
    return back >= 1 and doc[back].like_num and doc[back - 1].is_currency


@cache
def _english_words() -> frozenset:
    """The base forms the parser's lemmatizer knows (its WordNet-derived index: nouns, verbs, adjectives, adverbs)."""
    lemmatizer = load_parser().get_pipe("lemmatizer")
    if "lemma_index" not in lemmatizer.lookups.tables:
        return frozenset()
    index = lemmatizer.lookups.get_table("lemma_index")
    return frozenset(w for pos in index.keys() for w in index[pos])


def _bid_for(prep) -> bool:
    """'for' of a bid or an offer: on the noun ('a $10 billion bid for X'), or on the verb whose object the noun is
    ('made an offer of about $5 billion for X', the parse hanging 'for' on 'made'; mentions.bid_for)."""
    return prep.head.lemma_.lower() in ("bid", "offer") or prep.head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("bid", "offer") and c.i < prep.i for c in prep.head.children)


# verbs whose object a site is supplied, served or made for (mentions.site_owner_compound)
SITE_SERVING_VERBS = frozenset({"supply", "power", "serve", "feed", "lease", "rent", "build", "develop", "construct",
                                "host", "finance", "fund"})
QUANTITY_UNITS = frozenset({"gw", "mw", "gigawatt", "gigawatts", "megawatt", "megawatts"})


def _site_owner_compound(tok) -> bool:
    """tok is the one name word, no English word, set before a site noun (context list site_nouns, or 'plants'), where
    the site is what a verb of supplying, serving, leasing or building takes ('to supply a new, $10 billion Lidroter
    data center'; its object, or after its 'to', 'for' or 'at') or where a quantity of power is ('2.3 GW in new
    Rumarwyzo gas plants'): the site's owner, a party (mentions.site_owner_compound)."""
    site = _compound_head(tok)
    if site.lemma_.lower() not in word_set("site_nouns") or is_english(tok.text, plural=False) or any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.i != tok.i for c in site.children):
        return False
    if site.dep_ == "dobj":
        return site.head.lemma_.lower() in SITE_SERVING_VERBS
    if site.dep_ != "pobj":
        return False
    prep = site.head
    if prep.lower_ in ("to", "for", "at"):
        return prep.head.lemma_.lower() in SITE_SERVING_VERBS
    return prep.lower_ in ("in", "from") and prep.head.lower_ in QUANTITY_UNITS


def _leased_at_site(tok) -> bool:
    """tok is the one name word before a site noun (context list site_nouns) after 'at', in a clause whose verb or
    object is a lease ('signed a lease for 120 MW at the Dalvoren campus'; mentions.leased_site_owner)."""
    site = tok.head
    if site.lemma_.lower() not in word_set("site_nouns") or site.dep_ != "pobj" or site.head.lower_ != "at" or any(
            c.dep_ == "compound" and c.i != tok.i for c in site.children):
        return False
    verb = site.head.head
    return verb.lemma_.lower() in ("lease", "rent") or any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("lease", "leases") for c in verb.children)


def _compound_head(tok):
    """The noun a compound modifier describes, through common nouns that are compounds themselves ('Tessaly chip unit':
    'unit')."""
    head = tok.head
    while head.dep_ == "compound" and head.pos_ == "NOUN" and head.head is not head:
        head = head.head
    return head


def is_english(word: str, lemma: str = "", plural: bool = True) -> bool:
    """The word, in some form (as written, its lemma, and with `plural` without a plural ending), is one the parser's
    lemmatizer knows ('Exchange', 'Analysts'), not an invented name ('Brimoral'). False when the index is missing."""
    words = _english_words()
    low = word.lower()
    forms = {low, lemma.lower()}
    if plural:
        forms |= {low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
    return bool(words) and bool(forms & words)


def _participle_list(tok) -> bool:
    """'with Ashby and Tellmar joining', 'with A, B and C participating': the parser reads the last name of a list
    before a word of taking part (context list co_investor_after) as a compound of that word; after 'and' or a comma,
    it is one more name of the list (rule mentions.participle_list)."""
    return tok.dep_ == "compound" and tok.head.tag_ == "VBG" and tok.head.i == tok.i + 1 and tok.i > 0 and tok.nbor(
        -1).lower_ in ("and", ",") and tok.head.lower_ in word_set("co_investor_after") and on(
        "mentions.participle_list")


def _deal_for(tok) -> bool:
    """'is close to a deal for Rudalru', 'agreed a deal for Tessaly': a name right under 'for' under the noun 'deal'
    is the company the deal buys (type.deal_for_company reads the deal so), whatever the recogniser calls it
    (rule mentions.deal_for)."""
    return tok.head.lower_ == "for" and tok.head.head.lemma_.lower() == "deal" and on("mentions.deal_for") and hit(
        "mentions.deal_for")


def _deals_for_party(tok, rules) -> bool:
    """'the latest in a string of agreements for Corvane', 'its third contract this year for Tessaly', 'The deal is the
    biggest yet for Tessaly': a name under 'for' under a deal noun in the plural, or under any deal noun with an
    ordinal or a superlative, or under a superlative or ordinal said of a deal, is the company the deals are
    told of: a party, whatever the recogniser labels it (rule mentions.deals_for_party; 'a deal for X', one deal,
    is mentions.deal_for)."""
    if tok.head.lower_ != "for" or _known_place(tok) or not on("mentions.deals_for_party"):
        return False
    noun = tok.head.head
    ranked = noun.tag_ == "JJS" or noun.ent_type_ == "ORDINAL" or any(
        c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" for c in noun.children)
    if noun.lemma_.lower() in rules.deal_heads:
        found = noun.tag_ == "NNS" or ranked
    else:  # 'The deal is the biggest for X': the superlative the attribute of a deal noun (or 'it') as subject
        found = noun.tag_ == "JJS" and noun.dep_ == "attr" and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in rules.deal_heads or c.lower_ in ("it", "this"))
            for c in noun.head.children)
    return hit("mentions.deals_for_party", found)


def _unknown_word(tok) -> bool:
    """A capitalised word opening the sentence as its subject that is no English word, in any form the
    lemmatizer knows ('Brimoral announced ...', but not 'Analysts said' or 'Separately, ...'). The tagger, seeing an
    unknown first word, often calls it an adjective or a noun; a word the language has is left to the tagger."""
    text = tok.text
    if text.isupper() and text.isalpha() and 3 <= len(text) <= 6 and not tok.is_stop and hit(
            "mentions.acronym_first_word", on("mentions.acronym_first_word")):
        # 'QRVN will pay Tessaly ...': an acronym no dictionary has (not a currency code: 'USD', 'EUR')
        return text.lower() not in _currency_words() and text not in _not_org_words() and not is_english(text)
    if not (text[:1].isupper() and text[1:].islower() and text.isalpha() and len(text) >= 3) or tok.is_stop:
        return False
    if any(rx.fullmatch(text.lower()) for _, rx in load_slot_rules().kind_words):  # 'Photonics startup Foo'
        return False
    return bool(_english_words()) and not is_english(text, tok.lemma_)


# capitalised words after a name, up to the last of them ('Kestrel| Ridge Nuclear Power Plant')
FACILITY_RUN = re.compile(r"(?:\s+[A-Z][\w-]*){0,4}\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")


def repeat_names(sentences: list[Sentence]) -> list[Sentence]:
    """A name found once by its shape or its slot ('Pennavar' as the subject of 'injects') is the same company
    wherever else the passage writes it: the other occurrences become mentions too, so that a sentence whose
    parse was skipped or misread still has its parties. Names a list knows are found everywhere already. Not where
    the name opens a capitalised run that ends in a site noun ('the Kestrel Ridge Nuclear Power Plant': a facility
    named like the place; rule mentions.repeat_not_facility)."""
    found = {o.text: o for s in sentences for o in s.orgs
             if o.origin.startswith(("shape:", "slot:")) and len(o.text) >= 3 and any(c.isupper() for c in o.text)}
    if not found:
        return sentences
    rx = re.compile(r"(?<![\w&-])(" + "|".join(re.escape(t) for t in sorted(found, key=len, reverse=True)) + r")(?![\w&-])")
    out = []
    for sent in sentences:
        taken = [(o.start, o.end) for o in sent.orgs]
        extra = []
        for m in rx.finditer(sent.text):
            start, end = sent.start + m.start(), sent.start + m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            run = FACILITY_RUN.match(sent.text, m.end())
            if run and run.group(1).lower() in word_set("site_nouns") and hit(
                    "mentions.repeat_not_facility", on("mentions.repeat_not_facility")):
                continue  # 'from the Kestrel Ridge Nuclear Power Plant': a plant named like the place, no company
            src = found[m.group(1)]
            extra.append(replace(src, start=start, end=end, origin=f"repeat:{src.origin}"))
            taken.append((start, end))
        if extra and hit("mentions.repeat_names", True):
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + tuple(extra), key=lambda o: o.start)),
                           triggers=tuple(t for t in sent.triggers if not any(o.start <= t.start < o.end for o in extra)))
        out.append(sent)
    return out


# ', a Texas-based data-centre operator,': an apposition right after a name, up to its closing comma or stop
DESCRIPTION_AFTER = re.compile(r"\s*,\s+(?:a|an|the)\s+((?:[\w-]+\s+){0,5}?[\w-]+)\s*(?:[,.;)]|$)")
# 'cloud provider Quorvane', 'the chipmaker Daltrex': the words right before a name, on its line (a headline's last
# words, '... for $2bn of AI chips', describe no name that opens the body)
DESCRIPTION_BEFORE = re.compile(r"(?:^|[^\w-])((?:[a-z][\w-]*[^\S\n]+){1,3})$")


# 'Ostmarva builds and operates data centres in Norway', 'Tessaly, which makes inference chips,': what a company's own
# verb says it makes or runs, right after its name (mentions.kind_from_predicate)
MAKES = r"(?:builds|operates|runs|owns|develops|makes|designs|produces|manufactures|generates)"
PREDICATE_AFTER = re.compile(rf"(?:\s*,\s+which|\s*,\s+that)?\s+(?:also\s+)?{MAKES}(?:\s+and\s+{MAKES})?\s+"
                             rf"((?:[\w-]+\s+){{0,3}}?[\w-]+)\s*(?:[,.;]|\s+(?:in|for|across|at|to)\b|$)")


# 'the largest user of Kestrane chips', 'a big customer of cloud providers': what a buyer buys is not what it is
BUYER_OF = re.compile(rf"\b(?:{words('buyer_nouns')}|user|consumer)s?\s+of\b", re.I)


def kinds_from_descriptions(sentences: list[Sentence], text: str) -> list[Sentence]:
    """An unknown organisation whose kind its own sentence does not tell ('Quorvane will supply Daltrex ...') takes
    the kind the passage describes it with anywhere ('Quorvane, a cloud provider based in Oslo,', 'chipmaker
    Quorvane'): one kind, the same for every mention of it (rule mentions.kind_from_description). Kinds decide the
    direction of a trade told without one (roles.kind_sides) and whom a round is for."""
    rules = load_slot_rules()
    unknown = {o.text: o.key for s in sentences for o in s.orgs
               if o.kind == "other" and o.origin != "gazetteer" and len(o.text) >= 3}
    if not unknown:
        return sentences
    kinds: dict[str, set] = {}
    for name, key in unknown.items():
        for m in re.finditer(rf"(?<![\w&-]){re.escape(name)}(?![\w&-])", text):
            after = DESCRIPTION_AFTER.match(text, m.end())
            before = DESCRIPTION_BEFORE.search(text, max(0, m.start() - 40), m.start())
            does = PREDICATE_AFTER.match(text, m.end()) if on("mentions.kind_from_predicate") else None
            if does is not None and hit("mentions.kind_from_predicate", any(
                    rx.search(re.sub(r"\s*-\s*", " ", does.group(1))) for _, rx in rules.kind_words)):
                after = after or does  # (what it makes or runs tells its kind as a description does)
            for phrase, head_last in ((after.group(1) if after else "", False),
                                      (before.group(1) if before else "", True)):
                if phrase and not re.search(r"\b(?:of|for|with|to|from|by|and|or|in|on|at)\s*$", phrase) and not (
                        on("mentions.buyer_description") and BUYER_OF.search(phrase)
                        and hit("mentions.buyer_description", True)):
                    words = re.sub(r"\s*-\s*", " ", phrase).rstrip()  # 'data-centre operator': 'data centre'
                    # (before a name only descriptor nouns may follow the kind's words: 'chipmaker Quorvane', 'AI
                    # cloud company Quorvane', not 'the chipmaker said Quorvane', where the chipmaker is another)
                    kind = next((k for k, rx in rules.kind_words for km in rx.finditer(words)
                                 if not head_last or set(words[km.end():].lower().split()) <= _descriptor_words()),
                                None)
                    if kind is not None:
                        kinds.setdefault(key, set()).add(kind)
    told = {key: next(iter(found)) for key, found in kinds.items() if len(found) == 1}
    if not told:
        return sentences
    out = []
    for sent in sentences:
        orgs = tuple(replace(o, kind=told[o.key]) if o.kind == "other" and o.key in told else o for o in sent.orgs)
        if orgs != sent.orgs and hit("mentions.kind_from_description", True):
            sent = replace(sent, orgs=orgs)
        out.append(sent)
    return out


GROUP_WORDS = ("Group", "Holdings", "Conglomerate")  # a company group's name after its bare name (mentions.short_form_group)


# right before a name: a unit's noun and 'of' ('the data centre arm of ', 'a subsidiary of the '; mentions.unit_of_parent)
UNIT_NOUNS = r"(?:arm|unit|subsidiary|division|affiliate|branch|business|offshoot)"
UNIT_OF = re.compile(rf"\b{UNIT_NOUNS}\s+of\s+(?:the\s+)?$", re.I)
# right after a name: its possessive and a unit's noun ("'s investment arm", "'s cloud unit"), then, named, the unit
# (mentions.unit_of_parent)
UNIT_AFTER = rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?{UNIT_NOUNS},?\s+"


def unify_short_forms(sentences: list[Sentence], text: str,
                      body_start: int = 0) -> tuple[list[Sentence], dict[str, str]]:
    """'Zolondalfen Platforms ... Zolondalfen said': a name no list knows, whose first words stand alone elsewhere
    in the passage, is that shorter name (the guidelines' shortest common form; one company, not two). The short
    form must be no English word ('First Solar' is not 'First'). Returns the sentences and key -> short name."""
    # (a headline clips names: 'OpenAI turns to Cerebras' over a body that writes 'Cerebras Systems')
    names = _known_short_forms(sentences, text[body_start:]) if on("mentions.short_form_known") else {}
    long_forms = {o.key: o for s in sentences for o in s.orgs if o.origin != "gazetteer" and " " in o.text.strip()}
    if not long_forms:
        return sentences, names
    short: dict[str, tuple[str, str]] = {}
    clipped: dict[str, tuple[str, str]] = {}  # a headline's clipped key -> (the body's name, its key)
    others = [o for s in sentences for o in s.orgs]
    bodies = word_set("public_bodies") | {"Board", "Authority"}
    for key, o in long_forms.items():
        parts = [w.rstrip(",") for w in o.text.split()]  # ('Vazoli Quiquimizo, Inc.': the comma before its legal form)
        body = parts[-1].capitalize() in bodies and on("mentions.short_form_public_body")
        if len(parts) > 2 and parts[0] in ("PT", "P.T."):
            parts = parts[1:]  # 'PT Nusantara Data ... Nusantara said': the legal form before the name
        for k in range(len(parts) - 1, 0, -1):
            prefix, rest = " ".join(parts[:k]), parts[k]
            if len(prefix) < 3 or prefix.lower() in STOP_WORDS or not prefix[:1].isupper():
                continue
            # an English word stands for the name only where the passage writes it capitalised inside a sentence
            # and alone ('Another attraction is Cassava can sell ...'), not where any sentence may open with it
            # ('First') or another capitalised word follows ('South Korea'); and only before company words
            # ('Cassava Technologies', not 'Nuclear Regulatory Commission')
            # ('Pellucid AI raised ...' then 'Pellucid will rent GPUs from X': a sentence opening on the word, alone,
            # with a verb of the company's acting right after it; mentions.short_form_opening)
            if is_english(prefix, plural=False) and not (on("mentions.short_form_inside") and all(
                    w in _company_words() for w in parts[k:]) and (hit("mentions.short_form_inside", _alone_inside(
                        prefix, text, rest)) or hit("mentions.short_form_opening", on(
                            "mentions.short_form_opening") and _opens_acting(prefix, text)))):
                continue
            # (the rest may end in a full stop, 'Corp.', where a word boundary '\b' would never follow it)
            # (nor before a comma and the rest: 'the Ministry of Energy, Trade and Industry' is one name)
            alone = re.compile(rf"(?<![\w&-]){re.escape(prefix)}(?![\w&-]|,?\s+{re.escape(rest)}(?!\w))"
                               rf"(?!['’]s\s+{re.escape(rest)})")
            # ('Halden Energy's cloud division, Halden Compute': the first word of another name found is not alone;
            # mentions.short_form_other_name)
            # (another company's whole name: the same first words and one company word after them, 'Halden Energy', or
            # more words, 'Arkwright Real Assets' beside 'Arkwright Capital')
            inside = [(x.start, x.end) for x in others if x.key != key and x.text.split()[:k] == parts[:k]
                      and x.text.split()[k:k + 1] != [rest] and (len(x.text.split()) == k + 1 and x.text.split()[k] in (
                          _company_words()) or len(x.text.split()) > k + 1)] if on(
                "mentions.short_form_other_name") else []
            # ('the Government of Velmora ... the Velmora Investment Board': the word inside another name found, not
            # at its start, is that name's; mentions.short_form_embedded)
            embedded = [(m.start(), m.end()) for x in others if x.key != key and on("mentions.short_form_embedded")
                        for m in alone.finditer(text, x.start, x.end) if m.start() > x.start]
            found = [m for m in alone.finditer(text, body_start if on("mentions.short_form_in_body") else 0)
                     if not any(a <= m.start() < b for a, b in inside)]
            if embedded and found and not [m for m in found if (m.start(), m.end()) not in embedded]:
                hit("mentions.short_form_embedded")
            found = [m for m in found if (m.start(), m.end()) not in embedded]
            if body and found and any(PLACE_BEFORE.search(text, 0, m.start()) or BODY_OF_BEFORE.search(
                    text, 0, m.start()) for m in alone.finditer(text)) and hit("mentions.short_form_public_body"):
                continue  # 'the Velmora Investment Board ... in Velmora': a public body's first words name its place
            if not found and inside and alone.search(text, body_start if on("mentions.short_form_in_body") else 0):
                hit("mentions.short_form_other_name")
            unit_named = re.compile(UNIT_AFTER + re.escape(o.text), re.I) if found else None
            if found and on("mentions.unit_of_parent") and all(UNIT_OF.search(text, 0, m.start()) or unit_named.match(
                    text, m.end()) for m in found) and hit("mentions.unit_of_parent"):
                break  # 'Orsk Lumina (the data centre arm of Orsk)', 'Orsk's cloud arm, Orsk Lumina': the bare name is
                # the parent's, another company
            if found:
                # ('Orsk Vision Fund 2': a vehicle of the group acts for it, frames.yaml proxy_subjects)
                if rest not in GROUP_WORDS and not any(w.lower().rstrip("s") in proxy_nouns() for w in parts[k:]) \
                        and on("mentions.short_form_group") and hit(
                        "mentions.short_form_group", bool(re.search(
                            rf"(?<![\w&-]){re.escape(prefix)}\s+(?:{'|'.join(GROUP_WORDS)})\b", text))):
                    break  # 'Orsk Enterprises ... the Orsk Group ... Orsk': the bare name is the group's, another company
                short[key] = (prefix, fold_name(prefix))
                break
            if alone.search(text[:body_start]) and hit("mentions.short_form_in_body", True):
                # 'Tamsin AI Raises $2 Billion From Stellix' over a body that writes 'Stellix Ventures': the
                # headline clips the name, and the body's form names the company
                clipped[fold_name(prefix)] = (o.text, key)
                break
    if not short and not clipped:
        return sentences, names
    # ('Pellucid will rent GPUs from X': an English word no slot takes for a name, opening a sentence with a verb of
    # acting, is the short form established; it becomes a mention there; mentions.short_form_opening)
    openers = [(key, folded, re.compile(rf"\W*({re.escape(prefix)})\s+{ACTING_AFTER}\b"))
               for key, (prefix, folded) in short.items() if is_english(prefix, plural=False)] if on(
        "mentions.short_form_opening") else []
    out = []
    for sent in sentences:
        orgs = tuple(replace(o, key=short[o.key][1], canonical=short[o.key][0])
                     if o.key in short and hit("mentions.short_form", True) else
                     replace(o, key=clipped[o.key][1], canonical=clipped[o.key][0]) if o.key in clipped else o
                     for o in sent.orgs)
        for key, folded, opens in openers:
            m = opens.match(sent.text)
            if m and not any(o.start < sent.start + m.end(1) and sent.start + m.start(1) < o.end for o in orgs):
                stand = replace(long_forms[key], start=sent.start + m.start(1), end=sent.start + m.end(1),
                                text=m.group(1), key=folded, canonical=m.group(1), origin="short_form")
                orgs = tuple(sorted(orgs + (stand,), key=lambda o: o.start))
        out.append(replace(sent, orgs=orgs) if orgs != sent.orgs else sent)
    return out, {**names, **{k: name for name, k in short.values()}, **{k: name for name, k in clipped.values()}}


# a verb a company's sentence opens with after its name ('Pellucid will rent ...'; mentions.short_form_opening)
ACTING_AFTER = r"(?:will|would|has|had|said|says|agreed|agrees|plans|signed|signs|also|expects|announced|raised|won)"


def _opens_acting(word: str, text: str) -> bool:
    """The text opens a sentence on `word`, alone, with a verb of acting right after it ('Pellucid will rent GPUs
    from Halvex Cloud'): a sentence that opens on an adjective or a noun ('First, ...') has no such verb next."""
    return bool(re.search(rf"(?:^|[.!?]\s+|\n\s*){re.escape(word)}\s+{ACTING_AFTER}\b", text))


def _alone_inside(word: str, text: str, rest: str = "") -> bool:
    """The text writes `word` capitalised inside a sentence (after a lower-case word or a comma) and alone: no
    capitalised word after it, nor its possessive before `rest` ('Cassava can sell', not 'South Korea')."""
    possessive = rf"(?!['’]s\s+{re.escape(rest)})" if rest else ""
    return bool(re.search(rf"[a-z,]\s+{re.escape(word)}(?![\w&-]|\s+[A-Z]){possessive}", text))


def _known_short_forms(sentences: list[Sentence], text: str) -> dict[str, str]:
    """'Reflection AI ... a Reflection spokesperson said': a listed name whose last words are company words, whose
    first word the passage also writes alone, capitalised inside a sentence, is named by that shorter form (the
    guidelines' shortest common form). Only the name written changes: the company stays the one the list knows."""
    out: dict[str, str] = {}
    for o in (o for s in sentences for o in s.orgs if o.origin == "gazetteer" and " " in o.text.strip()):
        parts = o.text.split()
        prefix, rest = parts[0], parts[1:]
        if o.key in out or len(prefix) < 3 or not all(w in _company_words() for w in rest):
            continue
        if _alone_inside(prefix, text) and hit("mentions.short_form_known"):
            out[o.key] = prefix
    return out


# (the legal form the name leaves outside it may stand between: 'Orsk Data Systems Co (Kestrel)')
BRACKET_ALIAS = re.compile(rf"(?:,?\s+(?:{'|'.join(re.escape(x) for x in word_set('legal_suffixes'))})\.?)?"
                           r"\s*\([“\"]?([A-Z][\w&.’'-]*[\w&](?:\s[A-Z][\w&.’'-]*[\w&]){0,3})[”\"]?\)")


# right after a name: ', or ECO,' (mentions.or_abbreviation)
OR_ABBREVIATION = re.compile(r",\s+or\s+([A-Z]{2,6})(?=\s*(?:,|—|–|\)))")


def _initials_of(name: str) -> str:
    """'Energy Capital Orsk': 'ECO' (the first letters of its capitalised words)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def unify_bracket_aliases(sentences: list[Sentence], text: str, lex: Lexicon) -> tuple[list[Sentence], dict[str, str]]:
    """'Dawning Information Industry Co (Sugon)': a name in brackets right after a company's name is another name of
    it (rule mentions.bracket_alias): one party, written in the bracketed (common, usually shorter) form, under the
    gazetteer's entry when the bracketed name has one. An all-capitals form ('(HAM)', '(TLN)') is an abbreviation
    or a ticker: the written-out name reads better, and the passage's later uses of the abbreviation are that name
    (rule mentions.abbreviation). Returns the sentences and key -> name."""
    alias: dict[str, tuple[str, str, str]] = {}  # key -> (key, canonical, kind)
    names: dict[str, str] = {}
    for sent in sentences:
        for o in sent.orgs:
            short = OR_ABBREVIATION.match(text, o.end)
            if short and fold_name(short.group(1)) != o.key and fold_name(short.group(1)) not in alias and \
                    o.key not in alias and _initials_of(o.text) == short.group(1) and hit(
                        "mentions.or_abbreviation", on("mentions.or_abbreviation")):
                # 'Energy Capital Orsk, or ECO, ...': the capitals set off after 'or' spell the name before them
                alias[fold_name(short.group(1))] = (o.key, o.canonical, o.kind)
                continue
            m = BRACKET_ALIAS.match(text, o.end)
            if m and m.group(1).isupper() and " " not in m.group(1) and fold_name(m.group(1)) != o.key and \
                    fold_name(m.group(1)) not in alias and o.key not in alias and hit(
                        "mentions.abbreviation", on("mentions.abbreviation")):
                # 'Halvern Asset Management (HAM) ... HAM will invest': the abbreviation, wherever the passage
                # uses it, is the written-out name
                alias[fold_name(m.group(1))] = (o.key, o.canonical, o.kind)
                continue
            if not m or m.group(1).isupper() or fold_name(m.group(1)) == o.key or o.key in alias \
                    or m.group(1) in load_slot_rules().media:  # 'SAN FRANCISCO (Reuters)': the agency, no alias
                continue
            if not hit("mentions.bracket_alias", on("mentions.bracket_alias")):
                continue
            entry = lex.lookup(m.group(1))
            if entry is not None:
                alias[o.key] = (fold_name(entry.name), entry.name, entry.kind)
            else:
                alias[o.key] = (fold_name(m.group(1)), m.group(1), o.kind)
            names[alias[o.key][0]] = m.group(1)
    if not alias:
        return sentences, {}
    out = []
    for sent in sentences:
        orgs = tuple(replace(o, key=alias[o.key][0], canonical=alias[o.key][1], kind=alias[o.key][2])
                     if o.key in alias else o for o in sent.orgs)
        out.append(replace(sent, orgs=orgs) if orgs != sent.orgs else sent)
    return out, names


def kind_of(words, rules: SlotRules) -> str:
    """The kind its name and its descriptor give an unknown organisation, else 'other'."""
    head = words[-1]
    context = [w.text for w in words]
    if any(w.lower_ == "of" for w in words[1:]):  # 'Ministry of Digital Affairs': a ministry
        context = head_before_of(" ".join(context)).split()
    context += [c.text for c in head.lefts if c.dep_ in ("compound", "amod") and c.i < words[0].i]
    # ('Velkara cloud contract': the words after a client named before the deal noun tell the deal, not the client)
    if head.dep_ in ("appos", "compound", "nmod") and head.head.pos_ == "NOUN" and not (
            head.dep_ == "compound" and _deal_compound(head, rules)) and not (
            head.dep_ == "compound" and head.head.lemma_.lower() in ("center", "centre", "campus") and hit(
                "mentions.site_owner_kind", on("mentions.site_owner_kind"))):  # 'chip startup Foo'
        # (not 'a new Lidroter data center': the site a company has built for it says nothing of its kind)
        context += [t.text for t in head.head.subtree if t.i < words[0].i or t.i > head.i][:8]
    for child in head.rights:  # 'Foo, a chip startup known for ...'
        if child.dep_ == "appos":
            told = [t.text for t in child.subtree][:8]
            if on("mentions.buyer_description") and BUYER_OF.search(" ".join(told)) and hit(
                    "mentions.buyer_description", True):
                continue  # 'Foo, the largest user of Kestrane chips,': what it buys, not what it is
            context += told
    text = " ".join(context)
    # 'a data-centre operator': the tokens 'data - centre' are the words 'data centre'
    if hit("mentions.hyphenated_kind", on("mentions.hyphenated_kind") and " - " in text):
        text = HYPHEN_JOIN.sub(" ", text)
    return next((kind for kind, rx in rules.kind_words if rx.search(text)), "other")


HYPHEN_JOIN = re.compile(r"\s+-\s+")


def _phrase(head) -> list:
    """The head with its contiguous compound / flat proper-noun modifiers ('Northwind Compute'), widened to
    the entity the recogniser marks around it ('Canada Pension Plan Investment Board', 'Lip-Bu Tan')."""
    before = head.doc[head.i - 2] if head.i >= 2 and head.doc[head.i - 1].text == "," else None
    if before is not None and head.text.rstrip(".") in LEGAL_SUFFIXES and before.text[:1].isupper() and hit(
            "mentions.suffix_head", on("mentions.suffix_head")):
        # 'Brenmoor Tavelin, Inc. today announced': the parse makes the legal form the head; the name before the
        # comma, with its legal form (which tells a company, not a person)
        return _phrase(before) + [head.doc[head.i - 1], head]
    words = [head]
    for child in reversed(list(head.lefts)):
        if child.i == words[0].i - 1 and child.dep_ in ("compound", "flat", "nmod", "amod") and (
                child.pos_ == "PROPN" or hit("mentions.unknown_modifier", _unknown_capitalised(child))):
            words.insert(0, child)
    doc = head.doc
    while words[0].i > 0 and on("mentions.nested_compound"):
        # 'the Orsk Pension Plan Investment Board': a modifier of a modifier ('Pension' of 'Plan') stands between the
        # head's own modifiers; the name takes in every capitalised word before it that hangs on a word of the name
        prev = doc[words[0].i - 1]
        if not (prev.dep_ in ("compound", "flat") and words[0].i <= prev.head.i <= head.i and prev.text[:1].isupper()
                and (prev.pos_ == "PROPN" or _unknown_capitalised(prev))
                and prev.ent_type_ not in ("GPE", "NORP", "LOC")):
            break  # (not a place or a people's word: 'United States Orvik', 'Chinese Involvement Orvik')
        hit("mentions.nested_compound")
        words.insert(0, prev)
    while head.dep_ == "conj" and words[-1].i + 1 < len(doc) and doc[words[-1].i + 1].dep_ == "conj" and doc[
            words[-1].i + 1].head.i == head.head.i and doc[words[-1].i + 1].pos_ == "PROPN" and hit(
                "mentions.conj_run", on("mentions.conj_run")):
        # 'co-led by Tressel Capital and Orvis Growth': the parse can make each word of the last name a member of the
        # list; capitalised members side by side, with no comma or 'and' between, are one name
        words.append(doc[words[-1].i + 1])
    if head.ent_type_:
        start = head.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = head.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if start <= words[0].i:
            words = _name_run(list(doc[start:end]), head) if on("mentions.name_run") else list(doc[start:end])
    while len(words) > 1 and words[-1].i != head.i and (words[-1].text in POSSESSIVE or words[-1].is_space or (
            words[-1].dep_ == "cc")):
        words = words[:-1]  # the recogniser's entity can take in the possessive ('Karuwy Briaunaungen’s'), or the
        # 'and' of a list of names ('Fenwick Growth and'): neither ends a name
    while len(words) > 1 and words[0].i != head.i and words[0].lower_ == "the" and hit(
            "mentions.leading_article", on("mentions.leading_article")):
        words = words[1:]  # 'The Ostrava Development Authority': the article the recogniser takes in names no one
    # 'sell Quorvane 400 MW of power': a figure after the name that the parse hangs on a word further on counts the
    # goods; the name ends before it
    cut = next((k for k, w in enumerate(words) if k and w.i > head.i and w.like_num and w.head.i > w.i), None)
    if cut is not None and hit("mentions.figure_after_name", on("mentions.figure_after_name")):
        words = words[:cut]
    # 'participation from Dravo and Harlow': the recogniser's entity takes in two names the parse joins by 'and'
    # (the second name is a conjunct of the first; the name ends, or starts, at the 'and')
    joined = next((k for k, w in enumerate(words) if 0 < k < len(words) - 1 and w.dep_ == "cc" and w.lower_ == "and"
                   and any(c.dep_ == "conj" and w.i < c.i <= words[-1].i and head.i in (w.head.i, c.i)
                           for c in w.head.rights)), None)
    # ('Dunmore Gas and Electric Company': the words after 'and' are English words and a company word, which name no
    # one alone; one name, rule mentions.name_with_and)
    if joined is not None and on("mentions.name_with_and") and _company_and_rest(
            [w.text for w in words[joined + 1:]]) and hit("mentions.name_with_and"):
        joined = None
    if joined is not None and hit("mentions.names_joined", on("mentions.names_joined")):
        words = words[:joined] if head.i < words[joined].i else words[joined + 1:]
    owner = max((k for k, w in enumerate(words[:-1]) if w.text in POSSESSIVE), default=None)
    if owner is not None and all(w.ent_type_ in ("GPE", "LOC", "NORP") or is_english(w.text, plural=False)
                                 for w in words[:owner]) and hit("mentions.place_possessive",
                                                                 on("mentions.place_possessive")):
        words = words[owner + 1:]  # "Italy's Massimo", "South Korea's AFW Partners": the place owns no part of the name
    owner = next((k for k, w in enumerate(words) if w.text in POSSESSIVE and w.i > head.i), None)
    if owner is not None and hit("mentions.possessive_in_entity", on("mentions.possessive_in_entity")):
        words = words[:owner]  # "to Quorvane's Sable Point facility": the recogniser's entity runs on past the owner
    return words


POSSESSIVE = ("’s", "'s", "’", "'")


def _unknown_capitalised(tok) -> bool:
    """A capitalised word no English dictionary knows, which the tagger took for an adjective or a common noun
    ('Ormardal' in 'Ormardal Terdrosaeth signs ...'): part of the name it stands before."""
    return on("mentions.unknown_modifier") and tok.text[:1].isupper() and tok.is_alpha and not is_english(
        tok.text, tok.lemma_)


NAME_JOINERS = word_set("name_joiners")
GOODS_WORDS = word_set("goods_nouns")
PLACE_WORDS = word_set("place_nouns")


def _place_apposition(head, doc) -> bool:
    """A name (or a list's member) set off by a comma in apposition to a place's noun ('in local tech parks, Nusrava
    and Kempelo', 'two sites, Halden and Orvik'): the name of the place (rule mentions.place_apposition)."""
    first = head
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
        first = first.head
    # (the parser hangs the first name on the noun as its apposition or as a member of a list)
    return first.dep_ in ("appos", "conj") and first.head.pos_ == "NOUN" and first.head.lower_ in PLACE_WORDS and \
        first.head.i < first.i and doc[first.head.i + 1].text == ","
EQUIPMENT_WORDS = word_set("equipment_nouns")  # the equipment that makes power: fuel cells, turbines
INTENT_VERBS = word_set("intent_verbs")  # (mentions.intent_read_as_noun)
COMPANY_NOUNS = word_set("company_nouns")
SERVICE_NOUNS = word_set("service_nouns")
PRODUCT_NOUNS = word_set("product_nouns")
BUSINESS_NOUNS = word_set("business_nouns")
PLATFORM_NOUNS = word_set("platform_nouns")
NAMED_ORG_NOUNS = word_set("named_org_nouns")  # ('The Quessary fund led ...'; mentions.named_fund)
TALKS = word_set("talk_nouns")

LEGAL_SUFFIXES = word_set("legal_suffixes")


def _name_run(words: list, head) -> list:
    """The part of a recognised entity around the head that reads as one name: the recogniser sometimes draws an
    unknown name together with what follows ('Ostzomi on March 20', 'Quidaldrotal for', 'Drosadal and Mimivavel');
    a lower-case word other than a joiner ('Bank of America', 'AT&T') or a comma ends the name there."""
    doc = head.doc

    def breaks(w) -> bool:
        if w.text == "," and w.i + 1 < len(doc) and doc[w.i + 1].text.rstrip(".") in LEGAL_SUFFIXES:
            return False  # 'Orvanta Digital, Inc.'
        if w.lower_ == "and" and 0 < w.i < len(doc) - 1 and any(
                is_english(t.text, t.lemma_) for t in (doc[w.i - 1], doc[w.i + 1])):
            return False  # 'Securities and Exchange Commission' is one name; 'Drosadal and Mimivavel' are two
        # (a word the parser hangs on the name as a compound is part of it, whatever tag it has, and so is a word no
        # dictionary has, which can be no headline's verb: 'Tessaro Vinn')
        if w.i != head.i and hit("mentions.headline_run", on("mentions.headline_run") and (
                (w.pos_ in ("VERB", "AUX") and not (w.dep_ == "compound" and w.head.i == head.i and w.i < head.i)
                 and _inflected_english(w.text))
                or (w.pos_ == "ADP" and w.lower_ not in NAME_JOINERS))):
            return True  # a title-case headline: 'Buy 200 MW of Capacity From' is no name ('Of' in 'Bank Of X' is)
        if w.i != head.i and (w.is_currency or w.pos_ == "SYM") and hit("mentions.figure_after_name", on(
                "mentions.figure_after_name")):
            return True  # 'pay Dronel Astuva $2 billion': the recogniser joins the name and the figure after it
        return w.i != head.i and (w.text in (",", ";", ":", "(", ")") or (w.text[:1].islower() and w.text not in NAME_JOINERS))
    first = next((i for i in range(head.i - words[0].i, -1, -1) if breaks(words[i])), -1) + 1
    last = next((i for i in range(head.i - words[0].i, len(words)) if breaks(words[i])), len(words))
    run = words[first:last]
    while len(run) > 1 and run[0].text in NAME_JOINERS and run[0].i != head.i:
        run = run[1:]
    while len(run) > 1 and run[-1].text in NAME_JOINERS and run[-1].i != head.i:
        run = run[:-1]
    hit("mentions.name_run", len(run) < len(words))
    return run


TALKS_NOUNS = frozenset({"talks", "discussions", "negotiations"})


def _headline_subject(tok) -> bool:
    """'Tosaka Denki to Acquire Mirae Compute': the parser reads a headline's 'X to <verb> Y' as a noun phrase whose
    root is the name, with the verb an infinitival relative clause on it; the name is the subject."""
    if tok.dep_ != "ROOT" or not on("mentions.headline_subject"):
        return False
    # (an unknown name is often tagged a common noun there: 'Ostren to acquire Belvance'; 'Quorvane in talks to
    # invest ...' hangs the verb on the name as an adverbial clause: rule mentions.headline_case parses such lines)
    unknown = tok.pos_ in ("NOUN", "ADJ", "VERB") and tok.text[:1].isupper() and not is_english(tok.text) and on(
        "mentions.headline_case")
    return (tok.pos_ == "PROPN" or unknown) and any(
        c.dep_ in ("relcl", "acl", "advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        or _in_talks(c) for c in tok.children)


def _in_talks(prep) -> bool:
    """'Velkara in talks to raise funds', 'Brimoral in talks with Tessaly': the headline's 'in talks' hangs on the
    name, which is then the subject (rule mentions.headline_in_talks)."""
    return on("mentions.headline_in_talks") and prep.dep_ == "prep" and prep.lower_ == "in" and hit(
        "mentions.headline_in_talks", any(p.dep_ == "pobj" and p.lower_ in TALKS_NOUNS for p in prep.children))


def _paid_for(prep) -> bool:
    """'for' attached to a payment verb, or to the figure that verb pays ('paid $900 million for X')."""
    if not on("mentions.paid_for"):
        return False
    head = prep.head
    if head.pos_ in ("NUM", "SYM") or head.ent_type_ == "MONEY":
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() == "pay"


def _for_verb_of(prep, listed: frozenset) -> bool:
    """'for' on one of the verbs `listed`, or on that verb's object ('build a data center for X'). Also where the
    parser read 'to host models' as the noun 'host models' (a listed verb right after 'to' tagged as a compound of
    its object; rule mentions.verb_read_as_compound)."""
    head = prep.head
    return head.lower_ in listed or (head.dep_ == "dobj" and head.head.lower_ in listed) or (
        head.pos_ == "NOUN" and any(c.dep_ == "compound" and c.lower_ in listed and c.i == head.i - 1 and c.i > 0
                                    and head.doc[c.i - 1].lower_ == "to" for c in head.lefts)
        and hit("mentions.verb_read_as_compound", on("mentions.verb_read_as_compound")))


def _cheque_for(tok) -> bool:
    """'wrote a $30 million check for X': the name after 'for' on a cheque of a stated sum is the company the money
    goes to, as 'a cheque to X' (rule mentions.cheque_for)."""
    cheque = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and cheque.lemma_.lower() in ("check", "cheque") and any(
        t.ent_type_ == "MONEY" for t in cheque.subtree if t.i < cheque.i) and hit(  # (not 'a Reality Check for X')
        "mentions.cheque_for", on("mentions.cheque_for"))


def _made_for(prep) -> bool:
    """'for' on a verb of making, or on its object ('build a $2 billion data center for X'). Not a participle that
    describes what another verb takes ('to lease a campus that was originally built for X', 'buy a plant designed
    for X'): X was meant to have it, and is no party to this deal (rule mentions.built_for_other)."""
    if not on("mentions.built_for") or not _for_verb_of(prep, word_set("making_verbs")):
        return False
    verb = prep.head
    return not hit("mentions.built_for_other", on("mentions.built_for_other") and verb.dep_ in ("relcl", "acl")
                   and verb.tag_ == "VBN" and verb.head.dep_ in ("dobj", "pobj"))


def _adjective_maker(tok) -> bool:
    """A capitalised word no English dictionary knows before goods, which the tagger, not knowing it, took for an
    adjective ('buy 10,000 Brimoral accelerators'): the goods' maker, as a proper noun there would be."""
    return on("mentions.adjective_maker") and _unknown_word(tok) and _maker_of_goods(tok)


# a model's code: capitals, then digits ('H100', 'GB300', 'MI450X', 'B200s')
MODEL_CODE = re.compile(r"[A-Z]{1,4}\d{2,4}[A-Z]{0,2}s?")


def _maker_of_goods(tok) -> bool:
    """A capitalised word set before goods, directly or before a model name ('Stellix accelerators', 'Stellix GB200
    chips'; context list goods_nouns), where the goods are what a verb trades (its object or the object of its
    preposition): the goods' maker."""
    if not on("mentions.maker_of_goods") or not tok.is_alpha or not tok.text[:1].isupper():
        return False
    head = tok.head
    while head.dep_ == "compound" and head.pos_ == "PROPN" and not head.is_alpha and head.head.i != head.i:
        head = head.head  # 'GB200' in 'Stellix GB200 chips'
    # ('secure 1 GW of Orlin fuel cells': the equipment that makes power, its maker the seller;
    # mentions.maker_of_equipment, context list equipment_nouns)
    equipment = head.lower_ in EQUIPMENT_WORDS and on("mentions.maker_of_equipment")
    if head.lower_ in GOODS_WORDS or equipment:
        return head.dep_ in ("dobj", "pobj") and not _owner_brand(tok, head) and (
            not equipment or hit("mentions.maker_of_equipment"))
    if head.i == tok.i + 1 and MODEL_CODE.fullmatch(head.text) and head.dep_ in ("dobj", "pobj") and hit(
            "mentions.maker_of_model", on("mentions.maker_of_model")):
        return True  # 'purchases of Stellix H100 and A100 GPUs', 'bought 2,000 Stellix X900s': a model's code
    while head.dep_ == "compound" and head.pos_ == "NOUN" and head.text.islower() and head.head.i != head.i:
        head = head.head  # 'cloud' in 'Marrowind cloud services'
    return head.lower_ in SERVICE_NOUNS and head.dep_ in ("dobj", "pobj") and not _owner_brand(tok, head) and hit(
        "mentions.maker_of_services", on("mentions.maker_of_services"))


def _owner_of_sites(tok) -> bool:
    """A capitalised word set before sites in the plural ('29 Brisca data centers', 'four Halvex campuses'; context
    list site_nouns) that a verb or noun of buying takes (its object, or the object of its 'of'): the sites' owner,
    who sells them (rule mentions.owner_of_sites)."""
    if not on("mentions.owner_of_sites") or not tok.is_alpha or not tok.text[:1].isupper():
        return False
    head = tok.head
    while head.dep_ == "compound" and head.pos_ == "NOUN" and head.text.islower() and head.head.i != head.i:
        head = head.head  # 'data' in 'Brisca data centers'
    if head.tag_ != "NNS" or head.lemma_.lower() not in word_set("site_nouns"):
        return False
    buying = ("buy", "purchase", "acquire", "acquisition", "takeover")
    if head.dep_ == "dobj":
        return head.head.lemma_.lower() in buying
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in buying


def _owner_brand(tok, head) -> bool:
    """'spend $30 billion on Kalongen's Vantor cloud', 'buy Tessaly's Orvane chips': a capitalised word between an
    owner's possessive and the goods or service is the owner's brand, not their maker; the owner trades them (rule
    mentions.owner_brand; mentions.goods_owner, mentions.service_owner read the owner)."""
    if on("mentions.owner_brand") and hit("mentions.owner_brand", any(
            c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < tok.i for c in head.children)):
        return True
    # ('will provide its QX300 AI chips': after 'its', the goods' own name; rule mentions.owned_goods_name)
    return on("mentions.owned_goods_name") and hit("mentions.owned_goods_name", any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "our") and c.i < tok.i for c in head.children))


def _served_for(prep) -> bool:
    """'for' on a verb of running capacity for another, or on its object ('host workloads for X', 'operate the
    cluster for X'; context list serving_verbs): X is the one served, the buyer."""
    return on("mentions.served_for") and _for_verb_of(prep, word_set("serving_verbs"))


def _described_name(tok, lex: Lexicon) -> bool:
    """'Pellucid, a Singapore startup, closed ...': a capitalised word that an apposition describes as a company is
    a name, though the tagger takes it for an English word ('pellucid' is one)."""
    return on("mentions.appositive_name") and tok.text[:1].isupper() and tok.text[1:2].islower() and (
        _described_as_company(tok, lex))


def _described_as_company(tok, lex: Lexicon) -> bool:
    """An apposition after the word describes it as a company (', a Singapore startup,'; cues.yaml org_descriptors)."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in lex.cues["org_descriptors"] for c in tok.rights)


def _hyphen_lower_name(tok, lex: Lexicon) -> bool:
    """'acquired Norvel-tech, a British engineering consultancy,': a word in lower case joined by a hyphen, with no
    space, to a capitalised word before it, that an apposition describes as a company, ends the company's name (the
    tagger reads the word as a common noun; rule mentions.hyphen_lower_name)."""
    doc = tok.doc
    return on("mentions.hyphen_lower_name") and tok.i >= 2 and tok.text.isalpha() and tok.text.islower() and (
        doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_) and (
        doc[tok.i - 2].text[:1].isupper() and doc[tok.i - 2].text.isalpha()) and _described_as_company(tok, lex)


def _described_opener(tok, lex: Lexicon | None) -> bool:
    """'Pemberly, the chip designer controlled by Marrow Group, agreed to sell ...': a capitalised word that opens the
    sentence, which the tagger takes for an adverb or other modifier of the verb, followed by a comma and the verb's
    subject, a description of a company (cues.yaml org_descriptors): the word is the company's name and the subject
    (rule mentions.described_opener)."""
    if not on("mentions.described_opener") or tok.i != tok.sent.start or not tok.text[:1].isupper() or (
            not tok.text[1:2].islower()) or tok.dep_ not in ("advmod", "npadvmod", "intj") or tok.i + 2 >= len(tok.doc):
        return False
    doc = tok.doc
    if doc[tok.i + 1].text != "," or is_english(tok.text, tok.lemma_):
        return False  # ('Finally, the startup agreed ...': an English adverb)
    from .lexicon import load_lexicon
    descriptors = set((lex or load_lexicon()).cues["org_descriptors"])
    subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i), None)
    return subject is not None and subject.lemma_.lower() in descriptors and subject.left_edge.i == tok.i + 2


def _root_read_as_relative(tok) -> bool:
    """'Tessaly partnered with Marrow Industries to build a data center': meeting an unknown name that opens the
    sentence, the parser may read the past verb right after it as a clause on the name (a reduced relative, 'acl')
    and make the name the sentence's root. A proper noun that opens the sentence as its root, with such a verb
    right after it, is that verb's subject (rule mentions.root_read_as_relative)."""
    if tok.dep_ != "ROOT" or tok.pos_ != "PROPN" or tok.i > 3 or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    return nxt.head.i == tok.i and nxt.dep_ == "acl" and nxt.tag_ in ("VBD", "VBN") and all(
        t.text[:1].isupper() for t in tok.doc[:tok.i + 1]) and on("mentions.root_read_as_relative") and hit(
        "mentions.root_read_as_relative")


def _headless_subject(tok) -> bool:
    """'Stellix signs 10-year power purchase agreement with ...': the parser, meeting an unknown word before a verb
    that has no subject, attaches it to the verb as a modifier; capitalised words right before such a root verb, at
    the start of the sentence, are its subject."""
    root = tok.head
    # ('Quorvane plans to invest ..., the Financial Times reported': the clause reported first is the sentence's
    # opening, its verb the reporting verb's complement; rule mentions.reported_first)
    opening = root.dep_ == "ROOT" or root.dep_ == "ccomp" and root.head.i > root.i and hit(
        "mentions.reported_first", on("mentions.reported_first"))
    return (on("mentions.headless_subject") and opening and root.pos_ == "VERB" and tok.i == root.i - 1
            and tok.i <= 3 and tok.dep_ in ("amod", "compound", "npadvmod", "nmod", "dep", "advmod")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
            and all(t.text[:1].isupper() for t in tok.doc[:tok.i + 1]))


def _subject_after_date(tok) -> bool:
    """'Quenlo said on Tuesday Taravik had agreed to invest ...': the parser reads the day and the name after it as one
    object of 'on', and the verb after them has no subject; the name is that subject (mentions.date_before_name)."""
    if not on("mentions.date_before_name") or tok.dep_ != "pobj" or tok.head.lower_ != "on" or tok.i + 1 >= len(
            tok.doc) or not any(c.dep_ == "compound" and c.lower_ in CALENDAR_WORDS and c.i == tok.i - 1
                                for c in tok.children):
        return False
    after = tok.doc[tok.i + 1]
    verb = after.head if after.pos_ == "AUX" else after
    return verb.pos_ == "VERB" and verb.i > tok.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# before a clause's subject: an opener and its comma ('On Tuesday, ', 'In a statement on Monday, ')
OPENER_COMMA = re.compile(r"\W*(?-i:[A-Z])[^,;:()]{0,60},\s*")


def _subject_after_opener(tok) -> bool:
    """'On Tuesday, Tessly will pay Voranting $1 billion': after an opener and its comma, a capitalised word no
    dictionary has, which the parser hangs on the verb as a modifier while the verb has no subject, is that subject
    (rule mentions.opener_subject; at the sentence's start mentions.headless_subject reads it). So is a proper noun
    the parser reads as an apposition to the opener's last noun or joined to it ('In a statement on Monday, Pellucid,
    a Singapore startup, closed ...', '..., Vantrel and Oskaro have allied ...'), and a name joined to such a one."""
    if not on("mentions.opener_subject") or tok.i == 0 or not tok.text[:1].isupper() or not tok.is_alpha:
        return False
    doc = tok.doc
    head = tok.head
    if tok.dep_ == "conj" and head.i < tok.i and head.dep_ in ("appos", "conj") and head.head.i < head.i:
        return _subject_after_opener(head)  # 'In a statement on Monday, Vantrel and Oskaro have allied ...'
    if doc[tok.i - 1].text != "," or OPENER_COMMA.fullmatch(doc[:tok.i].text_with_ws) is None:
        return False
    if tok.dep_ in ("appos", "conj") and tok.head.i < tok.i and tok.pos_ == "PROPN" and (
            tok.ent_type_ != "PERSON" or any(c.dep_ == "appos" and c.lower_ in COMPANY_NOUNS
                                             for c in tok.children)):
        # 'In a statement on Monday, Pellucid, a Singapore startup, closed ...': the name read as an apposition to
        # the opener's last noun; the sentence's verb, after it, has no subject
        verb = tok.sent.root
        return verb.pos_ == "VERB" and verb.i > tok.i and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    verb = tok.head
    return (tok.dep_ in ("advmod", "npadvmod", "dep", "nmod", "amod", "compound") and verb.pos_ == "VERB"
            and verb.i > tok.i and all(t.pos_ in ("AUX", "PART", "ADV") for t in doc[tok.i + 1:verb.i])
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
            and not is_english(tok.text, plural=False))


def _intent_read_as_noun(tok) -> bool:
    """'Quenlo plans to invest 300 billion won in Marrowind', 'QRVN aims to buy ...': a verb of intent before 'to' and
    a verb (context list intent_verbs), read as a plural noun that the capitalised word right before it modifies or
    governs; that word ends the name that is the clause's subject (rule mentions.intent_read_as_noun)."""
    doc = tok.doc
    if not on("mentions.intent_read_as_noun") or tok.i + 3 >= len(doc) or not tok.text[:1].isupper() or (
            not tok.is_alpha) or tok.pos_ not in ("PROPN", "NOUN", "ADJ", "X"):
        return False
    intent, to, verb = doc[tok.i + 1], doc[tok.i + 2], doc[tok.i + 3]
    return (intent.lower_ in INTENT_VERBS and intent.pos_ not in ("VERB", "AUX") and to.lower_ == "to"
            and verb.tag_ == "VB" and (intent.head.i == tok.i or tok.head.i == intent.i)
            and not is_english(tok.text, plural=False))


def _verb_read_as_noun(tok) -> bool:
    """'Brimoral signs 20-year nuclear power deal with Velkara Energy': a headline's verb in the present ('signs',
    'inks', 'backs'; cues.yaml headline_verbs) read as a plural noun, with the capitalised words right before it at
    the start of the line: those words are its subject, not a modifier of the noun (rule mentions.verb_read_as_noun)."""
    head = tok.head
    return (on("mentions.verb_read_as_noun") and head.i == tok.i + 1 and head.pos_ == "NOUN" and head.tag_ == "NNS"
            and head.lower_ in _headline_verbs() and head.lower_.endswith("s") and tok.i <= 3
            and all(t.text[:1].isupper() for t in tok.doc[:tok.i + 1]) and not is_english(tok.text, plural=False))


def _name_read_as_word(tok) -> bool:
    """An invented name that the tagger reads from its ending as another word class ('-ly' an adverb, '-ing' a verb,
    '-ive' an adjective) in a party's slot: right after a verb ('agreed to acquire Tessly for $1.1 billion', 'pay
    Greily about $1 billion'), opening the sentence before a verb that has no subject ('Tessly will pay ...'), or in a
    slot the parse gives it all the same ('will pay Voranting $1 billion': a dative). A capitalised word no dictionary
    has, not read as a proper noun (rule mentions.name_read_as_word)."""
    if tok.pos_ not in ("ADV", "ADJ", "VERB", "NOUN") or not tok.text[:1].isupper() or not tok.text[1:].islower() or (
            not on("mentions.name_read_as_word")):
        return False
    head = tok.head
    if tok.dep_ in ("dative", "dobj", "nsubj", "nsubjpass", "pobj") or tok.dep_ == "pcomp" and head.pos_ == "ADP":
        slot = tok.i > 0  # ('a stake in Tiing': a verb's ending read as the clause after a preposition)
    elif tok.dep_ in ("advmod", "npadvmod", "acomp", "oprd", "xcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
        # ('pay Greily about $1.2 billion', 'gives Shavaeing a 20% stake': the dative, read as an adverb or a verb)
        slot = head.i == tok.i - 1 or (tok.i == 0 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children))
    else:
        return False
    return slot and not is_english(tok.text, plural=False)


def _headline_verb_object(tok) -> bool:
    """The object of a preposition on a headline's verb that the parser read as a name or a noun at the root of the
    line ('Kelmar Invests in Ostrivel to build inference chips': 'Invests' a proper noun; cues.yaml headline_verbs): a
    party's slot, as the object of the verb would be (rule mentions.headline_verb_object)."""
    prep, verb = tok.head, tok.head.head
    return on("mentions.headline_verb_object") and prep.lower_ in ("in", "into", "with", "from", "to", "by") and (
        verb.dep_ == "ROOT" and verb.pos_ in ("NOUN", "PROPN") and verb.lower_ in _headline_verbs()
        and verb.i <= 4 and not _known_place(tok))


@cache
def _descriptors() -> frozenset:
    from .lexicon import load_lexicon
    return frozenset(w.lower() for w in load_lexicon().cues["org_descriptors"])


def _described_root(tok) -> bool:
    """'Kestrel, the Singapore-based data centre operator, secured ...': the parser, lost in the description, makes
    the name the sentence's root; a name at the start that an apposition describes as a company is the subject
    (rule mentions.described_root)."""
    return on("mentions.described_root") and tok.dep_ == "ROOT" and tok.pos_ == "PROPN" and tok.i <= 3 and any(
        c.dep_ == "appos" and c.lemma_.lower() in _descriptors() for c in tok.rights)


def _unknown_share_owner(tok) -> bool:
    """'Pellix stock fell after ...': the sentence's first word, no English word, on a word for shares that is the
    subject, whatever the tagger calls it (an adjective, a determiner), names the listed company (rule
    mentions.name_norm_shares)."""
    return tok.i == 0 and on("mentions.name_norm_shares") and tok.dep_ in ("compound", "amod", "det", "nmod") and (
        tok.head.lower_ in word_set("share_nouns")) and tok.head.dep_ in ("nsubj", "nsubjpass") and _unknown_word(tok)


def _listed_company(tok) -> bool:
    """'Tessaly shares jumped 20% after it disclosed a $10 billion order': a proper noun before 'shares' or 'stock'
    that is the subject, when a clause that follows has 'it' for subject, names the listed company 'it' stands for
    (rule mentions.listed_shares)."""
    return on("mentions.listed_shares") and tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.head.lower_ in (
        "shares", "stock") and tok.head.dep_ == "nsubj" and any(c.dep_ in ("advcl", "conj", "ccomp") and any(
            s.dep_ == "nsubj" and s.lower_ == "it" for s in c.children) for c in tok.head.head.children)


def _shares_of(tok):
    """The word for shares a name owns: 'X shares' (a compound) or 'shares of X' (context.yaml share_nouns), or None."""
    shares = tok.head if tok.dep_ == "compound" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        else None
    return shares if shares is not None and shares.lower_ in word_set("share_nouns") else None


def _shares_subject(tok) -> bool:
    """'Shares of Tessaly rose 8% after ...', 'Tessaly stock fell': the company whose shares are the clause's subject
    is a listed company, a party wherever the sentence makes it one, however the recogniser labels an unknown name
    (rule mentions.shares_subject)."""
    if tok.pos_ != "PROPN" or not on("mentions.shares_subject"):
        return False
    shares = _shares_of(tok)
    return shares is not None and shares.dep_ == "nsubj"


def _shares_issuer(tok) -> bool:
    """'Orvane bought $500 million of Tessaly shares', 'bought 4 million Tessaly shares', '$500 million worth of
    Tessaly stock', 'acquire all outstanding shares of Tessaly': a proper noun before a word for shares, or after its
    'of', that a verb of buying takes (its object, or the object's 'of') is the company whose shares they are, which
    the buyer invests in or buys (rule mentions.shares_issuer)."""
    if tok.pos_ != "PROPN" or not on("mentions.shares_issuer"):
        return False
    shares = _shares_of(tok)
    if shares is None:
        return False
    taken = shares.head.head if shares.dep_ == "pobj" and shares.head.lower_ == "of" else shares
    buying = word_set("share_buying_verbs")
    return taken.dep_ == "dobj" and taken.head.lemma_.lower() in buying


def _gapped_subject(tok) -> bool:
    """'Orvane put in $300 million and Brindle $200 million': a proper noun joined to a verb with a figure of its own
    hung on it, the verb having a subject before it, is a second subject whose verb is left out (rule
    mentions.gapped_subject)."""
    return tok.dep_ == "conj" and tok.pos_ == "PROPN" and tok.head.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.i < tok.head.i for c in tok.head.children) and any(
        c.dep_ in ("nummod", "quantmod", "npadvmod", "appos") and c.ent_type_ == "MONEY" for c in tok.children) and on(
        "mentions.gapped_subject")


@cache
def _serving_words() -> tuple[frozenset, frozenset]:
    """The last words of context.yaml capacity_nouns and the verbs of beneficiary_verbs (not its prepositions)."""
    return (frozenset(w.split()[-1] for w in word_set("capacity_nouns")),
            frozenset(w for w in word_set("beneficiary_verbs") if w not in ("for", "into")))


def _served_capacity(noun) -> bool:
    """A noun of capacity (context.yaml capacity_nouns: data centre, campus, cluster ...) that a verb of serving has for
    its object ('to power X's data centre', 'supporting X's training clusters'; after 'for': mentions.served_site)."""
    nouns, verbs = _serving_words()
    return noun.lower_ in nouns and noun.dep_ == "dobj" and noun.head.lemma_.lower() in verbs


def _clausal_subject(tok) -> bool:
    """A proper noun the parser takes for a clause standing as its verb's subject (csubj): the subject (rule
    mentions.clausal_subject)."""
    return tok.dep_ == "csubj" and tok.pos_ == "PROPN" and tok.head.pos_ == "VERB" and on("mentions.clausal_subject")


def _named_funder(tok) -> bool:
    """'with existing investors Ostrix and Brisa Ventures participating', 'lenders Halvern and X': a proper noun right
    after a plural noun for those who put money in is one of them, named, however the parser hangs it (rule
    mentions.named_funder)."""
    return tok.pos_ == "PROPN" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in word_set("funder_nouns") and tok.doc[
        tok.i - 1].tag_ == "NNS" and on("mentions.named_funder")


def _verb_read_as_adverb(tok) -> bool:
    """'back' (a verb of backing) read as an adverb between two proper nouns ('Vantor and Halsey back Drevik')."""
    return tok.pos_ == "ADV" and tok.lower_ == "back" and 0 < tok.i < len(tok.doc) - 1 and tok.doc[
        tok.i - 1].pos_ == "PROPN" and tok.doc[tok.i + 1].pos_ == "PROPN" and tok.doc[tok.i + 1].ent_type_ not in (
        "DATE", "TIME", "GPE")


def _beside_adverb_verb(tok) -> bool:
    """The subject (or the first of a list of them) or the object of a verb read as an adverb between two names
    (mentions.verb_between_names): the proper noun right before it, or whose name opens right after it."""
    doc = tok.doc
    if not any(t.lower_ == "back" for t in doc):
        return False  # (most sentences have no such verb: no walk along the names)
    # (a list of names 'A and B', however the parser hangs it, may stand between the name and the verb)
    at = tok.i + 1
    while at < len(doc) and (doc[at].pos_ == "PROPN" or doc[at].lower_ in ("and", ",", "&")):
        at += 1
    if at < len(doc) and _verb_read_as_adverb(doc[at]):
        return True
    first = _phrase(tok)[0]
    return first.i > 0 and _verb_read_as_adverb(doc[first.i - 1])


COUNTED_UNITS = frozenset({"mw", "gw", "megawatts", "gigawatts", "megawatt", "gigawatt", "gpus", "accelerators", "chips",
                           "servers"})


def _recipient_before_count(tok) -> bool:
    """'will sell Halvern 800 MW from its reactor': the parser hangs the recipient of a double object on the counted
    unit that follows it as a modifier; a proper noun right before a number that counts the verb's object (MW, GW,
    GPUs) is the recipient, a party (rule mentions.recipient_before_count)."""
    if not on("mentions.recipient_before_count") or tok.dep_ != "compound" or tok.pos_ != "PROPN":
        return False
    unit = tok.head
    while unit.dep_ == "compound" and unit.head.i != unit.i and unit.head.i > unit.i:
        unit = unit.head  # ('Norvik Data 800 MW': the name's last word is a compound of the unit too)
    return unit.lower_ in COUNTED_UNITS and unit.dep_ == "dobj" and unit.head.pos_ == "VERB" and any(
        c.dep_ == "nummod" and c.like_num and tok.i < c.i < unit.i for c in unit.children) and unit.head.i < tok.i


def _in_slot(tok, rules: SlotRules) -> bool:
    if hit("mentions.recipient_before_count", _recipient_before_count(tok)):
        return True
    if hit("mentions.headline_subject", _headline_subject(tok)):
        return True
    if tok.pos_ == "PROPN" and on("mentions.verb_between_names") and hit("mentions.verb_between_names",
                                                                         _beside_adverb_verb(tok)):
        return True  # 'Vantor and Halsey back Drevik': the names around a verb the parser read as an adverb
    if hit("mentions.participle_list", _participle_list(tok)):
        return True  # 'with Ashby and Tellmar joining': the last name of the list, which the parser hung on the verb
    if hit("mentions.named_funder", _named_funder(tok)):
        return True
    if hit("mentions.clausal_subject", _clausal_subject(tok)):
        return True  # 'Ostrix backs Quorvane with ...': a name the parser read as a clause standing as the subject
    if tok.dep_ == "pobj" and as_well_as(tok.head) and tok.head.head.i != tok.head.i and hit("mentions.as_well_as"):
        return _in_slot(tok.head.head, rules)  # 'from A as well as B': B in A's slot
    if hit("mentions.described_root", _described_root(tok)):
        return True
    if _root_read_as_relative(tok):
        return True  # 'Tessaly partnered with X to build ...': the verb read as a clause on the name, the name the root
    if _headless_subject(tok) or _verb_read_as_noun(tok):
        return True
    if tok.dep_ in ("advmod", "npadvmod", "intj") and _described_opener(tok, None):
        return True  # 'Pemberly, the chip designer ..., agreed to sell': the subject its description stands in for
    if hit("mentions.date_before_name", _subject_after_date(tok)):
        return True  # 'said on Tuesday Taravik had agreed to ...': the subject the parser hung on the day
    if hit("mentions.opener_subject", _subject_after_opener(tok)):
        return True  # 'On Tuesday, Tessly will pay ...': the subject after an opener, read as a modifier
    if hit("mentions.intent_read_as_noun", _intent_read_as_noun(tok)):
        return True  # 'Quenlo plans to invest ...': the name before a verb of intent read as a noun
    if tok.dep_ in ("compound", "nmod", "amod") and hit("mentions.misparsed_dative", _misparsed_dative(tok)):
        return True  # 'The deal gives Quorvane access to ...': the receiver, which the parser made a modifier
    if tok.dep_ in ("compound", "nmod") and hit("mentions.title_employer", _employer_speaking(tok, rules)):
        return True  # 'Quorvane CEO Dara Lintz said it will buy ...': her company, which 'it' stands for
    if tok.dep_ in ("compound", "nmod") and tok.pos_ == "PROPN" and tok.head.pos_ == "NOUN" and tok.head.text in (
            NAMED_ORG_NOUNS) and on("mentions.named_fund") and hit("mentions.named_fund", _in_slot(
                tok.head, rules)):
        return True  # 'The Morvale fund led a round in X': the name before a lower-case noun for an organisation
    if tok.dep_ == "compound" and tok.pos_ == "PROPN" and on("mentions.site_owner_compound") and hit(
            "mentions.site_owner_compound", _site_owner_compound(tok)):
        return True  # 'to supply a new $10 billion Lidroter data center', '2.3 GW in new Rumarwyzo gas plants'
    if tok.dep_ == "compound" and tok.pos_ == "PROPN" and on("mentions.leased_site_owner") and hit(
            "mentions.leased_site_owner", _leased_at_site(tok)):
        return True  # 'signed a lease for 120 MW at the Dalvoren campus': the name of the site's owner, who leases it
    if tok.dep_ == "compound" and hit("mentions.deal_compound", _deal_compound(tok, rules)):
        return True  # 'Halvern lands $2B Quorvane contract': the other side of the contract, named before it
    if tok.dep_ in ("compound", "amod") and hit("mentions.figure_deal_compound", _figure_deal_compound(tok, rules)):
        return True  # 'secured $3 billion in Quorvane contracts': the other side of the contracts the figure counts
    unit = _compound_head(tok) if tok.dep_ in ("compound", "nmod") else None
    if unit is not None and unit.lower_ in BUSINESS_NOUNS and unit.dep_ == "pobj" and (
            unit.head.lower_ in ("in", "of")) and unit.head.head.lemma_.lower() in rules.investment_heads | (
                rules.target_heads) and hit("mentions.named_unit", on("mentions.named_unit")):
        return True  # 'sell a 51% stake in its Pavlo (chip) unit': the unit, named before the word for what it is
    if tok.dep_ == "compound" and tok.head.lower_ == "private" and tok.head.head.lemma_.lower() == "take" and hit(
            "mentions.taken_private", on("mentions.taken_private")):
        return True  # 'agreed to take Brimoral private': the company taken private, which the parser hung on 'private'
    if hit("mentions.shares_issuer", _shares_issuer(tok)):
        return True  # 'bought $500 million of Tessaly shares': whose shares are bought, the company invested in
    if hit("mentions.listed_shares", _listed_company(tok)):
        return True  # 'Tessaly shares jumped after it disclosed an order': the listed company 'it' stands for
    if hit("mentions.shares_subject", _shares_subject(tok)):
        return True  # 'Shares of Tessaly rose 8% after ...': the listed company, whatever the recogniser says
    if hit("mentions.name_norm_shares", _unknown_share_owner(tok)):
        return True  # 'Pellix stock fell after ...', the unknown name read as an adjective or a determiner
    if (tok.dep_ == "compound" or tok.dep_ == "nmod" and tok.head.lower_ in EQUIPMENT_WORDS) and hit(
            "mentions.maker_of_goods", _maker_of_goods(tok)):
        return True  # 'spend $10 billion on Stellix accelerators': the goods' maker (roles.brand decides)
    if tok.dep_ == "amod" and _adjective_maker(tok):
        return True  # 'buy 10,000 Brimoral accelerators', the maker read as an adjective (mentions.adjective_maker)
    if tok.dep_ == "compound" and hit("mentions.owner_of_sites", _owner_of_sites(tok)):
        return True  # 'its purchase of 29 Brisca data centers': the sites' owner, who sells them
    if hit("mentions.see_clause", _see_subject(tok)):
        return True  # 'the deal will see Halvern supply Quorvane': the parser reads the verb as a noun
    if hit("mentions.see_object", _see_object(tok)):
        return True  # '... will see Halvern supply Quorvane with ...': the one supplied, hung on the verb read as a noun
    if tok.dep_ in ("nmod", "compound") and hit("mentions.coordinated_modifier", coordinated_modifier(tok)):
        return _in_slot(tok.head, rules)  # 'from Halvern and Brisa Capital': Halvern is a name of its own
    if tok.dep_ == "dep" and tok.head.pos_ in ("VERB", "AUX") and 0 < tok.i < len(tok.doc) - 1 and tok.doc[
            tok.i - 1].lower_ in ("and", ",") and tok.doc[tok.i + 1].ent_type_ == "MONEY" and hit(
            "mentions.gapped_dep", on("mentions.gapped_dep")):
        return True  # 'agreed to pay A $1 billion and B $600 million': the parser leaves B unattached, its figure too
    if tok.dep_ in ("advmod", "npadvmod", "acomp", "oprd", "pcomp", "xcomp", "ccomp") and _name_read_as_word(tok):
        return True  # 'agreed to acquire Tessly for ...': the object, which the tagger read as an adverb
    if tok.dep_ not in rules.slot_deps:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and (tok.head.head.lemma_.lower() in word_set("site_nouns") or
                                                           tok.head.head.lower_ in FACILITY_PLURALS) and hit(
            "mentions.site_in_place", on("mentions.site_in_place")):
        return False  # 'its Redmill campus in Abilene': where a site stands, a place
    if tok.dep_ == "pobj":
        such_as = tok.head.lower_ == "as" and tok.head.i > 0 and tok.head.nbor(-1).lower_ == "such"
        # 'a Series C round for Quarnell': the company a round is for raises it (not 'pay X for capacity')
        round_for = tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in rules.round_heads and hit(
            "mentions.round_for", on("mentions.round_for"))
        # 'the $2 billion financing package for Corbel Data': a round's word as the modifier of a noun of a package
        round_for = round_for or tok.head.lower_ == "for" and tok.head.head.lower_ in PACKAGE_NOUNS and any(
            c.dep_ == "compound" and c.lemma_.lower() in rules.round_heads for c in tok.head.head.children) and hit(
            "mentions.package_for", on("mentions.package_for"))
        # 'will build a data center for Quenlo': whom a facility is made for takes it (not 'pay X for capacity')
        built_for = tok.head.lower_ == "for" and (hit("mentions.built_for", _made_for(tok.head)) or hit(
            "mentions.served_for", _served_for(tok.head)))
        # 'paid $900 million for Tessly': what a payment is for, when a name, is the company bought
        paid_for = tok.head.lower_ == "for" and hit("mentions.paid_for", _paid_for(tok.head))
        # 'made a $10 billion bid for Tessaly': the company a takeover bid is for
        bid_for = tok.head.lower_ == "for" and _bid_for(tok.head) and hit(
            "mentions.bid_for", on("mentions.bid_for")) or _deal_for(tok) or _deals_for_party(tok, rules)
        # 'Through its newly established National Growth Fund, Tamsin is injecting ...': the subject's own vehicle
        vehicle = tok.head.lower_ in ("through", "via") and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children) and hit(
            "mentions.own_vehicle", on("mentions.own_vehicle"))
        # 'a $400 million bet on Tessaly': the company money is staked on
        bet_on = hit("mentions.bet_on", _bet_on(tok))
        # 'doubled down on Tessaly with a $2 billion investment': whom the money of the 'with' phrase goes to
        invested_with = tok.head.lower_ in ("on", "behind") and on("mentions.invested_with") and _invested_with(
            tok.head.head) and hit("mentions.invested_with")
        return (tok.head.lower_ in rules.oblique_preps or such_as or round_for or built_for or paid_for or bid_for
                or vehicle or bet_on or invested_with or _cheque_for(tok)) and not _speech(tok.head.head, rules)
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and _own_figure(tok) and hit(
            "mentions.gapped_slot", on("mentions.gapped_slot")):
        return True  # 'will pay A $10 billion and B $5 billion': B, with its own figure, repeats the verb's slot
    if hit("mentions.gapped_subject", _gapped_subject(tok)):
        return True  # 'A put in $300 million and B $200 million': B, with its own figure, repeats the subject
    if tok.dep_ in ("conj", "appos"):  # 'Foo, Bar and Baz', 'tech firms Foo and Bar': the list's slot decides
        head = tok.head
        while head.dep_ in ("conj", "appos") and head.head.i != head.i:
            head = head.head
        if head.dep_ in ("nmod", "compound") and head.head.pos_ == "PROPN" and head.head.i > tok.i and \
                head.nbor(1).text == "," and head.head.dep_ in rules.slot_deps and on(
                    "mentions.list_hung_on_last") and _in_slot(
                    head.head, rules) and hit("mentions.list_hung_on_last"):
            return True  # 'Brisaun Capital, Velkmar and Ostrune Partners have pledged ...': the parse hung the list's
            # first member on the last one's name; the last one's slot decides (a comma after the first member: not
            # 'the Securities and Exchange Commission', one name)
        return head.dep_ in rules.slot_deps and head.dep_ not in ("conj", "appos") and _in_slot(head, rules)
    # 'Stellix is said to be nearing a deal': the passive speech verb raises the reported clause's subject
    if tok.dep_ == "nsubjpass" and _speech(tok.head, rules) and hit("mentions.said_to", on("mentions.said_to") and any(
            c.dep_ == "xcomp" for c in tok.head.children)):
        return True
    if _speech(tok.head, rules) and tok.dep_ == "nsubj" and hit("mentions.speaker_it", speaker_it(tok.head) is not None):
        return True
    if _speech(tok.head, rules) and tok.dep_ == "nsubj" and hit("mentions.speaker_referred", _referred(tok.head)):
        return True
    if _speech(tok.head, rules) and tok.dep_ == "nsubj" and hit("mentions.speaker_counterparty", on(
            "mentions.speaker_counterparty") and _unnamed_other_side(tok.head)):
        return True
    if _speech(tok.head, rules) and tok.dep_ == "nsubj" and hit("mentions.speaker_deal_with", on(
            "mentions.speaker_deal_with") and _deal_with_subject(tok.head, rules)):
        return True
    if _speech(tok.head, rules) and tok.dep_ == "nsubj" and hit("mentions.speaker_round", _round_of_speaker(tok, rules)):
        return True
    if _speech(tok.head, rules) and tok.dep_ == "nsubj" and _speaker_after_anaphor(tok):
        return True  # 'The startup has raised $45 million from Quarn, Vellis said': the startup is Vellis
    if _speech(tok.head, rules) and tok.dep_ == "nsubj" and hit("mentions.speaker_it_object", _it_object(tok.head)):
        return True
    if _speech(tok.head, rules) and tok.dep_ == "nsubj" and hit("mentions.speaker_own_board", _own_board(tok.head)):
        return True
    return not hit("mentions.speaker", _speech(tok.head, rules))


def _speaker_after_anaphor(tok) -> bool:
    """The speaker named after the clause it reports, when that clause opens the sentence on a phrase that stands for
    a company ('The startup has raised ..., Vellis said'): the phrase is the speaker (rule mentions.speaker_after,
    which resolve_anaphora applies)."""
    verb = tok.head
    return tok.i > verb.i - 3 and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) and bool(
        ANAPHOR.match(tok.doc.text.lstrip(" \"“'"))) and on("mentions.speaker_after")


# (with the forms of a verb of leading the lemmatizer misreads with 'co-': 'co-led' -> 'co-le')
BACKING_LEMMAS = frozenset({"lead", "led", "leads", "leading", "head", "headed", "anchor", "anchored", "back", "join",
                            "participate", "spearhead", "spearheaded", "front"})
ROUND_WORDS = word_set("round_nouns") | {"financing"}  # as mentions.SPEAKER_ROUND reads them
# 'Investors in the $2 billion round include A and B, Velkara said': the round's investors as the reported clause's
# subject (mentions.speaker_round_investors)
FUNDER_NOUNS = word_set("funder_nouns")


OUTLET_WORDS = word_set("outlet_words")  # the last word of a news outlet's name (context.yaml)


def _outlet_source(words, rules: SlotRules) -> bool:
    """', the Halden Times reported', 'according to the Orvane Herald', 'first reported by the Halden Ledger': a name
    ending in a word of outlets' names (Times, Journal, Post ...) that says or reports something, or that something
    is according to, or by whom it was reported, is a news outlet telling the deal, no party to it (rule
    mentions.outlet_name; slots.yaml media lists the outlets known by name)."""
    head = words[-1]
    if not on("mentions.outlet_name") or head.text not in OUTLET_WORDS or len(words) < 2:
        return False
    return (head.dep_ == "nsubj" and (head.head.lemma_ == "report" or _speech(head.head, rules))) or (
        head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according") or (
        # ('The agreement, first reported by the Halden Ledger, gives ...': the agent of 'reported')
        head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.lemma_ in ("report", "break", "reveal"))


def _round_of_speaker(tok, rules: SlotRules) -> bool:
    """'Velkara said Ostrix led its $400 million round', 'The round was led by Ostrix, Velkara said': the clause a
    company reports tells who leads or backs a round it gives no owner ('its', 'the'; no 'in X' after it), and not
    as 'it' (which would make the speaker the one who leads): the round is the speaker's, who is then a party
    (mentions.speaker_round; mentions.anaphora puts it at the round's determiner). Not a speaker of an investor's
    kind, which reports a round it joined, nor an outlet that reports."""
    verb = tok.head
    if not on("mentions.speaker_round") or verb.lemma_ == "report":
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("it", "they") for c in clauses for s in c.children):
        return False
    words = [t for c in clauses for t in c.subtree]
    return (any(t.lemma_.lower() in BACKING_LEMMAS or t.lower_.removeprefix("co-") in BACKING_LEMMAS
                for t in words) or (on("mentions.speaker_round_investors") and any(
                    t.lower_ in FUNDER_NOUNS and t.dep_ in ("nsubj", "nsubjpass") for t in words) and hit(
                    "mentions.speaker_round_investors"))) and any(
        (t.lemma_.lower() in ROUND_WORDS or _series_stage(t)) and any(
            d.lower_ in ("its", "the") for d in t.children) and not any(
            p.dep_ == "prep" and any(o.pos_ == "PROPN" for o in p.children) for p in t.children) for t in words) and (
        kind_of(_phrase(tok), rules) != "investor")  # (the name's kind last: it reads the words around it)


def _series_stage(tok) -> bool:
    """'its $600 million Series C': a round's stage, 'Series' and its letter, standing for the round word
    (rule mentions.speaker_round_series)."""
    return any(c.dep_ == "compound" and c.text == "Series" for c in tok.children) and on(
        "mentions.speaker_round_series") and hit("mentions.speaker_round_series")


def _deal_with_subject(verb, rules: SlotRules) -> bool:
    """'Drovane said the $900 million deal with Velkara uses ...': the clause a speech verb reports has for its
    subject a deal noun with 'with' and a name: the speaker is that deal's other side (rule
    mentions.speaker_deal_with)."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        for subject in clause.children:
            if subject.dep_ in ("nsubj", "nsubjpass") and subject.lemma_.lower() in rules.deal_heads and any(
                    c.dep_ == "prep" and c.lower_ == "with" and any(
                        o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children) for c in subject.children):
                return True
    return False


def _after_see(tok) -> bool:
    """The name this word ends opens right after 'see' ('will see Orlov Data supply ...'): the words before it in the
    name are proper nouns the parser hung on the next word."""
    i = tok.i
    while i > 0 and tok.doc[i - 1].pos_ == "PROPN" and tok.doc[i - 1].head.i == i:
        i -= 1
    return i > 0 and tok.doc[i - 1].lemma_ == "see"


def _names_site(tok) -> bool:
    """'for capacity at the Elmstead data centre': a proper noun that names a site (a compound of a site's noun), no
    company that could be the trade's other side (rule mentions.site_name_not_side)."""
    head = tok
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head is not tok and head.pos_ == "NOUN" and bool(SITE_WORD.fullmatch(head.lower_)) and hit(
        "mentions.site_name_not_side", on("mentions.site_name_not_side"))


# 'its GPU cloud', 'TPU capacity': a kind of goods the tagger calls a proper noun, no other name
# (mentions.goods_acronym)
GOODS_ACRONYMS = frozenset(("gpu", "gpus", "tpu", "tpus", "ai", "cpu", "cpus", "hbm", "asic", "asics", "npu", "npus"))
SITE_WORD = re.compile(r"cent(?:er|re)s?|campus(?:es)?|sites?|facilit(?:y|ies)|plants?|parks?|clusters?|datacenters?")


INVEST_LEMMAS = frozenset({"invest", "inject", "pour"})  # (mentions.speaker_investee)


SIGNING_LEMMAS = frozenset(("sign", "ink", "strike", "seal", "agree", "enter", "award", "place"))


def _unnamed_other_side(verb) -> bool:
    """'Quorvane said Halvern would pay about $250 million a year for the capacity': the clause a speech verb reports
    is a trade whose subject is named and whose other side is not (no other name in the clause): the speaker is that
    other side, as a company reporting its own contract is."""
    trade = word_set("paying_verbs") | word_set("supply_verbs")
    if on("mentions.speaker_investee"):
        # 'Dravik said Kestrin Ventures and Grendal Partners had invested $60 million': money put in with no one named
        # to take it is put into the company that says so
        trade = trade | INVEST_LEMMAS
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        verbs, chained = [clause], clause
        while on("mentions.speaker_counterparty_chain"):
            # 'Quorvane said Halvern had committed to spend $12 billion with it': the trade verb under the clause's
            chained = next((c for c in chained.children if c.dep_ == "xcomp"), None)  # own ('committed to spend')
            if chained is None:
                break
            verbs.append(chained)
        if on("mentions.speaker_unnamed_client") and clause.lemma_.lower() in SIGNING_LEMMAS:
            # 'Kestrel Edge said an unnamed AI developer signed a $200 million contract for its cloud': an
            # indefinite company signs a deal word with no name in the clause; the speaker is the other side
            noun = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and any(
                a.dep_ == "det" and a.lower_ in ("a", "an") for a in c.children)), None)
            deal = any(c.dep_ == "dobj" and c.lemma_.lower() in word_set("agreement_nouns") for c in clause.children)
            described = {t.i for t in noun.subtree} if noun is not None else set()  # ('an unnamed AI lab')
            if noun is not None and deal and not any(t.pos_ == "PROPN" and t.i not in described and not t.like_num
                                                     for t in clause.subtree) and hit(
                    "mentions.speaker_unnamed_client"):
                return True
        # (money invested 'in the company' names whom it goes to: mentions.speaker_referred reads that)
        # ('are investing $110 billion to build data centres': money spent on a purpose of their own, no one's round)
        trading = [v for v in verbs if v.lemma_.lower() in trade and not (v.lemma_.lower() in INVEST_LEMMAS and any(
            c.dep_ == "prep" and c.lower_ in ("in", "into") or c.dep_ in ("advcl", "xcomp") for c in v.children))]
        if not trading or trading[0] is not clause and not hit("mentions.speaker_counterparty_chain"):
            continue
        # ('said Halvern is set to pay ...': the subject of the passive verb that the trade verb completes; rule
        # roles.raised_subject)
        subject = next((c for c in clause.children if c.pos_ == "PROPN" and (c.dep_ == "nsubj" or (
            c.dep_ == "nsubjpass" and trading[0] is not clause and on("roles.raised_subject")))), None)
        if subject is None and on("mentions.speaker_customer"):
            # 'Pellan said its customer, the AI startup Drovane, had committed to spend ...': the subject is the
            # speaker's customer, named in apposition
            noun = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and any(
                a.dep_ == "poss" and a.lower_ in ("its", "their") for a in c.children)), None)
            named = [a for a in noun.subtree if a.pos_ == "PROPN" and a.dep_ == "appos"] if noun is not None else []
            subject = noun if named and hit("mentions.speaker_customer") else None
        if subject is None:
            continue
        inside = {t.i for t in subject.subtree}
        if not any(t.pos_ == "PROPN" and t.i not in inside and not (t.lower_ in CALENDAR_WORDS and hit(
                "mentions.date_before_name", on("mentions.date_before_name"))) and not _names_site(t)
                and not (t.ent_type_ in ("GPE", "LOC") and t.dep_ == "pobj" and t.head.lower_ in (
                    "in", "near", "at", "outside") and hit("mentions.place_not_side", on("mentions.place_not_side")))
                and not (any(c.like_num and c.dep_ == "nummod" for c in t.children) and hit(
                    "mentions.counted_unit", on("mentions.counted_unit")))
                and not (t.dep_ == "compound" and t.text.isupper() and t.lower_ in GOODS_ACRONYMS and clause.i > verb.i
                         and hit("mentions.goods_acronym", on("mentions.goods_acronym")))
                for t in clause.subtree):
            # (a day or a month, 'said on Tuesday Halvern would pay', is no other name; nor a unit counted, '90 MW',
            # which the tagger calls a proper noun)
            return True
    return False


def _owned_site_prep(tok):
    """The preposition whose object is a site the name owns ("from Kelmar Nuclear's reactor", "for Tessaly's new
    campus"), or None; not where the owner is a place the dictionary knows."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "pobj" and on("mentions.site_of_owner") and (
            head.head.lemma_.lower() in word_set("site_nouns") or head.head.lower_ in FACILITY_PLURALS) and not \
            _known_place(tok) and hit("mentions.site_of_owner"):
        return head.head.head  # 'to the Frankfurt data centre of Vantaris': the site's owner after 'of'
    if tok.dep_ != "poss" or head.dep_ != "pobj" or not (
            head.lemma_.lower() in word_set("site_nouns") or head.lower_ in FACILITY_PLURALS) or _known_place(tok):
        return None
    prep = head.head
    work = prep.head
    if prep.lower_ == "of" and work.lemma_.lower() in word_set("site_works") and work.dep_ == "pobj" and hit(
            "mentions.site_work_of", on("mentions.site_work_of")):
        return work.head  # "a loan for the development of Tessaly's campus": the site, through the work on it
    return prep



def _site_possessed(tok) -> str | None:
    """The preposition ('to', 'for', 'at') that hangs on a verb and takes a site the name owns ("to Ostrix's data
    centres", "at Tessaly's Ohio campus"), or None."""
    prep = _owned_site_prep(tok)
    if prep is not None and prep.lower_ == "at" and not _on_verb(prep.head) and hit(
            "mentions.site_on_object", on("mentions.site_on_object") and _verb_object_phrase(prep.head)):
        return "at"  # "lease 50 MW of capacity at Tessaly's campus": the parser hangs 'at' on the goods taken
    return prep.lower_ if prep is not None and _on_verb(prep.head) else None


def _verb_object_phrase(word) -> bool:
    """The word is a verb's object, or the noun after 'of' on it ('50 MW of capacity', 'space')."""
    if word.dep_ == "pobj" and word.head.lower_ == "of":
        word = word.head.head
    return word.dep_ == "dobj" and _on_verb(word.head)


SOURCE_HEADS = frozenset({"output", "electricity", "power", "energy", "capacity", "generation"})


def _buyer_noun(head) -> bool:
    return head.lemma_.lower() in word_set("buyer_nouns")


def _on_verb(head) -> bool:
    return head.pos_ in ("VERB", "AUX")


def _site_reading(tok, core: bool = False) -> str | None:
    """The owner of a site named after a preposition, read by the preposition and what it hangs on: the id of the
    first reading that holds (the name is then a party whatever entity label the recogniser gives it), or None.
    `core`: only the readings that also make a core slot (the first three).
    - "as the anchor customer for Tessaly's new campus", "the first tenant of Orlov's facility": the landlord
      (mentions.customer_of_site);
    - "to buy power from Kelmar Nuclear's reactor", "the output of Tessaly's Ridge plant": the seller
      (mentions.source_site);
    - "a 400 MW power plant for Tessaly's data center": the buyer, the goods a noun names going to the site
      (mentions.served_site; on a verb, 'supply power to X's data centres', mentions.recipient_site in _core_slot);
    - "Brimoral's purchase of Tessaly's Ohio campus": the seller, whose site is sold (mentions.site_sold);
    - "will rely on Tessaly's data centers for its compute needs": the seller (mentions.site_relied_on);
    - "servers housed in Drovane's data centres", "a contract for GPU clusters in X's data centres": the host, who
      sells the capacity (mentions.housed_in_site)."""
    prep = _owned_site_prep(tok)
    if prep is None:
        return None
    p, head = prep.lower_, prep.head
    if p in ("for", "of", "at") and _buyer_noun(head) and on("mentions.customer_of_site"):
        return "mentions.customer_of_site"
    if (p == "from" or p == "of" and head.lemma_.lower() in SOURCE_HEADS) and on("mentions.source_site"):
        return "mentions.source_site"
    if p == "of" and head.lemma_.lower() in word_set("site_sale_nouns") and on("mentions.site_sold"):
        return "mentions.site_sold"
    if core:
        return None
    if p in ("for", "to") and not _on_verb(head) and not _buyer_noun(head) and on("mentions.served_site"):
        return "mentions.served_site"
    if p == "on" and _on_verb(head) and on("mentions.site_relied_on"):
        return "mentions.site_relied_on"
    if p == "in" and (head.lemma_.lower() in word_set("housing_verbs") or head.lower_ in GOODS_WORDS or (
            head.lemma_.lower() in word_set("agreement_nouns"))) and on("mentions.housed_in_site"):
        return "mentions.housed_in_site"  # 'servers housed in', 'GPU clusters in', 'a contract for ... in X's campus'
    return None


def _site_owner(tok, core: bool = False) -> bool:
    rule = _site_reading(tok, core)
    return rule is not None and hit(rule, True)


def _deal_owner(tok, rules: SlotRules) -> bool:
    """The owner of a deal noun ("Valdoria's $2 billion investment in Nordavia", "X's total commitment to Y", "X's
    deal with Y"; slots.yaml deal_heads, investment_heads, target_heads): a party, whatever entity label the
    recogniser gives the name; not a place the dictionary knows (rule mentions.deal_owner)."""
    head = tok.head
    return on("mentions.deal_owner") and tok.dep_ == "poss" and head.pos_ == "NOUN" and (
        head.lemma_.lower() in rules.deal_heads | rules.investment_heads | rules.target_heads | {"commitment"}) and (
        not _known_place(tok))


def _business_owner_in(tok) -> bool:
    """The owner of a business put money 'in' or 'into' ("is investing a further $570m in Pellix Tower's US data
    centre business"; context list business_nouns): a company, whatever entity label the recogniser gives the name;
    not a place the dictionary knows (rule mentions.business_owner_in)."""
    head = tok.head
    return tok.dep_ == "poss" and head.lemma_.lower() in word_set("business_nouns") and head.dep_ == "pobj" and (
        head.head.lower_ in ("in", "into")) and not _known_place(tok) and on("mentions.business_owner_in") and hit(
        "mentions.business_owner_in")


def _object_owner(tok, cues) -> bool:
    """The owner of a deal verb's direct object ('Tessaly will host Velkara's AI workloads', 'rent X's GPUs', 'buy X's
    chips'): the one the trade is with, whatever entity label the recogniser gives the name; not a place the
    dictionary knows ('power Texas's grid'; rule mentions.object_owner)."""
    # (not in a relative clause: 'Velkara's data centres, which host Tessaly's models, ...' describes, it tells no deal)
    return cues is not None and on("mentions.object_owner") and tok.dep_ == "poss" and tok.head.dep_ == "dobj" and (
        tok.head.head.idx in cues.deal_words) and tok.head.head.dep_ != "relcl" and not _known_place(tok)


def _unknown_partner(tok, words, cues) -> bool:
    """'Velkara teams up with Tessaly on $2 billion AI data centre', 'signed a lease with Ostrivane': the object of
    'with' on a deal word is the counterparty; a name there that is no English word in any form is taken for one,
    whatever entity label the recogniser gives it (a place the dictionary knows, 'with Texas', is not; rule
    mentions.unknown_partner)."""
    return cues is not None and on("mentions.unknown_partner") and tok.dep_ == "pobj" and tok.head.lower_ == "with" \
        and _deal_governed(tok, cues.deal_words) and not any(is_english(w.text, plural=False) for w in words)


def _list_members(tok) -> list:
    """The proper names of the list (coordination) the token stands in: its first member and every conjunct."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return [first] + [t for t in first.subtree if t.dep_ == "conj" and t.pos_ == "PROPN"]


def _among_companies(tok, lex: Lexicon) -> bool:
    """'came from Calder Ridge, Pellan Ventures and Oxbury Capital': a name of English words that the recogniser
    calls a place, listed with two or more names that end in a company's word, is one of them: a list holds one kind
    of name (rule mentions.place_among_companies)."""
    if not on("mentions.place_among_companies") or tok.text.isupper():  # ('SAN FRANCISCO and AUSTIN': a dateline)
        return False
    members = _list_members(tok)
    suffixes = lex.cues["org_suffixes"]
    return tok in members and sum(m.i != tok.i and m.text in suffixes for m in members) >= 2


def _investment_firm_listed(words) -> bool:
    """'... included Wexford Ridge, Marlow Street Partners and Ilsan Investment': a name that ends in 'Investment'
    after a word no dictionary knows, one of a list in which the recogniser calls another member an organisation, is
    an investment firm, not an investment (rule mentions.investment_firm_listed; 'the Series B Investment' is none)."""
    head = words[-1]
    if not on("mentions.investment_firm_listed") or len(words) < 2 or head.text != "Investment" or any(
            is_english(w.text, w.lemma_) or not w.text[:1].isupper() for w in words[:-1]):
        return False
    members = _list_members(head)
    return len(members) >= 2 and head in members and any(m.ent_type_ == "ORG" and m.i != head.i for m in members)


def _list_mates(tok) -> bool:
    """A member of a list of proper names in which the recogniser calls another member an organisation ('from investors
    such as Halvern Capital, Tessavir, Kordana, Vellamo and Ostrivane', where it calls some places): the
    members of one list are of one kind, so its label for this one is not trusted; not a place the dictionary knows
    (rule mentions.list_mates)."""
    if not on("mentions.list_mates") or _known_place(tok):
        return False
    members = _list_members(tok)
    return len(members) >= 3 and tok in members and any(
        m.ent_type_ == "ORG" and m.i != tok.i for m in members)


# right before a name: a cue of a co-investor ('with participation from', 'alongside', 'joined by'; context list
# co_investor_cues) (mentions.co_investor_named)
CO_INVESTOR_BEFORE = re.compile(rf"(?<![\w-])(?:{words('co_investor_cues')})\s+(?:the\s+)?$", re.I)


def _co_investor_named(words) -> bool:
    """'..., with participation from Dravo', 'alongside Ostrel': the name a co-investor cue introduces is a funder,
    whatever entity label the recogniser gives it; not a place the dictionary knows (rule
    mentions.co_investor_named)."""
    first = words[0]
    if not on("mentions.co_investor_named") or _known_place(first):
        return False
    sent = first.sent
    return bool(CO_INVESTOR_BEFORE.search(first.doc.text[max(sent.start_char, first.idx - 60):first.idx]))


def _employer_speaking(tok, rules: SlotRules) -> bool:
    """'Quorvane CEO Dara Lintz said it will buy ...': the company named before a speaker's title, when the clause the
    speaker reports has 'it' or 'the company' for subject."""
    if not on("mentions.title_employer"):
        return False
    speaker = tok
    while speaker.dep_ in ("compound", "nmod", "flat") and speaker.head.i != speaker.i:
        speaker = speaker.head
    return speaker.dep_ == "nsubj" and _speech(speaker.head, rules) and employer(speaker) == tok and any(
        c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and (s.lower_ == "it" or company_anaphor(s)) for s in c.children)
        for c in speaker.head.children)


def _speaker_of_it(head, rules: SlotRules) -> bool:
    """'Tosaka Denki said it will take a stake in X': a speaker whose reported clause calls it 'it' is a company,
    whatever the recogniser makes of its name (rule mentions.speaker_it_not_person)."""
    # (the clause reported after the verb, of a verb other than 'be': "'it's an exciting time,' said Ivan Braiker"
    # has the 'it' of no one)
    return on("mentions.speaker_it_not_person") and head.dep_ == "nsubj" and _speech(head.head, rules) and (any(
        c.dep_ == "ccomp" and c.i > head.head.i and c.lemma_ != "be" and any(s.lower_ == "it" and (
            s.dep_ == "nsubj" or s.dep_ == "nsubjpass" and hit("mentions.speaker_it_passive", on(
                "mentions.speaker_it_passive"))) for s in c.children) for c in head.head.children) or (
        (it := _it_after_speech(head.head)) is not None and it.head.lemma_ != "be"))


def speaker_it(verb):
    """'Quorvane said it will buy Stellix': the clause a speech verb reports has 'it' for subject, and 'it' is the
    speaker ('they' for speakers joined by 'and'); the reported clause (its verb) or None."""
    if not on("mentions.speaker_it"):
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    plural = speaker is not None and any(c.dep_ == "conj" for c in speaker.children)  # 'A and B said they ...'
    for clause in verb.children:
        # ('Quorvane said it is set to buy Stellix': 'it' the subject of a passive 'set'; mentions.speaker_it_passive)
        if clause.dep_ == "ccomp" and any(c.lower_ == ("they" if plural else "it") and (c.dep_ == "nsubj" or (
                c.dep_ == "nsubjpass" and hit("mentions.speaker_it_passive", on("mentions.speaker_it_passive"))))
                                          for c in clause.children):
            return clause
        # 'Velkara said as it announced a $750 million Series D': the clause of what it did as it spoke
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "when", "while")
                                          for c in clause.children) and any(
                c.dep_ == "nsubj" and c.lower_ == ("they" if plural else "it") for c in clause.children) and hit(
                "mentions.speaker_as_it", on("mentions.speaker_as_it")):
            return clause
        # 'Quorvane said the company will buy Stellix': the company is the speaker, unless the tagger takes it for a
        # person (mentions.speaker_company)
        if clause.dep_ == "ccomp" and not plural and speaker is not None and speaker.pos_ == "PROPN" and (
                speaker.ent_type_ != "PERSON") and any(c.dep_ == "nsubj" and company_anaphor(c)
                                                       for c in clause.children) and hit(
                "mentions.speaker_company", on("mentions.speaker_company")):
            return clause
    it = _it_after_speech(verb, plural)
    return it.head if hit("mentions.speaker_it_adjacent", it is not None) else None


def _it_after_speech(verb, plural: bool = False):
    """'Dromel said it had secured financing of ...', where the parser hung 'had secured' under a noun and left
    the reported clause no 'ccomp': the 'it' (or 'they') that follows the speech verb, past 'that' and when it said
    so ('on Tuesday'), and is a subject of a verb after it, is the speaker all the same (mentions.speaker_it_adjacent);
    the token or None."""
    if not on("mentions.speaker_it_adjacent") or verb.lower_ not in ("said", "says"):
        return None
    i, doc = verb.i + 1, verb.doc
    while i < len(doc) and (doc[i].lower_ in ("that", "on", "late", "early") or doc[i].ent_type_ in ("DATE", "TIME")):
        i += 1
    if i >= len(doc) or doc[i].lower_ != ("they" if plural else "it"):
        return None
    tok = doc[i]
    # (the subject of a passive 'set' or 'expected' only as mentions.speaker_it_passive reads it)
    return tok if (tok.dep_ == "nsubj" or tok.dep_ == "nsubjpass" and on("mentions.speaker_it_passive")) and \
        tok.head.i > tok.i and tok.head.pos_ in ("VERB", "AUX") else None


def _referred(verb) -> bool:
    """'Quenlo said Taravik will invest $2 billion in the company': the clause a speech verb reports names a party
    by a company noun with 'the' (context.yaml company_nouns), which stands for the speaker (mentions.anaphora then
    puts the speaker there)."""
    if not on("mentions.speaker_referred"):
        return False
    nouns = word_set("company_nouns")
    return any(t.lower_ in nouns and t.dep_ in ("pobj", "dobj", "dative") and any(d.lower_ == "the" for d in t.children)
               for c in _others_clauses(verb) for t in c.subtree)


def _others_clauses(verb) -> list:
    """The clauses a speech verb reports whose subject is not 'it' or 'they' (not the speaker's own act)."""
    return [c for c in verb.children if c.dep_ == "ccomp" and not any(
        s.dep_ == "nsubj" and s.lower_ in ("it", "they") for s in c.children)]


def _it_object(verb) -> bool:
    """'Nimbrel said that A and B had agreed to lend it $2.3 billion': the clause a speech verb reports, with a subject
    of its own, has 'it' as the object of its verb or of its verb's preposition ('lend it', 'invest in it'): 'it' is
    the speaker, a party (rule mentions.speaker_it_object; mentions.anaphora puts the speaker there)."""
    if not on("mentions.speaker_it_object"):
        return False
    return any(t.lower_ == "it" and (t.dep_ in ("dobj", "dative") and t.head.lemma_ in GIVING_LEMMAS or (
        t.dep_ == "pobj" and t.head.lower_ in ("in", "into") and t.head.head.lemma_ in INVEST_LEMMAS))
               for c in _others_clauses(verb) for t in c.subtree)


def _own_board(verb) -> bool:
    """'Kelvar Semicon said its board had approved the acquisition of ...': the clause a speech verb reports has for
    its subject the speaker's own board, directors or shareholders ('its' and one of those nouns): what they approve,
    the speaker does; the speaker is a party (rule mentions.speaker_own_board)."""
    return on("mentions.speaker_own_board") and any(c.dep_ == "ccomp" and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in OWN_ORGANS and any(
            d.dep_ == "poss" and d.lower_ in ("its", "their") for d in s.children) for s in c.children)
        for c in verb.children)


OWN_ORGANS = frozenset({"board", "director", "shareholder", "stockholder"})  # (mentions.speaker_own_board)
# verbs whose object 'it' receives the money or goods: 'lend it', 'pay it' (mentions.speaker_it_object)
GIVING_LEMMAS = frozenset({"lend", "loan", "pay", "give", "grant", "provide", "extend", "offer", "sell", "supply"})


def _speech(verb, rules: SlotRules) -> bool:
    if not (verb.lemma_.lower() in rules.speech_verbs or verb.lower_ in rules.speech_verbs):
        return False
    # 'and Taravik added $250 million': a verb of saying whose object is a figure adds money, it says nothing
    if on("mentions.adds_figure") and hit("mentions.adds_figure", any(
            c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.like_num or c.pos_ in ("NUM", "SYM"))
            for c in verb.children)):
        return False
    # 'Quorvane has filed to raise up to $800 million': a verb of saying with an infinitive of its own, right after it,
    # acts
    if on("mentions.filed_to_act") and hit("mentions.filed_to_act", any(
            c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and c.i == verb.i + 2 and verb.nbor().lower_ == "to"
            for c in verb.children)):
        return False
    # 'Akamai disclosed a $1.8 billion contract to host ...': what is disclosed is the discloser's own agreement ('a
    # $300 million stake in X', 'its purchase of X': its own holding or deal as well)
    return not (on("mentions.discloses_deal") and hit("mentions.discloses_deal", any(
        c.dep_ == "dobj" and (c.lemma_.lower() in rules.deal_heads or c.lemma_.lower() in rules.target_heads or
                              c.lemma_.lower() in ("stake", "investment")) for c in verb.children)))


PERSONAL_PRONOUNS = ("he", "she", "his", "her", "him", "himself", "herself")


def _title_opens(words, rules: SlotRules) -> bool:
    """'Chief Financial Officer Ana Reyes': a phrase whose capitalised words, after a person's title inside it, are two
    given and family names (no company word) names a person (rule mentions.title_opens_name)."""
    last = max((k for k, w in enumerate(words) if w.lower_.rstrip(".") in rules.person_titles), default=None)
    rest = words[last + 1:] if last is not None else []
    return last is not None and 2 <= len(rest) <= 3 and all(
        w.text.istitle() and w.is_alpha and w.text not in _company_words() for w in rest)


def _titled_person(words) -> bool:
    """'Pavel Orlov, chief executive of Orlov Data': a name of two words or more followed by a comma and a person's
    title (context.yaml person_title_words) with 'of' or 'at' is a person, whatever the recogniser labels it
    (rule mentions.titled_person)."""
    if not on("mentions.titled_person") or len(words) < 2:
        return False
    end = words[-1].i
    after = "".join(t.text_with_ws for t in words[0].doc[end + 1:end + 9])
    # ('Mara Velt is chief executive of Brindova': the title as what the name is; mentions.titled_predicate)
    return bool(TITLE_AFTER.match(after)) or on("mentions.titled_predicate") and hit(
        "mentions.titled_predicate", bool(TITLE_PREDICATE.match(" " + after)))


# right after a person's name: ', chief executive of', ', the co-founder at' (mentions.titled_person)
TITLE_AFTER = re.compile(TITLE_OF, re.I)
# right after a person's name: ', a former Orlin researcher', ', an ex-Orlin engineer', ', the Orlin co-founder': a
# person's role at a company named before it (mentions.staff_apposition)
# (a person's role, not 'leader' or 'veteran', which describe companies too: 'a Tokyo-based leader in IT services'; nor
# a place the company is based in)
STAFF_AFTER = re.compile(rf",\s+(?:a|an|the)\s+(?:(?:former|onetime|longtime|veteran|senior)\s+)?(?:ex-)?"
                         rf"(?:[A-Z](?![\w&.'’-]*-based\b)[\w&.'’-]*\s+){{1,3}}"
                         rf"(?i:researcher|engineer|executive|scientist|manager|employee|staffer|"
                         rf"{words('person_title_words')})(?![\w'’-])")


def _staff_apposition(words) -> bool:
    """'Marten Quist, a former Orlin researcher': a name of two words or more followed by a comma and a person's
    role at a company named before the role noun (context.yaml staff_nouns, person_title_words) is a person
    (rule mentions.staff_apposition)."""
    if not on("mentions.staff_apposition") or len(words) < 2:
        return False
    end = words[-1].i
    return bool(STAFF_AFTER.match("".join(t.text_with_ws for t in words[0].doc[end + 1:end + 10])))


def _he_or_she(head) -> bool:
    """The name is the subject of a verb whose own clause goes on about it as 'he' or 'she' ('Whitmore bought
    properties that he then leased back', '... and borrowed against his own stake'), with no other name between
    that the pronoun could stand for: a person, whom an organisation's 'it' would name."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    pronoun = next((t for t in verb.subtree if t.i > head.i and t.lower_ in PERSONAL_PRONOUNS and t.pos_ == "PRON"),
                   None)
    if pronoun is None:
        return False
    return not any(t.pos_ == "PROPN" for t in head.doc[head.i + 1:pronoun.i])


def _rejection(words, text: str, rules: SlotRules, lex: Lexicon, not_org: set, generic: set,
               cues: PersonCues | None = None) -> str | None:
    """Why a proper-noun phrase in a slot is no organisation (the filter's id), or None when it is one."""
    labels = {w.ent_type_ for w in words if w.ent_type_}
    head = _name_head(words)  # 'Authority' in 'Orsk Investment Authority of Kavala'
    # 'Marlowe Ventures', 'Velora Labs': the name says so, as an institution's 'of' phrase does ('... Authority of
    # Kavala': mentions.institution_of); 'Velmora, a provider of data centers': its apposition does
    named_as_org = head.text in lex.cues["org_suffixes"] or head is not words[-1] or hit(
        "mentions.described_by_apposition", any(
        c.dep_ == "appos" and c.lemma_.lower() in lex.cues["org_descriptors"] for c in head.rights))
    if hit("mentions.people_of_place", labels == {"NORP"} and len(words) == 1 and head.tag_ == "NNPS" and on(
            "mentions.people_of_place")):
        return "filter:entity_label"  # 'covers one in five Americans': a people, in whatever slot, is no company
    if hit("mentions.entity_label", labels & rules.excluded_entities and not named_as_org
           and not (_core_slot(head, rules) and not hit("mentions.place_after_in", _place_after_in(head, labels, text)))
           and not _misparsed_oblique(head, rules)  # the tagger misread the word: its entity label is no better
           and not _root_read_as_relative(head)  # 'Tessaly partnered with X': the parser misread the sentence
           and not hit("mentions.own_vehicle", _own_vehicle(head))  # 'through its newly established X': a body
           and not _site_owner(head)  # "customer for X's campus", "power from X's reactor" ...: _site_reading
           and not (len(words) == 1 and hit("mentions.owner_of_sites", _owner_of_sites(head)))  # 'four X campuses'
           and not hit("mentions.list_mates", _list_mates(head))  # 'leaders such as A, B and C': one kind of name
           and not hit("mentions.co_investor_named", _co_investor_named(words))  # 'with participation from X'
           and not hit("mentions.deal_owner", _deal_owner(head, rules))  # "X's $2 billion investment in Y": X acts
           and not hit("mentions.object_owner", _object_owner(head, cues))  # "will host X's AI workloads": X buys
           and not _business_owner_in(head)  # "investing $570m in X's US data centre business": X is invested in
           and not hit("mentions.unknown_partner", _unknown_partner(head, words, cues))  # 'teams up with X'
           and not (len(words) == 1 and head.dep_ == "amod" and hit("mentions.adjective_maker",
                                                                    _adjective_maker(head)))):
        return "filter:entity_label"
    if hit("mentions.known_place", on("mentions.known_place") and not named_as_org and all(
            w.ent_type_ in ("GPE", "LOC") and is_english(w.text, plural=False) for w in words) and not lex.lookup(
                text) and not hit("mentions.place_among_companies", _among_companies(head, lex))):
        return "filter:place"  # 'Mexico and Canada have lost ... to get the deal done': a country, in whatever slot
    doc = words[0].doc
    rest = head.i + 1  # past the place's other words ('São' of 'São Paulo-based')
    while rest < min(len(doc), head.i + 4) and doc[rest].pos_ == "PROPN" and doc[rest].text[:1].isupper():
        rest += 1
    after = doc[rest:rest + 2]
    if len(after) == 2 and after[0].text == "-" and after[0].whitespace_ == "" and after[1].lower_ in (
            "based", "headquartered") and hit("mentions.based_place", on("mentions.based_place")):
        return "filter:place"  # 'São Paulo-based Brenlow Cloud': where a company is based, whatever the name's shape
    if hit("mentions.based_in_place", on("mentions.based_in_place") and head.dep_ == "pobj" and head.head.lower_ in (
            "in", "at") and head.head.head.lower_ in BASED_WORDS and not lex.lookup(text)):
        return "filter:place"  # 'The startup, based in Lyon, ...': where a company is based, whatever the name's shape
    if hit("mentions.place_made_hub", on("mentions.place_made_hub") and _place_made_hub(head)
           and not lex.lookup(text)):
        return "filter:place"  # 'to develop Rio de Janeiro as a data center hub': a place made into one
    if hit("mentions.power_source", on("mentions.power_source") and _power_source(words)):
        return "filter:facility"  # 'power generated by the Brisa Lake Solar in Frio County': the plant, no party
    if hit("mentions.facility_list", on("mentions.facility_list") and any(
            c.dep_ == "conj" and c.lower_ in FACILITY_PLURALS and c.text.islower() for c in head.children)):
        return "filter:facility"  # 'from the operating Kessler and Davis-Brook plants': a plant, as its partner is
        # (not 'Velkara and Tessaly Data Centres': the noun, capitalised, ends the other name)
    if hit("mentions.dateline", _dateline(words)):
        return "filter:dateline"
    if hit("mentions.describing_word", _describes_next(words, lex)):
        return "filter:describing_word"  # 'Semiconductor startup Positron': the field, not the company
    if hit("mentions.hyphen_fragment", _hyphen_fragment(words)):
        return "filter:hyphen_fragment"  # 'AI Build-Out With ...': the end of a hyphenated word, not a name
    if hit("mentions.brackets", _in_brackets(doc, words[0].i, words[-1].i)):  # '(NASDAQ: CEG)', '(GLOBE NEWSWIRE)': a ticker, an agency
        return "filter:brackets"
    if hit("mentions.document_or_round", (head.text in rules.not_org_heads and not hit(
            "mentions.investment_firm_listed", _investment_firm_listed(words)))
           or words[0].text in rules.not_org_firsts or len(words) > 1 and head.text in rules.unit_heads):
        return "filter:document_or_round"
    if hit("mentions.round_letter", on("mentions.round_letter") and len(words) == 1 and re.fullmatch(
            r"[A-Z]\.?|[A-Z]-?\d\.?", words[0].text) is not None and words[0].i > 0 and words[0].nbor(-1).text in
            rules.not_org_firsts):
        return "filter:document_or_round"  # "into its Series B.": the round's letter, parsed apart from 'Series'
    if not any(c.isupper() or c.isdigit() for c in text) or _plural_acronym(text):
        return "filter:common_word"
    if hit("mentions.media", text.removeprefix("the ").removeprefix("The ") in rules.media):
        return "filter:media"
    if hit("mentions.outlet_name", _outlet_source(words, rules)):
        return "filter:media"  # ', the Halden Times reported': a news outlet no list knows, a source
    if not fold_name(text) or strip_suffix(text) in ("", "Inc", "Co", "Company", "Corp"):
        return "filter:suffix_only"
    if hit("mentions.the_defined_noun", on("mentions.the_defined_noun") and len(words) == 1 and words[0].i > 0
           and doc[words[0].i - 1].lower_ in ("the", "this") and words[0].lower_ in DEFINED_TERMS):
        return "filter:defined_term"  # 'the Bank participated in ...': a press release's word for a party, no name
    if hit("mentions.person", "PERSON" in labels and len(words) >= rules.person_min_words and not named_as_org
           and not lex.lookup(text) and not _party_slot(head, rules, cues, generic)
           and not hit("mentions.title_of", _title_of(head, rules))
           # ('1 GW of Ruruoreth Rugenostru solid oxide fuel cells': a name before goods a verb trades makes them)
           and not (on("mentions.maker_not_person") and hit("mentions.maker_not_person", _maker_of_goods(head)))
           # ('through its newly established Aungenteror Velsasa', 'the state-run Wyethlongen Lirurumar': a body
           # set up or owned, no person)
           and not (on("mentions.owned_body_not_person") and hit("mentions.owned_body_not_person", _own_vehicle(
               head) or _owned_body(words)))
           and not hit("mentions.speaker_it_not_person", _speaker_of_it(head, rules))
           # ('Kelvar Semicon said its board had approved ...': a speaker with a board is no person)
           and not (head.dep_ == "nsubj" and _speech(head.head, rules) and _own_board(head.head))
           # ('cleared Tonberry Chips' $2 billion acquisition of ...': a name that ends in a company word or a
           # capitalised word for goods names a company, whatever the recogniser makes of its first word)
           and not (on("mentions.company_word_not_person") and len(words) >= 2 and words[-1].text[:1].isupper() and (
               words[-1].text in _company_words() or words[-1].lower_ in GOODS_WORDS) and hit(
               "mentions.company_word_not_person"))
           and not hit("mentions.person_referred_as_company", cues is not None and cues.referred and _lone_subject(
               words))):
        return "filter:person"
    if hit("mentions.title_opens_name", on("mentions.title_opens_name") and _title_opens(words, rules)
           and not named_as_org and not lex.lookup(text)):
        return "filter:person"  # 'Chief Financial Officer Ana Reyes said': a title, then the person's names
    if hit("mentions.titled_person", _titled_person(words) and not named_as_org and not lex.lookup(text)):
        return "filter:person"  # 'Pavel Orlov, chief executive of Orlov Data, said ...': a person with a title
    if hit("mentions.staff_apposition", _staff_apposition(words) and not named_as_org and not lex.lookup(text)):
        return "filter:person"  # 'Marten Quist, a former Orlin researcher': a person, described by their role
    if hit("mentions.surname", len(words) == 1 and "PERSON" in labels and cues is not None and text in cues.surnames
           and not named_as_org and not lex.lookup(text)):
        return "filter:person"  # 'Dana Whitfield founded Quorvane ... Whitfield agreed to invest': a person again
    if hit("mentions.pronoun_person", on("mentions.pronoun_person") and not named_as_org and _he_or_she(head)
           and not lex.lookup(text)):
        return "filter:person"  # 'Whitmore bought properties that he then leased back': 'he' is Whitmore
    if hit("mentions.goods_apposition", on("mentions.goods_apposition") and head.dep_ == "appos"
           and head.head.lower_ in GOODS_WORDS and not lex.lookup(text) and any(
               t.text in (",", "(", "–", "—") for t in doc[head.head.i + 1:words[0].i])):
        # (set off from the goods: not 'a round led by chip toolmaker Velkari', a kind of company before its name)
        return "filter:product"  # 'unveiled its new accelerator, the P9,': the goods' own name, a product
    if hit("mentions.place_apposition", on("mentions.place_apposition") and _place_apposition(head, doc)
           and not lex.lookup(text)):
        return "filter:place"  # 'invested RM14 billion in local tech parks, Nusrava and Kempelo': the parks' names
    if hit("mentions.abbreviated_goods", on("mentions.abbreviated_goods") and _abbreviated_goods(words)
           and not lex.lookup(text)):
        return "filter:product"  # 'gigawatts of Tensor Processing Unit (TPU) capacity': the goods' own name
    if hit("mentions.quoted_speaker", on("mentions.quoted_speaker") and not named_as_org and _quoted_speaker(head)
           and not lex.lookup(text)):
        return "filter:person"  # '"It reminds us of COTS," said Shotwell, referring to ...': a quote's speaker
    if hit("mentions.title", _after_title(words[0], rules)):
        return "filter:title"
    if hit("mentions.office_title", on("mentions.office_title") and _office_title(words, head, rules)
           and not lex.lookup(text)):
        return "filter:title"  # 'The Secretary of State for Economic Development, ...': an office, no company
    if hit("mentions.epithet_apposition", on("mentions.epithet_apposition") and _epithet(words, head, lex, generic,
                                                                                         not_org)):
        return "filter:epithet"  # 'Velkara, the AI Hyperscaler, has exercised ...': Velkara described, no company
    if text in lex.products or text in not_org or len(text) < 2:
        return "filter:product_or_common"
    if hit("mentions.goods_word", text.lower() in GOODS_WORDS and on("mentions.goods_word")):
        return "filter:goods"  # 'buys the most HBM': an acronym of goods, written like a company's
    if all(w.text in generic or w.text in not_org or w.text in NAME_JOINERS or w.like_num for w in words):
        # 'Energy Capital Partners': three or more common words the recogniser reads as one organisation, ending in
        # a company word, are a name; 'Data Center', 'Capital Partners' are not
        if hit("mentions.common_word_name", len(words) >= 3 and named_as_org and {w.ent_type_ for w in words} == {"ORG"}):
            return None
        return "filter:generic_words"
    return None


def _epithet(words, head, lex: Lexicon, generic: set, not_org: set) -> bool:
    """'Velkara, the AI Hyperscaler,': a capitalised phrase after 'the' in apposition to a name, ending in a word for a
    kind of company (lexicon org_descriptors: hyperscaler, giant, provider) with only common words before it, is an
    epithet of that name written in capitals, not a second company (rule mentions.epithet_apposition)."""
    return head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.head.i < head.i and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children) and head.lower_ in lex.cues[
        "org_descriptors"] and all(is_english(w.text) or w.text in generic or w.text in not_org
                                   for w in words if w is not head) and not lex.lookup(" ".join(w.text for w in words))


QUOTE_CLOSERS = {"”", "\"", "''"}


def _quoted_speaker(tok) -> bool:
    """The subject of 'said' (or 'added', 'told') written after the verb that follows a closing quotation mark: a
    quote's speaker, in news a person ('..., organisations are quoted as 'the company said'; rule
    mentions.quoted_speaker)."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.lemma_ in ("say", "add", "tell") and 0 < verb.i < tok.i and (
        verb.nbor(-1).text in QUOTE_CLOSERS)


# the participle of a hyphenated adjective of ownership or backing ('state-run', 'government-owned', 'fund-backed')
OWNED_PARTICIPLES = frozenset({"run", "owned", "backed", "controlled", "funded", "sponsored"})


def _owned_body(words) -> bool:
    """'the state-run Wyethlongen Lirurumar': a name right after a hyphenated adjective of ownership or backing is a
    body someone runs or owns, no person (mentions.owned_body_not_person)."""
    doc, i = words[0].doc, words[0].i
    return i >= 3 and doc[i - 1].lower_ in OWNED_PARTICIPLES and doc[i - 2].text == "-" and doc[i - 3].is_alpha


def _own_vehicle(tok) -> bool:
    """'Through its newly established Ostrivel, Tamsin is injecting ...': what the subject acts through, its own, is
    a body it set up, whatever entity label the recogniser gives the name (rule mentions.own_vehicle)."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("through", "via") and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children) and on("mentions.own_vehicle")


def _misparsed_oblique(tok, rules: SlotRules) -> bool:
    """'will rent 20,000 GPUs to Marrowind under ...': right after a preposition that takes a party ('to', 'from',
    'with', 'by'), a capitalised word no English dictionary knows is a name, even where the tagger, misled by its
    letters, made it a verb ('to Marrowind' as an infinitive) or an adverb; the preposition gives it the slot."""
    if not on("mentions.misparsed_oblique") or tok.i < 2 or tok.pos_ not in ("VERB", "ADV", "ADJ", "AUX"):
        return False
    prev = tok.doc[tok.i - 1]
    return prev.lower_ in rules.oblique_preps and prev.lower_ not in ("of", "in", "into") and _unknown_capitalised(
        tok) and not tok.doc[tok.i - 2].is_sent_start


def _describes_next(words, lex: Lexicon) -> bool:
    """English words right before a lower-case descriptor of a company ('Semiconductor startup X', 'Robotics firm
    X'; cue list org_descriptors) say what the company does: a capitalised field, not a name."""
    if not on("mentions.describing_word"):
        return False
    doc = words[0].doc
    nxt = doc[words[-1].i + 1] if words[-1].i + 1 < len(doc) else None
    return nxt is not None and nxt.text.islower() and nxt.text in lex.cues["org_descriptors"] and all(
        w.is_alpha and is_english(w.text, w.lemma_) for w in words)


def _hyphen_fragment(words) -> bool:
    """The phrase is the part after the hyphen of a word written with one ('Build-Out', 'Tie-Up', 'Follow-On'),
    a word the lemmatizer knows: a title-case headline's compound, not a name ('Rolls-Royce' is no English word)."""
    if not on("mentions.hyphen_fragment") or len(words) != 1 or words[0].i < 2:
        return False
    doc = words[0].doc
    dash, before = doc[words[0].i - 1], doc[words[0].i - 2]
    return dash.text == "-" and not dash.whitespace_ and not before.whitespace_ and before.is_alpha and is_english(
        words[0].text, words[0].lemma_)


def _place_after_in(head, labels: set, text: str) -> bool:
    """'invest $2 billion in Brazil': after 'in', a name the recogniser calls a place and the lemmatizer's WordNet
    index knows, every word of it ('Brazil', 'Texas', 'North America'), is a place, not the investee, even under an investment word.
    An unknown name there ('invest $40 million in Kelvara') is still taken for the investee, whatever its label."""
    first = head
    while first.dep_ == "conj" and first.head.i != first.i and on("mentions.place_list"):
        first = first.head  # 'in North America, Europe and Britain': each member of a list of places after 'in'
    if first is not head:
        hit("mentions.place_list")
    return bool(labels & {"GPE", "LOC"}) and first.dep_ == "pobj" and first.head.lower_ in ("in", "into") and on(
        "mentions.place_after_in") and all(is_english(word, plural=False) for word in text.split())


def _opens_referring(text: str) -> bool:
    """The sentence opens on 'the' and a company noun ('The insurer', 'The Japanese conglomerate'), the phrase
    mentions.ANAPHOR reads: it refers back (rule mentions.person_referred_as_company)."""
    return ANAPHOR.match(text, len(text) - len(text.lstrip(" \t\n\"'“‘([-—"))) is not None


PLACE_PREPS = frozenset({"in", "at", "near", "across", "outside"})
PLACE_ROLE_NOUNS = word_set("place_role_nouns")
BASED_WORDS = frozenset({"based", "headquartered", "located", "registered", "incorporated"})


def _lone_subject(words) -> bool:
    """The phrase is the subject of its sentence's main verb and the sentence's one name, but for places after 'in'
    or 'at' and words naming a common noun's field ('Tessaly Mutual has been building an AI portfolio', 'Orlin Semi is based in Hsinchu'; rule
    mentions.person_referred_as_company: a person is never referred to as 'the insurer'). Where the sentence names
    another ('Dara Lintz has run Orlin Data for a decade'), the reference may be to that one."""
    head = words[-1]
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.dep_ != "ROOT":
        return False
    inside = {w.i for w in words}
    return not any(t.pos_ == "PROPN" and t.i not in inside and t.text[:1].isupper() and not (
        t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS) and not (
        t.dep_ == "compound" and t.head.dep_ == "pobj" and t.head.head.lower_ in PLACE_PREPS) and not (
        t.dep_ == "compound" and t.head.pos_ == "NOUN") for t in head.sent)  # ('an AI portfolio': a field, no name)


class PersonCues(NamedTuple):
    lone: set  # capitalised words standing alone somewhere in the passage (lone_capitalised)
    deal_words: frozenset  # character offsets, in the parsed sentence, of its deal triggers
    surnames: frozenset = frozenset()  # last words of two-word names written inside a sentence (full_name_ends)
    referred: bool = False  # the next sentence opens on a company noun that refers back ('The insurer invested ...')


def _deal_governed(head, deal_words: frozenset) -> bool:
    """The phrase hangs on a deal trigger: it is the subject or object of a clause that holds one ('Tosaka Denki will
    buy', 'agreed to pay', 'announced an agreement', 'is making a move by acquiring X'), not reaching into a clause
    with a subject of its own, or the object of a preposition on one or on its object ('an agreement with X',
    'procure capacity from X')."""
    tok = head
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    gov = tok.head.head if tok.dep_ == "pobj" else tok.head
    if gov.idx in deal_words or gov.head.idx in deal_words:
        return True
    if tok.dep_ == "pobj" and gov.dep_ == "pobj" and gov.head.lower_ == "of" and gov.head.head.idx in deal_words \
            and hit("mentions.counterparty_of_document", on("mentions.counterparty_of_document")):
        return True  # 'signed a memorandum of understanding with Nerevan Osk': 'with' hangs on the document's 'of' part
    if gov.dep_ == "pcomp" and gov.head.lower_ == "with" and gov.head.head.idx in deal_words and hit(
            "mentions.with_participating", on("mentions.with_participating")):
        return True  # 'led a $90 million Series B in X, with Merrow Tashkin participating': a co-investor
    for t in gov.subtree:
        if t.idx in deal_words and t.i != tok.i:
            step = t
            while step.i != gov.i and step.head.i != step.i and not (
                    step.i != t.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in step.children)):
                step = step.head
            if step.i == gov.i:
                return True
    return False


def _party_slot(head, rules: SlotRules, cues: PersonCues | None, generic: set) -> bool:
    """A name the recogniser calls a person that fills a party slot of the deal ('Tosaka Denki will buy ...', '... from
    Hanbit Telecom') with nothing else marking a person: no title in it, before it or in its apposition, none on a
    fellow member of its list, and its last word never standing alone in the passage the way a surname does ('Sunak
    said'); the subject of a speech verb never gets here (_in_slot, mentions.speaker). Unknown two-word company names
    are often read as people."""
    if cues is None or not on("mentions.person_needs_cue") or not _core_slot(head, rules) or not _deal_governed(
            head, cues.deal_words):
        return False
    members = [head]
    while members[-1].dep_ == "conj" and members[-1].head.i != members[-1].i:
        members.append(members[-1].head)
    members += [c for m in list(members) for c in m.children if c.dep_ == "conj"]
    if any(_titled(m, rules) for m in members):
        return False
    last = head.text.removesuffix("’s").removesuffix("'s")
    return hit("mentions.person_needs_cue", not (last in cues.lone and last not in generic))


def _title_of(head, rules: SlotRules) -> bool:
    """'chief executive of Velrusa Kazomi', 'a founder of X': the organisation a title belongs to, whatever label the
    recogniser gives its name."""
    return on("mentions.title_of") and head.dep_ == "pobj" and head.head.lower_ == "of" and (
        head.head.head.lower_.rstrip(".") in rules.person_titles)


def _titled(head, rules: SlotRules) -> bool:
    """A title inside the phrase ('CEO Tom Leighton', 'President Donald Trump') or in an apposition to it ('Jane Roe,
    chief executive of X', 'its founder, Jane Roe')."""
    phrase = _phrase(head)
    if _after_title(phrase[0], rules) or any(w.lower_.rstrip(".") in rules.person_titles for w in phrase):
        return True
    appos = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    return any(w.lower_.rstrip(".") in rules.person_titles for a in appos for w in a.subtree)


def _place_made_hub(head) -> bool:
    """The phrase is the object of a verb that makes it a hub ('develop Rio de Janeiro as a strategic data center
    hub', 'turn Kelvora into a regional AI hub'; context list place_role_nouns): a place, no party (rule
    mentions.place_made_hub)."""
    if head.dep_ != "dobj":
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("as", "into") and any(
        o.dep_ == "pobj" and o.lower_ in PLACE_ROLE_NOUNS for o in p.children) for p in head.head.children)


def _office_title(words, head, rules: SlotRules) -> bool:
    """The phrase is a person's title ('Secretary', 'Minister') or the English words that complete one after 'of'
    ('State' of 'Secretary of State', 'Finance' of 'Minister of Finance'): an office a person holds, no company
    (rule mentions.office_title). Not an unknown name after the title ('CEO of Velkor')."""
    if all(w.lower_ in rules.person_titles for w in words):
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in rules.person_titles and all(
        is_english(w.text, plural=False) for w in words)


def _after_title(first, rules: SlotRules) -> bool:
    """A title right before the name, or before the given names that open it ('CEO Dana Pike' read as 'Pike')."""
    doc, i = first.doc, first.i - 1
    while i >= 0 and first.i - i <= 2 and doc[i].is_title and doc[i].lower_.rstrip(".") not in rules.person_titles:
        i -= 1
    return i >= 0 and doc[i].lower_.rstrip(".") in rules.person_titles


def _on_verb_object(prep) -> bool:
    """The preposition hangs on a verb's object, or on a word that hangs on it ('buy chips worth $2 billion from X':
    'from' on 'worth', on 'chips', the object of 'buy'; 'provide 200 MW of capacity to X': on 'capacity', of 'MW';
    'sell accelerators worth $3 billion to X': on 'worth', which the parser hangs on the verb itself)."""
    step = prep.head
    for _ in range(3):
        if step.dep_ == "dobj" or step is not prep.head and step.pos_ in ("VERB", "AUX"):
            return True
        if step.dep_ == "conj" and any(c.dep_ == "nummod" for c in step.children) and hit(
                "mentions.gapped_quantity", on("mentions.gapped_quantity")):
            return True  # '200 MW from A in Texas and a further 150 MW from B': a second object the parser hung on A
        if step.pos_ == "ADJ":
            step = step.head
        elif prep.lower_ in ("to", "with") and step.dep_ == "pobj" and step.head.lower_ == "of" and hit(
                "mentions.object_of_object", on("mentions.object_of_object")):
            step = step.head.head
        else:
            return False
    return False


def _money_word(tok) -> bool:
    """A currency's word or a scale's ('won', 'euros', 'crore') with a number below it or right before it: the word
    a figure in words ends on ('50 billion won', 'Rs 1,200 crore'), which the recogniser may not call money."""
    if tok.lower_ not in _currency_words() and tok.lower_ not in _scale_words():
        return False
    before = tok.doc[tok.i - 1] if tok.i else None
    return any(c.like_num or c.pos_ == "NUM" for c in tok.children) or (
        before is not None and (before.like_num or before.lower_ in _scale_words()))


def _own_figure(tok) -> bool:
    """A name coordinated with the verb that has a figure of its own below it ('pay A $1 billion and B $500
    million'): its object, or a number the parser hung on the name itself."""
    return any(c.dep_ in ("dobj", "nummod") and c.pos_ in ("NUM", "SYM") for c in tok.children)


def _round_noun(head, rules: SlotRules) -> bool:
    """A round: 'round', 'funding' ..., or a stage named by its first word ('Series B', 'Series C-2')."""
    return head.lemma_.lower() in rules.round_heads or any(
        c.dep_ == "compound" and c.text in rules.not_org_firsts for c in head.children)


FUNDING_LEMMAS = frozenset({"fund", "finance", "bankroll", "back"})  # (the verbs of frames.yaml fund_owned_work)


def _funded_work(tok) -> bool:
    """A possessor inside the object of a verb of funding ("funded Orlin's expansion", 'financed the development of
    Orlin's campus'): the walk up from it passes only nouns and 'of' to the verb's direct object."""
    head = tok.head
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head
    return head.dep_ == "dobj" and head.pos_ == "NOUN" and head.head.pos_ == "VERB" and (
        head.head.lemma_.lower() in FUNDING_LEMMAS)


PERCENT_WORDS = frozenset({"%", "percent", "pct"})


def _share_taken(noun) -> bool:
    """'acquire 51% of X', 'sell 20 per cent of X to Y': a percentage that is a verb's object (rule
    mentions.share_of; of 'per cent' the parser's head is 'cent')."""
    word = "percent" if noun.lower_ == "cent" and noun.i > 0 and noun.nbor(-1).lower_ == "per" else noun.lower_
    return word in PERCENT_WORDS and noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX")


def _core_slot(tok, rules: SlotRules) -> bool:
    """Subject, object or dative of the clause, the counterparty of a verb ('from/with/to/by X'), or the target
    of 'invest in': there an unknown word that the recogniser takes for a place or a date is still a party
    ('Kelvara' in 'invest $40 million in Kelvara'); places hang on nouns ('a campus in Texas')."""
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") or _headline_subject(tok):
        return True
    if hit("mentions.clausal_subject", _clausal_subject(tok)):
        return True  # 'Ostrix backs Quorvane with ...': a name the parser read as a clause standing as the subject
    if _name_read_as_word(tok):
        return True  # 'pay Greily about $1.2 billion': the dative, read as an adverb (the recogniser's label no better)
    if tok.dep_ in ("compound", "nmod", "amod") and _misparsed_dative(tok):
        return True  # 'will rent Quorvane 20,000 GPUs': a dative the parser hung on the object
    if tok.dep_ == "pobj" and hit("mentions.headline_verb_object", _headline_verb_object(tok)):
        return True  # 'Kelmar Invests in Ostrivel': the object of a headline's verb the parser took for a noun
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and _own_figure(tok) and hit(
            "mentions.gapped_core", on("mentions.gapped_core")):
        return True  # 'will pay A $1 billion and Quorvane $500 million': the second dative, however labelled
    if _gapped_subject(tok):
        return True  # 'A put in $300 million and Brindle $200 million': the second subject, however labelled
    if hit("mentions.see_clause", _see_subject(tok)):
        return True  # 'the contract will see Brenlow supply X': the supplier, however labelled
    if hit("mentions.see_object", _see_object(tok)):
        return True  # 'the agreement will see Brenlow supply Velkor with ...': the one supplied, however labelled
    if hit("mentions.named_funder", _named_funder(tok)):
        return True  # 'existing investors Ostrix and ...': a funder named after its noun, however labelled
    if tok.dep_ == "poss" and not _known_place(tok) and on("mentions.funded_owner") and _funded_work(tok) and hit(
            "mentions.funded_owner"):
        return True  # "funded the development of Orlin's cargo capability": whose work is funded (frame fund_owned_work)
    if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "from") and tok.head.head.ent_type_ == "MONEY" and (
            tok.head.head.like_num or tok.head.head.pos_ == "NUM") and not _known_place(tok) and hit(
            "mentions.figure_with_name", on("mentions.figure_with_name")):
        return True  # '$4 billion with Kerrow': the one a figure is agreed with, however labelled
    if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "from") and tok.head.head.ent_type_ != "MONEY" and \
            _money_word(tok.head.head) and not _known_place(tok) and hit(
                "mentions.money_word_with_name", on("mentions.money_word_with_name")):
        return True  # 'raised 50 billion won from Mirae': the figure's currency or scale word, with its number
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _share_taken(tok.head.head) and not _known_place(tok) and hit(
            "mentions.share_of", on("mentions.share_of")):
        return True  # 'will acquire 51% of Orlin': the company a share of which is bought or sold, however labelled
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "behind") and on("mentions.invested_with") and _invested_with(
            tok.head.head) and not _known_place(tok) and hit("mentions.invested_with"):
        return True  # 'doubled down on Orlin with a $2 billion investment': whom the money goes to, however labelled
    if tok.dep_ == "poss" and _served_capacity(tok.head) and not _known_place(tok) and hit(
            "mentions.beneficiary_owner", on("mentions.beneficiary_owner")):
        return True  # "to power Quorvane's Texas data centre": whose capacity the deal serves (roles then buy it)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in ("nsubj", "nsubjpass") and (
            tok.head.head.lemma_.lower() in proxy_nouns()) and hit("mentions.proxy_owner", on("mentions.proxy_owner")):
        return True  # 'A division of Kelmar agreed to buy ...': whom the subject acts for (roles.proxy_subject)
    if tok.dep_ == "poss" and tok.head.lower_ in word_set("obligation_nouns") and not _known_place(tok) and hit(
            "mentions.obligation_owner", on("mentions.obligation_owner")):
        return True  # "backstop $1.4 billion of Tessaly's lease obligations": whose payments are guaranteed
    if tok.dep_ == "poss" and tok.head.lower_ in word_set("funder_nouns") and not _known_place(tok) and hit(
            "mentions.funders_of", on("mentions.funders_of")):
        return True  # "Tessaly's backers include Orvane": whose investors they are, a company
    if _listed_company(tok) or _shares_issuer(tok) or _shares_subject(tok) or _unknown_share_owner(tok):
        return True  # 'Tessaly shares jumped after it disclosed ...': the company, whatever the recogniser says
    if (tok.dep_ == "compound" or tok.dep_ == "nmod" and tok.head.lower_ in EQUIPMENT_WORDS) and _maker_of_goods(
            tok) and not _known_place(tok) and not is_english(tok.text, tok.lemma_) and hit(
            "mentions.maker_core", on("mentions.maker_core")):
        # ('1 GW of Orlin solid oxide fuel cells': the parser hangs the maker on the equipment as a modifier)
        return True  # "Tessaly's purchase of 10,000 Velkara accelerators": the maker, no dictionary word
    if tok.dep_ in ("conj", "appos"):  # a list member is what the list's first member is ('A, B and C are ...')
        head = tok.head
        while head.dep_ in ("conj", "appos") and head.head.i != head.i:
            head = head.head
        return head.i != tok.i and _core_slot(head, rules)
    if tok.dep_ == "poss" and (tok.head.lemma_.lower() in rules.round_heads | rules.deal_heads or _round_noun(
            tok.head, rules)) and hit("mentions.round_owner", on("mentions.round_owner")):
        return True  # "took part in Quorvane's seed round", "Quorvane's Series B": whose round or deal it is
    if tok.dep_ == "poss" and (tok.head.lower_ in BUSINESS_NOUNS or tok.head.lower_ in PLATFORM_NOUNS) and any(
            t.lower_ in rules.investment_heads or t.lower_ in rules.target_heads for t in tok.head.head.ancestors) \
            and tok.head.head.lower_ == "in" and not _known_place(tok) and hit("mentions.business_owner", on(
                "mentions.business_owner")):
        return True  # 'a 49% interest in Quorvane's data centre platform': whose business the stake is in
    if tok.dep_ == "poss" and tok.head.lower_ in BUSINESS_NOUNS and tok.head.head.lower_ == "of" and \
            tok.head.head.head.lemma_.lower() in rules.target_heads and not _known_place(tok) and hit(
                "mentions.business_owner", on("mentions.business_owner")):
        return True  # "Morvane's purchase of Tarsen's AI chip unit": whose business is bought
    if tok.dep_ == "poss" and (tok.head.lower_ in BUSINESS_NOUNS or tok.head.lower_ in PLATFORM_NOUNS) and \
            tok.head.head.lower_ in ("to", "into") and tok.head.head.head.lemma_.lower() in rules.investment_heads \
            and not _known_place(tok) and hit("mentions.business_owner_to", on("mentions.business_owner_to")):
        return True  # 'committed $750 million to Quorvane's data-centre platform': whose business the money goes to
    if tok.dep_ == "poss" and (tok.head.lemma_.lower() in word_set("site_nouns") or tok.head.lower_ in
                               FACILITY_PLURALS) and tok.head.head.lower_ == "in" and tok.head.head.head.lemma_.lower() in rules.investment_heads \
            and not _known_place(tok) and hit("mentions.site_invested_in", on("mentions.site_invested_in")):
        return True  # "will invest £2.5bn in Quarnell's UK campus": whose site the money goes into
    if tok.dep_ == "poss" and (tok.head.lower_ in PRODUCT_NOUNS or tok.head.lower_ in GOODS_WORDS) and not _known_place(
            tok) and hit("mentions.goods_owner", on("mentions.goods_owner")):
        return True  # "spend $10 billion on X's chips", "access to X's capacity": whose goods are traded
    if tok.dep_ == "poss" and tok.head.lower_ in word_set("service_nouns") and not _known_place(tok) and hit(
            "mentions.service_owner", on("mentions.service_owner")):
        return True  # "spend $12 billion on X's cloud services": whose services are bought
    if tok.dep_ == "poss" and (tok.head.lemma_.lower() in word_set("site_nouns") or tok.head.lower_ in
                               FACILITY_PLURALS) and tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in (
            "fund", "finance", "refinance", "bankroll") and not _known_place(tok) and hit(
                "mentions.site_funded", on("mentions.site_funded")):
        return True  # "will fund Dalvoren's campus in Ohio": whose site the money builds, who takes the financing
    if _site_owner(tok, core=True):
        return True  # "the anchor customer for Tessaly's new campus", "buy power from X's reactor": landlord, seller
    site = _site_possessed(tok)
    if site in ("to", "for") and hit("mentions.recipient_site", on("mentions.recipient_site")):
        return True  # "supply 300 MW of power to Ostrix's data centres": whose sites receive the goods, the buyer
    if site == "at" and hit("mentions.site_owner", on("mentions.site_owner")):
        return True  # "will occupy 200 MW at Tessaly's Ohio campus": whose site the capacity is taken at
    if _participle_list(tok):
        return True  # 'with Quarn and Halvex joining': one more name of the list, whatever the recogniser calls it
    if any(c.dep_ == "prep" and c.lower_ == "among" and any(g.lower_ == "them" for g in c.children)
           for c in tok.children) and hit("mentions.among_them", on("mentions.among_them")):
        return True  # 'from investors, among them Vantis, Pellan and ...': the members named, however labelled
    if tok.dep_ == "compound" and on("mentions.deal_compound_core") and _deal_compound(tok, load_slot_rules()) and hit(
            "mentions.deal_compound_core"):
        return True  # 'Pellam Cloud wins $2 billion Quorvale contract': the other side, whatever its label says
    if tok.dep_ != "pobj":
        return False
    if tok.head.lower_ in ("from", "with", "to", "by") and tok.head.head.pos_ in ("VERB", "AUX"):
        return True  # 'buys chips from X', 'signed with X', 'led by X': the verb's counterparty
    figure = tok.head.head if tok.head.lower_ in ("from", "with", "to") else None
    if figure is not None and figure.dep_ == "conj" and figure.pos_ in ("NUM", "SYM") and figure.ent_type_ == "MONEY" \
            and not _known_place(tok) and hit("mentions.gapped_counterparty", on("mentions.gapped_counterparty")):
        return True  # 'sell $1 billion of capacity to A and another $500 million to B': B, hung on the second figure
    goods = tok.head.head if tok.head.lower_ == "by" else None
    if goods is not None and goods.dep_ == "pobj" and goods.head.lower_ == "with" and any(
            c.dep_ == "auxpass" for c in goods.head.head.children) and hit("roles.passive_with_goods", on(
                "roles.passive_with_goods")):
        return True  # 'to be supplied with 5,000 servers by X': the passive verb's agent, hung on the goods
    if tok.head.lower_ == "alongside" and tok.head.head.pos_ in ("VERB", "AUX") and hit(
            "mentions.alongside_core", on("mentions.alongside_core")):
        return True  # 'took part in the round, alongside Wyethost and Ostmieth': who acts with the subject
    if tok.head.lower_ == "with" and tok.head.head.lemma_.lower() in rules.deal_heads | {"worth"} and hit(
            "mentions.deal_with", on("mentions.deal_with")):
        return True  # 'signed agreements worth $10 billion with A, B and C': the deal's counterparties
    if tok.head.lower_ in ("from", "with", "to", "by") and hit("mentions.coordinated_preposition",
                                                               _coordinated_preposition(tok.head)):
        return True  # 'from Halvern for $2 billion and from Tamsin for $1 billion': a second counterparty
    if tok.head.lower_ in ("from", "to", "with") and _on_verb_object(tok.head) and hit("mentions.object_counterparty"):
        return True  # 'procure 2.8 gigawatts of capacity from X', 'supply chips to X': the counterparty of the object
    if tok.head.lower_ == "to" and tok.head.head.pos_ == "NOUN" and _in_supplied_object(tok.head.head) and not \
            _known_place(tok) and hit("mentions.goods_to", on("mentions.goods_to")):
        return True  # 'to supply equipment, including switches and servers, to X': 'to X' hung inside the goods
    if tok.head.lower_ == "from" and tok.head.head.lower_ in PRODUCT_NOUNS and not _known_place(tok) and hit(
            "mentions.goods_from", on("mentions.goods_from")):
        return True  # 'pay $2 billion for capacity from X', 'chips from X': who the goods come from, however hung
    givers = tok.head.head if tok.head.lower_ in ("including", "like") else None
    if givers is not None and givers.dep_ == "pobj" and givers.head.lower_ == "of" and givers.head.head.dep_ == "pobj" \
            and givers.head.head.lemma_.lower() in word_set("collective_nouns"):
        givers = givers.head.head  # ('from a group of lenders including Karsk': the group gives)
    if givers is not None and givers.pos_ == "NOUN" and (givers.dep_ == "pobj" and givers.head.lower_ in (
            "from", "by") or givers.dep_ in ("nsubj", "nsubjpass") and givers.lower_ in word_set(
            "funder_nouns")) and hit("mentions.investors_including", on("mentions.investors_including")):
        # 'raised $6 billion from investors including Velkara', 'Investors including A and B poured $2 billion into
        # X': a named member of the giving side
        return True
    if tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in rules.investment_heads | rules.round_heads and hit(
            "mentions.money_from"):
        return True  # 'a $200 million strategic investment from X', 'funding from X': who puts the money in
    if tok.head.lower_ in ("with", "between") and tok.head.head.lemma_.lower() in TALKS and hit(
            "mentions.talks_with", on("mentions.talks_with")):
        return True  # 'is in talks with X to buy ...': the other side of the talks
    if tok.head.lower_ in ("with", "between") and tok.head.head.lemma_.lower() in rules.deal_heads:
        return True  # 'an agreement with X', 'a deal between X and Y': the agreement's counterparty
    if tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in word_set("order_nouns") | rules.deal_heads and hit(
            "mentions.order_from", on("mentions.order_from")):
        return True  # 'a $10 billion chip order from X', 'a contract from X': who places or awards it
    goods = tok.head.head if tok.head.lower_ == "from" and tok.head.head.dep_ == "pobj" else None
    if goods is not None and goods.head.lower_ in ("of", "for") and goods.head.head.lemma_.lower() in word_set(
            "order_nouns") | rules.deal_heads and hit("mentions.deal_goods_from", on("mentions.deal_goods_from")):
        return True  # 'a $900 million lease of a campus from X', 'an order for GPUs from X': whom the goods come from
    of = tok.head.head.head if tok.head.lower_ in ("with", "between") and tok.head.head.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and of.head.lemma_.lower() in rules.deal_heads and hit(
            "mentions.counterparty_of_document", on("mentions.counterparty_of_document")):
        return True  # 'a memorandum of understanding with X': 'with' hangs on the document name's 'of' part
    if hit("mentions.bet_on", _bet_on(tok)):
        return True  # 'a $400 million bet on Tessaly': the company the money is staked on, whatever the recogniser says
    if tok.head.lower_ == "for" and _bid_for(tok.head) and on("mentions.bid_for"):
        return True  # 'a $10 billion bid for Tessaly': the company bid for, whatever the recogniser calls it
    if _deal_for(tok):
        return True  # 'is close to a deal for Tessaly': the company the deal is for
    if _deals_for_party(tok, rules):
        return True  # 'the latest in a string of agreements for Corvane': the company whose agreements they are
    if tok.head.lower_ == "by" and tok.head.head.lemma_.lower() in rules.target_heads | rules.investment_heads and hit(
            "mentions.deal_noun_agent", on("mentions.deal_noun_agent")):
        return True  # 'the acquisition of Tessaly by Velkara', 'an investment by X': who acquires or invests
    if tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in rules.target_heads and hit("mentions.target_of"):
        return True  # 'completed its $12 billion acquisition of X': the company bought
    if tok.head.lower_ == "of" and _round_noun(tok.head.head, rules) and hit("mentions.round_of", on(
            "mentions.round_of")):
        return True  # 'led the $250 million Series B of X', 'a funding round of X': the company raising the money
    if tok.head.lower_ == "for" and _round_noun(tok.head.head, rules) and not _known_place(tok) and hit(
            "mentions.round_for_core", on("mentions.round_for_core")):
        return True  # 'joined Halvern in a $300 million round for X': the company raising it, however labelled
    if tok.head.lower_ == "of" and tok.head.head.lower_ in BUSINESS_NOUNS and tok.head.head.dep_ in (
            "dobj", "pobj") and hit("mentions.business_of", on("mentions.business_of")):
        return True  # 'acquired the audio division of X': the company whose business changes hands
    if tok.head.lower_ == "for" and _made_for(tok.head) and hit("mentions.built_for"):
        return True  # 'build a data center for X': whom it is built for
    if tok.head.lower_ == "for" and _served_for(tok.head) and hit("mentions.served_for"):
        return True  # 'host workloads for X': whom the capacity serves
    if _cheque_for(tok):
        return True  # 'wrote a $30 million check for X': whom the cheque is written to, the company funded
    if tok.head.lower_ not in ("in", "into"):
        return False
    governor = tok.head.head  # 'invest in X', or 'invests $10 billion in X' where 'in' hangs on the figure
    # 'invested $2 billion in A and $1 billion in B': the second figure is a conjunct of the first
    while governor.dep_ == "conj" and governor.pos_ in ("NUM", "NOUN", "SYM") and governor.head.i != governor.i and hit(
            "mentions.gapped_slot", on("mentions.gapped_slot")):
        governor = governor.head
    # ('300 billion won in X': the tagger may take a currency word for a verb; it is the figure)
    # ('HK$8 billion' was one token the tagger called a verb; the tokenizer now splits the currency off:
    # components.mark_currency_codes)
    if governor.lower_ in ("combined", "collectively", "jointly", "together") and governor.head.pos_ in (
            "NUM", "NOUN", "SYM") and governor.head.i != governor.i and on("mentions.combined_figure") and hit(
                "mentions.combined_figure", governor.head.head.lemma_.lower() in rules.investment_heads):
        return True  # 'to invest as much as $60 billion combined in X': 'in X' on the word after the figure
    figure = governor.pos_ in ("NUM", "NOUN", "SYM") or (governor.lower_ in _currency_words() and hit(
        "mentions.currency_word", on("mentions.currency_word")))
    if governor.lemma_.lower() in rules.investment_heads or (
            figure and governor.head.lemma_.lower() in rules.investment_heads):
        return True
    if figure and governor.dep_ in ("appos", "nummod") and _gapped_subject(governor.head) and (
            governor.head.head.lemma_.lower() in rules.investment_heads) and hit("mentions.gapped_subject"):
        return True  # 'A will invest $4 billion and B $1 billion in X': 'in X' on B's figure, which hangs on B
    if governor.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in rules.investment_heads
                                                for c in governor.children) and not _known_place(tok) and hit(
            "mentions.light_verb_object", on("mentions.light_verb_object")):
        return True  # 'will make a capital injection of $20 million into X': 'into X' hangs on the verb 'make'
    if governor.lower_ in word_set("funder_nouns") and governor.tag_ == "NN" and not _known_place(tok) and hit(
            "mentions.investor_in", on("mentions.investor_in")):
        return True  # 'came on board as a strategic investor in X': the company funded ('investors in Asia': a place)
    if figure and governor.dep_ == "pobj" and governor.head.lower_ == "of" and (
            governor.head.head.lemma_.lower() in rules.investment_heads) and hit(
            "mentions.investment_of_figure", on("mentions.investment_of_figure")):
        return True  # 'a strategic investment of $300 million in X': 'in X' hangs on the figure after 'of'
    if governor.dep_ == "pobj" and governor.head.lower_ in ("by", "from") and (
            governor.head.head.lemma_.lower() in rules.investment_heads):
        return True  # 'the investment by Kestrel Growth in Quarnell': the parser hangs 'in X' on the investor's name
    # 'led a $75 million Series B in Quarnell', 'a funding round in X': the round's company
    return hit("mentions.round_in", on("mentions.round_in") and (governor.lemma_.lower() in rules.round_heads or any(
        c.dep_ == "compound" and c.text in rules.not_org_firsts for c in governor.children)))


GIVING_VERBS = word_set("giving_verbs")


INVESTMENT_NOUNS = ("investment", "injection", "infusion")  # (frames.yaml invest_with_object, invest_with_prep)


def _invested_with(verb) -> bool:
    """A verb that brings money in a 'with' phrase ('doubled down on X with a further $2 billion investment')."""
    return verb.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in INVESTMENT_NOUNS for g in c.children) for c in verb.children)


def _bet_on(tok) -> bool:
    """The object of 'on' after a noun of staking money (context.yaml betting_nouns): 'a $400 million bet on X'."""
    betting = word_set("betting_nouns")
    return tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in betting and on(
        "mentions.bet_on")


def _deal_compound(tok, rules: SlotRules) -> bool:
    """'Halvern lands $2B Quorvane contract', 'Tessaly wins $3bn Velkara cloud contract': a proper noun, a word no
    English dictionary knows, set before a deal's noun (slots.yaml deal_heads; other nouns between, 'cloud') that a
    verb of getting or signing takes as its object, names the other side of that deal (rule mentions.deal_compound;
    'its CLPS contracts' are its own)."""
    if not on("mentions.deal_compound") or tok.pos_ != "PROPN" or is_english(tok.text, plural=False) and not (
            on("mentions.deal_compound_core") and len(_phrase(tok)) > 1 and not all(
                is_english(w.text, plural=False) for w in _phrase(tok))):
        return False  # (a name of two words, its last a dictionary word: 'Orsk Data'; mentions.deal_compound_core)
    head = tok.head
    while head.dep_ == "compound" and head.pos_ == "NOUN" and head.head.i != head.i and (
            on("mentions.deal_compound_chain")):
        head = head.head
    if head.lemma_.lower() not in rules.deal_heads or any(c.dep_ == "poss" for c in head.children):
        return False
    # 'Orlin said the Velkor agreement could be worth up to $4 billion': 'the X agreement' as its clause's subject
    # names the other side of the deal the clause tells of
    found = head.dep_ == "dobj" and head.head.lemma_.lower() in WINNING_VERBS or head.dep_ in (
        "nsubj", "nsubjpass") and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and hit(
            "mentions.deal_compound_subject", on("mentions.deal_compound_subject"))
    return found and (head is tok.head or hit("mentions.deal_compound_chain"))


def _abbreviated_goods(words) -> bool:
    """'multiple gigawatts of Tensor Processing Unit (TPU) capacity', 'Vector Engine (VE) chips': a name with its
    abbreviation in brackets set before a lower-case noun of goods or capacity names what is sold, not who sells it
    (rule mentions.abbreviated_goods)."""
    doc = words[0].doc
    i = words[-1].i + 1
    if i + 3 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return False
    abbr, noun = doc[i + 1].text, doc[i + 3]
    return abbr.isupper() and abbr.isalpha() and noun.text.islower() and noun.lower_ in GOODS_WORDS | SERVICE_NOUNS


def _figure_deal_compound(tok, rules: SlotRules) -> bool:
    """'Tessaly secured $3 billion in Quorvane contracts', 'has booked $2 billion of Quorvane orders': a name no
    English dictionary knows set before a deal's noun (slots.yaml deal_heads) that 'in' or 'of' hangs on a figure, the
    object of a verb of getting or signing, names the other side of those deals (rule mentions.figure_deal_compound;
    the tagger often calls such a word an adjective)."""
    if not on("mentions.figure_deal_compound") or not tok.text[:1].isupper() or is_english(tok.text, plural=False):
        return False
    if tok.pos_ not in ("PROPN", "ADJ", "NOUN"):
        return False
    head = tok.head
    prep = head.head
    figure = prep.head
    return (head.lemma_.lower() in rules.deal_heads and head.dep_ == "pobj" and prep.lower_ in ("in", "of")
            and (figure.like_num or figure.ent_type_ == "MONEY") and figure.dep_ == "dobj"
            and figure.head.lemma_.lower() in WINNING_VERBS and not any(c.dep_ == "poss" for c in head.children))


def _misparsed_dative(tok) -> bool:
    """'The deal gives Quorvane access to X': right after a giving verb, a proper noun the parser took as a modifier
    of the verb's object is the receiver (a dative)."""
    head = tok.head
    # ('gives Brimoral access to': an unknown capitalised word the tagger calls an adjective, rule
    # mentions.dative_tagged_adjective)
    unknown = tok.pos_ in ("ADJ", "NOUN") and tok.dep_ in ("amod", "compound") and tok.text[:1].isupper() and (
        not is_english(tok.text, plural=False)) and on("mentions.dative_tagged_adjective")
    if not (on("mentions.misparsed_dative") and (tok.pos_ == "PROPN" or unknown) and head.dep_ == "dobj"
            and head.pos_ == "NOUN" and head.head.lemma_ in GIVING_VERBS and tok.i == head.head.i + 1):
        return False
    between = tok.doc[tok.i:head.i]
    if unknown and len(between) == 1:
        return hit("mentions.dative_tagged_adjective", True)
    if all(w.dep_ == "compound" and w.pos_ == "PROPN" for w in between):
        return True
    # 'will rent Quorvane 20,000 GPUs': the name, then the count of the goods (rule mentions.counted_goods_dative)
    return all(w.dep_ in ("compound", "nmod") and w.pos_ == "PROPN" or w.dep_ == "nummod" and w.like_num
               for w in between) and between[-1].like_num and hit("mentions.counted_goods_dative", on(
                   "mentions.counted_goods_dative"))


PUBLIC_BODIES = word_set("public_bodies")
INSTITUTION_HEADS = word_set("institution_heads")
FACILITY_PLURALS = word_set("facility_plurals")


def _body_of(words: list) -> list:
    """The public body's name with its 'of' phrase: 'Ministry' + 'of Science and ICT', 'Government' + 'of Tamsin'
    (capitalised words after 'of', joined by 'and' or '&' where both sides are capitalised)."""
    doc = words[-1].doc
    i = words[-1].i + 1
    inside = any(w.text in PUBLIC_BODIES and w.i + 1 < len(doc) and doc[w.i + 1].lower_ == "of" for w in words[:-1])
    if inside:  # 'the Ministry of Science' already: what follows is 'and ICT' (or ', Trade and Industry')
        if i + 1 >= len(doc) or (doc[i].lower_ not in ("and", "&") or not doc[i + 1].text[:1].isupper()) and not (
                _serial_comma(doc, i) and on("mentions.body_serial_list")) or _company_after_and(doc, i):
            return words
        end = i
    elif words[-1].text in PUBLIC_BODIES and i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].text[
            :1].isupper():
        end = i + 1
    else:
        return words
    while end < len(doc) and (doc[end].text[:1].isupper() or (
            doc[end].lower_ in ("and", "&") and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
            and not _company_after_and(doc, end)) or (
            _serial_comma(doc, end) and hit("mentions.body_serial_list", on("mentions.body_serial_list")))):
        end += 1
    return words + list(doc[i:end])


def _company_after_and(doc, at: int) -> bool:
    """'the Ministry of Energy and Tovrin Data signed ...': after the 'and' of a body's 'of' list, two capitalised
    words or more that open with no English word name a second party, not the body's field ('Energy and Natural
    Resources'; one word may be the field's short form: 'Science and ICT'; rule mentions.company_after_body)."""
    return at + 2 < len(doc) and doc[at + 1].text[:1].isupper() and doc[at + 2].text[:1].isupper() and not (
        is_english(doc[at + 1].text)) and hit("mentions.company_after_body", on("mentions.company_after_body"))


def _serial_comma(doc, at: int) -> bool:
    """A comma inside a body's 'of' list ('Ministry of Economy, Trade and Industry'): a capitalised word before it and
    one after it, then, one or two words on, 'and' or '&' and a capitalised word that ends the list."""
    if doc[at].text != "," or at == 0 or not doc[at - 1].text[:1].isupper():
        return False
    for k in (at + 2, at + 3):
        if not all(doc[j].text[:1].isupper() and doc[j].is_alpha for j in range(at + 1, k)) or k + 1 >= len(doc):
            return False
        if doc[k].lower_ in ("and", "&") and doc[k + 1].text[:1].isupper():
            return True
    return False


def _institution_of(words: list) -> list:
    """An institution's name with its 'of' or 'for' phrase, as the shape path reads it (mentions.INSTITUTION_OF):
    capitalised words, and after an 'and' one more word only ('Norvik Bank of Kavala and Orsk Capital' is two)."""
    doc = words[-1].doc
    i = words[-1].i + 1
    if not (i + 1 < len(doc) and doc[i].lower_ in ("of", "for") and doc[i + 1].text[:1].isupper()):
        return words
    end = i + 1
    while end < len(doc) and (doc[end].text[:1].isupper() or (
            doc[end].lower_ == "of" and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())):
        end += 1
    if end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and doc[end + 1].text[:1].isupper() and not (
            end + 2 < len(doc) and doc[end + 2].text[:1].isupper()):
        end += 2
    return words + list(doc[i:end])


NAME_HEADS = PUBLIC_BODIES | INSTITUTION_HEADS


def _name_head(words: list):
    """A name's head word: its last, or the body's or institution's word before an 'of' or 'for' phrase ('Fund' in
    'Kavala Fund for Strategic Investment'; mentions.institution_of)."""
    for k, w in enumerate(words[1:-1], 1):
        if w.lower_ in ("of", "for") and words[k - 1].text in NAME_HEADS and on("mentions.institution_of"):
            return words[k - 1]
    return words[-1]


def _coordinated_preposition(prep) -> bool:
    """'buy chips from A for $2 billion and from B for $1 billion': the second preposition is a conjunct of an
    earlier one that hangs on the verb."""
    if not on("mentions.coordinated_preposition"):
        return False
    head = prep
    while head.dep_ == "conj" and head.head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    return head is not prep and head.head.pos_ in ("VERB", "AUX")


def _see_subject(tok) -> bool:
    """'the deal will see Halvern supply Quorvane': the subject of the verb after 'see', which the parser hangs on the
    verb read as a noun (rule mentions.see_clause); a party in the clause's core, whatever the recogniser says."""
    return tok.dep_ == "compound" and tok.head.i == tok.i + 1 and _after_see(tok) and (
        tok.head.lower_ in word_set("supply_verbs") or tok.head.lemma_.lower() in word_set("paying_verbs")) and on(
        "mentions.see_clause")


def _see_object(tok) -> bool:
    """'the agreement will see Halvern supply Quorvane with 1.5 GW': the name right after the verb after 'see', which
    the parser read as a noun (its subject hung on it, mentions.see_clause), hung on that noun as an apposition or
    its object: the verb's object, a party whatever the recogniser says (rule mentions.see_object)."""
    head = tok.head
    return on("mentions.see_object") and tok.dep_ in ("appos", "dobj", "npadvmod", "dep") and tok.pos_ == "PROPN" and (
        head.i == tok.i - 1) and head.pos_ == "NOUN" and any(_see_subject(c) for c in head.children)


def _in_supplied_object(noun) -> bool:
    """The first verb above the noun is one of supplying and the noun is not its subject ('supply equipment,
    including switches and servers')."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX") and a.lower_ not in ("including", "excluding")),
                None)
    return verb is not None and verb.lemma_.lower() in word_set("supply_verbs") and not any(
        c.dep_ in ("nsubj", "nsubjpass") and noun in c.subtree for c in verb.children)


def _known_place(tok) -> bool:
    """A name the recogniser calls a place whose every word the lemmatizer knows ('Taiwan', 'South Korea')."""
    return tok.ent_type_ in ("GPE", "LOC") and all(is_english(w.text, plural=False) for w in _phrase(tok))


def _power_source(words) -> bool:
    """'for power generated by the Brisa Lake Solar in Frio County, and Cradle Solar in Brazoria County': a name after
    'the' that a verb of generating takes ('generated by the', 'produced at the') is the plant the power comes from,
    as is a name listed with it; a company generating power takes no article ('generated by Orsk Energy'). The same
    pattern the shapes read (mentions.GENERATED_AT), on the text before the name."""
    start = words[0].idx
    return bool(GENERATED_AT.search(words[0].doc.text, max(0, start - 160), start))


def _dateline(words) -> bool:
    """'NEW YORK (AP) — ...', 'AUSTIN, Texas, Oct. 22, 2024 – ...': the place a wire story opens with, in capitals,
    followed by a dash before any verb, is no party."""
    if not any(c.isalpha() for c in words[-1].text):
        return False
    if words[0].i != 0 or not all(w.text.isupper() or not w.is_alpha for w in words):
        # 'REDMOND, Wash. (AP) — ...': the state after the capitalised city and its comma is the dateline's too
        prefix = list(words[0].doc[:words[0].i])
        if not (len(prefix) >= 2 and prefix[-1].text == "," and prefix[0].text.isupper() and prefix[0].is_alpha
                and all(t.text.isupper() or not t.is_alpha for t in prefix)
                and hit("mentions.dateline_state", on("mentions.dateline_state"))):
            return False
    for tok in words[-1].doc[words[-1].i + 1:words[-1].i + 16]:
        if tok.text in ("—", "–", "--", "-") or tok.text.startswith(("—", "–")):
            return True
        if tok.text == ":" and tok.i == words[-1].i + 1 and on("mentions.dateline_colon"):
            return hit("mentions.dateline_colon")  # 'MUMBAI: Kavala Telecom on Thursday said ...'

        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _plural_acronym(text: str) -> bool:
    """'LLMs', 'GPUs', 'PPAs': the plural of a common abbreviation, not a name."""
    return len(text) > 2 and text.endswith("s") and text[:-1].isupper() and " " not in text


def _in_brackets(doc, first: int, last: int) -> bool:
    opened = next((t.text for t in reversed(doc[max(0, first - 4):first]) if t.text in "()"), None)
    # '(NASDAQ: CEG)', and a defined name: '(“ORVD” or the “Company”)'
    closed = next((t.text for t in doc[last + 1:last + 8] if t.text in "()"), None)
    return opened == "(" and closed == ")"
