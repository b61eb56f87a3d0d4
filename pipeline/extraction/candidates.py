"""Candidate deals of one sentence: a trigger, parties in their roles, a figure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..nlp.context import NO_BREAK, NO_STOP, SIGN, word_set, words
from ..nlp.lexicon import Lexicon
from ..names import fold_name, strip_suffix
from ..nlp.mentions import (OrgMention, Sentence, cue_regexes, describers_of, descriptors_alt, find_gpus, find_power_mw,
                            is_person, DONE_VERB, GERUND_OPENER, TIME_BEFORE)
from ..nlp.money import SIZED_NOUN_AFTER, SPENDING_PLAN
from ..nlp.rules import hit, on
from ..nlp.slots import FUNDED_SITE_OWNER
from ..records import Amount
from .deal_type import (DEAL_NOUN, FIGURE_NOUN, IN_THING, LAND_BOUGHT, NOUN_TYPE, STAKE_OBJECT, TYPED_FRAMES,
                        background, choose_type, control_stake, deal_status, has_terms, joined_stake, joint_capacity,
                        mask_orgs, read_terms, strong_noun)
from .roles import (AND_JOIN, CAPITALISED_NAME, FINANCE_WORD, FRAME_ROLES, HABITUAL_RELATIVE, MIDDLE_RELATIVE, SECURING,
                    SWAPPED, TRADE_TYPES, TYPE_OF_ROLE, assign_roles, investor_score, party_mentions, shares_issuer,
                    unnamed_counterparty, unnamed_side)

# between the names of a list of subjects: commas, 'and', other names ('A, B, and C'; candidates.listed_with_unnamed)
# (each piece taken once and for all, '(?>...)*+': a run of spaces (a clause blanked out before) or a comma and its
# space, split every way they can be, would keep a failing match trying for ever)
LISTED = re.compile(r"(?>\s*,\s*(?:and\s+)?|\s+and\s+|[A-Z][\w&.'’-]*|\s+)*+")
# after a symmetric trigger: deals with a plural of others no name tells ('struck deals with nuclear companies')
WITH_UNNAMED = re.compile(r"(?:\s+[\w-]+){0,3}?\s+with\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*s\b"
                          r"(?!\s*,?\s*(?:such\s+as|including|like|led\s+by)\b)(?![\w\s-]*[A-Z])")
# a count right before a maker's name, and the goods after it, model names between ('116,000 Nvidia GB300 GPUs';
# roles.counted_goods_maker)
# (not a year: 'In 2007 Halvern and Brisa ...')
COUNT_BEFORE = re.compile(r"(?:\b\d{1,3}(?:,\d{3})+|\b(?!(?:19|20)\d\d\b)\d+)\s*$")
MAKER_GOODS_AFTER = re.compile(rf"\s+(?:(?-i:[A-Z])[\w-]*\s+){{0,2}}(?:{words('goods_nouns')})\b", re.I)
# a partnership to raise money: 'partnered with X to raise', 'teams up with X to raise' (type.partner_to_raise)
PARTNER_TO_RAISE = re.compile(r"\b(?:partner(?:s|ed|ing)?|team(?:s|ed|ing)?\s+up|join(?:s|ed)?\s+forces|"
                              r"tie[sd]?\s+up)\s+(?P<with>with)\s+[^.;]{1,80}?\s+to\s+raise\b", re.I)
CONTROL_ROLE = {"investor": "acquirer", "investee": "target"}
# a trade's roles when what it trades is a stake in the seller (type.stake_object)
STAKE_ROLE = {"seller_first": {"seller": "investee", "buyer": "investor"},
              "buyer_first": {"seller": "investee", "buyer": "investor"}}
SEPARATE_FIGURE = re.compile(rf"\b(?:{words('separate_figure')})\b|;", re.I)

NOT_SEPARATE = re.compile(rf"\b(?:{words('not_separate')})\b|\(", re.I)

NOT_SEPARATE_AFTER = re.compile(rf"\s*(?:{words('not_separate_after')})\b"
                                r"|" + NO_BREAK + r"{0,25}\b(?:if|should|would|could|were|options?)\b", re.I)

# right before a stake noun: its share ('a 12% stake in', 'a 5 per cent minority stake'; candidates.share_with_valuation)
SHARE_BEFORE = re.compile(r"\d(?:[\d.,]*)\s*(?:%|per\s?cent|percent)\s+(?:[a-z]+\s+)?$")
# a sentence whose subject is 'Neither A nor B' tells what they did not do (candidates.neither_nor)
# 'Nimbra had previously bought chips from Oakvale', 'has long sourced its servers from X': an earlier or lasting
# trade told in passing; with no figure it is a relationship, no deal (candidates.previously_no_figure)
PREVIOUSLY = re.compile(r"\b(?:previously|formerly|long|once)\s+(?:bought|purchased|acquired|signed|sourced|leased|"
                        r"rented|relied|invested|backed|supplied|sold|used|worked)\b", re.I)
# a relative clause's opening after a comma ('Orbrix, which has long relied on Nvidia,'; candidates.previously_in_aside)
ASIDE_OPENING = re.compile(r",\s*(?:which|who)\s[^,;]*$", re.I)
# ... whose verb trades nothing ('relied on', 'used', 'worked with': no earlier deal of its own told there)
RELIED = re.compile(r"\b(?:relied|used|worked)$", re.I)


def _previously(sent: Sentence) -> bool:
    """An earlier or lasting trade told in passing ('had previously bought chips from X'), outside an aside about a
    name that trades nothing ('Orbrix, which has long relied on Nvidia, has signed supply deals with ...': what the
    aside says of the subject is no time of the sentence's deal; rule candidates.previously_in_aside)."""
    for m in PREVIOUSLY.finditer(sent.text):
        if on("candidates.previously_in_aside") and RELIED.search(m.group(0)) and ASIDE_OPENING.search(
                sent.text, 0, m.start()) and re.match(r"[^,;.]*,", sent.text[m.end():]) and hit(
                "candidates.previously_in_aside", True):
            continue
        return True
    return False


NEITHER_NOR = re.compile(r"\W*Neither\s+" + NO_BREAK + r"{1,60}?\s+nor\s+")

# between a figure and the deal noun it sizes: at most one lower-case modifier ('$8.4 billion all-cash acquisition')
# (candidates.figure_before_noun)
# a relative clause set off by commas (', which runs a $2 billion fund,'; candidates.figure_in_relative_aside)
RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;]*(?:\d,\d{3}[^,;]*)*,")
FIGURE_THEN_NOUN = re.compile(r"(?:\s*-)?\s+(?:[a-z][\w-]*\s+)?")


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


# 'has invested $13 billion in X since 2019', 'have put a total of ...', 'having invested $300 million since 2019': a
# running total of an existing relationship (guideline 3), not a transaction
CUMULATIVE = re.compile(rf"\b(?:has|have|having|had)\s+(?:so\s+far\s+|already\s+|now\s+)?"
                        rf"(?:{words('cumulative_verbs')})\b"
                        rf"{NO_STOP}*?"  # (a decimal point goes on: '$1.6 billion to date')
                        r"\b(?:since\s+(?:\d{4}|its|their|the|it|then)\b|to\s+date\b|so\s+far\b|in\s+total\b|"
                        # ('has invested more than $10 billion in X over the years', '... in recent years')
                        r"over\s+the\s+(?:years|past\s+(?:\w+\s+)?(?:years|decade))\b|in\s+recent\s+years\b)"
                        # ('has now invested more than $1 billion in X', 'has invested a total of';
                        # candidates.cumulative)
                        rf"|\b(?:has|have)\s+now\s+(?:{words('cumulative_verbs')})\b"
                        rf"|\b(?:has|have|had)\s+(?:{words('cumulative_verbs')})\s+a\s+total\s+of\b", re.I)


# 'so far in its Series B round', 'to date in the round': a round still being raised, told as it stands
ROUND_IN_PROGRESS = re.compile(rf"\s*(?:in|for|from)\s+(?:its|their|the|this|a)\s+(?:[\w$€£.-]+\s+){{0,3}}?"
                               rf"(?:{words('round_nouns')})\b", re.I)


def running_total(text: str) -> bool:
    """A total to date ('has raised $2 billion to date', 'has invested $1 billion since 2021'), not a round still being
    raised ('has raised $300 million so far in its Series B round')."""
    m = CUMULATIVE.search(text)
    return bool(m) and not ROUND_IN_PROGRESS.match(text, m.end())


# 'since Stellix invested in it': a clause of 'since' whose subject is a name tells the time since, not the news
SINCE_OPENS = re.compile(r"(?:ever\s+)?(?:since|after)\s", re.I)  # a clause of its own (mentions.since_clause_deal)
SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[A-Z][\w&.'’-]*\s+){1,4}(?:has\s+|had\s+|first\s+)?$")


# 'expect the AI chip market to reach $400 billion by 2030': a market's size, forecast or measured, is no deal
# ('the market for AI chips to reach $400 billion': what the market is of, between the noun and its verb)
MARKET_SIZE = re.compile(rf"\b(?:{words('market_nouns')})\s+(?:(?:for|in|of)\s+(?:[\w-]+\s+){{1,4}}?)?"
                         rf"(?:(?:{words('market_links')})\s+)?(?:{words('market_verbs')})\b", re.I)


# 'Data centre investment in Asia reached $40 billion last year': money of many deals, in a place or a field, summed
# (candidates.aggregate_total)
AGGREGATE_TOTAL = re.compile(r"\b(?:investments?|spending|funding|financing|deal\s+value|deals|fundraising)\s+(?:in|into|"
                             r"across)\s+(?P<what>[^,;.$€£¥]{2,40}?)\s+(?:(?:has|have|had)\s+)?(?:reached|totall?ed|"
                             r"rose\s+to|climbed\s+to|hit|grew\s+to|fell\s+to|jumped\s+to|surged\s+to|topped|"
                             r"amounted\s+to|doubled\s+to)\s+(?:about\s+|nearly\s+|more\s+than\s+|a\s+record\s+)?"
                             r"(?:" + SIGN + r")?\s?\d", re.I)


def _aggregate_total(sent: Sentence) -> bool:
    """'Data centre investment in Asia reached $40 billion last year, led by Halvern and Pellix': a sum of money put into
    a place or a field (no company named where it went) is a statistic of many deals, none of them (rule
    candidates.aggregate_total); 'led by' there names the biggest spenders, no round's lead."""
    m = AGGREGATE_TOTAL.search(sent.text)
    return m is not None and not any(m.start("what") <= o.start - sent.start < m.end("what") for o in sent.orgs)


# 'X could spend as much as $5 billion on chips from Y, analysts estimated': a third party's guess at a possible deal
ESTIMATE = re.compile(rf"\b(?:{words('estimate_words')})\b", re.I)
MAYBE = re.compile(rf"\b(?:{words('maybe_words')})\b", re.I)


# 'did not disclose the terms', 'declined to comment': what is withheld is the terms or a comment, not the deal
# ('declined to comment on whether it would invest': the deal itself in doubt, not its details withheld)
WITHHELD = re.compile(rf"\s+(?:{words('withheld_verbs')})\b(?!\s+(?:on\s+)?(?:whether|if)\b)", re.I)


# after a name: it approves or clears what the sentence reports ('X's plan', 'X's purchase of Y')
APPROVER = re.compile(rf"\s+(?:has\s+|have\s+|had\s+)?(?:{words('approver_verbs')})\b", re.I)
# ('The Louisiana Public Service Commission voted 4-1 to approve ...': the vote that approves;
# candidates.voted_to_approve)
VOTED_TO_APPROVE = re.compile(r"\s+(?:(?:has|have|had|will|would)\s+)?voted\s+(?:[\w-]+\s+){0,7}?to\s+"
                              r"(?:approve|clear|authori[sz]e|allow|permit)\b", re.I)


def _approves(sent: Sentence, o):
    """The words after a name that say it approves what the sentence reports (candidates.approver), or None."""
    m = APPROVER.match(sent.text, o.end - sent.start)
    if m is None and on("candidates.voted_to_approve"):
        m = VOTED_TO_APPROVE.match(sent.text, o.end - sent.start)
        m = m if m and hit("candidates.voted_to_approve") else None
    return m
# right before a name: its owners or board ('Shareholders of X approved its sale'): they approve, the name is a party
OWNERS_OF = re.compile(r"\b(?:shareholders|stockholders|investors|owners|holders|board|directors)\s+(?:of|at|in)\s+"
                       r"(?:the\s+)?$", re.I)
# 'approved a $1.5 billion loan to X': a loan of no one named, approved by the one that makes it (a state lender)
APPROVED_LOAN = re.compile(rf"\s+(?:a|an)\s+(?:[\w$€£¥.,-]+\s+){{0,4}}?(?:{words('lending_nouns')})\b", re.I)
# a month and a year or a bare year after 'in' or 'since' ('in April 2018', 'In 2024,'), not a span of years
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATED_PAST = re.compile(rf"\b(?:in|In|since)\s+(?:(?:{MONTHS})\s+)?(?:19|20)\d\d\b(?!\s*(?:-|–|to|through)\s*\d)")
# a deal noun dated by its year as a modifier: 'since its 2019 purchase of X', 'the 2016 takeover of Y'
# (candidates.year_noun_past)
YEAR_NOUN_PAST = re.compile(r"\b(?:its|their|the|a|an|his|her)\s+(?:19|20)\d\d\s+(?:[\w-]+\s+)?(?:purchase|acquisition|"
                            r"takeover|buyout|merger|deal|investment|stake|funding|round)\b", re.I)
# a time before the story's own, told relative to it: 'A week earlier,', 'months before' (candidates.relative_past;
# not 'last month', 'two weeks ago': a time relative to now, which news of its own is told with)
RELATIVE_PAST = re.compile(r"\b(?:a|one|two|three|four|five|six|several|few|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
                           r"(?:earlier|before)\b", re.I)
# a date a past step is told with: 'in 2019', 'in March 2024', 'last year', 'in January' (candidates.dated_past_figure)
# ('in 2019', 'in March', 'last year', 'six months ago', 'earlier this year': when a past step was taken)
DATED_WHEN = re.compile(rf"\b(?:(?:in|since)\s+(?:(?:{MONTHS})\s+)?(?:19|20)\d\d|in\s+(?:{MONTHS})\b|last\s+"
                        rf"(?:year|month|week|quarter|spring|summer|autumn|fall|winter)|(?:a|an|\w+)\s+(?:days?|weeks?|"
                        rf"months?|years?)\s+ago|earlier\s+this\s+(?:year|month))\b")
REPORTED_NOW = re.compile(rf"\b(?:{words('news_now_words')})\b")
# the trigger inside an 'if' or 'unless' clause not yet closed by a comma
CONDITIONAL = re.compile(r"(?:^|[,;:]\s*)(?:if|unless)\s+[^,;:]*$", re.I)


# after an acquirer's verb: the valuation the purchase puts on what it buys ('..., valuing it at about $3.5 billion';
# candidates.acquirer_valuing)
VALUING_AFTER = re.compile(r",\s+valu(?:ing|es)\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:company|business|firm|group)|"
                           r"[A-Z][\w&.'’-]*)\s+at\b")
# 'about a funding round that would value it at $2 billion', 'a round valuing the startup at': a round's own valuation
# of its company, which says the round is one, with no amount (guideline 8; candidates.round_valuing)
ROUND_VALUING = re.compile(rf"\b(?:{words('round_nouns')}|financing)(?:\s+(?:(?:that|which)\s+(?:would|could|will|"
                           rf"might|may)\s+(?:value|values)|valuing)"
                           # ('The financing, led by Gresham Ventures, values Pollard AI at': an aside between)
                           rf"|(?:,\s+{NO_BREAK}{{1,80}},)?\s+(?:values|valued)"
                           # ('The round, which values Halvex at $2 billion, was led by X': a relative clause)
                           rf"|,?\s+(?:that|which)\s+(?:now\s+|also\s+)?(?:values|valued))"
                           rf"\s+(?:it|them|the\s+(?:[\w-]+\s+)?"
                           rf"(?:company|startup|start-up|business|firm)|(?-i:[A-Z])[\w&.'’-]*"
                           rf"(?:\s+(?-i:[A-Z])[\w&.'’-]*){{0,3}})\s+at\b"
                           # ('raise money from X at a valuation of about $6 billion', 'at a $6 billion valuation':
                           # the price the round is struck at)
                           r"|\bat\s+an?\s+(?:(?:[\w-]+|[$€£¥₹][\d.,]+(?:\s+[a-z]+)?)\s+)?valuation\b", re.I)
# 'in a deal valuing the company at $3.1 billion': the deal's own valuation of what it buys (no amount, guideline 8)
DEAL_VALUING = re.compile(r"\b(?:deal|transaction|offer|bid|proposal|agreement|takeover|buyout|merger|combination)\s+"
                          # 'a merger with Tamsin Technologies that values the combined company at': the deal's
                          # ('a bid for Quorin that could value the chip designer at': the company bid for)
                          r"(?:(?:with|for)\s+(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3},?\s+)?"
                          r"(?:that\s+|which\s+)?"
                          r"(?:valu(?:es|ing|ed)|(?:would|will|could|may|might)\s+value|"
                          # 'an all-stock deal that creates a company worth $7 billion': the combined company's value
                          r"(?:creates|create|creating|forms|form|forming|(?:will|would)\s+(?:create|form))\s+"
                          r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:company|group|business|firm)\s+(?:worth|valued)\b)\b"
                          # 'will pay $45 a share in cash for X, valuing the company at': a price per share
                          r"|\b(?:a|per)\s+share\b" + NO_STOP + r"{0,60}?\bvalu(?:es|ing|ed)\b", re.I)


# 'the 60% it did not already own': what the buyer does not own yet, no deal denied (candidates.not_yet_owned)
NOT_YET_OWNED = re.compile(r"\s+(?:already\s+|yet\s+)?(?:own|hold|have|control)\b", re.I)


def _negated(negated: re.Pattern, text: str) -> bool:
    """A negation or a calling-off cue that does not just withhold details (candidates.withheld) or tell what is not
    owned yet (candidates.not_yet_owned)."""
    return any(not (on("candidates.withheld") and hit("candidates.withheld", WITHHELD.match(text, m.end()))) and not (
        on("candidates.not_yet_owned") and hit("candidates.not_yet_owned", NOT_YET_OWNED.match(text, m.end())))
               for m in negated.finditer(text))


# 'is not buying', 'has never invested', 'will no longer supply': a negation right before the deal's own word
# (candidates.negated_trigger; the cue list holds the fixed phrases)
NOT_BEFORE = re.compile(r"\b(?:not|n['’]t|never|no\s+longer)\s+(?:(?:be|been|being|yet|currently|actually|ever)\s+)?$",
                        re.I)


def negated_trigger(sent: Sentence) -> bool:
    return any(NOT_BEFORE.search(sent.text, max(0, t.start - sent.start - 40), t.start - sent.start)
               for t in sent.triggers)


# 'ended its $2 billion capacity contract with X', 'exited the ten-year lease': a verb that ends a deal whose object
# is the deal's own noun, whatever words and figure stand between (candidates.ended_deal; the cue list holds
# 'ended its contract' and the like only when nothing stands between)
ENDED_DEAL = re.compile(r"\b(?:end(?:ed|s|ing)?|exit(?:ed|s|ing)?|tore\s+up|tears\s+up|unwound|unwinds)\s+"
                        r"(?:its|their|the|a|an|that|this|his|her)\s+(?:[^\s.;:]+\s+){0,6}?"
                        r"(?:contracts?|deals?|agreements?|partnerships?|leases?|pacts?|arrangements?|orders?)\b", re.I)


def negated_text(text: str, lex: Lexicon) -> bool:
    """The text holds a negation or a calling-off cue (cues.yaml negated) that does not just withhold details."""
    return _negated(cue_regexes(lex)["negated"], text)


# 'with participation from existing investors X and Y', 'existing investors X and Y also took part': the backers of a
# company that take part in its new round are investors of the round (rule candidates.existing_join)
# a clause joined after a relationship that tells a round with its figure ('and raised 600 million euros in 2024';
# candidates.relationship_then_round)
AND_RAISED = re.compile(rf"\band\s+(?:(?:has|had|also|then|later|recently)\s+)?(?:{words('raising_verbs')})\s+"
                        rf"(?:[\w-]+\s+){{0,3}}?(?:[$€£¥]|(?:US|A|C|S|HK)\$|\d)", re.I)
JOINING_BEFORE = re.compile(r"\b(?:participation\s+(?:from|of|by)|joined\s+by|alongside|including|as\s+well\s+as|"
                            r"together\s+with|along\s+with|with)\s+(?:its\s+|their\s+|the\s+)?$", re.I)
# ('with Halvern leading and existing investors X and Y participating': the -ing form of a 'with' clause)
# (or no names: 'Several existing investors also participated in the round ..., including X and Y')
JOINING_AFTER = re.compile(r"\s+(?:(?:[A-Z][\w&.'’-]*|and|,)\s*){0,12}(?:also\s+)?(?:participated|participating|joined|"
                           r"joining|took\s+part|taking\s+part|returned|returning|invested|investing|chipped\s+in)\b")

# ', an existing investor (in X),' set off by commas after a name: a description of the one who acts
# (candidates.backer_apposition)
APPOSITION_OPEN = re.compile(r"[A-Za-z0-9.)’']\s*,\s+(?:an?\s+)?$")
APPOSITION_CLOSE = re.compile(r"(?:\s+(?:in|of)\s+(?:the\s+company|the\s+startup|it|"
                              r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}))?\s*,")
# a deal noun that ends a trigger, then 'to' and the verb of a trigger of its own (roles.deal_to_verb)
DEAL_NOUN_END = re.compile(rf"\b{DEAL_NOUN}$", re.I)
TO_VERB = re.compile(r"\s+to\s+")
# a name of capitalised words, then the comma that closes an aside (candidates.investor_in_apposition)
CLOSED_NAME = rf"(?:the\s+)?{CAPITALISED_NAME}"
# (or a list of them: 'an investor in Quenlo and Lumora AI,')
NAME_CLOSE = re.compile(rf"\s*{CLOSED_NAME}(?:(?:,\s+|,?\s+and\s+){CLOSED_NAME}){{0,5}}\s*,")
# 'from (new and | A and | A, B and) existing investors': the backers the money told came from
# (candidates.existing_source)
FROM_EXISTING = re.compile(r"\bfrom\s+(?:new\s+and\s+|(?:[A-Z][\w&.'’-]*,?\s+){1,6}and\s+)?(?:its\s+|their\s+)?$")


def _relationship_aside(sent: Sentence, rx: re.Pattern) -> Sentence:
    """'It is already backed by Tessar and raised 600 million euros in 2024, led by Brisa': the names and triggers
    of a relationship told before a round joined by 'and' (candidates.relationship_then_round) are set aside; the
    round is the sentence's deal, its backers of old no party of it."""
    m = rx.search(sent.text)
    joined = AND_RAISED.search(sent.text, m.end()) if m else None
    if joined is None or not any(x.amount.value and not x.excluded and x.start - sent.start >= joined.start()
                                 for x in sent.money):
        return sent
    lo, hi = sent.start + m.start(), sent.start + joined.start()
    return replace(sent, orgs=tuple(o for o in sent.orgs if not lo <= o.start < hi),
                   triggers=tuple(t for t in sent.triggers if not lo <= t.start < hi))


# 'came on board as', 'stepped in as', 'signed on as': a verb of entering, then the role taken (triggers.jsonl reads
# it as an investment's; candidates.entered_as_investor)
ENTERED_AS = re.compile(r"\b(?:came|comes?|coming|stepp(?:ed|ing)|steps?|sign(?:ed|ing|s)?|jump(?:ed|ing|s)?)\s+"
                        r"(?:in|on|aboard|on\s+board)\s+as\s+$", re.I)


def _relationship(rx: re.Pattern, text: str, figure: bool = False) -> bool:
    """The sentence states an existing relationship (cues.yaml relationship), not as backers who join the round
    told ('with participation from existing investors X and Y')."""
    for m in rx.finditer(text):
        cue = m.group(0).lower()
        if cue == "an investor in" and on("candidates.entered_as_investor") and hit(
                "candidates.entered_as_investor", bool(ENTERED_AS.search(text[:m.start()]))):
            continue  # 'Brevik came on board as an investor in Halvern': one who joins now, no tie of old
        if cue.startswith("existing investor") and on("candidates.existing_join") and (
                JOINING_BEFORE.search(text[:m.start()]) or JOINING_AFTER.match(text[m.end():])):
            hit("candidates.existing_join")
            continue
        if cue.startswith("existing investor") and on("candidates.existing_source") and hit(
                "candidates.existing_source", bool(FROM_EXISTING.search(text[:m.start()]))):
            continue  # 'raised $40 million from Halvern and existing investors': a source of the money told
        if figure and on("candidates.relationship_then_round") and hit("candidates.relationship_then_round", bool(
                AND_RAISED.search(text, m.end()))):
            continue  # 'It is already backed by X and raised 600 million euros in 2024': a round told after the tie
        if "backing" in cue and figure and on("candidates.backing_sized") and hit("candidates.backing_sized", True):
            continue  # 'has received backing from X, which invested $20 million': the backer's money is told
        if cue.startswith(("an existing investor", "a major backer", "early backer", "longtime backer")) and on(
                "candidates.backer_apposition") and figure and hit("candidates.backer_apposition", bool(
                APPOSITION_OPEN.search(text[:m.start()]) and APPOSITION_CLOSE.match(text[m.end():]))):
            continue  # 'Halvern Ventures, an existing investor, led the round': the backer described acts in this deal
        if cue.startswith("an investor in") and figure and on("candidates.investor_in_apposition") and hit(
                "candidates.investor_in_apposition", bool(APPOSITION_OPEN.search(text[:m.start()]) and NAME_CLOSE.match(
                    text, m.end()))):
            continue  # 'Brisa Capital, an investor in Orvane Labs, put $50 million into Tessin': a tie told aside
        return True
    return False


CLAUSE_STOP = re.compile(r"[,;]\s")  # where a clause of 'since' ends, if not with the sentence


def _since_clause_aside(sent: Sentence) -> Sentence:
    """'agreed to acquire Tessly for $1.1 billion, the biggest deal since Korvo bought Xilinx': a clause of 'since'
    whose subject is a name, after a trigger of the sentence's own, measures the deal against an earlier one; its
    triggers and names are set aside (rule candidates.since_clause_aside). Alone in the sentence, the clause is
    background (candidates.since_clause)."""
    aside = [t for t in sent.triggers if SINCE_CLAUSE.search(sent.text[:t.start - sent.start])]
    kept = [t for t in sent.triggers if t not in aside]
    if not aside or not kept or min(t.start for t in kept) > min(t.start for t in aside):
        return sent
    lo = sent.start + sent.text.rfind("since", 0, min(t.start for t in aside) - sent.start)
    stop = CLAUSE_STOP.search(sent.text, lo - sent.start)
    hi = sent.start + (stop.start() if stop else len(sent.text))
    if not hit("candidates.since_clause_aside", True):
        return sent
    return _blanked(sent, lo, hi)


# an opening clause that likens the deal to an earlier one, up to its comma: 'Just as it did with Tarvix's deal, ',
# 'As it did with Tarvix last year, ', 'Much like its pact with Tarvix, ' (candidates.likened_deal_aside)
LIKENED_OPENING = re.compile(r"^\W*(?:(?:and|but)\s+)?(?:(?:just|much|exactly)\s+)?"
                             r"(?:as\s+(?:it|they|he|she|(?-i:[A-Z])[\w&.-]*)\s+"
                             r"(?:did|had|has|does|had\s+done|has\s+done)\b|like\s+(?:its|their)\b|"
                             r"similar\s+to\s+(?:its|their)\b)[^,;]{0,100},\s", re.I)


def _likened_deal_aside(sent: Sentence) -> Sentence:
    """'And just as it did with Tarvix Mining's deal, Brisca will backstop $1.4 billion of Orvane's lease
    obligations': an opening clause that likens the deal told to an earlier one names that one's parties, no party
    of this; its names and triggers are set aside when a trigger follows (rule candidates.likened_deal_aside)."""
    m = LIKENED_OPENING.match(sent.text)
    if m is None or not any(t.start - sent.start >= m.end() for t in sent.triggers) or not any(
            o.start - sent.start < m.end() for o in sent.orgs) or not hit("candidates.likened_deal_aside", True):
        return sent
    return _blanked(sent, sent.start, sent.start + m.end())


# a comma and a word that opens a clause of contrast or of what goes on meanwhile, then a rival's title (and up to two
# words before it) right before a name: '..., as rival Orvell Labs struggles', '..., while its competitor X'
RIVAL_CLAUSE = re.compile(rf",\s+(?:even\s+as|as|while|whereas|although|though)\s+(?:[\w'’-]+\s+){{0,2}}?"
                          rf"(?:{words('rival_titles')})\s+$", re.I)


def _rival_clause_aside(sent: Sentence) -> Sentence:
    """'Velmora AI agreed to buy $2 billion of accelerators, as rival Orvell Labs struggles to secure chips': a clause
    of contrast whose subject is a name called a rival, after a trigger of the sentence's own, tells of the rival, not
    of the deal; its names and triggers are set aside to the clause's end (rule candidates.rival_clause_aside)."""
    span = _aside_clause(sent, RIVAL_CLAUSE)
    return _blanked(sent, *span) if span and hit("candidates.rival_clause_aside", True) else sent


def _aside_clause(sent: Sentence, opening: re.Pattern) -> tuple[int, int] | None:
    """The clause that `opening` opens right before a name, after a trigger of the sentence's own, to the clause's end
    (a comma or semicolon, or the sentence's): its start and end offsets in the text, or None."""
    for o in sent.orgs:
        m = opening.search(sent.text, 0, o.start - sent.start)
        if m is None or not any(t.end - sent.start <= m.start() for t in sent.triggers):
            continue
        stop = CLAUSE_STOP.search(sent.text, o.end - sent.start)
        return sent.start + m.start(), sent.start + (stop.start() if stop else len(sent.text))
    return None


# 'following a recent agreement with X', 'after an earlier deal with X': a deal told before, named in passing by a
# preposition of time and a word of what came first (candidates.earlier_deal_aside)
EARLIER_DEAL = re.compile(rf"\b(?:following|after|on\s+the\s+heels\s+of|building\s+on)\s+(?:an?|the|its|their)\s+"
                          rf"(?:[\w-]+\s+){{0,2}}?(?:recent|earlier|previous|prior|similar|first|initial|existing)\s+"
                          rf"(?:[\w-]+\s+){{0,2}}?(?:{words('agreement_nouns')})s?\s+with\s+$", re.I)


def _earlier_deal_aside(sent: Sentence) -> Sentence:
    """'This marks Orlin's second major deal in a month, following a recent agreement with Tessaly': an earlier
    agreement named by a preposition of time after a trigger of the sentence's own, with no figure of its own, tells
    what came before; its names and triggers are set aside to the clause's end (rule candidates.earlier_deal_aside;
    guideline 3: an earlier relationship without a figure is no deal)."""
    span = _aside_clause(sent, EARLIER_DEAL)
    if span is None or any(span[0] <= x.start < span[1] for x in sent.money):
        return sent  # 'following an earlier $2 billion agreement with X': a dated step with a figure is a deal
    return _blanked(sent, *span) if hit("candidates.earlier_deal_aside", True) else sent


# a sentence that sets the story's deal after an earlier one: 'It comes after ...', 'The move follows ...', 'This builds
# on ...' (candidates.follows_earlier_no_figure)
FOLLOWS_EARLIER_OPENING = re.compile(rf"^\W*(?:It|This|That|(?:The|This|That)\s+(?:[\w$€£.,-]+\s+){{0,3}}?"
                                     rf"(?:{words('agreement_nouns')}|move|news|announcement|step))\s+"
                                     rf"(?:(?:also\s+)?(?:follows|followed|builds\s+on|built\s+on)|"
                                     rf"(?:comes|came)\s+{TIME_BEFORE}after)\s")
# ... not deals of others the story's is likened to ('follows similar agreements ..., including one in which X agreed
# to buy power from Y': a deal of others told in full)
OTHERS_DEALS = re.compile(r"\b(?:similar|comparable|other|others|rival|rivals|including|such\s+as)\b", re.I)
# after the sentence's own deal, a clause of time that tells an earlier deal of its subject or of a name:
# ', weeks after it agreed to buy X', ', after Ostrava bought X', ', having acquired X in 2024', or a deal noun of the
# subject's own ('following its purchase of X last year', dated by DATED_WHEN) (candidates.after_earlier_deal_aside)
AFTER_EARLIER = re.compile(rf"(?:,\s*|\s+){TIME_BEFORE}(?:(?:after|following)\s+(?:it|they|{CAPITALISED_NAME})\s+"
                           rf"(?:(?:also|first|had|has|have)\s+)?{DONE_VERB}|"
                           rf"having\s+(?:(?:already|previously|also)\s+)?{DONE_VERB}|"
                           rf"(?P<noun>(?:after|following)\s+(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?"
                           rf"(?:acquisition|purchase|takeover|buyout|investment)\s+(?:of|in|into)))\s")


def _after_earlier_deal_aside(sent: Sentence) -> Sentence:
    """'Halden Cloud signed a $2 billion deal to supply GPUs to Velkor, weeks after it agreed to buy Tarrow Data': a
    clause of time after a trigger of the sentence's own tells an earlier deal; with no figure of its own (one with a
    figure is cut off as a deal of its own, mentions.after_own_deal) its names and triggers are set aside to the
    clause's end, and its verbs give the sentence's deal no status (rule candidates.after_earlier_deal_aside;
    guideline 3)."""
    for m in AFTER_EARLIER.finditer(sent.text):
        if not any(t.end - sent.start <= m.start() for t in sent.triggers):
            continue
        stop = CLAUSE_STOP.search(sent.text, m.end())
        hi = stop.start() if stop else len(sent.text)
        if any(m.start() <= x.start - sent.start < hi for x in sent.money) or (
                m.group("noun") and not DATED_WHEN.search(sent.text, m.end(), hi)):
            continue
        if hit("candidates.after_earlier_deal_aside", True):
            return _blanked(sent, sent.start + m.start(), sent.start + hi)
    return sent


def _gerund_opener_aside(sent: Sentence) -> Sentence:
    """'After buying Lumeo Networks last year, Kavrin Systems is in talks to acquire Ferren Photonics ...': a clause of
    time with no subject and no figure of its own that opens the sentence tells an earlier deal of the main clause's
    subject, no deal of its own (guideline 3); where the main clause has a deal word, the opener's names and triggers
    are set aside (rule candidates.gerund_opener_aside; with a figure it is cut off as a deal of its own,
    mentions.gerund_opener)."""
    m = GERUND_OPENER.match(sent.text)
    if m is None or any(x.start - sent.start < m.end() for x in sent.money) or not any(
            t.start - sent.start >= m.end() for t in sent.triggers) or not any(
            o.start - sent.start < m.end() for o in sent.orgs) or not hit("candidates.gerund_opener_aside", True):
        return sent
    return _blanked(sent, sent.start, sent.start + m.start(1) + 1)


# what money raised or lent is for: a verb of using it, the money, then 'to' and what it will buy or build ('will use
# the proceeds to buy chips from X', 'the funds will be used to lease capacity') (candidates.money_use_aside)
_USED_MONEY = r"(?:money|funds|funding|proceeds|capital|cash|financing|loan|loans|debt)"
MONEY_USE = re.compile(r"\b(?:(?:use|uses|using|spend|spends|spending|put|puts|putting|deploy|deploys)\s+"
                       r"(?:(?:part|some|most|much|all|half|the\s+bulk|a\s+portion|a\s+part)\s+of\s+)?"
                       rf"(?:the|this|that|its|their|these|those)\s+(?:new\s+|fresh\s+|additional\s+|raised\s+)?"
                       rf"{_USED_MONEY}|{_USED_MONEY}\s+"
                       r"(?:will|would|is|are)\s+(?:to\s+)?(?:be\s+)?(?:used|spent|put|deployed))\s+"
                       r"(?:\w+\s+){0,2}?(?=to\s+[a-z]+\b)"
                       # ('raise $800 million in notes to fund its purchase of GPUs from X': the money's purpose)
                       r"|\b(?P<raised>raise|raises|raised|raising|borrow|borrows|borrowed|lend|lends|lent)\b"
                       rf"{NO_STOP}*?"
                       r"(?=\bto\s+(?:help\s+)?(?:fund|finance|pay\s+for)\b)", re.I)


def _money_use_aside(sent: Sentence) -> Sentence:
    """'Orvane will use the proceeds to buy chips from Quarn': what money is to be used for is a plan of its user, no
    deal with whoever sells what it buys (guideline: a company's own spending plan is no deal); the purpose clause,
    from its 'to' to the clause's end, is set aside with its names and triggers, and a deal told before it in the
    sentence stays ('lent $2 billion to Orvane, which will use the money to buy GPUs'); a clause followed by a figure
    or a word of agreement tells a deal of its own ('to rent GPUs from X under a $40 million contract') and stays (rule
    candidates.money_use_aside)."""
    for m in MONEY_USE.finditer(sent.text):
        lo = sent.start + m.end()
        stop = CLAUSE_STOP.search(sent.text, m.end())
        hi = sent.start + (stop.start() if stop else len(sent.text))
        if any(x.start >= lo for x in sent.money) or not m.group("raised") and AGREEMENT_NOUN.search(
                sent.text, m.end()):
            continue  # 'to rent GPUs from X under a two-year, $40 million contract': a deal the clause tells in full
        # ('to fund its purchase of GPUs from X': the noun is what the money pays for, a plan all the same)
        if any(lo <= t.start < hi for t in sent.triggers) and hit("candidates.money_use_aside", True):
            return _blanked(sent, lo, hi)
    return sent


AGREEMENT_NOUN = re.compile(rf"\b{DEAL_NOUN}\b", re.I)  # a word of agreement (context list agreement_nouns)
# after an investment in a thing: ', with' and a name, then a participle ('..., with Wattle Power supplying 150 MW')
WITH_NAME_DOING = re.compile(r",\s+with\s+(?:the\s+)?$")


def _capex_with_absolute(sent: Sentence) -> Sentence:
    """'Koorong Cloud will invest A$2 billion in a new data centre in Melbourne, with Wattle Power supplying 150 MW of
    renewable energy': the company's money put into a thing of its own (no company after it) is its own spending,
    no deal; the clause after ', with' whose subject, a name, trades by a participle is the deal the sentence tells.
    The investment, from its trigger to the comma, is set aside with its figure (rule candidates.capex_with_absolute)."""
    for t in sent.triggers:
        if t.type != "investment" or t.frame != "investor_first" or not IN_THING.match(sent.text[t.start - sent.start:]):
            continue
        name = next((o for o in sent.orgs if o.start > t.end), None)
        if name is None or not WITH_NAME_DOING.search(sent.text[:name.start - sent.start]):
            continue
        doing = next((x for x in sent.triggers if x.frame in ("seller_first", "buyer_first") and x.start >= name.end
                      and not sent.text[name.end - sent.start:x.start - sent.start].strip()
                      and x.text.split()[0].lower().endswith("ing")), None)
        if doing is not None and hit("candidates.capex_with_absolute", True):
            comma = sent.text.rfind(",", 0, name.start - sent.start)
            return _blanked(sent, t.start, sent.start + comma)
    return sent


# after an investment's trigger: its figure, 'in' and a place or a thing of the investor's own, then where the clause
# ends and another begins (', with', ', where', ', and', '; ') (candidates.capex_clause_aside)
SPENT_IN_THEN = re.compile(r"(?:[^,;]|(?<=\d),(?=\d)){0,40}?\b(?:in|into)\s+(?:the\s+)?"
                           r"(?!(?:its|their)\s+(?:company|firm|startup)\b|it\b|them\b)[\w-]+(?:\s+[\w-]+){0,5}?"
                           r"(?P<end>\s*,\s+(?:with|where|and|while)\b|\s*;\s+|\s+where\b)")


def _capex_clause_aside(sent: Sentence) -> Sentence:
    """'Tarvix Cloud has committed to investing £2.5bn in the UK, with its first facility set to host supercomputers
    for Velmora': money a company puts into a place or a thing of its own, no company named in that clause, is its
    own spending (guideline: no deal); a deal the next clause tells (another trigger, another name) does not take its
    figure. The investment, from its trigger to the clause's end, is set aside with its figure (rule
    candidates.capex_clause_aside; candidates.capex_with_absolute reads ', with' and a name trading)."""
    for t in sent.triggers:
        if t.type != "investment" or t.frame != "investor_first":
            continue
        m = SPENT_IN_THEN.match(sent.text, t.end - sent.start)
        if m is None:
            continue
        hi = sent.start + m.start("end")
        if any(t.start <= o.start < hi for o in sent.orgs) or not any(t.start <= x.start < hi for x in sent.money):
            continue  # 'invest $2 billion in Brisca, with ...': a company invested in; no figure: nothing to set aside
        if any(o.start >= hi for o in sent.orgs) and any(x.start >= hi and x.type != "investment"
                                                          for x in sent.triggers) and hit(
                "candidates.capex_clause_aside", True):
            # (from the first verb after the subject: 'has committed to investing')
            subject_end = max((o.end for o in sent.orgs if o.end <= t.start), default=sent.start)
            return _blanked(sent, min(x.start for x in sent.triggers if subject_end <= x.start <= t.start), hi)
    return sent


def _blanked(sent: Sentence, lo: int, hi: int) -> Sentence:
    """The sentence with the characters from `lo` to `hi` blanked out (offsets kept, as mentions.middle_relative does)
    and the names, figures and triggers there set aside."""
    def outside(seq):
        return tuple(x for x in seq if not lo <= x.start < hi)
    a, b = lo - sent.start, hi - sent.start
    return replace(sent, text=sent.text[:a] + " " * (b - a) + sent.text[b:], shown=sent.shown or sent.text,
                   orgs=outside(sent.orgs), money=outside(sent.money), triggers=outside(sent.triggers))


# a closing phrase set off by a comma that sizes the deal by an outsider's guess (candidates.estimated_value)
ESTIMATED_TAIL = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:contract|deal|agreement|order|pact)\s+|"
                            r"which\s+)[^;]*$", re.I)


def _estimated_value(sent: Sentence, lex: Lexicon) -> Sentence:
    """'Halvex struck a multiyear deal to supply Quorvane with accelerators, a contract analysts estimate could be worth
    $10 billion': the deal is told, and only its size is an outsider's guess: the closing phrase that guesses it
    (estimate words with maybe words, after a comma past the trigger) is set aside with its figure, and the deal
    stays (rule candidates.estimated_value; candidates.estimate drops a sentence whose deal itself may happen)."""
    tail = ESTIMATED_TAIL.search(sent.text)
    if tail is None or not ESTIMATE.search(tail.group(0)) or not MAYBE.search(tail.group(0)):
        return sent
    head = sent.text[:tail.start()]
    if ESTIMATE.search(head) or MAYBE.search(head) or not any(t.end - sent.start <= tail.start() for t in sent.triggers):
        return sent
    verbs = set(lex.cues["strong_verbs"]) | {"struck", "strikes", "signs", "inked", "agreed", "won", "landed"}
    if not any(w.lower() in verbs for w in re.findall(r"[\w-]+", head)) or not hit("candidates.estimated_value", True):
        return sent
    return _blanked(sent, sent.start + tail.start(), sent.start + len(sent.text))


# a relative clause's verb in the past ('backed', 'previously invested in', 'had bought') and a time that dates it in
# the past ('in 2023', 'last year', 'two years ago', 'since 2021'; candidates.dated_relative_aside)
_PAST_VERB = r"(?:[a-z]+ed|led|co-led|bought|took|put|sold|came|won|made|lent|paid|struck)\b"
PAST_RELATIVE = re.compile(r"(?:(?:previously|already|also|once|first|earlier)\s+)?(?:(?:has|had|have)\s+)?"
                           + _PAST_VERB)
DATE_FIRST = re.compile(r"(?:last\s+(?:year|month)|in\s+(?:19|20)\d\d|(?:years?|months?)\s+ago),?\s+" + _PAST_VERB)
PAST_TIME = re.compile(r"\b(?:(?:in|since)\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d|last\s+(?:year|month|spring|"
                       r"summer|autumn|fall|winter)|(?:years?|months?)\s+ago)\b")


# a relative clause after a comma, to the next comma or the clause's end (type.status_outside_aside)
NAME_RELATIVE = re.compile(r",\s+(?:which|who)\s+[^,;]*?(?:,|(?=[;:]|[.!?]?$))")


def _status_text(sent: Sentence) -> str:
    """The sentence's text for its deal's status: a relative clause set off by a comma right after a name ('Halden
    Cloud, which has sold a stake to Tarrow Capital, will supply ...', '... from Halden Cloud, which sold a stake to
    Tarrow Capital.'), holding no figure and a trigger of its own, with another outside it, tells what that company
    did, and its verbs say nothing of the deal's status: it is blanked (rule type.status_outside_aside). Not a clause
    that tells of the deal itself ('OpenAI, which closed yesterday': no trigger; '..., which completed the deal')."""
    if not on("type.status_outside_aside"):
        return sent.text
    text = sent.text
    for a in NAME_RELATIVE.finditer(sent.text):
        lo, hi = sent.start + a.start(), sent.start + a.end()
        inside = [t for t in sent.triggers if lo <= t.start < hi]
        if any(o.end == lo for o in sent.orgs) and inside and len(inside) < len(sent.triggers) and not any(
                lo <= m.start < hi for m in sent.money) and not THIS_DEAL.search(a.group(0)) and hit(
                    "type.status_outside_aside", True):
            text = text[:a.start()] + " " * (a.end() - a.start()) + text[a.end():]
    return text


def _trailing_relative_aside(sent: Sentence) -> Sentence:
    """'Velmora AI will buy computing capacity worth $1 billion from Halden Cloud, which acquired Tarrow Labs': a
    relative clause that closes the sentence after a name, its verb in the past and no figure in it, tells what that
    company did; where a trigger and a figure come before it, the deal told is theirs, and the clause's triggers and
    names are set aside (rule candidates.trailing_relative_aside)."""
    m = TRAILING_RELATIVE.search(sent.text)
    if m is None or not any(o.end - sent.start == m.start() for o in sent.orgs) or not (
            PAST_RELATIVE.match(m.group(1)) or DATE_FIRST.match(m.group(1))) or THIS_DEAL.search(m.group(1)) or \
            m.group(1).startswith("also "):
        return sent  # ('..., which co-led the round with B': of this deal; '..., which also granted X options': more)
    lo, hi = sent.start + m.start(1), sent.start + m.end(1)
    if any(lo <= x.start for x in sent.money) or not any(x.end <= lo for x in sent.money) or not any(
            t.end <= lo for t in sent.triggers) or not any(lo <= t.start < hi for t in sent.triggers) or not hit(
                "candidates.trailing_relative_aside", True):
        return sent
    return _blanked(sent, lo, hi)


# a relative clause after a comma that closes the sentence (candidates.trailing_relative_aside)
TRAILING_RELATIVE = re.compile(r",\s+(?:which|who)\s+([^,;:]{1,120}?)[.!?]?\s*$")
THIS_DEAL = re.compile(r"\b(?:(?:the|this|that)\s+(?:round|deal|financing|investment|agreement|transaction|raise|"
                       r"loan|contract)|it)\b", re.I)


def _habitual_relative_aside(sent: Sentence) -> Sentence:
    """'Halden Cloud, which rents out Nvidia chips, signed a $5 billion contract with Velmora AI': a relative clause
    between commas after the first name, its verb in the present and no figure in it (roles.habitual_relative), tells
    what that company does; where the main clause has a trigger of its own, the clause's triggers and names are set
    aside (rule candidates.habitual_relative_aside)."""
    if not sent.orgs:
        return sent
    m = MIDDLE_RELATIVE.match(sent.text, sent.orgs[0].end - sent.start)
    if m is None and len(sent.orgs) > 1 and re.fullmatch(r"\s+and\s+", sent.text[
            sent.orgs[0].end - sent.start:sent.orgs[1].start - sent.start]) and on("candidates.joint_subject_relative"):
        # 'Velmora AI and Halden Cloud, which sold a stake to X, signed ...': the clause on a joint subject's 2nd name
        m = MIDDLE_RELATIVE.match(sent.text, sent.orgs[1].end - sent.start)
        if m is not None and not hit("candidates.joint_subject_relative", True):
            m = None
    habit = m is not None and bool(HABITUAL_RELATIVE.match(m.group(1)))
    # 'Hollin Partners, which backed Pradex AI in 2023, has raised a new fund': a past deal the clause dates and
    # gives no figure describes the company (guideline 3; candidates.dated_relative_aside)
    # ('which last year sold a stake to X': the date may come before the verb)
    past = m is not None and not habit and bool(PAST_RELATIVE.match(m.group(1)) or DATE_FIRST.match(m.group(1)))
    dated = past and bool(PAST_TIME.search(m.group(1)))
    # 'Halden Cloud, which acquired Tarrow Labs, will supply X with ... worth $1 billion': undated, the clause's past
    # deal is as much an aside where the main clause states a figure of its own (candidates.undated_relative_aside)
    undated = past and not dated and on("candidates.undated_relative_aside") and any(
        x.start >= sent.start + m.end(1) for x in sent.money)
    if not habit and not (dated and on("candidates.dated_relative_aside")) and not undated:
        return sent
    lo, hi = sent.start + m.start(1), sent.start + m.end(1)
    rule = "candidates.dated_relative_aside" if dated else "candidates.undated_relative_aside" if undated else \
        "candidates.habitual_relative_aside"
    if any(lo <= x.start < hi for x in sent.money) or not any(lo <= t.start < hi for t in sent.triggers) or not any(
            t.start >= hi for t in sent.triggers) or not hit(rule, True):
        return sent
    return _blanked(sent, lo, hi)  # (the clause holds no figure: the figures stay as they are)


def _figures_in_name_aside(sent: Sentence) -> Sentence | None:
    """'The fund, which closed its third vehicle at $1.2 billion in March, has also invested in X': where every figure
    is inside a relative clause set off by commas right after a name (or a phrase that stands for one), and a trigger
    follows the clause, the figures tell about that name, not the main clause's deal: they are set aside for it (the
    clause's own deal, read from its own clause, keeps them; rule candidates.figure_only_in_name_aside). None where
    a figure stands outside such a clause."""
    asides = [a.span() for a in RELATIVE_ASIDE.finditer(sent.text)
              if any(o.end - sent.start == a.start() for o in sent.orgs)
              and any(t.start - sent.start >= a.end() for t in sent.triggers)]
    if not asides or not all(any(a <= m.start - sent.start and m.end - sent.start <= b for a, b in asides)
                             for m in sent.money) or not hit("candidates.figure_only_in_name_aside", True):
        return None
    return replace(sent, money=tuple(replace(m, excluded=ASIDE_FIGURE) for m in sent.money))


ASIDE_FIGURE = "a figure of a relative clause on a name"
# a relative clause on a site whose verb builds it or costs: ', which Tarrow Data is developing for $6 billion', 'a
# campus that will cost $2 billion' (candidates.site_cost_relative)
SITE_RELATIVE = re.compile(rf"\b(?:{words('site_nouns')})s?,?\s+(?:which|that)\s+[^,;]*?\b(?:build|builds|building|"
                           rf"built|develop|develops|developing|developed|construct|constructs|constructing|"
                           rf"constructed|cost|costs|costing)\b", re.I)


def _site_cost_aside(sent: Sentence) -> Sentence:
    """'Velkor Labs will occupy all 300 MW at the Lakeview campus, which Tarrow Data is developing for $6 billion':
    after a trigger, a relative clause on a site whose verb builds it or costs tells what the site costs; its figure is
    no amount of the deal told, and is set aside (rule candidates.site_cost_relative)."""
    for m in SITE_RELATIVE.finditer(sent.text):
        if not any(t.end - sent.start <= m.start() for t in sent.triggers):
            continue
        stop = CLAUSE_STOP.search(sent.text, m.end())
        hi = stop.start() if stop else len(sent.text)
        inside = [x for x in sent.money if not x.excluded and m.start() <= x.start - sent.start < hi]
        if inside and hit("candidates.site_cost_relative", True):
            return replace(sent, money=tuple(x for x in sent.money if x not in inside))
    return sent


# a company's holders as the subject of receiving: "Dunmore's investors, including X, will receive ..."
# (candidates.holders_paid)
HOLDERS_BEFORE = re.compile(rf"(?-i:[A-Z])[\w&.'’-]*['’]s?\s+(?:[\w-]+\s+)?(?:{words('owner_nouns')})\b[^.;]{{0,80}}$",
                            re.I)
RECEIVING = re.compile(r"(?:receive|receives|received|receiving|get|gets|got|getting)\b", re.I)


# after a name a figure sizes: the noun phrase ends there ('The $1 billion Tessaly Fund, launched ...', '... the $2
# billion Orsk Fund.') (candidates.figure_sizes_name)
NAME_PHRASE_END = re.compile(r"\s*(?:[,;.:)]|$|\s(?:is|was|will|has|had|which|that|who|said|says)\b)")


def _sizes_name(sent: Sentence, m) -> bool:
    """'The $1 billion Tessaly Fund, launched by Dunmere Capital, backs robotics startups': a figure written right
    before a name that ends its noun phrase is the size of what the name names (a fund, a company), no deal's amount;
    before a name and a noun ('a $2 billion Quarn contract', 'the $500 billion Stargate project') it is the noun's
    (rule candidates.figure_sizes_name)."""
    org = next((o for o in sent.orgs if o.start > m.end and not sent.text[
        m.end - sent.start:o.start - sent.start].strip()), None)
    return org is not None and NAME_PHRASE_END.match(sent.text, org.end - sent.start) is not None


# a verb of winning and its order or contract ('has won a multi-year order from X'): a deal made, told as an event
# (candidates.won_order)
WON_ORDER = re.compile(r"\b(?:won|wins|landed|lands|secured|secures|bagged|clinched|clinches)\s+"
                       r"(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:order|contract)s?\s+(?:from|with)\b", re.I)
# right after a figure: a price per share ('for $18.50 per share in cash'; candidates.per_share_price)
PER_SHARE = re.compile(r"\s*(?:a|per|each)\s+(?:ordinary\s+|common\s+)?share\b", re.I)
# after a party's name, an apposition or a relative clause up to 'valued at' the figure: 'Lumera, a startup valued
# at $3 billion', 'Lumera, which was last valued at $3 billion' (candidates.valued_party)
_VALUED_TAIL = (r"(?:up\s+to\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|"
                r"approximately\s+)?$")


def _sized_party(sent: Sentence, parties) -> bool:
    """Every figure of the sentence sizes a party, told between an article and the company noun before its name
    ('will acquire the $2 billion startup Orvane Labs': mentions.sized_company); the deal stands, with no amount
    (rule candidates.sized_party)."""
    starts = [o.start - sent.start for o, _ in parties]
    return all(m.excluded == "valuation" and (noun := SIZED_NOUN_AFTER.match(sent.text, m.end - sent.start)) and any(
        0 <= st - noun.end() <= 2 for st in starts) for m in sent.money)


def _valued_party(sent: Sentence, parties, lex: Lexicon) -> bool:
    """Every figure of the sentence is what one of the parties is valued at, told in an apposition on its name or a
    relative clause (rule candidates.valued_party)."""
    valued = re.compile(rf"^,\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){{0,6}}?(?:{descriptors_alt(lex.cues)})s?\b"
                        rf"[^,;.$€£]{{0,60}}?\s|which\s+(?:was|is|has\s+been|had\s+been)\s+(?:[a-z]+\s+){{0,2}}?|"
                        rf"(?:now|last|recently)\s+)valued\s+at\s+{_VALUED_TAIL}"
                        # ('Aestra Corporation, which has an enterprise value of $38 billion')
                        rf"|^,\s+which\s+(?:has|had)\s+(?:an?\s+)?(?:total\s+)?(?:enterprise|market|equity)\s+"
                        rf"value\s+of\s+{_VALUED_TAIL}", re.I)
    ends = [o.end - sent.start for o, _ in parties]
    return all(any(e <= m.start - sent.start and valued.match(sent.text[e:m.start - sent.start]) for e in ends)
               for m in sent.money)


# right after a name: its possessive, its valuation and the round that set it ("'s $6.9 billion valuation after a ")
# (roles.valued_after_round)
VALUATION_AFTER_ROUND = re.compile(r"['’]s?\s+(?:[\w$.,-]+\s+){0,4}?valuation\s+"
                                   r"(?:after|following|in|from|set\s+by)\s+"
                                   r"(?:an?|its|the)\s+$", re.I)
# 'to an AI computing startup', 'with a large cloud provider': the other side described by a company noun, not named
# (discourse.figure_after_one_party)
DESCRIBED_OTHER_SIDE = re.compile(rf"\b(?:to|with|from)\s+(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}?"
                                  rf"(?:{words('company_nouns')})\b", re.I)


# a part of a company's own spending that another company funds: 'including $4 billion raised through investment from
# X', '$2 billion of which will come from an investment by X', 'Of the $5 billion cost, $2 billion will be funded by X'
# (the part's figure in group 'part'; the funder right after the match) (candidates.funded_part)
_FIG = r"(?:US|A|C|S|HK)?[$€£¥₩₹]\s?[\d.,]+\s*(?:trillion|billion|million|bn|mn|m|b)?\b"
FUNDED_PART = re.compile(
    rf"\bincluding\s+(?P<part>{_FIG})\s+(?:to\s+be\s+)?(?:raised|coming|provided)\s+(?:through|via|from|by)\s+"
    rf"(?:an?\s+)?(?:(?:equity\s+)?investment|funding|financing)\s+(?:from|by)\s+(?:the\s+)?"
    rf"|(?P<part2>{_FIG})\s+of\s+which\s+(?:will|would|is\s+to|is\s+set\s+to)\s+come\s+from\s+(?:an?\s+)?"
    rf"(?:(?:equity\s+)?investment|funding|financing)\s+(?:from|by)\s+(?:the\s+)?"
    rf"|\b[Oo]f\s+the\s+{_FIG}\s+(?:cost|total|investment|budget|price\s+tag),\s+(?P<part3>{_FIG})\s+(?:will|would)\s+"
    rf"be\s+(?:funded|provided|financed|invested)\s+by\s+(?:the\s+)?")


def _funded_part(sent: Sentence, lex: Lexicon) -> list[Draft]:
    """'Dalvik Group plans to invest 7 trillion won in the project, including $4 billion raised through investment
    from Orlen Cloud': a company's own spending (no deal alone) of which a part is funded by another company named
    right after: that part is an investment of the funder in the spender (rule candidates.funded_part). The spender
    is the sentence's other organisation, the one before the match (its subject) or the speaker after it."""
    m = FUNDED_PART.search(sent.text)
    if m is None:
        return []
    group = next(g for g in ("part", "part2", "part3") if m.group(g))
    funder = next((o for o in sent.orgs if o.start - sent.start == m.end()), None)
    figure = next((x for x in sent.money if x.start - sent.start == m.start(group) and x.amount.value), None)
    others = {o.key: o for o in sent.orgs if funder is not None and o.key != funder.key}
    if funder is None or figure is None or len(others) != 1 or not hit("candidates.funded_part"):
        return []
    spender = next(iter(others.values()))
    draft = Draft("investment", [(funder, "investor"), (spender, "investee")], figure.amount, sent,
                  deal_status(sent.text, lex), 0.8, "investment|investor_first|funded_part", read_terms(sent.text))
    draft.alternates = figure.alternates
    return [draft]


def sentence_deals(sent: Sentence, lex: Lexicon, lone: list | None = None, unsized: list | None = None) -> list[Draft]:
    """The sentence's candidate deals. `lone`, when given, receives the draft of a deal whose counterparty the
    sentence only describes ('is investing $1.5 billion in a technology firm'): one party, its role by the
    trigger's frame, the figure; a following sentence may name the other side (discourse.named_later). `unsized`,
    when given, receives the draft of a deal dropped for want of a figure or terms (candidates.needs_substance): the
    next sentence may give its figure (discourse.figure_after)."""
    rx = cue_regexes(lex)
    if not sent.triggers or not sent.orgs:
        return []
    funded = _funded_part(sent, lex) if on("candidates.funded_part") else []
    if funded:
        return funded
    if on("candidates.estimated_value"):
        sent = _estimated_value(sent, lex)
    if on("candidates.relationship_then_round"):
        sent = _relationship_aside(sent, rx["relationship"])
    if (hit("candidates.negated", _negated(rx["negated"], sent.text))
            or hit("candidates.negated_trigger", on("candidates.negated_trigger") and negated_trigger(sent))
            or hit("candidates.ended_deal", on("candidates.ended_deal") and bool(ENDED_DEAL.search(sent.text)))
            or hit("candidates.relationship", _relationship(rx["relationship"], sent.text, any(
                m.amount.value for m in sent.money if not m.excluded)))
            or hit("candidates.cumulative", on("candidates.cumulative") and running_total(sent.text))
            or hit("candidates.estimate", on("candidates.estimate") and bool(ESTIMATE.search(sent.text))
                   and bool(MAYBE.search(sent.text)))
            or hit("candidates.neither_nor", on("candidates.neither_nor") and bool(NEITHER_NOR.match(sent.text)))
            or hit("candidates.previously_no_figure", on("candidates.previously_no_figure") and _previously(sent)
                   and not any(m.amount.value and not m.excluded for m in sent.money))
            or hit("candidates.legal_payment", rx["legal_payment"].search(sent.text))
            or hit("candidates.capex", rx["capex"].search(sent.text))
            or hit("candidates.follows_earlier_no_figure", on("candidates.follows_earlier_no_figure") and bool(
                FOLLOWS_EARLIER_OPENING.match(sent.text)) and not any(m.amount.value and not m.excluded
                                                                    for m in sent.money)
                   and find_power_mw(sent.text) is None and find_gpus(sent.text) is None
                   and not OTHERS_DEALS.search(sent.text))
            or hit("candidates.market_size", on("candidates.market_size") and bool(MARKET_SIZE.search(sent.text)))
            or hit("candidates.aggregate_total", on("candidates.aggregate_total") and _aggregate_total(sent))
            or hit("candidates.background", background(sent.text) and not hit(
                "candidates.dated_past_figure", on("candidates.dated_past_figure") and bool(DATED_WHEN.search(
                    sent.text)) and any(m.amount.value and not m.excluded for m in sent.money)))):
        return []
    approvers = [o for o in sent.orgs if (approves := _approves(sent, o)) and not hit(
        "candidates.approver_lends", on("candidates.approver_lends") and bool(APPROVED_LOAN.match(
            sent.text, approves.end()))) and not hit(
        "candidates.owners_approve", on("candidates.owners_approve") and bool(OWNERS_OF.search(
            sent.text, 0, o.start - sent.start)))]
    if approvers and hit("candidates.approver", on("candidates.approver")):
        # 'The Kestrel Utility Commission approved X's plan', 'the regulator cleared X's purchase of Y': whoever
        # approves a deal is no party to it
        sent = replace(sent, orgs=tuple(o for o in sent.orgs if o not in approvers))
        if not sent.orgs:
            return []
    if on("candidates.since_clause_aside"):
        sent = _since_clause_aside(sent)
    if on("candidates.likened_deal_aside"):
        sent = _likened_deal_aside(sent)
    if on("candidates.habitual_relative_aside"):
        sent = _habitual_relative_aside(sent)
    if on("candidates.trailing_relative_aside"):
        sent = _trailing_relative_aside(sent)
    if on("candidates.rival_clause_aside"):
        sent = _rival_clause_aside(sent)
    if on("candidates.earlier_deal_aside"):
        sent = _earlier_deal_aside(sent)
    if on("candidates.after_earlier_deal_aside"):
        sent = _after_earlier_deal_aside(sent)
    if on("candidates.gerund_opener_aside"):
        sent = _gerund_opener_aside(sent)
    if on("candidates.money_use_aside"):
        sent = _money_use_aside(sent)
    if on("candidates.capex_with_absolute"):
        sent = _capex_with_absolute(sent)
    if on("candidates.capex_clause_aside"):
        sent = _capex_clause_aside(sent)
    if on("candidates.site_cost_relative"):
        sent = _site_cost_aside(sent)
    gapped = _gapped_subject(sent) if on("candidates.gapped_subject") else None
    if gapped is not None:
        return gapped_deals(sent, lex, gapped)
    money = [m for m in sent.money if not m.excluded]
    if on("candidates.figure_sizes_name"):
        sized = [m for m in money if _sizes_name(sent, m)]
        if sized and hit("candidates.figure_sizes_name", True):
            money = [m for m in money if m not in sized]
    aside = _figures_in_name_aside(sent) if sent.money and on("candidates.figure_only_in_name_aside") else None
    if aside is not None:
        sent, money = aside, []
    type_, trigger = choose_type(sent, lex, money)
    if trigger is None:
        return []
    if trigger.frame == "seller_first" and on("roles.deal_to_verb") and DEAL_NOUN_END.search(trigger.text):
        # 'Velkor has clinched a $900 million deal to rent GPUs from Kestrel Cloud': the deal noun's infinitive says
        # the subject buys in it; its verb's frame, not the winning's (the winner sells), gives the sides
        told = next((t for t in sent.triggers if t.frame == "buyer_first" and t.start > trigger.start and
                     TO_VERB.fullmatch(sent.text, trigger.end - sent.start, t.start - sent.start)), None)
        if told is not None and hit("roles.deal_to_verb"):
            trigger = told
    if hit("candidates.holders_paid", on("candidates.holders_paid") and RECEIVING.match(trigger.text) is not None
           and bool(HOLDERS_BEFORE.search(sent.text, 0, trigger.start - sent.start))):
        return []  # "Dunmore's investors will receive $400 million in Corvane shares": a price paid for Dunmore
    if hit("candidates.conditional", on("candidates.conditional") and bool(
            CONDITIONAL.search(sent.text[:trigger.start - sent.start]))):
        return []  # 'If Quenlo invests $5 billion in Marrowind, ...': a deal supposed, not made
    if hit("candidates.since_clause", on("candidates.since_clause") and bool(
            SINCE_CLAUSE.search(sent.text[:trigger.start - sent.start])) and not (
            on("mentions.since_clause_deal") and SINCE_OPENS.match(sent.text) and any(m.amount.value for m in money))):
        return []  # 'its stock has tripled since Stellix invested in the company': the time since, background
    parties = assign_roles(sent, type_, trigger, lex)
    if parties and trigger.frame == "symmetric" and on("candidates.listed_with_unnamed") and len(
            {o.key for o, _ in parties}) >= 2 and all(o.end <= trigger.start for o, _ in parties) and LISTED.fullmatch(
                sent.text, min(o.end for o, _ in parties) - sent.start, max(o.start for o, _ in parties) - sent.start
            ) and hit("candidates.listed_with_unnamed", bool(WITH_UNNAMED.match(sent.text, trigger.end - sent.start))):
        return []  # 'A, B and C have also struck deals with nuclear companies': each with others no one names
    if parties and hit("candidates.separate_with", on("candidates.separate_with") and _separate_with(sent, parties)):
        return []  # 'a $3 billion contract with A and a $1.5 billion deal with B': two deals of one unnamed side
    if parties and on("roles.figure_list"):
        parties = _figure_list(sent, parties)
    joint = _joint_subjects(sent, trigger, parties) if parties and type_ in TRADE_TYPES and on(
        "type.joint_subjects") else []
    built = _joint_build(sent, trigger, money) if parties and type_ == "investment" and trigger.frame == \
        "investor_first" and on("type.joint_build_investment") else []
    if built and hit("type.joint_build_investment", True):
        type_, parties = "partnership", [(o, "partner") for o in built]
    tenant = _site_tenant(sent, trigger) if parties and (
        type_ == "investment" and trigger.frame == "investor_first" or SPEND_TRIGGER.match(trigger.text)) and on(
            "type.site_for_tenant") else None
    giver = next((o for o, _ in parties if o.end <= trigger.start and o.key != tenant.key), None) if tenant else None
    if giver is not None and hit("type.site_for_tenant"):
        # 'X will invest $1 billion in a new data centre that Velkor Cloud will lease': money put into a site a named
        # tenant takes is the site's financing: the one who puts it in provides, the tenant takes (guideline 6)
        type_, parties = "datacenter", [(giver, "seller"), (tenant, "buyer")]
    if joint and hit("type.joint_subjects"):
        # 'A and B will build the $4 billion data centre together', 'A, B and C formed a consortium to build ...':
        # subjects that undertake something together, no one else named, are partners (guideline 5: joint ventures)
        type_, parties = "partnership", [(o, "partner") for o in joint]
    if parties and type_ in TRADE_TYPES and trigger.type == "ANY" and trigger.frame in STAKE_ROLE and on(
            "type.stake_object") and STAKE_OBJECT.match(sent.text, trigger.end - sent.start) and not re.search(
            r",\s+(?:which|who|that)\s+[^,]*$", sent.text[:trigger.start - sent.start]) and hit("type.stake_object"):
        # 'Cloud firm Wiskor has agreed to sell a 20% stake to Brimvale': a stake the trade verb takes as its object
        # is part of a company, whatever the seller's kind says it sells (not in a relative clause on a name:
        # 'Halden Cloud, which sold a stake to X, will supply ...')
        type_ = "investment"
        parties = [(o, STAKE_ROLE[trigger.frame].get(r, r)) for o, r in parties]
    if parties and type_ == "partnership" and len({o.key for o, _ in parties}) >= 3 and on("roles.counted_goods_maker"):
        # 'supply the technology giant with access to an additional 116,000 Nvidia GB300 GPUs': the maker named
        # between a count and its goods describes the goods; the partners are the others
        makers = {o.key for o, _ in parties if COUNT_BEFORE.search(sent.text, 0, o.start - sent.start)
                  and MAKER_GOODS_AFTER.match(sent.text, o.end - sent.start)}
        if makers and len({o.key for o, _ in parties} - makers) >= 2 and hit("roles.counted_goods_maker", True):
            parties = [(o, r) for o, r in parties if o.key not in makers]
    if parties and type_ == "partnership" and on("type.partner_to_raise") and len(parties) == 2 and (
            raise_with := PARTNER_TO_RAISE.search(sent.text)) and hit("type.partner_to_raise", True):
        # 'Velkor AI partnered with chip equipment maker Halvern to raise 1.7 billion euros': the partner named after
        # 'with' puts in the money the subject raises (a round, guideline: investment)
        with_at = sent.start + raise_with.start("with")
        type_ = "investment"
        parties = [(o, "investor" if o.start > with_at else "investee") for o, _ in parties]
    if parties and type_ == "investment" and hit("type.control_stake_taken", control_stake(sent, trigger)):
        type_ = "acquisition"  # 'sell a 60% stake in X to Y': control bought is an acquisition (guideline 5)
        parties = [(o, CONTROL_ROLE.get(r, r)) for o, r in parties]
    if not money and parties and type_ in TRADE_TYPES and any(r == "seller" for _, r in parties) and len(
            {o.key for o, _ in parties}) >= 2:
        # 'Velmora plans to spend $40 billion on chips from Stellix': a spending plan with its seller named is a
        # purchase, and its figure the amount
        planned = [m for m in sent.money if m.excluded == SPENDING_PLAN]
        keys = {o.key for o, _ in parties}
        last = max(o.end for o, _ in parties)
        if planned and on("candidates.own_plan_elsewhere") and hit("candidates.own_plan_elsewhere", any(
                o.key not in keys and last <= o.start < planned[0].start for o in sent.orgs)):
            planned = []  # '... snapped up the contract, and Microsoft has reiterated its plan to spend $80 billion'
        if planned and hit("candidates.spending_with_seller", on("candidates.spending_with_seller")):
            money = planned
    if money and not money[0].amount.value and any(m.amount.value for m in money) and hit(
            "candidates.vague_then_figure", on("candidates.vague_then_figure")):
        # 'a multibillion-dollar contract ..., worth $8 billion': a size word is no figure; the figure given is
        money = [m for m in money if m.amount.value] + [m for m in money if not m.amount.value]
    if len(money) > 1 and on("candidates.part_of_whole") and PART_OF.fullmatch(
            sent.text, money[0].end - sent.start, money[1].start - sent.start) and hit("candidates.part_of_whole"):
        # 'released $80 million of up to $1.5 billion in loan guarantees': a part paid out of the whole agreed; the
        # deal is the whole
        money = money[1:] + money[:1]
    if len(money) > 1 and on("candidates.figure_in_relative_aside"):
        # 'Kestrova, which runs a $2 billion fund, said Velkor had bought $300 million of GPUs': a figure inside a
        # relative clause set off by commas that closes before the trigger tells about the name it describes
        asides = [a.span() for a in RELATIVE_ASIDE.finditer(sent.text, 0, trigger.start - sent.start)]
        aside = [m for m in money if any(a <= m.start - sent.start and m.end - sent.start <= b for a, b in asides)]
        if aside and len(aside) < len(money) and hit("candidates.figure_in_relative_aside", True):
            money = [m for m in money if m not in aside] + aside
    if len(money) > 1 and on("candidates.figure_before_noun"):
        # 'The $557 million deal comes as X works to close its planned $8.4 billion acquisition of Y': the figure
        # written right before the deal noun that is the trigger is that deal's, whichever comes first
        own = next((m for m in money if m.amount.value and FIGURE_THEN_NOUN.fullmatch(
            sent.text, m.end - sent.start, trigger.start - sent.start)), None)
        if own is not None and own is not money[0] and hit("candidates.figure_before_noun", True):
            money = [own] + [m for m in money if m is not own]
    if parties and type_ == "investment" and trigger.frame == "investee_first" and on("roles.valued_after_round"):
        # "nearly three times Brenlo's $6.9 billion valuation after a $750 million funding round": a round told after
        # a company's valuation it set is that company's, whatever else the sentence tells; it alone raised
        valued = VALUATION_AFTER_ROUND.search(sent.text, 0, trigger.start - sent.start)
        owner = next((o for o in sent.orgs if valued and o.end - sent.start == valued.start()), None)
        if owner is not None and hit("roles.valued_after_round", True):
            parties = [(owner, "investee")]
    if len(money) > 1 and on("candidates.figure_in_trigger"):
        # 'would start at $500 million and could reach $1 billion if X meets its $2 billion fundraising target': the
        # figure inside the trigger's own words ('$2 billion fundraising') is that deal's
        inside = next((m for m in money if m.amount.value and trigger.start <= m.start and m.end <= trigger.end), None)
        if inside is not None and inside is not money[0] and hit("candidates.figure_in_trigger", True):
            money = [inside] + [m for m in money if m is not inside]
    if money and type_ in ("power", "chips", "compute") and on("candidates.site_value_destination") and \
            SITE_VALUE_BEFORE.search(sent.text, 0, money[0].start - sent.start) and SITE_AFTER_FIGURE.match(
                sent.text, money[0].end - sent.start) and hit("candidates.site_value_destination"):
        money = money[1:]  # 'gas plants to supply a new, $10 billion Meta data center': the site's value, no price
    amount = money[0].amount if money else None
    if amount is not None and amount.value is None:
        amount = None
    # 'Brindova has ordered 20,000 accelerators.' then 'The chips will come from X': a trade of one named side sized
    # by a count of its goods (GPUs, megawatts) instead of a figure also waits for its other side
    # (discourse.goods_counted_lone)
    terms = read_terms(sent.text) if amount is None and type_ in TRADE_TYPES and on("discourse.goods_counted_lone") \
        else {}
    counted = bool(terms.get("gpus") or terms.get("power_mw"))
    if parties is None or len({o.key for o, _ in parties}) == 1:
        if lone is not None and (amount is not None or counted):
            before, alternates = len(lone), money[0].alternates if money else ()
            lone += _described_counterparty(sent, type_, trigger, amount, alternates, lex)
            if len(lone) == before and on("discourse.background_aside") and len({o.key for o in sent.orgs}) > 1:
                # 'Velmora AI, which competes with Orvell Labs, will pay $2 billion for GPU capacity': one side named,
                # the other names only background (a rival, a relative clause's, a description's)
                kept = party_mentions(sent, type_, trigger, lex)
                if len({o.key for o in kept}) == 1:
                    lone += _described_counterparty(replace(sent, orgs=tuple(kept)), type_, trigger, amount,
                                                    alternates, lex)
                    hit("discourse.background_aside", len(lone) > before)
            hit("discourse.goods_counted_lone", amount is None and len(lone) > before)
        elif unsized is not None and amount is None and not counted and type_ in TRADE_TYPES and on(
                "discourse.figure_after_one_party") and (DESCRIBED_OTHER_SIDE.search(sent.text) or unnamed_counterparty(
                    sent)):
            # 'Orvane Mining is leasing its Texas campus to an AI startup.' then 'The lease is expected to net the
            # company $3 billion': a trade whose other side is only described, with no figure, waits for the next
            # sentence's (discourse.figure_after)
            described = _described_counterparty(sent, type_, trigger, None, (), lex)
            if len(described) == 1 and hit("discourse.figure_after_one_party"):
                unsized += described
    lone_site = _lone_site_party(sent, type_, trigger, parties, amount, lex)
    site_financing = lone_site is not None
    if site_financing:
        parties = [(lone_site, "buyer")]
    if not parties:  # none, or every organisation set aside (a channel, a rival): no deal
        return []
    giving = {"datacenter": ("seller", "buyer"), "investment": ("investor", "investee")}.get(type_)
    if giving and parties and {r for _, r in parties} == {giving[0]} and on("mentions.site_funded"):
        # 'The financing, provided by A and B, ... will fund Dalvoren's campus': the owner of the site funded takes the
        # financing (guideline 6: the developer is the buyer; money lent into a company, its investee)
        owner = FUNDED_SITE_OWNER.search(sent.text)
        funded = next((o for o in sent.orgs if owner and o.start - sent.start == owner.start(1)), None)
        if funded is not None and hit("mentions.site_funded"):
            parties = [(o, r) for o, r in parties if o.key != funded.key] + [(funded, giving[1])]
    single = len({o.key for o, _ in parties}) == 1
    unnamed = hit("candidates.unnamed_counterparty", single and on("candidates.unnamed_counterparty") and (bool(
        amount) or has_terms(sent.text)) and type_ in TRADE_TYPES and unnamed_counterparty(sent))
    side = unnamed_side(sent) if unnamed else None
    if side is not None and hit("roles.unnamed_side", side != parties[0][1]):
        parties = [(parties[0][0], side)]  # 'won a contract from an unnamed customer': the other side's noun tells
    # a round with a figure ('X raised $50 million'), or shares of one named company bought by buyers the sentence does
    # not name ('a fund linked to Y bought $500 million of X shares'): the company alone (rule candidates.lone_investee)
    lone_investee = single and type_ == "investment" and amount and parties[0][1] == "investee" and on(
        "candidates.lone_investee") and trigger.frame == "investor_first" and hit(
        "candidates.lone_investee", shares_issuer(sent, trigger, sent.orgs) is not None)
    if hit("candidates.one_party", single and not (type_ == "investment" and trigger.frame == "investee_first"
                                                   and amount) and not unnamed and not lone_investee
           and not site_financing):
        return []
    if single and hit("candidates.own_spending", on("candidates.own_spending") and _own_spending(sent, trigger)):
        return []
    verb = trigger.text.lower()
    strong_verb = verb in lex.cues["strong_verbs"] and not hit(
        "candidates.habitual_present", verb in lex.cues["habitual_verbs"] and on("candidates.habitual_present"))
    won_order = on("candidates.won_order") and bool(WON_ORDER.search(sent.text))  # (read once, for both checks)
    if hit("candidates.needs_substance", not amount and not has_terms(sent.text) and not strong_noun(sent) and not (
            trigger.frame in TYPED_FRAMES or strong_verb) and not hit("candidates.won_order", won_order) and not hit(
            "candidates.joint_capacity", on("candidates.joint_capacity") and joint_capacity(sent)) and not hit(
            "candidates.chosen_to_supply", on("candidates.chosen_to_supply") and _chosen_to(sent, trigger))):
        if unsized is not None and not single and on("discourse.figure_after"):
            unsized.append(Draft(type_, parties, None, sent, deal_status(sent.text, lex),
                                 0.35 + 0.2 * (trigger.frame != "symmetric") + 0.1, f"{trigger.type}|{trigger.frame}"))
        return []
    # (a quantity traded is a figure too, guideline 3: 'in November 2025 it signed a deal to supply 507 MW of
    # generators to ...'; candidates.dated_quantity)
    quantity_told = hit("candidates.dated_quantity", on("candidates.dated_quantity") and bool(
        find_power_mw(sent.text) or find_gpus(sent.text)))
    if not amount and not quantity_told and on("candidates.dated_history") and hit("candidates.dated_history", bool(
            DATED_PAST.search(sent.text) or on("candidates.relative_past") and hit(
                "candidates.relative_past", bool(RELATIVE_PAST.search(sent.text))) or on(
                "candidates.year_noun_past") and hit("candidates.year_noun_past", bool(YEAR_NOUN_PAST.search(
                    sent.text)))) and not REPORTED_NOW.search(
                sent.text)):
        return []  # 'Macquarie first acquired a stake in Aligned in April 2018': a dated past step, no figure
    told = [m for m in sent.money if m.excluded != ASIDE_FIGURE]  # (a relative clause's figure is about its name)
    if hit("candidates.figures_not_deal", not amount and told and all(m.excluded for m in told)
           and not has_terms(sent.text) and not hit("candidates.won_order", won_order) and not (
               trigger.frame in TYPED_FRAMES and len({o.key for o, _ in parties}) >= 2 and on(
                   "candidates.valued_party") and hit("candidates.valued_party", _valued_party(sent, parties, lex)))
           and not (type_ == "acquisition" and trigger.frame in TYPED_FRAMES and len({o.key for o, _ in parties}) >= 2
                    and on("candidates.per_share_price") and hit("candidates.per_share_price", all(
                        PER_SHARE.match(sent.text, m.end - sent.start) for m in sent.money)))
           and not (type_ == "acquisition" and hit("candidates.deal_valuing", on(
               "candidates.deal_valuing") and bool(DEAL_VALUING.search(sent.text)))) and not (
               type_ == "acquisition" and trigger.frame == "acquirer_first" and hit("candidates.acquirer_valuing", on(
                   "candidates.acquirer_valuing") and bool(VALUING_AFTER.search(sent.text, trigger.end - sent.start))))
           and not (type_ == "investment" and len({o.key for o, _ in parties}) >= 2 and hit(
               "candidates.share_with_valuation", on("candidates.share_with_valuation") and bool(
                   SHARE_BEFORE.search(sent.text, 0, trigger.start - sent.start))))
           and not (type_ == "investment" and len({o.key for o, _ in parties}) >= 2 and hit(
               "candidates.round_valuing", on("candidates.round_valuing") and bool(ROUND_VALUING.search(
                   sent.text))))
           and not (trigger.frame in TYPED_FRAMES and len({o.key for o, _ in parties}) >= 2 and on(
               "candidates.sized_party") and hit("candidates.sized_party", _sized_party(sent, parties)))):
        return []  # the sentence's figures are valuations, prices or changes: numbers, not a deal
    confidence = 0.35 + 0.25 * bool(amount) + 0.2 * (trigger.frame != "symmetric") + 0.1 * (not single)
    draft = Draft(type_, parties, amount, sent, deal_status(_status_text(sent), lex), min(confidence, 0.95),
                  f"{trigger.type}|{trigger.frame}")
    draft.terms = read_terms(sent.text)
    draft.alternates = money[0].alternates if amount else ()
    valued = [m for m in money if m.amount.value]
    stake_trade = _stake_then_trade(draft, sent, trigger, valued, rx) if on("candidates.stake_then_trade") else []
    if stake_trade:
        return stake_trade
    listed = _listed_deals(draft, sent, valued, rx) if on("candidates.listed_deals") else []
    if listed:
        return listed
    each = _deals_with_each(draft, sent) if not valued and on("candidates.deals_with_each") else []
    if each:
        return each
    paired = _paired_figures(draft, sent, valued, rx, lex) if on("candidates.paired_figures") else []
    if paired:
        return paired
    paired = _respective_subjects(draft, sent, valued) if on("candidates.respective_subjects") else []
    if paired:
        return paired
    each = _figure_each(draft, sent, valued) if len(valued) == 1 and on("candidates.figure_each") else []
    if each:
        return each
    measured = _paired_quantities(draft, sent) if not valued and on("candidates.paired_quantities") else []
    if measured:
        return measured
    further = _further_figures(draft, sent, valued, rx) if on("candidates.further_figures") else []
    joined = _joined_supply(draft, sent, lex, valued) if on("candidates.joined_supply") else []
    if type_ in TRADE_TYPES and on("candidates.joined_stake"):
        joined += _joined_stake(draft, sent)
    if type_ in TRADE_TYPES and on("candidates.invest_then_trade"):
        joined += _invested_then_bought(draft, sent, valued)
    if type_ in TRADE_TYPES and not valued and on("candidates.investment_and_trade"):
        joined += _investment_and_trade(draft, sent)
    # the supply's own figure ('and to sell it GPUs worth $2 billion') is that deal's, not a further investment
    further = [d for d in further if not any(j.amount is not None and d.amount == j.amount for j in joined)]
    return [draft] + further + joined


# ', and B another $300 million' ending a sentence: a second subject, its own figure, the verb and object left out
# (candidates.gapped_subject)
GAPPED_TAIL = re.compile(r"\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|\s+while\s+)$")
GAPPED_FIGURE = re.compile(r"\s*,?\s*(?:(?:another|a\s+further|an\s+additional|a\s+further|the\s+remaining|"
                           r"(?:up\s+to|about|nearly|some|roughly)(?:\s+another)?)\s+)?$", re.I)
GAPPED_END = re.compile(r"\s*[.;]?\s*$")


def _gapped_subject(sent: Sentence):
    """'Ostrand Credit will lend $600 million to Kessock Data, and Marlow Bank another $300 million': the sentence's
    last name, after 'and' or a comma that follows another name, with its own figure right after it and nothing else
    to the end, where the sentence's first figure comes before that other name (the verb's figure, then its object):
    (the last name, its figure), or None. Not 'will pay A $10 billion and B $5 billion', where each name comes before
    its figure: there B is a second payee (mentions.gapped_slot)."""
    money = [m for m in sent.money if not m.excluded and m.amount.value]
    if len(money) != 2 or len(sent.orgs) < 3:
        return None
    last, fig = sent.orgs[-1], money[1]
    before = [o for o in sent.orgs if o.end <= last.start and o.key != last.key]
    if not before or fig.start < last.end or any(o.start >= last.end for o in sent.orgs if o is not last):
        return None
    other = before[-1]
    text, at = sent.text, sent.start
    if not (GAPPED_TAIL.search(text[other.end - at:last.start - at]) and GAPPED_FIGURE.fullmatch(
            text[last.end - at:fig.start - at]) and GAPPED_END.fullmatch(text[fig.end - at:])):
        return None
    if not money[0].end <= other.start or not any(o.end <= money[0].start and o.key != other.key for o in before):
        return None
    return last, fig


def gapped_deals(sent: Sentence, lex: Lexicon, gapped) -> list[Draft]:
    """The deals of a sentence with a gapped second subject (_gapped_subject): the sentence read without the second
    subject and its figure, then the same deal again with the second subject in the first's role and its own figure."""
    name, fig = gapped
    short = replace(sent, orgs=tuple(o for o in sent.orgs if o is not name),
                    money=tuple(m for m in sent.money if m is not fig))
    first = sentence_deals(short, lex)
    if len(first) != 1 or len(first[0].parties) != 2 or not hit("candidates.gapped_subject"):
        return first
    draft = first[0]
    subject = min(draft.parties, key=lambda p: p[0].start)
    second = replace(draft, parties=[(name, subject[1]) if p is subject else p for p in draft.parties],
                     amount=fig.amount, alternates=fig.alternates, rule=draft.rule + "|gapped_subject")
    return [draft, second]


# after an investment's investee: 'and (will / to) supply (it with) <goods>', the same subject's second undertaking
JOINED_SUPPLY = re.compile(rf"^{NO_STOP}{{0,40}}?\band\s+(?:(?:will|to|would)\s+)?(?:also\s+)?"
                           rf"(?:{words('supply_verbs')})\b({NO_STOP}{{0,80}})", re.I)


# right after an investor: 'will supply <the investee> with <goods> and', the investment told after it
# (candidates.supply_then_invest)
SUPPLY_FIRST = re.compile(rf"{NO_STOP}{{0,40}}?\b(?:{words('supply_verbs')})\s+({NO_STOP}{{1,60}}?)\s+with\s+"
                          rf"({NO_STOP}{{1,80}}?)\s+and\s+", re.I)


def _lone_site_party(sent: Sentence, type_: str, trigger, parties, amount, lex: Lexicon) -> OrgMention | None:
    """The one organisation of a datacenter deal with a figure whose other side is unnamed, where it is a deal of that
    one party as a round with a figure is: a site's financing raised by its developer ('Mirelle Data Centers has
    secured $2.1 billion in project financing for its campus', candidates.site_financing_alone) or one site bought,
    the purchase done ('Orsk bought 200 acres of land in Texas for $96 million', candidates.site_bought_alone). The
    developer or the buyer buys."""
    if type_ != "datacenter" or amount is None or len({o.key for o in sent.orgs}) != 1:
        return None
    only = sent.orgs[0]
    if len({o.key for o, _ in parties or ()}) <= 1 and on("candidates.site_financing_alone") and any(
            t.type == "investment" and t.frame == "investee_first" and t.start >= only.end
            for t in sent.triggers) and hit("candidates.site_financing_alone"):
        return only
    # ('X has secured a landmark S$2.25 billion (US$1.75bn) green loan to fund ... its data center': the debt's own
    # trigger broken by the words between, told by the verb of securing and the debt after it)
    if len({o.key for o, _ in parties or ()}) <= 1 and on("candidates.site_debt_secured") and any(
            t.frame == "buyer_first" and t.start >= only.end and SECURING.match(t.text.split()[0]) and
            FINANCE_WORD.search(sent.text, t.end - sent.start) for t in sent.triggers) and hit(
                "candidates.site_debt_secured"):
        return only
    if not parties and trigger.frame == "buyer_first" and trigger.start >= only.end and on(
            "candidates.site_bought_alone") and _one_site_bought(sent, trigger) and deal_status(
            sent.text, lex) == "completed" and hit("candidates.site_bought_alone"):
        return only
    return None


def _one_site_bought(sent: Sentence, trigger) -> bool:
    """The words right after a buying verb name one site or piece of land ('200 acres of land in Texas', 'a data
    centre campus'), not several ('sites across Europe': a programme of purchases)."""
    m = LAND_BOUGHT.match(sent.text, trigger.end - sent.start)
    return m is not None and not re.search(r"\b(?:sites|campuses|parcels|plots)$", m.group(0))


def _joined_stake(draft: Draft, sent: Sentence) -> list[Draft]:
    """'Tessaly will buy $20 billion of Velkara chips and take a 10% stake in the chipmaker': the buyer of a trade that
    also takes a stake (type.joined_stake) makes a second deal, an investment with no figure of its own, in the
    company named after 'stake in', or in the trade's seller where a phrase refers back to it ('the chipmaker', 'the
    company', 'it')."""
    stake = joined_stake(sent, sent.triggers)
    buyers = [o for o, r in draft.parties if r == "buyer"]
    sellers = [o for o, r in draft.parties if r == "seller"]
    trade = next((t for t in reversed(sent.triggers) if stake is not None and t.end <= stake.start and t.type == "ANY"
                  and t.frame in ("buyer_first", "seller_first")), None)
    if trade is not None and trade.frame == "seller_first" and len(sellers) == 1:
        # 'Calder will supply Ardent with networking gear and take a 5% stake in the startup': the seller takes the
        # stake, in its buyer (rule candidates.seller_joined_stake)
        buyers, sellers = sellers, buyers
    if stake is None or len(buyers) != 1:
        return []
    named = next((o for o in sent.orgs if o.start >= stake.end
                  and not sent.text[stake.end - sent.start:o.start - sent.start].strip()), None)
    rest = sent.text[stake.end - sent.start:]
    investee = named if named is not None and named.key != buyers[0].key else sellers[0] if len(sellers) == 1 and (
        REFERS_BACK_AFTER.match(rest)) else None
    if investee is None or not hit("candidates.joined_stake", True):
        return []
    return [Draft("investment", [(buyers[0], "investor"), (investee, "investee")], None, sent, draft.status,
                  draft.confidence - 0.1, "investment|investor_first|joined_stake", {})]


def _invested_then_bought(draft: Draft, sent: Sentence, money: list) -> list[Draft]:
    """'Corsley Cloud will invest in Ardent Fission and buy $90 million of accelerators from it': a purchase whose
    buyer first invests in its seller, the two verbs joined by 'and', the sentence's figures after the join: a second
    deal, the investment with no figure of its own (rule candidates.invest_then_trade, read from the trade's side)."""
    buyers = [o for o, r in draft.parties if r == "buyer"]
    sellers = [o for o, r in draft.parties if r == "seller"]
    if len(buyers) != 1 or len(sellers) != 1:
        return []
    for t in sent.triggers:
        if t.type != "investment" or not t.text.lower().startswith("invest"):
            continue
        joined = TRADE_JOINED.search(sent.text, t.end - sent.start)
        named = next((o for o in sent.orgs if o.start >= t.end), None)
        if joined is None or named is None or named.key != sellers[0].key or named.end - sent.start > joined.start() \
                or any(m.start - sent.start < joined.end() for m in money) or not buyers[0].end <= t.start:
            continue
        if hit("candidates.invest_then_trade"):
            return [Draft("investment", [(buyers[0], "investor"), (sellers[0], "investee")], None, sent, draft.status,
                          draft.confidence - 0.1, "investment|investor_first|invest_then_trade", {})]
    return []


# after a stake taken: a second verb of buying the same subject joins to it ('... and to buy $300 million of its
# chips'; candidates.stake_then_trade)
TRADE_JOINED = re.compile(r"\band\s+(?:(?:will|would|to|also)\s+){0,2}(?:buy|purchase|rent|lease|order)\s+", re.I)


def _stake_then_trade(draft: Draft, sent: Sentence, trigger, money, rx) -> list[Draft]:
    """'Orlavin agreed to take a 20% stake in Dalvoren and to buy $300 million of its chips': a stake taken, then a
    second verb of buying joined to it, with the sentence's figures after that verb: two deals, the stake with no
    figure of its own and the purchase of the goods the words after the verb name, from the company invested in (the
    mirror of candidates.joined_stake)."""
    verb = trigger.text.lower()
    invests = verb.startswith("invest") and on("candidates.invest_then_trade")
    if draft.type != "investment" or not (verb.startswith("stake") or invests) or not (money or invests):
        return []
    joined = TRADE_JOINED.search(sent.text, trigger.end - sent.start)
    investor = [o for o, r in draft.parties if r == "investor"]
    investee = [o for o, r in draft.parties if r == "investee"]
    if joined is None or len(investor) != 1 or len(investee) != 1:
        return []
    before = [m for m in money if m.start - sent.start < joined.end()]
    after = [m for m in money if m.start - sent.start >= joined.end()]
    rest = mask_orgs(sent)[joined.end():]
    # ('will invest in Kessel and buy 200 MW of power from it': the verb's own figure, if any, before 'and'; the
    # purchase counted by a quantity where it has no money; candidates.invest_then_trade)
    if (before and not invests) or len(before) > 1 or not (after or invests and has_terms(rest)):
        return []
    kinds = [k for k in TRADE_TYPES if rx[f"type:{k}"].search(rest)]
    if len(kinds) != 1 or not hit("candidates.invest_then_trade" if invests else "candidates.stake_then_trade"):
        return []
    stake = Draft("investment", list(draft.parties), before[0].amount if before else None, sent, draft.status,
                  draft.confidence, draft.rule + ("|invest_then_trade" if invests else ""), {})
    trade = Draft(kinds[0], [(investor[0], "buyer"), (investee[0], "seller")], after[0].amount if after else None,
                  sent, draft.status, draft.confidence, draft.rule + "|stake_then_trade", read_terms(rest))
    if before:
        stake.alternates = before[0].alternates
    if after:
        trade.alternates = after[0].alternates
    return [stake, trade]


# 'over a potential investment and an agreement to use its chips', 'a supply deal and an investment': two deal nouns
# joined, one an investment (candidates.investment_and_trade)
# ('an investment and offtake agreement', 'an equity and supply agreement', 'a supply and investment agreement': the
# two kinds before one agreement noun)
INVESTMENT_AND_DEAL = re.compile(rf"\b(?:investment|equity)\s+and\s+(?:offtake|supply|purchase|power\s+purchase|"
                                 rf"capacity|commercial|lease)\s+{DEAL_NOUN}\b|"
                                 rf"\b(?:offtake|supply|purchase|capacity|commercial|lease)\s+and\s+"
                                 rf"(?:investment|equity)\s+{DEAL_NOUN}\b|"
                                 rf"\binvestments?\s+and\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{DEAL_NOUN}\b|"
                                 rf"\b{DEAL_NOUN}\s+(?:[^,.;]{{0,60}}?\s)?and\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?"
                                 # (not 'in partnership with X and an investment fund': an organisation's noun)
                                 rf"investments?\b(?!\s+(?:fund|funds|firm|firms|bank|banks|company|companies|vehicle|"
                                 rf"vehicles|arm|group|manager|managers|house|office|authority|corporation)\b)", re.I)


COMPOUND_AGREEMENT = re.compile(r"(?:investment|equity|offtake|supply|purchase|power|capacity|commercial|lease)\s+"
                                r"(?:purchase\s+)?and\s+(?!(?:an?|the)\s)", re.I)


def _investment_and_trade(draft: Draft, sent: Sentence) -> list[Draft]:
    """'X is in discussions with Y over a potential investment and an agreement to use Y's chips': a trade noun and
    an investment joined by 'and' tell two deals between the trade's two sides; the investment, without a figure of
    its own here, goes from the side whose kind invests (a cloud or chip giant) into the other, from the seller where
    the kinds do not tell (rule candidates.investment_and_trade)."""
    buyers = [o for o, r in draft.parties if r == "buyer"]
    sellers = [o for o, r in draft.parties if r == "seller"]
    joined = INVESTMENT_AND_DEAL.search(sent.text)
    if len(buyers) != 1 or len(sellers) != 1 or not joined:
        return []
    # ('signed an investment and offtake agreement with X': one agreement of both kinds, whose buyer, taking the output
    # or the goods, also puts the money in where the kinds do not tell; candidates.investment_and_offtake)
    buyer_first = investor_score(buyers[0]) == investor_score(sellers[0]) and COMPOUND_AGREEMENT.match(
        joined.group(0)) is not None and hit("candidates.investment_and_offtake", on(
            "candidates.investment_and_offtake"))
    investor, investee = (buyers[0], sellers[0]) if investor_score(buyers[0]) > investor_score(
        sellers[0]) or buyer_first else (sellers[0], buyers[0])
    if not hit("candidates.investment_and_trade", True):
        return []
    return [Draft("investment", [(investor, "investor"), (investee, "investee")], None, sent, draft.status,
                  draft.confidence - 0.1, "investment|investor_first|and_trade", {})]


# after 'stake in': a phrase or pronoun that refers back to a company of the sentence ('the chipmaker', 'it')
REFERS_BACK_AFTER = re.compile(rf"\s*(?:it\b|them\b|the\s+(?:[\w-]+\s+)?(?:{words('company_nouns')})\b)", re.I)


def _joined_supply(draft: Draft, sent: Sentence, lex: Lexicon, valued: list) -> list[Draft]:
    """'Velmora will invest up to $100 billion in Quarnell and supply it with advanced AI chips': an investor that,
    in the same clause, also undertakes to supply goods or capacity to the company it invests in makes a second deal,
    a sale from investor to investee, with the figure written in that part ('and to sell it GPUs worth $2 billion')
    or none."""
    investors = [o for o, r in draft.parties if r == "investor"]
    investees = [o for o, r in draft.parties if r == "investee"]
    if draft.type != "investment" or len(investors) != 1 or len(investees) != 1:
        return []
    rx = cue_regexes(lex)
    start = investors[0].end - sent.start
    first = SUPPLY_FIRST.match(sent.text, start) if on("candidates.supply_then_invest") else None
    if first and first.start(1) <= investees[0].start - sent.start < first.end(1) and any(
            m.amount == draft.amount and m.start - sent.start >= first.end() for m in valued):
        # 'Kelmar will supply Ostrivel with 100,000 GPUs and invest $300 million in the company': the supply told
        # first, the investment's figure after it
        kind = next((t for t in ("chips", "compute", "power") if rx[f"type:{t}"].search(first.group(2))), None)
        if kind is not None and hit("candidates.supply_then_invest"):
            goods = {k: v for k, v in read_terms(first.group(2)).items() if v}
            draft.terms = {k: v for k, v in draft.terms.items() if k not in goods}  # the GPUs are the sale's
            return [Draft(kind, [(investors[0], "seller"), (investees[0], "buyer")], None, sent, draft.status,
                          draft.confidence - 0.1, draft.rule + "|supply_then_invest", goods)]
    after = investees[0].end - sent.start
    m = JOINED_SUPPLY.match(sent.text[after:])
    if m is None or any(o.start >= sent.start + after + m.start(1) for o in sent.orgs if o.key != investees[0].key):
        return []
    goods = m.group(1)
    kind = next((t for t in ("chips", "compute", "power") if rx[f"type:{t}"].search(goods)), None)
    if kind is None or not hit("candidates.joined_supply"):
        return []
    lo, hi = sent.start + after + m.start(1), sent.start + after + m.end(1)
    own = next((x.amount for x in valued if lo <= x.start < hi), None)  # 'GPUs worth $2 billion'
    return [Draft(kind, [(investors[0], "seller"), (investees[0], "buyer")], own, sent, draft.status,
                  draft.confidence - 0.1, draft.rule + "|joined_supply", {})]


OWN_SPENDING = re.compile(rf"^(?:{words('announce_verbs')})\b.*\binvestments?$", re.I | re.S)
SPENDING_OBJECT = re.compile(r"^(?:\s+[\w$€£.,-]+){0,8}?\s+(?:(?:in|into)\s+(?:[a-z]|[A-Z]{2,4}\s+[a-z])|to\s+[a-z]+\b)")


# after a figure: a build it pays for ('$4 billion to build a campus'; type.joint_build_investment)
BUILD_AFTER_FIGURE = re.compile(rf"\s+(?:(?:in|of)\s+\w+\s+)?to\s+(?:{words('making_verbs')})\b", re.I)
JOINT_MARK = re.compile(rf"\b(?:{words('joint_adverbs')}|{words('joint_groups')})\b", re.I)


def _joint_subjects(sent: Sentence, trigger, parties: list) -> list:
    """The parties' organisations, where every one is among the subjects joined by 'and' or commas right before a
    trigger of making ('A and B will build ...', 'A, B and C formed a consortium to develop ...'), so no one is named
    after it, and the words after the subjects say they make it together ('together', 'jointly', 'consortium', 'joint
    venture'); else []. (A joint word before them names what they are, 'The joint venture of A, B and C obtained a
    loan'; a collaboration or a partnership to deploy capacity is mostly one side supplying the other.)"""
    if trigger.text.lower() not in word_set("making_verbs"):
        return []
    if any(o.end > trigger.start for o, _ in parties):
        return []
    chain = _subject_chain(sent, trigger)
    keys = {o.key for o, _ in parties}
    if len(keys) < 2 or not keys <= {o.key for o in chain}:
        return []
    joint = JOINT_MARK.search(sent.text, chain[-1].end - sent.start)
    return list({o.key: o for o, _ in parties}.values()) if joint else []


def _subject_chain(sent: Sentence, trigger) -> list:
    """The names joined by 'and' or commas that end right before the trigger's words ('A, B and C will ...')."""
    before = [o for o in sent.orgs if o.end <= trigger.start]
    if not before:
        return []
    chain = [before[-1]]
    for o in reversed(before[:-1]):
        if not re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", sent.text[o.end - sent.start:chain[0].start - sent.start]):
            break
        chain.insert(0, o)
    return chain


# before a trigger of trade: a verb of choosing, the one chosen, and 'to' ('has picked Quentis Cloud to provide';
# candidates.chosen_to_supply)
CHOSEN_TO = re.compile(rf"\b(?:{words('choosing_verbs')}|chose|picks|taps|selects|chooses)\s+(?P<who>[^,;.]{{1,60}}?)"
                       rf"\s+to\s+$", re.I)


def _chosen_to(sent: Sentence, trigger) -> bool:
    """'Mirova has picked Quentis Cloud to provide computing capacity': a company chose another to supply it; the
    choice is the deal, with or without a figure (rule candidates.chosen_to_supply)."""
    if trigger.frame not in ("seller_first", "buyer_first"):
        return False
    m = CHOSEN_TO.search(sent.text, 0, trigger.start - sent.start)
    return bool(m) and any(o.start - sent.start == m.start("who") for o in sent.orgs) and any(
        o.end - sent.start <= m.start() for o in sent.orgs)


# the trigger of spending money ('will spend $1 billion on ...'; type.site_for_tenant)
SPEND_TRIGGER = re.compile(r"(?:spend|spends|spent|spending)\b", re.I)
# after the trigger and its figure: the site the money goes into, before any name ('$1 billion in a new data centre',
# 'to build a campus'; type.site_for_tenant)
# (the preposition may end the trigger: 'put $750 million into')
SITE_PUT_INTO = re.compile(r"(?:[^.;,]{0,40}?\b(?:in|on|into|to\s+build|to\s+develop))?\s+"
                           r"(?:a|an|the|its|two|three|four)\s+(?:[\w$€£.,-]+\s+){0,4}?"
                           r"(?:data\s+cent(?:er|re)s?|datacent(?:er|re)s?|data\s+halls?|campus(?:es)?|"
                           r"facility|facilities)\b", re.I)
# between the site and its tenant: a relative clause or a participle of leasing to it, or 'for' (type.site_for_tenant)
TENANT_BEFORE = re.compile(r"(?:\s+(?:in|near|at|outside)\s+(?:[A-Z][\w.-]*\s*){1,3})?,?\s+(?:(?:that|which)\s+|"
                           r"(?:(?:that|which)\s+(?:will\s+be|is|was|has\s+been|is\s+being)\s+)?(?:leased|let|"
                           r"rented)\s+to\s+|for\s+)$")
# after the tenant, in the relative clause: a verb of taking the site ('that X will lease', 'has agreed to use')
TENANT_VERB_AFTER = re.compile(r"\s+(?:(?:will|would|plans\s+to|has\s+agreed\s+to|agreed\s+to|is\s+to|is\s+set\s+"
                               r"to)\s+)?(?:lease|leases|rent|rents|use|occupy|take)\b", re.I)


def _site_tenant(sent: Sentence, trigger):
    """The named tenant of the site money is put into: 'invest $1 billion in a new data centre that Velkor Cloud will
    lease', '... in a data centre in Arizona that will be leased to Velkor Cloud', 'to build a campus for Velkor'
    (rule type.site_for_tenant)."""
    text = sent.text
    site = SITE_PUT_INTO.match(text, trigger.end - sent.start)
    if site is None or any(trigger.end <= o.start and o.start - sent.start < site.end() for o in sent.orgs):
        return None
    for o in sent.orgs:
        if o.start - sent.start < site.end():
            continue
        before = TENANT_BEFORE.fullmatch(text, site.end(), o.start - sent.start)
        if before is None:
            return None
        relative = before.group(0).rstrip().endswith(("that", "which"))
        return o if not relative or TENANT_VERB_AFTER.match(text, o.end - sent.start) else None
    return None


def _joint_build(sent: Sentence, trigger, money: list) -> list:
    """'A and B will jointly invest $4 billion to build a campus, which will be leased to C': subjects joined by
    'and' that put money together into a build of their own (a joint word, then the figure, then 'to build') are
    partners (guideline 5: joint ventures); a name after the build is no company invested in (rule
    type.joint_build_investment). Else []."""
    figure = next((m for m in money if m.start >= trigger.start), None)
    if figure is None or not BUILD_AFTER_FIGURE.match(sent.text, figure.end - sent.start):
        return []
    chain = _subject_chain(sent, trigger)
    if len({o.key for o in chain}) < 2 or not JOINT_MARK.search(
            sent.text, chain[-1].end - sent.start, figure.start - sent.start):
        return []
    return list({o.key: o for o in chain}.values())


def _own_spending(sent: Sentence, trigger) -> bool:
    """'Velmora announced a $10bn investment over five years in AI development': a company announcing an
    investment of its own in a thing, not a company (into a lower-case object, 'AI development' included, or
    'to build ...'), spends; it raises nothing. The guidelines' capex plan with no counterparty. ('secured a
    $50 million investment to expand' is a raise: its verb receives.)"""
    if not OWN_SPENDING.match(trigger.text):
        return False
    return bool(SPENDING_OBJECT.match(sent.text[trigger.end - sent.start:]))


# between 'with A' and 'with B' of two deal nouns that each have their own figure: 'a $3 billion contract with A
# and a $1.5 billion deal with B' (candidates.separate_with)
SEPARATE_WITH = re.compile(rf"\s*,?\s+(?:and|as\s+well\s+as|while)\s+(?:a|an|its|their|another)\s+(?:[\w-]+\s+)?"
                           rf"[$€£¥₹]\s?\d[\d.,]*\s*(?:million|billion|trillion|bn|mn|m|b)?\s*(?:[\w-]+\s+){{0,2}}?"
                           rf"(?:{words('coordinated_deal_nouns')})\s+with\s+", re.I)
WITH_BEFORE = re.compile(r"\bwith\s+$")


def _separate_with(sent: Sentence, parties: list) -> bool:
    """A draft whose two parties are each the 'with' of a deal noun with its own figure, the second noun joined to the
    first by 'and' ('The agreements include a $3 billion contract with Orlin Cloud and a $1.5 billion deal with Kerrow
    Compute'): the two are each the other side of someone else's deal, never each other's (rule
    candidates.separate_with); the sentence names no one for that side, so it drafts no deal of its own."""
    if len(parties) != 2:
        return False
    a, b = sorted((o for o, _ in parties), key=lambda o: o.start)
    return bool(WITH_BEFORE.search(sent.text[:a.start - sent.start])) and bool(SEPARATE_WITH.fullmatch(
        sent.text[a.end - sent.start:b.start - sent.start]))


# between the members of a list whose names each carry a figure in brackets: 'from A ($10 billion), B ($4 billion)'
FIGURE_LIST_GAP = re.compile(r"\s*\([^()\d]{0,20}[$€£¥₹][^()]{0,20}\d[^()]{0,20}\)"
                             r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _figure_list(sent: Sentence, parties: list) -> list:
    """'buy capacity from Halvern ($10 billion), Kestrel Cloud ($4 billion) and Tessaly ($2 billion)': a name that
    follows another's figure in brackets and a list's comma or 'and' is the next member of that list, in its role
    (the parser may hang it elsewhere)."""
    roles = dict((o.key, r) for o, r in parties)
    ordered = sorted(parties, key=lambda p: p[0].start)
    out = []
    for o, r in ordered:
        prev = out[-1] if out else None
        if prev is not None and FIGURE_LIST_GAP.fullmatch(sent.text[prev[0].end - sent.start:o.start - sent.start]) \
                and r != prev[1] and hit("roles.figure_list"):
            r = prev[1]
        out.append((o, r))
    changed = {o.key: r for o, r in out}
    return [(o, changed.get(o.key, roles[o.key])) for o, _ in parties]


UNTOLD = "|untold"  # a lone draft's rule mark: the other side neither named nor described (discourse.deal_is_with)
UNSIDED = "unsided"  # the role of a trade's one named side before a later sentence tells it (discourse.role_noun_sides)


def _described_counterparty(sent: Sentence, type_: str, trigger, amount: Amount, alternates, lex: Lexicon) -> list[Draft]:
    """The one organisation of a sentence whose counterparty it only describes after the trigger ('leases its site
    to an AI computing startup for $3 billion'), in the role the trigger's frame gives it; for a trade with no
    direction, in no role yet (UNSIDED: a next sentence's role noun may give both, discourse.role_noun_sides)."""
    if len({o.key for o in sent.orgs}) != 1 or not on("discourse.named_later"):
        return []
    if trigger.frame not in FRAME_ROLES:
        # 'X has signed a $4 billion agreement for computing capacity.' then 'The provider is Y': a trade of one
        # named side with no direction yet; only a next sentence that names the other side by its role completes it
        # (discourse.role_noun_sides)
        return [Draft(type_, [(sent.orgs[0], UNSIDED)], amount, sent, deal_status(sent.text, lex), 0.6,
                      f"{trigger.type}|{trigger.frame}|named_later", read_terms(sent.text), alternates)] if (
            type_ in TRADE_TYPES and on("discourse.role_noun_sides")) else []
    described = cue_regexes(lex)["described_counterparty"].search(sent.text, trigger.end - sent.start)
    untold = ""
    if not described or any(o.start - sent.start >= described.start() for o in sent.orgs):
        # 'Brisk Labs has agreed to lease a campus for $900 million.' then 'The deal is with X': the other side
        # neither named nor described; only a next sentence that says whom the deal is with completes it
        # (discourse.deal_is_with)
        if described or type_ not in TRADE_TYPES or not on("discourse.deal_is_with"):
            return []
        untold = UNTOLD
    party = sent.orgs[0]
    role = FRAME_ROLES[trigger.frame][0 if party.end <= trigger.start else 1]
    if TYPE_OF_ROLE.get(role, type_) != type_ and type_ in ("investment", "acquisition"):
        return []
    return [Draft(type_, [(party, role)], amount, sent, deal_status(sent.text, lex), 0.6,
                  f"{trigger.type}|{trigger.frame}|named_later{untold}", read_terms(sent.text), alternates)]


def _pair_type(draft: Draft, segment: str, rx) -> str:
    """The kind of trade a pair's own words name ('a $500 million power contract with X' in a sentence about GPU
    capacity): the one trade type with cue words there, else the sentence's (rule candidates.pair_own_type)."""
    if draft.type not in TRADE_TYPES or not on("candidates.pair_own_type"):
        return draft.type
    named = [t for t in TRADE_TYPES if rx[f"type:{t}"].search(segment)]
    return named[0] if len(named) == 1 and hit("candidates.pair_own_type", named[0] != draft.type) else draft.type


def _paired_figures(draft: Draft, sent: Sentence, money, rx, lex: Lexicon) -> list[Draft]:
    """'will pay Marrowind $10 billion and Taravik $5 billion', 'invested $2 billion in Quenlo and $1 billion in
    Stellix', 'with A ($10 billion), B ($5 billion) and C', 'with A and B worth $3 billion and $2 billion
    respectively': as many counterparties as figures, alternating with them (or 'respectively'), pair in order;
    each pair is a deal of its own with the subject's side."""
    roles = {r for _, r in draft.parties}
    partners = roles == {"partner"} and hit("candidates.paired_partners", on("candidates.paired_partners"))
    if len(money) < 2 or (len(roles) != 2 and not partners):
        return []
    if on("discourse.part_of_round") and PART_OF_ROUND.search(sent.text) and hit("discourse.part_of_round"):
        return []  # 'puts $60 million into X as part of a $150 million round that also includes Y': a share, a round
    subject_role = min(draft.parties, key=lambda p: p[0].start)[1]
    # partners have one role: the first named is the subject's side ("Quorvane's deals with A ($6 billion) and B")
    subjects = [min(draft.parties, key=lambda p: p[0].start)] if partners else [
        (o, r) for o, r in draft.parties if r == subject_role]
    last = max(o.end for o, _ in subjects)
    # a name the rules put on the subject's side ('A will invest $10 billion and B $5 billion') is no counterparty
    keys = {o.key for o, _ in subjects}
    # (nor one that only describes a name: 'Pendrix, the AI lab spun out of Harlan University, signed ...';
    # candidates.describer_not_paired)
    describers = describers_of(sent, lex) if on("candidates.describer_not_paired") else set()
    parties = {p.key for p, _ in draft.parties}
    others, seen = [], set()
    for o in sent.orgs:
        if o.start in describers and o.key not in parties and hit("candidates.describer_not_paired", True):
            continue
        if o.start >= last and o.key not in keys and o.key not in seen:
            others.append(o)
            seen.add(o.key)
    if len(money) == len(others) + 1 and on("candidates.total_then_parts") and hit("candidates.total_then_parts", bool(
            TOTAL_BEFORE.search(sent.text[:money[0].start - sent.start]))):
        money = money[1:]  # 'deals worth a combined $12 billion: $8 billion with A and $4 billion with B' (guideline 1)
    if len(others) != len(money):
        return []
    marks = sorted([(o.start, "o") for o in others] + [(m.start, "m") for m in money])
    alternating = all(a[1] != b[1] for a, b in zip(marks, marks[1:])) and all(
        _tight(sent, o, m) for o, m in zip(others, money))
    if not (alternating or RESPECTIVELY.search(sent.text)) or not hit("candidates.paired_figures", True):
        return []
    other_role = next((r for r in roles if r != subject_role), subject_role)
    out = []
    masked = mask_orgs(sent)
    starts = [min(o.start, m.start) for o, m in zip(others, money)] + [sent.end]  # where each pair opens
    for n, (o, m) in enumerate(zip(others, money)):
        # the pair's own words, from its figure to its counterparty, names blanked ('Ostrix Energy' is no cue); where
        # the figure comes first, on to the next pair ('$4 billion with B for chips')
        lo, hi = min(o.start, m.start) - sent.start, max(o.end, m.end) - sent.start
        if m.start < o.start and on("candidates.pair_words_after") and hit("candidates.pair_words_after"):
            hi = max(hi, starts[n + 1] - sent.start)
        type_ = _pair_type(draft, masked[lo:hi], rx)
        d = Draft(type_, subjects + [(o, other_role)], m.amount, sent, draft.status, draft.confidence,
                  draft.rule + "|paired", dict(draft.terms))
        d.alternates = m.alternates
        out.append(d)
    return out


# 'agreed to buy', 'entered into an agreement to purchase', 'signed a contract to supply': a deal verb of the subject's
# own (discourse.own_agreement_within, merging.other_kind_stays)
OWN_AGREEMENT = re.compile(r"\b(?:agreed|agrees|signed|signs|entered\s+into|enters\s+into)\b\s+(?:(?:an?|the)\s+)?"
                           r"(?:[\w-]+\s+){0,3}?to\s+(?:buy|purchase|supply|sell|lease|rent|provide|deliver)\b", re.I)
# 'has secured major partnerships—including ': deals of the subject's, listed after (candidates.listed_deals)
LISTED_DEALS = re.compile(r"\b(?:deals|partnerships|agreements|contracts|tie-ups|alliances|investments)\b[^.;:]{0,30}?"
                          r"(?:\s*[—–:]\s*|,\s+|\s+)(?:including|such\s+as)\s+|\b(?:deals|partnerships|agreements)"
                          r"\s*:\s+", re.I)
# one item of such a list: a partnership with a name ('a $10 billion deal with X', 'a collaboration with Y'), or
# a name's investment ('a $5 billion X investment'); items part at a comma, or at 'and' before an article
_ITEM_NAME = r"(?P<name>(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3})"
ITEM_WITH = re.compile(rf"(?:an?\s+)?(?P<pre>[^,;]{{0,60}}?)\b(?:{words('listed_deal_nouns')})\s+with\s+{_ITEM_NAME}",
                       re.I)
ITEM_INVESTMENT = re.compile(rf"(?:an?\s+)?(?P<pre>[^,;]{{0,40}}?){_ITEM_NAME}\s+"
                             rf"(?:investment|stake|funding|backing)\b", re.I)
ITEM_BREAK = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=an?\s)")


def _listed_deals(draft: Draft, sent: Sentence, money, rx) -> list[Draft]:
    """'Orsk has secured major tech partnerships—including a $10 billion deal with Brisa Systems, a $5 billion Halvex
    investment, and a collaboration with Tamsin': after a subject's plural deal noun and 'including' (or a colon),
    each item is a deal of its own with the subject: a partnership with the name after 'with', or the name's
    investment in the subject, with the item's own figure (rule candidates.listed_deals); a name no list knows is
    read from its place in the item. Not where an item is of another shape or a trade whose sides it does not give."""
    lead = LISTED_DEALS.search(sent.text)
    subject = next((o for o in sent.orgs if o.end - sent.start <= lead.start()), None) if lead else None
    if subject is None:
        return []
    out, pos = [], lead.end()
    while pos < len(sent.text):
        item = ITEM_WITH.match(sent.text, pos)
        type_ = "partnership"
        if item is None:
            item, type_ = ITEM_INVESTMENT.match(sent.text, pos), "investment"
        if item is None or (type_ == "partnership" and any(rx[f"type:{t}"].search(item.group("pre"))
                                                           for t in TRADE_TYPES)):
            return []  # ('a $10 billion chip supply deal with X': a trade whose sides the item does not give)
        at, to = sent.start + item.start("name"), sent.start + item.end("name")
        name = next((o for o in sent.orgs if o.start <= at < o.end or at <= o.start < to), None)
        if name is None:
            text = item.group("name")
            name = OrgMention(at, to, text, fold_name(strip_suffix(text)), strip_suffix(text), "other", "listed")
        if name.key == subject.key:
            return []
        own = [m for m in money if item.start() <= m.start - sent.start < item.end()]
        parties = [(subject, "partner"), (name, "partner")] if type_ == "partnership" else [
            (name, "investor"), (subject, "investee")]
        d = Draft(type_, parties, own[0].amount if len(own) == 1 else None, sent, draft.status, draft.confidence,
                  draft.rule + "|listed", dict(draft.terms))
        d.alternates = own[0].alternates if len(own) == 1 else ()
        out.append(d)
        more = ITEM_BREAK.search(sent.text, item.end())
        if more is None or sent.text[item.end():more.start()].count(" ") > 6:
            break  # the last item, and what it goes on with ('... with Tamsin to build AI factories')
        pos = more.end()
    return out if len(out) >= 2 and hit("candidates.listed_deals") else []


# 'has announced deals with A and B': a plural deal noun, then 'with' and the other sides (candidates.deals_with_each)
PLURAL_DEALS_WITH = re.compile(r"\b(?:deals|agreements|contracts|partnerships|pacts|alliances)\s+with\s+", re.I)


def _deals_with_each(draft: Draft, sent: Sentence) -> list[Draft]:
    """'Orsk has announced deals with Halvex and Brisa Systems to build AI factories': a partnership of three or more
    told as plural deals with the names after 'with' is one deal of the subject with each of them (guideline 1:
    separate agreements are separate records), not one deal of them all (rule candidates.deals_with_each)."""
    m = PLURAL_DEALS_WITH.search(sent.text)
    if m is not None and draft.type in TRADE_TYPES and on("candidates.trade_deals_with_each"):
        return _trade_deals_with_each(draft, sent, m)
    if m is None or draft.type != "partnership" or len(draft.parties) < 3:
        return []
    before = [p for p in draft.parties if p[0].end - sent.start <= m.start()]
    after = [p for p in draft.parties if p[0].start - sent.start >= m.end()]
    if len(before) != 1 or len(after) + 1 != len(draft.parties) or not hit("candidates.deals_with_each"):
        return []
    return [Draft(draft.type, [before[0], p], None, sent, draft.status, draft.confidence, draft.rule + "|each",
                  dict(draft.terms)) for p in after]


def _trade_deals_with_each(draft: Draft, sent: Sentence, m: re.Match) -> list[Draft]:
    """'Brightline AI has struck capacity deals with Ostmark Cloud and Halvex Compute': a trade told as plural deals
    with a list of names after 'with' is one deal of the subject with each of them, each on the other side (guideline
    1; rule candidates.trade_deals_with_each): the frame, which has one slot there, kept the first name only."""
    roles = {o.key: r for o, r in draft.parties}
    subject = [o for o in sent.orgs if o.end - sent.start <= m.start()]
    if len({o.key for o in subject}) > 1 and on("candidates.each_subject_aside"):
        # 'Orbrix, which has been cutting its reliance on Nvidia, has signed supply agreements with A and B': a name in
        # an aside about the subject, which the frame left out, is no second subject (candidates.each_subject_aside)
        own = [o for o in subject if o.key in roles]
        subject = own if len({o.key for o in own}) == 1 and hit("candidates.each_subject_aside", True) else subject
    listed, at = [], m.end()
    for o in sorted(sent.orgs, key=lambda x: x.start):
        if o.start - sent.start < at or o.key in {x.key for x in listed}:
            continue
        gap = sent.text[at:o.start - sent.start]
        if listed and not AND_JOIN.fullmatch(gap) or not listed and gap.strip():
            break
        listed.append(o)
        at = o.end - sent.start
    if len({o.key for o in subject}) != 1 or len(listed) < 2 or subject[-1].key not in roles or not hit(
            "candidates.trade_deals_with_each"):
        return []
    side = roles[subject[-1].key]
    other = SWAPPED.get(side)
    if other is None:
        return []
    return [Draft(draft.type, [(subject[-1], side), (o, other)], None, sent, draft.status, draft.confidence,
                  draft.rule + "|each", dict(draft.terms)) for o in listed]


RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# 'part of a larger $450 million funding round that also includes A and B': the round a share told is part of, and
# the names it includes (discourse.part_of_round)
PART_OF_ROUND = re.compile(rf"\bpart\s+of\s+(?:a|an|the|its)\s+(?:larger|bigger|broader|wider|total|overall|new)?\s*"
                           rf"(?P<figure>[^,;]{{0,30}}?)(?:{words('round_nouns')})\b(?:\s*,)?\s+(?:that|which)\s+"
                           rf"(?:also\s+)?(?:includes?|included|drew|draws|has\s+drawn)\s+", re.I)
# between two figures: the first a part of the second ('$80 million of up to $1.5 billion') (candidates.part_of_whole)
PART_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:up\s+to\s+|an?\s+|the\s+|a\s+total\s+of\s+)?", re.I)
# a figure that sizes the site goods go to: 'to supply a new, $10 billion Meta data center'
# (candidates.site_value_destination)
# (or the site the goods go to: 'will supply 300 MW to a new, $4 billion X data center')
SITE_VALUE_BEFORE = re.compile(r"\b(?:to\s+(?:supply|power|serve|feed|support)|(?:supply|supplies|supplying|deliver|"
                               r"delivers|delivering|provide|provides|providing|sell|sells|selling)\s+"
                               rf"{NO_BREAK}{{1,40}}?"
                               r"\s+(?:to|for))\s+(?:a|an|the|its|their)\s+"
                               r"(?:(?:new|planned|proposed|future|massive|huge)\s*,?\s+)*$", re.I)
SITE_AFTER_FIGURE = re.compile(r"\s+(?:[\w&'’-]+\s+){0,3}?(?:data\s+cent(?:er|re)s?|datacenters?|campus(?:es)?|"
                               r"facilit(?:y|ies)|sites?|cluster|supercomputer)\b", re.I)


def _respective_subjects(draft: Draft, sent: Sentence, money) -> list[Draft]:
    """'Velcro Dynamics and Morrow Labs raised $200 million and $90 million respectively in rounds led by Quill
    Capital': as many names on the subject's side, all before the figures, as figures, and 'respectively': each
    name's deal has its own figure, the other side shared (rule candidates.respective_subjects)."""
    if len(money) < 2 or not RESPECTIVELY.search(sent.text):
        return []
    subject_role = min(draft.parties, key=lambda p: p[0].start)[1]
    subjects = sorted({o.key: o for o, r in draft.parties if r == subject_role}.values(), key=lambda o: o.start)
    others = [(o, r) for o, r in draft.parties if r != subject_role]
    if len(subjects) != len(money) or not others or any(o.end > money[0].start for o in subjects) or not hit(
            "candidates.respective_subjects"):
        return []
    out = []
    for o, m in zip(subjects, money):
        d = Draft(draft.type, [(o, subject_role)] + others, m.amount, sent, draft.status, draft.confidence,
                  draft.rule + "|respective", dict(draft.terms))
        d.alternates = m.alternates
        out.append(d)
    return out


# right after a figure: 'each' ('will invest up to $500 million each in A and B'; candidates.figure_each)
EACH_AFTER = re.compile(r"\s+each\b", re.I)


def _figure_each(draft: Draft, sent: Sentence, money) -> list[Draft]:
    """'Tovin agreed to invest up to $500 million each in Kaldor AI and Brisk Robotics': one figure, then 'each', and
    two names or more after it on one side: a deal with each of them, each of that figure (guideline 1: separate
    agreements are separate records; rule candidates.figure_each)."""
    m = money[0]
    if not EACH_AFTER.match(sent.text, m.end - sent.start):
        return []
    sides: dict[str, dict] = {}
    for o, r in draft.parties:
        sides.setdefault(r, {})[o.key] = o
    after = [r for r, names in sides.items() if len(names) >= 2 and all(o.start >= m.end for o in names.values())]
    if len(after) != 1 or len(sides) != 2 or not hit("candidates.figure_each"):
        return []
    kept = [(o, r) for o, r in draft.parties if r != after[0]]
    out = []
    for o in sorted(sides[after[0]].values(), key=lambda x: x.start):
        d = Draft(draft.type, kept + [(o, after[0])], m.amount, sent, draft.status, draft.confidence,
                  draft.rule + "|each_figure", dict(draft.terms))
        d.alternates = m.alternates
        out.append(d)
    return out


# right before a figure: a total whose parts the sentence gives after it (candidates.total_then_parts)
TOTAL_BEFORE = re.compile(r"\b(?:a\s+)?(?:combined|total(?:\s+of)?|together|aggregate)\s+(?:of\s+)?"
                          r"(?:(?:about|some|nearly|more\s+than|over|up\s+to)\s+)?$", re.I)


def _tight(sent: Sentence, o: OrgMention, m) -> bool:
    """The name and its figure stand together: 'Taravik $5 billion', 'Taravik ($5 billion)', '$1 billion in
    Stellix'; not '$10 billion and Microsoft', where the name opens the next conjunct."""
    a, b = (o.end, m.start) if o.start < m.start else (m.end, o.start)
    gap = sent.text[a - sent.start:b - sent.start]
    if o.start < m.start and VALUE_APPOSITION.fullmatch(gap):
        return True  # 'with Halvern Cloud, worth $10 billion, and with ...': the figure set off after its name
    return not re.search(r",|\band\b|;", gap) and len(gap.split()) <= 4


VALUE_APPOSITION = re.compile(r"\s*,\s*(?:(?:a\s+deal\s+)?(?:worth|valued\s+at)\s+(?:about\s+|up\s+to\s+|some\s+)?)")


def _paired_quantities(draft: Draft, sent: Sentence) -> list[Draft]:
    """'agreed to supply 200 MW to Velkara and another 150 MW to Brimoral Labs': a trade with no figure of money
    whose counterparties each follow a quantity of their own (megawatts, GPUs) is a deal per counterparty, each with
    its own quantity (rule candidates.paired_quantities)."""
    if draft.type not in TRADE_TYPES or len(draft.parties) < 3:
        return []
    first, first_role = min(draft.parties, key=lambda p: p[0].start)
    others = sorted((p for p in draft.parties if p[1] != first_role), key=lambda p: p[0].start)
    if len(others) < 2 or len(others) + 1 != len(draft.parties):
        return []
    out, lo = [], first.end
    for o, role in others:
        terms = read_terms(sent.text[lo - sent.start:o.start - sent.start])
        if terms["power_mw"] is None and terms["gpus"] is None:
            return []
        out.append(Draft(draft.type, [(first, first_role), (o, role)], None, sent, draft.status, draft.confidence,
                         draft.rule + "|paired_quantities", {**draft.terms, **{k: v for k, v in terms.items() if v}}))
        lo = o.end
    return out if hit("candidates.paired_quantities") else []


OBLIQUE_BEFORE_NAME = re.compile(r"\b(?:with|from|by)\s+$", re.I)  # candidates.further_oblique


# after a further figure: its noun, then the preposition of its other side ('$200 million order from ') with no new
# clause between (candidates.further_named_after)
NAMED_AFTER_FIGURE = re.compile(r"(?:\s+[\w-]+){1,4}?\s+(?:from|with|to|by)\s+(?:the\s+)?")
# ... or a relative clause on the figure whose verb of paying takes the name ('the $300 million it paid Ardent Chips
# last year'; candidates.further_paid_relative)
PAID_RELATIVE = re.compile(r"\s+(?:(?:that|which)\s+)?(?:it|they|the\s+company|the\s+startup|the\s+group)\s+"
                           r"(?:(?:had|has|have|already|also)\s+)*(?:paid|pays|gave|owes|owed|spent\s+with|"
                           r"agreed\s+to\s+pay|committed\s+to)\s+(?:the\s+)?")
# ... or a longer phrase of the item, with no comma, ending in 'from' or 'to' (candidates.further_item_side)
NAMED_AFTER_ITEM = re.compile(r"(?:\s+[\w-]+){5,9}?\s+(from|to)\s+(?:the\s+)?")
# the subject's role and the named side's in a further item of a trade, by the preposition before the name: 'from'
# (the goods come from it: it sells), 'to' (they go to it: it buys) (candidates.further_item_side)
ITEM_SIDES = {"from": ("buyer", "seller"), "to": ("seller", "buyer")}


# between a round's figure and the next: the round, then a participle of putting money in on the round's lead
# ('a €1.7 billion funding round in Y, putting up €1.3 billion'; candidates.share_participle)
ROUND_WORD = re.compile(rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{words('round_nouns')})\b", re.I)
SHARE_PARTICIPLE = re.compile(rf",\s+(?:{words('share_giving_verbs')})\s+"
                              r"(?:up\s+to\s+|about\s+|roughly\s+|nearly\s+|some\s+|around\s+)?$", re.I)


# between two figures: 'and' and an auxiliary opening a second verb of the subject ('... and is now in talks with';
# candidates.further_own_counterparty)
NEW_PREDICATE = re.compile(r"\band\s+(?:is|are|was|were|has|have|had)\s", re.I)


def _further_figures(draft: Draft, sent: Sentence, money, rx) -> list[Draft]:
    """'$11.9 billion in March, followed by a $4 billion add-on': each further figure joined as a
    separate agreement is its own deal; organisations between the figures take the first role."""
    out = []
    for prev, cur in zip(money, money[1:]):
        gap = sent.text[prev.end - sent.start:cur.start - sent.start]
        subject = min(draft.parties, key=lambda p: p[0].start) if draft.parties else None
        if draft.type == "investment" and subject and subject[1] == "investor" and ROUND_WORD.search(gap) and \
                on("candidates.share_participle") and hit("candidates.share_participle", bool(
                    SHARE_PARTICIPLE.search(gap))):
            # 'X is leading a €1.7 billion round in Y, putting up €1.3 billion': the lead's own share of the round
            # it leads, a record of its own beside the round's (guideline 2)
            out.append(Draft(draft.type, list(draft.parties), cur.amount, sent, draft.status, draft.confidence - 0.1,
                             draft.rule + "|share", {}))
            continue
        if not SEPARATE_FIGURE.search(gap) or NOT_SEPARATE.search(gap) or NOT_SEPARATE_AFTER.match(
                sent.text[cur.end - sent.start:]):
            continue
        # the first deal's own parties written after its figure ('invested $750 million in Quenlo in March, and
        # Taravik added $250 million') are not the further deal's new side
        known = {o.key for o, _ in draft.parties}
        between = [o for o in sent.orgs if prev.end <= o.start < cur.start and o.key not in known]
        noun = FIGURE_NOUN.match(sent.text[cur.end - sent.start:])
        if noun and NOUN_TYPE[noun.group(1).lower()] == "investment" != draft.type and not between and hit(
                "candidates.further_kind", on("candidates.further_kind")):
            # '$1.2 Billion Lease With Quorvane and $750 Million Financing': money the subject raises, of its own
            subject = min((o for o, _ in draft.parties), key=lambda o: o.start)
            out.append(Draft("investment", [(subject, "investee")], cur.amount, sent, draft.status,
                             draft.confidence - 0.1, draft.rule + "|further", {}))
            continue
        parties = list(draft.parties)
        subject = min(parties, key=lambda p: p[0].start)
        named = next((o for o in sent.orgs if o.start >= cur.end and NAMED_AFTER_FIGURE.fullmatch(
            sent.text[cur.end - sent.start:o.start - sent.start])), None) if on(
            "candidates.further_named_after") else None
        if named is None and on("candidates.further_paid_relative"):
            named = next((o for o in sent.orgs if o.start >= cur.end and PAID_RELATIVE.fullmatch(
                sent.text, cur.end - sent.start, o.start - sent.start)), None)
            hit("candidates.further_paid_relative", named is not None)
        far, item_type = None, None
        if named is None and on("candidates.further_item_side") and on("candidates.further_named_after"):
            # ('and a $900 million lease of a data centre campus from Y': the item's side after a longer phrase)
            far = next(((o, m.group(1)) for o in sent.orgs if o.start >= cur.end and (m := NAMED_AFTER_ITEM.fullmatch(
                sent.text[cur.end - sent.start:o.start - sent.start]))), None)
            named = far[0] if far else None
        taken = next((r for o, r in parties if named is not None and o.key == named.key and r != subject[1]), None)
        untaken = [o for o in sent.orgs if o.key not in known and subject[0].end <= o.start < cur.start]
        if len(untaken) == 1 and taken and len(parties) == 2 and hit("candidates.further_named_after", True):
            # '... to supply chips to X worth $650 million, and a separate $200 million order from Y', where the
            # first deal took Y: the one name left before the further figure is the first deal's, the one after it
            # the further deal's
            draft.parties = [subject, (untaken[0], taken)]
            parties, between = [subject, (named, taken)], []
        if between:
            first_role = parties[0][1]
            others = {r for _, r in parties if r != subject[1]}
            if len(others) == 1 and all(OBLIQUE_BEFORE_NAME.search(sent.text[:o.start - sent.start]) for o in between) \
                    and hit("candidates.further_oblique", on("candidates.further_oblique")):
                # '... raised $300 million from X last year and is in talks with Y for a further $500 million': the
                # new name after 'with' or 'from' is the subject's new counterparty, in the counterparty's role
                first_role = next(iter(others))
            parties = [(o, first_role) for o in between] + [(o, r) for o, r in parties if r != first_role]
        elif named is not None and named.key not in known:
            others = {r for _, r in parties if r != subject[1]}
            if len(others) == 1 and hit("candidates.further_named_after", True):
                # '... a deal to supply chips to X worth $650 million, and a separate $200 million order from Y': the
                # name right after the further figure's noun and its preposition is the subject's new counterparty
                parties = [subject, (named, next(iter(others)))]
                sides = ITEM_SIDES[far[1]] if far and {subject[1]} | others == {"buyer", "seller"} else None
                if sides is not None and hit("candidates.further_item_side"):
                    # '... to supply capacity to X, and a $900 million lease of a campus from Y': 'from' makes Y the
                    # seller and the subject the buyer; 'to' the other way; each item's kind of trade by its own words
                    parties = [(subject[0], sides[0]), (named, sides[1])]
                    masked = mask_orgs(sent)
                    item_type = _pair_type(draft, masked[cur.start - sent.start:named.end - sent.start], rx)
                    draft.type = _pair_type(draft, masked[:cur.start - sent.start], rx)
        elif draft.type == "investment" and subject[1] == "investee" and len(parties) > 1 and all(
                prev.end <= o.start < cur.start and OBLIQUE_BEFORE_NAME.search(sent.text[:o.start - sent.start])
                for o, r in parties if o.key != subject[0].key) and on("candidates.further_own_counterparty") and \
                NEW_PREDICATE.search(sent.text, prev.end - sent.start, min(
                    o.start for o, r in parties if o.key != subject[0].key) - sent.start) and hit(
                    "candidates.further_own_counterparty", True):
            # 'X raised $2 billion in a bond sale and is in talks with Y for a further $5 billion': the names after a
            # second verb of the subject, before the further figure, are that deal's; the first has none named
            draft.parties = [subject]
        elif draft.type == "investment" and subject[1] == "investee" and len(parties) > 1 and \
                cur.amount != prev.amount and all(prev.end <= o.start < cur.start for o, r in parties
                                                  if o.key != subject[0].key) and hit(
                    "candidates.further_own_backers", on("candidates.further_own_backers")):
            # 'Tarvio raised $1.1bn from Orsk and Brisa, followed by a further $433m': the backers named with the
            # first figure put in that one; the further money is the company's with no backer named
            parties = [subject]
        out.append(Draft(item_type or draft.type, parties, cur.amount, sent, draft.status, draft.confidence - 0.1,
                         draft.rule + "|further", dict(draft.terms)))
        hit("candidates.further_figures")
    return out


def without_people(drafts: list[Draft], people) -> list[Draft]:
    """'Rep. Lena Haskett pushed for the rocket. Haskett has invested $2 million in Orlin.': a party the passage names
    as a person (mentions.people_named) is no party; the draft keeps its other parties where two or more remain or
    they still hold every role it had (an investor list with a person in it), and is otherwise no company's deal:
    dropped, not filled by another name (rule mentions.passage_people)."""
    if not people[0]:
        return drafts
    out = []
    for d in drafts:
        kept = [(o, r) for o, r in d.parties if not is_person(o, people)]
        if len(kept) == len(d.parties):
            out.append(d)
        elif kept and (len(kept) >= 2 or {r for _, r in kept} == {r for _, r in d.parties}) and hit(
                "mentions.passage_people"):
            out.append(replace(d, parties=kept))
        else:
            hit("mentions.passage_people")
    return out
