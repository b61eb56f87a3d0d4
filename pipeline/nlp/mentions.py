"""Per-sentence facts read off a processed Doc: organisations, figures, triggers, terms, cues.

Everything here returns plain records with character offsets, so no spaCy object leaves
the nlp package.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Span

from .components import doc_text, sentence_bounds
from .context import NO_BREAK, NO_STOP, SIGN, word_set, words
from .lexicon import Lexicon, fold_name, read_yaml, strip_suffix
from .money import WORTH_TOLD, Money
from .rules import at, hit, on

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-five": 25,
    "thirty": 30, "a": 1, "an": 1, "several": None,
}
_NUM = r"(\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|a|an)"
DURATION_RE = re.compile(
    # ('a $2 billion-a-year contract': 'a year' after a figure is its rate, no term)
    rf"\b(?:(?=an?\b)(?<!illion[- ])(?<!bn[- ])(?<!\dm[- ])(?<!\d[- ])|(?!an?\b)){_NUM}[- ](year|month)s?[- ]"
    rf"(?:deal|agreement|contract|lease|term|ppa|partnership|power|commitment|pact|period|hosting|cloud|compute|supply)"
    # ('a contract that runs five years', 'which lasts seven years': a verb of running on for the term)
    rf"|\b(?:over|for|across|during|spanning|lasting|lasts|runs|running|extends|extending)\s+(?:for\s+)?"
    rf"(?:the\s+|an\s+|a\s+)?"
    # ('for another ten years', 'for an additional five years': a term added to one that runs)
    rf"(?:next\s+|first\s+|initial\s+|another\s+|additional\s+|further\s+)?{_NUM}\s+(year|month|decade)s?\b"
    # a 'two-year-old startup' is no term, nor is the rate of '$900 million a year' (a bare 'a year')
    rf"|\b(?!an?\b){_NUM}[- ](year|month)\b(?![- ](?:old|high|low|anniversary)\b)"
    # ('a decade-long agreement', 'a two-decade contract': the term in decades)
    rf"|\b(a|one|two|three)[- ](decade)s?[- ](?:long|deal|agreement|contract|lease|term|ppa|partnership|commitment)\b"
    rf"|\b(a)\s+(decade)\b(?=-long\b)", re.I)
GPU_RE = re.compile(
    r"(?<![$€£¥])(?<![$€£¥] )"  # '$500 million of chips' is money, not a count
    # (a number ends in a digit: 'founded in 2019, will buy GPUs' has no count before its comma)
    r"\b(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d(?:[\d,]*\d)?(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"hundreds)(?:\s+(million|thousand))?\s+"
    r"(?:(?:of\s+its\s+|of\s+)?(?:[\w-]+(?:['’]s?)?\s+){0,3}?)"  # ("of Halden's new accelerators")
    r"(?:gpus|tpus|chips|accelerators|graphics processing units|processors|superchips)\b", re.I)
# 'buy 2 billion dollars worth of GPUs': a currency word (money.yaml) or 'worth' between the number and the goods
MONEY_BETWEEN = re.compile(r"\b(?:worth|" + "|".join(
    re.escape(w) for w in sorted(read_yaml("money.yaml")["currency_words"], key=len, reverse=True)) + r")\b", re.I)
POWER_RE = re.compile(
    r"\b(\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a)\s?-?\s?"
    r"(gigawatts?|gw|megawatts?|mw)\b(?!h)", re.I)


@dataclass(frozen=True, slots=True)
class OrgMention:
    start: int
    end: int
    text: str
    key: str  # fold_name of the canonical name
    canonical: str
    kind: str
    origin: str = "gazetteer"  # the rule that found it: gazetteer, shape:<pattern>, maker, slot:<dep>, anaphora


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    type: str  # a deal type, or ANY
    frame: str
    head_end: int  # end of the trigger's first word: organisations after it are its objects


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    orgs: tuple[OrgMention, ...]
    money: tuple[Money, ...]
    triggers: tuple[Trigger, ...]
    frames: tuple = ()  # (frame id, family, role, offset) read off the parse, when the sentence was parsed
    shown: str = ""  # the text as written, where `text` has a part blanked out (mentions.middle_relative)


def _words(phrases) -> re.Pattern:
    alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)


@cache
def cue_regexes(lex: Lexicon) -> dict[str, re.Pattern]:
    """One compiled regex per cue list in cues.yaml (cached per lexicon)."""
    c = lex.cues
    out = {f"type:{t}": _words(ws) for t, ws in c["type_cues"].items()}
    out |= {f"status:{s}": _words(ws) for s, ws in c["status_cues"].items()}
    out |= {f"strong:{t}": _words(ws) for t, ws in c["strong_type_cues"].items()}
    for key in ("investor_cues", "negated", "relationship", "legal_payment", "capex", "deal_nouns", "anaphora"):
        out[key] = _words(c[key])
    links = "|".join(re.escape(p) for p in sorted(c["description_links"], key=len, reverse=True))
    # 'in a technology firm based in ...', 'to an AI computing startup': a counterparty described, not named
    out["described_counterparty"] = re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,4}}?(?:{descriptors_alt(c)})\b", re.I)
    # before an organisation: a name and the apposition after it, ', an AI chip company established by '
    # (set off by a comma, a dash or a bracket: 'X — the joint venture of A, B and C — has signed')
    # (a figure among its words: 'X, a $5 billion vehicle managed by ')
    out["description_before"] = re.compile(rf"[A-Z][\w&.’'-]*(?:\s*\([^)]*\))?\s*(?:,|—|–|\()\s*"
                                           rf"(?:[\w’'$€£.-]+\s+){{0,6}}?(?i:{links})\s+(?:the\s+)?$")
    suffixes = "|".join(re.escape(s) for s in sorted(c["org_suffixes"], key=len, reverse=True))
    descriptors = "|".join(re.escape(s) for s in c["org_descriptors"])
    name = r"[A-Z][\w&.':-]*[\w.]|[A-Z]|\d+[A-Za-z]\w*"  # an inner colon: 'Run:ai'
    # not followed by a descriptor: in 'Israeli AI startup Run:ai' the words before 'startup' describe it
    # the words of a name are on one line: a headline's last word and the next line's first are two names
    gap = r"[^\S\n]"
    phrase = rf"((?:{name})(?:{gap}(?:{name})){{0,2}})"  # a name of one to three words, captured
    # a first word in camel case, a small letter or three before a capital: 'eVolt Power', 'nLight Systems'
    # (mentions.camel_case_suffix)
    first = rf"{name}|[a-z]{{1,3}}[A-Z][\w&.'-]*"
    out["suffix_org"] = re.compile(
        rf"(?<![\w-])((?:{first})(?:{gap}(?:{name}|&)){{0,4}}?{gap}(?:{suffixes}))(?![\w-])(?!\s+(?:{descriptors})\b)")
    legal = set(word_set("legal_suffixes"))  # 'Quantaris Technologies Inc.': the legal form stays outside the name
    words_run = "|".join(re.escape(x) for x in sorted(c["org_suffixes"], key=len, reverse=True)
                         if x.rstrip(".") not in legal and x not in ("Corporation", "S.A.", "N.V."))
    out["suffix_run"] = re.compile(rf"(?:{gap}(?:{words_run}))+(?![\w-])")
    out["descriptor_org"] = re.compile(  # (on one line: a headline's last word describes no name of the body)
        rf"\b(?:{descriptors}){gap}+((?:{name}|[a-z]+[A-Z]\w*)(?:{gap}(?:{name})){{0,2}})")
    # ... and one that opens a sentence, capitalised ('Chipmaker Orsk and Halvern were among the investors')
    # (mentions.opening_descriptor)
    opening = "|".join(re.escape(s[:1].upper() + s[1:]) for s in c["org_descriptors"])
    out["opening_descriptor"] = re.compile(
        rf"(?:^|(?<=[.!?][^\S\n])|(?<=\n))(?:{opening}){gap}+{phrase}(?![\w’'-])")
    out["subject_org"] = re.compile(  # 'Quantaris has raised ...': the subject of a funding verb
        r"\b((?:[A-Z][\w.&-]*[a-z0-9][\w.&-]*|[a-z]+[A-Z]\w*)(?:[^\S\n][A-Z][\w.&-]+){0,2})\s+(?:has\s+|had\s+|is\s+)?"
        r"(?:raised|raises|raising|secured|secures|closed|closes|lands|landed|nabs|bags)\b")
    out["raising_org"] = re.compile(  # 'Quantaris is in early talks to raise ...': a round still to come
        r"\b((?:[A-Z][\w.&-]*[a-z0-9][\w.&-]*|[a-z]+[A-Z]\w*)(?:[^\S\n][A-Z][\w.&-]+){0,2})\s+(?:is|was)\s+"
        r"(?:in\s+(?:early\s+|advanced\s+|preliminary\s+)?talks|seeking|looking|planning|set|expected)\s+to\s+raise\b")
    # "Velkara ($2 billion), Brimoral ($1.5 billion) and Quorvane ($700 million)": after another member's bracketed
    # figure and a list's comma or 'and', a name with a bracketed figure of its own (mentions.bracket_member)
    member = r"((?:[A-Z][\w&.'’-]*)(?:[^\S\n][A-Z][\w&.'’-]*){0,3})"
    figure = r"\s*\(\s*(?:[$€£¥]|[A-Z]{1,3}\$?\s?)?\d"
    join = r"(?:,\s*(?:and\s+)?|\s+and\s+)"
    # (the first member: one followed by its figure, a join and the next member with its figure)
    out["bracket_member"] = re.compile(rf"(?<=\)){join}{member}{figure}|(?<![\w&.'’-]){member}"
                                       rf"(?={figure}[^)]{{0,30}}\){join}{member}{figure})")
    # 'The $500 million Series D values Brimoral at $5 billion', 'valuing Brimoral at': the company valued
    # (mentions.valued_shape)
    out["valued_org"] = re.compile(
        r"\b(?:values|valued|valuing)[^\S\n]+((?:[A-Z][\w.&-]*[a-z0-9][\w.&-]*|[a-z]+[A-Z]\w*)"
        r"(?:[^\S\n][A-Z][\w.&-]+){0,2})[^\S\n]+at\b")
    # 'Velkor, an AI infrastructure company,': a name that an apposition describes as a company
    # (mentions.appositive_shape)
    out["appositive_org"] = re.compile(
        rf"(?<![\w-]){phrase}\s*,\s*(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,5}}?"
        rf"(?:{words('appositive_descriptors')})\b(?![\w-])")
    # 'signed a lease with a new tenant, Velkor, for 50 MW', 'to its largest customer, Velkor Labs.': after a
    # preposition of a counterparty, a company noun or a trade role, then the name set off by commas
    # (mentions.named_after_role)
    roles_alt = _any_of("company_nouns", "buyer_nouns", "seller_nouns", "investor_nouns")
    out["role_named_org"] = re.compile(
        rf"\b(?:with|to|from|by|for)\s+(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{roles_alt})\s*,\s*"
        rf"{phrase}(?=\s*(?:,|\.(?:\s|$)|$))")
    # 'the Kestrova acquisition of Belquist', 'the $2 billion Kestrova takeover of X': the acquirer as the modifier of
    # a noun of acquiring that has its 'of' (mentions.acquirer_modifier)
    out["acquirer_modifier_org"] = re.compile(
        rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[$€£][\d.,]+\s*(?:billion|million|trillion|bn|m)?\s+|(?:planned|proposed|"
        rf"pending|completed|recent|all-stock|all-cash)\s+){{0,2}}{phrase}\s+(?:acquisition|purchase|takeover|buyout)"
        rf"\s+of\s+(?-i:[A-Z])")
    # '- Kestrova: $3 billion GPU order from Thornbury Systems': the name that labels a list item before its colon
    # is the company the item is about (mentions.item_label)
    out["item_label_org"] = re.compile(
        rf"(?:^|(?<=\n))[^\S\n]*(?:[-•*–]|\d{{1,2}}[.)])[^\S\n]+{phrase}(?=:[^\S\n]*\S)")
    # 'The startup, Gallowmere, secured ...': a sentence that opens with 'The' and a company noun, then a name set off
    # by commas: the name is the company the noun describes (mentions.opening_named)
    out["opening_named_org"] = re.compile(
        rf"(?:^|(?<=[.!?][^\S\n])|(?<=\n))\W*The\s+(?:[\w’'-]+\s+){{0,3}}?(?:{descriptors})\s*,\s*{phrase}"
        rf"(?=\s*,)")
    # 'will acquire one of its oldest rivals, Tessaly Grid,': the rival named after 'one of its rivals' and set off by
    # commas, a company whatever the tagger calls it (mentions.one_of_rivals_name; roles decide if it is a party)
    out["rival_named_org"] = re.compile(
        rf"\bone\s+of\s+(?:its|their|the)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{words('rival_titles')})s\s*,\s*"
        rf"{phrase}(?=\s*,)")
    # 'to hire Tessaly CEO Dana Pike and other staff', 'hired Tessaly's founders': whose people are hired, a company
    # (a licence-and-hire deal's counterparty, guideline 5; mentions.hired_from)
    out["hired_org"] = re.compile(
        rf"\b(?:hire|hires|hired|hiring|poach|poaches|poached|poaching)\s+(?:the\s+)?{phrase}(?:['’]s)?\s+"
        rf"(?:{_TITLE}|(?:co-?)?founders?|staff|employees|team|researchers|engineers|executives|leadership)\b")
    # 'A spokesperson for Ostmere declined to comment', 'a representative of Orlin said': whose spokesperson speaks is
    # an organisation (mentions.spokesperson_of)
    out["spokesperson_org"] = re.compile(
        rf"\b(?:spokes(?:person|man|woman|people)|representatives?)[^\S\n]+(?:for|of|at)[^\S\n]+(?:the[^\S\n]+)?"
        rf"{phrase}(?![\w-])")
    # 'Brenwick Data has found a buyer for its campus', 'Orlin landed its first customer': who finds a buyer or wins a
    # customer is a company selling something (mentions.customer_finder)
    out["customer_finder_org"] = re.compile(
        rf"(?<![\w-]){phrase}[^\S\n]+(?:has[^\S\n]+|have[^\S\n]+|had[^\S\n]+)?(?:found|finds|landed|lands|won|wins|"
        rf"signed[^\S\n]+up|signs[^\S\n]+up|lined[^\S\n]+up|lines[^\S\n]+up|attracted|attracts)[^\S\n]+"
        rf"(?:a|an|its|another|their)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,2}}?(?:buyer|customer|client|tenant)\b")
    # 'Velkor signs Orlin as anchor tenant', 'named Orlin as its supplier': a name a trade role is given to with 'as'
    # (mentions.as_role_name)
    trade_roles = _any_of("buyer_nouns", "seller_nouns", "investor_nouns")
    out["as_role_org"] = re.compile(
        rf"(?<![\w-]){phrase}[^\S\n]+as[^\S\n]+(?:(?:the|an?|its|their)\s+)?"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{trade_roles})\b(?![\w-])")
    # "Velkor, Orlin's main chip supplier, will ship ...": a name that an apposition names as another's company, by a
    # company noun or a trade role after that other's possessive (mentions.possessive_apposition)
    out["possessive_apposition_org"] = re.compile(
        rf"(?<![\w-]){phrase}\s*,\s*(?:[A-Z][\w&.-]*\s+){{0,2}}[A-Z][\w&.-]*['’]s?\s+"
        rf"(?:[\w’'-]+\s+){{0,3}}?(?:{roles_alt})\s*,")
    # 'is one of the largest backers of Tarvex Data', ', an early investor in Corvane', 'has been a supplier to Quelmar
    # AI': whose backer, customer or supplier someone is, said by a copula or an apposition, a company, in a sentence
    # that may tell no deal (mentions.role_of_name)
    out["role_of_org"] = re.compile(
        rf"(?i:(?:\b(?:is|was|are|were|been)[^\S\n]+|,[^\S\n]*)(?:an?|the|its|their|one[^\S\n]+of[^\S\n]+"
        rf"(?:the|its|their))[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?(?:(?:{words('role_of_investor_nouns')})s?"
        rf"[^\S\n]+(?:of|in)|(?:{words('role_of_trade_nouns')})s?[^\S\n]+(?:of|to)))[^\S\n]+{phrase}(?![\w’'&-])")
    # 'Nvidia-backer Ostrix', 'Velkor-rival Tessaly': the name a hyphenated relation describes
    # (mentions.hyphen_relation)
    out["relation_org"] = re.compile(
        rf"[\w.&']+-(?:{words('hyphen_relations')})\s+{phrase}")
    # 'Velkara is a chip startup founded in 2019.', 'Halvard Energy is one of Ohio's largest utilities.': a sentence
    # that opens by saying what a name is (mentions.copular_shape); a later 'it' or 'the startup' may stand for it
    kinds = sorted({f for w in word_set("appositive_descriptors")
                    for f in (w, w + "s", w[:-1] + "ies" if w.endswith("y") else w)}, key=len, reverse=True)
    out["copular_org"] = re.compile(
        rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n)){phrase}\s+(?:is|was|has\s+been)"
        rf"\s+(?:a|an|one\s+of)\s+(?:[\w’'-]+\s+){{0,5}}?(?:{'|'.join(re.escape(k) for k in kinds)})\b(?![\w-])")
    makers = "|".join(re.escape(p) for p in sorted(lex.product_makers, key=len, reverse=True))
    out["maker_org"] = re.compile(rf"\b(?:the\s+)?({makers})[- ](?:maker|developer|creator|owner|parent|startup|company)\b"
                                  rf"|\b(?:the\s+)?(?:company|startup|firm|lab|group)\s+(?:behind|that makes|that built)\s+({makers})\b")
    out["government"] = re.compile(
        # ('the Telvana state government': a tier of government between the name and the noun)
        r"\b(?:[Tt]he\s+)?((?:(?!The\s)[A-Z][\w.]*\.?\s){1,3}(?:(?:state|federal|provincial|regional|national|"
        r"central|municipal|city)\s)?government)\b|\b(?:the\s+)?(government\s+of\s+[A-Z]\w+"
        r"(?:\s[A-Z]\w+)?)")  # ('The government of Norland': 'The' is no name word; the government is Norland's)
    return out


# a capitalised word on the same line right after 'ChatGPT maker' (mentions.maker_named_after)
NAME_AFTER_MAKER = re.compile(r"[ \t]+([A-Z][\w&.'’-]*)")


# the shapes a rule of their own switches (the others belong to older, always-on readings)
SHAPE_RULES = {"as_role_org": "mentions.as_role_name", "role_named_org": "mentions.named_after_role",
               "possessive_apposition_org": "mentions.possessive_apposition",
               "opening_descriptor": "mentions.opening_descriptor", "relation_org": "mentions.hyphen_relation",
               "appositive_org": "mentions.appositive_shape", "copular_org": "mentions.copular_shape",
               "bracket_member": "mentions.bracket_member", "valued_org": "mentions.valued_shape",
               "raising_org": "mentions.raising_shape", "rival_named_org": "mentions.one_of_rivals_name",
               "hired_org": "mentions.hired_from", "opening_named_org": "mentions.opening_named",
               "item_label_org": "mentions.item_label",
               "acquirer_modifier_org": "mentions.acquirer_modifier", "customer_finder_org": "mentions.customer_finder",
               "role_of_org": "mentions.role_of_name",
               "spokesperson_org": "mentions.spokesperson_of"}


def _any_of(*lists: str) -> str:
    """One regex alternation of the words of several context lists, longest first."""
    return "|".join(re.escape(w) for w in sorted({w for name in lists for w in word_set(name)},
                                                 key=lambda w: (-len(w), w)))  # (a fixed order, run after run)


def descriptors_alt(cues: dict) -> str:
    return "|".join(re.escape(s) for s in sorted(cues["org_descriptors"], key=len, reverse=True))


def describers_of(sent: Sentence, lex: Lexicon) -> set[int]:
    """Start offsets of the organisations a sentence names only to describe another (rule roles.describer): in the
    apposition right after a name ('Velmora, an AI lab founded by Tessaly Group,'). Other mentions of the same
    organisation in the sentence still count. (A person's employer is no such background name: 'Tessaly CEO Mara
    Quist announced a $2 billion investment' is Tessaly's deal.)"""
    before = cue_regexes(lex)["description_before"]
    after_opener: set[int] = set()  # names after an opening 'Backed by A and B,' (roles.backers_opening)
    found = {o.start for o in sent.orgs
             if before.search(sent.text, max(0, o.start - sent.start - 120), o.start - sent.start)}
    if on("roles.owner_in_apposition"):
        # 'Drovane, a SoftBank portfolio company,', 'X, the Intel spin-off,': a name inside the apposition, before a
        # noun of being owned, describes the name before the comma
        found |= {o.start for o in sent.orgs if APPOSITION_OPENS.search(sent.text[:o.start - sent.start])
                  and OWNED_NOUN_AFTER.match(sent.text[o.end - sent.start:])
                  and hit("roles.owner_in_apposition", True)}
    if on("roles.possessive_apposition"):
        # 'Velkara, Nvidia's biggest customer, agreed to buy ...': a name in the possessive that opens an apposition
        # says what the name before the comma is to it
        found |= {o.start for o in sent.orgs if any(
                      NAME_COMMA.fullmatch(sent.text[p.end - sent.start:o.start - sent.start])
                      for p in sent.orgs if p.end <= o.start)
                  and POSSESSIVE_APPOSITION.match(sent.text[o.end - sent.start:])
                  and hit("roles.possessive_apposition", True)}
    if on("roles.unit_owner"):
        # "Brisket Telecom's cloud arm, Brisket Cloud, will supply ...", "Tarvell Holdings' unit Marlo Digital": the
        # owner of a unit named right after it acts through the unit; the unit is the party
        found |= {o.start for o in sent.orgs if (m := UNIT_AFTER_OWNER.match(sent.text, o.end - sent.start))
                  and any(p.start - sent.start == m.end() for p in sent.orgs) and hit("roles.unit_owner", True)}
    if on("roles.adviser"):
        # 'Morgan Stanley is acting as financial adviser to Velkara', 'Goldman Sachs advised Velkara': a bank or a
        # law firm that advises a party is no party
        found |= {o.start for o in sent.orgs if ADVISER_AFTER.match(sent.text[o.end - sent.start:])
                  and hit("roles.adviser", True)}
    if on("roles.worked_with_on_raise"):
        # 'Velmora was working with Brisca Sachs and Quorin Morgan on a potential $2 billion raise': the banks a
        # company works with on its own raise, listing or sale serve it and are no parties
        found |= _worked_with_on_raise(sent)
    if on("roles.backers_described"):
        # 'Brimoral, backed by SoftBank and Nvidia, has signed ...': the backers of the subject that opens the
        # sentence describe it (a relationship, guideline 3), unless the clause then tells of a round they join
        found |= {o.start for o in sent.orgs if BACKED_SUBJECT.match(sent.text[:o.start - sent.start])
                  and not ROUND_AFTER.search(sent.text[o.end - sent.start:]) and hit("roles.backers_described", True)}
        # ('Backed by A and B, Tessaly agreed to ...': the opening participle, no figure after its 'by';
        # roles.backers_opening)
        opened = _opening_backers(sent) if on("roles.backers_opening") else []
        if opened and hit("roles.backers_opening", True):
            found |= {o.start for o in opened}
            after_opener = {o.start for o in sent.orgs if o.start > opened[-1].start}
        # ('Tessaly, the GPU cloud provider backed by Marlowe Capital, signed ...': after a noun in apposition;
        # type.backed_description)
        found |= {o.start for o in sent.orgs if on("type.backed_description") and BACKED_DESCRIBED.match(
            sent.text[:o.start - sent.start]) and not ROUND_AFTER.search(sent.text[o.end - sent.start:]) and hit(
            "type.backed_description", True)}
    if on("roles.alongside_opener"):
        # 'Alongside its partnership with Orsk, the company signed a deal with Pellmark': a name in an opening phrase
        # of 'alongside', 'besides', 'in addition to' tells another tie of the subject's, no side of this deal
        besides = [o for o in sent.orgs if ALONGSIDE_OPENER.match(sent.text[:o.start - sent.start])]
        if besides and hit("roles.alongside_opener", True):
            found |= {o.start for o in besides}
            # (the subject after the opener's comma describes nothing: roles.describer_list stops there)
            after_opener |= {o.start for o in sent.orgs if o.start > max(x.start for x in besides)}
    if on("roles.subject_aside"):
        # 'Velkor, best known for its work with Amazon, will pay Quarnell ...': an aside set off by commas between
        # the name that opens the sentence and its verb says what that company is or has done; a name in it is none
        # (not a person's title: 'Dara Lintz, chief executive of Quorvane Data, said ...' names the employer)
        found |= {o.start for o in sent.orgs if (aside := SUBJECT_ASIDE_OPEN.match(sent.text[:o.start - sent.start]))
                  and not PERSON_TITLE_OPENS.match(aside.group(1)) and ASIDE_CLOSE.match(sent.text[o.end - sent.start:])
                  and not _aside_sized(sent, o) and hit("roles.subject_aside", True)}
    if on("roles.counts_among"):
        # 'Brenmoor Cloud counts Pellix AI and Quorin Labs among its biggest customers, and signed a contract with X':
        # the names a company counts among its customers or backers tell a standing relationship (guideline 3)
        for m in COUNTS_AMONG.finditer(sent.text):
            found |= {o.start for o in sent.orgs if m.start(1) <= o.start - sent.start < m.end(1)
                      and hit("roles.counts_among", True)}
    if found and on("roles.describer_list"):
        # 'Velkor Data, the joint venture of Halvern, Tamsin Capital and Brisa Digital, has signed ...': the other
        # members of the list the first describing name opens describe too
        ordered = sorted(sent.orgs, key=lambda o: o.start)
        for a, b in zip(ordered, ordered[1:]):
            gap = sent.text[a.end - sent.start:b.start - sent.start]
            if b.start in after_opener:
                break  # ('Backed by Tessaly, Quarnell agreed ...': the subject after the opener describes nothing)
            if a.start in found and b.start not in found and DESCRIBER_LIST.fullmatch(gap) and hit(
                    "roles.describer_list"):
                found.add(b.start)
            elif a.start in found and b.start not in found and on("roles.describer_apposition") and (
                    DESCRIBER_LIST_DESCRIBED.fullmatch(gap) or DESCRIBER_APPOSITION.fullmatch(gap)) and hit(
                    "roles.describer_apposition"):
                # 'a joint venture between the Velmora Investment Authority (VIA) and energy-tech arm Tamsin Digital',
                # "owned by Velmora's sovereign wealth fund, the Velmora Investment Authority": the next member of
                # the list, after an abbreviation or with words that describe it, or the describing name's own
                # apposition, describes too
                found.add(b.start)
    return found


def _aside_sized(sent: Sentence, o: OrgMention) -> bool:
    """'Tarsen Labs, in which Kestrin Ventures invested $150 million last year, is raising again': an aside that tells
    a deal with its own figure (a trigger and a figure after the name, before the aside's comma) is a dated
    transaction, a deal of its own (guideline 3), not a description (rule roles.aside_with_figure)."""
    close = sent.text.find(",", o.end - sent.start)
    lo, hi = sent.start + sent.text.rfind(",", 0, o.start - sent.start), sent.start + (
        close if close >= 0 else len(sent.text))
    return on("roles.aside_with_figure") and any(lo < t.start < hi for t in sent.triggers) and any(
        o.end <= m.start < hi and not m.excluded for m in sent.money) and hit("roles.aside_with_figure", True)


# 'counts A and B among its biggest customers' (roles.counts_among)
COUNTS_AMONG = re.compile(r"\bcounts?\s+([A-Z][^;:.]{0,120}?)\s+among\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:customers|clients|backers|investors|shareholders|users|tenants|partners|suppliers)\b")


# roles.owner_in_apposition: a name, a comma and an article, at most two words; after the owner's name, the noun
APPOSITION_OPENS = re.compile(r"[A-Z][\w&.’'-]*\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")
OWNED_NOUN_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:{words('owned_nouns')})\b", re.I)
# roles.possessive_apposition: between another organisation and the possessor, a comma; after the possessor, at most
# three words and the closing comma
NAME_COMMA = re.compile(r"\s*,\s*(?:the\s+)?")
POSSESSIVE_APPOSITION = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}[\w-]+\s*,")
# roles.adviser: after a name, its part as adviser ('is acting as financial adviser to', 'advised')
ADVISER_AFTER = re.compile(rf"\s+(?:(?:is|was|are|were|has\s+been)\s+)?(?:(?:acting|acted|serving|served)\s+as\s+|"
                           rf"(?:as\s+))?(?:the\s+|a\s+|an\s+)?(?:exclusive\s+|lead\s+|sole\s+|joint\s+)?"
                           rf"(?:financial\s+|legal\s+|m&a\s+)?(?:{words('adviser_nouns')})\b"
                           # ('with Brisca Sachs advising the company': the participle alone too)
                           rf"|\s+(?:(?:is|was|are|were)\s+)?(?:advised|advises|advising|counseled|counselled|"
                           rf"counseling|counselling)\b"
                           # ('while Brisca Sachs is the bank on the deal': the bank that works on it, no party)
                           r"|\s+(?:is|was|are|were)\s+(?:the|a)\s+(?:lead\s+|sole\s+)?banks?\s+(?:on|for)\s+the\s+"
                           r"(?:deal|transaction|round|offering|sale|acquisition|merger|raise|financing)\b", re.I)
# roles.worked_with_on_raise: 'working with ' before the names; after them, 'on' and the raise, listing or sale
WORKED_WITH = re.compile(r"\b(?:work|works|working|worked)\s+(?:closely\s+)?with\s+(?:the\s+)?", re.I)
ON_RAISE = re.compile(rf"\s+on\s+(?:a|an|the|its|their)\s+(?:[\w$€£.,-]+\s+){{0,4}}?"
                      rf"(?:{words('advised_raise_nouns')})\b", re.I)
# between the names: commas and 'and'
NAME_JOINERS = re.compile(r"(?:\s*,\s*|\s+(?:and|&)\s+|\s*,\s*and\s+)")


def _worked_with_on_raise(sent: Sentence) -> set[int]:
    """Start offsets of the names listed between 'working with' and 'on a ... raise' (rule
    roles.worked_with_on_raise)."""
    out: set[int] = set()
    orgs = sorted(sent.orgs, key=lambda o: o.start)
    for m in WORKED_WITH.finditer(sent.text):
        at, listed = m.end(), []
        for o in orgs:
            gap = sent.text[at:o.start - sent.start]
            if o.start - sent.start < at:
                continue
            if gap and not (listed and NAME_JOINERS.fullmatch(gap)):
                break
            listed.append(o)
            at = o.end - sent.start
        if listed and ON_RAISE.match(sent.text, at) and hit("roles.worked_with_on_raise", True):
            out |= {o.start for o in listed}
    return out


# an opener of time, place or source and its comma, before a sentence's subject ('On Tuesday, ', 'According to
# people familiar with the matter, '; context list opener_words)
OPENER = rf"(?:(?:{words('opener_words')})\b[^,;:()]{{0,60}},\s*)"
# the opening of a sentence before its subject: nothing, or an opener (read by the subject's rules
# roles.backers_described, roles.subject_aside and, in roles.py, INVESTORS_OPEN)
OPENING = rf"^\W*{OPENER}?"
# the sentence's subject, a name, then its backers: 'Brimoral, backed by ', 'Quorvane, which is backed by '
BACKED_SUBJECT = re.compile(OPENING + r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s*,\s*"
                            rf"(?:which\s+is\s+|a\s+startup\s+)?(?:{words('backing_participles')})\s+by\s+(?:the\s+)?$")
# "'s cloud arm, ", "' unit ": an owner's possessive, a noun of a business it owns, and the business's name next
# (roles.unit_owner)
# ("Velmora's sovereign wealth fund Tessaly": a fund or vehicle named after its owner is the party too)
UNIT_AFTER_OWNER = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{words('business_nouns')}|fund|vehicle)"
                              rf"(?:\s*[,—–]\s*|\s+)(?-i:(?=[A-Z]))", re.I)  # (or after a dash: mentions.dash_aside)
# right after a name in the possessive: its relation to the name set off after it ("'s parent company, ";
# mentions.relation_owner_object, and roles.relation_apposition between the two names)
RELATION_OWNER = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{words('relation_nouns')})\s*,\s*", re.I)
# the sentence's opening participle of backing and its 'by', right before a name (roles.backers_opening)
BACKED_OPENING = re.compile(rf"\W*(?:{words('backing_participles')})\s+by\s+(?:the\s+)?$", re.I)


def _opening_backers(sent: Sentence) -> list:
    """'Backed by A, B and C, Telmora ...': the names of the sentence's opening participle of backing. A list ends on
    its member after 'and'; without one the opener names one company, the name after its comma being the subject."""
    ordered = sorted(sent.orgs, key=lambda o: o.start)
    first = next((i for i, o in enumerate(ordered) if BACKED_OPENING.match(sent.text[:o.start - sent.start])), None)
    if first is None:
        return []
    last = first
    for i in range(first + 1, len(ordered)):
        gap = sent.text[ordered[i - 1].end - sent.start:ordered[i].start - sent.start]
        if not DESCRIBER_LIST.fullmatch(gap):
            break
        if re.search(r"\band\s*$", gap):
            last = i
            break
    return ordered[first:last + 1]


BACKED_DESCRIBED = re.compile(OPENING + r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s*,\s*(?:the|a|an)\s+"
                              rf"(?:[\w-]+\s+){{1,4}}?(?:{words('backing_participles')})\s+by\s+(?:the\s+)?$")
# the sentence's opening name, a comma, and an aside that opens on a lower-case word other than one that joins a
# second subject or opens a relative clause or an apposition ('Velkor, best known for its work with ';
# roles.subject_aside)
SUBJECT_ASIDE_OPEN = re.compile(OPENING + r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s*,\s+"
                                r"(?!(?:together|along|alongside|and|with|through|via|which|who|whose|that|a|an|the|"
                                r"its|their|including|plus|as|or|backed|funded|led|jointly|both)\b)([a-z][^,;()]*)$")
# a sentence's opening phrase of something besides the deal, up to a name inside it (roles.alongside_opener)
ALONGSIDE_OPENER = re.compile(r"\W*(?:Alongside|Besides|Beyond|(?:Apart|Aside)\s+from|In\s+addition\s+to|On\s+top\s+of)"
                              r"\s+(?:its|their|his|her|the|a|an)\b[^,;]*$")
PERSON_TITLE_OPENS = re.compile(rf"(?:(?:former|then|its|the)\s+)?(?:{words('person_title_words')})\b", re.I)
# the aside closes with a comma and the clause goes on with a lower-case word: the verb
ASIDE_CLOSE = re.compile(r"[^,;()]*,\s+(?:has|have|had|will|would|may|might|could|can|should|must|is|are|was|were|"
                         r"said|says|agreed|signed|plans|[a-z]+ed|[a-z]+s)\b")
ROUND_AFTER = re.compile(rf"\b(?:{words('round_nouns')}|raised|raises|raise|raising)\b", re.I)
DESCRIBER_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# ... after a bracketed abbreviation, or with up to three lower-case words before the next name ('and energy-tech arm')
DESCRIBER_LIST_DESCRIBED = re.compile(r"\s*\([A-Z][\w&.-]{0,9}\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                                      r"|(?:\s*\([A-Z][\w&.-]{0,9}\))?(?:\s*,\s*and\s+|\s+and\s+)(?:the\s+)?"
                                      r"(?:(?!(?:will|would|has|have|had|is|are|was|were|to)\b)[a-z][\w-]*\s+){1,3}")
# ... or, after a possessive describing name, its noun and the apposition naming that noun ("Velmora's sovereign wealth
# fund, the ")
DESCRIBER_APPOSITION = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+the\s+")


# after a name found by its suffix: one capitalised word that is no suffix, then a suffix ('Power| International
# Berhad') (mentions.suffix_run_through)
SUFFIX_THROUGH = re.compile(r"[^\S\n](?:[A-Z][a-z]+)[^\S\n]([A-Z][\w.]*)(?![\w&-])")
LEGAL_FORMS_LONG = frozenset(("Berhad", "Bhd", "Limited", "Incorporated", "Corporation", "Ltda", "Tbk", "SpA", "S.p.A",
                              "AB", "ASA", "Oyj", "KK", "Pte"))
# (a modifier may be an abbreviation with its dots: 'the U.S. company')
ANAPHOR = re.compile(rf"\bthe\s+(?:[\w-]+\s+|(?:[A-Z]\.){{2,3}}-?\w*\s+){{0,2}}?({words('company_nouns')})\b", re.I)
# 'a round that values the AI startup at $75 billion': the company valued, described (mentions.valued_description)
VALUES_THE = re.compile(rf"\bvalu(?:e|es|ed|ing)\s+the\s+(?:[\w-]+\s+){{0,3}}?({words('company_nouns')})\s+at\b", re.I)
LEGAL_SUFFIXES = word_set("legal_suffixes")  # 'Ltd', 'GmbH'
HYPHEN_ADJECTIVES = word_set("hyphen_adjectives")  # 'state-backed'
HYPHEN_DESCRIBED = re.compile(r"[\w.&']+-(?:" + "|".join(sorted(HYPHEN_ADJECTIVES | {"headquartered", "listed", "born"}))
                              + ")")
# a name, a hyphen and what the next name is to it: 'Halvern-backer Ostrix' (context.yaml hyphen_relations)
HYPHEN_RELATION = re.compile(rf"[\w.&']+-(?:{words('hyphen_relations')})", re.I)
# right after the speaker, before its reported clause: 'Quenlo said (on Monday) (that) ...', 'Quenlo, an AI startup, said'
# 'Halvern disclosed a $300 million stake in the company': the speech verb's object is the speaker's own deal, and
# 'the company' is someone else (mentions.discloses_deal)
DISCLOSES_DEAL = re.compile(r"^\s+(?:disclosed|discloses|disclose|revealed|reveals|reported|reports)\s+"
                            r"(?:an?|its|their)\s+"
                            r"(?:[^\s,;]+\s+){0,4}?(?:stakes?|investments?|holdings?|deals?|contracts?|agreements?|"
                            r"orders?|purchases?|acquisitions?)\b", re.I)
SPEAKS = re.compile(rf"^(?:\s*,[^,]{{1,60}},)?\s+(?:{words('speech_words')})\b", re.I)
# 'The startup, Lumora, said ...': a name set off by commas, its closing comma, then the verb of saying (not 'said
# to be'; mentions.apposition_speaker)
CLOSING_SPEAKS = re.compile(rf"^,\s+(?:{words('speech_words')})\b(?!\s+to\b)", re.I)
PLURAL_ANAPHOR = re.compile(rf"\b(?:the two|both)\s+(?:[\w-]+\s+){{0,2}}?(?:{words('plural_company_nouns')})\b", re.I)
# 'the pair', 'the duo', 'the two' before a verb: the two companies told before (mentions.pair_noun)
PAIR_NOUN = re.compile(r"\bthe\s+(?:pair|duo|two(?=\s+(?:have|has|had|will|would|are|were|also|previously|first|"
                       r"signed|agreed|struck|inked|reached)\b))\b", re.I)
DESCRIBED_AFTER = re.compile(rf"^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,5}}?({words('company_nouns')})\b", re.I)
DESCRIBED_BEFORE = re.compile(rf"\b({words('company_nouns')})\s+$", re.I)
# between 'the cloud company' and the name that it describes (a company noun may end the phrase after the one the
# anaphor matched: 'the chip manufacturer company, X')
NAMED_NEXT = re.compile(rf"\s*(?:(?:{words('company_nouns')})\s*)?,?\s*", re.I)
# after a phrase right after a name: the comma (or dash) that closes an apposition (mentions.anaphor_apposition)
APPOSITION_CLOSE = re.compile(r"\s*(?:,|\u2014|--)")
AS_ROLE_BEFORE = re.compile(r"\s+(?:as|is|was|will\s+be|would\s+be)\s+")  # 'Daltrex as the provider' (anaphor_as_role)


PAIR_REACH = 3  # how many sentences back 'the two companies' may reach for its pair (mentions.pair_nearby)
# a person named with the company they lead (mentions.person_for_employer): 'Dara Lintz, CEO of Quorvane',
# 'Quorvane CEO Dara Lintz', "Quorvane's chief executive, Dara Lintz"
_TITLE = rf"(?i:(?:the\s+|a\s+|an\s+)?(?:co-?)?(?:{words('person_title_words')})(?:\s+(?:executive|officer))*)"
TITLE_OF = rf",\s+{_TITLE}\s+(?:of|at)\b"  # right after a person's name: ', chief executive of' (also slots.py)
# ... or a copula and the title: ' is chief executive of', ' was a co-founder at' (slots.py, mentions.titled_predicate)
TITLE_PREDICATE = re.compile(rf"\s+(?:is|was|becomes|became|has\s+been|will\s+be)\s+(?:(?:the\s+)?(?:new|former)\s+)?"
                             rf"{_TITLE}\s+(?:of|at)\b", re.I)
EMPLOYER_BEFORE = re.compile(rf"[A-Z][\w.'’-]+\s*{TITLE_OF}\s+$")
# the same with a name no list knows, in a sentence that was not read for its names
PERSON_OF = re.compile(rf"[A-Z][\w.'’-]+\s*{TITLE_OF}\s+([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}})"
                       rf"|(?<![\w,] )\b([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}}?)(?:['’]s)?\s+{_TITLE}\s*,?\s+"
                       rf"[A-Z][a-z]+\s+[A-Z]")
EMPLOYER_AFTER = re.compile(rf"^(?:['’]s)?\s+{_TITLE}\s*,?\s+[A-Z][a-z]+\s+[A-Z]")
# a quotation that opens the sentence on 'we' (or 'our'), its speaker's company named after it (mentions.quote_we)
QUOTE_WE = re.compile(r"^\s*[\"“]\s*(We|Our)\b(?=(?P<quote>[^\"”]*[\"”]))")
# 'Specifically, he announced ...': a sentence whose subject is 'he' or 'she' (not one that reports speech)
PRONOUN_OPENS = re.compile(rf"^(?:[A-Z]\w*(?:\s+\w+)?,\s+)?(he|she)\s+(?!(?:{words('pronoun_speech_verbs')})\b|"
                           rf"(?:{words('speech_words')})\s+that\b)", re.I)
PERSON_REACH = 2  # how many sentences after the person's sentence 'he' may stand for their company
# 'It will also rent ...', 'Separately, it has agreed to ...', 'This week it led ...': 'it' as the subject of an act
# (not 'It is expected'; an opener with its comma is two words, or a word and a month or a year ('Back in September,
# it raised ...'), one without it two words, the first capitalised; mentions.it_subject)
# (context list it_act_verbs; an adverb of time may come between: 'it later signed')
_IT_ACTS = rf"(it)\s+(?:(?:also|later|then|separately|now|recently|subsequently)\s+)?(?:{words('it_act_verbs')})\b"
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# ('Most notably, last November, it inked ...': two short openers, each set off by its comma)
_OPENER = (rf"^(?:[A-Z]\w*(?:\s+\w+)?,\s+(?:\w+(?:\s+\w+)?,\s+)?|"
           rf"[A-Z]\w*\s+(?:in|on|during)\s+(?:{_MONTHS}|\d{{4}}),\s+|"
           rf"[A-Z][\w-]*(?:\s+[\w-]+){{0,2}}\s+(?:later|earlier),\s+|(?-i:[A-Z])\w*\s+\w+\s+)?")
IT_OPENS = re.compile(_OPENER + _IT_ACTS, re.I)
# 'Its biggest customer, Velmora AI, ...': a trade role of the last subject's, named right after (mentions.its_role)
ITS_ROLE = re.compile(rf"^\W*(?:[A-Z]\w*(?:\s+\w+)?,\s+)?(its)\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{words('buyer_nouns')}|{words('seller_nouns')}|{words('funder_nouns')})\s*,\s+(?-i:[A-Z])",
                      re.I)
# 'The agreement follows a $900 million contract with Quelmar AI', 'The deal comes after an earlier order from X': a
# deal told before, then another deal of the one a name is with (mentions.follows_earlier_deal)
# (the verbs of following, as FOLLOWS_OTHER reads them)
FOLLOWING = r"(?:follows|followed|comes\s+after|came\s+after|builds\s+on|built\s+on)"
FOLLOWS_EARLIER = re.compile(rf"^\W*((?:The|This|That)\s+(?:[\w$€£.,-]+\s+){{0,3}}?(?:{words('agreement_nouns')}))\s+"
                             rf"(?:{FOLLOWING}|adds\s+to|added\s+to)\s+(?:a|an|its|their|the)\s+"
                             rf"(?:(?:earlier|previous|prior|separate)\s+)?", re.I)
# 'having invested $1 billion in X in 2023': a clause cut off after the sentence's deal (mentions.after_own_deal) whose
# subject, unsaid, is the sentence's own (mentions.having_subject)
DONE_VERB = rf"(?:{words('shared_subject_verbs')}|put)"  # a verb of a deal done ('put $1 billion into X')
HAVING_OPENS = re.compile(rf"^(having)\s+(?:(?:already|previously|also)\s+)?{DONE_VERB}\s")
# 'Its $700 million acquisition of Pellix closed', 'Its latest deal is ...': a sentence that opens on whose deal it is
# (mentions.its_deal)
ITS_DEAL = re.compile(r"^\W*(its)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:acquisition|purchase|takeover|buyout|investment|deal|"
                      r"agreement|contract|order|lease)s?\b", re.I)
# 'Its first tenant will be Velmora AI, which ...': the role told of the named company by a copula
# (mentions.its_role_is)
ITS_ROLE_IS = re.compile(rf"^\W*(?:[A-Z]\w*(?:\s+\w+)?,\s+)?(its)\s+(?:[\w-]+\s+){{0,2}}?(?:{words('buyer_nouns')}|"
                         rf"{words('seller_nouns')}|{words('funder_nouns')})\s+(?:is|was|will\s+be|would\s+be|has\s+"
                         rf"become|became|is\s+set\s+to\s+be|is\s+to\s+be)\s+(?-i:[A-Z])", re.I)
# 'Brindova will buy a 10% stake.' after a sentence about Tasselin: a stake bought whose company is not named
# (mentions.stake_owner_before)
BARE_STAKE = re.compile(r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|take|takes|took|taking|"
                        r"purchase|purchases|purchased|purchasing)\s+(?:an?|the)\s+(?:[\w.%-]+\s+){0,3}?"
                        r"(stake|holding|shareholding)\b(?!\s+(?:in|of)\b)", re.I)
# the same stake as the thing money is paid or invested for ('will invest $1 billion for an 8% stake';
# mentions.stake_paid_for)
STAKE_PAID_FOR = re.compile(rf"\b(?:invest|invests|invested|investing|pay|pays|paid|paying)\s+{NO_STOP}{{0,40}}?"
                            r"\bfor\s+"
                            r"(?:an?|the)\s+(?:[\w.%-]+\s+){0,3}?(stake|holding|shareholding)\b(?!\s+(?:in|of)\b)",
                            re.I)
# 'Its $900 million Series D was led by X', 'Its latest round, a $900 million Series D, ...': a sentence that opens on
# whose round it is (mentions.its_round_opens)
ITS_ROUND_OPENS = re.compile(rf"^\W*(its)\s+(?:[\w$€£.,-]+\s+){{0,4}}?(?:(?:{words('round_nouns')})\b|"
                             rf"(?-i:Series\s+[A-Z]\d?\b))", re.I)
# 'Halvern Ventures led its latest $400 million round' after a sentence about Quorvin: the one that leads or joins
# a round of 'its' is not the one raising it; 'its' is the last subject's (mentions.its_round)
ITS_ROUND = re.compile(rf"\b(?:led|co-led|leads|co-leads|(?:is|are)\s+(?:co-)?leading|joined|joins|backed|"
                       rf"participated\s+in|took\s+part\s+in|(?:{words('round_verbs')}))\s+(its)\s+"
                       rf"(?:[\w$€£.,-]+\s+){{0,4}}?(?:{words('round_nouns')}|financing|(?-i:Series\s+[A-Z]\d?))\b",
                       re.I)
# a round's stage named for a round word ('its $600 million Series C'; mentions.speaker_round_series,
# discourse.each_share_total)
SERIES_STAGE = r"(?-i:Series\s+[A-Z]\d?)"
# a round with no owner named ('its', 'the') that its leaders or backers are told for, in a clause a company reports
# ('Orlin said Halvern led its $400 million round', 'The $400 million round was led by Halvern, Orlin said'):
# the round is the speaker's (mentions.speaker_round)
_ROUND_OWNERLESS = rf"\b(its|the)\s+(?:[\w$€£.,-]+\s+){{0,4}}?(?:{words('round_nouns')}|financing|{SERIES_STAGE})\b" \
                   rf"(?!\s+(?:{words('round_nouns')}|financing)\b)(?!\s+(?:in|of|for|into|by)\s+(?-i:[A-Z]))"
_BACKING = rf"(?:co-)?led|(?:co-)?headed|anchored|backed|joined|participated\s+in|took\s+part\s+in|{words('round_verbs')}"
SPEAKER_ROUND = re.compile(rf"\b(?:{_BACKING})\s+{_ROUND_OWNERLESS}|{_ROUND_OWNERLESS}(?=\s+(?:was|is|has\s+been|"
                           rf"had\s+been)\s+(?:{_BACKING})\s+by\b)", re.I)
# ('Investors in the $2 billion round include A and B, Kelvin AI said': the round's investors listed;
# mentions.speaker_round_investors)
SPEAKER_ROUND_INVESTORS = re.compile(rf"\b(?:{words('funder_nouns')})\s+(?:in|of)\s+{_ROUND_OWNERLESS}(?=\s+(?:"
                                     rf"include|included|includes|were|are|comprise|comprised)\b)", re.I)
# what may follow ', Orlin said' to the sentence's end: when, or where ('on Monday', 'in a statement')
SAID_WHEN_END = re.compile(r"(?:\s+(?:on|last|this|late|early)\s+[A-Za-z]+|\s+(?:today|yesterday)|\s+in\s+a\s+"
                           r"(?:statement|filing|release))?\W*")
SAYS_AFTER = re.compile(r"\s+(?:said|says|announced|confirmed|stated)\b")  # ', Orlin said.' ending a sentence
# 'Velmora AI, its biggest customer, will pay ...': a trade role of 'its' in an apposition right after a name
# (mentions.its_role_apposition)
ITS_ROLE_AFTER = re.compile(rf",\s+(its)\s+(?:[\w-]+\s+){{0,2}}?(?:{words('buyer_nouns')}|{words('seller_nouns')}|"
                            rf"{words('funder_nouns')})\s*,", re.I)
# 'Under the agreement, ...', 'The $3 billion deal will see ...': a deal the passage has already brought in
# (discourse.agreement_before, discourse.deal_told_across)
DEAL_BACK = re.compile(rf"\b(?:the|this|that)\s+(?:[\w$€£.,-]+\s+){{0,3}}?(?:{words('agreement_nouns')})s?\b", re.I)
# 'Corvel Energy signed two power purchase agreements.': several deals of one company told at once, counted
# (discourse.enumerated_deal)
# ('has struck deals with three cloud providers': the deals counted by their other sides)
SEVERAL_DEALS = re.compile(rf"\b(?:two|three|four|five|several|multiple)\s+(?:[\w-]+\s+){{0,3}}?"
                           rf"(?:{words('agreement_nouns')})s\b"
                           rf"|\b(?:{words('agreement_nouns')})s\s+with\s+(?:two|three|four|five|several|multiple)\b",
                           re.I)
# 'The first, with Ansel Cloud, covers 150 MW.', 'The second is with Marrow AI', 'The largest, with X, ...; a smaller
# one, with Y, ...': one of them, then 'with' its other side
ENUMERATED_WITH = re.compile(r"\W*(?:(?:the|a|an)\s+)?(?:first|second|third|fourth|other|latter|former|last|largest|"
                             r"biggest|smallest|larger|bigger|smaller|latest|earlier|later|another)(?:\s+(?:one|deal|"
                             r"agreement|contract|order|lease))?\s*(?:,\s*|\s+is\s+|\s+)with\s+", re.I)
# how many sentences after one that counted several deals may tell one of them
ENUMERATED_REACH = 4
# 'This year it put another $500 million into X': 'it' right before the sentence's trigger, whatever the verb
# (mentions.it_before_trigger)
IT_BEFORE = re.compile(_OPENER + r"(it)\s+(?:(?:also|later|then|separately|now|recently|subsequently)\s+)?", re.I)
# after 'it': an auxiliary before the trigger ('It is acquiring', 'it has agreed to buy'; mentions.it_auxiliary)
IT_AUXILIARY = re.compile(r"(?:is|was|has|had|will|would|could|plans\s+to|agreed\s+to|has\s+agreed\s+to)\s+"
                          r"(?:(?:also|now|reportedly|set\s+to|to)\s+)?", re.I)
# 'Earlier this year it raised ...': an opener of three words without its comma (mentions.three_word_opener)
IT_OPENS_LONG = re.compile(r"^(?-i:[A-Z])\w*\s+\w+\s+\w+\s+" + _IT_ACTS, re.I)
# 'It is already backed by Tessar and raised 600 million euros': 'it' the subject of a copula's clause and of a verb
# of acting joined to it by 'and' (mentions.it_coordinated)
IT_COORDINATED = re.compile(rf"^\W*(it)\s+(?:is|was|has\s+been|had\s+been)\s+[^.;,]{{1,60}}?\band\s+"
                            rf"(?:(?:also|later|then|recently)\s+)?(?:{words('it_act_verbs')})\b", re.I)
# '...; in June it bought Tessaly': a clause after a semicolon, lower-case, whose 'it' acts after a short opener of
# time (mentions.it_clause)
IT_CLAUSE = re.compile(r"^(?=(?-i:[a-z]))(?:[\w-]+\s+){0,3}?" + _IT_ACTS, re.I)
# 'It said on Tuesday it had signed ...': the reported clause's own 'it', after the same company speaking
# (mentions.it_said_it)
# 'On Monday it said Brindle AI had signed ...': 'it' the speaker, a name after the verb of saying, which tells the deal
# (mentions.it_said_name)
IT_SAID_NAME = re.compile(_OPENER + r"(it)\s+(?:said|says|announced|added)(?:\s+on\s+\w+)?(?:\s+that)?\s+(?-i:[A-Z])",
                          re.I)
IT_SAID_IT = re.compile(_OPENER + r"it\s+(?:said|says|announced|added)(?:\s+on\s+\w+)?(?:\s+that)?\s+" + _IT_ACTS,
                        re.I)
# 'it' as the one paid or invested in: 'will pay it $700 million', 'invest $50 million in it' (mentions.it_object)
IT_OBJECT = re.compile(r"\b(?:pay|pays|paid|paying)\s+(it)\s+(?=[$€£¥₹]|\w+\s+(?:million|billion))"
                       r"|\b(?:invest|invests|invested|investing|inject|injects|injected|injecting)\s+"
                       r"(?:" + NO_STOP + r"{0,40}?\s)?in(?:to)?\s+(it)\b", re.I)
# 'it' as the one bought: 'agreed to buy it for $2.2 billion', 'will acquire it' (mentions.it_bought), unless the
# sentence before named one thing that 'it' may be ('unveiled a new server', 'its campus in Ohio')
ONE_THING = re.compile(r"\b(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:chip|server|accelerator|processor|system|"
                       r"product|model|unit|division|business|plant|campus|site|facility|data\s+cent(?:er|re)|stake|"
                       r"portfolio|building|reactor|project|stadium|team|brand|platform)\b", re.I)
# 'The chip designer Quell ...', 'the server maker': the thing's word describes a company, it names no thing
# (mentions.thing_describes_company)
THING_DESCRIBES = re.compile(rf"[\s-]+(?:{words('appositive_descriptors')})\b", re.I)
IT_BOUGHT = re.compile(r"\b(?:acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchases|purchased"
                       r"|purchasing)\s+(it)\b(?!\s+(?:back|up|out)\b)", re.I)
# 'Velkara plans to buy 10,000 of the chips', '... deploy 200 MW of these systems': goods named before, by the
# determiner that points back to them (mentions.goods_anaphor)
GOODS_BACK = re.compile(rf"\b(the|these|those)\s+(?:[\w-]+\s+){{0,2}}?(?:{words('goods_nouns')}|units)\b", re.I)
# 'The campus is fully leased to Tessaly': a site named before, as the subject (mentions.site_anaphor)
SITE_NOUN = r"(?:campus(?:es)?|sites?|facilit(?:y|ies)|data\s+cent(?:er|re)s?|datacenters?)"  # a site's word
SITE_OPENS = re.compile(rf"^(The|This|That)\s+(?:[\w-]+\s+){{0,2}}?{SITE_NOUN}\b")
ITS_SITE_NAMED = re.compile(rf"\bits\s+(?:[\w-]+\s+){{0,3}}?{SITE_NOUN}\b", re.I)
# 'The plant will sell its output to X' after '... to restart its Michigan reactor': a generating site named before,
# as the subject that sells what it makes (mentions.plant_anaphor)
PLANT_NOUN = r"(?:plants?|reactors?|power\s+stations?|generating\s+stations?)"
PLANT_OPENS = re.compile(rf"^(The|This|That)\s+(?:[\w-]+\s+){{0,2}}?{PLANT_NOUN}\b")
ITS_PLANT_NAMED = re.compile(rf"\bits\s+(?:[\w-]+\s+){{0,3}}?{PLANT_NOUN}\b", re.I)
# 'Grendal Energy will build two gas-fired plants in Texas': plants its subject builds or runs (mentions.plant_from)
PLANT_BUILT = re.compile(rf"[^,;]{{0,60}}?\b(?:will\s+build|is\s+building|are\s+building|builds|operates|owns|"
                         rf"will\s+develop|is\s+developing|plans\s+to\s+build|will\s+construct)\s+(?:an?|two|three|"
                         rf"four|five|several|\d+|new)\s+(?:[\w-]+\s+){{0,3}}?(?:{PLANT_NOUN}|(?:wind|solar)\s+farms?)\b",
                         re.I)
# '... will buy 1.1 GW of electricity from the plants': the plants named before, as where what is bought comes from
PLANT_FROM = re.compile(rf"\bfrom\s+(the|these|those|both)\s+(?:[\w-]+\s+){{0,2}}?(?:{PLANT_NOUN}|farms?)\b", re.I)
SOLD_TO = re.compile(r"(?:\s+[\w-]+){0,4}?\s+to\s", re.I)  # 'sell (its entire output) to'
# '... has signed a 15-year lease for the whole site', 'will rent the campus': a site named before, as what is leased
# (mentions.site_leased)
SITE_LEASED = re.compile(rf"\b(?:leases?|leasing|leased|rent|rents|renting|rented|occupy|occupies)\s+"
                         rf"(?:(?:of|for|on|at|in)\s+)?(the|that|this)\s+(?:(?:whole|entire|new|same|full)\s+)?{SITE_NOUN}\b", re.I)
# ... or buys it: 'agreed to pay $400 million for the 120 MW site', 'will buy the campus' (mentions.site_bought_back)
SITE_BOUGHT = re.compile(rf"(?:\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|"
                         rf"purchased|purchasing)\s+|\b(?:pay|pays|paid|paying)\s+{NO_BREAK}{{1,40}}?\s+for\s+)"
                         rf"(the|that|this)\s+(?:[\w-]+\s+){{0,3}}?{SITE_NOUN}\b", re.I)
SITE_REACH = 3  # sentences after the one that names 'its campus'
GOODS_NAMED = re.compile(rf"\b(?:{words('goods_nouns')})\b", re.I)
# a sentence whose subject leads or joins a round just told (mentions.investor_not_subject)
LED_THE_ROUND = re.compile(rf"(?:\s*,?\s+and\s+{NO_STOP}{{0,80}}?)?\s+(?:also\s+)?"
                           rf"(?:(?:led|co-led|(?:is|are)\s+(?:co-)?leading|joined|participated\s+in|took\s+part\s+in|"
                           rf"backed)\s+(?:the|this)\s+(?:{words('round_nouns')}|financing|raise)\b|"
                           # ('Dunmore Partners and Qaswa Holdings also took part.': the round left unsaid)
                           rf"(?:took\s+part|participated|joined(?:\s+in)?|chipped\s+in|co-invested)\s*[.;]|"
                           rf"(?:took\s+part|participated)\s+in\s+it\b)", re.I)


def resolve_anaphora(sentences: list[Sentence], lex: Lexicon) -> list[Sentence]:
    """'The startup has signed ...': the phrase stands for an organisation named earlier.

    The referent is the last organisation described with the same noun ('Fluidstack, an AI
    startup'; 'chip startup Groq'), else the first organisation of the closest earlier sentence."""
    out, subject, described, pair = [], None, {}, ()
    last_of_kind: dict[str, OrgMention] = {}  # kind -> the last sentence subject of it
    from .slots import is_english, load_slot_rules  # slots.py imports this module
    kind_of_noun = load_slot_rules().anaphor_kinds  # 'the fund' -> investor (slots.yaml)
    age = 0  # sentences since the pair was named
    employer, person_age = None, 0  # the company of the last person named with it, sentences since
    kind_words = load_slot_rules().kind_words
    recent, age_recent = [], 0  # the organisations named in the last sentence that names any, sentences since
    age_opening = 0  # the same, not counting blank lines (for a phrase that opens a sentence)
    goods_before = False  # whether that sentence names goods ('chips', 'systems')
    thing_before = False  # whether it names one thing that may be bought ('a new server', 'its campus')
    prev_text = ""  # the sentence before
    site_owner = None  # the company a sentence named with 'its campus', and that sentence's number
    plant_owner = False  # whether that site is a generating plant (mentions.plant_anaphor)
    lead = None  # the last organisation that led a round ('Ruliwy led a $1.4 bn Series E'), for 'the fund'
    company_subject = None  # the last subject that is no investor (mentions.subject_past_investors)
    round_told = False  # whether the last sentence naming any told a round's investors alone (round_raiser_object)
    for sent in sentences:
        at(sent.start)
        age += 1
        person_age += 1
        age_recent += 1
        # a blank line between paragraphs is no sentence for 'The startup ...' opening the next paragraph
        # (mentions.anaphora_across_paragraph)
        age_opening += 1 if sent.text.strip() or not on("mentions.anaphora_across_paragraph") else 0
        if pair and age > PAIR_REACH and hit("mentions.pair_nearby", on("mentions.pair_nearby")):
            pair = ()  # 'the two sides' stands for a pair named in the sentences just before, not anywhere earlier
        sent = _plural_stand_ins(sent, pair)
        named = [o for o in sent.orgs if o.origin != "anaphora" and (EMPLOYER_BEFORE.search(
            sent.text[max(0, o.start - sent.start - 60):o.start - sent.start]) or EMPLOYER_AFTER.match(
            sent.text[o.end - sent.start:]))]
        m = ANAPHOR.search(sent.text)
        while m and on("mentions.anaphor_named") and hit("mentions.anaphor_named", any(
                o.start - sent.start >= m.end() and NAMED_NEXT.fullmatch(sent.text[m.end():o.start - sent.start])
                for o in sent.orgs)):
            # 'a stake in the British cloud company, Brimoral': the phrase's own name follows; no anaphor. A later
            # phrase may be one ('The AI lab Pendle signed a contract with the company': mentions.anaphor_after_named)
            m = ANAPHOR.search(sent.text, m.end()) if on("mentions.anaphor_after_named") else None
            if m is not None and not hit("mentions.anaphor_after_named", True):
                m = None
        while m and on("mentions.anaphor_apposition") and hit("mentions.anaphor_apposition", any(
                o.origin != "anaphora" and sent.text[o.end - sent.start:m.start()].strip() == "," for o in sent.orgs)
                and APPOSITION_CLOSE.match(sent.text, m.end()) is not None):
            # 'Quoran, the AI search company, will pay the neocloud ...': a phrase set off by commas right after a
            # name describes that name; a later phrase may stand for another company
            m = ANAPHOR.search(sent.text, m.end())
        if m and on("mentions.anaphor_as_role") and hit("mentions.anaphor_as_role", any(
                o.end - sent.start <= m.start() and AS_ROLE_BEFORE.fullmatch(sent.text[o.end - sent.start:m.start()])
                for o in sent.orgs)):
            m = None  # '..., with Daltrex as the provider': the phrase says what the name before it is in the deal
        if m and on("mentions.phrase_names_maker") and hit("mentions.phrase_names_maker", any(
                o.origin == "maker" and o.start < sent.start + m.end() and sent.start + m.start() < o.end
                and o.key in {x.key for x in recent} for o in sent.orgs)):
            # 'The Orvix maker will buy ... from the chip designer': a phrase naming a known product's maker, named in
            # the sentence before, is that maker (found as such); a later phrase may stand for another company. (A
            # maker the passage does not name may have another name there: the phrase stands for a company named.)
            m = ANAPHOR.search(sent.text, m.end())
        noun = m.group(1).lower().replace("-", "") if m else ""
        if m and prev_text and on("mentions.anaphor_new_thing") and hit("mentions.anaphor_new_thing", bool(re.search(
                rf"(?<!,\s)(?<!\bis\s)(?<!\bas\s)(?<!\bwas\s)\b(?:a|an)\s+(?:[\w$€£.,-]+\s+){{0,4}}?"
                rf"{re.escape(m.group(1))}\b(?!\s+(?:called|named)\b)",
                prev_text, re.I))):
            # 'Orvane and Kestrel are launching a $10 billion fund ...' then 'The fund has received commitments from
            # ...': the phrase is the thing the sentence before brought in, no company named before
            m, noun = None, ""
        # 'the company' is the last subject; a specific noun ('the startup') needs a matching description
        # ('the conglomerate', 'the giant': nouns as general as 'company', no startup's or investor's; rule
        # mentions.general_noun_subject)
        # (as the subject that opens a clause, not in an apposition: 'Sequoia Capital, the venture capital giant,')
        general = ("company", "firm", "group") + (GENERAL_OPENING_NOUNS if on("mentions.general_noun_subject") and m
                                                  and opens_clause(sent.text[:m.start()]) else ())
        referent = described.get(noun, subject if noun in general else None) if m else None
        hit("mentions.general_noun_subject", noun in GENERAL_OPENING_NOUNS and referent is not None
            and referent is subject)
        if m and referent is not None and referent is subject and noun in general and age_recent <= NEAREST_REACH \
                and on("mentions.modifier_in_name"):
            # 'Brisa Compute signed a contract with Tessin Robotics. Under it, the robotics company will pay ...': a
            # word before the general noun that is a word of the name of another company of the sentence before
            # (no first word: 'Robotics' of 'Tessin Robotics') says which company the phrase stands for
            named_by = _named_by_modifier(m, [o for o in recent if o.key != subject.key and o.key not in {
                x.key for x in sent.orgs}])
            referent = named_by if named_by is not None and hit("mentions.modifier_in_name") else referent
        employed = [o for o in named if o.end - sent.start <= m.start()] if m else []
        if employed and sent.triggers and hit("mentions.employer_referred", on("mentions.employer_referred")):
            # 'Dara Lintz, CEO of Quorvane, said the company would ...': her company, whose place in the deal is
            # where the reported clause names it (the mention moves there, as a speaker's does)
            referent = employed[-1]
            stand_in = replace(referent, start=sent.start + m.start(), end=sent.start + m.end(), origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted([o for o in sent.orgs if o is not referent] + [stand_in],
                                                   key=lambda o: o.start)))
            m = None
        owner = next((o for o in sent.orgs if o.origin != "anaphora" and o.end - sent.start < m.start() and (
                      r := RELATION_OWNER.match(sent.text, o.end - sent.start)) and any(
                          x.start - sent.start == r.end() for x in sent.orgs)), None) if m and sent.triggers and on(
            "mentions.relation_owner_object") else None
        if owner is not None and any(t.end - sent.start <= m.start() for t in sent.triggers) and hit(
                "mentions.relation_owner_object"):
            # "Velmaro's parent, Kestova Group, said it would invest 300 million euros in the company": the phrase
            # after the trigger is the company whose parent (owner, affiliate) acts, named in the possessive
            stand_in = replace(owner, start=sent.start + m.start(), end=sent.start + m.end(), origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
            m, referent = None, None
        it_acts = IT_OPENS.match(sent.text) if m and subject is not None else None
        if m and subject is not None and it_acts is None and on("mentions.it_opener_object"):
            # 'But on Monday it agreed to buy the company', '..., and on Thursday it agreed to buy the company': an
            # 'it' after a longer opener, or opening a clause, acts as well; the phrase after it is someone else
            it_acts = (IT_OPENS_LONG.match(sent.text) if on("mentions.three_word_opener") else None) or (
                IT_CLAUSE.match(sent.text) if on("mentions.it_clause") else None)
            it_acts = it_acts if it_acts is not None and it_acts.end() <= m.start() and hit(
                "mentions.it_opener_object") else None
        if m and referent is subject and referent is not None and not OPENS_CLAUSE.fullmatch(
                sent.text[:m.start()]) and on("mentions.object_not_subject") and hit("mentions.object_not_subject", (
                    subject.key in {o.key for o in sent.orgs if o.origin != "anaphora"
                                    and o.end - sent.start <= m.start()} or it_acts is not None)):
            # 'Under the agreement, Pexwood will invest $500 million in the company', 'This week it led a round in
            # the company': the clause's own subject is the last subject; the phrase after it is someone else
            referent = None
        if m and on("mentions.anaphor_after_dash"):
            # 'This isn't the only deal Orsk has inked – the company is also teaming up with ...': the phrase opens
            # a clause after a dash or a semicolon, and the clause before has a name as its subject (a verb right
            # after it): that name
            own = [o for o in sent.orgs if o.origin != "anaphora" and o.end - sent.start <= m.start()]
            cut = DASH_CLAUSE.search(sent.text, own[-1].end - sent.start, m.start()) if own else None
            if cut and not sent.text[cut.end():m.start()].strip() and SUBJECT_VERB.match(
                    sent.text, own[-1].end - sent.start) and hit("mentions.anaphor_after_dash"):
                referent = own[-1]
        if m and referent is None and noun in kind_of_noun and hit("mentions.anaphora_by_kind", on(
                "mentions.anaphora_by_kind") and any(k in last_of_kind for k in kind_of_noun[noun])):
            # 'The fund previously participated in ...': the last subject of that kind ('Halvern Capital')
            referent = max((last_of_kind[k] for k in kind_of_noun[noun] if k in last_of_kind), key=lambda o: o.start)
        if m and referent is None and lead is not None and "investor" in kind_of_noun.get(noun, ()) and hit(
                "mentions.fund_is_lead", on("mentions.fund_is_lead")):
            referent = lead  # 'Ruliwy led a $1.4 bn round in X ... The wealth fund previously participated in ...'
        if m and referent is None and sent.triggers and recent and age_recent <= NEAREST_REACH and \
                company_subject is not None and all(o.kind == "investor" for o in recent) and \
                company_subject.key not in {o.key for o in sent.orgs} and opens_clause(sent.text[:m.start()]) and \
                _kind_named(m.group(0), kind_words) in (None, "lab", company_subject.kind) and "investor" not in \
                kind_of_noun.get(noun, ()) and hit("mentions.subject_past_investors", on(
                    "mentions.subject_past_investors")):
            # 'Ostrava AI raised $2 billion.' then 'Existing investors A and B also took part.' (or 'A and B were among
            # its backers.') then 'The startup had raised $500 million in January from C': a sentence naming only
            # investors keeps the last subject that is no investor the one the next phrase stands for
            referent = company_subject
        if m and referent is None and sent.triggers and recent and (age_recent <= NEAREST_REACH or (
                age_opening <= NEAREST_REACH and not sent.text[:m.start()].strip() and hit(
                    "mentions.anaphora_across_paragraph"))) and opens_clause(sent.text[:m.start()]) and on(
                "mentions.anaphora_nearest"):
            referent = _nearest_fit(m.group(0), recent, {o.key for o in sent.orgs}, kind_words)
            hit("mentions.anaphora_nearest", referent is not None)
            if referent is None and subject is not None and _kind_named(m.group(0), kind_words) is None and hit(
                    "mentions.nearest_subject", on("mentions.nearest_subject") and subject.key in {
                        o.key for o in recent if o.key not in {x.key for x in sent.orgs}}):
                # 'Sable Crest Power is owned by Ferrow Holdings. The developer will supply ...': of the companies
                # of the sentence before, the phrase that opens this one, giving no kind, is that sentence's subject
                referent = next(o for o in recent if o.key == subject.key)
        # 'Velkor Labs said it would pay the cloud provider ...': a name before the opener's 'it' is whom 'it' stands
        # for, the subject; the names counted before the phrase start at 'it' (mentions.said_it_object)
        spoken = it_acts is not None and on("mentions.said_it_object") and any(
            o.origin != "anaphora" and o.end - sent.start <= it_acts.start(1) for o in sent.orgs)
        if m and referent is None and sent.triggers and recent and age_recent <= NEAREST_REACH and on(
                "mentions.object_anaphor") and not OPENS_CLAUSE.fullmatch(sent.text[:m.start()]) and len(
                {o.key for o in sent.orgs if o.origin != "anaphora" and o.end - sent.start <= m.start() and not (
                    spoken and o.end - sent.start <= it_acts.start(1))}) == (0 if it_acts is not None else 1):
            # 'Tessaly will invest $500 million in the startup', '..., which will supply the developer with GPUs':
            # after the sentence's own subject, the one name before it, the phrase in the place of the one paid,
            # supplied or invested in stands for a company of the sentence (or clause) just before that this one does
            # not name (where it names more, the phrase may stand for one of them)
            here = {o.key for o in sent.orgs}
            if it_acts is not None and not spoken and subject is not None and subject.key not in here and hit(
                    "mentions.it_object_other", on("mentions.it_object_other")):
                here.add(subject.key)  # 'But last month it agreed to acquire the company': 'it' is the last subject
            referent = _nearest_fit(m.group(0), recent, here, kind_words)
            hit("mentions.object_anaphor", referent is not None)
            hit("mentions.said_it_object", spoken and referent is not None)
            if referent is None and round_told and company_subject is not None and company_subject.key not in here \
                    and _kind_named(m.group(0), kind_words) in (None, "lab", company_subject.kind) and "investor" \
                    not in kind_of_noun.get(noun, ()) and hit("mentions.round_raiser_object", on(
                        "mentions.round_raiser_object")):
                # 'The round was led by A, with participation from chipmaker B, which also agreed to supply the
                # startup with accelerators': after a sentence naming a round's investors alone, the phrase in the
                # place of the one supplied stands for the company that raised the round
                referent = company_subject
        speaker = _reporting_speaker(sent, m) if m else None
        if speaker is not None and hit("mentions.speaker_referred"):
            referent = speaker  # 'Quenlo said Taravik will invest $2 billion in the company': the speaker
        if speaker is not None and referent is speaker and sent.triggers:
            # the speaker's place in the deal is where the reported clause names it: the mention moves there
            stand_in = replace(speaker, start=sent.start + m.start(), end=sent.start + m.end(), origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted([o for o in sent.orgs if o is not speaker] + [stand_in],
                                                   key=lambda o: o.start)))
        elif referent is not None and sent.triggers and referent.key not in {o.key for o in sent.orgs}:
            stand_in = replace(referent, start=sent.start + m.start(), end=sent.start + m.end(), origin="anaphora",
                               kind=_phrase_kind(m.group(0), referent, kind_words))
            hit("mentions.anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        # (only where the sentence names no one: a name there may be what the second phrase stands for, 'The
        # company's rival, X, ... would value the chatbot developer at ...')
        second = ANAPHOR.search(sent.text, m.end()) if m and sent.triggers and recent and all(
            o.origin == "anaphora" or (o.start - sent.start >= m.end() and GOODS_AFTER_MAKER.match(
                sent.text, o.end - sent.start) and on("mentions.second_anaphor_brand")) for o in sent.orgs) and \
            age_recent <= NEAREST_REACH and on("mentions.second_anaphor") else None
        # ('the AI startup will pay the cloud provider $2 billion for access to Stellix chips': a name set before goods
        # names their maker, no company the second phrase could stand for; mentions.second_anaphor_brand)
        hit("mentions.second_anaphor_brand", second is not None and any(o.origin != "anaphora" for o in sent.orgs))
        other = _nearest_fit(second.group(0), recent, {o.key for o in sent.orgs}, kind_words) if second else None
        if other is not None and hit("mentions.second_anaphor"):
            # 'Ostrivel Power to supply Quorvane's data centers' then 'The utility will sell 500 MW to the AI company':
            # a second phrase, after the first, for the one other company of the sentence before
            stand_in = replace(other, start=sent.start + second.start(), end=sent.start + second.end(),
                               origin="anaphora", kind=_phrase_kind(second.group(0), other, kind_words))
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        it = (IT_OPENS.match(sent.text) or (IT_SAID_IT.match(sent.text) if on("mentions.it_said_it") else None) or (
            IT_SAID_NAME.match(sent.text) if on("mentions.it_said_name") else None) or (
            IT_OPENS_LONG.match(sent.text) if on("mentions.three_word_opener") else None) or (
            IT_COORDINATED.match(sent.text) if on("mentions.it_coordinated") else None) or (
            IT_CLAUSE.match(sent.text) if on("mentions.it_clause") else None)) if \
            subject is not None and (m is None or (
            it_acts is not None and referent is not None and referent.key != subject.key)) and sent.triggers else None
        if it is None and subject is not None and m is None and sent.triggers and on("mentions.it_before_trigger"):
            before = IT_BEFORE.match(sent.text)
            if before and any(t.start - sent.start == before.end() for t in sent.triggers) and hit(
                    "mentions.it_before_trigger"):
                it = before  # 'Quorvane invested in X last year. This year it put another $500 million into Y.'
            elif before and on("mentions.it_auxiliary"):
                aux = IT_AUXILIARY.match(sent.text, before.end())
                if aux and any(t.start - sent.start == aux.end() for t in sent.triggers) and hit(
                        "mentions.it_auxiliary"):
                    it = before  # 'X is making a bold move. It is acquiring Y for $9 billion.': 'it' and its auxiliary
        if it and on("mentions.opener_names_it") and hit("mentions.opener_names_it", any(
                o.origin != "anaphora" and o.end - sent.start <= it.start(1) for o in sent.orgs)):
            it = None  # 'Velkara said it had secured ...': the name before 'it' is whom it stands for (speaker_it)
        if it and subject.key not in {o.key for o in sent.orgs} and on("mentions.it_subject") and hit(
                "mentions.it_subject"):
            # 'Brimoral agreed to buy GPUs from Orvell. It will also rent capacity from Tessaly.': the last subject
            hit("mentions.it_said_it", it.re is IT_SAID_IT)
            hit("mentions.it_said_name", it.re is IT_SAID_NAME)
            hit("mentions.three_word_opener", it.re is IT_OPENS_LONG)
            hit("mentions.it_coordinated", it.re is IT_COORDINATED)
            hit("mentions.it_clause", it.re is IT_CLAUSE)
            stand_in = replace(subject, start=sent.start + it.start(1), end=sent.start + it.end(1), origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        its = ITS_ROLE.match(sent.text) if subject is not None and sent.triggers and on("mentions.its_role") else None
        if its is None and subject is not None and sent.triggers and on("mentions.its_role_is"):
            # 'Its first tenant will be Velmora AI, which signed a lease ...': the role told by a copula
            its = ITS_ROLE_IS.match(sent.text)
            its = its if its and subject.key not in {o.key for o in sent.orgs} and hit("mentions.its_role_is") else None
        if its and subject.key not in {o.key for o in sent.orgs} and (
                its.re is ITS_ROLE_IS or hit("mentions.its_role")):
            # 'Halden Cloud runs data centres.' then 'Its biggest customer, Velmora AI, will pay ...': whose customer
            # (supplier, backer) the named company is, is the last subject, as "Halden Cloud's biggest customer" says
            stand_in = replace(subject, start=sent.start + its.start(1), end=sent.start + its.end(1), origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        follows = FOLLOWS_EARLIER.match(sent.text) if subject is not None and sent.triggers and on(
            "mentions.follows_earlier_deal") else None
        if follows and subject.key not in {o.key for o in sent.orgs} and len({o.key for o in sent.orgs}) == 1 and all(
                o.start - sent.start >= follows.end() for o in sent.orgs) and hit("mentions.follows_earlier_deal"):
            # 'Orsk Cloud said Velkmar would pay it $1.4 billion.' then 'The agreement follows a $900 million contract
            # with Quelmar AI': the earlier deal with the one name is the last subject's, as "its contract" says
            stand_in = replace(subject, start=sent.start + follows.start(1), end=sent.start + follows.end(1),
                               origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        its = ITS_DEAL.match(sent.text) if subject is not None and sent.triggers and on("mentions.its_deal") else None
        if its and subject.key not in {o.key for o in sent.orgs} and hit("mentions.its_deal"):
            # 'Marsden Holdings owns data centres.' then 'Its $700 million acquisition of Pellix closed on Friday.':
            # whose deal it is, is the last subject, as "Marsden Holdings' acquisition" says
            stand_in = replace(subject, start=sent.start + its.start(1), end=sent.start + its.end(1), origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        having = HAVING_OPENS.match(sent.text) if subject is not None and sent.triggers and on(
            "mentions.having_subject") else None
        if having and subject.key not in {o.key for o in sent.orgs} and hit("mentions.having_subject"):
            # 'Kestrel will invest $5 billion in Orvane, having invested $1 billion in Tessin in 2023': who invested
            stand_in = replace(subject, start=sent.start + having.start(1), end=sent.start + having.end(1),
                               origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        its = ITS_ROUND_OPENS.match(sent.text) if subject is not None and sent.triggers and on(
            "mentions.its_round_opens") else None
        if its and subject.key not in {o.key for o in sent.orgs} and hit("mentions.its_round_opens"):
            # 'Quorane AI makes chips.' then 'Its $900 million Series D was led by Lindholm Capital.': the round is
            # the last subject's, as "Quorane AI's Series D" says
            stand_in = replace(subject, start=sent.start + its.start(1), end=sent.start + its.end(1), origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        its = ITS_ROLE_AFTER.search(sent.text) if subject is not None and sent.triggers and on(
            "mentions.its_role_apposition") else None
        if its and subject.key not in {o.key for o in sent.orgs} and any(
                o.end - sent.start == its.start() for o in sent.orgs) and hit("mentions.its_role_apposition"):
            # 'Halden Cloud has courted AI labs for months. Velmora AI, its newest customer, will pay ...': the role
            # is the last subject's, as "Halden Cloud's newest customer" says
            stand_in = replace(subject, start=sent.start + its.start(1), end=sent.start + its.end(1), origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        its = ITS_ROUND.search(sent.text) if subject is not None and sent.triggers and on("mentions.its_round") \
            else None
        if its and subject.key not in {o.key for o in sent.orgs} and any(
                o.end - sent.start <= its.start() for o in sent.orgs) and hit("mentions.its_round"):
            # 'Quorvin makes AI chips. Halvern Ventures led its latest $400 million round.': the round is Quorvin's
            stand_in = replace(subject, start=sent.start + its.start(1), end=sent.start + its.end(1), origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        bare = BARE_STAKE.search(sent.text) if subject is not None and sent.triggers and on(
            "mentions.stake_owner_before") else None
        if bare is None and subject is not None and sent.triggers and on("mentions.stake_paid_for"):
            # ('Orsk will invest $1 billion for an 8% stake': the stake money is paid for)
            bare = STAKE_PAID_FOR.search(sent.text)
            bare = bare if bare and hit("mentions.stake_paid_for") else None
        if bare and subject.key not in {o.key for o in sent.orgs} and len({o.key for o in sent.orgs}) == 1 and all(
                o.end - sent.start <= bare.start() for o in sent.orgs) and hit("mentions.stake_owner_before"):
            # 'The deal values Tasselin at $12 billion. Brindova will buy a 10% stake.': a stake whose company the
            # sentence does not name is in the last subject, as 'a 10% stake in the company' says
            stand_in = replace(subject, start=sent.start + bare.start(1), end=sent.start + bare.end(1),
                               origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        rnd = SPEAKER_ROUND.search(sent.text) if sent.triggers and on("mentions.speaker_round") else None
        listed = SPEAKER_ROUND_INVESTORS.search(sent.text) if not rnd and sent.triggers and on(
            "mentions.speaker_round_investors") else None
        owner = _round_speaker(sent, rnd or listed) if rnd or listed else None
        if owner is not None and listed is not None and hit("mentions.speaker_round_investors"):
            rnd = listed
        if owner is not None and rnd is not None and hit("mentions.speaker_round"):
            # 'Orlin said Halvern led its $400 million round': the speaker raised it; its mention moves to the
            # round's determiner, where the frame of the round's trigger finds the one raising it
            g = _owner_group(rnd)
            at_, length = sent.start + rnd.start(g), len(rnd.group(g))
            stand_in = replace(owner, start=at_, end=at_ + length, origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted([o for o in sent.orgs if o is not owner] + [stand_in],
                                                   key=lambda o: o.start)))
        obj = IT_OBJECT.search(sent.text) if subject is not None and sent.triggers and on(
            "mentions.it_object") else None
        if obj and subject.key not in {o.key for o in sent.orgs} and hit("mentions.it_object"):
            # 'Tessaly has signed two contracts. Halvern will pay it $700 million ...': 'it', the one paid or
            # invested in, is the last subject
            g = next(i for i in (1, 2) if obj.group(i))
            stand_in = replace(subject, start=sent.start + obj.start(g), end=sent.start + obj.end(g), origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        bought = IT_BOUGHT.search(sent.text) if subject is not None and sent.triggers and not thing_before and on(
            "mentions.it_bought") else None
        if bought and not obj and subject.key not in {o.key for o in sent.orgs} and hit("mentions.it_bought"):
            # 'Quenby Systems makes power equipment. Tarrow agreed to buy it for $2.2 billion': 'it', the one bought,
            # is the last subject, where that sentence named no one thing it might stand for
            stand_in = replace(subject, start=sent.start + bought.start(1), end=sent.start + bought.end(1),
                               origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        back = GOODS_BACK.search(sent.text) if recent and len(recent) == 1 and age_recent <= NEAREST_REACH and \
            goods_before and sent.triggers and on("mentions.goods_anaphor") else None
        named_now = {o.key for o in sent.orgs if o.origin != "anaphora"}
        if back and len(named_now) == 1 and recent[0].key not in named_now and any(
                t.frame == "buyer_first" and t.end <= sent.start + back.start() for t in sent.triggers) and hit(
                "mentions.goods_anaphor"):
            # 'Pexwood unveiled its new accelerator, the P9.' then 'Velkara plans to buy 10,000 of the chips': the
            # goods the sentence before named are its one company's; the determiner stands for that maker, the seller
            stand_in = replace(recent[0], start=sent.start + back.start(1), end=sent.start + back.end(1),
                               origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        owner = site_owner[0] if site_owner and age - site_owner[1] <= SITE_REACH else (
            recent[0] if recent and len(recent) == 1 and age_recent <= NEAREST_REACH else None)
        site = SITE_OPENS.match(sent.text) if owner is not None and sent.triggers and on(
            "mentions.site_anaphor") else None
        plant = PLANT_OPENS.match(sent.text) if owner is not None and plant_owner and not site and sent.triggers \
            and on("mentions.plant_anaphor") else None
        named_now = {o.key for o in sent.orgs if o.origin != "anaphora"}
        stands = None  # the phrase that stands for the site's owner
        if plant and len(named_now) == 1 and owner.key not in named_now and any(
                t.frame == "seller_first" and t.start >= sent.start + plant.end() and SOLD_TO.match(
                    sent.text, t.head_end - sent.start) for t in sent.triggers) and hit("mentions.plant_anaphor"):
            # '... to restart its Michigan reactor.' then 'The plant will sell its output to Nimbra': the plant is
            # the company's whose plant the sentence before named, which sells what it makes
            stands = plant
        elif site and len(named_now) == 1 and owner.key not in named_now and any(
                t.frame in ("seller_first", "buyer_first") and t.start >= sent.start + site.end() and re.match(
                    r"\s+to\s", sent.text[t.head_end - sent.start:]) for t in sent.triggers) and hit(
                "mentions.site_anaphor"):
            # 'Brimoral closed a loan to finance its campus.' then 'The campus is fully leased to Tessaly': the site
            # is the one company's of the sentence before, which leases it out; the phrase's article stands for it
            stands = site
        if stands:
            stand_in = replace(owner, start=sent.start + stands.start(1), end=sent.start + stands.end(1),
                               origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        leased = SITE_LEASED.search(sent.text) if owner is not None and not site and sent.triggers and on(
            "mentions.site_leased") else None
        if leased is None and owner is not None and plant_owner and not site and sent.triggers and on(
                "mentions.plant_from"):
            # ('Grendal Energy will build two gas-fired plants in Texas ...' then 'Corsk will buy 1.1 GW of electricity
            # from the plants': the plants' builder sells what they make)
            leased = PLANT_FROM.search(sent.text)
            hit("mentions.plant_from", leased is not None)
        if leased is None and owner is not None and not site and sent.triggers and on("mentions.site_bought_back"):
            # ('Halvern has found a buyer for its Ohio data centre.' then 'Pellix Realty agreed to pay $400 million for
            # the 120 MW site': the site bought is the one company's of the sentence before, which sells it)
            leased = SITE_BOUGHT.search(sent.text)
            hit("mentions.site_bought_back", leased is not None)
        if leased and len(named_now) == 1 and owner.key not in named_now and all(
                o.end <= sent.start + leased.start() for o in sent.orgs) and hit("mentions.site_leased"):
            # 'Dessamy will build a 1 GW campus in Texas.' then 'Orlin has signed a 15-year lease for the whole site':
            # the site leased is the one company's of the sentence before (or whose 'its campus' was named); it
            # stands for that company, the landlord
            stand_in = replace(owner, start=sent.start + leased.start(1), end=sent.start + leased.end(1),
                               origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        opens = PRONOUN_OPENS.match(sent.text) if employer is not None and person_age <= PERSON_REACH else None
        if opens and sent.triggers and employer.key not in {o.key for o in sent.orgs} and on(
                "mentions.person_for_employer") and hit("mentions.person_for_employer"):
            # 'Dara Lintz, CEO of Quorvane, ...' then 'He announced a stake in Brimoral': he acts for Quorvane
            stand_in = replace(employer, start=sent.start + opens.start(1), end=sent.start + opens.end(1),
                               origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        we = QUOTE_WE.match(sent.text) if named and sent.triggers and on("mentions.quote_we") else None
        closed = sent.start + we.end("quote") if we else 0
        # (the deal told inside the quotation: not '"We are thrilled," said X of Y, after Z signed the deal')
        if we and all(o.start - sent.start > we.end() for o in sent.orgs) and len({o.key for o in named}) == 1 and all(
                t.end <= closed for t in sent.triggers) and all(m.end <= closed for m in sent.money) and hit(
                "mentions.quote_we"):
            # '"We have signed a $500 million agreement with Halvern Cloud," said Ana Ruiz, chief executive of
            # Pemdrik': the quote's 'we' is the company of the one who says it, a party where the quote puts it
            stand_in = replace(named[0], start=sent.start + we.start(1), end=sent.start + we.end(1), origin="anaphora")
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
        person = PERSON_OF.search(sent.text) if not named else None
        if person:
            group = 1 if person.group(1) else 2
            found = person.group(group).split()
            # 'Former Quorvane CEO ...': the name starts at its first word that is no English word
            first = next((k for k, w in enumerate(found) if not is_english(w, plural=False)), None)
            if first is not None:
                text = " ".join(found[first:])
                start = sent.start + person.start(group) + person.group(group).index(text)
                name = strip_suffix(text.rstrip(".")) or text
                named = [OrgMention(start, start + len(text), text, fold_name(name), name, "other", "person:employer")]
        if named:
            employer, person_age = named[-1], 0
        for o in sent.orgs:
            d = DESCRIBED_AFTER.match(sent.text[o.end - sent.start:]) or DESCRIBED_BEFORE.search(
                sent.text[max(0, o.start - sent.start - 30):o.start - sent.start])
            if d and d.group(1).lower() not in ("company", "firm", "group"):  # too common to single one out
                described[d.group(1).lower().replace("-", "")] = o
        valued = VALUES_THE.search(sent.text) if on("mentions.valued_description") else None
        raiser = next((o for o in sent.orgs if o.origin != "anaphora" and o.end - sent.start <= valued.start()),
                      None) if valued else None
        if raiser is not None and hit("mentions.valued_description", True):
            # 'Velkor is raising $10 billion that could value the AI startup at $75 billion': the company valued is the
            # one raising; a later 'The AI startup ...' stands for it
            described[valued.group(1).lower().replace("-", "")] = raiser
        if sent.orgs and sent.orgs[0].origin != "anaphora":
            last_of_kind[sent.orgs[0].kind] = sent.orgs[0]  # a sentence's first organisation: its subject, mostly
        rivals = {o.key for o in sent.orgs if o.origin != "anaphora" and on("mentions.rival_not_antecedent") and
                  RIVAL_EXAMPLE_BEFORE.search(sent.text, max(0, o.start - sent.start - 90), o.start - sent.start)}
        if rivals and hit("mentions.rival_not_antecedent"):
            # 'Its models compete with those of larger rivals such as Brightmark.' then 'the startup said ...': a
            # rival given as an example is named in passing; the story goes on about the company before
            sent_orgs = tuple(o for o in sent.orgs if o.key not in rivals)
        else:
            sent_orgs = sent.orgs
        # ('is designed to operate using over 13,000 Stellix chips': the goods' maker, named before them, is no
        # subject the next sentence's 'the company' stands for; mentions.maker_not_antecedent)
        makers = {o.start for o in sent_orgs if o.origin != "anaphora" and GOODS_AFTER.match(
            sent.text, o.end - sent.start)} if on("mentions.maker_not_antecedent") else set()
        first = next((o for o in sent_orgs if not hit("mentions.oblique_not_antecedent", on(
            "mentions.oblique_not_antecedent") and bool(OBLIQUE_BEFORE.search(
                sent.text[max(0, o.start - sent.start - 40):o.start - sent.start]))) and not hit(
            "mentions.maker_not_antecedent", o.start in makers)), None) if sent_orgs else None
        if first is not None and not (LED_THE_ROUND.match(sent.text, first.end - sent.start) and subject is not None
                                      and hit("mentions.investor_not_subject", on("mentions.investor_not_subject"))):
            # ('Halvern led the round.': an investor of the round told, not the company the story goes on about)
            # ('Orvell, founded by former engineers at Nvidia, ...': a name after a preposition is no subject)
            subject = first
            company_subject = first if first.kind != "investor" else company_subject
        if sent.orgs:
            distinct = list({o.key: o for o in sent.orgs}.values())
            if len(distinct) >= 2:
                pair, age = tuple(distinct[:2]), 0
        named_here = list({o.key: o for o in sent_orgs if o.origin != "anaphora" and not hit(
            "mentions.maker_not_antecedent", o.start in makers)}.values())
        led = next((o for o in named_here if LED_AFTER.match(sent.text, o.end - sent.start)), None)
        if led is not None:
            lead = led
        if named_here:
            recent, age_recent, age_opening = named_here, 0, 0
            round_told = bool(ROUND_INVESTORS.search(sent.text)) and all(
                ROUND_INVESTORS.search(sent.text, 0, o.start - sent.start) for o in named_here)
            goods_before = bool(GOODS_NAMED.search(sent.text))
            thing_before = any(not (THING_DESCRIBES.match(sent.text, m.end()) and hit(
                "mentions.thing_describes_company", on("mentions.thing_describes_company")))
                for m in ONE_THING.finditer(sent.text))
        elif rivals:  # (a sentence that names only rivals in passing puts no distance after the names before it)
            age_recent, age_opening = age_recent - 1, age_opening - 1
        elif recent and {o.key for o in sent.orgs if o.origin == "anaphora"} & {o.key for o in recent} and hit(
                "mentions.reference_keeps_recent", on("mentions.reference_keeps_recent")):
            # 'Tarvio designs chips.' then 'The startup sells them to carmakers.' then 'Pellmark is leading a round
            # for the startup.': a sentence that refers to a company just named keeps it as near as a name would
            age_recent, age_opening = 0, 0
        prev_text = sent.text if sent.text.strip() else prev_text  # (a paragraph break is no sentence)
        if named_here and on("mentions.site_anaphor") and ITS_SITE_NAMED.search(sent.text):
            site_owner = (named_here[0], age)  # '... to finance its 400 MW campus in Abilene': whose site it is
            plant_owner = False
        elif named_here and on("mentions.plant_anaphor") and ITS_PLANT_NAMED.search(sent.text):
            site_owner, plant_owner = (named_here[0], age), True  # '... to restart its Michigan reactor'
        elif named_here and sent.orgs[0].start == sent.start + len(sent.text) - len(sent.text.lstrip()) and on(
                "mentions.plant_from") and PLANT_BUILT.match(sent.text, sent.orgs[0].end - sent.start):
            site_owner, plant_owner = (sent.orgs[0], age), True  # 'Grendal Energy will build two gas-fired plants'
        out.append(sent)
    return out


# right before a company noun: a word only a person's investing takes ('angel investor', 'billionaire investor';
# mentions.person_descriptor)
PERSON_BEFORE_DESCRIPTOR = re.compile(rf"\b(?:{words('person_descriptor_words')})\s+$", re.I)
# right before a name: a preposition (with up to three words between) that makes it no subject
OBLIQUE_BEFORE = re.compile(r"\b(?<!shares )(?<!stock )(?:at|by|from|of|with|for|to|like|than|including|such\s+as|"
                            r"behind|via|among)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
# where the passage says a name is a place: 'the state of Querétaro', 'a data centre in Ulsan', 'near Dammam'
# (mentions.passage_places)
_PLACE_NAME = r"((?-i:[A-Z])[\w’'-]+(?:\s(?-i:[A-Z])[\w’'-]+)?)"
PLACE_SAID = re.compile(rf"\b(?:state|city|province|region|prefecture|county|town|capital|district|port|village|"
                        rf"island|municipality|emirate)\s+of\s+{_PLACE_NAME}"
                        rf"|\b(?:data\s+cent(?:er|re)s?|campus|campuses|site|sites|facility|facilities|plant|plants|"
                        rf"factory|hub|zone|park|cluster|offices?|headquarters|project)\s+(?:in|near|outside)\s+"
                        rf"{_PLACE_NAME}", re.I)


def drop_places(sentences: list[Sentence], text: str) -> list[Sentence]:
    """A name the passage itself calls a place anywhere ('the central state of Querétaro', 'an AI data centre in
    Ulsan') is no organisation in any of its sentences ('CloudHQ Invests $4.8 Billion in Querétaro'), unless a list
    knows it as one (rule mentions.passage_places)."""
    places = {m.group(1) or m.group(2) for m in PLACE_SAID.finditer(text)}
    if not places:
        return sentences
    out = []
    for sent in sentences:
        kept = tuple(o for o in sent.orgs if not (o.origin != "gazetteer" and o.text in places and hit(
            "mentions.passage_places", True)))
        out.append(replace(sent, orgs=kept) if len(kept) != len(sent.orgs) else sent)
    return out


# where the passage names a person: after a title only a person bears ('co-founder Adam Brell', 'Rep. Lena Haskett',
# 'Dr. Haskett'), or before one ('Lena Haskett, the president of ...', 'Adam Brell, Velkor's co-founder,')
# (mentions.passage_people)
_GIVEN_AND_SURNAME = r"((?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:\s+(?-i:[A-Z])\.)?\s+((?-i:[A-Z][a-z])[\w'’-]*))"
PERSON_TITLED = re.compile(
    rf"(?:\b(?:{words('person_title_words')})\s+{_GIVEN_AND_SURNAME}"
    rf"|(?<![\w.])(?:{words('person_honorifics')})\s+(?:{_GIVEN_AND_SURNAME}|((?-i:[A-Z][a-z])[\w'’-]*))"
    # "Velkor's chief executive, Adam Brell, said", "its founder and former CEO, Adam Brell,": the title owned, then
    # a comma (not a byline's 'CEO, Velkor')
    rf"|\b(?:the|its|their|(?-i:[A-Z])[\w&.-]*['’]s)\s+(?:(?-i:[a-z][\w-]*)\s+){{0,3}}"
    rf"(?:{words('person_title_words')}),\s+{_GIVEN_AND_SURNAME},)"
    r"(?![\w'’-])(?!\s+(?-i:[A-Z]))", re.I)
PERSON_TITLED_AFTER = re.compile(
    rf"{_GIVEN_AND_SURNAME}\s*,\s+(?:(?:the|its|their|his|her|a|an|former)\s+|(?-i:[A-Z])[\w&.'’-]*['’]s\s+){{0,2}}"
    r"(?:co-?)?"
    rf"(?:{words('person_title_words')})\b", re.I)


# a partner of an investment firm, a person: 'Sorrel Capital partner Ana Ruiz', 'general partner Ana Ruiz', 'Ana
# Ruiz, a partner at Sorrel Capital' (not 'its partner Orsk Velt', a company; mentions.partner_people)
_FIRM_POST = r"(?:general|managing|founding|venture|operating)\s+partner"
PARTNER_PERSON = re.compile(
    rf"(?:\b(?-i:[A-Z])[\w&.-]*\s+(?:{_FIRM_POST}|partner)|\b{_FIRM_POST})\s+{_GIVEN_AND_SURNAME}"
    r"(?![\w'’-])(?!\s+(?-i:[A-Z]))"
    rf"|{_GIVEN_AND_SURNAME}\s*,\s+(?:a|an|the)\s+(?:{_FIRM_POST}|partner)\s+at\b", re.I)


def people_named(text: str, lex: Lexicon) -> tuple[frozenset[str], tuple[tuple[int, int], ...]]:
    """The names the passage itself gives a person's title ('co-founder Adam Brell', 'Rep. Lena Haskett', 'Lena
    Haskett, the president of ...'): the full names and surnames, and where the titled names stand. Not a surname
    that is a company word ('Labs', 'Capital': cues.yaml org_suffixes), nor a name a list knows whole
    (rule mentions.passage_people; candidates.without_people drops them from the deals)."""
    from .slots import _company_words  # slots.py imports this module
    suffix_words = _company_words()
    names, spans = set(), []
    for m in (*PERSON_TITLED.finditer(text), *PERSON_TITLED_AFTER.finditer(text)):
        # (groups: given name and surname, then surname; after an honorific, the surname alone as the fifth; after an
        # owned title and a comma, the sixth and seventh)
        full, surname = (re.sub(r"['’]s?$", "", x) for x in next(
            (m.group(i), m.group(j)) for i, j in ((1, 2), (3, 4), (5, 5), (6, 7)) if m.group(i)))  # ("Dr. Ada Brell's")
        if surname in suffix_words or lex.by_key.get(fold_name(full)):
            continue
        names.update((full, surname))
        # (after an owned title, from the name on: the owner before it is a company, 'Tribune's former chairman, ...')
        spans.append((m.start(6) if m.re.groups >= 6 and m.group(6) else m.start(), m.end()))
    for m in PARTNER_PERSON.finditer(text) if on("mentions.partner_people") else ():
        full, surname = (re.sub(r"['’]s?$", "", x) for x in (m.group(1, 2) if m.group(1) else m.group(3, 4)))
        if surname in suffix_words or lex.by_key.get(fold_name(full)) or not hit("mentions.partner_people", True):
            continue
        names.update((full, surname))
        spans.append(m.span(1) if m.group(1) else m.span(3))
    return frozenset(names), tuple(spans)


def is_person(o: OrgMention, people: tuple[frozenset[str], tuple[tuple[int, int], ...]]) -> bool:
    """Whether the passage names the mention a person (people_named): a name no list knows written as a titled
    person's full name or surname anywhere, or any name where the title stands."""
    names, spans = people
    return o.origin != "gazetteer" and o.text in names or any(s <= o.start and o.end <= e for s, e in spans)


# 'high performance computing ("HPC")': an abbreviation in brackets, quoted or not, after the words it abbreviates
DEFINED_TERM = re.compile(r"((?:[a-z][a-z]*[\s-]+){1,6})\(\s*[“\"]?([A-Z]{2,6})s?[”\"]?\s*\)")


def _spells(words: str, abbreviation: str) -> bool:
    """Whether the last words' first letters spell the abbreviation ('high performance computing': HPC)."""
    initials = "".join(w[0] for w in re.split(r"[\s-]+", words.strip()) if w)
    return len(initials) >= len(abbreviation) and initials[-len(abbreviation):].upper() == abbreviation


def drop_defined_terms(sentences: list[Sentence], text: str) -> list[Sentence]:
    """An abbreviation the passage defines for words in lower case ('hosting for high performance computing
    ("HPC")', 'a power purchase agreement (PPA)') names a thing, not a company: no organisation in any sentence
    ('the 12-year HPC hosting contract'). A company's abbreviation follows its capitalised name (rules
    mentions.defined_term and mentions.abbreviation)."""
    terms = {m.group(2) for m in DEFINED_TERM.finditer(text) if _spells(m.group(1), m.group(2))} if "(" in text else ()
    if not terms:
        return sentences
    out = []
    for sent in sentences:
        kept = tuple(o for o in sent.orgs if not (o.text.rstrip("s") in terms and hit("mentions.defined_term", True)))
        out.append(replace(sent, orgs=kept) if len(kept) != len(sent.orgs) else sent)
    return out


# an aside that opens on the names before it and says who owns them ('—both controlled by the ', ', each backed by ')
OWNERS_ASIDE = re.compile(r"(?:—|–|--|,|\()\s*(?:both|all|each|all\s+of\s+them|which\s+(?:is|are)|that\s+(?:is|are)|"
                          r"who\s+(?:is|are))\s+(?:(?:wholly|majority|partly|jointly|ultimately|state)[- ])?(?:"
                          r"controlled|owned|backed|run|held)\s+by\s+(?:the\s+)?$", re.I)


# a fiscal year, half or quarter written short ('FY27', 'FY 2026', 'Q3', '1H25'; mentions.fiscal_period)
FISCAL_PERIOD = re.compile(r"(?:FY|CY|H[12]|[12]H|Q[1-4])\s?['’]?\d{0,4}", re.I)


def drop_fiscal_periods(sentences: list[Sentence]) -> list[Sentence]:
    """'The contract, running from FY27 to FY29, ...': a period written in capitals and digits is no organisation,
    whatever slot the parse gives it (rule mentions.fiscal_period)."""
    out = []
    for sent in sentences:
        kept = tuple(o for o in sent.orgs if not (o.origin != "gazetteer" and FISCAL_PERIOD.fullmatch(o.text.strip())
                                                  and hit("mentions.fiscal_period", True)))
        out.append(replace(sent, orgs=kept) if len(kept) != len(sent.orgs) else sent)
    return out


# an outlet's finding at a clause's end: '..., the Ledger has learned.' (mentions.outlet_learned)
OUTLET_LEARNED = re.compile(r"\s+(?:has|have)\s+(?:learned|learnt)\s*(?:[.,;]|$)")
# an outlet's report set off at a clause's end: '..., the Ledger reported on Thursday.' (mentions.outlet_reported)
THE_SET_OFF = re.compile(r"(?:,|—|–)\s+the\s+$")
OUTLET_REPORTED = re.compile(r"\s+reported(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                             r"\s+(?:today|yesterday|earlier|last\s+week|this\s+week|last\s+month))?\s*(?:[.,;]|$)")


# after a name: a verb of announcing or saying and 'that' ('... announced on Monday that the ';
# mentions.announcer_of_others)
ANNOUNCED_THAT = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:announced|said|confirmed|disclosed|revealed|stated)"
                            r"(?:\s+(?:on\s+)?\w+day)?\s+that\s+(?:the\s+)?")


REFERS_BACK = re.compile(r"\b(?:it|its|itself|the\s+(?:company|firm|startup|group|business|lab|developer|operator))\b",
                         re.I)


def drop_announcers(sentences: list[Sentence]) -> list[Sentence]:
    """'The Ministry of Digital Affairs announced that Quorin and Brisca Data have signed a $1 billion agreement': the
    name that announces a clause opening on a name, with two names or more of its own, tells of others' deal and is no
    party of it (rule mentions.announcer_of_others); 'Quorin announced that Brisca will invest in it' keeps Quorin."""
    out = []
    for sent in sentences:
        drop = set()
        for o in sent.orgs:
            m = ANNOUNCED_THAT.match(sent.text, o.end - sent.start)
            if m is None:
                continue
            others = {x.key for x in sent.orgs if x.start - sent.start >= m.end() and x.key != o.key}
            opens = any(x.start - sent.start == m.end() for x in sent.orgs)
            back = REFERS_BACK.search(sent.text, m.end())  # 'will invest in the company': the announcer is a party
            if opens and len(others) >= 2 and back is None and hit("mentions.announcer_of_others", True):
                drop.add(o.key)
        out.append(replace(sent, orgs=tuple(o for o in sent.orgs if o.key not in drop)) if drop else sent)
    return out

# a report told after the clause, its verb before its teller: '..., reports Chipwire.' (mentions.outlet_inverted)
INVERTED_VERB = r"(?:,|—|–)\s+(?:reports|reported|writes|wrote)\s+(?:the\s+)?"
INVERTED_REPORT = re.compile(INVERTED_VERB + "$")
INVERTED_END = re.compile(r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s*"
                          r"(?:[.;]|,\s+citing\b|$)")


def drop_outlets(sentences: list[Sentence]) -> list[Sentence]:
    """'Orsk paid $900 million to license Tessaly's technology, the Ledger has learned.': the name that 'has learned'
    at the clause's end is the outlet that reports the deal, no party of it (rule mentions.outlet_learned; the words
    make the deal 'reported', cues.yaml). So is a name set off after a comma with 'the' that 'reported' at the
    clause's end ('..., the Ledger reported on Thursday.'; rule mentions.outlet_reported), and a name after a comma and
    'reports' or 'writes' at the clause's end, the report's verb before its teller ('..., reports Chipwire.'; rule
    mentions.outlet_inverted)."""
    out = []
    for sent in sentences:
        kept = tuple(o for o in sent.orgs if not (o.origin != "gazetteer" and OUTLET_LEARNED.match(
            sent.text, o.end - sent.start) and hit("mentions.outlet_learned", on("mentions.outlet_learned"))) and not (
            o.origin != "gazetteer" and on("mentions.outlet_reported") and OUTLET_REPORTED.match(
                sent.text, o.end - sent.start) and hit("mentions.outlet_reported", bool(THE_SET_OFF.search(
                    sent.text, 0, o.start - sent.start)))) and not (
            o.origin != "gazetteer" and on("mentions.outlet_inverted") and INVERTED_REPORT.search(
                sent.text, 0, o.start - sent.start) and hit("mentions.outlet_inverted", bool(INVERTED_END.match(
                    sent.text, o.end - sent.start)))))
        out.append(replace(sent, orgs=kept) if len(kept) != len(sent.orgs) else sent)
    return out


# after 'its' or 'their', a name that lower-case words and a site noun follow ('its Helios AI data center campus')
# (mentions.owned_site_name)
SITE_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{words('site_nouns')})s?\b")


# after a name: its possessive, maybe a capitalised name, then a noun of an administrative area ("Johor's Kulai
# district", "Vastria's northern province"; mentions.area_possessor)
AREA_AFTER = re.compile(r"['’]s?\s+(?:(?:[A-Z][\w-]*|northern|southern|eastern|western|central)\s+){0,2}(?:district|"
                        r"province|state|region|county|municipality|prefecture|city|capital)(?![\w-])")


OWNER_GAP = re.compile(r"(?:['’]s?)?\s*")  # between an owner's name and its brand: "Orsk's Azure", 'Orsk Azure'


def drop_owned_brands(sentences: list[Sentence], lex: Lexicon) -> list[Sentence]:
    """"to spend $30 billion on Kalongenaun's Azure cloud": a form the gazetteer reads as another company's
    (lex.read_as_other: a product or unit's name) right after the name of a different organisation, in the
    possessive or not, is that organisation's brand here, no party of its own (rule mentions.owned_brand)."""
    out = []
    for sent in sentences:
        drop = {o.start for o in sent.orgs if o.origin == "gazetteer" and lex.read_as_other(o.text) and any(
            p.key != o.key and p.end <= o.start and OWNER_GAP.fullmatch(sent.text, p.end - sent.start,
                                                                        o.start - sent.start)
            for p in sent.orgs)}
        if drop and hit("mentions.owned_brand"):
            sent = replace(sent, orgs=tuple(o for o in sent.orgs if o.start not in drop))
        out.append(sent)
    return out


def _after_owner(text: str, at: int, owners: set[int]) -> bool:
    """Whether the phrase at `at` comes right after an organisation's possessive ("Ostrane Energy's ")."""
    m = re.search(r"(?:'s|’s|')\s+$", text[max(0, at - 4):at])
    return m is not None and max(0, at - 4) + m.start() in owners


def drop_owned_sites(sentences: list[Sentence]) -> list[Sentence]:
    """'raised $460 million from an asset manager to expand its Helios AI data center campus': a name between 'its'
    (or 'their') and a site noun is the name of the owner's site, no organisation (rule mentions.owned_site_name).
    So is a name whose possessive governs an administrative area ("a site in Johor's Kulai district"; rule
    mentions.area_possessor): a place."""
    out = []
    for sent in sentences:
        owners = {o.end - sent.start for o in sent.orgs}
        kept = tuple(o for o in sent.orgs if not (
            o.origin != "gazetteer" and re.search(r"\b(?:its|their)\s+$", sent.text[:o.start - sent.start], re.I)
            and SITE_AFTER.match(sent.text, o.end - sent.start)
            and hit("mentions.owned_site_name", on("mentions.owned_site_name"))) and not (
            # ("Ostrane Energy's Brookfield nuclear plant": a name right after another's possessive, before a site
            # noun, is the owner's site, even one a list knows as a company; mentions.possessed_site_name)
            SITE_AFTER.match(sent.text, o.end - sent.start) and _after_owner(sent.text, o.start - sent.start, owners)
            and hit("mentions.possessed_site_name", on("mentions.possessed_site_name"))) and not (
            o.origin != "gazetteer" and AREA_AFTER.match(sent.text, o.end - sent.start)
            and hit("mentions.area_possessor", on("mentions.area_possessor"))))
        out.append(replace(sent, orgs=kept) if len(kept) != len(sent.orgs) else sent)
    return out


# a name inside a descriptor of another ('Tamsin — an EDF subsidiary —', ', a Brisa unit,'; mentions.parent_descriptor)
PARENT_BEFORE = re.compile(r"(?:—|–|--|,|\()\s*(?:a|an)\s+$", re.I)
# ', both investors in ', ', each a backer of ' right before a name: a tie of the names before, told in an aside
# after a list ('a/an/the' asides after one name: roles.apposition_description) (mentions.investor_in_aside)
INVESTOR_IN_ASIDE = re.compile(rf"(?:—|–|--|,|\()\s*(?:both|all|each|all\s+of\s+them)\s+"
                               rf"(?:(?:a|an|the|its|their)\s+)?"
                               rf"(?:(?:existing|early|longtime|long-time|major|big|biggest|largest|other|current|"
                               rf"previous)\s+)?(?:{words('funder_nouns')}|backers?)\s+(?:in|of)\s+(?:the\s+)?$", re.I)
TIE_ASIDE_CLOSE = re.compile(r"\s*(?:,|—|–|--|\))")
# the nouns of a company owned by another (mentions.parent_descriptor, mentions.parent_of_descriptor)
OWNED_UNIT = r"(?:subsidiary|unit|affiliate|division|arm|spin-?off|offshoot)"
PARENT_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{0,2}}?{OWNED_UNIT}\b")


# ', a wholly-owned subsidiary of listed developer ' right before a name: the parent of the name before
# (mentions.parent_of_descriptor)
PARENT_OF_BEFORE = re.compile(rf"(?:—|–|--|,|\()\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{OWNED_UNIT}\s+of\s+"
                              rf"(?:the\s+)?(?:[\w.-]+\s+){{0,4}}?$")


# right before a name: a relative clause that describes goods by what they include, then 'from' ('a computer
# infrastructure that includes about 110,000 GPUs from '; mentions.maker_in_description)
INCLUDES_FROM = re.compile(r"\b(?:that|which)\s+(?:includes?|included|contains?|contained|comprises?|comprised|"
                           r"features?|featured)\s+(?:(?!\bfrom\b)" + NO_STOP + r"){1,80}?\bfrom\s+(?:the\s+)?$", re.I)


def drop_makers_described(sentences: list[Sentence]) -> list[Sentence]:
    """'Google will pay $920 million a month for access to an infrastructure that includes 110,000 GPUs from Orsk':
    the name after 'from' in a relative clause that describes what is bought by what it includes made the parts; it
    sells nothing in the deal (rule mentions.maker_in_description)."""
    out = []
    for sent in sentences:
        kept = tuple(o for o in sent.orgs if not (INCLUDES_FROM.search(sent.text, 0, o.start - sent.start) and hit(
            "mentions.maker_in_description", True)))
        out.append(replace(sent, orgs=kept) if len(kept) != len(sent.orgs) else sent)
    return out


def drop_owners_aside(sentences: list[Sentence]) -> list[Sentence]:
    """'investments from A and B—both controlled by the government of Halvex—also included C': the owner an aside
    names for the names before it ('both controlled by', 'each backed by', 'which are owned by') describes them; it is
    no organisation of the sentence's deal (rule mentions.owners_aside). So is a parent named inside the descriptor
    of another name ('bought 64% of Tamsin — an Nvidia subsidiary —'; rule mentions.parent_descriptor)."""
    out = []
    for sent in sentences:
        kept = tuple(o for o in sent.orgs if not (OWNERS_ASIDE.search(sent.text, 0, o.start - sent.start) and hit(
            "mentions.owners_aside", True)) and not (on("mentions.parent_descriptor") and PARENT_BEFORE.search(
                sent.text, 0, o.start - sent.start) and PARENT_AFTER.match(sent.text, o.end - sent.start) and hit(
                "mentions.parent_descriptor", True)) and not (on("mentions.parent_of_descriptor") and bool(
                    PARENT_OF_BEFORE.search(sent.text, 0, o.start - sent.start)) and hit(
                    "mentions.parent_of_descriptor", True)))
        if on("mentions.investor_in_aside"):
            kept = tuple(o for o in kept if not (_tie_aside(sent, o, kept) and hit("mentions.investor_in_aside")))
        out.append(replace(sent, orgs=kept) if len(kept) != len(sent.orgs) else sent)
    return out


def _tie_aside(sent: Sentence, o, orgs: tuple) -> bool:
    """'Brisa and Harrow, both investors in Orvane Labs, put $50 million into Tessin': the company an aside says the
    names before back, when the aside closes right after it and the sentence names a company after it: the sentence's
    deal is with that one. ('Halvern and Brisa, both investors in Tessly, led the round': nothing named after; kept.)"""
    if not INVESTOR_IN_ASIDE.search(sent.text, 0, o.start - sent.start):
        return False
    close = TIE_ASIDE_CLOSE.match(sent.text, o.end - sent.start)
    return close is not None and any(x.start - sent.start >= close.end() and x.key != o.key for x in orgs)


# right before a name: words that give the name a company bore before ('changed its name from ', ', formerly ',
# '(formerly known as ', 'was renamed from '; mentions.former_name)
FORMER_NAME_BEFORE = re.compile(r"(?:\b(?:changed|changes|changing)\s+(?:its|their)\s+(?:corporate\s+)?name\s+"
                                r"from|\brenamed\s+from|(?:,|\(|—|–)\s*(?:formerly|previously)(?:\s+(?:known\s+as|"
                                r"called|named))?|\b(?:formerly|previously)\s+(?:known\s+as|called|named))\s+"
                                r"(?:the\s+)?$", re.I)


def drop_former_names(sentences: list[Sentence]) -> list[Sentence]:
    """'Quorvane, which changed its name from Halvex Systems last year, ...', 'Tarrow (formerly known as Velmora
    Grid)': the name a company bore before is the same company, no party beside it (rule mentions.former_name)."""
    out = []
    for sent in sentences:
        kept = tuple(o for o in sent.orgs if not (FORMER_NAME_BEFORE.search(sent.text, 0, o.start - sent.start)
                                                  and hit("mentions.former_name", True)))
        out.append(replace(sent, orgs=kept) if len(kept) != len(sent.orgs) else sent)
    return out


# 'KKR and Singtel (together, the "Consortium")', 'Velkor Partners (the "Investor")': a bracket right after one or
# more names that holds only quoted terms ('("STT GDC" or the "Company")') and words that join them (mentions.group_term)
TERM_BRACKET = re.compile(r"\s*\(([^()]{3,90})\)")
QUOTED_TERM = re.compile(r"[“\"]([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})[”\"]")
TERM_GLUE = re.compile(r"(?:\s|,|\b(?:the|together|collectively|jointly|each|and|or)\b)*", re.I)
NAME_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+)")


def group_terms(sentences: list[Sentence], text: str) -> list[Sentence]:
    """'KKR and Singtel (together, the "Consortium") will acquire ... The Consortium first invested ...': a term the
    passage defines in brackets for the names right before it stands for those names wherever it is used after,
    however the term was read (a name, or no mention at all, as 'the Buyers'). A term for one name must be an
    English word ('the "Company"'); a name in quotes for one company is its alias (mentions.bracket_alias). The
    term's own mention inside the bracket is no party (rule mentions.group_term)."""
    from .slots import _english_words  # slots.py imports this module
    terms: dict[str, tuple[int, int, tuple[OrgMention, ...]]] = {}  # term -> (the bracket's start and end, the names)
    english = _english_words()
    for sent in sentences:
        orgs = sorted(sent.orgs, key=lambda o: o.start)
        for k, o in enumerate(orgs):
            m = TERM_BRACKET.match(text, o.end)
            found = QUOTED_TERM.findall(m.group(1)) if m else []
            if not found or TERM_GLUE.fullmatch(QUOTED_TERM.sub(" ", m.group(1))) is None:
                continue
            names = [o]  # the names joined right before: 'A, B and C (together, the "Sponsors")'
            while k - len(names) >= 0 and NAME_JOIN.fullmatch(
                    text, orgs[k - len(names)].end, names[0].start) and orgs[k - len(names)].key != o.key:
                names.insert(0, orgs[k - len(names)])
            for term in found:
                if len(names) == 1 and not all(w.lower() in english for w in term.split()):
                    continue  # ('Sugon Holdings ("Sugon")': an alias, mentions.bracket_alias)
                if term not in terms and fold_name(term) not in {n.key for n in names}:
                    terms[term] = (m.start(), m.end(), tuple(names))
    if not terms:
        return sentences
    used = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    out = []
    for sent in sentences:
        orgs, changed = list(sent.orgs), False
        for term, (bracket_start, bracket_end, _) in terms.items():
            inside = [x for x in orgs if bracket_start <= x.start < bracket_end and term in x.text]
            if inside and hit("mentions.group_term", True):
                orgs, changed = [x for x in orgs if x not in inside], True
        for u in used.finditer(sent.text):
            at, end = sent.start + u.start(), sent.start + u.end()
            term = u.group(1)
            _, bracket_end, names = terms[term]
            if at < bracket_end:
                continue  # (the bracket itself, and any use before it)
            here = [x for x in orgs if x.start < end and at < x.end]
            keys = {x.key for x in orgs if x not in here}
            # (each spans the whole term, so the parse's mark on its head finds all; distinct starts keep them apart,
            # inside the sentence)
            stand_ins = [replace(n, start=max(sent.start, at - len(names) + 1 + i), end=end)
                         for i, n in enumerate(names) if n.key not in keys]
            hit("mentions.group_term", True)
            orgs, changed = [x for x in orgs if x not in here] + stand_ins, True
        out.append(replace(sent, orgs=tuple(sorted(orgs, key=lambda x: x.start))) if changed else sent)
    return out


# a round's investors told in the passive, or as its participants: 'The round was led by', 'with participation from'
# (mentions.round_raiser_object)
ROUND_INVESTORS = re.compile(rf"\b(?:(?:{words('round_nouns')}|financing|raise)\s+(?:was|is|has\s+been|were)\s+"
                             rf"(?:co-)?led\s+by|participation\s+(?:from|of|by))\s", re.I)
LED_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:co-)?led\s+(?:a|an|the|its)\b")  # right after a lead investor's name
OPENS_CLAUSE = re.compile(r"\W*(?:[A-Z][\w\s-]{0,30},\s*)?")  # before the phrase: nothing, or an opener and a comma
# ... or a time opener with no comma: 'On Tuesday the chipmaker said ...' (mentions.time_opener)
TIME_OPENER = re.compile(r"\W*(?:On|Last|This|Earlier|Later|In)\s+(?:[\w-]+\s+){1,3}?")


# a dash or a semicolon that opens a clause (mentions.anaphor_after_dash) ...
DASH_CLAUSE = re.compile(r"\s+[–—-]\s+|;\s+")
# ... after a name that a verb follows: its clause's subject ('Orsk has inked', 'Orsk signed')
SUBJECT_VERB = re.compile(r"\s+(?:(?:has|have|had|is|was|will|would|also)\s+)*(?:[a-z]+ed|signed|inked|struck|won|"
                          r"made|said|says|has|is|was)\b")


def opens_clause(before: str) -> bool:
    """Whether the words before a phrase leave it the opening of its clause (OPENS_CLAUSE, TIME_OPENER)."""
    return bool(OPENS_CLAUSE.fullmatch(before)) or (on("mentions.time_opener") and hit(
        "mentions.time_opener", TIME_OPENER.fullmatch(before) is not None))


# nouns as general as 'company' where they open a clause (mentions.general_noun_subject)
GENERAL_OPENING_NOUNS = ("conglomerate", "giant")
NEAREST_REACH = 1  # 'the startup' may stand for a company of the sentence just before (mentions.anaphora_nearest)
KIND_FITS = {"neocloud": {"neocloud", "cloud"}, "cloud": {"cloud", "neocloud"}}
# where no company of the kind a phrase gives was named, one of a kind close to it ('the cloud provider' for a data
# centre operator: both rent out computing; mentions.anaphor_near_kind)
KIND_NEAR = {"neocloud": {"datacenter"}, "cloud": {"datacenter"}, "datacenter": {"neocloud", "cloud"}}


def _kind_named(phrase: str, kind_words) -> str | None:
    """The first kind whose words (slots.yaml kind_words) the phrase has ('the cloud provider': neocloud), or None."""
    return next((k for k, rx in kind_words if rx.search(phrase)), None)


def kind_of_name(name: str) -> str | None:
    """The kind a name's own words give ('Thoutal Cloud': neocloud), or None."""
    from .slots import load_slot_rules
    return _kind_named(name, load_slot_rules().kind_words)


def _phrase_kind(phrase: str, referent: OrgMention, kind_words) -> str:
    """The kind a phrase standing for a company gives it ('the cloud provider': a cloud) where nothing else told its
    kind ('other'); else the referent's own (rule mentions.anaphor_kind)."""
    if referent.kind != "other" or not on("mentions.anaphor_kind"):
        return referent.kind
    kind = _kind_named(phrase, kind_words)
    return kind if kind is not None and hit("mentions.anaphor_kind", True) else referent.kind


def _named_by_modifier(m: re.Match, candidates: list[OrgMention]) -> OrgMention | None:
    """The one candidate a word between the phrase's 'the' and its noun names: a word of the candidate's name after
    its first ('the robotics company': 'Tessin Robotics'), or None (mentions.modifier_in_name)."""
    modifiers = {w.lower() for w in m.group(0)[:m.start(1) - m.start()].split()[1:] if w.isalpha()}
    fits = {o.key: o for o in candidates if modifiers & {w.lower() for w in o.text.split()[1:] if w[:1].isupper()}}
    return next(iter(fits.values())) if len(fits) == 1 else None


def _nearest_fit(phrase: str, recent: list[OrgMention], here: set[str], kind_words) -> OrgMention | None:
    """'Brimoral, a London AI lab, has agreed a deal. The startup will pay ...', 'X won an order from Tessaly. The
    cloud provider will buy ...': where the phrase opens the sentence (its subject) and no description and no
    subject settle what it stands for, it is one of `recent`, the companies of the sentence just before, that this
    sentence does not name: the first whose kind the phrase's words give ('cloud provider': a cloud), else the first
    of no known kind ('the fund': an investor's or none); when the phrase gives no kind, the one company that is no
    investor, where there is one only."""
    candidates = [o for o in recent if o.key not in here]
    kind = _kind_named(phrase, kind_words)
    if kind is None:  # one company it can be ('Halvern Capital led the round. The startup ...': no investor)
        left = [o for o in candidates if o.kind != "investor"]
        return left[0] if len(left) == 1 else None
    fits = [o for o in candidates if o.kind in KIND_FITS.get(kind, {kind})]
    if not fits and on("mentions.anaphor_near_kind"):
        fits = [o for o in candidates if o.kind in KIND_NEAR.get(kind, ())]
        hit("mentions.anaphor_near_kind", bool(fits))
    if kind == "investor":  # 'the fund' is an investor's name or none ('Halvern Capital', not the company it backs)
        return (fits or [None])[0]
    return (fits or [o for o in candidates if o.kind == "other"] or [None])[0]


def _subject_first(sent: Sentence) -> bool:
    """The clause names an organisation before its first deal word (its subject, as far as a cut clause after it
    is concerned)."""
    return bool(sent.orgs and sent.triggers and sent.orgs[0].start < sent.triggers[0].start)


def _with_subject_of(prev: Sentence, sent: Sentence, origin: str) -> Sentence:
    """The clause with the first organisation of the clause before it standing in at its start, as its subject."""
    subject = prev.orgs[0]
    if subject.key in {o.key for o in sent.orgs}:
        return sent
    return replace(sent, orgs=(replace(subject, start=sent.start, end=sent.start, origin=origin), *sent.orgs))


# a clause before ', which' that is one name of one to four capitalised words (mentions.relative_antecedent_name)
OPENING_NAME_ONLY = re.compile(r"\W*([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*")


# after two names and an agreement: the clause that says what each side does ('signed an agreement under which')
AGREEMENT_CLAUSE = re.compile(r"\b(?:agreement|deal|accord|pact|memorandum|contract)s?\b[^.;]{0,40}?"
                              r"\b(?:under\s+which|whereby|which\s+will\s+see)\s", re.I)
# in that clause: a phrase that stands for one of the two ('the state', "the company's")
SIDE_PHRASE = re.compile(rf"\bthe\s+(state|government|{words('company_nouns')})(?:['’]s)?\b", re.I)


def resolve_agreement_sides(sentences: list[Sentence]) -> list[Sentence]:
    """'The French government and Ostrelia signed an agreement under which the state will invest 500 million euros
    in the company's cluster': in the clause on what each side of an agreement between two names does, 'the state'
    (or 'the government') stands for the one that is a government, a phrase giving a kind for the one of that kind,
    and 'the company' for the other (rule mentions.agreement_sides)."""
    from .slots import load_slot_rules  # slots.py imports this module
    kind_words = load_slot_rules().kind_words
    out = []
    for sent in sentences:
        clause = AGREEMENT_CLAUSE.search(sent.text) if sent.triggers and len(sent.orgs) >= 2 else None
        before = list({o.key: o for o in sent.orgs if clause and o.end - sent.start <= clause.start()}.values())
        if clause is None or len(before) != 2 or any(o.start - sent.start >= clause.end() for o in sent.orgs):
            out.append(sent)
            continue
        stand_ins, taken, told = [], set(), False  # (told: a side the phrase's own word singles out)
        for m in SIDE_PHRASE.finditer(sent.text, clause.end()):
            if m.group(1).lower() in ("state", "government"):
                fits = [o for o in before if o.origin == "shape:government" or "government" in o.text.lower()]
            else:
                kind = _kind_named(m.group(0), kind_words)
                fits = [o for o in before if kind is not None and o.kind in KIND_FITS.get(kind, {kind})]
            told = told or len(fits) == 1
            fits = fits or [o for o in before if o.key not in taken]
            fits = [o for o in fits if o.key not in taken] or fits
            if len(fits) != 1:
                continue
            taken.add(fits[0].key)
            stand_ins.append(replace(fits[0], start=sent.start + m.start(), end=sent.start + m.end(),
                                     origin="anaphora"))
        if len(taken) == 2 and told and hit("mentions.agreement_sides", True):
            sent = replace(sent, orgs=tuple(sorted(sent.orgs + tuple(stand_ins), key=lambda o: o.start)))
        out.append(sent)
    return out


def resolve_relatives(sentences: list[Sentence]) -> list[Sentence]:
    """The clauses _relative_breaks cut get the name the relative clause describes back as their subject: 'which'
    opening a clause stands for the name right before ', which' at the end of the clause before."""
    from .slots import is_english  # slots.py imports this module
    out = list(sentences)
    for i in range(1, len(out)):
        prev, sent = out[i - 1], out[i]
        if SHARED_LEAD.match(sent.text) and 0 <= sent.start - prev.end <= 25 and _subject_first(prev) and on(
                "mentions.shared_subject"):
            # '... and closed a $750 million financing from Z': the clause cut before a second verb of the same
            # subject (mentions.shared_subject) gets that subject back
            out[i] = _with_subject_of(prev, sent, "shared_subject")
            continue
        if SHARED_AUX_LEAD.match(sent.text) and 0 <= sent.start - prev.end <= 8 and _subject_first(prev) and on(
                "mentions.shared_subject_aux"):
            out[i] = _with_subject_of(prev, sent, "shared_subject")  # '... and has since raised $600 million'
            continue
        if TIME_NOUN_LEAD.match(sent.text) and 0 <= sent.start - prev.end <= 3 and _subject_first(prev) and (on(
                "mentions.time_noun_clause") or on("mentions.time_noun_after_noun")):
            # '..., months after a $750 million funding round': the round cut off (mentions.time_noun_clause) is the
            # first clause's subject's
            out[i] = _with_subject_of(prev, sent, "time_noun")
            continue
        if TIME_NOUN_LEAD.match(prev.text.lstrip()) and prev.text.rstrip().endswith(",") and (
                0 <= sent.start - prev.end <= 3) and _subject_first(sent) and on("mentions.time_noun_opener"):
            # 'Following a $4 billion deal with X in March,' cut off before its main clause (mentions.time_noun_opener):
            # the deal is the main clause's subject's
            out[i - 1] = _with_subject_of(sent, prev, "time_noun_opener")
        if PRONOUN_LEAD.match(sent.text) and 0 <= sent.start - prev.end <= 8 and _subject_first(prev) and \
                ALREADY_DOES.search(prev.text) and on("mentions.already_then_clause"):
            # '..., and on Monday it added ...' cut after a clause of what its subject already does
            # (mentions.already_then_clause): the pronoun is that subject
            out[i] = _with_subject_of(prev, sent, "already_then")
            continue
        if GERUND_LEAD.match(prev.text) and prev.text.rstrip().endswith(",") and 0 <= sent.start - prev.end <= 3 and \
                _subject_first(sent) and any(m.amount.value for m in prev.money) and on("mentions.gerund_opener") and \
                hit("mentions.gerund_opener"):
            # 'After buying Lumeo Networks for $1.1 billion last year,' cut off before its main clause
            # (mentions.gerund_opener): the deal, with its figure, is the main clause's subject's
            out[i - 1] = _with_subject_of(sent, prev, "gerund_opener")
        if DEAL_ITEM_LEAD.match(sent.text) and 0 <= sent.start - prev.end <= 6 and prev.orgs and on(
                "mentions.colon_deal_list") and ((DEALS_COUNTED_COLON.search(prev.text) and prev.text.rstrip(
                ).endswith(":") and _subject_first(prev)) or prev.orgs[0].origin == "deal_list"):
            # 'X signed two deals: a $4 billion cloud contract with A and a $1 billion chip purchase from B': each deal
            # listed after the colon (mentions.colon_deal_list) is the subject's of the clause that counted them
            out[i] = _with_subject_of(prev, sent, "deal_list")
            continue
        lead = TRIGGER_LEAD.match(sent.text)
        if lead and sent.triggers and sent.triggers[0].start == sent.start + lead.end() and (
                0 <= sent.start - prev.end <= 3) and _subject_first(prev) and on("mentions.shared_subject_trigger"):
            # 'X will supply ... under a $9 billion contract, and will also take a stake in Y': the clause cut before
            # 'and' (mentions.shared_subject_trigger) gets the first clause's subject back
            out[i] = _with_subject_of(prev, sent, "shared_trigger")
            continue
        lead = RELATIVE_LEAD.match(sent.text)
        if not lead or not sent.triggers:
            continue
        if prev.start < sent.start < prev.end and on("mentions.middle_relative"):
            # the relative clause cut from the middle of the sentence before it (mentions.middle_relative): the
            # name it describes ends where the blanked-out part of that sentence begins
            cut = len(prev.text[:sent.start - prev.start].rstrip())
        elif prev.text.rstrip().endswith(",") and sent.start - prev.end <= 2:
            cut = len(prev.text.rstrip()) - 1  # the comma before 'which'
        else:
            continue
        antecedent = next((o for o in prev.orgs if o.end - prev.start <= cut
                           and prev.text[o.end - prev.start:cut].strip() == ""), None)
        if antecedent is None and on("mentions.relative_after_apposition"):
            # 'Velkari, the world's biggest maker of chip tools, which is investing ... in Orsk': the name before
            # its apposition is what the clause describes
            last = max((o for o in prev.orgs if o.end - prev.start <= cut), key=lambda o: o.end, default=None)
            if last is not None and hit("mentions.relative_after_apposition", APPOSITION_TO_CUT.fullmatch(
                    prev.text, last.end - prev.start, cut) is not None):
                antecedent = last
        if antecedent is None and prev.orgs and OWN_FACILITY.search(prev.text[:cut]) and hit(
                "mentions.relative_owner", on("mentions.relative_owner")):
            # 'Halvern Data closed a loan for its Redmill campus, which is leased to Quorvane': the campus is the
            # subject's ('its'), and its owner leases it out
            antecedent = prev.orgs[0]
        opener = OPENING_NAME_ONLY.fullmatch(prev.text[:cut]) if antecedent is None and not prev.orgs and on(
            "mentions.relative_antecedent_name") else None
        if opener and any(not is_english(w, plural=False) for w in opener.group(1).split()) and hit(
                "mentions.relative_antecedent_name"):
            # 'Kestrimo, which agreed to buy Dalvoren for $1.1 billion last week, said ...': the clause before
            # 'which' is one capitalised name that no dictionary has, found by no rule (its own clause tells no
            # deal): the name the clause describes
            text = opener.group(1)
            at = prev.start + opener.start(1)
            antecedent = OrgMention(at, at + len(text), text, fold_name(strip_suffix(text)), strip_suffix(text),
                                    "other", "relative")
        if antecedent is None or antecedent.key in {o.key for o in sent.orgs}:
            continue
        pronoun = OBJECT_RELATIVE.match(sent.text) if on("mentions.relative_object") else None
        subject = prev.orgs[0] if pronoun and prev.orgs and prev.orgs[0].key != antecedent.key else None
        verb = next((t for t in sent.triggers if t.start - sent.start >= pronoun.end() and t.frame != "symmetric"),
                    None) if subject else None  # ('agreed to buy': the verb that takes an object)
        if verb is not None and subject.key not in {o.key for o in sent.orgs} and hit("mentions.relative_object"):
            # 'Velkara closed its acquisition of Kelmar, which it agreed to buy in March for $900 million': 'which' is
            # the verb's object and 'it' its subject, the main clause's: each stands where the clause has it
            it = replace(subject, start=sent.start + pronoun.start(1), end=sent.start + pronoun.end(1),
                         origin="relative")
            obj = replace(antecedent, start=verb.end, end=verb.end, origin="relative")
            out[i] = replace(sent, orgs=tuple(sorted(sent.orgs + (it, obj), key=lambda o: o.start)))
            continue
        named = next((o for o in sent.orgs if o.start - sent.start == lead.end()), None) if lead.group(
            1) == "which" and on("mentions.relative_named_subject") else None
        verb = next((t for t in sent.triggers if t.frame != "symmetric" and RELATIVE_VERB_GAP.fullmatch(
            sent.text, named.end - sent.start, t.start - sent.start)), None) if named is not None else None
        if verb is not None and hit("mentions.relative_named_subject"):
            # 'Tarsen Labs, which Kestrin Ventures backed with $150 million in 2023, signed ...': a name right after
            # 'which' is the clause's subject, and 'which' the verb's object: the name described stands after the verb
            obj = replace(antecedent, start=verb.end, end=verb.end, origin="relative")
            out[i] = replace(sent, orgs=tuple(sorted(sent.orgs + (obj,), key=lambda o: o.start)))
            continue
        stand_in = replace(antecedent, start=sent.start, end=sent.start + lead.end(1), origin="relative")
        out[i] = replace(sent, orgs=tuple(sorted(sent.orgs + (stand_in,), key=lambda o: o.start)))
    return out


# between the subject named after 'which' and the clause's verb: words of tense or time only
# (mentions.relative_named_subject)
RELATIVE_VERB_GAP = re.compile(r"\s+(?:(?:has|have|had|will|would|also|first|previously|already|once|later)\s+)*")


# 'which it agreed to buy', 'which they will lease': a relative clause whose subject is a pronoun, 'which' its object
# (mentions.relative_object)
OBJECT_RELATIVE = re.compile(r"which\s+(it|they)\s+(?!is\b|was\b|are\b|were\b)")


RELATIVE_LEAD = re.compile(r"(which|who)\s")
# ', the world's biggest maker of chip tools' up to ', which': an apposition (a determiner, then up to twelve words
# with no comma) between a name and the relative clause (mentions.relative_after_apposition)
APPOSITION_TO_CUT = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’&.-]+\s+){0,11}[\w'’&.-]+\s*")
# 'its Redmill campus' right before ', which': a facility of the sentence's subject
OWN_FACILITY = re.compile(rf"\b(?:its|their)\s+(?:[\w-]+\s+){{0,3}}(?:{words('joint_capacity_nouns')})$", re.I)


def _reporting_speaker(sent: Sentence, anaphor: re.Match):
    """The organisation that says the sentence when the anaphor ('the company') stands in what it reports: 'Quenlo
    said Taravik will invest $2 billion in the company'. Not 'Taravik, the company's main supplier' (a description),
    not 'X said it will invest in Y ... with the chipmaker' (the speaker is the reported clause's subject there:
    mentions.speaker_it)."""
    if re.match(r"['’]s?\s", sent.text[anaphor.end():]):
        return None
    for o in sent.orgs:
        between = sent.text[o.end - sent.start:anaphor.start()]
        if o.end <= sent.start + anaphor.start() and _speaks(sent, o, between) and not re.search(
                r"\b(?:it|they|its|their)\b", between, re.I) and not hit("mentions.discloses_deal", on(
                    "mentions.discloses_deal") and bool(DISCLOSES_DEAL.match(between))):
            return o
        # 'The startup has raised $45 million from Quarn, Vellis said on Monday': the phrase opening the sentence is
        # the company that says it at the end (rule mentions.speaker_after)
        says = SAYS_AFTER.match(sent.text, o.end - sent.start) if not sent.text[:anaphor.start()].strip(" \"“'") \
            and o.start - sent.start > anaphor.end() and on("mentions.speaker_after") else None
        if says and re.search(r",\s*$", sent.text[:o.start - sent.start]) and SAID_WHEN_END.fullmatch(
                sent.text[says.end():]) and o.origin != "anaphora" and hit("mentions.speaker_after"):
            return o
    return None


def _speaks(sent: Sentence, o: OrgMention, after: str) -> bool:
    """The words after the name (`after`) open with its verb of saying: 'Quenlo said', 'Quenlo, a chip startup, said',
    or, for a name set off by commas as an apposition, 'The startup, Lumora, said' (mentions.apposition_speaker)."""
    if SPEAKS.match(after):
        return True
    return bool(CLOSING_SPEAKS.match(after)) and bool(re.search(r",\s*$", sent.text[:o.start - sent.start])) and hit(
        "mentions.apposition_speaker", on("mentions.apposition_speaker"))


def _owner_group(rnd: re.Match) -> int:
    """The group of SPEAKER_ROUND's match that holds the round's determiner ('its', 'the')."""
    return next(g for g in range(1, (rnd.re.groups or 1) + 1) if rnd.group(g))


def _round_speaker(sent: Sentence, rnd: re.Match) -> OrgMention | None:
    """The company that reports a round told with no owner: before the clause ('Orlin said Halvern led its round'; no
    'it' or 'they' between, which would make the speaker the one who leads) or after it (', Orlin said.' ending the
    sentence). Not an investor's name (an investor reports a round it joined), not an outlet's ('reported')."""
    start = rnd.start(_owner_group(rnd))
    for o in sent.orgs:
        if o.kind == "investor" or o.origin == "anaphora":
            continue
        before = sent.text[o.end - sent.start:start]
        if o.end - sent.start <= start and _speaks(sent, o, before) and not re.search(r"\breport", before) and not \
                re.search(r"\b(?:it|they|its|their)\b", before, re.I):
            return o
        says = SAYS_AFTER.match(sent.text, o.end - sent.start)
        if says and o.start - sent.start >= rnd.end() and re.search(r",\s*$",
                                                                    sent.text[rnd.end():o.start - sent.start]):
            rest = sent.text[says.end():]
            # (', Orlin said on Monday.', ', Orlin said in a statement.': when or where it said so;
            # mentions.speaker_round_when)
            if re.fullmatch(r"\W*", rest) or hit("mentions.speaker_round_when", on(
                    "mentions.speaker_round_when") and bool(SAID_WHEN_END.fullmatch(rest))):
                return o
    return None


POSSESSIVE_AFTER = re.compile(r"['’]s?\b|['’]")  # "the two companies' boards" (mentions.pair_named_after)


def _plural_stand_ins(sent: Sentence, pair: tuple) -> Sentence:
    """'The two tech giants have agreed to invest ...': the two companies the last such sentence named."""
    m = PLURAL_ANAPHOR.search(sent.text)
    keys = {o.key for o in sent.orgs}
    if not m and len(pair) >= 2 and sent.triggers and on("mentions.pair_noun"):
        m = PAIR_NOUN.search(sent.text)  # 'The pair had signed a $700 million contract', 'the two have agreed'
        m = m if m and not any(o.key in keys for o in pair) and hit("mentions.pair_noun") else None
    if m and any(o.key in keys for o in pair) and on("mentions.pair_named_after"):
        # 'The two companies are close to an agreement under which Brisca would supply ...': a member of the pair
        # named only after the phrase is named again inside the deal it told, not instead of the pair
        before = {o.key for o in sent.orgs if o.start < sent.start + m.start()}
        if not any(o.key in before for o in pair) and not POSSESSIVE_AFTER.match(sent.text, m.end()) and hit(
                "mentions.pair_named_after"):  # (not "both companies' boards": the pair as an owner)
            keys = before
    if not m or len(pair) < 2 or not sent.triggers or any(o.key in keys for o in pair):
        return sent
    at = sent.start + m.start()
    stand_ins = tuple(replace(o, start=at + i, end=sent.start + m.end()) for i, o in enumerate(pair))
    return replace(sent, orgs=tuple(sorted(sent.orgs + stand_ins, key=lambda o: o.start)))


CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=(?:while|whereas)\s)", re.I)
# ': Orsk Cloud will buy ...': a colon, then a new subject of capitalised words and an auxiliary or a verb of agreeing
# (context.yaml clause_verbs; mentions.colon_clause)
# 'signed two deals on Monday: a $4 billion cloud contract with A and a $1 billion chip purchase from B': deals counted,
# then a colon and a list of them, each a deal noun with its figure (mentions.colon_deal_list)
DEALS_COUNTED_COLON = re.compile(r"\b(?:two|three|four|five|several|multiple|a\s+pair\s+of|a\s+series\s+of)\s+"
                                 r"(?:[\w-]+\s+){0,2}?(?:deals|agreements|contracts|orders|transactions|pacts)\b"
                                 r"[^:;.]{0,40}?(:\s*)", re.I)
_DEAL_ITEM = (rf"(?:a|an)\s+(?:[\w-]+\s+)?{SIGN}\s?\d[\d.,]*\s*(?:million|billion|trillion|bn|mn|m|b)?\b[\s-]*"
              rf"(?:[\w-]+\s+){{0,3}}?(?:{words('coordinated_deal_nouns')})\b")
DEAL_ITEM_LEAD = re.compile(_DEAL_ITEM, re.I)
DEAL_ITEM_BREAK = re.compile(rf"(?:,\s+(?:and\s+)?|;\s+(?:and\s+)?|\s+and\s+)(?={_DEAL_ITEM})", re.I)
# an item that names its other side after the deal noun ('... chip purchase from Kestrel'); items of another shape
# ('a $1 billion Halvex investment') are candidates.listed_deals' to read
DEAL_ITEM_SIDE = re.compile(rf"{_DEAL_ITEM}\s+(?:with|from|to)\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def _deal_list_breaks(text: str, s: int, e: int, money_at) -> list:
    """Cuts at the colon after deals counted and between the deals listed after it, each item a deal noun with a
    figure of its own and its other side named after it (mentions.colon_deal_list); none where the list is not so."""
    lead = DEALS_COUNTED_COLON.search(text, s, e)
    if lead is None or not DEAL_ITEM_LEAD.match(text, lead.end()):
        return []
    items = list(DEAL_ITEM_BREAK.finditer(text, lead.end(), e))
    bounds = [lead.end()] + [m.end() for m in items] + [e]
    if not items or not all(_has(money_at, a, b) and DEAL_ITEM_SIDE.match(text, a) for a, b in zip(
            bounds, bounds[1:])) or not hit("mentions.colon_deal_list"):
        return []
    colon = re.compile(r":\s+").match(text, lead.start(1))
    return [colon] + items


COLON_CLAUSE = re.compile(rf":\s+(?=(?:[A-Z][\w&.'’-]*\s+){{1,4}}(?:{words('clause_verbs')})\b)")
# ', when Y invested': a clause of time with a name as its subject and a verb of a deal done (mentions.when_clause)
WHEN_CLAUSE = re.compile(rf",\s+(?=when\s+(?:[A-Z][\w&.'’-]*\s+){{1,4}}(?:(?:also|first|had|has)\s+)?"
                         rf"(?:{words('shared_subject_verbs')})\s)")
SINCE_DEAL = re.compile(rf",?\s+(?=(?:ever\s+)?(?:since|after)\s+(?:(?:its|their|the)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
                        rf"(?:[A-Z][\w&.'’-]*\s+){{1,4}}(?:(?:also|first|had|has|have)\s+)?"
                        rf"(?:{words('shared_subject_verbs')})\s)")
NOR_BREAK = re.compile(r",\s+(?=nor\s)", re.I)  # ', nor the planned ...': what follows is told apart (mentions.nor_clause)
# '... and comes as rival X raises ...', ', as X signed ...': a clause of what happens meanwhile, a name and a deal
# verb after 'as' (mentions.comes_as_deal)
COMES_AS = re.compile(rf"(?:\s+and\s+(?:comes|came)\s+|\s+(?:comes|came)\s+|,\s+)(?:just\s+)?as\s+"
                      rf"(?=(?:(?:its|their)\s+)?(?:(?:{words('rival_titles')})\s+)?"
                      rf"(?:[A-Z][\w&.'’-]*\s+){{1,4}}(?:(?:also|has|have|had)\s+)?"
                      rf"(?:{words('shared_subject_verbs')}|raises|signs|buys|acquires|invests|secures|agrees|strikes|"
                      rf"inks|leases|sells|closes|wins|lands)\s)")
# 'The deal with Orlan comes after Tessik signed a $2 billion agreement with Brevik Cloud': the deal told before
# follows another, whose own subject, verb and figure make a clause of its own (mentions.comes_after_deal)
COMES_AFTER = re.compile(rf"\s+(?:comes|came)\s+(?:(?:just|only|shortly|days|weeks|months)\s+)?after\s+"
                         rf"(?=(?:(?:its|their)\s+)?(?:(?:{words('rival_titles')})\s+)?"
                         rf"(?:[A-Z][\w&.'’-]*\s+){{1,4}}(?:(?:also|has|have|had)\s+)?"
                         rf"(?:{words('shared_subject_verbs')})\s)")
# the time between the sentence's deal and an earlier one: 'months after', 'shortly after', 'two years after'
TIME_BEFORE = (r"(?:(?:just|only|shortly|soon|(?:(?:a|one|two|three|four|five|six|several|few|\d+)\s+)?"
               r"(?:days?|weeks?|months?|years?))\s+)?")
# 'months after it put $1 billion into X', 'having invested $1 billion in X in 2023': a clause of time whose subject is
# the sentence's own (a pronoun; none after 'having') and whose verb tells a deal done (mentions.after_own_deal)
AFTER_OWN = (rf"{TIME_BEFORE}(?:(?:after|following)\s+(?:it|they)\s+(?:(?:also|first|had|has|have)\s+)?|"
             rf"having\s+(?:(?:already|previously|also)\s+)?){DONE_VERB}\s")
AFTER_OWN_DEAL = re.compile(rf",?\s+(?={AFTER_OWN})")
# 'The contract with X follows Halden Cloud's $3 billion agreement with Y': a verb of following, then another
# company's deal in the possessive; that deal is told apart, with its figure (mentions.follows_other_deal)
# before ' built on': a copula, so the verb is passive, a thing made (mentions.built_on_goods)
BUILT_ON_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)$", re.I)
FOLLOWS_OTHER = re.compile(rf"\s+(?={FOLLOWING}\s+(?:[A-Z][\w&.'’-]*\s+){{0,3}}[A-Z][\w&.'’-]*['’]s?\s)")
# ', the latest in a string of deals that includes ...', ', one of several agreements such as ...': the deals listed
# after it are others, each told with its own parties (mentions.deal_series_clause)
DEAL_SERIES = re.compile(r",\s+(?=(?:the\s+(?:latest|newest|most\s+recent|biggest|largest)|one)\s+(?:in|of)\s+"
                         r"(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:deals|agreements|contracts|pacts|transactions|tie-ups)"
                         r"\s+(?:that\s+|which\s+)?(?:includes?|included|including|such\s+as|like)\s)", re.I)
# ', mirroring a similar agreement X signed with Y', ', similar to the one X struck with Y': a deal the sentence's is
# likened to, told apart with its parties (mentions.compared_deal)
COMPARED_DEAL = re.compile(rf",\s+(?=(?:mirroring|echoing|matching|resembling|similar\s+to|like)\s+(?:a|an|the|one)\s+"
                           rf"(?:(?:similar|earlier|previous|prior|comparable|separate)\s+)?"
                           rf"(?:[\w$€£.,-]+\s+){{0,3}}?(?:{words('agreement_nouns')}|one|ones)\b)", re.I)


def read_sentences(doc: Doc, lex: Lexicon) -> list[Sentence]:
    """The sentences of doc with their organisation, money and trigger mentions."""
    text = doc_text(doc)  # built once per doc
    orgs = _org_mentions(doc, lex)
    money = sorted(doc._.money or (), key=lambda m: m.start)
    triggers = [_trigger(t) for t in doc.spans.get("triggers", [])]  # read once: each access rebuilds the group
    triggers = [t for t in triggers if not any(o.start <= t.start < o.end for o in orgs)
                and not (text[t.start - 1:t.start] == "-" and t.text.lower() in HYPHEN_ADJECTIVES
                         and text[max(0, t.start - 4):t.start].lower() not in ("co-", " co-"))  # 'co-led' leads
                and not hit("mentions.hyphen_phrase", on("mentions.hyphen_phrase") and _in_hyphen_phrase(t, text))
                and not hit("mentions.purpose_to", _purpose_to(t, text))
                and not hit("mentions.supplies_own_sites", _supplies_own_sites(t, text, triggers))
                and not hit("mentions.alternative_not_taken", on("mentions.alternative_not_taken") and bool(
                    NOT_TAKEN_BEFORE.search(text, max(0, t.start - 50), t.start)))
                and not hit("mentions.stake_held", on("mentions.stake_held") and t.text.lower().startswith(
                    "stake") and bool(STAKE_HELD_BEFORE.search(text, max(0, t.start - 60), t.start)))
                and not hit("mentions.stake_worth", on("mentions.stake_worth") and t.text.lower().startswith(
                    "stake") and bool(STAKE_WORTH_AFTER.match(text, t.end)))
                and not hit("mentions.help_purpose", _help_purpose(t, text, triggers))
                and not hit("mentions.temporal_in", _temporal_in(t, text))
                and not hit("mentions.fixed_expression", _fixed_expression(t, text))
                and not hit("mentions.trigger_in_name", _trigger_in_name(t, text))
                and not hit("mentions.equity_value", on("mentions.equity_value") and t.type == "investment" and bool(
                    EQUITY_VALUE.search(t.text + text[t.end:t.end + 10])))
                and not hit("mentions.participle_adjective", on("mentions.participle_adjective") and " " not in
                            t.text and t.text.lower().endswith("ed") and bool(DETERMINER_BEFORE.search(
                                text, max(0, t.start - 30), t.start)) and bool(NOUN_AFTER.match(text, t.end)))
                and not hit("mentions.reader_subject", _reader_subject(t, text))
                and not hit("mentions.compound_ing_adjective", on("mentions.compound_ing_adjective") and " " not in
                            t.text and t.text.lower().endswith("ing") and bool(WORD_HYPHEN_BEFORE.search(
                                text, max(0, t.start - 20), t.start)) and bool(WORD_AFTER.match(text, t.end)))
                and not hit("mentions.agrees_with_view", on("mentions.agrees_with_view") and bool(
                    AGREES_WITH_VIEW.match(t.text + text[t.end:t.end + 40])))]
    orgs = sorted(orgs, key=lambda o: o.start)
    triggers.sort(key=lambda t: t.start)
    starts = {name: [m.start for m in seq] for name, seq in (("o", orgs), ("m", money), ("t", triggers))}
    out = []
    invest_at = [t.start for t in triggers if t.type == "investment"]
    for s, e in _clauses(doc, text, starts["t"], starts["m"], starts["o"], invest_at):
        def within(name, seq):  # mentions starting in [s, e), found by bisection (no scan per sentence)
            return tuple(seq[bisect_left(starts[name], s):bisect_left(starts[name], e)])
        sent = Sentence(s, e, text[s:e], within("o", orgs), within("m", money), within("t", triggers))
        out.extend(_middle_relative(sent, starts) if on("mentions.middle_relative") else (sent,))
    return out


def _middle_relative(sent: Sentence, starts: dict) -> tuple[Sentence, ...]:
    """'Stellix, which raised $500 million from Halvern last year, agreed to supply chips worth $2 billion to
    Quillon': a relative clause set off by commas in the middle of a sentence that states a deal of its own (a trigger
    and a figure), while the main clause goes on with a trigger of its own, is read apart (rule
    mentions.middle_relative): the main clause with the relative one blanked out (offsets kept), and the relative
    clause with the name it describes as its subject."""
    # ('Pellam Cloud, in which Halvern Capital has invested, will supply ...': the same after a preposition;
    # mentions.preposition_relative)
    found = [*RELATIVE.finditer(sent.text), *(PREPOSITION_RELATIVE.finditer(sent.text) if on(
        "mentions.preposition_relative") else ())]
    for m in sorted(found, key=lambda m: m.start()):
        rel = m.end()
        close = RELATIVE_END.search(sent.text, rel)
        if close is None:
            continue
        lo, hi = sent.start + rel, sent.start + close.start()
        # ('Saffron Labs, which Brisket Partners invested in last year, signed a $250 million compute deal with X': a
        # clause with a name of its own as its subject and a deal word but no figure, the main clause with both;
        # mentions.middle_relative_unsized)
        named = NAMED_RELATIVE_SUBJECT.match(sent.text, rel) or (m.re is PREPOSITION_RELATIVE and hit(
            "mentions.preposition_relative", bool(NAMED_RELATIVE_SUBJECT.match(sent.text, m.start(1)))))
        unsized = not _has(starts["m"], lo, hi) and _has(starts["t"], lo, hi) and bool(named) and _states_deal(
            starts["t"], starts["m"], sent.start + close.end(), sent.end) and on("mentions.middle_relative_unsized")
        if not (_states_deal(starts["t"], starts["m"], lo, hi) or unsized and hit(
                "mentions.middle_relative_unsized")) or not _has(starts["t"], sent.start + close.end(), sent.end):
            continue
        if m.re is PREPOSITION_RELATIVE and not unsized:
            continue  # ('X, in which Y invested $150 million last year, ...': a deal of its own,
            # roles.aside_with_figure)
        if not re.search(r"[A-Z][\w&.'’-]*$", sent.text[:m.start()]) or not hit("mentions.middle_relative"):
            continue  # the clause describes a name ('Stellix, which ...'); resolve_relatives puts it in
        cut_lo, cut_hi = sent.start + m.start(), sent.start + close.end()

        def outside(seq):
            return tuple(x for x in seq if not cut_lo <= x.start < cut_hi)

        def inside(seq):
            return tuple(x for x in seq if lo <= x.start < hi + 1)
        main = Sentence(sent.start, sent.end, sent.text[:m.start()] + " " * (close.end() - m.start())
                        + sent.text[close.end():], outside(sent.orgs), outside(sent.money), outside(sent.triggers),
                        shown=sent.text)
        clause = Sentence(lo, hi + 1, sent.text[rel:close.start() + 1], inside(sent.orgs), inside(sent.money),
                          inside(sent.triggers))
        # (a clause with no figure tells who backs or owns the name: a relationship, no deal; guideline 3)
        return (main,) if not _has(starts["m"], lo, hi) else (main, clause)
    return (sent,)


LOWER_WORD_END = re.compile(r"\b[a-z][\w'’-]*$")  # a word in lower case ends the part before (not a name)


def _clauses(doc: Doc, text: str, trigger_at: list[int] = (), money_at: list[int] = (), org_at: list[int] = (),
             invest_at: list[int] = ()):
    """Sentence spans, cut again at ';' and ', while/whereas': each clause states its own deal. Also at ', and'
    before a new subject and its verb ('... for $900 million, and Ostren Malik will acquire ...', rule
    mentions.and_clause) where the part before states a deal of its own (a trigger and a figure) and the part after
    has a trigger: a list of names ('A, B, and C have invested ...') has no deal before its last member."""
    and_clause = on("mentions.and_clause")
    relative = on("mentions.relative_clause")
    for _, _, s, e in sentence_bounds(doc):
        breaks = [m for m in CLAUSE_BREAK.finditer(text, s, e) if not _list_semicolon(text, m, e, money_at)]
        if on("mentions.nor_clause"):
            breaks += [m for m in NOR_BREAK.finditer(text, s, e) if hit("mentions.nor_clause")]
        if not _has(trigger_at, s, e):  # no deal word: of the cuts below, only these two need none
            yield from _cut(s, e, breaks + (_relative_breaks(text, s, e, trigger_at, money_at, org_at)
                                            if relative else []), _figure_by(text, s, e, money_at))
            continue
        if on("mentions.colon_deal_list"):
            breaks += _deal_list_breaks(text, s, e, money_at)
        if on("mentions.colon_clause"):
            # 'The deal mirrors A's agreement with B: Orsk Cloud will buy 6 GW of chips from C': after a colon, a new
            # subject and its verb open a clause of their own, with a deal word of its own (mentions.colon_clause)
            breaks += [m for m in COLON_CLAUSE.finditer(text, s, e) if _has(trigger_at, s, m.start()) and _has(
                trigger_at, m.end(), e) and hit("mentions.colon_clause")]
        if on("mentions.when_clause"):
            # 'X and Y have been partners since 2019, when Y invested $50 million in the startup': the clause of the
            # time, with its own subject and a deal verb and figure, tells a deal of its own
            breaks += [m for m in WHEN_CLAUSE.finditer(text, s, e) if _states_deal(trigger_at, money_at, m.end(), e)
                       and hit("mentions.when_clause")]
        if on("mentions.since_clause_deal"):
            # 'Tessaly has been racing to secure power since rival Pellam signed a $10 billion energy deal with Garrow
            # Power in June': a clause of 'since' or 'after' with a name as its subject, a verb of a deal done and a
            # figure tells a deal of its own (a dated past transaction with a figure, guideline 3)
            # (both sides named in the clause: 'after Qandel agreed to a $700 million purchase' is the earlier deal of
            # a side told before, discourse.earlier_deal_after)
            breaks += [m for m in SINCE_DEAL.finditer(text, s, e) if _states_deal(trigger_at, money_at, m.end(), e)
                       and sum(m.end() <= o < e for o in org_at) >= 2 and hit("mentions.since_clause_deal")]
        if on("mentions.after_own_deal"):
            # 'Kestrel will invest $5 billion in Orvane, months after it put $1 billion into Tessin': after the
            # sentence's deal, the same subject's earlier deal with its own figure is a deal of its own (guideline 3)
            breaks += [m for m in AFTER_OWN_DEAL.finditer(text, s, e) if _has(trigger_at, s, m.start())
                       and _states_deal(trigger_at, money_at, m.end(), e) and hit("mentions.after_own_deal")]
        if on("mentions.follows_other_deal"):
            breaks += [m for m in FOLLOWS_OTHER.finditer(text, s, e) if _states_deal(trigger_at, money_at, m.end(), e)
                       # ('a cluster, which is built on Nvidia's chips, in a $900 million deal': a thing made on
                       # goods, no deal following another; mentions.built_on_goods)
                       and not (on("mentions.built_on_goods") and hit("mentions.built_on_goods", bool(
                           BUILT_ON_PASSIVE.search(text, s, m.start()) and text.startswith(" built", m.start()))))
                       and hit("mentions.follows_other_deal")]
        if on("mentions.compared_deal"):
            breaks += [m for m in COMPARED_DEAL.finditer(text, s, e) if _has(trigger_at, s, m.start()) and (_has(
                org_at, m.end(), e) or CAPITAL_WORD.search(text, m.end(), e)) and _has(trigger_at, m.end(), e) and hit(
                "mentions.compared_deal")]
        if on("mentions.deal_series_clause"):
            breaks += [m for m in DEAL_SERIES.finditer(text, s, e) if _has(trigger_at, s, m.start()) and _has(
                money_at, m.end(), e) and hit("mentions.deal_series_clause")]
        if on("mentions.comes_after_deal"):
            breaks += [m for m in COMES_AFTER.finditer(text, s, e) if _has(trigger_at, s, m.start()) and _states_deal(
                trigger_at, money_at, m.end(), e) and hit("mentions.comes_after_deal")]
        if on("mentions.comes_as_deal"):
            # '... and comes as rival Dunmore Cloud raises $800 million from Calder Ridge': the clause of what happens
            # meanwhile, with a subject of its own, a deal verb and a figure, tells a deal of its own
            breaks += [m for m in COMES_AS.finditer(text, s, e) if _states_deal(trigger_at, money_at, m.end(), e)
                       and _states_deal(trigger_at, money_at, s, m.start()) and hit("mentions.comes_as_deal")]
        ands = [m for m in AND_CLAUSE.finditer(text, s, e) if _states_deal(trigger_at, money_at, s, m.start())
                and (_has(trigger_at, m.end(), e) or _no_deal_after(text, m, e))] if and_clause else []
        # 'Halvern raised $2 billion in May, and Quorvane raised $800 million in June': a new subject and a deal verb,
        # each clause with a deal of its own (mentions.and_clause_deal_verb)
        taken = {m.start() for m in ands}
        ands += [m for m in AND_DEAL_CLAUSE.finditer(text, s, e) if m.start() not in taken and _states_deal(
            trigger_at, money_at, s, m.start()) and _states_deal(trigger_at, money_at, m.end(), e) and hit(
            "mentions.and_clause_deal_verb")] if and_clause and on("mentions.and_clause_deal_verb") else []
        # '..., and Brisa Capital put $500 million into Tarvex Data': a new subject whose verb is a deal word the
        # patterns know, whatever the verb (no list of verbs), each clause with a deal of its own
        # (mentions.and_clause_trigger)
        taken = {m.start() for m in ands}
        ands += [m for m in AND_NAMED_VERB.finditer(text, s, e) if m.start() not in taken and m.start("verb") in
                 trigger_at and m.group("verb") not in word_set("shared_subject_verbs")  # (and_clause_deal_verb's)
                 and (_has(org_at, m.end("verb"), e) or CAPITAL_WORD.search(text, m.end("verb"), e))  # its own side
                 and _states_deal(trigger_at, money_at, s, m.start()) and _states_deal(
                     trigger_at, money_at, m.end(), e) and hit("mentions.and_clause_trigger")] if and_clause and on(
            "mentions.and_clause_trigger") else []
        taken = {m.start() for m in ands}
        # (or, the part before with a figure, the part after with a trigger of its own and no figure: 'Velmora will
        # invest $2 billion in the startup and Tarvell will use Velmora's cloud'; mentions.and_clause_unsized)
        ands += [m for m in AND_AUX_CLAUSE.finditer(text, s, e) if m.start() not in taken and not _participle_tail(
            text, m.end()) and (_states_deal(
            trigger_at, money_at, s, m.start()) or _states_stake(text, invest_at, s, m.start(), m.end(), e)) and (
                _states_deal(trigger_at, money_at, m.end(), e) or (
                _has(trigger_at, m.end(), e) and not _has(money_at, m.end(), e) and FINITE.search(text, s, m.start())
                and hit("mentions.and_clause_unsized", on("mentions.and_clause_unsized")))) and hit(
            "mentions.and_clause_auxiliary")] if and_clause and on("mentions.and_clause_auxiliary") else []
        # 'X entered into an agreement to purchase Y's accelerators, and Y will receive warrants to buy ...': after a
        # comma, 'and', a new subject and an auxiliary, each side with a trigger and neither with a figure, a name
        # before: two clauses, each telling its own deal (mentions.and_clause_both_unsized)
        taken = {m.start() for m in ands}
        ands += [m for m in AND_AUX_CLAUSE.finditer(text, s, e) if m.start() not in taken and not _participle_tail(
            text, m.end()) and text[m.start()] == ","
                 and (LOWER_WORD_END.search(text, s, m.start()) or _object_before_and(text, trigger_at, s, m.start()))
                 # (not 'A, B, and C will ...': a list of names; a name may end the part before where the deal's
                 # verb stands in it with no comma between: 'A will sell 300 MW to B, and C will ...')
                 and _has(trigger_at, s, m.start()) and _has(trigger_at, m.end(), e) and not _has(money_at, s, e)
                 and CAPITAL_WORD.search(text, s, m.start()) and hit("mentions.and_clause_both_unsized")
                 ] if and_clause and on("mentions.and_clause_both_unsized") else []
        # 'X secured $3 billion in Y contracts while Z invested $500 million in ...': 'while' and a new subject with a
        # deal verb, no comma before it, each side with a deal of its own (mentions.while_clause)
        taken = {m.start() for m in ands}
        ands += [m for m in WHILE_CLAUSE.finditer(text, s, e) if m.start() not in taken and _states_deal(
            trigger_at, money_at, s, m.start()) and _states_deal(trigger_at, money_at, m.end(), e) and hit(
            "mentions.while_clause")] if and_clause and on("mentions.while_clause") else []
        # 'A agreed to buy B for $1.2 billion, weeks after C agreed to buy D for $800 million': a clause of time with a
        # new subject and a deal verb, each side with a deal of its own (mentions.time_clause_deal)
        taken = {m.start() for m in ands}
        ands += [m for m in TIME_DEAL_CLAUSE.finditer(text, s, e) if m.start() not in taken and _states_deal(
            trigger_at, money_at, s, m.start()) and _states_deal(trigger_at, money_at, m.end(), e) and hit(
            "mentions.time_clause_deal")] if and_clause and on("mentions.time_clause_deal") else []
        # 'Halvex Cloud signed a deal to rent servers from Perrindale, weeks after Ostrava said it had agreed to buy
        # Quorra Data for $2 billion': the same clause of time after a part with a deal word and a name but no figure,
        # or with a verb of saying (mentions.time_clause_unsized)
        taken = {m.start() for m in ands}
        ands += [m for m in TIME_SAID_CLAUSE.finditer(text, s, e) if m.start() not in taken and _has(
            trigger_at, s, m.start()) and _has(org_at, s, m.start()) and _states_deal(trigger_at, money_at, m.end(), e)
            and hit("mentions.time_clause_unsized")] if and_clause and on("mentions.time_clause_unsized") else []
        # 'X signed a $2 billion deal with Y, months after a $750 million funding round': a phrase of time whose noun is
        # a deal of its own, with its own figure: a clause of its own, whose subject is the first clause's
        # (resolve_relatives gives it back; mentions.time_noun_clause)
        taken = {m.start() for m in ands}
        ands += [m for m in TIME_NOUN_CLAUSE.finditer(text, s, e) if m.start() not in taken and _states_deal(
            trigger_at, money_at, s, m.start()) and _states_deal(trigger_at, money_at, m.end(), e) and hit(
            "mentions.time_noun_clause")] if on("mentions.time_noun_clause") else []
        # '..., its second such agreement after a $1.2 billion contract with Ostavia in May': the same phrase of time
        # right after a noun of agreement that sums up the sentence's own deal (which may have no figure): cut before
        # the phrase, whose deal is the first clause's subject's (mentions.time_noun_after_noun)
        taken = {m.start() for m in ands}
        ands += [m for m in NOUN_THEN_TIME.finditer(text, s, e) if m.start() not in taken and AGREEMENT_WORD_END.search(
            text, s, m.start()) and _has(trigger_at, s, m.start()) and _states_deal(trigger_at, money_at, m.end(), e)
            and hit("mentions.time_noun_after_noun")] if on("mentions.time_noun_after_noun") else []
        # 'Velkara agreed to buy chips from Tessaly, Orvane signed a $12 billion cloud deal with Brindle, and ...': a
        # comma alone before a new subject and its deal verb, in a run of clauses (mentions.comma_deal_clause)
        taken = {m.start() for m in ands}
        ands += [m for m in COMMA_DEAL_CLAUSE.finditer(text, s, e) if m.start() not in taken and _has(
            trigger_at, s, m.start()) and _states_deal(trigger_at, money_at, m.end(), e) and hit(
            "mentions.comma_deal_clause")] if and_clause and on("mentions.comma_deal_clause") else []
        # 'Pellanor agreed to supply Quarn with 1.5 GW of power, and Quarn separately signed a $900 million lease with
        # X': ', and' before a new subject (a word of manner after it) and its deal verb, the part before with a
        # trigger and no figure, the part after stating a deal: the figure is the second clause's
        # (mentions.and_clause_sized_after)
        taken = {m.start() for m in ands}
        ands += [m for m in AND_SIZED_AFTER.finditer(text, s, e) if m.start() not in taken and _has(
            trigger_at, s, m.start()) and not _has(money_at, s, m.start()) and _states_deal(
                trigger_at, money_at, m.end(), e) and hit(
            "mentions.and_clause_sized_after")] if and_clause and on("mentions.and_clause_sized_after") else []
        # 'Velmora said it would buy 5,000 GPUs from Quarn, and Ostavia said it had agreed to lease a site to Pellix':
        # ', and' before a new subject and a verb of saying, each side with a trigger of its own: two reports, each of
        # its own deal (mentions.and_said_clause)
        taken = {m.start() for m in ands}
        ands += [m for m in AND_SAID_CLAUSE.finditer(text, s, e) if m.start() not in taken and _has(
            trigger_at, s, m.start()) and _has(trigger_at, m.end(), e) and hit(
            "mentions.and_said_clause")] if and_clause and on("mentions.and_said_clause") else []
        # "Quorvane's $12 billion cloud contract with Halbrecht, Nexor's $3 billion chip order from Tarsen, and ...": a
        # list of deal nouns, each with its owner's possessive before it, each item a deal of its own
        # (mentions.possessive_deal_list)
        taken = {m.start() for m in ands}
        ands += [m for m in POSSESSIVE_DEAL_ITEM.finditer(text, s, e) if m.start() not in taken and _has(
            trigger_at, s, m.start()) and _has(trigger_at, m.end(), e) and POSSESSIVE_DEAL_FIRST.search(
                text, s, m.start()) and hit(
            "mentions.possessive_deal_list")] if on("mentions.possessive_deal_list") else []
        # '... the $10 billion Series J closed by Velkara AI, as well as the $6 billion raised by Tessaly': figures
        # coordinated, each with the one who raised it (mentions.figure_by_clause)
        ands += _figure_by(text, s, e, money_at)
        taken = {m.start() for m in ands}
        ands += [m for m in DEAL_NOUN_CLAUSE.finditer(text, s, e) if m.start() not in taken and _states_deal(
            trigger_at, money_at, s, m.start()) and _has(trigger_at, m.end(), e) and hit(
            "mentions.coordinated_deal_noun")] if on("mentions.coordinated_deal_noun") else []
        # 'X agreed to pay Y $12 billion for capacity, and on Monday it signed a $4 billion contract with Z': a
        # pronoun subject and a deal verb, each clause with a deal of its own (mentions.and_pronoun_clause)
        taken = {m.start() for m in ands}
        ands += [m for m in PRONOUN_CLAUSE.finditer(text, s, e) if m.start() not in taken and _states_deal(
            trigger_at, money_at, s, m.start()) and _states_deal(trigger_at, money_at, m.end(), e) and hit(
            "mentions.and_pronoun_clause")] if and_clause and on("mentions.and_pronoun_clause") else []
        # 'X agreed to acquire Y for $2.3 billion, and separately said it would sell its fibre unit to Z for $600
        # million': the subject's second act, reported by a speech verb with a pronoun for it, each clause with a deal
        # of its own (mentions.and_said_pronoun_clause)
        taken = {m.start() for m in ands}
        ands += [m for m in SAID_PRONOUN_CLAUSE.finditer(text, s, e) if m.start() not in taken and _states_deal(
            trigger_at, money_at, s, m.start()) and _states_deal(trigger_at, money_at, m.end(), e) and hit(
            "mentions.and_said_pronoun_clause")] if and_clause and on("mentions.and_said_pronoun_clause") else []
        # ('X has signed capacity deals with A and B this year, and last month it raised $6 billion from investors
        # including C': the clause before has a deal word and no figure; the one after states a deal and names its
        # own counterparty, so A and B are not its parties; mentions.pronoun_clause_unsized_before)
        taken = {m.start() for m in ands}
        ands += [m for m in PRONOUN_CLAUSE.finditer(text, s, e) if m.start() not in taken and _has(
            trigger_at, s, m.start()) and not _has(money_at, s, m.start()) and _states_deal(
            trigger_at, money_at, m.end(), e) and (_has(org_at, m.end(), e) or (
                # (a name no list knows: 'from a group of lenders led by Ostbank'; mentions.unsized_before_new_name)
                CAPITAL_WORD.search(text, m.end(), e) and on("mentions.unsized_before_new_name") and hit(
                    "mentions.unsized_before_new_name", True))) and hit(
            "mentions.pronoun_clause_unsized_before")] if and_clause and on(
            "mentions.pronoun_clause_unsized_before") else []
        # 'X signed a $3 billion contract with A, and it will buy 50,000 GPUs from B for $2 billion': a pronoun
        # subject, an auxiliary and a verb the patterns read as a deal word (no list of verbs), each clause with a
        # deal of its own (mentions.pronoun_aux_clause)
        taken = {m.start() for m in ands}
        ands += [m for m in PRONOUN_AUX_CLAUSE.finditer(text, s, e) if m.start() not in taken and m.start(
            "verb") in trigger_at and _states_deal(trigger_at, money_at, s, m.start()) and _states_deal(
            trigger_at, money_at, m.end(), e) and hit("mentions.pronoun_aux_clause")] if and_clause and on(
            "mentions.pronoun_aux_clause") else []
        # ('X signed a $3 billion contract with A in July, and in August it agreed to buy 50,000 GPUs from B': the
        # clause before states a deal; the one after has a deal word, no figure and a name of its own, so it is no
        # part of the first deal; mentions.pronoun_clause_unsized_after)
        taken = {m.start() for m in ands}
        ands += [m for m in PRONOUN_CLAUSE.finditer(text, s, e) if m.start() not in taken and _states_deal(
            trigger_at, money_at, s, m.start()) and _has(trigger_at, m.end(), e) and not _has(
            money_at, m.end(), e) and (_has(org_at, m.end(), e) or CAPITAL_WORD.search(text, m.end(), e)) and hit(
            "mentions.pronoun_clause_unsized_after")] if and_clause and on(
            "mentions.pronoun_clause_unsized_after") else []
        taken = {m.start() for m in ands}
        ands += [m for m in PRONOUN_TALKS.finditer(text, s, e) if m.start() not in taken and _states_deal(
            trigger_at, money_at, s, m.start()) and (_has(trigger_at, m.end(), e) or (
                # (', and it is in talks with Z about a second cluster': talks with another company named, no deal
                # word after; mentions.talks_clause_named)
                (_has(org_at, m.end(), e) or CAPITAL_WORD.search(text, m.end(), e)) and on(
                    "mentions.talks_clause_named") and hit("mentions.talks_clause_named", True))) and not _has(
            money_at, m.end(), e) and hit("mentions.pronoun_talks_clause")] if and_clause and on(
            "mentions.pronoun_talks_clause") else []
        # 'X invests $5 billion in Y and Y commits to buying $15 billion of X's chips': ' and' with no comma before a
        # name and its verb (a word of the clause verbs, a deal word, or one in -s or -ed), each side stating a deal
        # of its own (mentions.and_name_clause)
        taken = {m.start() for m in ands}
        ands += [m for m in AND_NAME_CLAUSE.finditer(text, s, e) if m.start() not in taken and m.end() in org_at
                 and (m.group("verb") in CLAUSE_VERB_WORDS or m.start("verb") in trigger_at or re.fullmatch(
                     r"[a-z]{3,}(?:s|ed)", m.group("verb"))) and _states_deal(trigger_at, money_at, s, m.start())
                 and _states_deal(trigger_at, money_at, m.end(), e) and hit("mentions.and_name_clause")
                 ] if and_clause and on("mentions.and_name_clause") else []
        # 'X signed a $1.2 billion lease with Y and closed a $750 million financing from Z': a second verb of the same
        # subject with a deal of its own (resolve_relatives gives it the subject back)
        ands += [m for m in SHARED_SUBJECT.finditer(text, s, e) if _states_deal(trigger_at, money_at, s, m.start())
                 and _states_deal(trigger_at, money_at, m.end(), e)] if on("mentions.shared_subject") else []
        # 'X last year signed a deal with Y, its largest customer, and has since raised $600 million': a second verb
        # of the same subject after an auxiliary, stating a deal of its own after a clause with a deal word; the names
        # of the clause before are not its parties (resolve_relatives gives it the subject back;
        # mentions.shared_subject_aux)
        taken = {m.start() for m in ands}
        ands += [m for m in SHARED_AUX.finditer(text, s, e) if m.start() not in taken and _has(
            trigger_at, s, m.start()) and (_has(org_at, s, m.start()) or CAPITAL_WORD.search(
                text, s, m.start())) and _states_deal(
            trigger_at, money_at, m.end(), e) and hit("mentions.shared_subject_aux")] if on(
            "mentions.shared_subject_aux") else []
        # 'X will supply compute to Y under a $9 billion contract, and will also take a stake in Y': a second verb
        # phrase of the same subject that opens with a deal word, after a clause that states a deal; its own deal may
        # have no figure (resolve_relatives gives it the subject back; mentions.shared_subject_trigger). Only where
        # it names an organisation: 'and supply it with chips' points back, and is read whole (candidates.joined_*)
        ands += [m for m in SHARED_TRIGGER.finditer(text, s, e)
                 if not any(a.start() <= m.end() <= a.end() for a in ands)
                 and _states_deal(trigger_at, money_at, s, m.start()) and _opens_with_trigger(text, m.end(), trigger_at)
                 and (_has(org_at, m.end(), e) or CAPITAL_WORD.search(text, m.end(), e))
                 and hit("mentions.shared_subject_trigger")] if on("mentions.shared_subject_trigger") else []
        # 'Velkmar will buy 50,000 GPUs from Halvane Systems and rent another 20,000 from Orsk Cloud': a second verb
        # phrase of the same subject that opens with a deal word and names its own counterparty, after one that names
        # another after its own deal word and no figure, is a deal of its own (mentions.shared_subject_own_sides)
        ands += [m for m in SHARED_TRIGGER.finditer(text, s, e)
                 if not any(a.start() <= m.end() <= a.end() for a in ands)
                 and not _states_deal(trigger_at, money_at, s, m.start())  # (sized before: shared_subject_trigger's)
                 and _side_after_trigger(text, trigger_at, org_at, s, m.start())
                 and _opens_with_trigger(text, m.end(), trigger_at)
                 and (_has(org_at, m.end(), e) or CAPITAL_WORD.search(text, m.end(), e))
                 and hit("mentions.shared_subject_own_sides")] if on(
            "mentions.shared_subject_own_sides") else []
        # 'X will take a stake in Y as part of a supply agreement under which Y will buy $800 million of X's chips':
        # an investment that comes with a purchase (or a purchase that comes with one), the agreement's clause told
        # with a subject of its own: two deals, cut before the agreement's phrase (mentions.agreement_under_which)
        taken = {m.start() for m in ands}
        ands += [m for m in UNDER_WHICH_CLAUSE.finditer(text, s, e) if m.start() not in taken and _has(
            trigger_at, s, m.start()) and _has(trigger_at, m.end(), e) and _has(invest_at, s, m.start()) != _has(
            invest_at, m.end(), e) and hit("mentions.agreement_under_which")
                 ] if on("mentions.agreement_under_which") else []
        # 'X signed two colocation contracts with Y, with Z agreeing to backstop $1.8 billion of Y's lease
        # obligations': ', with', a name and a participle (not one of putting money into the deal told before:
        # 'with Z investing $50 million' is a share of it), the part after stating a deal of its own: two deals
        # (mentions.with_doing_clause)
        taken = {m.start() for m in ands}
        ands += [m for m in WITH_DOING_CLAUSE.finditer(text, s, e) if m.start() not in taken and _has(
            trigger_at, s, m.start()) and _states_deal(trigger_at, money_at, m.end(), e) and text.find(
            m.group("name").strip(), s, m.start()) < 0 and hit("mentions.with_doing_clause")
        ] if on("mentions.with_doing_clause") else []  # (a name new to the sentence: 'with Velmora paying $2 billion'
        # after a deal with Velmora sizes that deal)
        opener = TIME_NOUN_OPENER.match(text, s) if on("mentions.time_noun_opener") else None
        if opener and opener.end() < e and _states_deal(trigger_at, money_at, s, opener.start(1)) and _states_deal(
                trigger_at, money_at, opener.end(), e) and hit("mentions.time_noun_opener"):
            breaks.append(COMMA_BREAK.match(text, opener.start(1)))
        if on("mentions.already_then_clause"):
            # 'Pellam Cloud already supplies computing power to Orsk Data, and on Monday it added Tamsin AI as a
            # customer in a $700 million deal': a relationship told with no figure, then the same subject's new deal
            # with its own figure: two clauses, the first no deal (guideline 3)
            breaks += [m for m in AND_PRONOUN_CLAUSE.finditer(text, s, e) if ALREADY_DOES.search(text, s, m.start())
                       and _has(trigger_at, s, m.start()) and not _has(money_at, s, m.start())
                       and _states_deal(trigger_at, money_at, m.end(), e) and hit("mentions.already_then_clause")]
        gerund = GERUND_OPENER.match(text, s) if on("mentions.gerund_opener") else None
        if gerund and gerund.end() < e and _states_deal(trigger_at, money_at, s, gerund.start(1)) and _has(
                trigger_at, gerund.end(), e) and hit("mentions.gerund_opener"):
            breaks.append(COMMA_BREAK.match(text, gerund.start(1)))
        if relative:
            breaks += _relative_breaks(text, s, e, trigger_at, money_at, org_at)
        yield from _cut(s, e, breaks, ands)


def _figure_by(text: str, s: int, e: int, money_at) -> list:
    """Cuts before figures coordinated after one, each with the one who raised it (mentions.figure_by_clause)."""
    return [m for m in FIGURE_BY_CLAUSE.finditer(text, s, e) if _has(money_at, s, m.start())
            and hit("mentions.figure_by_clause")] if on("mentions.figure_by_clause") else []


def _cut(s: int, e: int, breaks: list, ands: list):
    """The clauses of the sentence [s, e) cut at `breaks` and `ands` (matches; one too close to the last cut is
    passed over)."""
    start = s
    for m in sorted(breaks + ands, key=lambda m: m.start()):
        if m.end() - start > 20 and m.start() + 1 > start:
            if m in ands and m.re is not SHARED_TRIGGER:  # (that one is recorded where it is found)
                hit("mentions.shared_subject" if m.re is SHARED_SUBJECT else "mentions.and_clause")
            yield start, m.start() + 1
            start = m.end()
    yield start, e


# after a semicolon: one item of a list of names, a name (after 'and' for the last) and at most one description set
# off by a comma ('; Pinecrest Ventures, the venture arm of Orsk;'), up to the next semicolon or the sentence's end
SEMICOLON_ITEM = re.compile(r";\s+(?:and\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*|of|for|and))*"
                            r"(?:\s*,\s*(?:the|a|an|its|their)\s[^,;]*)?\s*[.;]?\s*$")


def _list_semicolon(text: str, m: re.Match, e: int, money_at) -> bool:
    """'Investors include Halvern; Pinecrest Ventures, the venture arm of Orsk; and Oakmere': a semicolon before an
    item of a list of names (a name, and at most one description after a comma) with no figure joins
    the items of one list whose members carry commas of their own; it ends no clause (rule mentions.semicolon_list)."""
    if not on("mentions.semicolon_list"):
        return False
    nxt = text.find(";", m.end(), e)
    end = e if nxt < 0 else nxt + 1
    return bool(SEMICOLON_ITEM.match(text[:end], m.start())) and not _has(money_at, m.end(), end) and hit(
        "mentions.semicolon_list")  # (a trigger's word may describe: 'the venture arm of Orsk')


def _no_deal_after(text: str, m: re.Match, e: int) -> bool:
    """'Quorvane plans to invest $40 billion in data centres, and Halvern is building a campus in Ohio': after a
    clause that states a deal, ', and' before a new subject whose clause has no trigger ends the deal's clause; the
    names after it are no parties (rule mentions.and_clause_no_deal). Not before a speech verb ('..., and Halvern
    said the deal would close in March'): the speaker is often the other side."""
    verb = AND_CLAUSE_VERB.match(text, m.end(), e)
    return bool(verb) and verb.group(1) not in word_set("speaker_verbs") and hit(
        "mentions.and_clause_no_deal", on("mentions.and_clause_no_deal"))


AND_CLAUSE_VERB = re.compile(rf"(?:[A-Z][\w&.'’-]*\s+){{1,4}}({words('clause_verbs')})\b")


RELATIVE = re.compile(r",\s+(?=(?:which|who)\s)")
PREPOSITION_RELATIVE = re.compile(r",\s+(?=(?:in|of|into|to|with)\s+(which|whom)\s)")  # (mentions.preposition_relative)
# a relative clause whose subject is a name of its own ('which Brisket Partners invested in', 'which Orsk backs')
NAMED_RELATIVE_SUBJECT = re.compile(r"(?:which|who|whom)\s+(?:[A-Z][\w&.'’-]*\s+){1,4}"
                                    r"(?:has\s+|had\s+|also\s+)?[a-z]")
# '..., which has also struck a supply deal with X': a relative clause that says 'also' and a verb of a deal done
# (context list shared_subject_verbs) tells a deal besides the main clause's, figure or none; not an ongoing
# relationship ('which is also buying chips from X') (mentions.relative_also)
RELATIVE_ALSO = re.compile(rf"(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:recently\s+)?also\s+"
                           rf"(?:{words('shared_subject_verbs')})\s", re.I)
# '..., which took on the U.S. government as an investor last month': a relative clause that tells an investor taken
# on, a deal done of its own, figure or none (mentions.relative_investor_taken)
RELATIVE_INVESTOR_TAKEN = re.compile(r"(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:(?:recently|also)\s+)?"
                                     r"(?:took|taken|brought|welcomed|added)\s+(?:(?:on|in)\s+)?[^,;]{1,60}?\s+as\s+"
                                     r"(?:an?|its|their|new)\s+(?:[a-z]+\s+)?(?:investor|shareholder|backer"
                                     r"|stakeholder)\b",
                                     re.I)
# where a relative clause set off by commas ends and the main clause's verb goes on ('X, which raised $5 million
# from Y, agreed to ...'): a comma before a lower-case word that opens no phrase of the relative clause (such a
# clause, in the middle, is not cut)
RELATIVE_END = re.compile(rf",\s+(?!(?:{words('relative_continuations')})\b)(?=[a-z])")
# '..., which it did not name, to supply networking gear': a comma, then 'to' and a verb (no article or possessive
# after 'to'), the main clause's purpose going on after a relative clause (mentions.relative_infinitive_end)
INFINITIVE_AFTER_COMMA = re.compile(r",\s+to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\b)[a-z]")


# ', in a deal worth', ', under an agreement valued at': after a relative clause, the main clause's deal going on
# after a relative clause's closing comma: 'and' and the preposition of the main clause's list ('..., and from Y')
# (mentions.relative_list_tail)
RELATIVE_LIST_TAIL = re.compile(r",\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:from|with|by)\s+(?:the\s+)?[A-Z]")
# ', with $250 million of compute', ', with 20,000 GPUs': the goods of a verb of supplying, after a relative clause on
# its object (mentions.relative_with_tail)
RELATIVE_WITH_TAIL = re.compile(r",\s+with\s+(?:up\s+to\s+|about\s+|roughly\s+|some\s+|access\s+to\s+)?(?:[$€£¥]|\d)")
SUPPLY_OBJECT_BEFORE = re.compile(r"\b(?:provide|provides|provided|providing|supply|supplies|supplied|supplying|equip|"
                                  r"equips|equipped|equipping|furnish|furnishes|furnished)\s+[^,;]{1,60}$", re.I)
RELATIVE_DEAL_TAIL = re.compile(rf",\s+(?:in|under|as\s+part\s+of)\s+(?:a|an|the)\s+(?:[^\s,;]+\s+){{0,3}}?"
                                rf"(?:{words('agreement_nouns')})s?\b")


class _Cut(NamedTuple):
    """A clause break found by position: the clause before ends at start + 1 (after the comma), the next one
    begins at end."""
    at: int
    to: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to


LIST_GOES_ON = re.compile(r",\s+and\s+[A-Z]")  # ', and Brisket Partners, which ...': a list of the main clause goes on


def _relative_breaks(text: str, s: int, e: int, trigger_at, money_at, org_at=()) -> list:
    """'Quenlo struck a $300 billion deal with Marrowind, which in turn agreed to buy $40 billion of chips from
    Stellix': a relative clause set off by a comma that states a deal of its own (a trigger and a figure) and ends the
    sentence, whose main clause has a trigger too, is a clause of its own (rule mentions.relative_clause);
    resolve_relatives puts the name it describes back as its subject. Not one in the middle ('Stellix, which raised
    $500 million from Orvanta, agreed to supply ...'): the main clause would lose its subject, and the parse of
    either part alone the names it finds in the whole."""
    out = []
    for m in RELATIVE.finditer(text, s, e):
        rel = m.end()
        if RELATIVE_END.search(text, rel, e) or hit("mentions.relative_infinitive_end", on(
                "mentions.relative_infinitive_end") and bool(INFINITIVE_AFTER_COMMA.search(text, rel, e))):
            continue
        if on("mentions.relative_deal_tail") and hit("mentions.relative_deal_tail", bool(
                RELATIVE_DEAL_TAIL.search(text, rel, e))):
            # 'buying chips from Veltrix, which makes them with Stellix, in a deal worth $700 million': the deal
            # phrase after the clause's closing comma is the main clause's; the clause sits in the middle
            continue
        if on("mentions.relative_with_tail") and RELATIVE_WITH_TAIL.search(
                text, rel, e) and SUPPLY_OBJECT_BEFORE.search(text, s, m.start()) and hit("mentions.relative_with_tail"):
            # 'will provide Marrow Labs, which is backed by Tiller Ventures, with $250 million of compute': the goods
            # after the clause's closing comma are the main verb's, whose object the clause describes
            continue
        if on("mentions.relative_list_tail") and hit("mentions.relative_list_tail", bool(
                RELATIVE_LIST_TAIL.search(text, rel, e))):
            # 'received backing from Corvex, which invested $35 million, and from Dunmore': the list of the main
            # clause goes on after the clause's closing comma; the clause sits in the middle
            continue
        # '..., which is fully leased to Quorvane under a 15-year agreement': a term states a deal as a figure does
        if not _states_deal(trigger_at, money_at, rel, e) and not (_has(trigger_at, rel, e) and find_duration_months(
                text[rel:e]) and hit("mentions.relative_terms", on("mentions.relative_terms"))) and not (
                _has(trigger_at, rel, e) and RELATIVE_ALSO.match(text, rel) and hit("mentions.relative_also", on(
                    "mentions.relative_also"))) and not (_has(trigger_at, rel, e) and RELATIVE_INVESTOR_TAKEN.match(
                        text, rel) and hit("mentions.relative_investor_taken", on("mentions.relative_investor_taken"))):
            continue
        if _has(trigger_at, s, m.start()) and hit("mentions.relative_clause"):
            out.append(_Cut(m.start(), rel))
        elif not _has(trigger_at, s, m.start()) and _states_deal(trigger_at, money_at, rel, e) and \
                _has(org_at, rel, e) and not LIST_GOES_ON.search(text, rel, e) and hit(
                    "mentions.relative_deal_only", on("mentions.relative_deal_only")):
            # 'Halvern Capital owns 49% of Orsk Data, which signed a $2 billion deal with Pellam Cloud': a main clause
            # with no deal word describes the name; the relative clause after it tells the deal, that name's, with a
            # side of its own named (not 'Its first tenant will be X, which signed a 12-year lease worth ...', whose
            # other side the main clause gives)
            out.append(_Cut(m.start(), rel))
    return out


# ', and' + one to four capitalised words + an auxiliary or a verb of agreeing (context.yaml clause_verbs): a new
# clause with its own subject
# a second verb of the same subject, with its adverb: 'and (separately) closed ...' (mentions.shared_subject)
_SHARED_VERB = rf"(?:(?:also|then|separately|later)\s+)?(?:{words('shared_subject_verbs')})\s"
# (with an auxiliary and a word of time between: '... and has since raised $600 million'; mentions.shared_subject_aux)
_SHARED_AUX_VERB = rf"(?:has|have|had)\s+(?:(?:also|since|then|separately|later|recently|subsequently)\s+)?" \
                   rf"(?:{words('shared_subject_verbs')})\s"
SHARED_SUBJECT = re.compile(rf"\s+and\s+(?={_SHARED_VERB})")  # where _clauses cuts
SHARED_LEAD = re.compile(_SHARED_VERB)  # how the clause cut there opens
SHARED_AUX = re.compile(rf",?\s+and\s+(?={_SHARED_AUX_VERB})")  # (mentions.shared_subject_aux)
SHARED_AUX_LEAD = re.compile(_SHARED_AUX_VERB)
# ', and on Monday it signed ...': a pronoun for the subject (or 'the company'), maybe after a phrase of time, then a
# deal verb (mentions.and_pronoun_clause)
PRONOUN_CLAUSE = re.compile(rf",?\s+and\s+(?=(?:(?:on|in|last|this|earlier|later)\s+\w+\s+)?(?:it|they|the\s+"
                            rf"(?:company|firm|lab|startup|group))\s+(?:(?:also|then|separately|later|has|have|had|"
                            rf"will|would)\s+){{0,2}}(?:{words('shared_subject_verbs')})\s)", re.I)
# ', and it will buy ...': a pronoun subject, maybe after a phrase of time, an auxiliary and a verb
# (mentions.pronoun_aux_clause: the verb must be a deal word the patterns read)
PRONOUN_AUX_CLAUSE = re.compile(r",?\s+and\s+(?=(?:(?:on|in|last|this|earlier|later)\s+\w+\s+)?(?:it|they|the\s+"
                                r"(?:company|firm|lab|startup|group))\s+(?:also\s+)?(?:will|would|plans\s+to|is\s+to|"
                                r"intends\s+to|aims\s+to)\s+(?:also\s+)?(?P<verb>[a-z][\w-]*))", re.I)
# ', and separately said it would sell ...': a speech verb of the subject, then a pronoun for it and an auxiliary
# (mentions.and_said_pronoun_clause)
SAID_PRONOUN_CLAUSE = re.compile(r",?\s+and\s+(?=(?:(?:also|separately|later)\s+)?(?:said|says|announced|added)\s+"
                                 r"(?:that\s+)?(?:it|they)\s+(?:would|will|had|has|have|plans\s+to|is\s+to)\s)", re.I)
# ', and it is in talks with Z about a second supply deal': a pronoun subject in talks with another, after a clause
# that states a deal; the talks have no figure of their own (mentions.pronoun_talks_clause)
PRONOUN_TALKS = re.compile(r",\s+and\s+(?=(?:it|they|the\s+(?:company|firm|lab|startup|group))\s+"
                           r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?"
                           r"(?:in\s+(?:[\w-]+\s+)?(?:talks|discussions|negotiations)|negotiating|discussing)"
                           r"\s+with\s)", re.I)
# ', and will also' before a deal word of the same subject (mentions.shared_subject_trigger): the cut is before 'and',
# which opens the clause after it, and the deal word comes right after this lead
SHARED_TRIGGER = re.compile(r",?\s+(?=and(?:\s|,\s*in\s+(?:return|exchange)\s*,))")
# a name no list knows, after the clause's first word: a capital, then lower case (not 'GPUs', not 'AI')
CAPITAL_WORD = re.compile(r"\s[A-Z][a-z]")
# ('and, in return, receive 5% ...': the return's phrase between 'and' and the verb)
TRIGGER_LEAD = re.compile(r"and(?:\s*,\s*in\s+(?:return|exchange)\s*,\s*|\s+)(?:(?:will|would|shall|has|have|had|"
                          r"also|then|later|separately|plans\s+to|is\s+to|to)\s+){0,3}")
AND_CLAUSE = re.compile(rf",\s+and\s+(?=(?:[A-Z][\w&.'’-]*\s+){{1,4}}(?:{words('clause_verbs')})\b)")
# ' and' with no comma, a name and a verb (mentions.and_name_clause; the code checks the verb and the name)
AND_NAME_CLAUSE = re.compile(r"(?<!,)\s+and\s+(?=(?:[A-Z][\w&.'’-]*\s+){1,4}?(?:also\s+|separately\s+|in\s+turn\s+)?"
                             r"(?P<verb>[a-z]+)\b)")
CLAUSE_VERB_WORDS = word_set("clause_verbs")
# ', and on Monday it added ...': 'and', a time perhaps, a pronoun and its verb; after a clause that tells what the
# subject already does (ALREADY_DOES), a clause of its own (mentions.already_then_clause)
_PRONOUN_LEAD = (r"(?:(?:on|in|last|this|earlier|later|now|then|separately|also)\s+(?:[\w-]+\s+)?)?(?:it|they)\s+"
                 r"(?:(?:has|have|had|also|now|then|will)\s+)*[a-z][\w-]+\s")
AND_PRONOUN_CLAUSE = re.compile(rf",\s+and\s+(?={_PRONOUN_LEAD})")
PRONOUN_LEAD = re.compile(_PRONOUN_LEAD)  # how the clause cut there opens
ALREADY_DOES = re.compile(r"\b(?:already|currently|has\s+long|have\s+long|for\s+years)\b", re.I)
COMMA_DEAL_CLAUSE = re.compile(rf",\s+(?=(?:[A-Z][\w&.'’-]*\s+){{1,4}}(?:(?:has|have|had|will|would)\s+)?"
                               rf"(?:{words('shared_subject_verbs')})\s)")
AND_SIZED_AFTER = re.compile(rf",\s+and\s+(?=(?:[A-Z][\w&.'’-]*\s+){{1,4}}(?:(?:has|have|had|will|would)\s+)?"
                             rf"(?:(?:separately|also|later|then|subsequently|meanwhile)\s+)?"
                             rf"(?:{words('shared_subject_verbs')})\s)")
FIGURE_BY_CLAUSE = re.compile(rf",?\s+(?:as\s+well\s+as|and|while)\s+(?=(?:the|a|an)\s+{SIGN}?\d[\d.,]*\s*"
                              rf"(?:million|billion|bn|mn|m|b)?\b[^,;]{{0,40}}?\b"
                              rf"(?:raised|closed|secured|obtained|landed)\s+by\s+(?-i:[A-Z]))", re.I)
# '... a $10 billion agreement between A and B and a $4 billion investment by C in D': a second deal noun with a
# figure and parties of its own, after 'between' or 'by' (mentions.coordinated_deal_noun; 'struck a $2 billion deal
# with A and a $500 million contract with B' shares its subject, candidates.paired_partners)
DEAL_NOUN_CLAUSE = re.compile(rf",?\s+(?:and|as\s+well\s+as|while)\s+(?=(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?"
                              rf"{SIGN}\s?\d[\d.,]*\s*(?:million|billion|trillion|bn|mn|m|b)?\b\s*(?:[\w-]+\s+){{0,2}}"
                              rf"(?:{words('coordinated_deal_nouns')})\s+(?:between|by)\s)", re.I)
_TIME_LEAD = r",\s+(?:(?:just|only|shortly|days|weeks|months|a\s+(?:day|week|month|year))\s+)?(?:after|before)\s+"
TIME_DEAL_CLAUSE = re.compile(rf"{_TIME_LEAD}(?=(?:[A-Z][\w&.'’-]*\s+){{1,4}}(?:{words('shared_subject_verbs')})\s)")
# the same before a new subject and a verb of a deal or of saying (', weeks after Ostrava said it had agreed to buy
# ...'; mentions.time_clause_unsized)
TIME_SAID_CLAUSE = re.compile(rf"{_TIME_LEAD}(?=(?:[A-Z][\w&.'’-]*\s+){{1,4}}"
                              rf"(?:{words('shared_subject_verbs')}|{words('speech_words')})\s)")
# ', months after a $750 million funding round': a phrase of time before a deal noun with a figure; the cut is at the
# comma, and the clause after opens with the phrase (TIME_NOUN_LEAD; mentions.time_noun_clause)
_TIME_NOUN = (rf"(?:(?:just|only|shortly|days|weeks|months|a\s+(?:day|week|month|year))\s+)?(?:after|following)\s+"
              rf"(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?{SIGN}\s?\d[\d.,]*\s*"
              rf"(?:million|billion|trillion|bn|mn|m|b)?\b\s*(?:[\w-]+\s+){{0,2}}"
              rf"(?:{words('coordinated_deal_nouns')})\b")
TIME_NOUN_CLAUSE = re.compile(rf",\s+(?={_TIME_NOUN})", re.I)
TIME_NOUN_LEAD = re.compile(_TIME_NOUN, re.I)
# ' after a $1.2 billion contract' right after a noun of agreement ('its second such agreement after ...';
# mentions.time_noun_after_noun)
NOUN_THEN_TIME = re.compile(rf"\s+(?={_TIME_NOUN})", re.I)
AGREEMENT_WORD_END = re.compile(r"\b(?:agreement|agreements|deal|deals|contract|contracts|pact|partnership|one)$", re.I)
# ' as part of a supply agreement under which Y will buy': a phrase of the agreement whose clause has a subject of its
# own, after a clause with a deal (mentions.agreement_under_which; the cut keeps the agreement's noun with its clause)
_UNDER_WHICH = (r"(?:as\s+part\s+of|under)\s+(?:a|an|the|its|their)\s+(?:[\w$€£.,%-]+\s+){0,4}?(?:agreement|deal|"
                r"contract|pact|partnership|arrangement)\s*,?\s+(?:under\s+which|in\s+which|whereby|through\s+which)"
                r"\s+[A-Z]")
UNDER_WHICH_CLAUSE = re.compile(rf",?\s+(?={_UNDER_WHICH})")
UNDER_WHICH_OPENING = re.compile(_UNDER_WHICH)  # how the clause cut there opens (merging.subsumed keeps both deals)
# 'Following a $4 billion deal with X in March, Y said ...': the phrase opens the sentence; the cut is at its comma,
# and the phrase's deal is the main clause's subject's (mentions.time_noun_opener)
COMMA_BREAK = re.compile(r",\s+")  # where the opener's phrase ends (its comma and the space after it)
TIME_NOUN_OPENER = re.compile(rf"\W*{_TIME_NOUN}{NO_BREAK}*(,)\s+", re.I)
# 'After buying Lumeo Networks for $1.1 billion last year, Kavrin Systems ...', 'Having acquired X for $1 billion in
# May, Y ...': a clause of time on a verb of the main clause's subject opens the sentence; the cut is at its comma,
# and the clause's deal is that subject's (mentions.gerund_opener)
_GERUND_OPEN = (rf"\W*{TIME_BEFORE}(?:(?:after|following|since)\s+(?-i:[a-z]+ing)|having\s+"
                rf"(?:(?:already|previously|also|just|recently)\s+)?{DONE_VERB})\s")
GERUND_OPENER = re.compile(rf"{_GERUND_OPEN}{NO_BREAK}*(,)\s+", re.I)
GERUND_LEAD = re.compile(_GERUND_OPEN, re.I)
# ', and' or 'and' alone before a new subject and its deal verb ('... raised $100 million and Halden Cloud raised $50
# million': the last clause of a run); mentions.and_clause_deal_verb asks each side to state a deal
# ' while Orvane invested $500 million in ...': 'while' with no comma before a new subject and its deal verb
# (mentions.while_clause)
WHILE_CLAUSE = re.compile(rf"\s+(?=(?:while|whereas)\s+(?:[A-Z][\w&.'’-]*\s+){{1,4}}(?:(?:has|have|had|will|would|"
                          rf"also|both)\s+)*(?:{words('shared_subject_verbs')})\s)")
# ", Nexor's $3 billion chip order from ...": an item of a list of deals, its owner's possessive, a figure and up to
# three words before its deal noun (mentions.possessive_deal_list)
_POSSESSIVE_DEAL = (rf"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}['’]s\s+"
                    rf"(?:{SIGN}\s?[\d.,]+\s*(?:million|billion|bn|m|trillion)?\s+)?(?:[\w-]+\s+){{0,3}}?"
                    r"(?:deal|contract|order|purchase|acquisition|investment|lease|agreement|takeover|round)s?\b")
POSSESSIVE_DEAL_ITEM = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?={_POSSESSIVE_DEAL})")
# (the part before an item opens an item of its own: an owner's possessive and a deal noun)
POSSESSIVE_DEAL_FIRST = re.compile(rf"(?<![\w'’]){_POSSESSIVE_DEAL}")


# ', and Ostavia said it had agreed to ...': a new subject and a verb of saying (mentions.and_said_clause)
AND_SAID_CLAUSE = re.compile(r",\s+and\s+(?=(?:[A-Z][\w&.'’-]*\s+){1,4}(?:said|says|announced|announces|added|"
                             r"disclosed|confirmed)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s)")
# ', and' (or ', while') and one to four capitalised words, then a lower-case word: where a deal word starts there, a
# new subject and its deal verb (mentions.and_clause_trigger)
AND_NAMED_VERB = re.compile(r",\s+(?:and|while)\s+(?=(?:[A-Z][\w&.'’-]*\s+){1,4}(?P<verb>[a-z][\w-]*))")
AND_DEAL_CLAUSE = re.compile(rf"(?:,\s+(?:and|while)|\s+and)\s+"
                             rf"(?=(?:(?:its\s+|their\s+)?(?:{words('rival_titles')})\s+)?"  # ('and rival Y secured')
                             rf"(?:[A-Z][\w&.'’-]*\s+){{1,4}}(?:{words('shared_subject_verbs')})\s)")
# ('... for $2 billion and Ondine will provide power to ...': the new subject's verb after an auxiliary;
# mentions.and_clause_auxiliary)
# an auxiliary or modal: the part before 'and' is a clause of its own, not a noun phrase ('The $1 billion partnership
# between A and B will build ...'; mentions.and_clause_unsized)
FINITE = re.compile(r"\b(?:will|would|shall|has|have|had|is|are|was|were|plans|agreed)\b")
# ', with Z agreeing to backstop ...': ', with', a name of up to four words and a participle that is no verb of putting
# money in (context lists share_giving_verbs, money_putting_gerunds), the name new to the sentence
# (mentions.with_doing_clause)
WITH_DOING_CLAUSE = re.compile(rf",\s+with\s+(?=(?P<name>(?:[A-Z][\w&.'’-]*\s+){{1,4}})(?:also\s+)?"
                               rf"(?!(?:{words('share_giving_verbs')}|{words('money_putting_gerunds')}|joining)\b)"
                               rf"[a-z]+ing\s)")
# ('with A, B and C also taking part': a participle after 'also', no finite verb, no clause of its own;
# mentions.participle_not_clause)
PARTICIPLE_TAIL = re.compile(r"(?:[A-Z][\w&.'’-]*\s+){1,4}also\s+[a-z]+ing\b")


def _participle_tail(text: str, at: int) -> bool:
    """After 'and': names, then 'also' and a participle ('and Drummond Growth also taking part'): the last member of
    a list a participle closes, not a new subject with its verb (rule mentions.participle_not_clause)."""
    return bool(PARTICIPLE_TAIL.match(text, at)) and on("mentions.participle_not_clause") and hit(
        "mentions.participle_not_clause")


AND_AUX_CLAUSE = re.compile(r"(?:,\s+(?:and|while)|\s+and)\s+"
                            r"(?=(?:[A-Z][\w&.'’-]*\s+){1,4}(?:has|have|had|will|would|also|is\s+set\s+to|"
                            r"is\s+to)\s+(?:also\s+)?[a-z][\w-]+\s)")


def _side_after_trigger(text: str, trigger_at: list[int], org_at: list[int], lo: int, hi: int) -> bool:
    """Whether an organisation (or a name no list knows yet: CAPITAL_WORD) is named between lo and hi after the first
    deal word there: the clause's own counterparty."""
    first = next((t for t in trigger_at if lo <= t < hi), None)
    if first is None or PASSIVE_BEFORE.search(text, lo, first):
        return False  # ('It is already backed by Tessar and raised ...': a state told, whose 'by' names no deal's side)
    return any(first < o < hi for o in org_at) or bool(CAPITAL_WORD.search(text, first, hi))


PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|already\s+|also\s+|still\s+)?$",
                            re.I)


def _opens_with_trigger(text: str, at: int, trigger_at: list[int]) -> bool:
    """Whether a deal word starts right after 'and' and its words of tense or time at `at` (TRIGGER_LEAD)."""
    lead = TRIGGER_LEAD.match(text, at)
    i = bisect_left(trigger_at, lead.end()) if lead else len(trigger_at)
    return i < len(trigger_at) and trigger_at[i] == lead.end()


def _object_before_and(text: str, trigger_at: list[int], lo: int, hi: int) -> bool:
    """'Tavira Power will sell 300 MW to Glenn Data, and ...': the part before ', and' ends on a name, and a finite
    verb and a trigger stand in it with no comma between the last trigger and the cut, so the name ends that clause,
    no list of names (mentions.and_clause_after_name)."""
    i = bisect_left(trigger_at, hi) - 1
    return i >= 0 and trigger_at[i] >= lo and "," not in text[trigger_at[i]:hi] and bool(FINITE.search(
        text, lo, trigger_at[i])) and on("mentions.and_clause_after_name") and hit("mentions.and_clause_after_name")


def _has(starts: list[int], lo: int, hi: int) -> bool:
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


# 'a 5% stake', 'a 12 per cent stake': the share a stake is told by (mentions.and_clause_stake)
PERCENT_STAKE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+(?:[\w-]+\s+)?stake\b", re.I)


def _states_stake(text: str, invest_at: list[int], lo: int, hi: int, after: int, e: int) -> bool:
    """'X will take a 5% stake in Y, and Y will buy $800 million of X's chips': a stake told by its share, with no
    figure, states a deal as a figure does, where the clause after is no investment (mentions.and_clause_stake)."""
    return on("mentions.and_clause_stake") and _has(invest_at, lo, hi) and not _has(invest_at, after, e) and bool(
        PERCENT_STAKE.search(text, lo, hi)) and hit("mentions.and_clause_stake")


def _states_deal(trigger_at: list[int], money_at: list[int], lo: int, hi: int) -> bool:
    return _has(trigger_at, lo, hi) and _has(money_at, lo, hi)


RECIPIENT_START = re.compile(rf"\s+(?:[A-Z0-9$€£]|(?:{words('recipient_words')})\b)")


def _purpose_to(t: Trigger, text: str) -> bool:
    """'lease ... to X' names the tenant, 'rent X's GPUs to develop models' a purpose: a trigger that ends in 'to'
    followed by a lower-case word that opens no noun phrase is an infinitive, not a recipient."""
    if not t.text.lower().endswith(" to"):
        return False
    if on("mentions.described_recipient") and hit("mentions.described_recipient", bool(
            RECIPIENT_DESCRIBED.match(text, t.end))):
        return False  # 'leased to cloud provider Tessaly': the words before the name describe the recipient
    return not RECIPIENT_START.match(text, t.end)


# before a name: rivals given as examples ('larger rivals such as X', 'competitors like X and Y')
# (mentions.rival_not_antecedent)
RIVAL_EXAMPLE_BEFORE = re.compile(r"\b(?:rivals?|competitors?|peers?)\s+(?:such\s+as|like|including)\s+"
                                  r"(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*(?:\s*,\s*|\s+and\s+|\s+or\s+))*$")
# right before a deal word: the course not taken ('instead of buying them from X', 'rather than lease', 'lost a bid to
# supply GPUs to X', 'failed to secure') (mentions.alternative_not_taken)
NOT_TAKEN_BEFORE = re.compile(r"(?:\b(?:instead\s+of|rather\s+than|in\s+place\s+of)|"
                              r"\blos(?:t|es|ing)\s+(?:out\s+on\s+)?(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?"
                              r"(?:bid|race|contest|competition|tender)\s+(?:to|for)|"
                              r"\bfail(?:ed|s|ing)?\s+(?:in\s+(?:its|their)\s+(?:bid|attempt|effort)\s+)?to)"
                              r"\s+(?:[\w-]+\s+)?$", re.I)
# before 'stake in': a verb of holding, the stake one already has ('has a 12% stake in X worth $400 million',
# 'owns a minority stake in') (mentions.stake_held)
# "Brisa's stake in Lumora is now worth $4 billion": a stake told by what it is worth is held (no comma between:
# "a stake in X, which was valued at" values X; mentions.stake_worth)
STAKE_WORTH_AFTER = re.compile(r"[^.;,$€£¥]{0,60}?" + WORTH_TOLD + r"\b", re.I)
STAKE_HELD_BEFORE = re.compile(r"\b(?:has|have|had|holds|hold|held|owns|own|owned|retains|retained|keeps|kept)\s+"
                               r"(?:a|an|the|its|their)\s+(?:[\d.]+\s*(?:%|per\s*cent|percent)\s+)?(?:[\w-]+\s+)?$",
                               re.I)
# a verb of supplying in the infinitive, then the subject's own sites ('... to supply its data centres')
# (mentions.supplies_own_sites)
SUPPLY_INFINITIVE_BEFORE = re.compile(r"\bto\s+$", re.I)
SUPPLYING_INFINITIVES = frozenset(("supply", "provide", "deliver"))  # (not 'to sell its campus': the site is sold)
OWN_SITES_AFTER = re.compile(rf"\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){{0,3}}?{SITE_NOUN}\b", re.I)


def _supplies_own_sites(t: Trigger, text: str, triggers: list[Trigger]) -> bool:
    """'X signed a power purchase agreement with Y for 250 MW of solar energy to supply its data centres': after
    another deal word, a verb of supplying in the infinitive whose object is the subject's own sites says what the
    goods are for; its subject is no supplier, and it is no trigger (rule mentions.supplies_own_sites)."""
    if not on("mentions.supplies_own_sites") or t.text.lower() not in SUPPLYING_INFINITIVES or not \
            SUPPLY_INFINITIVE_BEFORE.search(text, max(0, t.start - 4), t.start):
        return False
    return bool(OWN_SITES_AFTER.match(text, t.end)) and any(u.end <= t.start - 4 for u in triggers)


def _help_purpose(t: Trigger, text: str, triggers: list[Trigger]) -> bool:
    """'Tarrow Credit closed the $750 million facility to help Korvane build more data centres': a deal word in a
    purpose clause 'to help X (to) ...' after a deal word of the same sentence tells what the money is for, not a deal
    of its own (rule mentions.help_purpose)."""
    if not on("mentions.help_purpose") or not HELP_BEFORE.search(text, max(0, t.start - 80), t.start):
        return False
    return any(u.end <= t.start - 8 and not SENTENCE_END.search(text, u.end, t.start) for u in triggers)


# 'to help Korvane Systems (to) ', 'to help it ', right before a deal word (mentions.help_purpose)
HELP_BEFORE = re.compile(r"\bto\s+help\s+(?:(?:[A-Z][\w&.'’-]*\s+){1,4}|it\s+|them\s+)?(?:to\s+)?$")
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[A-Z]")


RECIPIENT_DESCRIBED = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{words('appositive_descriptors')}|"
                                 rf"{words('recipient_holder_nouns')})\s+[A-Z]")


# 'a $300 million investment in March 2024': 'in' before a date places the deal in time, it names no investee
DATE_START = re.compile(r"\s+(?:(?:early|late|mid)[\s-]+)?(?:January|February|March|April|May|June|July|August|"
                        r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
                        r"(?:19|20)\d\d)\b")


def _temporal_in(t: Trigger, text: str) -> bool:
    return t.text.lower().endswith((" in", " into")) and on("mentions.temporal_in") and bool(
        DATE_START.match(text, t.end))


WORD = re.compile(r"[\w'’-]+")
# '500MW', '1.2GW', '40bn', '3nm': a figure written with its unit, which a name shaped like '3M' would also match
UNIT_FIGURE = re.compile(r"\d[\d.,]*(?:[kMG]Wh?|TWh|bn|mn|nm|GB|TB|PB)", re.I)
# 'not something X agrees with', 'agreed with the assessment': to agree with a view, no agreement made
AGREES_WITH_VIEW = re.compile(r"agree[sd]?\s+with\s*(?:[,.;:!?)\"”]|$|(?:the|this|that|his|her|their|its)\s+"
                              r"(?:view|assessment|decision|analysis|position|ruling|criticism|sentiment)s?\b)", re.I)
FIXED_EXPRESSIONS = tuple(sorted(p.lower().split() for p in word_set("fixed_expressions")))


def _fixed_expression(t: Trigger, text: str) -> bool:
    """'in order to boost ...': the trigger's first word is part of a fixed expression that means no trade (context
    list fixed_expressions)."""
    first = t.text.split(None, 1)[0].lower()
    for phrase in FIXED_EXPRESSIONS:
        if first not in phrase:
            continue
        k = phrase.index(first)
        before = WORD.findall(text[max(0, t.start - 40):t.start].lower())[-k:] if k else []
        after = WORD.findall(text[t.start:t.start + 60].lower())[:len(phrase) - k]
        if before + after == phrase:
            return on("mentions.fixed_expression")
    return False


# 'a fully committed bridge loan', 'the leased site': a participle between a determiner (and an adverb) and the
# lower-case word it describes is an adjective, no deal verb (mentions.participle_adjective)
DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|this|that|these|those)\s+(?:[a-z]+ly\s+)?$", re.I)
NOUN_AFTER = re.compile(r"[ \t]+(?:[a-z][\w-]*)\b(?!\s+(?:by|to|from|with|in|for)\b)")
# the reader as the subject of a deal verb ('if you buy them separately', 'you can also lease one'): advice to a
# buyer, no deal between organisations (mentions.reader_subject)
_READER = (r"\byou(?:['’](?:ll|d|re|ve))?\s+(?:(?:can|could|will|would|may|might|should|must|do|don['’]t|"
           r"also|still|"
           r"then|first|need\s+to|have\s+to|want\s+to|plan\s+to|are|were)\s+){0,3}")
READER_BEFORE = re.compile(_READER + "$", re.I)
# the reader's verb, then what it takes (no comma or clause break) and 'or'/'and' before a second verb ('you can buy
# the card from X or rent time on it from Y')
READER_COORDINATED = re.compile(_READER + r"[a-z]+\b[^,;.:!?]*\s(?:or|and)\s+$", re.I)


def _reader_subject(t, text: str) -> bool:
    """A trigger whose subject is the reader, written before it or before the verb it is coordinated with
    (mentions.reader_subject)."""
    return on("mentions.reader_subject") and bool(READER_BEFORE.search(text, max(0, t.start - 40), t.start) or (
        READER_COORDINATED.search(text, max(0, t.start - 120), t.start)))


INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # 'U.S.', 'U.A.E.': an abbreviation, not a word ending a sentence
# 'the top-selling accelerator', 'a best-selling card': a lower-case word and a hyphen joined to an -ing trigger
# before a noun make one adjective, no deal verb (mentions.compound_ing_adjective); not 'co-' ('co-leading')
WORD_HYPHEN_BEFORE = re.compile(r"(?<![\w-])(?!co-)[a-z]+-$")
WORD_AFTER = re.compile(r"[ \t]+[a-z][\w-]*\b")  # the lower-case word it describes, whatever follows
# a trigger of buying a stake that ends at 'equity' of 'an equity value of' (mentions.equity_value)
EQUITY_VALUE = re.compile(r"\bequity\s+values?\b", re.I)


# a capitalised word right before a trigger written with a capital, on the same line, with no full stop or colon
# between ('the Federal Reserve Bank', 'at Best Buy'): the trigger is a word of a name (mentions.trigger_in_name)
NAME_WORD_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<![.!?:;])\b(?-i:[A-Z])[\w&.'’-]*[ \t]+$")
LINE_WORDS = re.compile(r"[A-Za-z][\w'’-]{3,}")
# the trigger, or the word after it, names an agreement: a capitalised agreement's name ('a Data Center Lease',
# 'a Power Purchase Agreement') is still a deal told
NAMED_AGREEMENT = re.compile(rf"(?:[\w-]+\s+)*?(?:{words('agreement_nouns')})s?\b", re.I)


# the small words that make a hyphenated chain a phrase used as one word ('take-or-pay', 'pay-as-you-go')
PHRASE_WORDS = frozenset(("or", "and", "as", "to", "you", "per", "the", "a", "for", "in", "by"))


def _in_hyphen_phrase(t: Trigger, text: str) -> bool:
    """'a take-or-pay offtake agreement', 'pay-as-you-go pricing': a one-word trigger inside a hyphenated chain that
    holds a small word of phrase is a word of a modifier, no verb of the sentence (rule mentions.hyphen_phrase)."""
    if " " in t.text.strip():
        return False
    lo = max(text.rfind(" ", 0, t.start), text.rfind("\n", 0, t.start)) + 1
    hi = min((i for i in (text.find(" ", t.end), text.find("\n", t.end)) if i >= 0), default=len(text))
    parts = text[lo:hi].strip(".,;:()\"'’“”").lower().split("-")
    return len(parts) >= 3 and any(p in PHRASE_WORDS for p in parts)


def _trigger_in_name(t: Trigger, text: str) -> bool:
    """'Williams, the president of the Federal Reserve Bank of New York, said ...', 'I went to Best Buy': a trigger
    written with a capital right after another capitalised word, in a line of running text (most of its longer words
    in lower case: not a headline in title case, 'Velkor Buys Orlin'), is a word of a name, not a deal's verb (rule
    mentions.trigger_in_name)."""
    if not t.text[:1].isupper() or not NAME_WORD_BEFORE.search(text, max(0, t.start - 40), t.start):
        return False
    last, after = t.text.split()[-1], WORD.findall(text[t.end:t.end + 30])[:1]
    if NAMED_AGREEMENT.fullmatch(" ".join([last, *after])) or NAMED_AGREEMENT.fullmatch(last):
        return False  # ('a Data Center Lease', 'a Power Purchase Agreement': the agreement's name)
    line_start, line_end = text.rfind("\n", 0, t.start) + 1, text.find("\n", t.end)
    longer = LINE_WORDS.findall(text, line_start, line_end if line_end >= 0 else len(text))
    return 2 * sum(w[0].isupper() for w in longer) < len(longer) and on("mentions.trigger_in_name")


# after 'won/clinched/secured ... a deal': the deal's other side named with it, not as its buyer
# (mentions.deal_with_sides)
SIDES_AFTER = frozenset(("with", "between", "alongside"))


def _trigger(span: Span) -> Trigger:
    type_, frame = span.label_.split("|", 1)
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if frame == "seller_first" and span[-1].lower_ in ("deal", "deals") and after is not None and \
            after.lower_ in SIDES_AFTER and hit("mentions.deal_with_sides", on("mentions.deal_with_sides")):
        frame = "symmetric"  # 'Korvane clinched a deal with Halden Cloud': the kinds and the terms give the roles
    return Trigger(span.start_char, span.end_char, span.text, type_, frame, span[0].idx + len(span[0]))


_LABEL_NAME = r"[A-Z][\w.'’-]*[\w](?:\s[A-Z][\w.'’-]*[\w]){0,2}"
# 'the Velkor-Quenby agreement', 'a Halvex–Orsk Cloud deal': a name, a hyphen or a dash, a name, then a noun of a
# deal (context list agreement_nouns; one word between at most: 'the Velkor-Quenby GPU agreement';
# mentions.hyphen_pair)
_PAIR_NAME = r"[A-Z][\w.'’]*[\w](?:\s[A-Z][\w.'’]*[\w])?"
HYPHEN_PAIR = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+"
                         rf"(?:[\w$€£.,-]*\d[\w.,]*\s+(?:billion|million|bn|m)?\s*)?"
                         rf"({_PAIR_NAME})\s?[-–]\s?({_PAIR_NAME})\s+(?:[a-z][\w-]*\s+)?"
                         rf"(?:{words('agreement_nouns')}|tie-up|alliance)s?\b")
PAIR_LABEL = re.compile(rf"(?m)^[ \t]*(?:[•·▪◦*-][ \t]*)?({_LABEL_NAME})\s*(?:&|and)\s*({_LABEL_NAME})"
                        rf"(?=\s*[–—:-]\s|\s*[$€£¥₹])")


def _org_mentions(doc: Doc, lex: Lexicon) -> list[OrgMention]:
    text = doc_text(doc)
    products = [(p.start_char, p.end_char) for p in doc.spans.get("products", [])]
    mentions = []
    for span in doc.spans.get("orgs", []):
        entry = lex.by_key.get(fold_name(span.label_))
        if entry is None:
            continue
        if FIGURE_BEFORE.search(text, max(0, span.start_char - 30), span.start_char) and DEAL_NAME_END.search(
                span.text) and hit("mentions.figure_before_deal_name", on("mentions.figure_before_deal_name")):
            continue  # 'a $5 Billion AI Infrastructure Partnership': the deal the figure sizes, not the company
        arm = ARM_SUFFIX.match(text, span.end_char) if on("mentions.named_arm") else None
        if arm and not lex.lookup(text[span.start_char:arm.end()]) and hit("mentions.named_arm"):
            # 'Mubadala Capital', 'Cisco Investments': a known company's investing arm, named as written
            name = text[span.start_char:arm.end()]
            mentions.append(OrgMention(span.start_char, arm.end(), name, fold_name(name), name, "investor"))
            continue
        longer = _known_opens_name(text, span.start_char, span.end_char, lex, products)
        if longer is not None and hit("mentions.known_opens_name"):
            # 'Mistral Peak Partners', 'Oracle Bay Capital': a known name that opens a longer one, whose last word is a
            # company's, names another company, as written
            name = text[span.start_char:longer]
            mentions.append(OrgMention(span.start_char, longer, name, fold_name(strip_suffix(name)), strip_suffix(name),
                                       _name_kind(head_before_of(name))))
            continue
        end = span.end_char
        more = NAME_GOES_ON.match(text, end) if on("mentions.written_in_full") else None
        if more and hit("mentions.written_in_full"):
            end = more.end()  # 'Crusoe Energy Systems': the list knows 'Crusoe Energy'; the passage writes more of it
        mentions.append(OrgMention(span.start_char, end, text[span.start_char:end], fold_name(entry.name), entry.name,
                                   entry.kind))
    mentions += _unknown_orgs(text, lex, mentions, products)
    mentions.sort(key=lambda m: m.start)
    return [m for i, m in enumerate(mentions) if not _is_ticker(text, mentions[i - 1] if i else None, m)]


# a figure right before a known name that ends in a deal noun ('$5 Billion AI Infrastructure Partnership') sizes a
# deal so named, not the company (mentions.figure_before_deal_name)
FIGURE_BEFORE = re.compile(r"[$€£¥₹]\s?\d[\d.,]*\s*(?:billion|million|trillion|bn|mn|m|b)?\s+$", re.I)
DEAL_NAME_END = re.compile(r"\b(?:Partnership|Alliance|Venture|Deal|Agreement|Project|Initiative)$", re.I)
# after a known company's name, the word of an investing arm ('Mubadala Capital', 'Cisco Investments'; context list
# arm_suffixes): another organisation, named as written
ARM_SUFFIX = re.compile(rf"[ \t]+(?:{words('arm_suffixes')})\b")


# after a known name: one or two capitalised words and a company's word ('Mistral Peak Partners', 'Oracle Bay
# Capital'; mentions.known_opens_name)
KNOWN_OPENS = re.compile(r"((?:[ \t]+[A-Z][\w&'’-]*){1,2})[ \t]+(" + "|".join(
    re.escape(w) for w in sorted(read_yaml("cues.yaml")["org_suffixes"], key=len, reverse=True)
    if w[:1].isupper() and not w.isupper() and "." not in w) + r")\b(?![’'-])")


def _known_opens_name(text: str, start: int, end: int, lex: Lexicon, products: list) -> int | None:
    """Where the name the list knows at start..end opens a longer one (one or two capitalised words, then a word of
    a company's: 'Mistral Peak Partners', 'Apple Tree Ventures', 'Samsung Heavy Industries') that the list does not
    know, the longer name's end; else None. Not where a word in between is a company's word itself ('Oracle Cloud
    Infrastructure', the list's company and its unit), a product's name, a headline's verb or a word no name takes,
    nor in a title-case line, where every word has its capital ('Velkor Backs Tessaly Labs'): the line's other words
    than the name's have two lower-case words of four letters or more."""
    m = KNOWN_OPENS.match(text, end) if on("mentions.known_opens_name") else None
    if m is None or lex.lookup(text[start:m.end()]):
        return None
    between = m.group(1).split()
    suffixes, verbs = set(lex.cues["org_suffixes"]), set(lex.cues["headline_verbs"])
    if any(w in suffixes or w.lower() in verbs or w in lex.cues["not_org_words"] or lex.lookup(w) for w in between):
        return None
    if any(s < m.end(1) and end < e for s, e in products):
        return None
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = LINE_WORDS.findall(text, line_start, start) + LINE_WORDS.findall(
        text, m.end(), line_end if line_end >= 0 else len(text))  # (the line's other words than the name's)
    return m.end() if sum(w[0].islower() for w in line) >= 2 else None  # (a title-case line has at most one)


# after a known name, company words that go on with it ('Crusoe Energy Systems', 'Halvern Networks Technologies';
# context list name_continuations): the passage writes the name in full; the mention takes them in
NAME_GOES_ON = re.compile(rf"(?:[ \t]+(?:{words('name_continuations')}))+\b")


# after an institution's head word: its 'of' or 'for' phrase of capitalised words, one word after an 'and' ('Bank
# for Reconstruction and Development'; not '... of Kavala and Orsk Capital', a second company) (mentions.institution_of)
INSTITUTION_OF = re.compile(r"[^\S\n](?:of|for)[^\S\n](?:the[^\S\n])?[A-Z][\w&-]*(?:[^\S\n](?:of[^\S\n])?[A-Z][\w&-]*)*"
                            r"(?:[^\S\n](?:and|&)[^\S\n][A-Z][\w&-]*(?![^\S\n][A-Z]))?(?![\w’'-])")


# suffix words that name a product's field as well as a company ('Claude AI'; mentions.product_company_word)
FIELD_SUFFIXES = frozenset({"AI", "Intelligence", "Software", "Digital", "Robotics", "Technology", "Technologies"})


# right before a name: running text, a lower-case word or a comma on the same line ('includes Brackmoor, ', 'by ')
RUNNING_BEFORE = re.compile(r"(?:\b[a-z][\w'’-]*|,)[^\S\n]+$")


def _one_company_word(rest: str, generic: set, suffixes: list) -> bool:
    """' Systems' after a product's name: one word of a company's suffixes that is neither a field's nor a headline's
    common word (mentions.product_company_word)."""
    words = rest.split()
    return len(words) == 1 and words[0] in suffixes and words[0] not in FIELD_SUFFIXES | generic


HEADLINE_PARTICLES = frozenset({"Up", "Out"})  # after a headline's verb ('Snap Up', 'Buys Out'): no name's word


def _unknown_orgs(text: str, lex: Lexicon, known: list[OrgMention], products: list) -> list[OrgMention]:
    """Organisations outside the gazetteer: legal/industry suffixes, 'startup Foo', '... government'."""
    from .slots import is_english  # slots.py imports this module
    rx = cue_regexes(lex)
    not_org = set(lex.cues["not_org_words"])
    generic = set(lex.cues["generic_words"])
    taken = [(m.start, m.end) for m in known] + products
    found: list[OrgMention] = []
    for m in PAIR_LABEL.finditer(text):  # '• Halvern & Velmora – $20B cloud deal': a list item's label names the pair
        for g in (1, 2):
            start, end, name = m.start(g), m.end(g), m.group(g)
            words = name.split()
            verb = next((k for k, w in enumerate(words) if k and w.lower() in lex.cues["headline_verbs"]), None)
            if verb is not None and hit("mentions.pair_label_verb", on("mentions.pair_label_verb")):
                name = " ".join(words[:verb])  # 'Kelmar and Tessaly Announce $5 Billion ...': the name ends at the verb
                end = start + len(name)
            if any(s < end and start < e for s, e in taken) or name in not_org or not hit("mentions.pair_label", True):
                continue
            entry = lex.lookup(name)
            canonical = entry.name if entry else strip_suffix(name)
            found.append(OrgMention(start, end, name, fold_name(canonical), canonical, entry.kind if entry else "other",
                                    "shape:pair_label"))
            taken.append((start, end))
    for m in HYPHEN_PAIR.finditer(text) if on("mentions.hyphen_pair") else ():
        # 'The Velkor-Quenby agreement': two names no dictionary has, joined by a hyphen before a noun of a deal,
        # name its two sides
        spans = [(m.start(g), m.end(g), m.group(g)) for g in (1, 2)]
        if any(s < e2 and s2 < e for s, e in taken for s2, e2, _ in spans) or any(
                name in not_org or is_english(name, plural=False) and lex.lookup(name) is None
                for _, _, name in spans):
            continue
        hit("mentions.hyphen_pair")
        for start, end, name in spans:
            entry = lex.lookup(name)
            canonical = entry.name if entry else strip_suffix(name)
            kind = entry.kind if entry else "other"
            found.append(OrgMention(start, end, name, fold_name(canonical), canonical, kind, "shape:hyphen_pair"))
            taken.append((start, end))
    for m in rx["maker_org"].finditer(text):
        entry = lex.lookup(lex.product_makers[m.group(1) or m.group(2)])
        named = NAME_AFTER_MAKER.match(text, m.end()) if m.group(1) and on("mentions.maker_named_after") else None
        if named and named.group(1).lower() not in lex.cues["headline_verbs"] and hit("mentions.maker_named_after"):
            continue  # 'invests $10 billion in ChatGPT maker Vaterfen': the name after the description is the maker
        if entry and not any(s < m.end() and m.start() < e for s, e in taken if (s, e) not in products):
            found.append(OrgMention(m.start(), m.end(), entry.name, fold_name(entry.name), entry.name, entry.kind,
                                    "maker"))
            taken.append((m.start(), m.end()))
    for pattern in ("suffix_org", "descriptor_org", "opening_descriptor", "subject_org", "raising_org", "government",
                    "appositive_org", "valued_org", "bracket_member", "copular_org", "relation_org", "role_named_org",
                    "possessive_apposition_org", "as_role_org", "rival_named_org", "hired_org", "opening_named_org",
                    "item_label_org", "acquirer_modifier_org", "customer_finder_org", "spokesperson_org",
                    "role_of_org"):
        if pattern in SHAPE_RULES and not on(SHAPE_RULES[pattern]):
            continue
        for m in rx[pattern].finditer(text):
            through_run = False
            if pattern == "descriptor_org" and on("mentions.person_descriptor") and hit(
                    "mentions.person_descriptor", bool(PERSON_BEFORE_DESCRIPTOR.search(text, max(0, m.start() - 20),
                                                                                        m.start()))):
                continue  # 'from angel investor Dara Lintz': a person's word before the noun; people are no parties
            group = next(i for i in range(1, (m.lastindex or 1) + 1) if m.group(i))
            start, end, name = m.start(group), m.end(group), m.group(group).rstrip(".")
            if pattern == "suffix_org" and name[:1].islower() and not (
                    on("mentions.camel_case_suffix") and hit("mentions.camel_case_suffix")):
                continue  # 'eVolt Power': a first word in camel case
            if pattern == "suffix_org":  # 'Kestrel Infrastructure Partners': the lazy match stops at the first suffix
                more = rx["suffix_run"].match(text, m.end(group))
                if more and hit("mentions.suffix_run", on("mentions.suffix_run")):
                    name = text[start:more.end()].rstrip(".")
                through = SUFFIX_THROUGH.match(text, start + len(name)) if on("mentions.suffix_run_through") else None
                through_run = bool(through) and (through.group(1).rstrip(".") in lex.cues["org_suffixes"] or
                                                 through.group(1).rstrip(".") in LEGAL_FORMS_LONG)
                if through_run and hit("mentions.suffix_run_through"):
                    # 'Tamsin Power International Berhad': a capitalised word, then a further suffix, are the same
                    # name (the legal form, as ever, outside it)
                    name = text[start:through.start(1)].rstrip() if through.group(1).rstrip(".") in LEGAL_SUFFIXES \
                        or through.group(1).rstrip(".") in LEGAL_FORMS_LONG else text[start:through.end(1)]
                phrase = INSTITUTION_OF.match(text, start + len(name)) if name.split()[-1] in word_set(
                    "institution_heads") and on("mentions.institution_of") else None
                if phrase and hit("mentions.institution_of"):
                    name = text[start:phrase.end()]  # 'Norvik Bank' + ' of Commerce': one institution's name
            spelled = SPELLED_OUT.match(text, start + len(name)) if pattern == "suffix_org" and on(
                "mentions.abbreviation_spells") else None
            if spelled and _initials(name.split() + spelled.group(1).split()) == spelled.group(2) and hit(
                    "mentions.abbreviation_spells"):
                name = text[start:spelled.end(1)]  # 'Orsk Power Optimization (OPO)': the letters spell the whole name
            end = start + len(name)
            words = name.split()
            # a name does not run on past a sentence's full stop ('... firm Tessavon. The San Jose-based ...')
            # (initials are no sentence's end: 'the U.S. government')
            stop = next((i for i, w in enumerate(words[:-1]) if w.endswith(".") and len(w) > 3
                         and w[:-1] not in lex.cues["org_suffixes"] and not INITIALS.fullmatch(w)
                         and hit("mentions.full_stop", True)), None)
            if stop is not None:
                words = words[:stop + 1]
                words[-1] = words[-1].rstrip(".")
                end = start + len(" ".join(words))
            # 'US-based AI infrastructure company X', 'Tata-backed Brisa Fund': where a company is based, or who backs
            # or owns it, describes it, it does not name it
            # 'Series C. Stellix Capital led ...': a round's letter ends the sentence before the name
            if len(words) > 2 and words[0].lower() == "series" and re.fullmatch(r"[A-Z]\.", words[1]) and hit(
                    "mentions.round_letter_stop", on("mentions.round_letter_stop")):
                start += len(words[0]) + len(words[1]) + 2  # the shape took the round's name with the letter
                words = words[2:]
            if len(words) > 1 and re.fullmatch(r"[A-Z]\.", words[0]) and text[max(0, start - 7):start].lower() \
                    == "series " and hit("mentions.round_letter_stop", on("mentions.round_letter_stop")):
                start += len(words[0]) + 1
                words = words[1:]
            while words and HYPHEN_DESCRIBED.fullmatch(words[0]):
                start += len(words[0]) + 1
                words = words[1:]
            # 'Halvern-backer Ostrix Capital', 'Velkor-rival Tessaly': whose backer, rival, supplier the name is
            while len(words) > 1 and HYPHEN_RELATION.fullmatch(words[0]) and hit(
                    "mentions.hyphen_relation", on("mentions.hyphen_relation")):
                start += len(words[0]) + 1
                words = words[1:]
            # 'Kelmar Capital-backed Velkara Compute': a backer's name of several words, then the hyphen
            cut = next((k for k in range(len(words) - 2, 0, -1) if HYPHEN_DESCRIBED.fullmatch(words[k])), None)
            if cut is not None and hit("mentions.backer_words", on("mentions.backer_words")):
                start += len(" ".join(words[:cut + 1])) + 1
                words = words[cut + 1:]
            while words and UNIT_FIGURE.fullmatch(words[0]) and hit("mentions.unit_figure", on("mentions.unit_figure")):
                start += len(words[0]) + 1  # 'a 500MW AI data centre': a figure and its unit open no name
                words = words[1:]
            while words and start and text[start - 1] in "$€£¥₹" and re.fullmatch(r"\d[\d.,]*[A-Za-z]{0,3}", words[0]) \
                    and hit("mentions.money_not_name", on("mentions.money_not_name")):
                start += len(words[0]) + 1  # 'after $4B Velmora AI contract': a figure written on, no name's word
                words = words[1:]
            # 'Tosaka Denki to Acquire Mirae Compute': in a title-case headline a verb opens no name
            verb = next((k for k in range(len(words) - 2, -1, -1) if words[k].lower() in lex.cues["headline_verbs"]), None)
            if verb is not None and hit("mentions.headline_verb_first", on("mentions.headline_verb_first")):
                start += len(" ".join(words[:verb + 1])) + 1  # 'Quarnell Taps Tessaly Telecom': the name after the verb
                words = words[verb + 1:]
                if len(words) > 1 and words[0] in HEADLINE_PARTICLES:
                    start += len(words[0]) + 1  # 'Tollmere to Snap Up Drevant Cloud': the verb's particle too
                    words = words[1:]
            if words and text[max(0, start - 3):start].lower() == "to " and words[0].lower() in word_set("purpose_verbs") \
                    and hit("mentions.purpose_verb", on("mentions.purpose_verb")):
                start += len(words[0]) + 1  # '... Led by Halvern to Build AI Chips': a purpose's verb opens no name
                words = words[1:]
            small = max((k for k, w in enumerate(words[:-1]) if w in TITLE_CASE_SMALL), default=None)
            if small is not None and hit("mentions.title_small_cut", on("mentions.title_small_cut")):
                start += len(" ".join(words[:small + 1])) + 1  # 'Series C Led By Orvell Capital': after 'By'
                words = words[small + 1:]
            if len(words) >= 3 and words[0].lower() in lex.cues["org_descriptors"] and hit(
                    "mentions.descriptor_first", on("mentions.descriptor_first")):
                start += len(words[0]) + 1  # 'Chipmaker Brisa Semiconductor contributed ...': the kind, then the name
                words = words[1:]
            elif len(words) == 2 and words[0].lower() in lex.cues["org_descriptors"] and not _english_only(
                    words[1:]) and hit("mentions.descriptor_first_two", on("mentions.descriptor_first_two")):
                start += len(words[0]) + 1  # 'Chipmaker Pexwood is acquiring ...': the kind, then a name no word
                words = words[1:]
            elif len(words) == 2 and words[0].lower() in lex.cues["org_descriptors"] and text[
                    max(0, start - 4):start].rstrip()[-1:] in ("", ".", "!", "?", "\n") and hit(
                        "mentions.descriptor_before_word_name", on("mentions.descriptor_before_word_name")):
                start += len(words[0]) + 1  # 'Startup Lantern has raised ...': the kind, capitalised as it opens
                words = words[1:]
            # ('includes Brackmoor, Global Terrain Partners and ...': in running text, a name of three words or more
            # that ends in a company suffix keeps a first word of the list when its second is none;
            # mentions.running_first_word)
            # (a first word that is a common word of headlines, 'Global', 'National': not a day, a place or a title)
            kept_first = bool(words) and words[0] in not_org and words[0] in generic and pattern == "suffix_org" and \
                len(words) >= 3 and \
                words[1] not in not_org and words[1] not in generic and words[1].isalpha() and len(words[1]) > 1 \
                and bool(RUNNING_BEFORE.search(text, 0, start)) \
                and on("mentions.running_first_word") and hit("mentions.running_first_word")
            # ('Brokerage firm China Merchants Securities led ...': a place that opens a name of three words or
            # more ending in a company suffix, its second word no common one, is the name's; mentions.place_first_word)
            kept_first = kept_first or bool(words) and words[0] in word_set("place_name_words") and \
                pattern == "suffix_org" and len(words) >= 3 and words[1] not in not_org and words[1] not in generic \
                and words[1].isalpha() and on("mentions.place_first_word") and hit("mentions.place_first_word")
            while words and words[0] in not_org and pattern != "government" and not kept_first:
                start += len(words[0]) + 1
                words = words[1:]
            name = " ".join(words)
            if words and all(w.rstrip(".") in LEGAL_SUFFIXES for w in words) and hit(
                    "mentions.suffix_alone", on("mentions.suffix_alone")):
                continue  # 'Velkara Co., Ltd.': the legal form after the comma ends the name before it, it names no one
            if not name or name in not_org or len(name) < 2 or re.search(r"['’]s\b", name) or (
                    pattern == "suffix_org" and len(words) < 2):
                continue
            if pattern != "government" and not lex.lookup(name) and generic & set(
                    words[1 if kept_first else 0:-1] or words) and not (
                    through_run and words[0] not in generic) and not (
                    # ('the Qaran Investment Authority': a first word of no language, a common word inside, a suffix
                    # at the end: a name; mentions.generic_inside_name)
                    pattern == "suffix_org" and len(words) > 2 and words[0] not in generic and words[0].isalpha()
                    and not is_english(
                        words[0].lower()) and on("mentions.generic_inside_name") and hit(
                        "mentions.generic_inside_name")) and not (
                    pattern == "descriptor_org" and len(words) > 1 and not generic & set(words[-1:]) and hit(
                        "mentions.described_generic_name", on("mentions.described_generic_name"))):
                # 'purchased colocation operator Green Mountain': after a lower-case company noun, a name of common
                # words is still a name (a headline's words are capitalised, its company noun too)
                continue
            if pattern == "appositive_org" and SPEAKS_AFTER.match(text, m.end()) and hit(
                    "mentions.apposition_speaks", on("mentions.apposition_speaks")):
                continue  # '... in Busan, the South Korean conglomerate said': the phrase speaks, it describes no one
            if pattern == "appositive_org" and (_english_only(words) or not hit("mentions.appositive_shape")):
                continue  # 'Meanwhile, a startup ...', 'Blue Owl': English words name no one here
            if pattern == "copular_org" and (_english_only(words) or not hit("mentions.copular_shape")):
                continue  # 'Security is a concern ...', 'Texas is one of ...': English words name no company here
            if pattern == "raising_org" and (_english_only(words) or not hit("mentions.raising_shape")):
                continue  # 'Velmora is in early talks to raise funds': the one who raises, a name no list knows
            if pattern == "as_role_org" and (_english_only(words) or not hit("mentions.as_role_name")):
                continue  # 'lands Orlin as anchor tenant': the one given the role, a company
            if pattern == "possessive_apposition_org" and (_english_only(words) or not hit(
                    "mentions.possessive_apposition")):
                continue  # "Velkor, Orlin's main chip supplier,": a company, whatever the parse makes of it
            if pattern == "role_named_org" and (_english_only(words) or not hit("mentions.named_after_role")):
                continue  # 'with its biggest customer, Velkor,': the company the role noun stands for
            if pattern == "acquirer_modifier_org" and (_english_only(words) or not hit("mentions.acquirer_modifier")):
                continue  # 'the Kestrova acquisition of Belquist': the acquirer
            if pattern == "opening_named_org" and (_english_only(words) or not hit("mentions.opening_named")):
                continue  # 'The startup, Gallowmere, ...': the company the opening noun describes
            if pattern == "item_label_org" and (_english_only(words) or not hit("mentions.item_label")):
                continue  # '- Kestrova: $3 billion GPU order from X': the company a list item is about
            if pattern == "spokesperson_org" and (_english_only(words) or not hit("mentions.spokesperson_of")):
                continue  # 'A spokesperson for Ostmere declined to comment': whose spokesperson it is
            if pattern == "customer_finder_org" and (_english_only(words) or not hit("mentions.customer_finder")):
                continue  # 'Brenwick Data has found a buyer for its campus': the company that sells
            if pattern == "hired_org" and (_english_only(words) or not hit("mentions.hired_from")):
                continue  # 'to hire Tessaly CEO Dana Pike': the company whose people are hired
            if pattern == "rival_named_org" and (_english_only(words) or not hit("mentions.one_of_rivals_name")):
                continue  # 'one of its rivals, Tessaly Grid,': the rival the phrase names
            if pattern == "role_of_org" and (_english_only(words) or set(words) <= word_set("place_name_words")
                                             or not hit("mentions.role_of_name")):
                continue  # 'one of the largest backers of Tarvex Data': whose backer (not 'investors in Europe')
            if pattern == "relation_org" and (_english_only(words) or not hit("mentions.hyphen_relation")):
                continue  # 'Nvidia-backer Ostrix': the name described, one no list knows
            if pattern == "opening_descriptor" and (_english_only(words) or not hit("mentions.opening_descriptor")):
                continue  # 'Startup America ...': English words name no one here
            if pattern == "bracket_member" and (_english_only(words) or not hit("mentions.bracket_member")):
                continue  # '..., and Europe ($2 billion)': a place or a word, not a member named
            # 'power generated by the Brisa Lake Solar in Frio County, and Cradle Solar in ...': the plants
            if on("mentions.power_source") and hit("mentions.power_source", bool(
                    GENERATED_AT.search(text, max(0, start - 160), start))):
                continue
            # 'the Morrowbank AI Campus': a name shaped like a company's that a facility's name goes on with
            if hit("mentions.facility_name", on("mentions.facility_name") and _facility_follows(text, end)):
                continue
            # 'will provide its QX300 AI chips': after 'its' and before a noun of goods, the goods' own name
            if hit("mentions.owned_goods_name", on("mentions.owned_goods_name") and bool(
                    OWNED_BEFORE.search(text, 0, start)) and bool(GOODS_AFTER.match(text, end))):
                continue
            if any(s < end and start < e and not (
                    pattern == "suffix_org" and (s, e) in products and start == s and (
                        len(text[e:end].split()) >= 2 and on("mentions.product_in_name") and hit(
                            "mentions.product_in_name", True) or _one_company_word(
                                text[e:end], generic, lex.cues["org_suffixes"]) and on(
                            "mentions.product_company_word") and hit("mentions.product_company_word", True)))
                    for s, e in taken):
                continue  # (a product's name may open a company's, two words or more before its end: 'Cobalt Peak
                # Capital', not 'Claude AI'; mentions.product_in_name; or one word that names a company, not a
                # field: 'Cobalt Systems'; mentions.product_company_word)
            entry = lex.lookup(name)
            canonical = entry.name if entry else strip_suffix(name)
            if pattern == "valued_org":
                hit("mentions.valued_shape")
            kind = entry.kind if entry else _name_kind(head_before_of(name))
            if kind == "other" and pattern in ("descriptor_org", "opening_descriptor") and on("mentions.descriptor_kind"):
                # 'AI cloud provider Tessaly': the words that describe the name give its kind, as its own words may
                before = DESCRIBING_WORDS.search(text, max(0, m.start() - 40), m.start())
                described = text[before.start() if before else m.start():start]
                if hit("mentions.hyphenated_kind", on("mentions.hyphenated_kind") and bool(INNER_HYPHEN.search(
                        described))):  # 'data-centre operator Tessaly': the words 'data centre'
                    described = INNER_HYPHEN.sub(" ", described)
                kind = _name_kind(described)
                hit("mentions.descriptor_kind", kind != "other")
            if kind == "other" and pattern == "role_named_org":  # 'with an AI startup, Halvex,': the noun's kind
                kind = _name_kind(INNER_HYPHEN.sub(" ", text[m.start():start]))
            found.append(OrgMention(start, end, name, fold_name(canonical), canonical, kind, f"shape:{pattern}"))
            taken.append((start, end))
    for m in DEAL_WITH_LIST.finditer(text) if on("mentions.deal_with_list") else ():
        # 'has signed deals with Brimoral and Kastovia worth $1 billion': the names listed after a deal noun's
        # 'with' are its other sides, whatever the parse makes of them
        for name_m in LIST_MEMBER.finditer(m.group(1)):
            name = name_m.group(0)
            start = m.start(1) + name_m.start()
            end = start + len(name)
            if name in not_org or _english_only(name.split()) or lex.lookup(name) or any(
                    s < end and start < e for s, e in taken) or not hit("mentions.deal_with_list", True):
                continue
            found.append(OrgMention(start, end, name, fold_name(strip_suffix(name) or name), strip_suffix(name) or name,
                                    _name_kind(head_before_of(name)), "shape:deal_with_list"))
            taken.append((start, end))
    for m in DASH_LIST.finditer(text) if on("mentions.dash_list") else ():
        # "to four of the country's leading conglomerates—A, B, C and D—": the names set off by dashes after a
        # plural noun of companies are those companies, whatever the parse makes of them
        for name_m in LIST_MEMBER.finditer(m.group(1)):
            name = name_m.group(0)
            start = m.start(1) + name_m.start()
            end = start + len(name)
            if name in not_org or _english_only(name.split()) or any(
                    s < end and start < e for s, e in taken) or not hit("mentions.dash_list", True):
                continue
            entry = lex.lookup(name)
            canonical = entry.name if entry else (strip_suffix(name) or name)
            found.append(OrgMention(start, end, name, fold_name(canonical), canonical,
                                    entry.kind if entry else _name_kind(head_before_of(name)), "shape:dash_list"))
            taken.append((start, end))
    return found


# a plural noun of companies and a list of two or more capitalised names set off by dashes (mentions.dash_list)
_COMPANIES = (rf"(?:{words('plural_company_nouns')}|conglomerates|chaebols|operators|providers|makers|utilities|"
              rf"lenders|banks)")
DASH_LIST = re.compile(rf"\b{_COMPANIES}\s*[—–]\s*([A-Z][\w&'’-]*(?:[^\S\n][A-Z][\w&'’.-]*){{0,3}}"
                       rf"(?:\s*,\s*[A-Z][\w&'’-]*(?:[^\S\n][A-Z][\w&'’.-]*){{0,3}})*,?\s+and\s+"
                       rf"[A-Z][\w&'’-]*(?:[^\S\n][A-Z][\w&'’.-]*){{0,3}})\s*(?=[—–.,;]|$)")


# 'deals with A, B and C': a deal noun, 'with', and a list of two or more capitalised names (mentions.deal_with_list)
_MEMBER = r"[A-Z][\w&'’-]*(?:[^\S\n][A-Z][\w&'’-]*){0,2}"
# (a last name with a possessive owns what follows: "a contract with Halbrecht and Nexor's chip order" lists no one)
DEAL_WITH_LIST = re.compile(rf"\b(?:{words('agreement_nouns')})s?\s+with\s+({_MEMBER}(?:\s*,\s*{_MEMBER})*,?\s+and\s+"
                            rf"{_MEMBER})(?![\w&'’-])(?<![’']s)")
LIST_MEMBER = re.compile(_MEMBER)


# up to three words before a descriptor, on its line, not across a list's 'and' ('Venture firm Pellar Capital and
# robotics startup Quintus': Quintus is told by 'robotics' only; mentions.descriptor_kind)
DESCRIBING_WORDS = re.compile(r"(?:(?!(?:and|or|with|as)\b)[\w-]+[^\S\n]+){1,3}$")
INNER_HYPHEN = re.compile(r"(?<=[^\W\d])-(?=[^\W\d])")  # a hyphen inside a compound word: 'data-centre'


SPEAKS_AFTER = re.compile(r"\s+(?:said|says|added|told|announced|noted|stated|confirmed)\b")


def _english_only(words: list[str]) -> bool:
    from .slots import is_english  # slots.py imports this module
    return all(is_english(w, plural=False) for w in words)


# a title-case headline's small words, which no company name holds ('... Led By Orvell Capital', '... From Halvern
# Bank')
TITLE_CASE_SMALL = frozenset({"By", "For", "With", "From", "To", "In", "At", "On", "Into", "Via", "Over"})
FACILITY_TAIL = re.compile(r"\s+(?:[A-Z][\w&-]*\s+){0,2}?([A-Z][\w-]*)\b")


OWNED_BEFORE = re.compile(r"\b(?:its|their|our)\s+(?:[a-z][\w-]*\s+){0,2}$", re.I)
GOODS_AFTER = re.compile(rf"\s+(?:{words('goods_nouns')})\b", re.I)
# after a maker's name, its goods ("Nvidia GPUs", "Nvidia's latest accelerators"; rules mentions.second_anaphor_brand,
# type.maker_no_vote and, in roles.py, roles.brand and roles.goods_maker)
GOODS_AFTER_MAKER = re.compile(rf"(?:['’]s)?\s+(?:(?:[A-Z0-9][\w.-]*|latest|newest|new|next-generation|advanced|"
                               rf"flagship|{words('goods_modifiers')})\s+){{0,3}}(?i:{words('goods_nouns')})\b")


# after a name a suffix ended: more capitalised words, then an abbreviation in brackets (mentions.abbreviation_spells)
SPELLED_OUT = re.compile(r"((?:\s+[A-Z][\w&-]*){1,3})\s+\(([A-Z]{2,8})\)")


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w[:1].isalpha() and w.lower() not in ("of", "and", "the", "&"))


# before a name: a verb of generating and 'the' (and the plants listed since) (mentions.power_source)
GENERATED_AT = re.compile(r"\b(?:generated|produced|supplied|sourced)\s+(?:by|at|from)\s+the\s+"
                          r"(?:" + NO_STOP + r"{1,100}?(?:,\s*and|\s+and|,)\s+)?$", re.I)


def _facility_follows(text: str, end: int) -> bool:
    from .slots import load_slot_rules  # slots.py imports this module
    m = FACILITY_TAIL.match(text, end)
    return bool(m) and (m.group(1) in load_slot_rules().not_org_heads or m.group(1) in word_set("facility_tails"))


OF_IN_NAME = re.compile(r"\s+of\s+", re.I)


def head_before_of(name: str) -> str:
    """'Ministry of Digital Affairs' -> 'Ministry': in a name joined by 'of' the words before it say what the
    organisation is, those after what it serves or where it is (rule mentions.name_head_of; 'Bank of Valmora' is
    still a bank); other names as they are."""
    cut = OF_IN_NAME.search(name)
    if cut is None or cut.start() == 0 or not on("mentions.name_head_of"):
        return name
    head = name[:cut.start()]
    hit("mentions.name_head_of", _kind_in(name) != _kind_in(head))
    return head


def _name_kind(name: str) -> str:
    """The kind the words of an unknown name give ('Qadira Power': power, 'Orvell Capital': investor), as for the
    names the parse finds (slots.kind_of), else 'other' (rule mentions.name_kind)."""
    if not on("mentions.name_kind"):
        return "other"
    kind = _kind_in(name)
    hit("mentions.name_kind", kind != "other")
    return kind


def _kind_in(words: str) -> str:
    from .slots import load_slot_rules  # slots.py imports this module
    return next((kind for kind, rx in load_slot_rules().kind_words if rx.search(words)), "other")


def _is_ticker(text: str, prev: OrgMention | None, cur: OrgMention) -> bool:
    """'Talen Energy (TLN)': a name in parentheses right after another is a ticker or abbreviation."""
    if prev is None:
        return False
    gap = text[prev.end:cur.start]
    return gap.strip() in ("(", "(NASDAQ:", "(NYSE:", "(“") and text[cur.end:cur.end + 1] in (")", "”", "\"")


def to_number(word: str) -> float | None:
    """'1,250' -> 1250.0, 'five' -> 5.0, 'a' -> 1.0."""
    w = re.sub(r"[,\s\u00a0\u202f]", "", word.lower()) if re.match(r"\d", word) else word.lower()
    if w in WORD_NUMBERS:
        return WORD_NUMBERS[w]
    try:
        return float(w)
    except ValueError:
        return None


def find_duration_months(text: str) -> int | None:
    """'five-year agreement' -> 60, 'over three years' -> 36."""
    for m in DURATION_RE.finditer(text):
        groups = [g for g in m.groups() if g]
        n, unit = to_number(groups[0]), groups[1].lower()
        if n and 0 < n * (10 if unit == "decade" else 1) <= 50:
            return int(n * {"year": 12, "decade": 120}.get(unit, 1))  # ('for two decades': 240)
    return None


# 'equivalent to roughly', 'the equivalent of', 'enough to power about': a figure converted, not stated for the deal
CONVERSION_BEFORE = re.compile(r"\b(?:equivalent\s+to|the\s+equivalent\s+of|equal\s+to|enough\s+(?:to\s+\w+|for))\s+"
                               r"(?:roughly\s+|about\s+|around\s+|some\s+|nearly\s+|approximately\s+|up\s+to\s+)?$",
                               re.I)


def find_gpus(text: str) -> int | None:
    """'260,000 of its ... GPUs' -> 260000, 'up to one million TPUs' -> 1000000."""
    for m in GPU_RE.finditer(text):
        n = to_number(m.group(1))
        if n is None or MONEY_BETWEEN.search(m.group(0)):
            continue  # '$500 million of its inference chips', '2 billion dollars of GPUs': money, not a count
        if CONVERSION_BEFORE.search(text, 0, m.start()):
            continue  # 'equivalent to roughly 300,000 GPUs': a conversion, not the deal's count (guideline 10)
        if POWER_RE.match(text, m.start()) and on("mentions.power_not_count") and hit("mentions.power_not_count"):
            continue  # '200 megawatts of V9 chips': the power the goods draw, not how many there are
        scale = {"million": 1_000_000, "thousand": 1000}.get((m.group(2) or "").lower(), 1)
        value = int(n * scale)
        if value >= 100:
            return value
    return None


def find_power_mw(text: str) -> int | None:
    """'1.9 gigawatts' -> 1900, '300 MW' -> 300."""
    for m in POWER_RE.finditer(text):
        n = to_number(m.group(1))
        if n:
            return int(round(n * (1000 if m.group(2).lower().startswith("g") else 1)))
    return None
