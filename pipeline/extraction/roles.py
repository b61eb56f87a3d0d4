"""Frames and roles: which organisation of a sentence is the buyer, seller, investor, investee, acquirer, target or partner."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import re

from ..nlp.context import NO_BREAK, NO_STOP, SIGN, word_set, words
from ..nlp.frames import proxy_nouns
from ..nlp.lexicon import Lexicon, fold_name, load_lexicon
from ..nlp.mentions import (OPENING, PAIR_LABEL, RELATION_OWNER, RELATIVE_DEAL_TAIL, RELATIVE_END, SITE_NOUN, TITLE_OF,
                             OrgMention, Sentence, Trigger, cue_regexes, describers_of, kind_of_name)
from ..nlp.rules import hit, on
from ..nlp.slots import is_english
from .deal_type import (COMPANY_ANAPHOR, DEAL_NOUN, DEPLOYED_FOR, FIGURE_AHEAD, FROM_BEFORE_NAME, JOINED_AFTER,
                        LOAN_FOR_SITE, MAKER_OF_GOODS, ONE_OF_RIVALS, PAYMENT, SELLER_SCORE, TRADE_TYPES, UNNAMED_SIDE,
                        VENTURE_MEMBERS, WITH_GOODS_BY, built_by, buys_business, founds_jointly, mask_orgs,
                        own_share_of, takeover_about, venture_descriptions)

INVESTOR_SCORE = {"investor": 3, "cloud": 2, "chips": 2, "bigtech": 2, "hardware": 1, "telecom": 1}

# right before a name: a verb of receiving, a figure and 'from' ('will receive $1.2 billion from';
# roles.payer_after_from)
RECEIVED_FROM = re.compile(r"\b(?:receive|receives|received|receiving|earn|earns|earned|collect|collects|collected)\s+"
                           r"(?:about\s+|around\s+|roughly\s+|up\s+to\s+|more\s+than\s+|some\s+)?"
                           r"(?:" + SIGN + r")?\s?[\d.,]+\s*"
                           # (not goods counted: 'will receive 40,000 accelerators from X' buys them)
                           r"(?!(?:[a-zA-Z-]+\s+){0,2}?(?:gpus|chips|accelerators|servers|processors|racks|turbines|"
                           r"transformers|megawatts|mw|gigawatts|gw|units)\b)"
                           r"(?:[a-zA-Z]+\s+){0,4}?from\s+(?:the\s+)?$", re.I)
# a sentence that speaks of money put into a company or lent: funding, not a payment
FUNDING_WORD = re.compile(r"\b(?:loans?|debt|financing|credit|lenders?|funding|investments?|equity|stake|round|grants?|"
                          r"capital|bonds?|notes)\b", re.I)
# a sale noun and its 'of', right before the owner of the business sold ("sale of Qelvar's chip unit";
# roles.sale_of_owner)
SALE_OF_OWNER = re.compile(r"\b(?:sale|divestiture|divestment|disposal)\s+of\s+$", re.I)
# ... then the business of that owner, and 'to' right before the buyer
BUSINESS_TO = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,4}}?(?:{words('business_nouns')})\s+to\s+(?:the\s+)?", re.I)
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

RIVAL = re.compile(rf"\b(?:{words('rival_cues')})(?:\s+(?:{words('rival_links')}))?"
                   r"(?:\s*,?\s*(?:and\s+)?[\w'’.-]+){0,3}\s*,?\s*(?:and\s+)?$", re.I)

VIA = re.compile(rf"\b(?:{words('channel_words')})\s+(?:the\s+|its\s+|their\s+)?$", re.I)  # 'through the TVA system'
# 'to rent Nvidia chips from X', 'AMD's MI450 accelerators': a maker's name before the goods it makes (and a model)
BRAND = MAKER_OF_GOODS  # the goods right after a maker's name (deal_type.py)
OWNER_BEFORE = re.compile(r"['’]s?\s+")  # between an owner and the next word: "Velkor's Nvidia GPUs"
UNIT_AFTER = re.compile(rf"\s+(?:{words('business_nouns')})\b", re.I)  # 'Ostrel chip unit' (roles.unit_not_maker)

LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|&|—|–|:|,?\s*as well as)\s*(?:[\w’'-]+[\s—–:]+){0,6}?", re.I)

# between two counterparties: 'and', a second quantity, its goods maybe, and the same preposition ('and another 300 MW
# of solar power to'; roles.paired_quantity_object)
QUANTITY_OBJECT_GAP = re.compile(r"\s+and\s+(?:another\s+|a\s+further\s+|an\s+additional\s+)?[\d.,]+\s*"
                                 r"(?:MW|megawatts?|GW|gigawatts?|GPUs|chips|accelerators)\s+"
                                 r"(?:of\s+(?:[\w-]+\s+){1,3})?(?:to|from)\s+", re.I)
# between two subjects: the first one's apposition, then 'and' (', the Japanese conglomerate, and ';
# roles.described_joint_subject)
APPOSITION_AND = re.compile(r",\s+(?:the|a|an|its)\s+[^,;]{1,60},\s+and\s+", re.I)
LIST_STOP = re.compile(rf"\b(?:{words('list_stops')})\b", re.I)

CO_INVESTOR = re.compile(rf"\b(?:{words('co_investor_cues')})\s+"
                         rf"(?:(?!(?:{words('co_investor_stops')})\b)[\w’'&.-]+,?\s+){{0,8}}$",
                         re.I)  # the list after the cue, descriptors included ('alongside tech investor Z'), not a new phrase

# '... as part of a $125 million Series B round that was led by ', '... in a round led by A and ', 'Series C, led by ':
# the round's leaders
# (roles.round_led_by)
ROUND_LED_BY = re.compile(rf"\b(?:{words('round_nouns')}|series\s+[a-z]\d?,?)(?:\s+[\w$€£.,-]+){{0,3}}?\s*,?\s+"
                          rf"(?:(?:that|which)\s+(?:was|is|were|will\s+be)\s+)?(?:led|co-led|anchored)\s+by\s+"
                          rf"(?:[\w’'&.-]+,?\s+){{0,6}}$", re.I)

# 'with Y and Z participating': 'with', a list of names, then a word of taking part (roles.co_investors_after)
WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w’'&.-]+,?\s+){0,8}$", re.I)
PARTICIPATING_AFTER = re.compile(rf"^(?:,?\s+(?:and\s+)?[A-Z][\w’'&.-]*)*\s+(?:{words('co_investor_after')})\b")

# ('to partner with X': a 'with' nearer the name makes it a partner again)
# (not across 'that', which opens a clause of its own: 'The Ministry of Velmora announced that Orlin Data ...')
PARTNER_OBLIQUE = re.compile(rf"\b(?:{words('partner_oblique')})\s+(?:(?!with\b|that\b)[\w'’-]+\s+){{0,3}}$", re.I)
# right after a trade trigger, or after one that ends on its own 'from' ('order from') (roles.trade_oblique_kept)
TRADE_OBLIQUE = re.compile(r"(?:(?<=\bfrom)|(?<=\bto)|\s+(?:from|to))\s+(?:the\s+)?", re.I)
# the trade's object, then its other side: ' $400 million of optical switches from ' (roles.trade_object_oblique)
# (no capitalised word in the object: 'bought Dalmar Hollow from X' names what was bought; a word for goods in it, not
# a figure alone: 'pay $80 million to X' is a payment, whose side roles.partner_oblique reads)
GOODS_WORD = re.compile(r"\b(?!(?:million|billion|trillion|worth|per|year|month|annually|about|some|over|more|than|"
                        r"nearly|around|roughly|approximately|up|least)\b)[a-z]{3,}\b")
TRADE_OBJECT_OBLIQUE = re.compile(r"\s+(?:(?:[$€£]|US\$)?[a-z0-9][\w.%'’-]*(?:,\d{3})*\s+){1,7}?"
                                  r"(?:from|to)\s+(?:the\s+)?")
PARTNER_OBLIQUE_WORD = re.compile(rf"\b(?:{words('partner_oblique')})(?=\s)", re.I)
# 'license technology from X', 'licensed its models from X': what is licensed, then whom from
LICENSED_FROM = re.compile(r"\blicen[sc](?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,4}$", re.I)

ISSUER = re.compile(rf"(?:['’]s)?\s+(?:common\s+)?(?:{words('issuer_nouns')})\b", re.I)

# roles.lender_invests: the object of a providing verb that is money lent or put in ('a $1.5 billion credit facility')
LENDING = re.compile(rf"\b(?:{words('lending_nouns')})\b", re.I)
# (a comma between digits, 'Rs 2,000 crore', is part of the number: deal_type.OBJECT_END; 'up to $2 billion' is a
# figure's qualifier, no 'to' of a recipient)
OBJECT_WINDOW = re.compile(r"\b(?:(?<!\bup\s)to|for|from|with|under)\b|(?<!\d),|,(?!\d{3}\b)|[;:(]")

RIVAL_LIST = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|&)\s*(?:[\w’'-]+['’]s\s+)?", re.I)

ROUND_FOR = re.compile(r"\b(?:for|in|into)\s+(?:[\w-]+\s+){0,3}$", re.I)

# right before a name: a round noun and 'for' ('a $300 million round for ', 'Series B financing for')
# ('the $250 million round in Tessaly Labs': 'in' after the round noun names its company too)
ROUND_NAMED_FOR = re.compile(rf"\b(?:{words('round_nouns')})\s+(?:for|in)\s+(?:the\s+)?$", re.I)
ROUND_REF = re.compile(rf"\b(?:this|the|that|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{words('round_nouns')})\b", re.I)

OBLIQUE = re.compile(rf"\b(?:{words('oblique_preps')})\s+(?:[\w'’-]+\s+){{0,3}}$", re.I)
# 'to' and a verb right before a name: the infinitive's object, no oblique (roles.infinitive_object)
INFINITIVE_BEFORE = re.compile(r"\bto\s+\w+\s+$", re.I)


FINANCING_ROLES = {"investor": "seller", "investee": "buyer"}


GIVES_ACCESS = re.compile(r"(?:give|gives|gave|given|giving|grant|grants|granted|granting|offer|offers|offered)\s",
                          re.I)
SWAPPED = {"buyer": "seller", "seller": "buyer"}
# after a verb of leasing: what is leased, then 'at its campus', 'in its new data centre' (roles.lease_at_own_site)
OWN_SITE_AFTER = re.compile(rf"(?:(?!\bfrom\b){NO_BREAK}){{0,60}}?\b(?:at|in|on)\s+its\s+(?:own\s+)?"
                            rf"(?:[\w-]+\s+){{0,3}}?(?:{words('site_nouns')}|data\s+cent(?:er|re)s?|campuses|"
                            rf"facilities|sites)\b", re.I)


# a sentence that opens on the trigger's participle, its object, then a copula: the name after it is the verb's subject
# ('Supplying the servers will be Quarn Systems', 'Providing the power is X') (roles.inverted_subject)
INVERTED_COPULA = re.compile(NO_BREAK + r"{0,60}?\s(?:will\s+be|is|are|was|were)\s+$", re.I)
SUBJECT_ROLE = {"seller_first": "seller", "buyer_first": "buyer"}


def _inverted_subject(sent: Sentence, trigger: Trigger):
    """The name after the copula of a sentence that opens on the trigger as a participle ('Supplying the servers will
    be Quarn Systems, under a contract with Velmora'), or None (rule roles.inverted_subject)."""
    if not on("roles.inverted_subject") or sent.text[:trigger.start - sent.start].strip(" \"'“") or not \
            trigger.text.lower().endswith("ing"):
        return None
    return next((o for o in sent.orgs if o.start >= trigger.end and INVERTED_COPULA.fullmatch(
        sent.text, trigger.end - sent.start, o.start - sent.start)), None)


# a person's name in the possessive right before a noun of a deal ("Dr. Patrick Lenz's $500 million purchase of",
# "billionaire Dana Pike's acquisition of"; roles.person_owned_deal)
PERSON_OWNS = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Sir)\.?\s+)?\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})['’]s\s+"
                         r"(?:[\w$€£.,-]+\s+){0,3}$")
DEAL_NOUN_START = re.compile(r"(?:purchase|acquisition|takeover|buyout|investment|stake)\b", re.I)


# a company's verb of issuing its own securities (roles.issued_to)
ISSUING = re.compile(r"(?:issu|sell|sold|plac)\w*", re.I)
# a passive's form of 'be' before its verb (roles.passive_to_by; TO_BEFORE and NOMINAL_BY below read the 'to', 'by')
PASSIVE_BE = re.compile(r"\b(?:was|were|been|is|are|be|being)\s+(?:[a-z]+ly\s+)?$", re.I)


def _passive_to_by(sent: Sentence, trigger: Trigger, orgs: list) -> OrgMention | None:
    """The name a passive trade verb gives to ('will be leased to X by Y', 'was sold by Y to X'): one name right
    after the verb's 'to', the other right after its 'by', both after the verb with no new clause between."""
    if trigger.frame not in ("buyer_first", "seller_first") or GIVES_ACCESS.match(trigger.text) or not \
            PASSIVE_BE.search(sent.text[:trigger.start - sent.start]):
        return None
    after = sorted((o for o in orgs if o.start >= trigger.start), key=lambda o: o.start)
    if len(after) != 2 or CLAUSE_BREAK.search(sent.text[trigger.end - sent.start:after[1].start - sent.start]):
        return None
    between = [sent.text[trigger.start - sent.start:o.start - sent.start] for o in after]
    to = [o for o, b in zip(after, between) if TO_BEFORE.search(b)]
    by = [o for o, b in zip(after, between) if NOMINAL_BY.search(b)]
    return to[0] if len(to) == 1 and len(by) == 1 and to[0].key != by[0].key else None


# between a figure and the passive verb of paying it is the subject of: a money noun, a form of 'be' ('$410 million
# licensing fee paid by', '$300 million will be paid by'; roles.money_paid_by)
MONEY_SUBJECT_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:(?:will|would|is|was|were|are|has|have|had)\s+)?"
                               r"(?:be\s+|been\s+|being\s+)?(?:[a-z]+ly\s+)?$")


# from a passive verb of paying to its agent, or past the agent to the one paid ('paid by X', 'paid by X to Y')
PAID_BY_TO = re.compile(r"\s+by\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}?(?:to\s+(?:the\s+)?)?|\s+by\s+(?:the\s+)?")


def _money_subject(sent: Sentence, trigger: Trigger) -> bool:
    """Whether a figure is the subject of the passive verb of paying that the trigger is ('a $410 million fee paid
    by X', '$300 million will be paid by X'): the figure right before it, only money nouns or a form of 'be' between."""
    return any(m.end <= trigger.start and MONEY_SUBJECT_GAP.fullmatch(sent.text, m.end - sent.start,
                                                                      trigger.start - sent.start) for m in sent.money)


def _given_access(sent: Sentence, trigger: Trigger, orgs: list) -> OrgMention | None:
    """The name given access to capacity: inside the trigger ('gives X access to'), or, in the passive, the
    subject before it when the agent follows its 'by' ('X was given access to ... by Y')."""
    if not GIVES_ACCESS.match(trigger.text):
        return None
    inside = [o for o in orgs if trigger.start <= o.start < trigger.end]
    if len(inside) == 1:
        return inside[0]
    before = [o for o in orgs if o.end <= trigger.start]
    agents = [o for o in orgs if o.start >= trigger.end and NOMINAL_BY.search(_preceding(sent, o, 8))]
    if len(before) == 1 and len(agents) == 1 and BE_BEFORE.search(sent.text[:trigger.start - sent.start]):
        return before[0]
    return None


# right after a name: '-led' or '-backed' on a round ('a Kestle-led round', 'its Orvane-backed Series B funding';
# roles.led_compound)
LED_COMPOUND = re.compile(rf"\s?[-‑–]\s?(?:led|co-led|backed)\s+(?:[\w$€£.,]+\s+){{0,3}}?"
                          rf"(?:(?:{words('round_nouns')})s?|series\s+[a-h]|financing)\b", re.I)


def _person_owned(sent: Sentence, trigger: Trigger) -> bool:
    """Whether the trigger is a noun of a deal owned by a name in the possessive that no organisation found covers:
    a person, whom the mention stage set aside, buys; the other organisations before it do not."""
    if not DEAL_NOUN_START.match(trigger.text):
        return False
    m = PERSON_OWNS.search(sent.text, 0, trigger.start - sent.start)
    return m is not None and not any(o.start < sent.start + m.end(1) and sent.start + m.start(1) < o.end
                                     for o in sent.orgs)


# right before a trigger of leading or providing money: a verb of choosing, the ones chosen, 'to'
# ('tapped A and B to lead a $29 billion financing'; roles.tapped_to_lead)
TAPPED_TO = re.compile(r"\b(?:tap(?:s|ped|ping)?|pick(?:s|ed|ing)?|hir(?:e|es|ed|ing)|select(?:s|ed|ing)?|"
                       r"cho(?:ose|oses|se|sen)|enlist(?:s|ed|ing)?|mandat(?:e|es|ed|ing))\s+"
                       r"(?P<mid>" + NO_STOP + r"{1,120}?)\s+to\s+$", re.I)


def assign_roles(sent: Sentence, type_: str, trigger: Trigger, lex: Lexicon):
    """(organisation, role) pairs: from the trigger's frame when it fits the type, else from the kinds. 'Through its
    Halvern Growth Fund, Tamsin is injecting $180 million into Quorvane': the fund named as the owner's vehicle
    invests, in the owner's place (rule roles.vehicle)."""
    if on("roles.person_owned_deal") and hit("roles.person_owned_deal", _person_owned(sent, trigger)):
        return None  # "Dr. Patrick Lenz's purchase of the Harlow Times": a person's purchase, no company's
    if type_ == "acquisition" and trigger.frame == "acquirer_first" and on("type.takeover_about") and \
            takeover_about(trigger, sent):
        # 'Pellam has approached Quenby about a possible takeover': the one approached is bought, the subject buys
        before = _dedupe_orgs([o for o in sent.orgs if o.end <= trigger.start])
        if len(before) == 2:
            return [(before[0], "acquirer"), (before[1], "target")]
    subjects = _dedupe_orgs([o for o in sent.orgs if o.end <= trigger.start])
    if len(subjects) >= 2 and len(subjects) == len(_dedupe_orgs(sent.orgs)) and trigger.frame != "investee_first" and \
            on("roles.respective_subjects") and \
            _coordinated(sent, subjects) and re.search(r"\brespectively\b", sent.text, re.I) and hit(
                "roles.respective_subjects", sum(1 for m in sent.money if not m.excluded and m.amount.value) >= 2):
        return None  # 'A and B plan to buy $25m and $50m of the shares, respectively': one side, each its own figure
    tapped = TAPPED_TO.search(sent.text, 0, trigger.start - sent.start) if type_ in ("investment", "datacenter") and \
        trigger.frame == "investor_first" and on("roles.tapped_to_lead") else None
    if tapped is not None:
        # 'Velmora tapped bond giant Quorin and Halvane Capital to lead a $29 billion financing': the ones tapped lend,
        # the subject who taps them borrows
        lenders = _dedupe_orgs([o for o in sent.orgs if tapped.start("mid") <= o.start - sent.start and
                                o.end - sent.start <= tapped.end("mid")])
        borrower = [o for o in sent.orgs if o.end - sent.start <= tapped.start() and o.key not in {
            x.key for x in lenders}]
        if lenders and borrower and hit("roles.tapped_to_lead", True):
            # (a site financed: the capital providers sell, the developer buys; guideline 6)
            taker, giver = ("investee", "investor") if type_ == "investment" else ("buyer", "seller")
            return [(borrower[-1], taker)] + [(o, giver) for o in lenders][:MAX_PARTIES]
    parties = _assign_roles(sent, type_, trigger, lex)
    if parties and type_ == "investment" and trigger.frame == "investee_first" and FINANCE_NOUN_FIRST.match(
            trigger.text) and on("roles.fund_finances"):
        # 'Halden Capital has signed terms with Velkor for financing of up to $1.2 billion': the financing noun
        # says not who gives and who takes; where the frame makes a fund the one financed and names no investing
        # kind to give, the fund gives
        takers = [o for o, r in parties if r == "investee"]
        givers = [o for o, r in parties if r == "investor"]
        if len({o.key for o in takers}) == 1 and takers[0].kind == "investor" and givers and all(
                investor_score(o) == 0 for o in givers) and hit("roles.fund_finances", True):
            parties = [(o, "investor" if r == "investee" else "investee") for o, r in parties]
    if parties and on("roles.member_after_relative"):
        # 'Investors include Halcyon, which contributed $100 million, and Brisket, which put in $50 million': the
        # trigger is a relative clause on a name; a name after the clause's comma and 'and' is the next member of a
        # list with that name, no object of the clause's verb
        later = [o for o, _ in parties if _member_after_relative(sent, trigger, o)]
        if later and hit("roles.member_after_relative", True):
            parties = [(o, r) for o, r in parties if o not in later]
    if parties and type_ == "investment" and trigger.frame == "investor_first" and on("roles.investment_in_described"):
        # 'Pellin signed an agreement with Tamsin Ventures for a $500 million investment in the startup': the company
        # the noun's 'in' describes, not named, is the sentence's subject; the counterparty named after 'with' invests
        named = _in_described_subject(sent, trigger, [o for o, _ in parties], lex)
        if named is not None and hit("roles.investment_in_described"):
            parties = [(o, "investee" if o.key == named.key else "investor") for o, _ in parties]
    if parties and type_ == "investment" and on("roles.second_deal_partner"):
        # 'Brightwave picked up $350m and a multi-year tie-up with Kelvane': the partner of a second deal joined to
        # the money raised puts none of it in
        partners = [o for o, r in parties if r == "investor" and SECOND_DEAL_WITH.search(_preceding(sent, o, 80))]
        if partners and hit("roles.second_deal_partner", True):
            parties = [(o, r) for o, r in parties if o not in partners]
    if parties and type_ == "investment" and on("roles.led_compound"):
        taken = {o.key for o, _ in parties}
        leaders = _dedupe_orgs([o for o in sent.orgs if o.key not in taken and (m := LED_COMPOUND.match(
            sent.text, o.end - sent.start)) and not (on("roles.backed_names_raiser") and hit(
                "roles.backed_names_raiser", any(o.end < x.start < sent.start + m.end() for x in sent.orgs)))])
        if leaders and any(r == "investee" for _, r in parties) and hit("roles.led_compound", True):
            # 'Palvex raised $40 million in a Kestle-led round': the name before '-led' on the round invests in it
            parties = (list(parties) + [(o, "investor") for o in leaders])[:MAX_PARTIES]
    subject = _inverted_subject(sent, trigger) if parties and type_ in TRADE_TYPES and trigger.frame in SUBJECT_ROLE \
        else None
    if subject is not None and any(o.key == subject.key for o, _ in parties) and len(parties) == 2 and hit(
            "roles.inverted_subject"):
        # 'Supplying the servers will be Quarn Systems, under a $700 million contract with Velmora': the name after
        # the copula is the opening participle's subject, the side the verb's frame puts first
        first = SUBJECT_ROLE[trigger.frame]
        parties = [(o, first if o.key == subject.key else SWAPPED[first]) for o, _ in parties]
    if parties and type_ == "investment" and any(o.end <= trigger.start for o, _ in parties) and any(
            o.start >= trigger.end for o, _ in parties) and _own_stake_sold(sent, trigger) and hit(
            "roles.own_stake_sold"):
        # 'Halden Telecom sold a 49% stake in its data centre unit to Pine Hollow': the seller is invested in, the
        # buyer after the stake invests
        parties = [(o, "investee" if o.end <= trigger.start else "investor") for o, _ in parties]
    if parties and type_ in TRADE_TYPES and trigger.frame == "buyer_first" and GIVES_ACCESS.match(trigger.text) and on(
            "roles.giver_subject") and any(o.end <= trigger.start for o, r in parties if r == "buyer") and any(
            trigger.start <= o.start < trigger.end for o, r in parties if r == "seller") and hit(
            "roles.giver_subject"):
        # 'Tessaly will give Velkara access to 20,000 GPUs': a company that gives access sells it, and the one given
        # it buys ('The deal gives Velkara access to ...': no giver named, the frame stands)
        parties = [(o, SWAPPED.get(r, r)) for o, r in parties]
    if parties and type_ in TRADE_TYPES and len({o.key for o, _ in parties}) == 2 and on("roles.passive_to_by"):
        # 'The campus will be leased to Brantley by Osterfeld', 'was sold by Osterfeld to Brantley': in a passive
        # trade the one it goes 'to' takes it and the agent after 'by' provides it, whatever the verb's frame
        taker = _passive_to_by(sent, trigger, [o for o, _ in parties])
        paid = PAYMENT.match(trigger.text) and on("roles.money_paid_by")  # ('paid by Y to X': X is paid, sells)
        if taker is not None and hit("roles.passive_to_by", True):
            parties = [(o, ("seller" if paid else "buyer") if o.key == taker.key else ("buyer" if paid else "seller"))
                       for o, _ in parties]
    if parties and type_ in TRADE_TYPES and len({o.key for o, _ in parties}) == 2 and on("roles.given_access"):
        # 'The deal gives Brantley access to GPUs at Osterfeld's sites', 'Brantley was given access to ... by
        # Osterfeld': the one given access takes the capacity, the other side provides it
        taker = _given_access(sent, trigger, [o for o, _ in parties])
        if taker is not None and hit("roles.given_access", True):
            parties = [(o, "buyer" if o.key == taker.key else "seller") for o, _ in parties]
    if parties and type_ in TRADE_TYPES and trigger.text.lower().startswith("leas") and on("roles.lease_at_own_site") \
            and OWN_SITE_AFTER.match(sent.text, trigger.end - sent.start) and min(
                (o.start for o, r in parties), default=0) in {o.start for o, r in parties if r == "buyer" and
                                                              o.end <= trigger.start} and hit(
                "roles.lease_at_own_site"):
        # 'X signed an agreement with Y to lease 60 MW at its campus': the subject leases out its own site (the
        # party named first, before the trigger; not 'X reached an agreement for Y to lease ... at its campus')
        parties = [(o, SWAPPED.get(r, r)) for o, r in parties]
    if parties and type_ in TRADE_TYPES and len({o.key for o, _ in parties}) == 2 and on("roles.agreement_to_buy"):
        # 'X has entered into an agreement with Y for the acquisition of 31 acres of land': the subject of the
        # agreement, named before its 'with', makes the purchase the agreement is for; Y sells
        m = AGREEMENT_TO_BUY.search(sent.text)
        subject = next((o for o, _ in parties if m and o.end - sent.start <= m.start()), None)
        other = next((o for o, _ in parties if m and m.start(1) <= o.start - sent.start < m.end(1)), None)
        if subject is not None and other is not None and hit("roles.agreement_to_buy", True):
            parties = [(o, "buyer" if o.key == subject.key else "seller") for o, _ in parties]
    if parties and on("roles.venture_members"):
        # 'invest Rs 378 crore in Tamsin Holdings, a joint venture between A and B': the members describe the company
        spans = [(sent.start + a, sent.start + b) for a, b in venture_descriptions(sent, mark=False)]
        kept = [(o, r) for o, r in parties if not any(a < o.start < b for a, b in spans)]
        if kept and len(kept) < len(parties) and hit("roles.venture_members", True):
            parties = kept
    if parties and type_ in TRADE_TYPES and len({o.key for o, _ in parties}) == 2 and on("roles.payer_after_from") \
            and not FUNDING_WORD.search(sent.text):
        # 'Pellam Data will receive $1.2 billion from Varden AI over six years for hosting its servers': the one a
        # figure is received from pays, and buys; the receiver sells
        payer = next((o for o, _ in parties if RECEIVED_FROM.search(sent.text, 0, o.start - sent.start)), None)
        if payer is not None and dict((o.key, r) for o, r in parties)[payer.key] != "buyer" and hit(
                "roles.payer_after_from"):
            parties = [(o, "buyer" if o.key == payer.key else "seller") for o, _ in parties]
    if parties and type_ in TRADE_TYPES and on("roles.role_named"):
        parties = _role_named(sent, parties)
    public = [o for o, r in parties or () if PUBLIC_BODY.search(o.text) or o.origin == "shape:government"]
    if type_ in ("compute", "chips") and len({o.key for o, _ in parties or ()}) == 2 and len(
            {o.key for o in public}) == 1 and all(r == "seller" for o, r in parties if o.key == public[0].key) and on(
            "roles.government_buys") and hit("roles.government_buys"):
        # 'The Karelia government signed a $300 million contract with Quarry Compute to build a national GPU cloud':
        # a government or ministry buys the computing or chips a company provides; it does not sell them
        parties = [(o, SWAPPED[r]) for o, r in parties]
    funded = [o for o, r in parties or () if r != "investee" and FUNDERS_AFTER.match(sent.text, o.end - sent.start)]
    if type_ == "investment" and len({o.key for o in funded}) == 1 and sum(r == "investee" for _, r in parties) <= 1 \
            and on("roles.funded_owner") and hit("roles.funded_owner", True):
        # "Orvane, one of Tessaly's investors, put $400 million into the startup": whose investors they are is funded
        parties = [(o, "investee") if o.key == funded[0].key else (o, "investor") for o, r in parties]
    # (a name as written: 'would value the ChatGPT developer at' refers back to a company, whose role stands)
    valued = {o.key for o, r in parties or () if r != "investee" and VALUED_BEFORE.search(_preceding(sent, o, 20))
              and sent.text[o.start - sent.start].isupper() and re.match(r"\s+at\b", sent.text[o.end - sent.start:])}
    if type_ == "investment" and len(valued) == 1 and len({o.key for o, _ in parties}) >= 2 and on(
            "roles.valued_investee") and hit("roles.valued_investee", True):
        # 'The $80 million round, led by Gresham Ventures, values Pollard AI at $5 billion': the company a round puts
        # a worth on is the one it funds
        parties = [(o, "investee") if o.key in valued else (o, "investor") for o, r in parties]
    if parties and type_ == "investment" and on("roles.round_included"):
        more = _round_included(sent, parties)
        if more and hit("roles.round_included", True):
            parties = list(parties) + [(o, "investor") for o in more]
    if parties and type_ == "investment" and on("roles.investor_arm"):
        # 'from Corsk Ventures and the venture arm of Hollin Group': the company whose investing arm is listed beside
        # an investor invests (the parse hangs it on 'arm', no slot of the verb)
        taken = {o.key for o, _ in parties}
        arms = [o for o in sent.orgs if o.key not in taken and any(
            r == "investor" and INVESTOR_ARM.fullmatch(sent.text, p.end - sent.start, o.start - sent.start)
            for p, r in parties)]
        if arms and hit("roles.investor_arm", True):
            parties = list(parties) + [(o, "investor") for o in arms]
    if not parties or type_ != "investment" or not on("roles.vehicle"):
        return parties
    # (an investing kind, or none known: 'through its newly established Ostrivel')
    vehicle = next((o for o in sent.orgs if VEHICLE.search(_preceding(sent, o, 40))
                    and o.kind in ("investor", "other")), None)
    investors = [o for o, r in parties if r == "investor"]
    if vehicle is None or vehicle.key in {o.key for o, _ in parties} or len(investors) != 1 or not hit(
            "roles.vehicle", True):
        return parties
    return [(vehicle, r) if r == "investor" else (o, r) for o, r in parties]


# a company's investing arm named by the company: 'the venture arm(s) of' (discourse.arm_of_member)
INVESTING_ARM = (r"(?:the\s+)?(?:corporate\s+)?(?:venture(?:\s+capital)?|investment|investing|strategic\s+investment)"
                 r"\s+(?:arms?|units?|divisions?)\s+of\s+")
# ... listed beside an investor: ', and the venture arm of' (roles.investor_arm)
INVESTOR_ARM = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){INVESTING_ARM}(?:the\s+)?", re.I)


# "led Quorvane's $200 million round, which also included A and B": a relative clause on the round that names who was
# in it (rule roles.round_included)
ROUND_INCLUDED = re.compile(rf"\b(?:{words('round_nouns')}|financing)\s*,\s*which\s+(?:also\s+)?(?:included|includes|"
                            rf"drew|draws|featured|features|attracted|saw\s+participation\s+from)\s+", re.I)
AND_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+as\s+well\s+as\s+)")


def _round_included(sent: Sentence, parties: list) -> list[OrgMention]:
    """The organisations listed right after the round's relative clause that says who was in it, not yet parties."""
    m = ROUND_INCLUDED.search(sent.text)
    if not m:
        return []
    taken = {o.key for o, _ in parties}
    after = sorted((o for o in sent.orgs if o.start - sent.start >= m.end()), key=lambda o: o.start)
    if not after or after[0].start - sent.start != m.end():
        return []
    out = after[:1]
    for a, b in zip(after, after[1:]):
        if not AND_JOIN.fullmatch(sent.text[a.end - sent.start:b.start - sent.start]):
            break
        out.append(b)
    return [o for o in _dedupe_orgs(out) if o.key not in taken][:MAX_PARTIES]


# right after a name, its funders named as such ("Tessaly's investors", "Tessaly's backers"; rule roles.funded_owner)
# a government body by its name's words ('the Karelia government', 'Ministry of Digital Affairs'; roles.government_buys)
PUBLIC_BODY = re.compile(r"\b(?:government|ministry|department)\b", re.I)
# right before a name: the verb that puts a worth on it ('values Pollard AI at $5 billion'; roles.valued_investee)
VALUED_BEFORE = re.compile(r"\b(?:values|valued|valuing|value)\s+$", re.I)
FUNDERS_AFTER = re.compile(rf"['’]s?\s+(?:[\w-]+\s+)?(?:{words('funder_nouns')})\b", re.I)


# right after a name, the role the sentence gives it in so many words: 'onboarded Orlov AI as the anchor tenant',
# 'named Tessaly as its preferred supplier' (rule roles.role_named)
ROLE_NAMED = re.compile(rf"^\s+as\s+(?:its|their|the|an?|our|a\s+key|the\s+main)\s+(?:[\w-]+\s+){{0,2}}?"
                        rf"(?:(?P<buyer>{words('buyer_nouns')})|(?P<seller>{words('seller_nouns')}))\b", re.I)


# ... or after a passive verb of choosing ('has been chosen as the main supplier'; rule roles.role_named_chosen)
CHOSEN_ROLE_NAMED = re.compile(r"(?:\s+(?:has|have|had|was|were|is|are|been|being|will|be)){1,3}\s+(?:chosen|selected|"
                               r"picked|tapped|named|appointed)" + ROLE_NAMED.pattern.removeprefix("^"), re.I)


PASSIVE_BY = re.compile(r"\b(?:chosen|selected|picked|tapped|named|hired|appointed|engaged|retained)\s+by\s+$", re.I)


def _role_named(sent: Sentence, parties: list) -> list:
    """A trade whose parties the word order or the kinds set one way, while the sentence names a party's role ('X
    onboarded Orlov AI as the anchor tenant of its campus': the tenant buys): the roles are turned round."""
    for o, role in parties:
        m = ROLE_NAMED.match(sent.text[o.end - sent.start:])
        if m is None and on("roles.role_named_chosen"):
            # 'Morvath has been chosen as the main supplier of accelerators for Quellix's supercomputer': the passive
            # verb of choosing between the name and its role
            m = CHOSEN_ROLE_NAMED.match(sent.text, o.end - sent.start)
            hit("roles.role_named_chosen", m is not None)
        named = m and ("buyer" if m.group("buyer") else "seller")
        if named and hit("roles.role_named_passive", on("roles.role_named_passive") and bool(
                PASSIVE_BY.search(_preceding(sent, o, 20)))):
            named = SWAPPED[named]  # 'X was chosen by Y as its provider': X provides
        if named and role in ("buyer", "seller") and named != role and hit("roles.role_named", True):
            return [(x, SWAPPED.get(r, r)) for x, r in parties]
    return parties


# 'according to an analysis by Halden Research', 'data from X show': who reports or counts, no party
# ('according to data from X': a plural or mass noun takes no article; roles.report_source)
REPORT_SOURCE = re.compile(r"\b(?:according\s+to|citing|in|cited\s+in)\s+(?:(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:analysis|report|study|survey|estimate|estimates|data|research|note|tally|ranking)|"
                           r"(?:[\w-]+\s+)?(?:data|figures|estimates|statistics|research|analysis))\s+"
                           r"(?:by|from|of)\s+(?:the\s+)?$", re.I)
VEHICLE = re.compile(rf"\b(?:{words('channel_words')})\s+(?:its|their)\s+(?:[\w-]+\s+){{0,2}}$", re.I)


BETWEEN_OPENS = re.compile(r"\s+between\s+(?:the\s+)?")
BETWEEN_JOIN = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


OWNED_DEAL_GAP = re.compile(r"['’]s?\s+(?:(?:" + SIGN + r")?[\w.,-]+\s+){0,4}$")
DEAL_WITH = re.compile(r"\s+with\s+(?:the\s+)?$")


def _possessive_pair(sent: Sentence, trigger: Trigger, mentions: list) -> list:
    """"Velkara's $2 billion deal with Pexwood Cloud": the name that owns a deal noun (the trigger) and the name
    right after its 'with' (rule roles.possessive_pair); [] otherwise."""
    if not DEAL_NOUN_WORD.fullmatch(trigger.text.lower()):
        return []
    owner = next((o for o in mentions if o.end <= trigger.start and OWNED_DEAL_GAP.fullmatch(
        sent.text[o.end - sent.start:trigger.start - sent.start])), None)
    other = next((o for o in mentions if o.start >= trigger.end and DEAL_WITH.fullmatch(
        sent.text[trigger.end - sent.start:o.start - sent.start])), None)
    return [owner, other] if owner is not None and other is not None and owner.key != other.key else []


DEAL_NOUN_WORD = re.compile(DEAL_NOUN)  # the agreement nouns of context.yaml, as for the other deal-noun rules
# between the names of a list after 'with' ('with Quarnell and Brisa Cloud')
WITH_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


def _deal_with_pair(sent: Sentence, mentions: list) -> list:
    """'Velkor signed a $2 billion deal with Quarnell to use its Nvidia GPUs': one subject named before a deal noun
    and the names right after its 'with' (a list joined by commas and 'and') are the deal's parties; a name further
    on (the goods' maker, a backer in an apposition) is none (rule roles.deal_with_pair); [] otherwise."""
    for noun in sent.triggers:
        if not DEAL_NOUN_WORD.fullmatch(noun.text.lower()):
            continue
        after = sorted((o for o in mentions if o.start >= noun.end), key=lambda o: o.start)
        if not after or not DEAL_WITH.fullmatch(sent.text[noun.end - sent.start:after[0].start - sent.start]):
            continue
        run = [after[0]]
        for prev, nxt in zip(after, after[1:]):
            if not WITH_LIST_JOIN.fullmatch(sent.text[prev.end - sent.start:nxt.start - sent.start]):
                break
            run.append(nxt)
        subjects = {o.key: o for o in mentions if o.end <= noun.start and not _oblique(sent, o)}
        if len(subjects) != 1 or {o.key for o in run} & set(subjects):
            continue
        # the others: a maker named before its goods, or a name inside an apposition on the last one after 'with'
        described = APPOSITION_ON.match(sent.text, run[-1].end - sent.start)
        others = [o for o in mentions if o.start > run[-1].end]
        if others and all(BRAND.match(sent.text[o.end - sent.start:]) or (
                described and o.end - sent.start <= described.end()) for o in others):
            return list(subjects.values()) + run
    return []


# ', a cloud provider backed by Nvidia,': an apposition that describes the name before it, up to its closing comma
# a name of one to four capitalised words (candidates.py reads it too)
CAPITALISED_NAME = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
# (or a list of names inside it: 'an investor in Quenlo, Orvane and Lumora AI,')
APPOSITION_ON = re.compile(rf",\s+(?:a|an|the)\s+(?:[^,;]{{3,80}}(?:,\s+{CAPITALISED_NAME})+,?\s+and\s+"
                           rf"{CAPITALISED_NAME}|[^,;]{{3,80}}),")


def _between(sent: Sentence, trigger: Trigger, mentions: list) -> list:
    """'a deal between Drovane and Velkara', 'an agreement between A, B and C': the names right after 'between' that
    follows the trigger, joined by commas and a last 'and' (rule roles.between_pair); [] without such a list."""
    after = sorted((o for o in mentions if o.start >= trigger.end), key=lambda o: o.start)
    if len(after) < 2 or not BETWEEN_OPENS.fullmatch(sent.text[trigger.end - sent.start:after[0].start - sent.start]):
        return []
    run = [after[0]]
    for prev, nxt in zip(after, after[1:]):
        gap = sent.text[prev.end - sent.start:nxt.start - sent.start]
        if not BETWEEN_JOIN.fullmatch(gap):
            break
        run.append(nxt)
        if "and" in gap.split():
            return run
    return []


def _between_site_owner(sent: Sentence, mentions: list) -> list | None:
    """A pair named after 'between' that follows a word of agreement, then the site the capacity is at, owned by one
    of the two ('at Tarvix Mining's Barber site'): that one sells, the other buys (rule roles.between_site_owner)."""
    for t in sent.triggers:
        pair = _between(sent, t, mentions) if t.frame == "symmetric" else []
        if len({o.key for o in pair}) != 2:
            continue
        for m in NAMED_SITE.finditer(sent.text, pair[-1].end - sent.start):
            owner = next((o for o in pair if fold_name(m.group(1)) == o.key or o.text.startswith(m.group(1)) and (
                o.text[len(m.group(1)):][:1] in ("", " "))), None)  # ('at Tarvix's site': Tarvix Mining's short name)
            if owner is not None:
                return [(owner, "seller"), next((o, "buyer") for o in pair if o.key != owner.key)]
    return None


# "at Tarvix Mining's Barber Lake site": a site and its owner, named (roles.between_site_owner)
NAMED_SITE = re.compile(rf"\b(?:at|in|on)\s+((?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){{0,3}})['’]s?\s+"
                        rf"(?:[\w-]+\s+){{0,3}}?{SITE_NOUN}\b", re.I)


# 'The initiative is led by (AI cloud provider) X, in partnership with A and B': the leader of a joint undertaking is
# one of its partners, not an oblique set aside (roles.leader_partners; what follows the name: deal_type.JOINED_AFTER)
LED_BY_BEFORE = re.compile(r"\b(?:led|headed|spearheaded|run)\s+by\s+(?:(?:[a-z][\w-]*|AI)\s+){0,5}$")
# 'a $540 million order for 18,000 Velkor GPUs', 'the purchase of Orlin chips': goods ordered, their maker named
# before them (roles.ordered_brand)
ORDER_OF_BEFORE = re.compile(r"\b(?:orders?|purchases?|shipments?|deliver(?:y|ies)|supply)\s+(?:for|of)\s+"
                             r"(?:(?:the|its|their|[\d,.]+|up\s+to|about|some|more\s+than)\s+)*$", re.I)
# 'at the facility running Velkor chips', 'a campus powered by Orlin GPUs': goods a site or capacity runs on, their
# maker named before them (roles.goods_running)
RUNNING_BEFORE = re.compile(r"\b(?:running|runs|run\s+on|powered\s+by|equipped\s+with|built\s+(?:on|with|around)|using|"
                            r"based\s+on|featuring|fitted\s+with|filled\s+with|containing|(?:that|which)\s+contain|"
                            r"packed\s+with|loaded\s+with)\s+(?:(?:roughly|about|around|some|nearly|over|more\s+than|"
                            r"up\s+to)\s+)?(?:(?:the|its|their|[\d,]+)\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


def party_mentions(sent: Sentence, type_: str, trigger: Trigger, lex: Lexicon) -> list[OrgMention]:
    """The organisations of the sentence that may be parties of the deal its trigger tells: not those set aside as
    owners, rivals, describers, brands, sources, names of a relative clause or named in passing."""
    rivals = _rivals(sent) if on("roles.rival") else set()
    in_passing = _named_in_passing(sent)
    describers = describers_of(sent, lex) if on("roles.describer") else set()
    brands = _brands(sent, trigger, in_passing if on("roles.brand_passing_others") else set()) if (
        type_ in TRADE_TYPES and on("roles.brand")) else set()
    if type_ in TRADE_TYPES and on("roles.brand_described"):
        # 'the provider of Kestrane graphics chips, Orlin Cloud, signed an agreement with Velkor': the goods a
        # company is described by, named with their maker, say what the company does; the maker is no party where
        # two other companies remain to trade
        described = {o.start for o in sent.orgs if BRAND.match(sent.text[o.end - sent.start:])
                     and OF_GOODS_BEFORE.search(_preceding(sent, o, 40))}
        if described and len({o.key for o in sent.orgs if o.start not in described | brands}) >= 2 and hit(
                "roles.brand_described", True):
            brands |= described
    aside = _relative_clause_names(sent, trigger) if on("roles.relative_clause") else set()
    # "to host Velkor's Nvidia GPUs": a maker's name between an owner's possessive and the goods names what the
    # goods are; their owner is the party (roles.owned_brand)
    owned = {o.start for o in sent.orgs if on("roles.owned_brand") and BRAND.match(sent.text[o.end - sent.start:])
             and any(OWNER_BEFORE.fullmatch(sent.text[x.end - sent.start:o.start - sent.start])
                     and x.key != o.key for x in sent.orgs if x.end <= o.start)}
    brands |= owned
    mentions = [o for o in sent.orgs if not hit("roles.possessor", _possessor(sent, o, [
        x for x in sent.orgs if not hit("roles.owned_brand", x.start in owned)]))
                and not hit("roles.relative_clause", o.start in aside)
                and not hit("roles.where_clause", on("roles.where_clause") and _where_clause_name(sent, o, trigger))
                and not hit("roles.brand", o.start in brands)
                and not hit("roles.ordered_brand", on("roles.ordered_brand") and type_ == "partnership" and bool(
                    BRAND.match(sent.text[o.end - sent.start:])) and bool(
                    ORDER_OF_BEFORE.search(_preceding(sent, o, 40))))
                and not hit("roles.goods_running", on("roles.goods_running") and bool(
                    BRAND.match(sent.text[o.end - sent.start:])) and bool(
                    RUNNING_BEFORE.search(_preceding(sent, o, 40))))
                and not (type_ == "investment" and hit("roles.goods_maker", _goods_maker(sent, o)))
                and not hit("roles.plural_acronym", on("roles.plural_acronym") and bool(
                    PLURAL_ACRONYM_AFTER.match(sent.text, o.end - sent.start)))
                and not hit("roles.stake_seller", _stake_seller(sent, o, trigger))
                and not hit("roles.company_seller", _company_seller(sent, o, trigger))
                and not hit("roles.owners_named", _owners_named(sent, o))
                and not hit("mentions.built_for_other", on("mentions.built_for_other") and o.start > trigger.end
                            and bool(BUILT_FOR_OTHER.search(_preceding(sent, o, 80))))
                and not hit("roles.describer", o.start in describers)
                and not hit("roles.rival", o.start in rivals)
                and not hit("roles.class_example", on("roles.class_example") and _class_example(sent, o))
                and o.start not in in_passing
                and not hit("roles.via", VIA.search(_preceding(sent, o, 18)) and not _bought_through(sent, o, trigger,
                                                                                                     type_))
                and not hit("mentions.rater", on("mentions.rater") and bool(RATES.match(sent.text, o.end - sent.start)))
                and not hit("roles.speaker_reports", on("roles.speaker_reports") and _reports_others(sent, o))
                and not hit("roles.report_source", on("roles.report_source") and bool(
                    REPORT_SOURCE.search(_preceding(sent, o, 60))))
                and not hit("roles.filed_with", _filed_with(sent, o))
                and not hit("roles.hyphen_describes", _hyphen_describes(sent, o, type_))
                and not hit("mentions.hyphen_relation", on("mentions.hyphen_relation") and bool(
                    HYPHEN_RELATION_AFTER.match(sent.text, o.end - sent.start)) and len(sent.orgs) > 1)
                and not hit("roles.built_for_tenant", type_ == "investment" and o.start > trigger.end and on(
                    "roles.built_for_tenant") and bool(BUILT_FOR_TENANT.search(_preceding(sent, o, 90))))
                and not hit("roles.former_staff", _former_staff(sent, o))
                and not hit("roles.person_of", _person_of(sent, o))
                and not hit("roles.speaker_employer", on("roles.speaker_employer") and bool(
                    SPEAKER_EMPLOYER.search(_preceding(sent, o, 90))) and not hit(
                    "roles.relative_antecedent", _relative_antecedent(sent, o, trigger)))
                and (type_ == "investment" or not hit("roles.issuer", _issuer(sent, o) and not (
                    type_ == "acquisition" and o.start >= trigger.end
                    and buys_business(sent.text[trigger.end - sent.start:o.start - sent.start]))))]
    return mentions


# right after a name: a verb of rating with a rating, an outlook or a price target for object ("Ostrel Ratings
# upgraded Pellix's credit rating, citing ..."): who rates a company is no party to the deal it cites (mentions.rater)
RATES = re.compile(r"['’]?s?\s+(?:has\s+|have\s+)?(?:upgraded|downgraded|raised|cut|lowered|affirmed|reiterated|"
                   r"initiated|assigned|maintained|upgrades|downgrades|raises|cuts|lowers|affirms)\s+(?:its|their|the|"
                   r"an?|(?-i:[A-Z])\S*?['’]s?)?\s*(?:[\w-]+\s+){0,3}?(?:ratings?|outlook|price\s+target|target\s+"
                   r"price)\b", re.I)
# right after a name: its short form in brackets, a plural of capitals ('Tensor Processing Units (TPUs)'): goods
PLURAL_ACRONYM_AFTER = re.compile(r"\s*\((?-i:[A-Z]{2,}s)\)")


# "Velmora AI, Halden Cloud's newest customer, will pay ...", 'Velmora AI, its biggest supplier, ...': after a name, a
# comma, a second name (or 'its') in the possessive and a trade role of the first (roles.role_apposition)
COMMA_BETWEEN = re.compile(r"\s*,\s*")
ROLE_OF_POSSESSOR = re.compile(rf"(?:['’]s?)?\s+(?:[\w-]+\s+){{0,2}}?(?:(?P<buyer>{words('buyer_nouns')})|"
                               rf"(?P<seller>{words('seller_nouns')})|(?P<investor>{words('funder_nouns')}))\s*,", re.I)


def _role_apposition(sent: Sentence, type_: str) -> list | None:
    """The two companies of a sentence whose one names the other's trade role in an apposition right after it
    ("Velmora AI, Halden Cloud's newest customer, will pay $3 billion for capacity"): the first takes the role the
    noun gives it (customer: buyer; supplier: seller; backer: investor), the one in the possessive the other side.
    Only where the sentence names no one else, and the noun's role is one of the deal's type."""
    keys = {o.key for o in sent.orgs}
    if len(keys) != 2:
        return None
    for a, b in zip(sent.orgs, sent.orgs[1:]):
        if a.key == b.key or not COMMA_BETWEEN.fullmatch(sent.text[a.end - sent.start:b.start - sent.start]):
            continue
        own = sent.text[b.start - sent.start:b.end - sent.start].lower() == "its"  # (a stand-in for 'its')
        m = ROLE_OF_POSSESSOR.match(sent.text, b.end - sent.start)
        if m is None or (own and m.group(0)[:1] in "'’") or (not own and not re.match(r"['’]", m.group(0))):
            continue
        side = next(g for g in ("buyer", "seller", "investor") if m.group(g))
        if (side == "investor") != (type_ == "investment") or (type_ not in TRADE_TYPES and type_ != "investment"):
            continue
        other = {"buyer": "seller", "seller": "buyer", "investor": "investee"}[side]
        return [(a, side), (b, other)]
    return None


# 'a $2 billion loan from X to build a data centre for Y': whom the financed site is built for, after the financing
# (roles.built_for_tenant)
BUILT_FOR_TENANT = re.compile(r"\bto\s+(?:help\s+)?(?:build|develop|construct|expand|finance|fund)\s+"
                              r"(?:[\w$€£.,-]+\s+){0,6}?for\s+(?:the\s+)?$", re.I)
# before a name: a plural noun, 'such as' or 'like', and the list members before the name ('local AI companies such as
# ', 'startups like A and '): the name is an example of a class (roles.class_example)
CLASS_EXAMPLE = re.compile(r"\b([a-z][a-z-]*s),?\s+(?:such\s+as|like)\s+(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*"
                           r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*$")


FROM_CLASS = re.compile(r"\bfrom\s+(?:[\w-]+\s+){0,2}$", re.I)  # 'raised $90 million from (venture) firms such as'


def _class_example(sent: Sentence, o: OrgMention) -> bool:
    """'pledged $2 billion to support local AI companies such as Velmora AI', 'a fund to back startups like X': a
    name given as an example of the class a deal word's object names is no party of it; the class itself is. Not
    after a funder's noun or 'from' ('raised $400 million from investors such as X', 'from firms such as X': those
    named are the round's), nor after rivals (roles.rival)."""
    before = _preceding(sent, o, 80)
    m = CLASS_EXAMPLE.search(before)
    if m is not None and hit("roles.class_example_hypothetical", on("roles.class_example_hypothetical") and bool(
            HYPOTHETICAL_DEAL.search(sent.text, 0, o.start - sent.start))):
        return True  # 'would consider raising money from investors such as X': an investor of a kind it may seek
    return m is not None and m.group(1).lower() not in word_set("funder_nouns") and not FROM_CLASS.search(
        before, 0, m.start(1)) and m.group(1).lower()[:-1] not in {w.lower() for w in word_set("rival_titles")}


# a deal only thought of: 'would consider raising', 'could seek', 'may look at selling' (roles.class_example_hypothetical)
HYPOTHETICAL_DEAL = re.compile(r"\b(?:would|could|may|might|may\s+eventually)\s+(?:consider|seek|look\s+(?:at|for)|"
                               r"explore|weigh|try)\b", re.I)


# right before a name: a clause on a site that says it is leased to the name ('its campus, which is fully leased to';
# roles.financed_site_tenant)
SITE_TENANT_BEFORE = re.compile(r"\b(?:campus|campuses|site|data\s+cent(?:er|re)s?|facility|facilities)\b[^,;]{0,30},?"
                                r"\s+(?:which|that)\s+(?:is|was|will\s+be|has\s+been|are|were)\s+(?:\w+\s+){0,2}?"
                                r"(?:leased|let|rented)\s+(?:out\s+)?to\s+$", re.I)


def _assign_roles(sent: Sentence, type_: str, trigger: Trigger, lex: Lexicon):
    builder = built_by(trigger, sent) if type_ in ("datacenter", "chips") and on("roles.builder_sells") else None
    if builder is not None:
        # 'Orsk Data is investing $3 billion in a new AI factory that X will build': the one who puts the money in
        # buys the thing, its builder sells it (type.invest_in_built), however the kind of the builder's name reads
        parties = _assign_roles(sent, "investment", trigger, lex)
        if parties and any(o.key == builder.key for o, _ in parties) and hit("roles.builder_sells", True):
            return [(o, "seller" if o.key == builder.key else "buyer" if r == "investor" else r) for o, r in parties]
    if type_ == "datacenter" and trigger.frame in ("investor_first", "investee_first") and on("roles.financing_sells"):
        # 'X closed a $2.5 billion construction loan from Y for its campus': data-centre financing, read as the money
        # it is, then the capital provider sells and the developer buys (guideline 6)
        parties = _assign_roles(sent, "investment", trigger, lex)
        tenants = {o.key for o, _ in parties or () if on("roles.financed_site_tenant") and SITE_TENANT_BEFORE.search(
            _preceding(sent, o, 60))}
        if tenants and len({o.key for o, _ in parties}) - len(tenants) >= 2 and hit("roles.financed_site_tenant"):
            # '... a $2.2 billion loan from Quarn Bank for its campus, which is leased to Zephro AI': the site's
            # tenant, told in a clause on the site, neither lends nor borrows
            parties = [(o, r) for o, r in parties if o.key not in tenants]
        if parties and hit("roles.financing_sells"):
            return [(o, FINANCING_ROLES.get(r, r)) for o, r in parties]
    if type_ in TRADE_TYPES and trigger.text.lower() in word_set("making_verbs") and on("roles.own_goods") and hit(
            "roles.own_goods", bool(OWN_GOODS.match(sent.text, trigger.end - sent.start))):
        return None  # '... after Velmora said it would build its own data centres': built for itself, sold by no one
    mentions = party_mentions(sent, type_, trigger, lex)
    loan = LOAN_FOR_SITE.search(sent.text) if type_ == "datacenter" and trigger.frame == "symmetric" and on(
        "roles.site_lender_named") else None
    lenders = [o for o in mentions if loan.start() <= o.start - sent.start < loan.end()] if loan else []
    others = _dedupe_orgs([o for o in mentions if o.key not in {x.key for x in lenders}]) if lenders else []
    if others and hit("roles.site_lender_named", True):
        # 'agreed a 1 billion euro financing package with a group of banks led by X to build its campus': the names
        # inside the words of the site's debt lend it and sell; the others take it and buy (guideline 6)
        return [(o, "seller") for o in _dedupe_orgs(lenders)] + [(o, "buyer") for o in others]
    if type_ == "acquisition" and trigger.frame == "target_first" and on("roles.sale_of_owner"):
        # "the $900 million sale of Qelvar's chip unit to Brandvik": the owner of the business the sale noun names is
        # sold from; the name right after 'to' buys it, whoever the clause's subjects are
        owner = next((o for o in mentions if o.start >= trigger.start and SALE_OF_OWNER.search(
            sent.text, trigger.start - sent.start, o.start - sent.start)), None)
        buyer = next((o for o in mentions if owner is not None and o.start > owner.end and o.key != owner.key and
                      BUSINESS_TO.fullmatch(sent.text, owner.end - sent.start, o.start - sent.start)), None)
        if buyer is not None and hit("roles.sale_of_owner", True):
            return [(owner, "target"), (buyer, "acquirer")]
    owner = _leased_site_owner(sent, mentions) if type_ == "datacenter" and on("roles.leased_site_owner") else None
    if owner is not None and hit("roles.leased_site_owner", True):
        # 'Orsk Data signed a 12-year lease for Tamsin's Ohio data center campus': the site's owner leases it out,
        # the other side takes it (guideline 6)
        return [(o, "seller" if o.key == owner.key else "buyer") for o in _dedupe_orgs(mentions)]
    pair = _between(sent, trigger, mentions) if on("roles.between_pair") else []
    if pair and hit("roles.between_pair", bool({o.key for o in mentions} - {o.key for o in pair})):
        # 'The $900 million deal between Drovane and Velkara uses Halvern software': the deal's parties are named
        mentions = [o for o in mentions if o.key in {x.key for x in pair}]
    pair = _possessive_pair(sent, trigger, mentions) if not pair and on("roles.possessive_pair") else []
    if pair and hit("roles.possessive_pair", bool({o.key for o in mentions} - {o.key for o in pair})):
        # "Velkara's deal with Pexwood Cloud, worth $2 billion, will use Nvidia's GPUs": the noun's owner and its
        # 'with' name the deal's parties; the goods' maker is none
        mentions = [o for o in mentions if o.key in {x.key for x in pair}]
    pair = _deal_with_pair(sent, mentions) if not pair and type_ in TRADE_TYPES and on("roles.deal_with_pair") \
        else []
    if pair and hit("roles.deal_with_pair", bool({o.key for o in mentions} - {o.key for o in pair})):
        # 'Velkor struck a $5 billion deal with Quarnell, a cloud provider backed by Nvidia, for computing capacity':
        # the subject and the deal's 'with' name its parties
        mentions = [o for o in mentions if o.key in {x.key for x in pair}]
    owned = _between_site_owner(sent, mentions) if type_ in ("datacenter", "compute") and on(
        "roles.between_site_owner") else None
    if owned is not None and hit("roles.between_site_owner", True):
        # 'an agreement between Orvane Cloud and Tarvix Mining to lease computing power at Tarvix Mining's site': the
        # verb after the pair has no subject of its own; the one whose site the capacity is at provides it
        return owned
    label = PAIR_LABEL.match(sent.text)  # '• A & B – B injects $2B into A': the heading names, the clause says who
    if label and on("roles.label_heading"):
        after = {o.key for o in mentions if o.start - sent.start >= label.end()}
        heading = [o for o in mentions if o.start - sent.start < label.end() and o.key in after]
        if heading and hit("roles.label_heading", True):
            mentions = [o for o in mentions if o not in heading]
    named = _role_apposition(sent, type_) if on("roles.role_apposition") else None
    if named is not None and hit("roles.role_apposition", True):
        return named
    orgs = _dedupe_orgs(mentions)
    if sent.frames and on("roles.dependency_frame"):
        parties = _parsed_roles(sent, type_, mentions)
        parallel = {o.key for o, _ in parties or () if _parallel_subject(sent, trigger, o)} if on(
            "roles.parallel_subject") and type_ in TRADE_TYPES else set()
        if parallel and len({o.key for o, _ in parties}) > 2 and hit("roles.parallel_subject", True):
            # ('... to Orvane AI and Tessaly will provide its chips': the parse joined the next clause's subject to
            # the object; it acts in its own clause)
            parties = [(o, r) for o, r in parties if o.key not in parallel]
        if parties:
            hit("roles.dependency_frame")
            if type_ == "investment" and on("roles.frame_co_investors"):
                # 'X invested $40 million in Y alongside Z': the parse frame has no slot for co-investors
                taken = {o.key for o, _ in parties}
                co = [o for o in _dedupe_orgs(mentions) if o.key not in taken and o.start > trigger.start and (
                    _co_listed(sent, o) or _taking_part(sent, o))]
                if co and hit("roles.frame_co_investors", True):
                    parties = list(parties) + [(o, "investor") for o in co][:MAX_PARTIES]
                # 'X invested in Y as part of a $125 million round that was led by Z': the round's leader invested too
                taken = {o.key for o, _ in parties}
                led = [o for o in _dedupe_orgs(mentions) if o.key not in taken and o.start > trigger.start and
                       ROUND_LED_BY.search(_preceding(sent, o, 90))] if on("roles.round_led_by") else []
                if led and hit("roles.round_led_by", True):
                    parties = list(parties) + [(o, "investor") for o in led][:MAX_PARTIES]
            if on("roles.described_joint_subject"):
                # 'Sakurada, the Japanese conglomerate, and Halvern, a Paris venture firm, invested ...': the parser
                # joins no subject across an apposition; the name after the first one's apposition and 'and',
                # before the verb, takes the first one's role
                roles_of = {o.key: r for o, r in parties}
                joined = [(o, roles_of[x.key]) for o in _dedupe_orgs(mentions) for x, _ in parties
                          if o.key not in roles_of and x.end <= o.start and o.end <= trigger.start and
                          APPOSITION_AND.fullmatch(sent.text, x.end - sent.start, o.start - sent.start)]
                if joined and hit("roles.described_joint_subject", True):
                    parties = list(parties) + joined[:MAX_PARTIES]
            if on("roles.together_with"):
                # 'On Tuesday, Velkor, together with Brisa Capital, will pay ...': the frame has no slot for a second
                # subject set off after the first; it takes the first's role
                roles_of = {o.key: r for o, r in parties}
                joined = []
                for o in _dedupe_orgs(mentions):
                    # ('A, alongside B and C, invested ...': the names listed after the first set beside the subject,
                    # before the verb, too; roles.together_with_list)
                    listed = joined and joined[-1][0].end <= o.start <= trigger.start and on(
                        "roles.together_with_list") and RIVAL_LIST.fullmatch(
                            sent.text, joined[-1][0].end - sent.start, o.start - sent.start)
                    if listed and o.key not in roles_of and hit("roles.together_with_list"):
                        joined.append((o, joined[-1][1]))
                        continue
                    if o.key in roles_of or not (TOGETHER_WITH.search(_preceding(sent, o)) or (
                            o.end <= trigger.start and hit("roles.together_with_list", on(
                                "roles.together_with_list") and bool(ALONGSIDE_BEFORE.search(_preceding(sent, o)))))):
                        continue
                    first = max((x for x, _ in parties if x.end <= o.start), key=lambda x: x.end, default=None)
                    if first is not None:
                        joined.append((o, roles_of[first.key]))
                if joined and hit("roles.together_with", True):
                    parties = list(parties) + joined[:MAX_PARTIES]
            if on("mentions.dash_list"):
                # "to the government and four of the country's conglomerates—A, B and C—": the parser hangs the list
                # on the number, outside the frame; its names share the role of the party named before them
                roles_of = {o.key: r for o, r in parties}
                listed = []
                for o in _dedupe_orgs(mentions):
                    first = max((x for x, _ in parties if x.end <= o.start), key=lambda x: x.end, default=None)
                    if o.origin == "shape:dash_list" and o.key not in roles_of and first is not None:
                        listed.append((o, roles_of[first.key]))
                if listed and hit("mentions.dash_list", True):
                    parties = list(parties) + listed[:MAX_PARTIES]
            if type_ == "acquisition" and on("roles.co_acquirers"):
                # 'will buy X for $40 billion, alongside A and B': more buyers, for which the frame has no slot
                taken = {o.key for o, _ in parties}
                co = [o for o in _dedupe_orgs(mentions) if o.key not in taken and o.start > trigger.start
                      and _co_listed(sent, o)]
                if co and hit("roles.co_acquirers", True):
                    parties = list(parties) + [(o, "acquirer") for o in co][:MAX_PARTIES]
            return parties
    before = _dedupe_orgs([o for o in mentions if o.end <= trigger.start])
    left = _dedupe_orgs([o for o in mentions if o.end <= trigger.start
                         and not hit("roles.oblique_not_subject",
                                     _oblique(sent, o) and not _owned_sold(sent, o, trigger)
                                     and not hit("roles.relative_antecedent", _relative_antecedent(sent, o, trigger))
                                     and not hit("roles.offer_agent", _offer_agent(sent, o, trigger))
                                     and not hit("roles.leader_partners", _leads_partnership(sent, o)))
                         and not hit("roles.shares_owner", _shares_owner(sent, o, trigger, mentions))])
    before = [o for o in before if o.key not in {x.key for x in left}] + left
    right = _dedupe_orgs([o for o in mentions if o.start >= trigger.head_end and o.key not in {x.key for x in left}])
    if type_ == "acquisition" and not left and len(right) >= 2 and on("roles.company_seller") and \
            trigger.text.split()[0].lower() in word_set("selling_verbs") and not sent.text[
                trigger.head_end - sent.start:right[0].start - sent.start].strip() and re.match(
                r"\s*,?\s*to\b", sent.text[right[0].end - sent.start:]) and hit("roles.company_seller", True):
        return [(right[0], "target"), (right[1], "acquirer")]  # '(X) will sell Halvex Cloud to Tollund': sold, buyer
    chosen = _chosen_list(sent, trigger, left) if trigger.frame in ("seller_first", "buyer_first") and on(
        "roles.chosen_list") else None
    if chosen is not None and hit("roles.chosen_list"):
        # 'Dalvoren has picked Kestrimo and Orlavin to supply 500 MW of power': every name chosen acts; the chooser
        # is the other side
        run, chooser = chosen
        first, other = FRAME_ROLES[trigger.frame]
        return [(o, first) for o in run] + [(chooser, other)]
    speaker = _speaker_first(sent, left)
    if speaker is not None and hit("roles.speaker_other_side", True):
        # 'Quorvane said Halvern would pay $250 million for the capacity': the reported clause's subject takes the
        # frame's first role, the company reporting it the other side (mentions.speaker_counterparty)
        left = [o for o in left if o.key != speaker.key]
        before = [o for o in before if o.key != speaker.key]
        told = [o for o in right if o.key != speaker.key] if trigger.frame in ("buyer_first", "seller_first") and on(
            "roles.speaker_reporter_only") else []
        # ('Velmora said Tarrow agreed to buy servers from Halden': the clause names its own other side; the speaker
        # only reports it, rule roles.speaker_reporter_only)
        right = right if told and hit("roles.speaker_reporter_only", True) else [speaker] + right
    tap = next((t for t in sent.triggers if TAPPED.match(t.text) and TAPPED_FOR.match(sent.text, t.end - sent.start)),
               None) if type_ == "investment" and on("roles.tapped_for_money") else None
    if tap is not None:
        # 'X tapped Y for a $500 million loan', 'tapped A and B for a round': those tapped provide the money
        m = TAPPED_FOR.match(sent.text, tap.end - sent.start)
        takers = [o for o in mentions if o.end <= tap.start]
        lenders = _dedupe_orgs([o for o in mentions if tap.end <= o.start and o.end - sent.start <= m.end()])
        if takers and lenders and hit("roles.tapped_for_money"):
            return [(takers[-1], "investee")] + [(o, "investor") for o in lenders][:MAX_PARTIES - 1]
    if type_ == "investment" and trigger.frame == "buyer_first" and hit("roles.payer_invests", True):
        trigger = replace(trigger, frame="investor_first")  # 'X committed $N to become an owner in Y': X invests
    if type_ == "investment" and trigger.frame == "investor_first" and on("roles.received_money") and hit(
            "roles.received_money", bool(RECEIVED_NOUN.search(sent.text[:trigger.start - sent.start]))
            and trigger.text.lower() in word_set("received_money_nouns")):
        trigger = replace(trigger, frame="investee_first")  # 'X will receive a capital injection from Y': X is funded
    if type_ == "investment" and trigger.frame == "investee_first" and on("roles.provided_with_financing"):
        given = _provided_with_financing(sent, trigger, mentions)
        if given is not None and hit("roles.provided_with_financing", True):
            # 'Tarnwell Securities and Cobalt Bank provided Tessbank with the debt financing for the transaction':
            # the one provided with the money raises it, those who provide it lend
            return given
    lent = OBJECT_WINDOW.split(_after_recipient(sent, trigger), 1)[0]  # the verb's object, up to 'to Y'
    if type_ == "investment" and trigger.frame == "seller_first" and trigger.text.split()[0].lower() in (
            "sell", "sells", "sold", "selling", "issue", "issues", "issued", "issuing") and hit(
            "roles.securities_sold", on("roles.securities_sold") and bool(SECURITIES.search(lent)) and bool(
                left) and bool(right) and not re.search(r"\b(?:in|of)\s+(?-i:[A-Z])", lent)):
        # (not 'its shares in Brenvor': a holding in another company sold, roles.stake_seller reads that)
        # 'Maltrix sold $500 million of convertible notes to Pemdrik Capital': who sells its own notes or shares
        # raises the money; the buyer invests
        return [(left[-1], "investee")] + [(o, "investor") for o in _with_list(sent, right) if o.key != left[-1].key]
    if type_ == "investment" and trigger.frame == "seller_first" and hit("roles.lender_invests", on(
            "roles.lender_invests") and bool(LENDING.search(lent))):
        trigger = replace(trigger, frame="investor_first")  # 'X provided a $1.5 billion credit facility to Y': X lends
    if type_ == "investment" and trigger.frame == "investee_first" and on("roles.loan_to") and hit(
            "roles.loan_to", _lent_to(sent, trigger, mentions)):
        trigger = replace(trigger, frame="investor_first")  # 'X closed a $750 million loan to Y': X lends, Y borrows
    issuer = shares_issuer(sent, trigger, mentions) if type_ == "investment" and trigger.frame == "investor_first" \
        else None
    if issuer is not None and hit("roles.shares_issuer", True):
        # 'A fund linked to X purchased $500 million of Y shares from Z': the buyer of the shares invests in the company
        # whose shares they are; a seller of them ('from Z') and a name the buyer is described by are no party
        buyers = [o for o in left if o.key != issuer.key]
        return [(o, "investor") for o in buyers[:MAX_PARTIES - 1]] + [(issuer, "investee")]
    if type_ == "acquisition" and trigger.frame == "acquirer_first" and left and not any(
            o.start >= trigger.head_end for o in mentions) and on("roles.company_anaphor") and COMPANY_ANAPHOR.match(
            sent.text[trigger.end - sent.start:]):
        # 'Shares of Lentara jumped after Brimoral offered to buy the company': the verb's subject buys, 'the
        # company' is the other name before it (type.company_anaphor)
        targets = [o for o in before if o.key != left[-1].key]
        if targets and hit("roles.company_anaphor", True):
            return [(targets[-1], "target"), (left[-1], "acquirer")]
    if trigger.frame == "seller_first" and trigger.text.lower().startswith("order") and on("roles.order_owner") and any(
            ORDER_OWNER.fullmatch(sent.text, o.end - sent.start, trigger.start - sent.start) for o in left) and hit(
            "roles.order_owner"):
        trigger = replace(trigger, frame="buyer_first")  # "X's $1 billion chip order from Y": X ordered, Y supplies
    if trigger.frame == "buyer_first" and hit("roles.rent_out", _rented_out(sent, trigger, mentions)):
        trigger = replace(trigger, frame="seller_first")  # 'X will rent Quorvane 20,000 GPUs': X rents them out
    typed = trigger.frame in ("investor_first", "investee_first", "acquirer_first", "target_first")
    owner = _its_round_owner(sent, trigger, left) if type_ == "investment" and trigger.frame == "investor_first" \
        and not any(o.start >= trigger.head_end for o in mentions) else None
    if owner is not None and hit("roles.its_round", True):
        # "Quorvane's investors include A, B and C, which together put $250 million into its Series B": 'its' round
        # is the round of the company whose investors the sentence names
        return [(owner, "investee")] + [(o, "investor") for o in _dedupe_orgs(left) if o.key != owner.key][:MAX_PARTIES]
    # ('The round values Velkor at $30 billion, with A and B each contributing $1 billion': the participle's
    # subjects after 'with' put money into the company named before them; roles.with_participle)
    absolute = [o for o in left if on("roles.with_participle") and _after_with(sent, o) and _participle_subject(
        sent, o, trigger)]
    told_before = bool(absolute) and any(o.end <= absolute[0].start and o.key not in {a.key for a in absolute}
                                         for o in left)
    if type_ == "investment" and trigger.frame == "investor_first" and not any(
            o.start >= trigger.head_end for o in mentions) and not (told_before and hit("roles.with_participle")) \
            and speaker is None and hit("roles.joint_investors", _coordinated(sent, left)):
        # (not where the company that says so is the one they invest in: mentions.speaker_investee)
        return None  # 'A and B are investing $110 billion to build ...': joint spenders, no investee named
    if type_ == "partnership":
        # ('Tessaly won a $700 million contract from Quarn': a directed trade's own 'from' or 'to' names its other side;
        # the deal, between these two only, stands as a partnership only for want of goods named, no word of
        # partnering in the sentence, roles.trade_oblique_kept)
        two = len({o.key for o in orgs}) == 2 and not any(t.type == "partnership" for t in sent.triggers)
        own = [o for o in orgs if two and trigger.type == "ANY" and trigger.frame in ("buyer_first", "seller_first")
               and on("roles.trade_oblique_kept") and (TRADE_OBLIQUE.fullmatch(
                   sent.text, trigger.end - sent.start, o.start - sent.start) or (
                   # ('buy $400 million of optical switches from Linwood': the trade's object between)
                   on("roles.trade_object_oblique") and TRADE_OBJECT_OBLIQUE.fullmatch(
                       sent.text, trigger.end - sent.start, o.start - sent.start) and GOODS_WORD.search(
                       sent.text, trigger.end - sent.start, o.start - sent.start) and hit(
                       "roles.trade_object_oblique")))]
        partners = [o for o in orgs if (o in own and hit("roles.trade_oblique_kept")) or not hit(
                        "roles.partner_oblique", _partner_oblique(sent, o) and not hit(
                        "roles.leader_partners", _leads_partnership(sent, o)))
                    and not hit("roles.founded_entity", on("roles.founded_entity") and _founded(sent, o))
                    and not hit("roles.venture_named", on("roles.venture_named") and bool(
                        VENTURE_NAMED.search(_preceding(sent, o, 50))))]
        return [(o, "partner") for o in partners[:MAX_PARTIES]] if len(partners) >= 2 else None
    absolute = WITH_ABSOLUTE.search(sent.text[:trigger.start - sent.start]) if type_ in TRADE_TYPES and (
        trigger.frame in ("buyer_first", "seller_first")) and on("roles.with_absolute") else None
    actor = next((o for o in mentions if o.start - sent.start == absolute.start(1)), None) if absolute else None
    others = [o for o in orgs if actor is not None and o.key != actor.key]
    if actor is not None and len(others) == 1 and hit("roles.with_absolute", True):
        # '..., with Brimoral paying $3 billion upfront': the clause's own subject pays (or supplies), the other side
        # of the sentence's deal is the counterparty
        first, second = FRAME_ROLES[trigger.frame]
        return [(actor, first), (others[0], second)]
    payer = [o for o in orgs if PAYER_AFTER.match(sent.text[o.end - sent.start:])] if type_ in TRADE_TYPES and on(
        "roles.payer_relative") else []
    if len({o.key for o in payer}) == 1 and len({o.key for o in orgs}) == 2 and hit("roles.payer_relative", True):
        # '... an electric service agreement with Velkara, which will pay for the new generation': the payer buys
        return [(o, "buyer" if o.key == payer[0].key else "seller") for o in _dedupe_orgs(orgs)]
    if type_ == "investment" and on("roles.with_absolute_investor"):
        # 'A and B announced a partnership, with A committing $50 billion in investment': the absolute clause's
        # subject puts the money in, whichever trigger the sentence's deal was read from
        for t in sent.triggers:
            m = WITH_ABSOLUTE.search(sent.text[:t.start - sent.start]) if t.frame in (
                "buyer_first", "investor_first") else None
            actor = next((o for o in mentions if m and o.start - sent.start == m.start(1)), None)
            others = [o for o in orgs if actor is not None and o.key != actor.key]
            if actor is not None and len(others) == 1 and any(
                    x.frame == "investor_first" and others[0].end <= x.start < actor.start for x in sent.triggers) and (
                    hit("roles.with_absolute_co_investor", on("roles.with_absolute_co_investor"))):
                # 'Harlow led the round, with Brisket also investing': the main clause's subject invests too
                return [(others[0], "investor"), (actor, "investor")]
            if actor is not None and len(others) == 1 and hit("roles.with_absolute_investor", True):
                return [(actor, "investor"), (others[0], "investee")]
    raising = [o for o in orgs if ROUND_NAMED_FOR.search(_preceding(sent, o, 60))] if type_ == "investment" and on(
        "roles.round_named_for") else []
    if len({o.key for o in raising}) == 1 and len(orgs) >= 2 and hit("roles.round_named_for", True):
        # 'Velkara joined Halvern Capital in a $300 million round for Tessaly': the round's company raises it, every
        # other name of the sentence puts money in
        investors = [o for o in orgs if o.key != raising[0].key][:MAX_PARTIES - 1]
        return sorted([(raising[0], "investee")] + [(o, "investor") for o in investors], key=lambda p: p[0].start)
    if type_ == "compute" and on("roles.deployed_for"):
        # 'Drovane will deploy 50,000 GPUs for Velkara under a $6 billion contract': the one who runs the goods sells
        # the computing, the one they are run for buys it
        m = DEPLOYED_FOR.search(mask_orgs(sent))
        served = next((o for o in orgs if m and o.start - sent.start == m.end() - 1), None)
        runner = [o for o in orgs if m and o.end - sent.start <= m.start() and SUBJECT_GAP.match(
            sent.text[o.end - sent.start:m.start()])]
        if served is not None and runner and runner[-1].key != served.key and hit("roles.deployed_for", True):
            return [(runner[-1], "seller"), (served, "buyer")]
    if trigger.frame in FRAME_ROLES and on("roles.under_which_subject"):
        # 'A and B entered into a partnership under which B will host A's models': the subject of the clause on the
        # agreement ('under which', 'whereby') takes the role its verb gives; the other name is the counterparty
        actor = next((o for o in reversed(mentions) if o.end <= trigger.start and SUBJECT_GAP.match(
            sent.text[o.end - sent.start:trigger.start - sent.start]) and UNDER_WHICH.search(
            sent.text[:o.start - sent.start])), None)
        others = _dedupe_orgs([o for o in orgs if actor is not None and o.key != actor.key])
        # (a name after 'with' that comes again as the subject is roles.subject_again's reading, the same roles)
        if actor is not None and len(others) == 1 and not any(
                o.key == actor.key and o.end <= actor.start and _after_with(sent, o) for o in mentions) and hit(
                "roles.under_which_subject", True):
            first, second = FRAME_ROLES[trigger.frame]
            return [(actor, first), (others[0], second)]
    taker = _subordinate_stake_taker(sent, type_, trigger, left, right)
    if taker is not None and hit("roles.subordinate_stake", True):
        # 'Fennick had been exploring options after activist investor Dalby Capital took a 9% stake': the stake's
        # taker is the subject of the clause the trigger opens; with no 'in X', the stake is in the main subject
        return [(taker, "investor"), (next(o for o in left if o.key != taker.key), "investee")]
    subject = _relative_subject(sent, trigger, left) if trigger.frame in FIRST_IS_SUBJECT else None
    if subject is not None and hit("roles.relative_subject", True):
        # "Ostrivel's backers include Halvern Capital, which invested $200 million": the relative clause's verb has
        # the name it describes for its subject; the other names of the sentence are the other side
        right = _dedupe_orgs([o for o in before + right if o.key != subject.key])
        left = before = [subject]
    if trigger.frame in FRAME_ROLES and (type_ in ("investment", "acquisition")) == typed and on("roles.word_frame"):
        # 'a contract with Pexwood under which Pexwood will deliver ...': the name after 'with' acts after all, and
        # every other name before the verb is its counterpart
        again = [o for o in before if _after_with(sent, o) and (_subject_again(sent, o, trigger, mentions) or hit(
            "roles.with_participle", on("roles.with_participle") and _participle_subject(sent, o, trigger)))]
        # 'signed a $30 billion deal for Velkor to buy its cloud capacity': the name between 'for' and 'to' is the
        # infinitive's subject, the trigger's actor; the names before it are its counterparts (roles.for_to_subject)
        again += [o for o in before if o not in again and on("roles.for_to_subject") and FOR_BEFORE.search(
            _preceding(sent, o, 12)) and FOR_TO_GAP.fullmatch(sent.text[o.end - sent.start:trigger.start - sent.start])
                  and any(x.key != o.key for x in before) and hit("roles.for_to_subject")]
        counterparts = [o for o in before if o not in again and (hit("roles.with_counterpart", _after_with(
            sent, o) and not (on("roles.with_participle_other") and hit("roles.with_participle_other", bool(
                WITH_OPENING.search(_preceding(sent, o)) and PARTICIPLE_AFTER.match(sent.text, o.end - sent.start)))))
            or hit("roles.chosen_by", on("roles.chosen_by") and bool(CHOSEN_BY.search(_preceding(sent, o)))))]
        # ('This week helped, with Tornvik locking up a round led by X': the subject of another participle than the
        # trigger, no counterpart named 'with'; roles.with_participle_other)
        if again and hit("roles.subject_again", True):
            counterparts, left = [o for o in before if o not in again], again
        # 'A and B will buy ...' are joint subjects; 'A signed a deal with B and C to buy ...': B and C are not
        joint = not typed and hit("roles.coordinated_subjects", _coordinated(sent, [o for o in left if o not in counterparts]))
        if joint and not right and trigger.frame == "buyer_first" and hit("roles.joint_buyers", on(
                "roles.joint_buyers") and not any(t.frame == "symmetric" for t in sent.triggers)):
            # 'Velkara and Brisa Cloud will spend a combined $400 billion on data centres': no seller (but 'A and B
            # signed an agreement to lease ...' is their deal with each other)
            return None
        if joint and not right:
            return _kind_roles(type_, orgs, sent=sent)  # 'A and B signed a supply deal': no direction, the kinds decide
        into = [o for o in right[1:] if INVEST_IN_BEFORE.search(_preceding(sent, o))] if (
            type_ == "investment" and trigger.frame == "investee_first" and not before and len(right) >= 2
            and trigger.text.lower().endswith(" by") and on("roles.nominal_investor")) else []
        if into and right[0].key != into[0].key and hit("roles.nominal_investor", True):
            # 'A $300 million investment by Pexwood Capital in Velkara was announced': the noun's 'by' names who
            # invests, its 'in' the company invested in
            return [(right[0], "investor"), (into[0], "investee")]
        helped = [o for o in right if HELPED_BEFORE.search(_preceding(sent, o, 24))] if (
            type_ == "investment" and trigger.frame == "investee_first" and not before and len(right) >= 2 and on(
                "roles.money_helps")) else []
        givers = [o for o in _after_investor_cue(sent, right, lex) if helped and o.key != helped[0].key]
        if helped and givers and helped[0].start > max(o.end for o in givers) and hit("roles.money_helps"):
            # 'A $600 million investment from Ilsted will help Kessling build ...': whom the money helps (allows,
            # funds) receives it; the names after the investors' cue put it in
            return [(helped[0], "investee")] + [(o, "investor") for o in givers]
        if type_ == "investment" and trigger.frame == "investee_first" and not before and right and on(
                "roles.investor_not_investee") and hit("roles.investor_not_investee", set(right) <= set(
                    _after_investor_cue(sent, right, lex))):
            return None  # 'it had raised $80 million from A and B': names after the investors' cue raise nothing
        money = [m for m in sent.money if not m.excluded and m.amount.value and m.end > trigger.start]
        if type_ == "investment" and trigger.frame == "investor_first" and left and right and not counterparts and \
                money and on("roles.gapped_investors") and hit("roles.gapped_investors", bool(gapped_pairs(
                    sent, right, money))):
            return None  # 'Tarrow invested $80 million and Orsk $40 million': Orsk invests too; the company they
            # invest in is told elsewhere (discourse.gapped_shares)
        parallel = [o for o in right + left if _parallel_subject(sent, trigger, o)] if on(
            "roles.parallel_subject") else []
        if parallel and hit("roles.parallel_subject", True):
            # 'Kelmar will provide networking gear and Tessaly will provide its chips': the subject of another clause
            # with the same verb shares the subject's role; it is no counterparty
            right = [o for o in right if o.key not in {p.key for p in parallel}]
            left = [o for o in left if o.key not in {p.key for p in parallel}]
        subjects = [o for o in left if o not in counterparts]
        parties = _frame_roles(sent, type_, trigger, subjects, _dedupe_orgs(counterparts + right), lex, joint)
        if parties and len({o.key for o, _ in parties}) == 1 and type_ in TRADE_TYPES and not right and \
                not counterparts and _two_acts(sent, trigger, subjects):
            return None  # its other side unnamed: no kind makes the other clause's subject one
        if parallel and len({o.key for o, _ in parties or ()}) < 2:
            return None  # both subjects on one side ('A will provide X and B will provide Y'): the other side unnamed
        if parties and len({o.key for o, _ in parties}) == 1 and type_ in TRADE_TYPES and on(
                "roles.shares_counterparty"):
            # 'Shares of Halden Micro jumped after Velmora said it would buy $4 billion of chips': the listed
            # company whose shares moved on the news, set aside as no subject, is the trade's other side
            taken = {o.key for o, _ in parties}
            listed = [o for o in before if o.key not in taken and _shares_named(sent, o)]
            if len({o.key for o in listed}) == 1 and hit("roles.shares_counterparty", True):
                parties = list(parties) + [(listed[0], SWAPPED[parties[0][1]])]
        if parties and (len({o.key for o, _ in parties}) >= 2 or trigger.frame == "investee_first" or (
                type_ in TRADE_TYPES and on("candidates.unnamed_counterparty") and unnamed_counterparty(sent))):
            hit("roles.word_frame")
            overrule = not _kinds_agree(type_, parties) and not hit("roles.payer_named_kind", on(
                "roles.payer_named_kind") and (PAYING.match(trigger.text) or WON_ORDER.match(trigger.text)) and any(
                o.origin != "gazetteer" and o.kind != "other" and kind_of_name(o.text) == o.kind for o, _ in parties)
            ) and not hit("roles.payer_listed_kind", on("roles.payer_listed_kind") and bool(PAYING.match(
                trigger.text)) and any(o.origin == "gazetteer" for o, _ in parties)) and not hit(
                "roles.bought_from", on("roles.bought_from") and trigger.frame == "buyer_first" and bool(BUYING.match(
                    trigger.text.split()[0])) and any(r == "seller" and FROM_BEFORE.search(_preceding(sent, o, 12))
                                                      for o, r in parties)) and not hit(
                "roles.supplied_to", on("roles.supplied_to") and trigger.frame == "seller_first" and any(
                    r == "buyer" and o.start >= t.end and TO_BEFORE.search(_preceding(sent, o, 12))
                    for t in _supplying_verbs(sent, trigger) for o, r in parties)) and not hit(
                "roles.financing_taken", on("roles.financing_taken") and type_ == "datacenter" and trigger.frame ==
                "buyer_first" and bool(SECURING.match(trigger.text.split()[0])) and bool(FINANCE_WORD.search(
                    sent.text, trigger.end - sent.start)))
            return _kind_roles(type_, orgs) if hit("roles.kinds_overrule", overrule) else parties
        if parties and len({o.key for o, _ in parties}) == 1 and type_ in TRADE_TYPES and len(
                {o.key for o in orgs}) == 2 and parties[0][1] == "buyer" and PAYING.match(trigger.text) and \
                parties[0][0].end <= trigger.start and SUBJECT_GAP.fullmatch(
                    sent.text, parties[0][0].end - sent.start, trigger.start - sent.start) and on(
                "roles.frame_side_kept") and hit("roles.frame_side_kept"):
            # 'The agreement between Brask and Kelvo ensures Kelvo will pay ...': the subject of a verb of paying
            # buys; the other name sells, whatever the kinds would say
            other = next(o for o in orgs if o.key != parties[0][0].key)
            return sorted([parties[0], (other, SWAPPED[parties[0][1]])], key=lambda p: p[0].start)
    if not hit("roles.round_for", ROUND_REF.search(sent.text)):
        return _kind_roles(type_, orgs, sent=sent)
    round_ref = {o.key for o in orgs if ROUND_FOR.search(_preceding(sent, o))}
    return _kind_roles(type_, orgs, round_ref or True)


ITS_ROUND = re.compile(rf"\s*(?:{NO_STOP}{{0,40}}?\s)?(?:(?:in|into|to)\s+)?its\s+(?:[\w$€£.-]+\s+){{0,3}}?"
                       rf"(?:{words('round_nouns')}|Series\s+[A-Z]\b|financing)", re.I)


def _its_round_owner(sent: Sentence, trigger, left: list) -> OrgMention | None:
    """The company whose round 'its' names after an investing verb ('put $250 million into its Series B'): the one
    organisation of the sentence written in the possessive, none of the investors' list after it."""
    if not on("roles.its_round") or not ITS_ROUND.match(sent.text, trigger.end - sent.start):
        return None
    owners = [o for o in left if re.match(r"['’]s?\s", sent.text[o.end - sent.start:])]
    return owners[0] if len({o.key for o in owners}) == 1 and len(left) > len(owners) else None


OWN_GOODS = re.compile(r"\s+(?:[\w$€£.,-]+\s+){0,3}?(?:its|their)\s+own\b", re.I)  # after a trigger: 'build its own'
SHARES_BEFORE = re.compile(r"\b(?:shares|stock)\s+(?:of|in)\s+$", re.I)
SHARES_AFTER = re.compile(r"(?:['’]s?)?\s+(?:shares|stock)\b", re.I)


def _shares_named(sent: Sentence, o: OrgMention) -> bool:
    """'Shares of X', "X's stock", 'X shares': the organisation named as the company whose shares they are."""
    return bool(SHARES_BEFORE.search(_preceding(sent, o, 30)) or SHARES_AFTER.match(sent.text, o.end - sent.start))


FIRST_IS_SUBJECT = ("investor_first", "buyer_first", "seller_first", "acquirer_first")
# '<name>, which (has) invested': the name the relative clause describes, right before the trigger
# (a modal or an auxiliary of intent too: ', which will supply it with chips'; roles.relative_modal)
RELATIVE_BEFORE = re.compile(r"\s*,\s+(?:which|who|that)\s+(?:(?:also|has|have|had|then|later|previously)\s+)*$")
RELATIVE_BEFORE_MODAL = re.compile(r"\s*,\s+(?:which|who|that)\s+(?:(?:also|has|have|had|then|later|previously|"
                                   r"will|would|is|are|was|were|now|already|in\s+turn|agreed\s+to|plans\s+to|"
                                   r"set\s+to)\s+)*$")


# before a stake taker's name: a word opening a clause of time or cause, then at most three words in lower case that
# describe it ('after activist investor '; roles.subordinate_stake)
SUBORDINATE_OPENING = re.compile(r"\b(?:after|when|since|before|because|while|once|until|as)\s+"
                                 r"(?:[a-z][\w-]*\s+){0,3}$")


def _subordinate_stake_taker(sent: Sentence, type_: str, trigger, left: list, right: list) -> OrgMention | None:
    """The name right before a stake's trigger in a clause of time or cause after the main clause ('..., after activist
    investor Dalby Capital took a 9% stake'), where no company follows the stake; the main clause's subject is the
    company it is in (rule roles.subordinate_stake)."""
    if type_ != "investment" or trigger.frame != "investor_first" or right or "stake" not in trigger.text.lower() or (
            not on("roles.subordinate_stake")) or len({o.key for o in left}) != 2:
        return None
    last = max(left, key=lambda o: o.end)
    first = min(left, key=lambda o: o.start)
    if not SUBJECT_GAP.fullmatch(sent.text[last.end - sent.start:trigger.start - sent.start]) or not (
            SUBORDINATE_OPENING.search(sent.text, first.end - sent.start, last.start - sent.start)):
        return None
    return last


def _relative_subject(sent: Sentence, trigger, left: list) -> OrgMention | None:
    """The subject of a trigger that opens a relative clause on a name ('Halvern Capital, which invested ...')."""
    if not on("roles.relative_subject") or len(left) < 2:
        return None
    last = max(left, key=lambda o: o.end)
    gap = sent.text[last.end - sent.start:trigger.start - sent.start]
    if RELATIVE_BEFORE.fullmatch(gap):
        return last
    return last if on("roles.relative_modal") and RELATIVE_BEFORE_MODAL.fullmatch(gap) and hit(
        "roles.relative_modal") else None


# right before a verb: ', which' and up to three words, the verb opening a relative clause (roles.relative_frame_aside)
RELATIVE_VERB = re.compile(r",\s+(?:which|who|that)\s+(?:[\w-]+\s+){0,3}$", re.I)

FAMILY = {"compute": "trade", "chips": "trade", "datacenter": "trade", "power": "trade", "investment": "investment",
          "acquisition": "acquisition"}


def _parsed_roles(sent: Sentence, type_: str, mentions: list[OrgMention]):
    """Parties from the frames of the parse (nlp/frames.py) when they give both roles of the type's family to
    different organisations of the sentence: 'X agreed to pay Y', 'Y was acquired by X', 'raised $N from A and B'."""
    family = FAMILY.get(type_)
    marks = [(role, pos) for _, fam, role, pos, _ in sent.frames if fam == family]
    # 'Buying Enosemi was hard, but Velmorra agreed to acquire Kestrel Compute': where one frame gives both roles to
    # organisations of the sentence, a frame that gives only one (no acquirer) tells of another deal
    complete = [key for key in {(fid, verb) for fid, fam, _, _, verb in sent.frames if fam == family}
                if len({role for fid, _, role, pos, verb in sent.frames if (fid, verb) == key
                        and any(o.start <= pos < o.end for o in mentions)}) >= 2]
    if len(complete) > 1 and on("roles.relative_frame_aside"):
        # 'Halden Cloud, which last year sold a stake to Tarrow Capital, will supply Velmora AI ...': of two complete
        # frames, one whose verb opens a relative clause tells of what the name did, not of the sentence's deal
        main = [key for key in complete if not RELATIVE_VERB.search(sent.text, 0, key[1] - sent.start)]
        if main and len(main) < len(complete) and hit("roles.relative_frame_aside"):
            complete = main
    if complete and hit("roles.complete_frame", on("roles.complete_frame")):
        marks = [(role, pos) for fid, fam, role, pos, verb in sent.frames if (fid, verb) in complete]
    roles: dict[str, str] = {}
    for o in mentions:
        role = next((r for r, pos in marks if o.start <= pos < o.end), None)
        if role is not None and o.key not in roles:
            roles[o.key] = role
    if len(set(roles.values())) < 2:
        return None
    seen, parties = set(), []
    for o in mentions:
        if o.key in roles and o.key not in seen:
            seen.add(o.key)
            parties.append((o, roles[o.key]))
    return parties[:MAX_PARTIES]


# 'has agreed to pay Plir', 'won a contract': a verb whose subject's side is plain, the payer's or the one who wins an
# order (a trigger of triggers.jsonl from the verb to the noun) (roles.payer_named_kind)
PAYING = re.compile(r"pa(?:y|ys|id|ying)$", re.I)
WON_ORDER = re.compile(r"\w+\s.*\b(?:orders?|contracts?|deals?)$", re.I)
# a verb of buying, or of taking for use: renting, leasing, licensing, procuring (roles.bought_from)
BUYING = re.compile(r"(?:acquir|acquisition|buy|bought|purchas|rent|leas|licens|procur)\w*$", re.I)
FROM_BEFORE = FROM_BEFORE_NAME  # ('from' right before a name; deal_type.py, whose type.purpose_lender reads it)
# 'tapped Grendel Bank for a $500 million loan': the one tapped provides the money (roles.tapped_for_money)
TAPPED = re.compile(r"tap(?:s|ped|ping)?$", re.I)
TAPPED_FOR = re.compile(rf"\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*,?\s+(?:and\s+)?){{1,8}}for\s+(?:a|an|the|its)?\s*"
                        rf"(?:[$€£¥₹][\d.,]+\s*(?:million|billion|bn|m|b)?\s+)?(?:[\w-]+\s+)?"
                        rf"(?:{words('lending_nouns')}|{words('round_nouns')}|funding|financing|capital|cash|money)\b")
# a verb of taking money in, and the money a site is financed with (roles.financing_taken)
SECURING = re.compile(r"(?:secur|obtain|rais|land|receiv|clos|arrang)\w*$", re.I)
FINANCE_WORD = re.compile(r"\b(?:loan|loans|facility|facilities|financing|finance|debt|credit)\b", re.I)
# 'supplying X to Y': a verb of supplying whose recipient follows 'to' (roles.supplied_to)
TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
SUPPLYING = re.compile(r"(?:supply|supplies|supplied|supplying|sell|sells|sold|selling|deliver|delivers|delivered|"
                       r"delivering|provide|provides|provided|providing|ship|ships|shipped|shipping|lease|leases|"
                       r"leased|leasing|rent|rents|rented|renting)$", re.I)


def _kinds_agree(type_: str, parties) -> bool:
    """A frame that makes a utility the buyer of power from a tech company is misread: trust the kinds."""
    sellers = [_seller_score(type_, o) for o, r in parties if r == "seller"]
    buyers = [_seller_score(type_, o) for o, r in parties if r == "buyer"]
    return not (sellers and buyers and max(buyers) >= 3 and max(buyers) - min(sellers) >= 2)


def kind_sides(type_: str, a: OrgMention, b: OrgMention) -> tuple[str, str] | None:
    """The roles of a and b in a trade told without a direction, from their kinds: the one more like a provider of
    this type sells; None where their kinds do not tell them apart."""
    sa, sb = _seller_score(type_, a), _seller_score(type_, b)
    return None if sa == sb else ("seller", "buyer") if sa > sb else ("buyer", "seller")


def _seller_score(type_: str, o: OrgMention) -> int:
    """How much an organisation of this kind looks like the provider; big tech buys all but compute."""
    table = SELLER_SCORE.get(type_, {})
    # (an AI lab buys computing too: it runs its models on capacity it rents; roles.lab_buys_compute)
    return table.get(o.kind, 0) - (type_ != "compute" and o.kind in ("cloud", "bigtech", "lab") or (
        type_ == "compute" and o.kind == "lab" and hit("roles.lab_buys_compute", on("roles.lab_buys_compute"))))


def _preceding(sent: Sentence, o: OrgMention, width: int = 40) -> str:
    return sent.text[max(0, o.start - sent.start - width):o.start - sent.start]


def _issuer(sent: Sentence, o: OrgMention) -> bool:
    """'sold all its NVIDIA shares': the company whose shares change hands is not a party (unless an acquisition
    buys control of it: 'will purchase 100% of Kestrel's shares')."""
    return bool(ISSUER.match(sent.text[o.end - sent.start:])) and bool(
        re.search(r"\b(?:its|their|all|of|in|the)\s+$", _preceding(sent, o, 12)))


# 'Marvane Cloud, a Stellix rival, agreed to supply Quenzo': the rival word closes an apposition, and the words after
# its comma are the clause's verb, no list of rivals (roles.rival_apposition_closed)
RIVAL_CLOSED = re.compile(rf"(?i:{words('rival_cues')})\s*,\s*(?!(?i:{words('rival_links')})\b)[a-z]")


# ', which manufactures them with TSMC,', ', whose investors include A and B,': a relative clause set off by commas
# after a name; it ends where the main clause goes on (mentions.RELATIVE_END: a comma before a lower-case word that
# goes on with no phrase of the clause; RELATIVE_DEAL_TAIL: ', in a deal worth ...') (roles.relative_clause)
RELATIVE_OPENS = re.compile(r",\s+(?:which|who|whose)\b")
# a relative clause on a site that says who develops or owns it (roles.site_developer_relative)
SITE_DEVELOPER = re.compile(r",\s+which\s+(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}\s+"
                            r"(?:is\s+|was\s+|has\s+|will\s+)?(?:developing|building|constructing|develops|builds|"
                            r"owns|operates|developed|built|acquired|bought|develop|build)\b", re.I)
SITE_AHEAD = re.compile(rf"\b(?:{words('site_nouns')})s?\b"
                        rf"(?:\s+(?:in|near|at|outside)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?$", re.I)
NAME_BEFORE = re.compile(r"\b[A-Z][\w&.'’-]*\)?$")  # the clause's antecedent: a name (a company's, a person's)


# ', where Zephyr AI is the anchor tenant': a clause on a place, after the trigger; the names in it are who is
# there, not who trades in the sentence's deal (roles.where_clause)
WHERE_CLAUSE = re.compile(r",\s+where\s+[^,;]*$", re.I)


def _where_clause_name(sent: Sentence, o: OrgMention, trigger: Trigger) -> bool:
    """A name inside ', where ...' after the deal's trigger, the clause holding no trigger of its own
    (roles.where_clause; 'new sites in Hamburg, where it has signed a power supply contract with X' tells a deal of its
    own)."""
    if o.start <= trigger.end:
        return False
    m = WHERE_CLAUSE.search(sent.text, trigger.end - sent.start, o.start - sent.start)
    return m is not None and not any(t.start - sent.start >= m.start() for t in sent.triggers)


def _relative_clause_names(sent: Sentence, trigger: Trigger) -> set[int]:
    """Start offsets of the organisations named inside a relative clause that describes a name ('Arlo is buying chips
    from Veltrix, which manufactures them with TSMC, in a deal worth $700 million') when the deal's trigger stands
    outside it: the clause says what the name is or does, not who trades in this deal. Only where another
    organisation is named outside the clause; a clause that runs to the sentence's end is left alone ('raised
    $1 billion from Y, which led the round with Z': Z may be an investor)."""
    out: set[int] = set()
    for m in RELATIVE_OPENS.finditer(sent.text):
        if not NAME_BEFORE.search(sent.text, 0, m.start()):
            continue  # 'The round, which values Drauck at ...': a clause on a thing, not on a name, may name a party
        if on("roles.site_developer_relative") and SITE_DEVELOPER.match(sent.text, m.start()) and SITE_AHEAD.search(
                sent.text[max(0, m.start() - 50):m.start()]) and hit("roles.site_developer_relative"):
            continue  # 'The 1.2 GW campus in Texas, which Brindova is developing, will be leased to Pellix': the site's
            # developer, named in the clause on it, leases it out
        stops = [e.start() for e in (RELATIVE_END.search(sent.text, m.end()),
                                     RELATIVE_DEAL_TAIL.search(sent.text, m.end())) if e is not None]
        if not stops:
            continue
        lo, hi = sent.start + m.start(), sent.start + min(stops)
        if lo <= trigger.start < hi:
            continue
        inside = {o.start for o in sent.orgs if lo < o.start < hi}
        if inside and any(not lo < o.start < hi for o in sent.orgs):
            out |= inside
    return out


def _rival(sent: Sentence, o: OrgMention) -> bool:
    """'narrowing the gap with rivals like OpenAI and Google': mentioned, not a party."""
    before = _preceding(sent, o, 60)
    m = RIVAL.search(before)
    named = NAME_RIVAL_BEFORE.search(before) if m and on("roles.rival_named_by") else None
    if named and OWN_DETERMINER.search(before, 0, named.start(1)):
        named = None  # 'beating its Dutch rival Tamsin': a word after 'its' describes the rival, it names no company
    if named and hit("roles.rival_named_by", not is_english(named.group(1), plural=False) or any(
            x.end - sent.start == o.start - sent.start - len(named.group(0)) + len(named.group(1))
            for x in sent.orgs)):
        return False  # 'in Orlin rival Tessaly': the title describes the name after it, found or not the name before
    if m and on("roles.rival_apposition_closed") and hit("roles.rival_apposition_closed", bool(
            RIVAL_CLOSED.match(m.group()))):
        return False
    if m and on("roles.customers_of") and hit("roles.customers_of", bool(CUSTOMERS_OF.search(before))):
        return False  # 'joins A and B as customers of Pellam Cloud': whom the customers buy from, a seller
    cue = o.start - len(before) + m.start() if m else 0
    if m and on("roles.rival_describes_nearer") and hit("roles.rival_describes_nearer", any(
            x.start > cue and x.end <= o.start and not RIVAL_LIST.fullmatch(
                sent.text, x.end - sent.start, o.start - sent.start) for x in sent.orgs)):
        # "Kestrel's rival Halden Micro bought Velkor Chips": the title describes the name right after it; a name
        # after that one, no list joining them, is the verb's object, no rival
        return False
    return bool(m) and not hit("roles.rival_as_subject", _rival_subject(sent, o)) and not hit(
        "roles.rival_as_object", on("roles.rival_as_object") and any(
            t.end <= o.start and RIVAL_OBJECT.fullmatch(sent.text, t.end - sent.start, o.start - sent.start)
            for t in sent.triggers)) and not hit("roles.one_of_rivals", on("roles.one_of_rivals") and any(
                t.end <= o.start and ONE_OF_RIVALS.fullmatch(sent.text, t.end - sent.start, o.start - sent.start)
                for t in sent.triggers))


# right before a name: the customers (clients, users) 'of' it (roles.customers_of)
CUSTOMERS_OF = re.compile(r"\b(?:customers|clients|users|a\s+customer|a\s+client|a\s+user)\s+of\s+(?:the\s+)?$", re.I)


# 'agreed to acquire rival X', 'buys a competing X', 'merge with its rival X', 'buy rival chip designer X': the rival
# word describes the deal verb's object, right after the verb, which is then a party (roles.rival_as_object); one
# word of any sort may qualify it ('smaller', 'long-time', 'U.S.', 'Dutch')
RIVAL_OBJECT = re.compile(rf"\s+(?:(?:with|to|into|in)\s+)?(?:(?:a|an|the|its|their)\s+)?(?:[\w.-]+\s+)?"
                          rf"(?:{words('rival_titles')}|competing)\s+(?:(?:[a-z][\w-]*\s+){{0,2}}"
                          rf"(?:{'|'.join(re.escape(d) for d in load_lexicon().cues['org_descriptors'])})s?\s+)?", re.I)


# (also after a word that opens a clause: '... comes weeks after rival Orsk Compute struck a similar agreement')
_RIVAL_TITLE = (rf"(?:^|['’]s\s+|\b(?:its|their|the|The|after|before|as|while|when|since|because|where|than)\s+)"
                rf"(?:[\w-]+\s+)?(?:{words('rival_titles')})")
RIVAL_TITLE = re.compile(rf"{_RIVAL_TITLE}\s+$")
# the same with a noun of what the rival is after the title ('Rival lab Ornith', 'its rival chipmaker Ornith';
# roles.rival_descriptor_subject)
RIVAL_TITLE_DESCRIBED = re.compile(
    rf"{_RIVAL_TITLE}\s+(?:[a-z][\w-]*\s+)?"
    rf"(?:{'|'.join(re.escape(d) for d in load_lexicon().cues['org_descriptors'])})s?\s+$")


RIVAL_OF = re.compile(rf"['’]s\s+(?:[\w-]+\s+)?(?:{words('rival_titles')})\b")  # after a name: whose rival
RIVAL_TITLE_COMMA = re.compile(rf"{_RIVAL_TITLE}\s*,\s+$")  # "the company's rival, Velkara, ..."
# right after a name: a comma and an aside in lower case that another comma closes ('Rival Halvetic, based in Berlin,
# raised'; roles.rival_subject_aside)
RIVAL_ASIDE = re.compile(r",\s+(?!(?:and|or|as\s+well\s+as)\b)[a-z][^,;]{2,80},\s+[a-z]")


def _rival_subject(sent: Sentence, o: OrgMention) -> bool:
    """'Taravik's rival Quenlo raised $200 million', 'Rival Quenlo agreed to buy ...': the rival word describes the
    name that opens the clause, its subject, which is then a party. Not in a list ('rival Quenlo and X')."""
    after = sent.text[o.end - sent.start:].lstrip()
    if on("roles.rival_apposition") and RIVAL_TITLE_COMMA.search(sent.text[:o.start - sent.start]) and re.match(
            r",\s+[a-z]|\s*[a-z]", sent.text[o.end - sent.start:]) and hit("roles.rival_apposition", True):
        # "The company's rival, Velkara, backed by A, is assembling ...": the rival named in apposition opens the clause
        return True
    # ('Rival Halvetic, based in Berlin, raised ...': a comma that opens an aside in lower case, no list, may follow;
    # rule roles.rival_subject_aside)
    aside = on("roles.rival_subject_aside") and bool(RIVAL_ASIDE.match(after))
    titled = bool(RIVAL_TITLE.search(sent.text[:o.start - sent.start])) or (on(
        "roles.rival_descriptor_subject") and hit("roles.rival_descriptor_subject", bool(RIVAL_TITLE_DESCRIBED.search(
            sent.text[:o.start - sent.start]))))
    return on("roles.rival_as_subject") and titled and not (
        (after[:1] in (",", "&", ";", ".", "") and not aside) or after.startswith(("and ", "or "))) and (
        not aside or hit("roles.rival_subject_aside"))  # (nor at the sentence's end)


def rivals_of(sent: Sentence) -> set[int]:
    """Start offsets of the organisations a sentence mentions as rivals or customers (rule roles.rival), as the
    office a filing went to (rule roles.filed_with), or in passing (_named_in_passing): background the parse gate
    does not count."""
    return (_rivals(sent) if on("roles.rival") else set()) | {o.start for o in sent.orgs if _filed_with(sent, o)} | (
        _named_in_passing(sent))


# a comparison that opens the sentence or stands between commas: 'Like Microsoft before it, X ...', ', unlike A, '
COMPARISON = re.compile(r"(?:^\W*|,\s*)(?:just\s+|much\s+)?(?:like|unlike|similar\s+to|as\s+with)\s+(?=[A-Z])", re.I)
# what goes on describing the compared company after the comma: a relative clause or an apposition
COMPARISON_GOES_ON = re.compile(r"\s*(?:which|who|whose|that|a|an|the)\b")


# right before a name: the reliance a deal reduces, or what it moves away from ('to reduce its reliance on ',
# 'diversifying away from '; roles.reliance_on)
RELIANCE_ON = re.compile(r"\b(?:(?:reliance|dependence|dependency|reliant|dependent)\s+(?:up)?on|(?:diversify|"
                         r"diversifies|diversifying|diversified|move|moves|moving|moved|shift|shifts|shifting|shifted)"
                         r"\s+away\s+from)\s+(?:the\s+)?$", re.I)


def _named_in_passing(sent: Sentence) -> set[int]:
    """Start offsets of the organisations a sentence names in passing, no parties of its deal: a company compared
    ('Unlike OpenAI, which relies on Microsoft, Velkara signed ...': it and those of the relative clause or
    apposition that describes it) and the companies not chosen ('chose Tessaly over A and B', 'instead of A'; rule
    roles.comparison); whose rival the subject is ("Taravik's rival Quenlo"; roles.rival_apposition); the host of the
    event where the deal was told ("at Nvidia's GTC conference"; roles.event_host). The parse gate does not count
    them either (rivals_of)."""
    out: set[int] = set()
    for m in [] if not on("roles.comparison") else COMPARISON.finditer(sent.text):
        end = sent.text.find(",", m.end())
        if end < 0:
            continue
        if COMPARISON_GOES_ON.match(sent.text, end + 1):
            end = sent.text.find(",", end + 1)
            if end < 0:
                continue
        inside = {o.start for o in sent.orgs if m.end() <= o.start - sent.start < end}
        if inside and sent.text[end + 1:].strip() and hit("roles.comparison", True):
            out |= inside
    prev, passed = None, set()
    # 'chose Tessaly over A and B', 'instead of A': the companies not chosen, a list of them too
    for o in sent.orgs if on("roles.comparison") else ():
        gap = sent.text[prev.end - sent.start:o.start - sent.start] if prev else ""
        if (PASSED_OVER.search(_preceding(sent, o, 80)) or prev is not None and prev.start in passed
                and RIVAL_LIST.fullmatch(gap)) and hit("roles.comparison", True):
            passed.add(o.start)
        elif on("roles.lost_out") and LOST_OUT_AFTER.match(sent.text, o.end - sent.start) and hit("roles.lost_out"):
            passed.add(o.start)  # 'Velmora lost out to Orsk in the race to buy Brisca': the loser, no party
        elif on("roles.ranked_after") and RANKED_AFTER.search(_preceding(sent, o, 80)) and hit("roles.ranked_after"):
            passed.add(o.start)  # "making it Brimoral's biggest customer after Microsoft": the one ranked before
        elif on("roles.example_of_kind") and EXAMPLE_OF_KIND.search(_preceding(sent, o, 80)) and hit(
                "roles.example_of_kind"):
            passed.add(o.start)  # 'selling a stake to a strategic investor such as Velkor': an example, no party
        elif on("roles.reliance_on") and RELIANCE_ON.search(_preceding(sent, o, 60)) and hit("roles.reliance_on"):
            passed.add(o.start)  # 'to reduce its reliance on Kestrel', 'moving away from X': the one left, no party
        prev = o
    # 'Velkara joins Anthropic and OpenAI in signing a cloud deal with X': those it joins did the like before
    ordered = sorted(sent.orgs, key=lambda o: o.start) if on("roles.joined_in") else []
    for k, o in enumerate(ordered):
        if not JOINS_BEFORE.search(_preceding(sent, o, 30)):
            continue
        run = [o]
        for nxt in ordered[k + 1:]:
            if not RIVAL_LIST.fullmatch(sent.text[run[-1].end - sent.start:nxt.start - sent.start]):
                break
            run.append(nxt)
        if JOINED_IN_AFTER.match(sent.text[run[-1].end - sent.start:]) and hit("roles.joined_in", True):
            passed |= {x.start for x in run}
        elif on("roles.joined_as_customers") and JOINED_AS_CUSTOMERS.match(sent.text[run[-1].end - sent.start:]) \
                and hit("roles.joined_as_customers", True):
            passed |= {x.start for x in run}  # '..., joining A and B as customers of the neocloud': its other buyers
    # "Taravik's rival Quenlo raised ...", "The company's rival, Velkara, is ...": whose rival it is, no party
    owners = {o.start for o in sent.orgs if on("roles.rival_apposition") and RIVAL_OF.match(
        sent.text, o.end - sent.start) and hit("roles.rival_apposition", True)}
    hosts = {o.start for o in sent.orgs if on("roles.event_host") and EVENT_AFTER.match(sent.text[o.end - sent.start:])
             and hit("roles.event_host", True)}  # "announced at Nvidia's GTC conference": where, not who
    hosts |= {o.start for o in sent.orgs if on("roles.event_named") and AT_THE.search(_preceding(sent, o, 12)) and
              EVENT_NAMED_AFTER.match(sent.text[o.end - sent.start:]) and hit("roles.event_named", True)}
    # ('at the Orvell Labs developer conference': the name is the event's, as a possessive is)
    # 'a data center campus in Texas, which will house Nvidia chips': the maker of what a site will hold
    equipment = {o.start for o in sent.orgs if on("roles.site_equipment") and SITE_HOLDS.search(
        _preceding(sent, o, 120)) and hit("roles.site_equipment", True)}
    aside = {o.start for o in sent.orgs if on("roles.other_deal_aside") and OTHER_DEAL_BEFORE.search(
        _preceding(sent, o, 120)) and hit("roles.other_deal_aside", True)}
    makers = {o.start for o in sent.orgs if on("roles.made_by") and MADE_BY.search(_preceding(sent, o, 80))}
    if makers and len({o.key for o in sent.orgs if o.start not in makers}) >= 2 and hit("roles.made_by", True):
        aside |= makers  # 'a deal with Halden Cloud to use chips made by X': the cloud sells, X made the chips
    for m in TIME_ASIDE.finditer(sent.text) if on("roles.time_clause_aside") else ():
        end = sent.text.find(",", m.end())
        end = len(sent.text) if end < 0 else end
        inside = {o.start for o in sent.orgs if m.end() <= o.start - sent.start < end}
        if inside and not any(m.end() <= x.start - sent.start < end for x in sent.money if not x.excluded) and any(
                o.start - sent.start < m.start() for o in sent.orgs) and hit("roles.time_clause_aside", True):
            aside |= inside
    return out | passed | hosts | owners | equipment | aside | _described_in_relative(sent) | _described_aside(sent)


# roles.joined_in: 'joins A and B in signing ...': right before the first one joined, and right after the last
JOINS_BEFORE = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+likes\s+of\s+)?$", re.I)
# (not 'joined A in backing X' or 'joined A as an investor': A is a co-investor of the same round)
JOINED_IN_AFTER = re.compile(rf"\s+in\s+(?!(?:{words('money_putting_gerunds')})\b)\w+ing\b", re.I)
# '..., joining A and B as customers of X': those joined buy from X already (roles.joined_as_customers)
JOINED_AS_CUSTOMERS = re.compile(rf"\s+as\s+(?:(?:fellow|other|existing|major|big)\s+)?(?:{words('buyer_nouns')})s?\b",
                                 re.I)
# 'in addition to its existing contract with X', 'on top of an earlier deal with X': another deal the sentence names
# beside its own, whose counterparty is no party of it (roles.other_deal_aside)
OTHER_DEAL_BEFORE = re.compile(rf"\b(?:in\s+addition\s+to|on\s+top\s+of|besides|beyond|alongside|as\s+well\s+as)\s+"
                               rf"(?:its|their|an?|the)\s+(?:{words('earlier_words')}|current|other|own)\s+"
                               rf"(?:[\w$€£.,-]+\s+){{0,3}}?{DEAL_NOUN}\s+(?:with|from|to)\s+(?:the\s+)?$", re.I)
# ', weeks after X struck a similar agreement': a clause of time whose subject did something before, with no figure of
# its own (roles.time_clause_aside; one with a figure is a clause of its own, mentions.time_clause_deal)
TIME_ASIDE = re.compile(r",\s+(?:(?:just|only|shortly|days|weeks|months|years|a\s+(?:day|week|month|year))\s+)?"
                        r"(?:after|before|since)\s+(?=[A-Z])")
# a site and what it will hold: 'a 1 GW campus that will house', 'the data centre, which will use'
SITE_HOLDS = re.compile(rf"\b(?:{words('site_nouns')})\b{NO_STOP}{{0,60}}?,?\s+(?:which|that)\s+"
                        rf"(?:will\s+|would\s+|is\s+to\s+)?"
                        rf"(?:house|houses|use|uses|run|runs|feature|features|contain|contains|hold|holds)\s+"
                        rf"(?:up\s+to\s+)?(?:[\d,.]+\s+)?$", re.I)


# ', which already serves Meta,': a relative clause between commas right after the sentence's first name
MIDDLE_RELATIVE = re.compile(r"\s*,\s+(?:which|who|that)\s+([^,;]{1,100}),\s+")
# the relative clause's verb in the present, maybe after 'already' ('already supplies', 'serves'): a habit, no deal
# ('which has agreed to ...', 'which is buying ...': an auxiliary, no habit)
HABITUAL_RELATIVE = re.compile(r"(?:already\s+|also\s+|currently\s+)?(?!(?:has|is|was|does)\b)[a-z]+[^s\W]s\b")


def _described_in_relative(sent: Sentence) -> set[int]:
    """'Brimoral Cloud, which already serves Meta, signed a $1.2 billion contract with Drovane AI': the names of a
    relative clause set off by commas after the subject, before the main verb, describe the subject (a customer it
    has, a backer), no parties of the deal, where a name after the clause is left to be one (rule
    roles.relative_description; a relative clause that states a deal of its own is cut off as a clause first)."""
    if not on("roles.relative_description") or not sent.orgs:
        return set()
    first = sent.orgs[0]
    m = MIDDLE_RELATIVE.match(sent.text, first.end - sent.start)
    if m is None:
        return set()
    # ('which already supplies Microsoft': a trading verb in the present, no figure, tells what the subject does)
    habit = HABITUAL_RELATIVE.match(m.group(1)) and not any(
        m.start(1) <= x.start - sent.start < m.end(1) for x in sent.money) and on("roles.habitual_relative")
    if any(t.start - sent.start < m.end() for t in sent.triggers) and not (habit and hit("roles.habitual_relative",
                                                                                        True)):
        return set()
    inside = {o.start for o in sent.orgs if m.start(1) <= o.start - sent.start < m.end(1)}
    after = [o for o in sent.orgs if o.start - sent.start >= m.end() and o.key != first.key]
    return inside if inside and after and hit("roles.relative_description", True) else set()


DESCRIBING_START = re.compile(r",\s+(?:a|an|the)\s+[a-z]")  # ', an early investor in ...': a lower-case word describes
# ', which also backs Orsk Labs.': a relative clause that ends the sentence, on the name right before it, in the present
# ('also', 'already' or a verb in -s), with no figure of its own (roles.relative_at_end)
END_RELATIVE = re.compile(r",\s+(?:(?:which|who)\s+(?:(?:also|already|currently)\s+)?(?!(?:has|is|was|does)\b)[a-z]+s\b|"
                          r"whose\s+(?!(?:deal|agreement|contract|investment|order)s?\b))[^,;]*$")  # ', whose owner is X'
# 'chips made by X': the maker of goods named after them, no party where another name is the counterparty
# (roles.made_by)
MADE_BY = re.compile(rf"\b(?:{words('goods_nouns')}|gpu|chip|accelerator|processor)\s+(?:(?:made|built|designed|"
                     rf"manufactured|produced|developed)\s+by)\s+(?:the\s+)?$", re.I)


def _described_aside(sent: Sentence) -> set[int]:
    """'Tarrow Capital, an early investor in Orsk Labs, led a round in Korvane': the names of an apposition set off by
    commas right after a name, before the sentence's verb, describe that name, no parties (rule
    roles.apposition_description); 'a round led by Tarrow Capital, which also backs Orsk Labs.': so do those of a
    present-tense relative clause that ends the sentence, with no figure of its own (rule roles.relative_at_end)."""
    out: set[int] = set()
    for o in sent.orgs if on("roles.apposition_description") else ():
        m = APPOSITION_ON.match(sent.text, o.end - sent.start)
        # ('MGX, the Artificial Intelligence Infrastructure Partnership, and GIP': a name in a list, no description)
        if m is None or not DESCRIBING_START.match(sent.text, o.end - sent.start) or re.match(
                r"\s*(?:and|or)\b", sent.text[m.end():]):
            continue
        inside = {x.start for x in sent.orgs if m.start() < x.start - sent.start < m.end()}
        later_trigger = any(t.start - sent.start >= m.end() for t in sent.triggers)
        later_org = any(x.start - sent.start >= m.end() for x in sent.orgs)
        if inside and later_trigger and later_org and hit("roles.apposition_description", True):
            out |= inside
    for o in sent.orgs if on("roles.relative_at_end") else ():
        m = END_RELATIVE.match(sent.text, o.end - sent.start)
        if m is None or any(x.start - sent.start >= m.start() for x in sent.money if not x.excluded):
            continue
        inside = {x.start for x in sent.orgs if x.start - sent.start >= m.start()}
        if inside and hit("roles.relative_at_end", True):
            out |= inside
    return out


_EVENT = rf"(?:annual\s+)?(?:developer\s+|developers['’]?\s+)?(?i:{words('event_nouns')})\b"  # 'annual developer conference'
EVENT_AFTER = re.compile(rf"['’]s\s+(?:[A-Z][\w-]*\s+){{0,3}}{_EVENT}")
# right after a name written as an event's modifier, and 'at the' right before it: 'at the Orvell Labs (annual developer)
# conference' (roles.event_named)
EVENT_NAMED_AFTER = re.compile(rf"\s+(?:[A-Z][\w-]*\s+){{0,2}}{_EVENT}")
AT_THE = re.compile(r"\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the|this\s+year['’]s|last\s+week['’]s)\s+$", re.I)
# 'its biggest customer after', 'the second-largest supplier behind': a ranking, and the name ranked before it
RANKED_AFTER = re.compile(r"\b(?:biggest|largest|top|main|leading|(?:second|third)[- ](?:biggest|largest))\s+"
                          r"(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:after|behind|only\s+to)\s+(?:the\s+)?$", re.I)
# an example of a kind, after a noun with an indefinite article ('to a strategic investor such as ', 'an AI lab like '):
# one the deal might have, no party (roles.example_of_kind)
EXAMPLE_OF_KIND = re.compile(r"\b(?:a|an|any)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+(?:such\s+as|like)\s+$")
# right after a name: it lost the deal to another ('lost out to', 'was outbid by', 'was beaten by'; roles.lost_out)
LOST_OUT_AFTER = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:lost\s+out\s+to|lost\s+to|(?:was|were|has\s+been)\s+"
                            r"(?:outbid|beaten|beat\s+out)\s+by)\s+(?-i:[A-Z])", re.I)
PASSED_OVER = re.compile(rf"(?:\b(?:{words('preferring_verbs')})\s+[^,;]{{1,60}}?\s+over|\b(?:{words('passed_over')}))"
                         r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


# 'filed an 8-K with the Securities and Exchange Commission', 'In a filing to the Shenzhen Stock Exchange': the office a
# document is filed with
FILED_WITH = re.compile(rf"\b(?:{words('filing_verbs')})\b{NO_BREAK}{{0,40}}\b(?:with|to)\s+(?:the\s+)?$", re.I)


def _filed_with(sent: Sentence, o: OrgMention) -> bool:
    return on("roles.filed_with") and bool(FILED_WITH.search(_preceding(sent, o, 60)))


def _rivals(sent: Sentence) -> set[int]:
    """Start offsets of rival mentions, a list after a rival cue included ('rival to giants A, B and C')."""
    out: set[int] = set()
    prev = None
    for o in sent.orgs:
        gap = sent.text[prev.end - sent.start:o.start - sent.start] if prev else ""
        if prev is not None and on("roles.rival_named_by") and NAMED_RIVAL.fullmatch(gap) and hit(
                "roles.rival_named_by", True):
            # 'invested $8 billion in Orlin rival Tessaly': the name after the title is the company the clause is
            # about, described by whose rival it is; the name before it is the one mentioned in passing
            out.add(prev.start)
            out.discard(o.start)
        elif _rival(sent, o) or (prev is not None and prev.start in out and RIVAL_LIST.fullmatch(gap)):
            out.add(o.start)
        prev = o
    return out


# between two names: the first's rival title ('Orlin rival Tessaly', "Orlin's rival Tessaly"; roles.rival_named_by)
NAMED_RIVAL = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:{words('rival_titles')})\s+", re.I)
# right before a name: a capitalised word and a rival's title ('in Orlin rival ', "Orlin's rival ")
NAME_RIVAL_BEFORE = re.compile(rf"\b([A-Z][\w&.-]*)(?:['’]s)?\s+(?:{words('rival_titles')})\s+$")
OWN_DETERMINER = re.compile(r"\b(?:its|their|his|her|a|an)\s+$", re.I)  # before that word: it is no name


def _owners_named(sent: Sentence, o: OrgMention) -> bool:
    """'The US government and the owners of Brimoral, Tessaly Partners and Quorvane, have struck a deal': the company
    whose owners the sentence then names is no party; they are (rule roles.owners_named)."""
    if not on("roles.owners_named") or not OWNERS_OF.search(_preceding(sent, o)):
        return False
    after = sent.text[o.end - sent.start:]
    return bool(re.match(r"\s*,\s*", after)) and _name_follows(o, sent.orgs)


def _owned_sold(sent: Sentence, o: OrgMention, trigger: Trigger) -> bool:
    """'The owners of X agreed to sell the company to Y': the company its owners sell (rule roles.owners_sell)."""
    return trigger.frame == "target_first" and hit("roles.owners_sell", on("roles.owners_sell") and bool(
        OWNERS_OF.search(_preceding(sent, o))))


SHARE_NOUN_AFTER = re.compile(rf"(?:['’]s?)?\s+(?:{words('share_nouns')})\s+(?!of\b|in\b|worth\b)", re.I)


def _shares_owner(sent: Sentence, o: OrgMention, trigger: Trigger, mentions: list) -> bool:
    """'Tessaly shares rose 8% after Velkara said it would invest ...': a name before a word for its shares is not the
    subject of a deal whose clause names another organisation before its trigger (rule roles.shares_owner); alone
    ('Tessaly shares jumped after it disclosed ...') it is the one 'it' stands for."""
    return on("roles.shares_owner") and SHARE_NOUN_AFTER.match(sent.text, o.end - sent.start) is not None and any(
        m.key != o.key and o.end < m.start and m.end <= trigger.start for m in mentions)


# after a name (and its ticker in brackets): a gerund of making a deal, whose subject the name is
# ('after Vanexeth (CEG) striking a partnership to supply ...'; roles.gerund_subject)
GERUND_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\)\s*)?(?:strik|sign|agree|ink|seal|enter|announc|reach|clinch|"
                          r"complet|clos|finaliz|finalis)ing\b", re.I)


# right after a name: a comma and a relative pronoun that opens a clause (roles.relative_antecedent)
RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|who)\s+")


def _relative_antecedent(sent: Sentence, o: OrgMention, trigger) -> bool:
    """'Mara Velt is chief executive of Brindova, which last month signed a $300 million agreement to supply Quendry':
    a name after 'of' (or another preposition) that a relative clause holding the trigger describes is the clause's
    subject, though the preposition makes it an oblique of the main clause (rule roles.relative_antecedent)."""
    m = RELATIVE_AFTER.match(sent.text, o.end - sent.start) if on("roles.relative_antecedent") else None
    return m is not None and trigger.start - sent.start >= m.end() and not any(
        o.end <= x.start < trigger.start for x in sent.orgs)


def _oblique(sent: Sentence, o: OrgMention) -> bool:
    """'spun off from internet giant Yandex', 'rivals like Google': not the subject of the clause. But 'A consortium
    including X, Y and Z agreed to buy ...': the members of a group that is the subject are it (rule
    roles.group_members)."""
    before = _preceding(sent, o)
    if not OBLIQUE.search(before):
        return False
    if o.origin == "anaphora" and FUNDERS_OF.search(before) and on("mentions.speaker_round_investors"):
        return False  # 'Backers of the $2 billion round include ..., Kelvin AI said': the round's owner, put at 'the'
    to = INFINITIVE_BEFORE.search(before)
    if to and hit("roles.infinitive_object", on("roles.infinitive_object") and any(
            o.start - len(before) + to.start() < t.start < o.start for t in sent.triggers)):
        return False  # 'is set to supply Ostrivel with GPUs': 'to' marks the verb, the name is its object
    if on("roles.proxy_subject") and PROXY_OF.match(before) and hit("roles.proxy_subject"):
        return False  # 'The venture arm of Halvern led ...': the subject acts for the organisation after its 'of'
    if on("roles.gerund_subject") and hit("roles.gerund_subject", bool(GERUND_AFTER.match(sent.text,
                                                                                         o.end - sent.start))):
        return False  # 'on the heels of Vanexeth striking a deal to supply ...': the subject of the gerund
    if on("roles.venture_subject_members") and hit("roles.venture_subject_members", bool(VENTURE_MEMBERS.match(
            sent.text, 0, o.start - sent.start))):
        return False  # 'A venture formed by X and Y secured a loan': the members named are the subject
    group = GROUP_INCLUDING.search(before) if on("roles.group_members") else None
    if group and on("roles.group_oblique") and hit("roles.group_oblique", bool(GROUP_AFTER_PREP.search(
            before[:group.start()]))):
        return True  # 'got approval from lenders including Tamsin Bank to borrow': the group is itself an oblique
    return not hit("roles.group_members", group is not None)


# the round's investors, then 'of' ('Backers of the round include ...'; mentions.speaker_round_investors)
FUNDERS_OF = re.compile(rf"\b(?:{words('funder_nouns')})\s+of\s+$", re.I)
# the sentence opens with a noun that acts for an organisation, then 'of' (frames.yaml proxy_subjects)
PROXY_OF = re.compile(rf"^\W*(?:(?:the|a|an|one)\s+)?(?:[\w-]+\s+){{0,2}}?(?:"
                      rf"{'|'.join(n + 's?' for n in sorted(proxy_nouns()))})\s+of\s+$", re.I)


# 'The owners of X agreed to sell the company to Y': those who own a company sell it; the company is the one sold
OWNERS_OF = re.compile(rf"\b(?:{words('owner_nouns')})\s+of\s+$", re.I)
# a collective noun, then 'including' or 'made up of', then the members named: '... consortium including X, Y'
# before a name: a round and a relative pronoun; after it: the round's leading verb, perhaps expected
# (roles.round_relative_lead)
ROUND_THAT = re.compile(r"\b(?:round|raise|financing|fundraise|fundraising)\s+(?:that|which)\s+$", re.I)
LEADS_AFTER = re.compile(r"\s+(?:(?:is|are|was|were)\s+(?:expected|set|likely|poised|slated|due|said)\s+to\s+|"
                         r"(?:will|would|could|may|might)\s+|(?:has|have)\s+)?(?:co-)?(?:lead|leads|led|anchor|"
                         r"anchors|anchored)\b", re.I)
# a group noun and what names its members ('lenders including', 'banks such as', 'a syndicate led by';
# roles.group_oblique)
GROUP_NAMED = re.compile(rf"\b(?:{words('collective_nouns')})\s+(?:including|such\s+as|like|led\s+by|comprising)\s",
                         re.I)
# right before a group noun: a preposition, and what may stand between ('from a group of', 'with several')
GROUP_AFTER_PREP = re.compile(r"\b(?:from|with|by|to|than|like)\s+(?:(?:a|an|the|its|their|several|some|other|"
                              r"\w+\s+of)\s+)*(?:[\w-]+\s+)?$", re.I)
GROUP_INCLUDING = re.compile(rf"\b(?:{words('collective_nouns')})\s+"
                             rf"(?:including|comprising|made\s+up\s+of|that\s+includes?|(?:co-)?led\s+by|"
                             rf"headed\s+by)\s+"
                             rf"(?:[\w'’-]+\s+){{0,3}}$", re.I)


def _after_with(sent: Sentence, o: OrgMention) -> bool:
    """'an agreement with Kairos Power to buy ...': the counterpart named before the trigger; not across a
    clause boundary ('coincides with reports that X is in talks to invest ...': X is that clause's subject)."""
    before = _preceding(sent, o)
    if on("roles.together_with") and hit("roles.together_with", bool(TOGETHER_WITH.search(before))):
        return False  # 'Velkor, together with Brisa Capital, will pay ...': a second subject, no counterpart
    return bool(re.search(r"\bwith\s+(?:(?!(?:that|which|who|whom|where|as|while)\b)[\w-]+\s+){0,4}$", before))


# 'with' opening an absolute clause, after a comma or the sentence's start, and a participle right after the name
# that follows it ('..., with Tornvik locking up a $400 million round'; roles.with_participle_other)
WITH_OPENING = re.compile(r"(?:^|,)\s*with\s+$", re.I)
PARTICIPLE_AFTER = re.compile(r"\s+(?:also\s+|now\s+)?(?-i:[a-z]+ing)\b")
# right before a name: 'together with', 'along with' after the comma that follows a subject (roles.together_with)
TOGETHER_WITH = re.compile(r",\s*(?:together|along)\s+with\s+(?:the\s+)?$", re.I)
ALONGSIDE_BEFORE = re.compile(r",\s*alongside\s+(?:the\s+)?$", re.I)  # before the verb (roles.together_with_list)


# a verb of receiving, then at most six words (the figure, 'a capital'), then the investing noun (roles.received_money)
RECEIVED_NOUN = re.compile(rf"\b(?:{words('receiving_verbs')})(?:\s+[\w$€£.,%-]+){{0,6}}?\s*$", re.I)
# right after a name: a relative clause whose verb pays ('X, which will pay for the new generation';
# roles.payer_relative)
PAYER_AFTER = re.compile(rf"\s*,\s*(?:which|who)\s+(?:(?:{words('modal_phrases')})\s+)?"
                         rf"(?:{words('paying_verbs')})\b", re.I)
# between a name and the verb it is the subject of: at most an auxiliary and an adverb ('Pexwood will soon deliver')
SUBJECT_GAP = re.compile(rf"\s*(?:(?:{words('modal_phrases')}|has|have|had)\s+)?(?:\w+ly\s+)?$", re.I)


def _parallel_subject(sent: Sentence, trigger: Trigger, o: OrgMention) -> bool:
    """'A will provide networking gear and B will provide its chips': a name after 'and' that is the subject of a
    later trigger of the same frame (rule roles.parallel_subject)."""
    verb = trigger.text.split()[0].lower()
    own = [t for t in sent.triggers if t is not trigger and t.start >= o.end and t.frame == trigger.frame and (
        t.text.split()[0].lower() == verb) and SUBJECT_GAP.match(sent.text[o.end - sent.start:t.start - sent.start])]
    if not own:
        return False
    if o.start >= trigger.end:  # after the trigger: its clause opens with 'and'
        return bool(re.search(r"\band\s+$", sent.text[:o.start - sent.start]))
    # before it: the subject of an earlier clause with the same verb, the trigger's clause opened by 'and' after that
    return own[0].end <= trigger.start and bool(re.search(r"\band\s+", sent.text[own[0].end - sent.start:
                                                                                   trigger.start - sent.start]))


FOR_BEFORE = re.compile(r"\bfor\s+$", re.I)
FOR_TO_GAP = re.compile(r"\s+to\s+(?:\w+ly\s+)?")  # 'for Velkor to buy', 'for Velkor to gradually buy'
# between the names after 'with' and a participle: more names of the list, 'each', 'also' ('with A and B each
# contributing'; roles.with_participle)
PARTICIPLE_GAP = re.compile(r"(?:\s*(?:,|,?\s*and)\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})*"
                            r"\s+(?:(?:each|also|jointly|together)\s+)?$")


def _participle_subject(sent: Sentence, o: OrgMention, trigger) -> bool:
    """'Velkor raised $2 billion, with Orlin contributing $500 million': the name after 'with' that a participle
    trigger follows is that participle's subject (an absolute clause), its actor, not the counterpart."""
    return trigger.text.split()[0].lower().endswith("ing") and trigger.start >= o.end and bool(
        PARTICIPLE_GAP.fullmatch(sent.text[o.end - sent.start:trigger.start - sent.start]))


def _subject_again(sent: Sentence, o: OrgMention, trigger, mentions) -> bool:
    """'signed a contract with Pexwood under which Pexwood will deliver ...': the name after 'with' comes again as the
    subject of the trading verb, so it is the verb's actor, not the counterpart (rule roles.subject_again)."""
    return on("roles.subject_again") and any(
        m.key == o.key and m.start > o.end and m.end <= trigger.start and SUBJECT_GAP.match(
            sent.text[m.end - sent.start:trigger.start - sent.start]) for m in mentions)


# 'X has been chosen by Y to build ...': the one who chooses is the other side of what X will do
CHOSEN_BY = re.compile(rf"\b(?:{words('choosing_verbs')})\s+by\s+(?:the\s+)?$", re.I)
# the counterparty described, not named: '... order from a fourth mystery customer', 'to an unnamed hyperscaler'
UNNAMED_COUNTERPARTY = re.compile(rf"\b(?:from|to|with|for)\s+(?:an?|one|another)\s+(?:(?:[\w-]+,?\s+){{0,3}}?"
                                  rf"(?:{words('unnamed_parties')})|(?:unnamed|undisclosed|unidentified)\s+"
                                  rf"(?:[\w-]+\s+){{0,4}}?(?:{words('company_nouns')}))\b", re.I)


# 'an agreement to supply 429 MW of generating capacity for a new power plant in Texas': an agreement of supply whose
# recipient is a site described, not a company named (roles.supply_for_unnamed_site)
SUPPLY_FOR_UNNAMED_SITE = re.compile(r"\b(?:agreements?|contracts?|orders?|deals?)\s+(?:\w+\s+)?to\s+(?:supply|deliver|"
                                     rf"provide)\b{NO_STOP}{{0,120}}?\b(?:for|to)\s+(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}?"
                                     r"(?:power\s+plant|plant|data\s+cent(?:er|re)|campus|facility|project)s?\b", re.I)
# 'X said an unnamed AI lab signed a $200 million contract': a reported clause whose subject is a company described,
# not named, signing a deal (mentions.speaker_unnamed_client)
UNNAMED_CLIENT_SIGNED = re.compile(rf"\b(?:said|says|told|disclosed|reported)\s+(?:that\s+)?(?:an?|one)\s+"
                                   rf"(?:[\w-]+,?\s+){{0,3}}?(?:{words('unnamed_parties')}|developer|lab|startup"
                                   rf"|company|firm)\s+(?:(?:had|has)\s+)?"
                                   rf"(?:signed|inked|struck|sealed|agreed|entered)\b", re.I)


# 'Brimoral secures major order to supply ...', 'won a $300 million contract for': an order won, its customer not named
ORDER_WON = re.compile(r"\b(?:secures?|secured|wins?|won|lands?|landed|books?|booked|receives?|received|bags?"
                       r"|bagged)\s+(?:an?\s+)?(?:[\w$.,-]+\s+){0,4}?(?:order|contract)s?\s+(?:to|for)\b", re.I)


# the nouns of a site a lease is for (roles.leased_site_owner, roles.site_owned_by, roles.site_builder_relative)
LEASED_SITE = r"(?:campus|campuses|data\s+cent(?:er|re)s?|facility|facilities|site|building)"
# after a name: its possessive and a site noun ("Tamsin's Ohio data center campus"; roles.leased_site_owner)
OWNED_SITE_AFTER = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,4}}?{LEASED_SITE}\b", re.I)
# 'a 10-year lease for 200 MW at a campus owned by ': a lease, then a site its owner is named for after 'by'
# (roles.site_owned_by)
LEASE_WORD = re.compile(r"\bleas(?:e|es|ed|ing)\b", re.I)
SITE_OWNED_BY = re.compile(rf"{LEASE_WORD.pattern}[^.;]{{0,80}}?\b{LEASED_SITE}\s+(?:(?:in|near|outside)\s+"
                           rf"[A-Z][\w-]*\s+)?(?:that\s+is\s+)?(?:owned|operated|run|developed|built|managed)\s+by\s+"
                           rf"(?:the\s+)?$", re.I)
# 'the 120 MW facility that Pellam Data is building': a site, 'that' or 'which', then its builder or owner and the verb
# (roles.site_builder_relative, in a sentence of a lease, LEASE_WORD)
SITE_THAT = re.compile(rf"\b{LEASED_SITE}\s+(?:that|which)\s+(?:the\s+)?$", re.I)
SITE_BUILDING_VERB = re.compile(r"\s+(?:(?:is|was|has|had|will|has\s+been)\s+)?(?:building|developing|constructing|"
                                r"builds|develops|owns|operates|built|developed|build|develop|own|operate)\b", re.I)
LEASE_FOR_BEFORE = re.compile(r"\bleases?\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:for|of)\s+$", re.I)
# ('a lease for 150 MW at Tamsin's Virginia campus': the site where the capacity leased is; roles.lease_at_site)
LEASE_AT_BEFORE = re.compile(r"\bleases?\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:at|in)\s+$", re.I)


def _leased_site_owner(sent: Sentence, mentions: list[OrgMention]) -> OrgMention | None:
    """The company whose site a lease is for ('a 12-year lease for Tamsin's Ohio data center campus'), where the
    sentence names it and one other company (rule roles.leased_site_owner)."""
    if len({o.key for o in mentions}) != 2:
        return None
    return next((o for o in mentions if OWNED_SITE_AFTER.match(sent.text, o.end - sent.start) and (
        LEASE_FOR_BEFORE.search(_preceding(sent, o, 90)) or (on("roles.lease_at_site") and hit(
            "roles.lease_at_site", bool(LEASE_AT_BEFORE.search(_preceding(sent, o, 90)))))
                 )), None) or next((
                     o for o in mentions if on("roles.site_owned_by") and SITE_OWNED_BY.search(
                         _preceding(sent, o, 120)) and hit("roles.site_owned_by")), None) or next((
                     o for o in mentions if on("roles.site_builder_relative") and LEASE_WORD.search(sent.text) and
                     SITE_THAT.search(_preceding(sent, o, 60)) and SITE_BUILDING_VERB.match(
                         sent.text, o.end - sent.start) and hit("roles.site_builder_relative")), None)


def unnamed_side(sent: Sentence) -> str | None:
    """The role of a trade's one named organisation where the sentence describes the other side by its side's noun
    ('secured a contract from an unnamed customer': the seller; 'signed a deal with a cloud provider': the buyer),
    or None where no such noun, or nouns of both sides, are there."""
    if not on("roles.unnamed_side"):
        return None
    sides = {"seller" if m.group("buyer") or _recipient_of_sale(sent, m) or _awarder(sent, m) else "buyer"
             for m in UNNAMED_SIDE.finditer(sent.text)}
    return sides.pop() if len(sides) == 1 else None


# between a contract or order won and 'from': what it is for, in a few words with no comma ('for servers ';
# roles.awarder_after_goods)
ORDER_FOR_GOODS = re.compile(r"\s+for\s+(?:[\w-]+\s+){1,4}")

# a trigger that ends in the contract or order its subject won ('secured a contract', 'won an order')
WON_NOUN_END = re.compile(r"\b(?:contract|contracts|order|orders|award)$", re.I)


def _awarder(sent: Sentence, m: re.Match) -> bool:
    """'has secured a contract from a large cloud provider to supply ...': 'from' right after the contract or order
    a verb of winning gives its subject names the one who awarded it, the buyer, whatever its noun (a provider
    buys here; roles.unnamed_awarder)."""
    if not m.group(0).lower().startswith("from"):
        return False
    won = [t for t in sent.triggers if t.frame == "seller_first" and WON_NOUN_END.search(t.text)
           and 0 <= m.start() - (t.end - sent.start) <= 1]
    if not won and on("roles.awarder_after_goods"):
        # ('received a $900 million order for servers from an unnamed cloud provider': the goods ordered between)
        won = [t for t in sent.triggers if t.frame == "seller_first" and WON_NOUN_END.search(t.text)
               and ORDER_FOR_GOODS.fullmatch(sent.text, t.end - sent.start, m.start())]
        hit("roles.awarder_after_goods", bool(won))
    return bool(won) and hit("roles.unnamed_awarder", on("roles.unnamed_awarder"))


def _recipient_of_sale(sent: Sentence, m: re.Match) -> bool:
    """'has agreed to lease its campus to a cloud provider': after a verb of selling, 'to' and a described side
    name the one the goods go to, whatever its noun (a provider receives here): the buyer (roles.unnamed_recipient)."""
    if not m.group(0).lower().startswith("to"):
        return False
    before = [t for t in sent.triggers if t.start - sent.start < m.start()]
    last = [t for t in before if t.start == before[-1].start]  # ('lease its campus to' and 'lease' at one word)
    return any(t.frame == "seller_first" for t in last) and not any(PAYMENT.match(t.text) for t in last) and hit(
        "roles.unnamed_recipient", on("roles.unnamed_recipient"))


def unnamed_counterparty(sent: Sentence) -> bool:
    """The sentence describes the other side of a sale without naming it (rule candidates.unnamed_counterparty), or
    tells of an order its one organisation won (rule roles.order_won), or of a lease of its own site (rule
    roles.own_site_leased)."""
    return bool(UNNAMED_COUNTERPARTY.search(sent.text)) or hit("roles.supply_for_unnamed_site", on(
        "roles.supply_for_unnamed_site") and bool(SUPPLY_FOR_UNNAMED_SITE.search(sent.text))) or hit(
        "mentions.speaker_unnamed_client", on(
        "mentions.speaker_unnamed_client") and bool(UNNAMED_CLIENT_SIGNED.search(sent.text))) or hit(
        "roles.order_won", on("roles.order_won") and bool(
        ORDER_WON.search(sent.text))) or unnamed_side(sent) is not None or hit("roles.own_site_leased", on(
            "roles.own_site_leased") and bool(OWN_SITE_LEASE.search(sent.text)))


# 'signed a 15-year lease worth $9.8 billion for its Beacon Point data center campus': a lease of the one named
# company's own site, whose tenant the sentence does not name (roles.own_site_leased)
OWN_SITE_LEASE = re.compile(r"\bleases?\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:for|at|on|of)\s+its\s+(?:[\w'’-]+\s+){0,4}?"
                            r"(?:campus|campuses|data\s+cent(?:er|re)s?|facility|facilities|site|building)\b", re.I)


COUNTERPART = re.compile(r"\b(?:from|with|to)\s+$", re.I)
# right after goods: who runs them for the buyer ('GPUs hosted by Quarnell'; roles.goods_provided_by)
PROVIDED_BY_AGENT = re.compile(rf"\s+(?:{words('provider_participles')})\s+by\s+(?:the\s+)?", re.I)
FROM = re.compile(r"\bfrom\s+$", re.I)
# 'for access to', 'to deploy', 'for': what an agreement is for, before the goods' maker (roles.brand_after_agreement)
GOODS_AIM = re.compile(r"\b(?:for(?:\s+access\s+to)?|access\s+to|to\s+(?:use|deploy|rent|buy|run|access))\s+"
                       r"(?:the\s+)?$", re.I)
OBJECT_GAP = re.compile(r"(?![^,;]*\b(?:and|then|but)\b)[^,;]{0,40}", re.I)
# a trigger that is a financing noun ('financing of', 'funding for'), no verb of taking (roles.fund_finances)
FINANCE_NOUN_FIRST = re.compile(r"(?:financing|funding)\b", re.I)
# before the maker of goods that a seller gives access to: 'access to roughly 200,000' (roles.accessed_brand)
ACCESS_BEFORE = re.compile(r"\baccess\s+to\s+(?:(?:roughly|about|around|some|nearly|up\s+to|more\s+than|over|its|"
                           r"the|[\d,.]+)\s+)*$", re.I)


# roles.loan_to: what stands between money lent and the one it is lent to ('a loan to Y', 'through its debt platform to
# help Y')
# (the trigger may end inside 'through its debt platform', so the word after it can be 'platform')
LENT_TO = re.compile(r"\s*(?:(?:facility|facilities|line|notes|loan|loans|platform|arm|vehicle)\s+)?"
                     r"(?:(?:through|via|under)\s[^,;]{0,60}?\s)?to\s+(?:help\s+)?(?:the\s+)?", re.I)


CLOSING = re.compile(rf"(?:{words('closing_verbs')})\b", re.I)


SHARE_END = re.compile(rf"\s*['’]?s?\s+(?:{words('share_nouns')})$", re.I)


def shares_issuer(sent: Sentence, trigger: Trigger, mentions: list) -> OrgMention | None:
    """The organisation named right before the word for shares that ends an investing trigger ('purchased $500
    million of Tessaly shares', "bought 10% of Tessaly's shares")."""
    if not on("roles.shares_issuer"):
        return None
    inside = [o for o in mentions if trigger.start < o.start and o.end < trigger.end]
    last = inside[-1] if inside else None
    return last if last is not None and SHARE_END.fullmatch(sent.text[last.end - sent.start:trigger.end - sent.start]) \
        else None


def _lent_to(sent: Sentence, trigger: Trigger, mentions: list) -> bool:
    """The first organisation after a trigger whose money is lent ('closed a $750 million loan') is the one it is lent
    to: the trigger's subject lends, however 'closed' would read alone. Only verbs either side may say (context.yaml
    closing_verbs): a borrower 'raised' or 'secured' a loan to help another, it lent nothing."""
    after = next((o for o in mentions if o.start >= trigger.end), None)
    if after is None or CLOSING.match(trigger.text) is None:
        return False
    between = sent.text[trigger.end - sent.start:after.start - sent.start]
    return LENT_TO.fullmatch(between) is not None and bool(
        LENDING.search(sent.text[trigger.start - sent.start:after.start - sent.start]))


def _after_recipient(sent: Sentence, trigger: Trigger) -> str:
    """The text after the trigger; in 'provide Quenlo with $500 million in convertible notes', what comes after the
    recipient's 'with' (the goods or the money; rule type.supply_with)."""
    rest = sent.text[trigger.end - sent.start:]
    first = next((o for o in sent.orgs if o.start >= trigger.end), None)
    if first is not None and not rest[:first.start - trigger.end].strip() and on("type.supply_with"):
        after = sent.text[first.end - sent.start:]
        m = re.match(r"\s+with\b", after)
        if m and hit("type.supply_with"):
            return after[m.end():]
    return rest


# 'Amazon founder Jeff Bezos': a title, then a person's name of two capitalised words (roles.person_of)
PERSON_AFTER = re.compile(rf"['’]?s?\s+(?:co-)?(?:{words('person_title_words')})\s+"
                          r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+\b")
SAID_IT = re.compile(rf"\s*,?\s*(?:{words('speech_words')})\s+(?:that\s+)?it\b", re.I)
COMPANY_REFERENCE = re.compile(rf"\b(?:the|its|his|her)\s+(?:{words('company_nouns')})\b", re.I)
HYPHEN_DESCRIBES = re.compile(rf"-(?:{words('describing_hyphens')})\b", re.I)
# 'Nvidia-backer Ostrix': the name before the hyphen says whose backer the next one is (mentions.hyphen_relation)
HYPHEN_RELATION_AFTER = re.compile(rf"-(?:{words('hyphen_relations')})\b", re.I)


# before a name: 'said Jane Park, a vice president at ' (roles.speaker_employer)
SPEAKER_EMPLOYER = re.compile(rf"\bsaid\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,2}}\s*{TITLE_OF}\s+(?:the\s+)?$")


def _person_of(sent: Sentence, o: OrgMention) -> bool:
    """'Amazon founder Jeff Bezos has participated in a round': the company names the person's title, and the person
    acts, who is no party (guideline 4) - unless the sentence then refers back to the company ('said the firm
    will invest')."""
    if not on("roles.person_of"):
        return False
    m = PERSON_AFTER.match(sent.text, o.end - sent.start)
    if m and SAID_IT.match(sent.text, m.end()) and hit("mentions.title_employer", on("mentions.title_employer")):
        return False  # 'Quorvane CEO Dara Lintz said it will ...': 'it' is her company
    return bool(m) and not COMPANY_REFERENCE.search(sent.text, m.end())


def people_employers(sent: Sentence) -> set[int]:
    """Start offsets of the organisations a sentence names as where a person works or worked ('former Quorra AI chief
    executive Dana Morrow', 'ex-Tessaly engineers'): no parties (rules roles.person_of, roles.former_staff), in the
    sentences discourse reads for a deal told before too."""
    return {o.start for o in sent.orgs if hit("roles.former_staff", _former_staff(sent, o)) or hit(
        "roles.person_of", _person_of(sent, o))}


EX_BEFORE = re.compile(r"(?:\bex-|\bformer\s+)$", re.I)
STAFF_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{words('staff_nouns')})\b", re.I)


def _former_staff(sent: Sentence, o: OrgMention) -> bool:
    """'founded by ex-Google engineers', 'former Stellix researchers': a name that says where people worked before
    describes the people, and is no party (rule roles.former_staff). 'ex-' needs nothing after it."""
    if not on("roles.former_staff"):
        return False
    before = sent.text[max(0, o.start - sent.start - 8):o.start - sent.start]
    m = EX_BEFORE.search(before)
    return m is not None and (m.group(0).lower() == "ex-" or STAFF_AFTER.match(
        sent.text, o.end - sent.start) is not None)


def _hyphen_describes(sent: Sentence, o: OrgMention, type_: str = "") -> bool:
    """A name joined by a hyphen to a describing participle ('Nvidia-powered servers',
    'a Stellix-backed neocloud'; context list describing_hyphens) describes the goods or a company and is no party,
    when two other organisations remain to make the deal."""
    if not on("roles.hyphen_describes") or not HYPHEN_DESCRIBES.match(sent.text, o.end - sent.start):
        return False
    others = len({x.key for x in sent.orgs if x.key != o.key})
    # 'Halvern-backed Tessaly raises $300 million': a round needs one company only, the one that raises
    return others >= 2 or (others == 1 and type_ == "investment" and hit("roles.backed_raiser", on(
        "roles.backed_raiser")))


# a role noun and 'of' before a maker's goods: 'the provider of', 'a big buyer of', 'Europe's largest user of'
OF_GOODS_BEFORE = re.compile(r"\b[a-z]+(?:er|or|ist|ant)s?\s+of\s+(?:(?:the|its|their|[a-z]+-?based)\s+)?$")


def _brands(sent: Sentence, trigger: Trigger, passing: set[int]) -> set[int]:
    """_makers_named, but where the organisations left to trade the goods are fewer than two without those named in
    passing (`passing`: 'diversifying away from A and B with an order for Tarrow accelerators'), the maker of the
    goods is a side after all (roles.brand_passing_others; goods hosted by another stay brands)."""
    brands = _makers_named(sent, trigger)
    left = {o.key for o in sent.orgs if o.start not in brands}
    if brands and passing and len(left) >= 2 and len(left - {o.key for o in sent.orgs if o.start in passing}) < 2 \
            and hit("roles.brand_passing_others"):
        return brands & (_hosted_goods(sent) if on("roles.goods_provided_by") else set())
    return brands


def _makers_named(sent: Sentence, trigger: Trigger) -> set[int]:
    """Start offsets of organisations named as the maker of the goods traded ('to rent Nvidia chips from Orvanta
    Cloud'), when two other organisations remain to trade them, one of them the trade's counterparty (after a
    seller's verb 'with X' or 'to X', else 'from X' after the goods): the maker's name says what the goods are."""
    # the goods are the trigger's object: a maker's name in another clause is left to that clause's own reading
    brands = {o.start for o in sent.orgs if o.start >= trigger.end and BRAND.match(sent.text[o.end - sent.start:])
              and OBJECT_GAP.fullmatch(sent.text[trigger.end - sent.start:o.start - sent.start])}
    # 'access to 100,000 Nvidia GPUs hosted by Quarnell': goods a named company runs for the buyer; their maker names
    # what they are, the one who runs them provides them (a brand whatever else the sentence names)
    hosted = _hosted_goods(sent) if on("roles.goods_provided_by") else set()
    if hosted:
        hit("roles.goods_provided_by")
    if trigger.frame == "symmetric" and on("roles.brand_after_agreement"):
        # 'signed a contract with Kestrel Cloud for access to Nvidia GB300 systems': what the agreement is for, the
        # goods named with their maker; the counterparty is the one named 'with' (or 'to', 'from'), before or after
        brands |= {o.start for o in sent.orgs if o.start >= trigger.end and BRAND.match(sent.text[o.end - sent.start:])
                   and GOODS_AIM.search(_preceding(sent, o, 30))}
        others = [o for o in sent.orgs if o.start not in brands]
        counterparts = [o for o in others if COUNTERPART.search(_preceding(sent, o, 12))]
        return hosted | (brands if hit("roles.brand_after_agreement", bool(brands) and len(
            {o.key for o in others}) >= 2 and bool(counterparts)) else set())
    others = [o for o in sent.orgs if o.start not in brands]
    # a seller's verb ('supplying Nvidia's systems') needs its buyer ('with X', 'to X'); any other, a seller 'from X'
    # after the goods ('buys Nvidia hardware' alone buys from Nvidia)
    seller_verb = trigger.frame == "seller_first"
    counterparts = [o for o in others if (COUNTERPART if seller_verb else FROM).search(_preceding(sent, o, 12))
                    and (seller_verb or o.start > min(brands, default=o.start))]
    if seller_verb and on("roles.accessed_brand"):
        # 'a firm that will rent out access to 10,000 Tessar GPUs': the one named before the seller's verb sells the
        # access; the maker of the goods it gives access to is neither side, whoever else the sentence names
        accessed = {o.start for o in sent.orgs if o.start >= trigger.end and o.start - trigger.end <= 60
                    and BRAND.match(sent.text[o.end - sent.start:]) and ACCESS_BEFORE.search(_preceding(sent, o, 40))}
        if accessed and any(o.end <= trigger.start and o.key not in {x.key for x in sent.orgs if x.start in accessed}
                            for o in sent.orgs) and hit("roles.accessed_brand", True):
            hosted |= accessed
    if not counterparts and on("roles.brand_payee"):
        # 'the startup will pay the cloud company $300 million for use of Stellix GPUs': the one paid, named right
        # after a verb of paying before the goods, is the counterparty; the maker of the goods (after the trigger, or
        # inside it: 'use of Stellix GPUs') names what they are
        makers = brands | {o.start for o in sent.orgs if trigger.start < o.start < trigger.end and BRAND.match(
            sent.text[o.end - sent.start:])}
        payees = [o for o in sent.orgs if makers and o.start not in makers and o.end <= min(makers)
                  and PAID_BEFORE.search(_preceding(sent, o, 16))]
        rest = {o.key for o in sent.orgs if o.start not in makers}
        if payees and len(rest) >= 2 and hit("roles.brand_payee"):
            return hosted | makers
    return hosted | (brands if len({o.key for o in others}) >= 2 and counterparts else set())


# a verb of paying right before the one it pays ('will pay Orvanta Cloud $2 billion'; roles.brand_payee)
PAID_BEFORE = re.compile(r"\b(?:pay|pays|paid|paying)\s+$", re.I)


def _hosted_goods(sent: Sentence) -> set[int]:
    """Start offsets of the makers named before goods that a verb's 'by' gives to another name of the sentence
    ('Nvidia GPUs hosted by Quarnell'; context list provider_participles)."""
    starts = {x.start - sent.start for x in sent.orgs}
    out = set()
    for o in sent.orgs:
        goods = BRAND.match(sent.text, o.end - sent.start)
        agent = PROVIDED_BY_AGENT.match(sent.text, goods.end()) if goods else None
        if agent and agent.end() in starts:
            out.add(o.start)
            continue
        # 'access to Nvidia GPUs in Quarnell's data centres': goods in the sites or cloud of another name of the
        # sentence, which provides them (roles.goods_in_site)
        place = HOSTED_IN.match(sent.text, goods.end()) if goods and on("roles.goods_in_site") else None
        host = next((x for x in sent.orgs if place and x.start - sent.start == place.end()), None)
        if host is not None and host.key != o.key and HOSTING_SITE.match(sent.text, host.end - sent.start) and hit(
                "roles.goods_in_site"):
            out.add(o.start)
    return out


# right after goods: where they are run ('in', 'at', 'on', 'through' a name's sites or cloud; roles.goods_in_site)
HOSTED_IN = re.compile(r"\s+(?:in|at|on|through|via|inside)\s+(?:the\s+)?", re.I)
HOSTING_SITE = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,3}}?(?:data\s+cent(?:er|re)s?|datacent(?:er|re)s?|cloud|clusters?|"
                          rf"platform|(?:{words('site_nouns')})s?)\b", re.I)


# 'a campus that was originally built for A and B', 'a plant initially designed for A': whom it was meant for
BUILT_FOR_OTHER = re.compile(rf"(?:\b(?:that|which)\s+(?:was|were|had\s+been|has\s+been|is|are)\s+|\b\w+ly\s+)"
                             rf"(?:\w+ly\s+)?(?:{words('making_verbs')})\s+for\s+"
                             rf"(?:[A-Z][\w&.’'-]*\s*(?:,|and|&)?\s*)*$")
# 'sold its entire stake in', 'has offloaded its 8% stake in': the subject sells a holding of its own
SELLING_OWN = re.compile(rf"\b(?:{words('selling_verbs')})\s+(?:its|their)\b(?:\s+[\w%.-]+){{0,4}}?\s*$", re.I)
# 'agreed to sell a 51% stake in X', 'will sell a minority stake in X': a stake the seller holds, whatever it is called
# ('Sells 51% Stake in X' in a headline, with no article)
SELLING_SOME = re.compile(rf"\b(?:{words('selling_verbs')})(?:\s+an?\b)?(?:\s+(?!and\b|or\b|to\b)[\w%.-]+){{0,3}}?\s*$",
                          re.I)

# 'completed the sale of a 49% stake in X', 'the sale of its stake in X': the noun of a stake's sale
# (roles.stake_sale_noun)
SALE_OF_SOME = re.compile(r"\b(?:sale|disposal)\s+of(?:\s+(?:an?|its|their)\b)?(?:\s+(?!and\b|or\b|to\b)[\w%.-]+){0,3}?"
                          r"\s*$", re.I)
# after a stake's 'in': the seller's own business, unnamed ('in its data centre business', 'in itself'; not 'in its
# Altera chip unit', whose name is the company invested in; roles.own_stake_sold)
# ('a 40% stake in its European platform': a platform of its sites is the seller's own as a unit is; an adjective of
# place may be capitalised, a unit's own name not)
OWN_HOLDING = re.compile(rf"\s*(?:itself|themselves|(?:its|their)\s+(?:own\s+)?(?:(?:(?-i:[a-z])[\w-]*|"
                         rf"(?-i:[A-Z][a-z]+(?:an|ese|ish|ic)))\s+){{0,3}}?"
                         rf"(?:{words('business_nouns')}|platform|platforms))\b", re.I)
BARE_HOLDING = re.compile(rf"\s*((?:[\w-]+\s+){{0,2}}?)(?:{words('business_nouns')})\b", re.I)


def _own_stake_sold(sent: Sentence, trigger: Trigger) -> bool:
    """'Halden Telecom sold a 49% stake in its data centre business to Pine Hollow': a stake in the seller's own
    business (its unit, 'itself') is sold by the company invested in: the seller is the investee and the buyer, 'to
    Y', the investor (rule roles.own_stake_sold)."""
    if trigger.type == "investment" and on("roles.own_share_sold") and own_share_of(sent, trigger):
        return hit("roles.own_share_sold")  # ('will sell 49% of its data centre platform to X')
    if not on("roles.own_stake_sold") or trigger.type != "investment" or not trigger.text.lower().endswith(" in"):
        return False
    cut = trigger.start - sent.start
    own = OWN_HOLDING.match(sent.text, trigger.end - sent.start)
    if own is None and on("roles.headline_own_unit"):
        # ('Tamsin Energy to Sell Stake in Nuclear Unit to X': a headline drops 'its'; words any dictionary has, no
        # name)
        bare = BARE_HOLDING.match(sent.text, trigger.end - sent.start)
        own = bare if bare and all(is_english(w, plural=False) for w in bare.group(1).split()) and hit(
            "roles.headline_own_unit") else None
    return bool(own) and bool(SELLING_SOME.search(sent.text, 0, cut) or SALE_OF_SOME.search(sent.text, 0, cut))


def _stake_seller(sent: Sentence, o: OrgMention, trigger: Trigger) -> bool:
    """A name before '<selling verb> its ... stake in X' sells its own holding: no investor in X, and no party unless
    the buyer is named ('to Y', which the frame reads). Sold into the market, the sale has no counterparty (rule
    roles.stake_seller)."""
    if not on("roles.stake_seller"):
        return False
    if _own_stake_sold(sent, trigger):
        return False  # 'sold a 49% stake in its data centre business to Y': the seller's own (roles.own_stake_sold)
    m = SELLING_OWN.search(sent.text, 0, trigger.start - sent.start)
    if m is None and on("roles.stake_sold"):
        m = SELLING_SOME.search(sent.text, 0, trigger.start - sent.start) or (
            SALE_OF_SOME.search(sent.text, 0, trigger.start - sent.start) if on("roles.stake_sale_noun") else None)
        hit("roles.stake_sale_noun", m is not None and m.re is SALE_OF_SOME)
        if m is not None and not hit("roles.stake_sold", o.end - sent.start <= m.start()):
            return False
    if m is not None:
        return o.end - sent.start <= m.start()
    # 'sold its entire Stellix stake': the selling verb is the trigger, the holding its object
    own = trigger.text.lower() in word_set("selling_verbs") and re.match(
        rf"\s+(?:its|their)\b(?:\s+[\w%.’'-]+){{0,5}}?\s+(?:{words('stake_nouns')})\b", sent.text[
            trigger.end - sent.start:]) is not None
    return own and o.end <= trigger.start


def _company_seller(sent: Sentence, o: OrgMention, trigger: Trigger) -> bool:
    """A name before '<selling verb> NAME to Y' sells a company it owns: NAME is the target and Y the acquirer, the
    seller no party (rule roles.company_seller; as roles.stake_seller reads the seller of a holding)."""
    if not on("roles.company_seller") or trigger.type != "acquisition" or o.end > trigger.start or \
            trigger.text.split()[0].lower() not in word_set("selling_verbs"):
        return False
    after = trigger.head_end - sent.start
    sold = next((x for x in sent.orgs if x.start >= trigger.head_end and x.key != o.key
                 and not sent.text[after:x.start - sent.start].strip()), None)
    return sold is not None and re.match(r"\s*,?\s*(?:to|for)\b", sent.text[sold.end - sent.start:]) is not None


BE_BEFORE = re.compile(r"\b(?:was|were|been|is|are|be|being|got|gets|get)\s+$", re.I)  # 'X was awarded a contract'
RENTING = re.compile(r"(?:rent|leas|hir)\w*$", re.I)
COUNT_AFTER = re.compile(FIGURE_AHEAD, re.I)
# right after the name a renting verb takes first: a site or space, its second object ('the land', 'space at its campus')
SITE_OBJECT = re.compile(rf"\s+(?:the|a|an|its|their|some)\s+(?:[\w-]+\s+){{0,2}}?(?:{words('site_nouns')}|land|space|"
                         rf"building|buildings|premises|halls?)\b", re.I)


def _rented_out(sent: Sentence, trigger: Trigger, mentions: list[OrgMention]) -> bool:
    """'X will rent Quorvane 20,000 GPUs', 'lease Quorvane 300 MW': a renting verb with a name right after it and a
    figure of the goods after the name (two objects) rents out: its subject is the seller, the name the buyer (rule
    roles.rent_out). 'rent 20,000 GPUs from Quorvane' keeps the subject the buyer."""
    if not on("roles.rent_out") or not RENTING.match(trigger.text):
        return False
    o = next((o for o in mentions if o.start >= trigger.end), None)
    if o is None or sent.text[trigger.end - sent.start:o.start - sent.start].strip():
        return False
    # ('lease Quorvane the land for the facility': a site or space for the second object, rule roles.rent_out_site)
    return bool(COUNT_AFTER.match(sent.text, o.end - sent.start)) or hit("roles.rent_out_site", on(
        "roles.rent_out_site") and bool(SITE_OBJECT.match(sent.text, o.end - sent.start)))


def _bought_through(sent: Sentence, o: OrgMention, trigger, type_: str) -> bool:
    """'Velmora AI is buying the chips through Halden Cloud, which resells ...': goods bought 'through' a company, the
    first name after the verb of buying and its object, are bought from it: it sells them, as a reseller does (rule
    roles.bought_through_seller); a channel otherwise ('invested ... through its fund X')."""
    if type_ not in TRADE_TYPES or trigger.frame != "buyer_first" or o.start < trigger.end or not on(
            "roles.bought_through_seller"):
        return False
    gap = sent.text[trigger.end - sent.start:o.start - sent.start]
    return not any(trigger.end <= x.start < o.start for x in sent.orgs) and bool(BOUGHT_THROUGH.fullmatch(gap)) and hit(
        "roles.bought_through_seller", True)


# between a verb of buying and a name: its object and 'through' (roles.bought_through_seller)
BOUGHT_THROUGH = re.compile(r"\s+(?:[\w$€£.,%-]+\s+){0,8}?through\s+(?:the\s+)?", re.I)


def _listed_in_round(sent: Sentence, o: OrgMention) -> bool:
    """The name stands in a list a relative clause on the round gives ('led the round, which also included A, B and
    C'): one more investor of that round (rule roles.round_included_investors)."""
    return on("roles.round_included_investors") and bool(ROUND_LISTS.search(_preceding(sent, o, 120))) and hit(
        "roles.round_included_investors", True)


# a relative clause on the round that lists who is in it, up to a name of its list (roles.round_included_investors)
ROUND_LISTS = re.compile(ROUND_INCLUDED.pattern + r"(?:[\w’'&.-]+,?\s+){0,12}$", re.I)


def _co_listed(sent: Sentence, o: OrgMention) -> bool:
    """The name stands in a list after a co-investor cue ('alongside A and B', 'with participation from A'): one
    more on the investing or buying side."""
    return bool(CO_INVESTOR.search(_preceding(sent, o, 60)))


def _goods_maker(sent: Sentence, o: OrgMention) -> bool:
    """A name right before goods it makes ('using Halvern processors', 'Stellix GPUs'), the goods written in lower case
    or as an acronym: 'Crusoe Energy Systems' goes on with its own name (rule roles.goods_maker)."""
    m = BRAND.match(sent.text[o.end - sent.start:]) if on("roles.goods_maker") else None
    if m is None or m.group(0).split()[-1].istitle():
        return False
    # ('a 51% stake in its Ostrel chip unit': the goods' word names what the unit does; the unit is the company)
    return not hit("roles.unit_not_maker", on("roles.unit_not_maker") and bool(UNIT_AFTER.match(
        sent.text, o.end - sent.start + m.end())))


def _possessor(sent: Sentence, o: OrgMention, orgs) -> bool:
    """"BlackRock's Global Infrastructure Partners": the owner is not a party, the unit is. "Felton AI's parent
    company, Marrick Group, has agreed to pay ...": nor is the company whose relation (parent, owner, affiliate; context
    list relation_nouns) the name set off after it is (rule roles.relation_apposition)."""
    tail = sent.text[o.end - sent.start:o.end - sent.start + 3]
    if not re.match(r"['\u2019]s\s", tail) and not (o.text.endswith("s") and re.match(r"['\u2019]\s", tail) and hit(
            "roles.possessive_after_s", on("roles.possessive_after_s"))):
        return False  # ("Tamsin Networks' majority owner": a name ending in 's' takes the apostrophe alone)
    if on("roles.relation_apposition") and any(x.start > o.end and x.key != o.key and RELATION_OWNER.fullmatch(
            sent.text, o.end - sent.start, x.start - sent.start) for x in orgs) and hit("roles.relation_apposition"):
        return True
    if on("roles.possessed_describer") and any(
            0 < x.start - o.end <= 4 and x.key != o.key and HYPHEN_DESCRIBER.match(sent.text, x.end - sent.start)
            for x in orgs) and hit("roles.possessed_describer", True):
        return False  # "at Orsk Cloud's Nvidia-powered campus": the name after the possessive describes, owns nothing
    return _name_follows(o, orgs)


# a name's hyphen and what it makes of the noun after it ('Nvidia-powered', 'Halvern-backed'; roles.possessed_describer)
HYPHEN_DESCRIBER = re.compile(rf"-(?:{words('hyphen_adjectives')})\b", re.I)


def _name_follows(o: OrgMention, orgs) -> bool:
    """Another organisation's name starts within a few characters after this one ("BlackRock's Global ...",
    'Brimoral, Tessaly Partners')."""
    return any(x.start - o.end <= 4 and x.start > o.end and x.key != o.key for x in orgs)


def _coordinated(sent: Sentence, left: list[OrgMention]) -> bool:
    """'A and B will buy ...': joint subjects, who share the subject's role ('the two companies', one phrase that
    stands for both, too)."""
    for a, b in zip(left, left[1:]):
        if a.end == b.end and hit("roles.pair_phrase", on("roles.pair_phrase")):  # (stand-ins share the end)
            return True
        gap = sent.text[a.end - sent.start:b.start - sent.start]
        if re.fullmatch(r"\s*(?:\([^)]*\))?\s*(?:,|and|&|,\s*and)\s*", gap):
            return True
        if TOGETHER_WITH.search(gap) and on("roles.together_with") and hit("roles.together_with", True):
            return True
        if on("roles.described_in_list") and hit("roles.described_in_list", bool(DESCRIBED_IN_LIST.fullmatch(gap))):
            return True  # 'A, the Norvik sovereign fund and existing investor B': a member described, no name between
        if on("roles.joint_descriptor") and hit("roles.joint_descriptor", bool(JOINED_DESCRIPTOR.fullmatch(gap))):
            return True  # 'A and investment firm B are both contributing ...': the next one described, in lower case
        if on("roles.joint_own_unit") and hit("roles.joint_own_unit", bool(JOINED_OWN_UNIT.fullmatch(gap))):
            return True  # 'A and its affiliate B spent $20 million ...': the first one's own unit beside it
    return False


# between two names of a list: a member described rather than named ('the Norvik sovereign fund'), what the next one
# already is ('existing investor'; roles.described_in_list)
# right after a name: its site in the possessive ("Orlek's facility", "Orlek's new campus"; roles.from_over_site_owner)
SITE_OWNED = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{words('site_nouns')})s?\b", re.I)
# securities a company issues (roles.securities_sold)
SECURITIES = re.compile(r"\b(?:notes|bonds|debentures|shares|stock|preferred|equity|warrants)\b", re.I)
# a trigger of a loan signed or agreed (roles.lender_signs)
SIGNED_LOAN = re.compile(r"(?:signed|signs|agreed|agrees|struck|strikes|inked|inks|closed|closes)\b.*\b(?:loans?|credit|"
                         r"facility|financing|debt)\b", re.I)
# a trigger of warrants granted or issued to a name ('granted Pexley Labs warrants'; roles.warrant_recipient)
WARRANTS_GRANTED = re.compile(r"(?:grant|issue|give|gave)\w*\s.*\bwarrants?$", re.I)
# between joint subjects: 'and' and the next one's description ('X and AI chip startup Y'; roles.joint_backer)
JOINED_DESCRIBED = re.compile(r"\s*(?:,|,?\s*and|&)\s+(?:(?:[a-z][\w-]*|[A-Z]{2,4})\s+){0,4}")
# between joint subjects: 'and' and a description in lower case that ends in a company noun ('and investment firm';
# roles.joint_descriptor)
JOINED_DESCRIPTOR = re.compile(rf"\s*(?:,\s*)?(?:and|&)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{words('company_nouns')})\s+")
# between joint subjects: 'and', then the next one as the first one's own unit ('and affiliate', 'and its cloud
# unit'; context list own_units; roles.joint_own_unit)
JOINED_OWN_UNIT = re.compile(rf"\s*(?:,\s*)?(?:and|&)\s+(?:(?:its|their)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
                             rf"(?:{words('own_units')})\s+")
DESCRIBED_IN_LIST = re.compile(rf"\s*(?:,|and|&|,\s*and)\s*(?:the\s+(?:[\w-]+\s+){{0,3}}?"
                               rf"(?:{words('company_nouns')})\s*(?:,|and|,\s*and)\s*)?"
                               r"(?:(?:existing|new|returning)\s+(?:investors?|backers?|shareholders?)\s+)?", re.I)


# what may stand between a verb of saying and the clause it reports: when ('said Tuesday', 'said late on Monday',
# 'said earlier this week') and where ('said in a statement', 'said in a regulatory filing'), at most two of them
SPEECH_WHEN = (r"(?:on|last|this)\s+\w+|(?:(?:late|early)\s+(?:on\s+)?)?(?:monday|tuesday|wednesday|thursday|friday|"
               r"saturday|sunday|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?|earlier|later")
SPEECH_WHERE = r"(?:in|on)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|filing|release|interview|post|call)"
# between a name and its order noun: the possessive and the order's figure and goods ('X's $1 billion chip order from
# Y'; roles.order_owner)
ORDER_OWNER = re.compile(rf"['’]s?\s+(?:(?:a|an|the|new|latest|first|(?:{SIGN})?[\d.,]+\w*|{SIGN}|million|billion|"
                         rf"trillion|bn|mn)\s+){{0,4}}(?:[a-z-]+\s+){{0,2}}", re.I)
# 'an offer from X to buy the company': the one an offer, bid or approach comes from is the subject of what it offers
# to do (roles.offer_agent)
OFFER_FROM = re.compile(r"\b(?:offer|offers|bid|bids|approach|approaches|proposal|proposals)\s+from\s+(?:the\s+)?$",
                        re.I)


def _offer_agent(sent: Sentence, o: OrgMention, trigger: Trigger) -> bool:
    """'Velmora is weighing an offer from Orsk Capital to buy the company': a name after an offer's 'from', right
    before 'to' and the trigger, is the subject of the offered verb, not a mere oblique."""
    return on("roles.offer_agent") and bool(OFFER_FROM.search(sent.text, 0, o.start - sent.start)) and bool(
        re.fullmatch(r"\s+to\s+", sent.text[o.end - sent.start:trigger.start - sent.start]))


# after the speaker: a description set off by commas ('Nimbrel, a GPU cloud provider, said ...';
# roles.speaker_apposition), then SPEAKER_GAP
SPEAKER_ASIDE = re.compile(r"\s*,\s*(?:an?|the)\s+[^,;()]{1,60}?,(?=\s)", re.I)
# (a suffix the name's mention left out may come first: 'DigitalBridge Group today announced that ...')
SPEAKER_GAP = re.compile(rf"^(?:\s+(?-i:Group|Holdings|Inc\.?|Corp\.?|Corporation|Ltd\.?|plc|LLC))?"
                         rf"\s+(?:(?:{SPEECH_WHEN}|also)\s+)?(?:{words('speaker_verbs')})"
                         rf"(?:\s+(?:{SPEECH_WHEN}|{SPEECH_WHERE})){{0,2}}"
                         # ('Pellan said its customer, Drovane, ...': the speaker's customer; mentions.speaker_customer)
                         rf"(?:\s+that)?(?:\s+the|\s+(?:its|their)\s+(?:\w+\s+)?(?:customer|client|tenant)\s*,?)?"
                         rf"\s+$", re.I)


# between a speaker and the reported clause's subject: its own unit named ('said its unit', 'announced that its
# portfolio company'; roles.speaker_reports)
SPEAKER_UNIT = re.compile(rf"\s+(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{words('own_units')})\s+$", re.I)


def _reports_others(sent: Sentence, o: OrgMention) -> bool:
    """'The Velmora government announced that Orlin Data has signed an agreement with the Kestrane Board': the subject
    of a verb of saying whose reported clause names its own subject and, besides any names listed with that subject,
    one more company reports a deal between those two; it takes part in it only where the clause lacks a second side
    ('Quorvane said Halvern would pay ...', roles.speaker_other_side). Rule roles.speaker_reports."""
    after = [x for x in sent.orgs if x.start >= o.end and x.key != o.key]
    gap = sent.text[o.end - sent.start:after[0].start - sent.start] if after else ""
    unit = SPEAKER_UNIT.search(gap)
    if not after or not SPEAKER_GAP.match(gap[:unit.start()] + " " if unit else gap):
        return False
    listed = after[:1]
    for x in after[1:]:  # 'said Kestrane Capital and Tessaly Partners would invest ...': the subject listed on
        if not LIST_GAP.fullmatch(sent.text[listed[-1].end - sent.start:x.start - sent.start]):
            break
        listed.append(x)
    # ('... had agreed to lend it $2.3 billion secured by its Nvidia chips': a maker's name before its goods is no
    # second side of the clause; roles.speaker_reports_brand)
    return any(x.key not in {y.key for y in listed} and not (
        BRAND.match(sent.text[x.end - sent.start:]) and on("roles.speaker_reports_brand") and hit(
            "roles.speaker_reports_brand")) for x in after)


def _speaker_first(sent: Sentence, left: list[OrgMention]) -> OrgMention | None:
    """Two organisations before the trigger, the first the subject of a verb of saying that reports a clause whose
    subject is the second ('Quorvane said Halvern would pay ...'): the first (rule roles.speaker_other_side)."""
    if len(left) < 2 or not on("roles.speaker_other_side"):
        return None
    # ('Dravik said Kestrin Ventures and Grendal Partners had invested ...': the subject a list; rule
    # mentions.speaker_investee)
    if len(left) > 2 and not (all(LIST_GAP.fullmatch(sent.text[a.end - sent.start:b.start - sent.start])
                                  for a, b in zip(left[1:], left[2:])) and hit("mentions.speaker_investee", on(
                                      "mentions.speaker_investee"))):
        return None
    gap = sent.text[left[0].end - sent.start:left[1].start - sent.start]
    if SPEAKER_GAP.match(gap):
        return left[0]
    cuts = [m.start() for m in re.finditer(r"\s+", gap)] if on("roles.speaker_described_subject") else []
    if any(_described_subject_end().fullmatch(gap, i) and SPEAKER_GAP.match(gap[:i] + " ") for i in cuts) and hit(
            "roles.speaker_described_subject"):
        return left[0]  # 'Pellam Labs said lender Hollin Bank provided ...': the reported subject described first
    aside = SPEAKER_ASIDE.match(gap) if on("roles.speaker_apposition") else None
    if aside and SPEAKER_GAP.match(gap[aside.end():]) and hit("roles.speaker_apposition"):
        return left[0]  # 'Nimbrel, a GPU cloud provider, said on Tuesday that A ...': the speaker described first
    # ('Shares in X jumped 12% after the chip designer said Y had agreed to buy ...': the speaker told by a definite
    # description, the one organisation named before it; roles.speaker_described)
    return left[0] if len(left) == 2 and on("roles.speaker_described") and _speaker_described().search(gap) and hit(
        "roles.speaker_described") else None


@cache
def _described_subject_end() -> re.Pattern:
    """At a gap's end, before a name: a descriptor of it in lower case, maybe after 'the' and two words ('lender ',
    'the US chipmaker '; rule roles.speaker_described_subject)."""
    funders = word_set("funder_nouns")
    found = set(load_lexicon().cues["org_descriptors"]) | funders | {w[:-1] for w in funders if w.endswith("s")}
    nouns = "|".join(re.escape(d) for d in sorted(found, key=len, reverse=True))
    return re.compile(rf"\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?-i:{nouns})\s+$")


@cache
def _speaker_described() -> re.Pattern:
    nouns = "|".join(re.escape(d) for d in sorted(load_lexicon().cues["org_descriptors"], key=len, reverse=True))
    return re.compile(rf"\b(?:after|as|when|because|while)\s+the\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{nouns})s?\s+"
                      rf"(?:{words('speaker_verbs')})(?:\s+that)?\s+$", re.I)


# before a list of names chosen: the verb of choosing ('has picked A and B to supply'; roles.chosen_list)
CHOOSING_BEFORE = re.compile(r"\b(?:picked|chose|chosen|selected|tapped|hired|engaged|commissioned|appointed)\s+$",
                             re.I)


def _chosen_list(sent: Sentence, trigger: Trigger, left: list[OrgMention]):
    """(the names chosen, the chooser) where two names or more, joined as a list, are the object of a verb of choosing
    right before 'to' and the trigger ('X has picked A and B to supply ...'), and one name before the verb chooses;
    else None."""
    if not left or not re.fullmatch(r"\s+to\s+", sent.text[left[-1].end - sent.start:trigger.start - sent.start]):
        return None
    run = [left[-1]]
    for o in reversed(left[:-1]):
        if not LIST_GAP.fullmatch(sent.text[o.end - sent.start:run[0].start - sent.start]):
            break
        run.insert(0, o)
    before = sent.text[:run[0].start - sent.start]
    choosers = [o for o in left if o.end <= run[0].start and o.key not in {r.key for r in run}]
    if len({o.key for o in run}) < 2 or not CHOOSING_BEFORE.search(before) or len({o.key for o in choosers}) != 1:
        return None
    return run, choosers[-1]


# right before a trigger: 'with' and the name that is the subject of an absolute clause (', with Brimoral paying')
WITH_ABSOLUTE = re.compile(r",\s+with\s+([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:also\s+)?$")
# right before a name: a clause on the agreement whose subject the name is ('a deal under which', 'whereby')
UNDER_WHICH = re.compile(r"(?:\b(?:under|through|in|by)\s+which|\bwhereby)\s+(?:the\s+)?$", re.I)
NOMINAL_BY = re.compile(r"\bby\s+(?:the\s+)?$")  # right before a name: the agent of a deal noun ('the purchase of X by Y')
# between a deal noun and its agent: no new clause ('a round for X, which was led by Y' is another verb's agent)
# ', and B will lease it', '; B has agreed to': a clause of its own opens on the name (roles.clause_subject)
CLAUSE_JOIN = re.compile(r"(?:,\s*(?:and|while|but|whereas)|;)\s*(?:[\w-]+\s+){0,2}?$")
BACK_PRONOUN = re.compile(r"\b(?:it|them|there)\b", re.I)  # (not 'its': the clause's own subject's)
THE_NOUN = re.compile(r"\b(?:the|that|this|those|these)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]{2,})\b")
CLAUSE_BREAK = re.compile(r"[,;:()—–]|\b(?:which|that|who|was|were|is|are|been|being)\b")


def _supplying_verbs(sent: Sentence, trigger: Trigger) -> list[Trigger]:
    """The trigger if it is a verb of supplying; else a later verb of supplying of the same frame in the sentence
    ('Orvane will develop the plants, and it will sell the output to X': rule roles.supplied_to_later)."""
    if SUPPLYING.match(trigger.text.split()[0]):
        return [trigger]
    later = [t for t in sent.triggers if t.start > trigger.start and t.frame == trigger.frame
             and SUPPLYING.match(t.text.split()[0])] if on("roles.supplied_to_later") else []
    return later[:1] if later and hit("roles.supplied_to_later") else []


def _two_acts(sent: Sentence, trigger: Trigger, left: list[OrgMention]) -> bool:
    """'Halmvik locked 200 MW, and Ostravin committed $650 million to a capacity play': the trigger's subject opens a
    clause of its own after ', and' that takes up nothing of the clause before (rule roles.clause_subject_refers):
    two acts, the first clause's subject no side of the second's."""
    return len(left) >= 2 and on("roles.clause_subject_refers") and bool(SUBJECT_GAP.fullmatch(
        sent.text, left[-1].end - sent.start, trigger.start - sent.start)) and bool(CLAUSE_JOIN.search(
            sent.text, left[-2].end - sent.start, left[-1].start - sent.start)) and not _refers_to_clause_before(
        sent, left[-2], left[-1], trigger) and hit("roles.clause_subject_refers")


def _refers_to_clause_before(sent: Sentence, first: OrgMention, second: OrgMention, trigger: Trigger) -> bool:
    """'Halmvik built the campus, and Ostravin will lease it (the campus, the site)': the trigger's clause takes up
    something of the clause before it, a pronoun or a noun after 'the' that the clause before names (roles.
    clause_subject_refers); 'Halmvik locked 200 MW, and Ostravin committed $650 million to a capacity play' tells
    two acts, and the first clause's subject is no side of the second's."""
    before = sent.text[first.end - sent.start:second.start - sent.start].lower()
    after = sent.text[trigger.start - sent.start:]
    after = after[:m.start()] if (m := re.search(r"[;:]|,\s+(?:and|while|but)\b", after)) else after
    return bool(BACK_PRONOUN.search(after)) or any(
        re.search(rf"\b{re.escape(w.rstrip('s'))}", before) for w in THE_NOUN.findall(after))


# after a phrasal trigger verb: its particle, then 'by' ('was snapped up by', 'is being taken over by')
PARTICLE_BY = re.compile(r"(?:up|over|out)\s+by\s")
# the preposition of a deal noun's object when no name stands before the noun (roles.nominal_object)
NOMINAL_OBJECT_PREP = {"acquirer_first": "of", "buyer_first": "of", "investor_first": "(?:in|into)"}
FINANCING_AGENT = re.compile(rf"\b(?:was|were|is|are|be|been|being)\s+(?:(?:also|jointly)\s+)?"
                             rf"(?:{words('financing_verbs')})\s+by\s+(?:the\s+)?$", re.I)


def _financing_agents(sent: Sentence, orgs: list[OrgMention]) -> list[OrgMention]:
    """The names right after a passive financing verb's 'by' ('was provided by A and B'), the list joined to them."""
    first = next((o for o in orgs if FINANCING_AGENT.search(_preceding(sent, o, 60))), None)
    if first is None:
        return []
    out = [first]
    for o in orgs[orgs.index(first) + 1:]:
        if not LIST_GAP.fullmatch(sent.text[out[-1].end - sent.start:o.start - sent.start]) or len(out) >= MAX_PARTIES:
            break
        out.append(o)
    return out


def _frame_roles(sent, type_, trigger, left, right, lex, joint=False):
    role_left, role_right = FRAME_ROLES[trigger.frame]
    after = sent.text[trigger.end - sent.start:].lstrip().lower()
    passive = hit("roles.passive", trigger.frame in ("investor_first", "acquirer_first", "buyer_first", "seller_first")
                  and after.startswith("by ")) or hit(
        "roles.particle_passive", on("roles.particle_passive") and trigger.frame in (
            "investor_first", "acquirer_first", "buyer_first", "seller_first") and bool(PARTICLE_BY.match(after))
        and bool(BE_BEFORE.search(sent.text[:trigger.start - sent.start]))) or hit(
        "roles.passive_award", on("roles.passive_award") and trigger.text.lower().startswith("awarded")
        and bool(BE_BEFORE.search(sent.text[:trigger.start - sent.start])))
    if not passive and trigger.frame == "seller_first" and on("roles.passive_with_goods") and BE_BEFORE.search(
            sent.text[:trigger.start - sent.start]) and WITH_GOODS_BY.match(sent.text, trigger.end - sent.start):
        # 'Dalterorzo agreed to be supplied with 5,000 servers by Quikafenaun': the agent after the goods supplies
        passive = hit("roles.passive_with_goods", True)
    if not passive and trigger.frame in ("buyer_first", "investor_first") and on("roles.passive_paid") and \
            PAYMENT.match(trigger.text) and BE_BEFORE.search(sent.text[:trigger.start - sent.start]):
        # 'Kestrimo will be paid $2 billion by Dalvoren': the figure between the passive verb and its 'by'
        figure = next((m for m in sent.money if 0 <= m.start - trigger.end <= 2), None)
        passive = figure is not None and hit("roles.passive_paid", bool(
            re.match(r"\s+by\s", sent.text[figure.end - sent.start:])))
    if passive and trigger.frame == "buyer_first" and right and PAYMENT.match(trigger.text) and on(
            "roles.money_paid_by") and hit("roles.money_paid_by", _money_subject(sent, trigger)):
        # 'A $410 million fee paid by Vantorin to Qelvo', '$300 million will be paid by Vantorin to Qelvo': the money
        # is the passive's subject, so its agent pays (the frame's first role) and every other name is paid
        passive, left, right = False, right[:1], left + right[1:]
    if passive:
        role_left, role_right = role_right, role_left
        comma = sent.text.find(",", trigger.end - sent.start)
        if not left and not sent.text[:trigger.start - sent.start].strip() and comma > 0 and on(
                "roles.opener_passive"):
            # 'Backed by $500 million from A and B, Telmora plans ...': the opening participle's patient is the
            # subject after its comma, its agents the names before that comma
            agents_of = [o for o in right if o.start - sent.start < comma]
            subject = [o for o in right if o.start - sent.start > comma][:1]
            if agents_of and subject and hit("roles.opener_passive", True):
                left, right = subject, agents_of
    agents = [o for o in right if NOMINAL_BY.search(_preceding(sent, o, 6)) and not CLAUSE_BREAK.search(
        sent.text[trigger.end - sent.start:o.start - sent.start])] if not left and not passive else []
    if agents and trigger.frame in ("investor_first", "acquirer_first", "buyer_first") and len(agents) < len(
            right) and hit("roles.nominal_agent", on("roles.nominal_agent")):
        # 'The acquisition of Kestrel by Orvell is expected to close': the noun's 'by' names who acquires
        left, right = agents, [o for o in right if o not in agents]
    if not left and len(right) >= 2 and not agents and trigger.frame in NOMINAL_OBJECT_PREP and on(
            "roles.nominal_object") and hit("roles.nominal_object", bool(re.fullmatch(
                rf"\s+{NOMINAL_OBJECT_PREP[trigger.frame]}\s+(?:the\s+)?",
                sent.text[trigger.end - sent.start:right[0].start - sent.start]))):
        # 'The acquisition of Kelmar gives Velkara a foothold', 'The $2 billion investment in X makes Y its largest
        # shareholder': the deal noun's object is the one bought or invested in; the other name takes the other role
        left, right = right[1:2], right[:1]
    if type_ == "investment" and trigger.frame == "investee_first" and trigger.text.startswith(("'s", "’s")) and \
            hit("roles.round_owner", on("roles.round_owner") and any(o.end == trigger.start for o in sent.orgs)):
        # 'Backers of Pellucid's $2 billion round include A and B', 'A and B are among the backers of Pellucid's
        # round': the round is its owner's (even after 'of'), whoever else the sentence names puts money in
        owner = next(o for o in sent.orgs if o.end == trigger.start)
        others = [o for o in left + right if o.key != owner.key]
        return [(owner, "investee")] + [(o, "investor") for o in _dedupe_orgs(others)[:MAX_PARTIES]] if others else None
    if type_ == "investment" and trigger.frame == "investee_first" and left and right and re.search(
            r"\s(?:for|of)$", trigger.text) and 0 <= right[0].start - trigger.end <= 4 and on(
            "roles.financing_for") and hit("roles.financing_for", not NOMINAL_BY.search(
                sent.text[:trigger.start - sent.start])):
        # (the name right after the trigger's 'for', not one before it: 'in talks with Marlow Capital about financing
        # of up to $3 billion' is the subject's financing)
        # 'X will provide $5 billion in financing for Quorvane('s buildout)': the company the financing is for raises
        # it, the subject who provides it puts the money in
        return [(right[0], "investee")] + [(o, "investor") for o in left if o.key != right[0].key][:MAX_PARTIES]
    if type_ == "investment" and trigger.frame == "investee_first" and len(left) >= 2 and INVESTORS_OPEN.match(
            sent.text) and hit("roles.investors_listed_first", on("roles.investors_listed_first")):
        # 'Investors in the round include A, B and C, Velkara said as it announced a $750 million Series D': the
        # list that opens the sentence names investors; the company closest to the round raises it
        return [(left[-1], "investee")] + [(o, "investor") for o in left[:-1] if o.key != left[-1].key][:MAX_PARTIES]
    if type_ == "investment" and trigger.frame == "investee_first" and len(left) == 1 and right and left[
            0].kind == "investor" and right[0].kind != "investor" and on("roles.lender_signs") and SIGNED_LOAN.match(
                trigger.text) and re.fullmatch(r"\s+with\s+(?:the\s+)?", sent.text[
                    trigger.end - sent.start:right[0].start - sent.start]) and hit("roles.lender_signs"):
        # 'Orlek Bank signed a EUR400 million loan with Brenmoor': a loan a lender signs with a company is lent to it
        return [(right[0], "investee"), (left[0], "investor")]
    if type_ == "investment" and trigger.frame == "investee_first":
        investee = left[:1] or right[:1]
        investors = _after_investor_cue(sent, right, lex)
        # ('A venture formed by X and Y secured a loan': the members raise it together; roles.venture_subject_members)
        venture = left if len(left) >= 2 and on("roles.venture_subject_members") and VENTURE_MEMBERS.match(
            sent.text, 0, left[-1].start - sent.start) else []
        backers = [o for o in left if o.kind == "investor"] if len(left) > 1 and sent.money and on(
            "roles.joint_backer") and not venture else []
        if len(backers) == 1 and (_coordinated(sent, left) or all(JOINED_DESCRIBED.fullmatch(
                sent.text, a.end - sent.start, b.start - sent.start) for a, b in zip(left, left[1:]))) and hit(
                "roles.joint_backer"):
            # 'Venture firm Ostrikan Capital and AI chip startup Velquen closed a $60 million Series B': of joint
            # subjects of a raise, the one only named or described as an investor put money in; the other raised it
            investee = [o for o in left if o is not backers[0]][:1]
            investors = backers + [o for o in investors if o.key != backers[0].key]
        if not investors and right and ISSUING.match(trigger.text) and on("roles.issued_to"):
            # 'Kestrel AI issued $500 million of convertible notes to Harrow Capital': whom a company issues or sells
            # its notes or shares to puts the money in
            investors = [o for o in right if TO_BEFORE.search(_preceding(sent, o, 12)) and not CLAUSE_BREAK.search(
                sent.text[trigger.end - sent.start:o.start - sent.start])][:1]
            investors = _dedupe_orgs(investors + [o for o in right if investors and o.start > investors[0].start and
                                                  LIST_GAP.fullmatch(sent.text[investors[0].end - sent.start:
                                                                               o.start - sent.start])])[:MAX_PARTIES]
            hit("roles.issued_to", bool(investors))
        if not investors and right and WARRANTS_GRANTED.match(trigger.text) and on("roles.warrant_recipient"):
            # 'Brelmont granted Pexley Labs warrants for up to 160 million shares': whom warrants are granted or issued
            # to, named right after the verb, may buy the shares (guideline 7: an investment with no amount)
            investors = [o for o in right if o.start < trigger.end][:1]
            hit("roles.warrant_recipient", bool(investors))
        if not investors and on("roles.round_relative_lead"):
            # 'raising $5 billion in a round that Tamsin Capital is expected to lead': the relative clause's subject
            investors = [o for o in right if ROUND_THAT.search(sent.text, 0, o.start - sent.start) and LEADS_AFTER.match(
                sent.text, o.end - sent.start)][:MAX_PARTIES]
            hit("roles.round_relative_lead", bool(investors))
        if not investors and right and sent.frames and on("roles.round_drew_relative"):
            # 'X said it raised $50 million in a round that drew A and B': the objects of a relative clause on the
            # round whose verb draws investors (frames.yaml round_that_drew) put money in, whoever raised it
            drawn = {pos for fid, _, role, pos, _ in sent.frames if fid == "round_that_drew" and role == "investor"}
            investors = _dedupe_orgs([o for o in right if any(o.start <= pos < o.end for pos in drawn)])[:MAX_PARTIES]
            # ('The company raised ... in a round that drew A': the one raising is not named here, no drawn investor)
            investee = [o for o in investee if o.key not in {x.key for x in investors}]
            hit("roles.round_drew_relative", bool(investors))
        if not investors and left and on("roles.group_oblique"):
            # 'X got approval from lenders including Y to borrow $10 billion': the lenders named before the trigger
            taken = {o.key for o in left}
            investors = _dedupe_orgs([o for o in sent.orgs if o.key not in taken and left[0].end < o.start and o.end
                                      <= trigger.start and GROUP_NAMED.search(
                                          sent.text, left[0].end - sent.start, o.start - sent.start)])[:MAX_PARTIES]
            hit("roles.group_oblique", bool(investors))
        if not investors and left and on("roles.backers_before_round"):
            # 'X secured backing from A and B in a $75 million seed round': the round's investors, named after a
            # noun of backing and 'from' between the subject and the round
            cue = BACKING_FROM.search(sent.text, left[0].end - sent.start, trigger.start - sent.start)
            investors = _dedupe_orgs([o for o in sent.orgs if cue and o.key != left[0].key and o.end <= trigger.start
                                      and o.start - sent.start >= cue.end()])[:MAX_PARTIES]
            hit("roles.backers_before_round", bool(investors))
        if not investors and ADDED_AS_INVESTOR.search(trigger.text) and on("roles.added_as_investor"):
            # 'X has added Tarrow Capital as a strategic investor': the name between the verb and its role invests
            investors = [o for o in right if o.end <= trigger.end][:MAX_PARTIES]
            hit("roles.added_as_investor", bool(investors))
        if not investee:
            return None
        if not investors and on("roles.financing_agent"):
            # 'The $700 million financing for X's campus was provided by Kelmar Bank': the passive's agents lend
            investors = _financing_agents(sent, [o for o in right if o.key != investee[0].key])
            hit("roles.financing_agent", bool(investors))
        if venture and hit("roles.venture_subject_members"):
            return [(o, "investee") for o in venture] + [(o, "investor") for o in investors if o.key not in {
                x.key for x in venture}][:MAX_PARTIES]
        return [(investee[0], "investee")] + [(o, "investor") for o in investors if o.key != investee[0].key]
    if type_ == "investment" and trigger.frame == "investor_first" and not passive:
        if not right and len(left) == 2 and on("roles.subject_invests_described") and SUBJECT_GAP.fullmatch(
                sent.text, left[1].end - sent.start, trigger.start - sent.start) and not LIST_GAP.fullmatch(
                sent.text, left[0].end - sent.start, left[1].start - sent.start) and hit(
                "roles.subject_invests_described", bool(INVEST_IN_DESCRIBED.search(
                    sent.text, trigger.start - sent.start))):
            # 'Tarrow Labs changed its name after Brisca Capital led a round in the company': the verb's own subject
            # invests; the company described after 'in' stands for the other name
            return [(left[1], "investor"), (left[0], "investee")]
        if not right and len(left) >= 2:
            return [(o, "investor") for o in left[:-1]] + [(left[-1], "investee")]
        if not right:
            return None
        invest_in = [o for o in right if hit("roles.invest_in", INVEST_IN_BEFORE.search(_preceding(sent, o)))]
        if not invest_in and len(left) == 2 and not LIST_GAP.fullmatch(sent.text, left[0].end - sent.start, left[
                1].start - sent.start) and INVEST_IN_DESCRIBED.search(sent.text, trigger.start - sent.start) and all(
                _co_listed(sent, o) or _taking_part(sent, o) for o in right) and hit(
                "roles.described_investee_before", on("roles.described_investee_before")):
            # 'Quessant doubled down on Brevik, leading a $150 million round in the chip startup alongside Tamsworth':
            # the company the money goes into is described, and stands for the name before the trigger that is not
            # the subject; the names after the co-investor cue invest too
            return [(left[0], "investor"), (left[1], "investee")] + [(o, "investor") for o in right][:MAX_PARTIES]
        if not invest_in and all((_co_listed(sent, o) or _taking_part(sent, o) or _listed_in_round(sent, o)) and not
                                 INVEST_IN_BEFORE.search(_preceding(sent, o)) for o in right) and hit(
                "roles.co_investors_only", on("roles.co_investors_only")):
            # 'X led the round, with participation from A, B and C': a list after a co-investor cue names more
            # investors, none of them the company (which an earlier sentence names)
            return [(o, "investor") for o in _dedupe_orgs(left + right)[:MAX_PARTIES]]
        investee = invest_in[0] if invest_in else right[-1] if len(right) > 1 and hit(
            "roles.figures_then_investee", _coordinated_figures(sent, trigger)) else right[0]
        # 'led a round in X, alongside Y and Z': investors named after the investee with a co-investor cue
        co = [o for o in right if o.key != investee.key
              and _co_listed(sent, o)] if on("roles.co_investors") else []
        co += [o for o in right if o.key != investee.key and o not in co and hit(
            "roles.co_investors_after", _taking_part(sent, o))]
        if co:
            hit("roles.co_investors")
        return [(o, "investor") for o in left] + [(investee, "investee")] + [(o, "investor") for o in co]
    firsts = left if role_left in ("investor", "acquirer") or joint else left[:1]  # 'A and B will buy ... from C'
    if len(left) >= 2 and not joint and not right and role_left in ("buyer", "seller") and on(
            "roles.clause_subject") and SUBJECT_GAP.fullmatch(sent.text, left[-1].end - sent.start,
                                                              trigger.start - sent.start) and CLAUSE_JOIN.search(
                sent.text, left[-2].end - sent.start, left[-1].start - sent.start) and hit("roles.clause_subject"):
        # 'Halmvik built the campus, and Ostravin will lease it': the trigger's subject opens its own clause; the
        # subject of the clause before is the other side
        other = [] if _two_acts(sent, trigger, left) else [
            (o, role_right) for o in left[:-1] if o.key != left[-1].key][:1]
        return [(left[-1], role_left)] + other
    if trigger.frame == "buyer_first" and len(right) >= 2 and on("roles.from_over_site_owner") and SITE_OWNED.match(
            sent.text, right[0].end - sent.start):
        source = next((o for o in right[1:] if FROM_BEFORE.search(_preceding(sent, o, 12))), None)
        if source is not None and hit("roles.from_over_site_owner"):
            # 'will rent 10,000 GPUs housed in Orlek's facility in Iowa from Ravenor': whose site the goods sit in is
            # no seller where a name after 'from' says who they come from
            right = [source] + [o for o in right if o is not source]
    if role_left == "investee" and len(left) > 1 and hit("roles.joint_investees", on("roles.joint_investees")
                                                        and _coordinated(sent, left)):
        firsts = left  # 'A, B and C landed a $2 billion financing package led by D': all three receive it
    seconds = right[:MAX_PARTIES] if role_right == "investor" else _with_list(sent, right) if on(
        "roles.object_list") else right[:1]
    parties = [(o, role_left) for o in firsts] + [(o, role_right) for o in seconds]
    if role_left == "acquirer" and seconds and on("roles.co_acquirers"):
        # 'is part of a consortium that will buy X for $40 billion, alongside A and B': more buyers
        co = [o for o in right if o not in seconds and o.key not in {x.key for x in firsts} and _co_listed(sent, o)]
        if co and hit("roles.co_acquirers", True):
            parties += [(o, "acquirer") for o in co[:MAX_PARTIES]]
    return parties or None


# right before a name: a second deal joined by 'and' to money raised ('$350m and a multi-year tie-up with ')
# (roles.second_deal_partner)
SECOND_DEAL_WITH = re.compile(rf"\b(?:and|plus|as\s+well\s+as)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?"
                              rf"(?:{words('joint_nouns')}|deal|agreement|contract|pact)s?\s+with\s+(?:the\s+)?$",
                              re.I)


# between a provider and the one it provides: a verb of providing ('A provided B with ... financing';
# roles.provided_with_financing), and after the second name, 'with' and the money lent
PROVIDED_BETWEEN = re.compile(r"\s+(?:(?:has|have|had|will|also|jointly|together)\s+)*(?:provided|provides|provide|"
                              r"providing|supplied|supplies|supply|furnished|gave|give|gives)\s+(?:the\s+)?$", re.I)
WITH_LENDING = re.compile(rf"\s+with\s+{NO_STOP}{{0,60}}?\b(?:{words('lending_nouns')})\b", re.I)


def _provided_with_financing(sent: Sentence, trigger: Trigger, mentions: list[OrgMention]):
    """'A and B provided C with $400 million of debt financing': (C, investee) and the providers as investors, where
    the money's trigger comes after the provided name; else None."""
    for i, given in enumerate(mentions):
        if given.end > trigger.start or not WITH_LENDING.match(sent.text, given.end - sent.start):
            continue
        providers = [o for o in mentions[:i] if PROVIDED_BETWEEN.fullmatch(
            sent.text, o.end - sent.start, given.start - sent.start)][-1:]
        for o in reversed(mentions[:i]):
            if providers and o.end <= providers[0].start and AND_JOIN.fullmatch(
                    sent.text, o.end - sent.start, providers[0].start - sent.start):
                providers.insert(0, o)
        if providers and given.key not in {o.key for o in providers}:
            return [(given, "investee")] + [(o, "investor") for o in _dedupe_orgs(providers)[:MAX_PARTIES - 1]]
    return None


def _leads_partnership(sent: Sentence, o: OrgMention) -> bool:
    """'led by (AI cloud provider) X, in partnership with A and B': X leads the joint undertaking, a partner (rule
    roles.leader_partners)."""
    return on("roles.leader_partners") and bool(LED_BY_BEFORE.search(_preceding(sent, o, 60))) and bool(
        JOINED_AFTER.match(sent.text, o.end - sent.start))


def _partner_oblique(sent: Sentence, o: OrgMention) -> bool:
    """'a unit spun off from X', 'rivals like X': no partner. But 'agreed to pay X': the 'to' of an infinitive whose
    verb is a trigger makes X that verb's object, a party (rule roles.infinitive_object)."""
    before = _preceding(sent, o)
    if not PARTNER_OBLIQUE.search(before):
        return False
    last = max((m for m in PARTNER_OBLIQUE_WORD.finditer(before)), key=lambda m: m.start())  # the nearest oblique word
    if last.group(0).lower() == "from" and hit("roles.licensor", on("roles.licensor") and bool(
            LICENSED_FROM.search(before[:last.start()]))):
        return False  # 'to license technology from X': the licensor, the other partner (guideline 5)
    if last.group(0).lower() == "to" and hit("roles.licensee", on("roles.licensee") and bool(
            LICENSED_FROM.search(before[:last.start()]))):
        return False  # 'licensed its models to X and hired its founders': the licensee, the other partner (guideline 5)
    if last.group(0).lower() == "by" and on("roles.formed_by") and hit("roles.formed_by", bool(FORMED_BY.search(
            before[:last.end()]))):
        return False  # 'a joint venture created by A, B and C': the venture's makers are its partners
    if last.group(0).lower() in ("by", "to") and on("roles.money_paid_by") and hit("roles.money_paid_by", any(
            PAYMENT.match(t.text) and PAID_BY_TO.fullmatch(sent.text, t.end - sent.start, o.start - sent.start)
            and _money_subject(sent, t) for t in sent.triggers)):
        return False  # 'a $410 million fee paid by X to Y': the one who pays and the one paid are both sides
    at = o.start - len(before) + last.start()
    if on("roles.oblique_of_other") and hit("roles.oblique_of_other", any(
            at < x.end <= o.start for x in sent.orgs)):
        return False  # 'The Ministry of Velmora said Orlin Data ...': the 'of' is another name's
    if last.group(0).lower() == "to" and hit("roles.hired_licensor", on("roles.hired_licensor") and bool(
            HIRE_BEFORE.search(before) and LICENSE_WORD.search(sent.text))):
        return False  # 'paid $650 million to hire X's founders and license its models': X, the other partner
    return not (last.group(0).lower() == "to" and hit("roles.infinitive_object", on(
        "roles.infinitive_object") and any(at < t.start < o.start for t in sent.triggers)))


# 'a joint venture created by', 'formed jointly by': the makers of a venture after its verb (roles.formed_by)
FORMED_BY = re.compile(rf"\b(?:{words('joint_nouns')})\s+(?:[\w-]+\s+){{0,2}}?(?:created|formed|founded|established|"
                       r"launched|set\s+up|co-founded)\s+(?:jointly\s+)?by$", re.I)


# a licence-and-hire deal (guideline 5): 'to hire X's founders' in a sentence that tells a licence too
# (roles.hired_licensor; discourse.license_and_hire)
LICENSE_WORD = re.compile(r"\blicen[cs](?:e|es|ed|ing)\b", re.I)
HIRE_WORD = re.compile(r"\b(?:hire|hires|hired|hiring|poach(?:es|ed|ing)?)\b", re.I)
HIRE_BEFORE = re.compile(r"\bto\s+(?:hire|poach)\s+(?:the\s+)?$", re.I)


# 'are jointly establishing Tamsin Compute': the company the partners found together comes right after the verb
# 'established a joint venture company, Brisa AI,', 'formed a joint venture called Brisa AI': the name of the venture
# the sentence founds (roles.venture_named)
VENTURE_NAMED = re.compile(r"\b(?:establish|establishe[sd]|establishing|form|forms|formed|forming|set\s+up|sets\s+up|"
                           r"setting\s+up|create[sd]?|creating|launch|launche[sd]|launching)\s+(?:a|an|the|their|its)\s+"
                           r"(?:new\s+)?joint[\s-]venture(?:\s+(?:company|firm|entity|platform))?\s*(?:,|called|named|—|–)?"
                           r"\s*$", re.I)  # (not 'X, through its joint venture Y, and Z': Y acts in the deal)
FOUNDED_GAP = re.compile(rf"^\s*(?:(?:{words('founding_fillers')})\s+){{0,4}}$", re.I)


def _founded(sent: Sentence, o: OrgMention) -> bool:
    """The object of a joint founding ('A and B are together establishing C', 'jointly set up a company called C')
    is the new company, no partner: the joint venture is a deal between its founders (guideline 5)."""
    return any(founds_jointly(t) and t.end <= o.start and FOUNDED_GAP.match(
        sent.text[t.end - sent.start:o.start - sent.start]) for t in sent.triggers)


def _taking_part(sent: Sentence, o: OrgMention) -> bool:
    """'led the round in Y, with A and B participating': a list after 'with' that ends in a word of taking part
    names co-investors."""
    return on("roles.co_investors_after") and bool(WITH_BEFORE.search(_preceding(sent, o, 60))) and bool(
        PARTICIPATING_AFTER.match(sent.text[o.end - sent.start:]))


def co_investor(sent: Sentence, o: OrgMention) -> bool:
    """The name is one more investor set after a co-investor cue ('alongside A', 'with A and B participating')."""
    return _co_listed(sent, o) or _taking_part(sent, o)


# after an investing trigger: the company the money goes into, described, not named ('in the chip startup';
# roles.described_investee_before)
INVEST_IN_DESCRIBED = re.compile(r"\b(?:in|into)\s+the\s+(?:[\w-]+\s+){0,2}?(?:startup|company|firm|business|lab|"
                                 r"developer|maker|provider|operator|group)\b", re.I)
# (no co-investor cue among the words between: 'a round in the chip startup alongside X' names X a co-investor)
INVEST_IN_BEFORE = re.compile(rf"\b(?:in|into)\s+(?:the\s+)?(?:(?!(?:{words('co_investor_cues')}|with)\b)[\w-]+\s+)"
                              rf"{{0,3}}$")


def _coordinated_figures(sent: Sentence, trigger: Trigger) -> bool:
    """'X will invest $10B and Y $5B, backing Z': the investee comes after the figures."""
    after = [m for m in sent.money if m.start >= trigger.head_end and not m.excluded]
    return len(after) >= 2


def _with_list(sent: Sentence, right: list[OrgMention]) -> list[OrgMention]:
    """The first object and the organisations listed with it ('to the government and four groups - A, B and C')."""
    out = right[:1]
    for prev, nxt in zip(right, right[1:]):
        gap = sent.text[prev.end - sent.start:nxt.start - sent.start]
        if QUANTITY_OBJECT_GAP.fullmatch(gap) and len(out) < MAX_PARTIES and on(
                "roles.paired_quantity_object") and hit("roles.paired_quantity_object", True):
            # 'will sell 500 MW to Orbrix and 300 MW to Tessik': a second quantity and its own 'to' or 'from' name
            # a second counterparty of the same verb (candidates.paired_quantities then gives each its deal)
            out.append(nxt)
            continue
        if not LIST_GAP.fullmatch(gap) or LIST_STOP.search(gap) or len(out) >= MAX_PARTIES:
            break
        out.append(nxt)
        hit("roles.object_list")
    return out


# a sentence that opens with a round's investors ('Investors in the round include', 'Backers of the round included')
# (after an opener, mentions.py OPENING: 'On Tuesday, investors in the round included ...')
INVESTORS_OPEN = re.compile(OPENING + r"\W*(?:the\s+)?(?:new\s+|other\s+)?(?:investors|backers|participants)\s+"
                            r"(?:in|of)\s+"
                            rf"(?:the|this|that)\s+(?:[\w$€£.-]+\s+){{0,3}}?(?:{words('round_nouns')}|financing)\s+"
                            rf"(?:include|included|includes|were|are)\b", re.I)


# 'an agreement with Y for the purchase of', '(entered into) a definitive agreement with Y (, ...,) for the acquisition
# of' (roles.agreement_to_buy; the group is the text after 'with')
AGREEMENT_TO_BUY = re.compile(r"\b(?:agreement|deal|contract|pact)\s+with\s+([^;]{1,120}?)\s+for\s+the\s+"
                              r"(?:purchase|acquisition)\s+of\b(?!\s+(?:a|an)?\s*(?:\d+%|stake|majority|minority))",
                              re.I)
# a noun of backing and 'from' before the backers ('secured backing from A and B'; roles.backers_before_round)
BACKING_FROM = re.compile(r"\b(?:backing|support|funding|investment|investments|financing|capital|commitments?)\s+"
                          r"from\s+", re.I)


# the end of a trigger that adds a name in an investor's role: '... added X as a strategic investor'
# (triggers.jsonl; roles.added_as_investor)
ADDED_AS_INVESTOR = re.compile(r"\sas\s+(?:[\w-]+\s+){0,3}?(?:investor|backer|shareholder)$", re.I)


# before 'from': an infinitive of purpose whose verb takes its own source ('raised $600 million to buy chips from
# Nvidia': Nvidia sells the chips; roles.purpose_from)
PURPOSE_FROM = re.compile(r"\bto\s+(?:buy|purchase|acquire|rent|lease|license|procure|source|order)\b[^,;()]{0,60}$",
                          re.I)


def _after_investor_cue(sent: Sentence, right: list[OrgMention], lex: Lexicon) -> list[OrgMention]:
    m = next((c for c in cue_regexes(lex)["investor_cues"].finditer(sent.text) if not (
        c.group(0).lower().startswith("from") and on("roles.purpose_from") and hit("roles.purpose_from", bool(
            PURPOSE_FROM.search(sent.text, 0, c.start()))))), None)
    m = hit("roles.raised_from", m)
    if not m:
        return []
    cut = sent.start + m.start()
    return [o for o in right if o.start >= cut][:MAX_PARTIES]


# 'will help Kessling', 'to allow Kessling', 'will fund Kessling's': whom money put in serves (roles.money_helps)
HELPED_BEFORE = re.compile(r"\b(?:will|would|to|should|could|can|may)\s+(?:help|allow|enable|let|fund|finance|support)"
                           r"\s+(?:the\s+)?$", re.I)
BENEFICIARY_BEFORE = re.compile(rf"\b(?:{words('beneficiary_verbs')})\s+(?:the\s+)?$", re.I)
# 'the anchor customer for Quessary's campus': a noun of the side that buys before 'for' makes the site's owner the
# other side, the landlord (roles.customer_for_site)
BUYER_NOUN_FOR = re.compile(rf"\b(?:{words('buyer_nouns')})s?\s+for\s+(?:the\s+)?$", re.I)


CAPACITY_AFTER = rf"(?:[\w-]+\s+){{0,2}}?(?:{words('capacity_nouns')})\b"
POSSESSED_CAPACITY = re.compile(rf"['’]s\s+{CAPACITY_AFTER}")  # (after a name: compiled once, not per name)
WORD_CHAR = re.compile(r"\w")


def _possessive_capacity(text: str, name: str):
    """The starts of `name` written with no word before it and followed by its possessive and a capacity noun
    ("Velmora's AI compute"), left to right and not overlapping, as a regex of the name and POSSESSED_CAPACITY
    would find them."""
    at = text.find(name)
    while at != -1:
        m = None if at and WORD_CHAR.match(text, at - 1) else POSSESSED_CAPACITY.match(text, at + len(name))
        if m:
            yield at
        at = text.find(name, m.end() if m else at + 1)


def _beneficiary(sent: Sentence, orgs: list[OrgMention]) -> OrgMention | None:
    """'a $20B cloud deal to boost Velmora's AI compute', 'power for Velmora's data centers': the organisation
    whose capacity the deal serves is the buyer."""
    for o in orgs:  # any mention of the party's name: the possessive is often its second one
        for start in _possessive_capacity(sent.text, o.text):
            before = sent.text[max(0, start - 30):start]
            if BENEFICIARY_BEFORE.search(before) and not (on("roles.customer_for_site") and hit(
                    "roles.customer_for_site", bool(BUYER_NOUN_FOR.search(before)))):
                return o
    return None


def _kind_roles(type_: str, orgs: list[OrgMention], round_ref: bool | set = False, sent: Sentence | None = None):
    orgs = orgs[:MAX_PARTIES]
    if len(orgs) == 1 and type_ in TRADE_TYPES and sent is not None and on("candidates.unnamed_counterparty") and hit(
            "roles.unnamed_other_side", on("roles.unnamed_other_side") and unnamed_counterparty(sent)):
        # 'signed a lease agreement with an investment-grade hyperscaler': the customer is not named; the one
        # organisation named sells (the unnamed parties are customers, tenants, buyers)
        return [(orgs[0], "seller")]
    if len(orgs) < 2:
        return [(o, "investee") for o in orgs] if type_ == "investment" else None
    if type_ == "partnership":
        return [(o, "partner") for o in orgs]
    if type_ == "investment" and round_ref:
        # '... for this round, joined by A and B': all investors, but the company the round is 'for'
        target = next((o for o in orgs if o.key in round_ref), None) if isinstance(round_ref, set) else None
        if target is None:  # no 'for X': the one company that is no investing kind raised the money
            raising = [o for o in orgs if investor_score(o) == 0]
            target = raising[0] if len(raising) == 1 else None
        return [(o, "investee" if o is target else "investor") for o in orgs]
    if type_ == "investment":
        ranked = sorted(orgs, key=investor_score)
        return [(ranked[0], "investee")] + [(o, "investor") for o in ranked[1:]]
    if type_ == "acquisition":
        return [(orgs[0], "acquirer"), (orgs[1], "target")]

    def score(o: OrgMention) -> int:
        return _seller_score(type_, o)
    site = ITS_SITE.search(sent.text, orgs[1].end - sent.start) if type_ == "datacenter" and sent is not None and len(
        {o.key for o in orgs}) == 2 and on("roles.its_site_owner") else None
    if site and hit("roles.its_site_owner", True):
        # 'Pexwood Data signed a lease with Velkara for 50 MW at its Virginia campus': 'its' is the subject's, the
        # first named; the owner of the site leases it out
        return [(orgs[0], "seller"), (orgs[1], "buyer")]
    earner = _revenue_earner(sent, orgs) if sent is not None and len({o.key for o in orgs}) == 2 and on(
        "roles.revenue_earner") else None
    if earner is not None and hit("roles.revenue_earner", True):
        # 'signed a lease with Y for 50 MW, with contract revenue of $2 billion', 'bringing X $2 billion in revenue':
        # the one the deal earns revenue for sells
        return [(earner, "seller")] + [(o, "buyer") for o in orgs[:3] if o.key != earner.key][:1]
    buyer = _beneficiary(sent, orgs[:3]) if sent is not None and on("roles.beneficiary") else None
    if buyer is not None and on("roles.beneficiary_sells") and score(buyer) > max(
            score(o) for o in orgs[:3] if o.key != buyer.key) and hit("roles.beneficiary_sells", True):
        # 'Velkor Labs inked a $2 billion deal for Halden Cloud's compute': the capacity of a company of the kind that
        # sells what the deal trades, more than the other side, is what it sells, not what it needs
        buyer = None
    if buyer is not None and hit("roles.beneficiary", True):
        others = [o for o in orgs[:3] if o.key != buyer.key]
        return [(buyer, "buyer"), (max(reversed(others), key=score), "seller")]
    seller = max(reversed(orgs[:3]), key=score)
    if score(seller) <= 0 and len({score(o) for o in orgs[:3]}) == 1:
        seller = orgs[1]
    buyers = [o for o in orgs[:3] if o.key != seller.key][:1]
    joint = buyers and sent is not None and on("roles.joint_counterparts") and not PLURAL_DEALS_WITH.search(
        sent.text, 0, buyers[0].start - sent.start)  # ('deals with A and B': a deal with each)
    for o in orgs[:MAX_PARTIES] if joint else ():
        if o.start >= buyers[-1].end and o.origin != "anaphora" and o.key not in {b.key for b in buyers} | {
                seller.key} and AND_JOIN.fullmatch(
                sent.text, buyers[-1].end - sent.start, o.start - sent.start) and hit("roles.joint_counterparts"):
            buyers.append(o)  # 'a power supply agreement with A and B': the names joined to the buyer buy with it
    return [(o, "buyer") for o in buyers] + [(seller, "seller")]


PLURAL_DEALS_WITH = re.compile(r"\b(?:deals|agreements|contracts|pacts|partnerships)\s+with\s+$", re.I)


# 'with contract revenue of', 'generating $2 billion in revenue': revenue the deal brings, its earner unnamed (the
# clause's subject); "bringing X $2 billion in revenue", "X's contracted revenue": the earner named (roles.revenue_earner)
REVENUE = r"(?:[\w-]+\s+){0,2}?(?:revenue|revenues|sales)\b"
REVENUE_UNNAMED = re.compile(rf"(?:,\s*|\b)(?:with|generating|yielding|worth)\s+(?:an?\s+|total\s+|about\s+|"
                             rf"(?:{SIGN})?[\d.,]+\s*(?:million|billion|bn|m)?\s+(?:in\s+|of\s+)?)*{REVENUE}", re.I)
REVENUE_TO = re.compile(r"\b(?:bringing|giving|earning|adding)\s+$", re.I)
REVENUE_OWNED = re.compile(rf"['’]s?\s+{REVENUE}", re.I)


def _revenue_earner(sent: Sentence, orgs: list[OrgMention]) -> OrgMention | None:
    """The company a two-sided trade told without a direction earns revenue for: the name after 'bringing' (or
    'giving', 'earning') with revenue after it, the name whose revenue it is ("X's contract revenue"), else, where
    the sentence says 'with contract revenue of ...' and names no earner, the first name, the clause's subject."""
    text = sent.text
    keys = {o.key for o in orgs}
    for o in sent.orgs:  # (every mention: 'Orlin signed ..., bringing Orlin $2 billion in revenue')
        rest = text[o.end - sent.start:]
        if o.key in keys and (REVENUE_TO.search(_preceding(sent, o, 20)) and re.search(
                rf"^[^;]{{0,40}}?\b{REVENUE}", rest, re.I) or REVENUE_OWNED.match(rest)):
            return next(x for x in orgs if x.key == o.key)
    # (after both names: 'Orlin, with revenue of $5 billion last year, signed ...' describes Orlin, not the deal)
    return orgs[0] if REVENUE_UNNAMED.search(text, max(o.end for o in orgs) - sent.start) else None


ITS_SITE = re.compile(rf"\b(?:at|in|on|of)\s+its\s+(?:[\w-]+\s+){{0,3}}?{SITE_NOUN}\b", re.I)


def investor_score(o: OrgMention) -> int:
    """How much an organisation's kind looks like the one putting money in. That big cloud and chip companies invest
    is known of the gazetteer's companies; a name no list knows whose words say chips or cloud ('AI chipmaker
    Velkara') is the startup it describes, an investor only when its words say so (rule roles.listed_investors)."""
    if o.origin == "gazetteer" or o.kind == "investor" or not on("roles.listed_investors"):
        return INVESTOR_SCORE.get(o.kind, 0)
    hit("roles.listed_investors", INVESTOR_SCORE.get(o.kind, 0) > 0)
    return 0


# a noun of investing, then its 'in' (roles.investment_in_described)
INVESTMENT_IN = re.compile(r"investments?\s+in\s*$", re.I)
SPACE_AT = re.compile(r"\s*")


def _in_described_subject(sent: Sentence, trigger: Trigger, orgs: list, lex: Lexicon) -> OrgMention | None:
    """The subject of 'A signed an agreement with B for an investment in the startup': the noun's 'in' holds a
    description ('the startup', cues.yaml anaphora) with no name after it, A opens the sentence and B follows 'with'."""
    if not INVESTMENT_IN.search(trigger.text) or any(o.start >= trigger.end for o in sent.orgs):
        return None
    at = SPACE_AT.match(sent.text, trigger.end - sent.start).end()
    if cue_regexes(lex)["anaphora"].match(sent.text, at) is None or len({o.key for o in orgs}) != 2:
        return None
    first = min(orgs, key=lambda o: o.start)
    other = [o for o in orgs if o.key != first.key]
    # (not where the subject looks the more like an investor: 'Tamsin Ventures signed an agreement with Pellin for an
    # investment in the company' is Tamsin's in Pellin)
    return first if all(_after_with(sent, o) and investor_score(o) >= investor_score(first) for o in other) and not (
        _after_with(sent, first)) else None


# between a name and the trigger: the opening of a relative clause on the name (roles.member_after_relative)
RELATIVE_OPENING = re.compile(r"\s*,\s+(?:which|who|that)\s+(?:(?:has|have|had|also|will|would)\s+){0,2}")
# between the trigger and a later name: the rest of the clause to its comma, then 'and' ('... $100 million, and ')
NEXT_MEMBER = re.compile(r"[^,;]*,\s+and\s+")


def _member_after_relative(sent: Sentence, trigger: Trigger, o: OrgMention) -> bool:
    """Whether `o` follows the trigger as the next member of a list whose earlier member the trigger's relative
    clause describes ('A, which contributed $100 million, and B, which put in $50 million')."""
    if o.start < trigger.end or not NEXT_MEMBER.fullmatch(sent.text, trigger.end - sent.start, o.start - sent.start):
        return False
    return any(RELATIVE_OPENING.fullmatch(sent.text, a.end - sent.start, trigger.start - sent.start)
               for a in sent.orgs if a.end <= trigger.start)


def _dedupe_orgs(orgs) -> list[OrgMention]:
    seen, out = set(), []
    for o in orgs:
        if o.key not in seen:
            seen.add(o.key)
            out.append(o)
    return out


GAP_BEFORE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
GAP_FIGURE = re.compile(r"\s*,?\s*(?:(?:up\s+to|about|nearly|some|roughly|another)\s+)?$", re.I)
# 'A put in $150 million, and B added $50 million': each later name with a verb of putting money in of its own
# (roles.shares_own_verb)
VERB_FIGURE = re.compile(rf"\s+(?:also\s+)?(?:{words('share_verbs')})\s+(?:(?:up\s+to|about|nearly|some|roughly|"
                         rf"another|a\s+further)\s+)?$", re.I)


def gapped_pairs(sent: Sentence, names: list[OrgMention], money: list) -> list[tuple[OrgMention, object]]:
    """'A invested $80 million and B $40 million, and C $10 million': each name after the first figure, after 'and' or
    a comma that follows the figure before it, with its own figure right after it: (name, figure) pairs, or none when
    any name is not so placed."""
    out, prev = [], money[0]
    for o in names:
        fig = next((m for m in money if m.start >= o.end), None)
        between = sent.text[o.end - sent.start:fig.start - sent.start] if fig is not None else ""
        if fig is None or not GAP_BEFORE.search(sent.text[prev.end - sent.start:o.start - sent.start]) or not (
                GAP_FIGURE.fullmatch(between) or hit("roles.shares_own_verb", on("roles.shares_own_verb") and bool(
                    VERB_FIGURE.fullmatch(between)))):
            return []
        out.append((o, fig))
        prev = fig
    return out
