"""Type and terms: which kind of deal a sentence reports, its status and its terms."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..nlp.components import COMMON_WORDS
from ..nlp.context import NO_BREAK, NO_STOP, SIGN, word_set, words
from ..nlp.frames import proxy_nouns
from ..nlp.lexicon import Lexicon, load_lexicon
from ..nlp.mentions import (GERUND_LEAD, GOODS_AFTER_MAKER, INVERTED_END, INVERTED_VERB, OUTLET_REPORTED, THE_SET_OFF,
                             Sentence, Trigger, cue_regexes, descriptors_alt, find_duration_months, find_gpus,
                             find_power_mw)
from ..nlp.rules import hit, on
from ..nlp.slots import MODEL_CODE, is_english, load_slot_rules

# How strongly an organisation of each kind is the provider (seller) in a deal of each type.
SELLER_SCORE = {
    "compute": {"neocloud": 3, "cloud": 2, "datacenter": 1, "chips": 1},
    "chips": {"chips": 3, "hardware": 3, "telecom": 1},
    "datacenter": {"datacenter": 3, "neocloud": 2, "investor": 2, "cloud": 1, "power": 1},
    "power": {"power": 3, "datacenter": 0},
}

DEAL_NOUN = rf"(?:{words('agreement_nouns')})s?"

NOUN_MARKERS = word_set("noun_markers")

TYPED_FRAMES = ("investor_first", "investee_first", "acquirer_first", "target_first")

NOUN_TYPE = {"acquisition": "acquisition", "takeover": "acquisition", "buyout": "acquisition", "merger": "acquisition",
             "investment": "investment", "stake": "investment", "round": "investment", "funding": "investment",
             "financing": "investment", "fundraise": "investment", "lease": "datacenter", "leases": "datacenter",
             "joint": "partnership", "partnership": "partnership", "collaboration": "partnership",
             "alliance": "partnership", "tie-up": "partnership", "ppa": "power"}

# a noun of supplying whose object is a figure in watts naming no goods ('the supply of 835 MW', 'delivery of up to
# 1 GW'; not '300 MW of GPU capacity'): electricity (type.watts_supplied)
WATTS_SUPPLIED = re.compile(r"\b(?:supply|delivery|provision|offtake)\s+of\s+(?:up\s+to\s+|about\s+|roughly\s+|"
                            r"nearly\s+|more\s+than\s+)?[\d.,]+\s*(?:MW|GW|megawatts?|gigawatts?)\b(?!\s+of\b)", re.I)
FIGURE_NOUN = re.compile(r"[\s,-]*(?:[\w-]+[\s,]+){0,2}?(" + "|".join(NOUN_TYPE) + r")\b", re.I)

TRADED = ("compute", "chips", "datacenter", "power")
# the object of a trade verb ends at its first preposition or clause break ('supply 300 MW of power | to ...'); 'of'
# belongs to the object ('$2 billion of cloud capacity')
# (a comma between digits, '12,000 GPUs', is a thousands separator, no end of the object)
OBJECT_END = re.compile(rf"\b(?:{words('object_end')})\b|(?<!\d),|,(?!\d{{3}}\b)|[;:(]", re.I)

COORDINATED_VERB = re.compile(r"\s+(?:and|or|&)\s+(?:then\s+)?[a-z]+(?<!ly)(?=\s+(?:an?|the|\d|\$|up\s+to))", re.I)
# 'a consortium led by', 'a group of investors led by': buyers named through the one who heads them
CONSORTIUM = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?:consortium|group|syndicate|club)(?:\s+of\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:investors|firms|funds|companies|banks|lenders|backers))?\s+$", re.I)
# before such a group: money that came from it ('The financing came from a group of investors led by X';
# type.group_funds): its lead leads the funding
FUNDED_FROM = re.compile(r"\b(?:financing|funding|round|money|capital|investment|loan|debt)\b"
                         rf"{NO_STOP}{{0,60}}?\b(?:came|comes|"
                         r"coming|raised|secured|obtained|drawn)\s+from\s+$", re.I)
CONSORTIUM_LED = re.compile(r"\s*(?:a|an|the)\s+(?:[\w-]+\s+)?(?:consortium|group|syndicate|club)(?:\s+of\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:investors|firms|funds|companies|banks|lenders|backers))?\s+"
                            r"(?:led|headed|co-led)\s+by\s+(?:the\s+)?", re.I)
CAPACITY_VERB = re.compile(r"(?:leas|rent|host)", re.I)
# a trigger from its verb through its goods to 'from' (type.goods_in_trigger): the goods between
GOODS_THEN_FROM = re.compile(r"[\w-]+(?:\s+up)?\s+(.+?)\s+from", re.I)
# after a figure in watts: 'at' a site ('at _'s new campus', 'at its Ohio data centre'; type.watts_at_site)
WATTS_AT_SITE = re.compile(r"\s*at\s+(?:_+(?:'s|’s)\s+|its\s+|their\s+|the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?:campus(?:es)?|data\s*cent(?:er|re)s?|sites?|facilit(?:y|ies))\b", re.I)
UP_TO = re.compile(r"\s*(?:(?:up\s+to|as\s+much\s+as|more\s+than|as\s+many\s+as)\b)?")
# a figure next: '(up to) $2 billion', '300 megawatts' (after a recipient: a double object)
FIGURE_AHEAD = r"\s+(?:(?:up\s+to|about|nearly|some|more\s+than)\s+)?[$€£¥\d]"
RECIPIENT_FIRST = re.compile(rf"\s+_+(?:\s+_+)*(?={FIGURE_AHEAD})",
                             re.I)  # a masked name, then a figure: 'sell _____ 300 megawatts of ...
# a masked name (or its sites: "X's data centres"), then 'with'
RECIPIENT_WITH = re.compile(r"\s+_+(?:\s+_+)*(?:['’]s?(?:\s+[\w-]+){1,3})?\s+with\b")
# before a trigger, in its clause: a contest for it ('vying for a contract to', 'competing to supply', 'in the running
# for'; type.contest): a deal sought by rivals, none made
CONTEST = re.compile(r"\b(?:vying|competing|jockeying|contending|bidding|battling|in\s+the\s+running|shortlisted)\s+"
                     r"(?:for|to)\b"
                     rf"{NO_STOP}{{0,60}}$", re.I)
AIM = re.compile(rf"\b(?:{words('aim_words')})\s+to\s+$", re.I)
# a few words before a trigger, or its own verb: debt paid back ('has repaid a $700 million loan from X', 'paid
# back the loan'; type.repaid_debt)
# (in its own clause: not 'paid off its debts and then sold a stake to X')
REPAID = re.compile(r"\b(?:repa(?:y|ys|id|ying)|pa(?:y|ys|id|ying)\s+(?:back|off|down))\s+"
                    r"(?:(?!(?:and|then|but|before|after|while)\b)[^\s.,;:]+\s+){0,5}$", re.I)
PAID_BACK = re.compile(r"pa(?:y|ys|id|ying)\s+(?:back|off|down)\b", re.I)
# 'Analysts expect Quorvane to buy': what onlookers forecast a company will do, no transaction
# ('Analysts at Tessaly Securities estimate ...': the onlookers' firm after 'at', 'from' or 'with'; '... estimate that
# Quorvane will spend': a modal in the infinitive's place; 'expect X to sign more deals': up to three words between
# the verb's 'to' and the trigger)
FORECAST = re.compile(rf"\b(?:{words('forecast_subjects')})\s+(?:(?:at|from|with)\s+(?:[\w&.'’-]+\s+){{1,4}}?|\w+\s+)?"
                      rf"(?:{words('forecast_verbs')})\s+"
                      rf"{NO_BREAK}{{1,60}}?\b(?:to|will|would|could|may|might)\s+(?:\w+\s+){{0,3}}$", re.I)
# right after a verb of buying: 'the company', 'the chipmaker' (context.yaml company_nouns), a company named earlier
IT_AFTER = re.compile(r"\s+it\b(?!\s*['’])", re.I)  # right after a verb of acquiring: 'it' for its object
COMPANY_ANAPHOR = re.compile(rf"\s+(?:the|that)\s+(?:{words('company_nouns')})\b(?!\s*['’])", re.I)
# right before a name after a verb of buying: a figure and 'of' ('an incremental $25 billion of '), what is bought is
# that much of the name's goods (type.figure_of_goods); shares so bought are read by mentions.shares_issuer
FIGURE_OF = re.compile(r"[$€£¥₹]\s?[\d.,]+\s*(?:million|billion|trillion|bn|mn|m|b)?\s+(?:worth\s+)?of\s+$", re.I)
# after 'accepted a buyout' and before the bidder: 'offer from', 'bid by' (type.offer_from)
OFFER_FROM = re.compile(r"\s+(?:offers?|bids?|proposals?)?\s*(?:from|by)\s+(?:the\s+)?", re.I)
# a joint word, then 'to' and the aim ('a partnership to develop'); 'in talks to partner with Marrowind to
# co-develop': the partner may be named between the joint word and its aim
# ('an MOU with Jeollanam-do, two counties, X and other partners to develop': a list of partners after 'with')
_JOINT = rf"\b(?:{words('joint_nouns')})"  # a joint word (JOINT_AIM, JOINT_AIM_ON, JOINT_RESEARCH_AIM)
_WITH_PARTNER = rf"(?:\s+with\s+{NO_BREAK}{{1,60}}?)?"  # then, maybe, 'with' and the partner
JOINT_AIM = re.compile(rf"{_JOINT}(?:\s+with\s+(?:{NO_BREAK}{{1,40}}?,\s+){{0,4}}{NO_BREAK}{{1,60}}?)?"
                       rf"\s+to\s+(?:jointly\s+|together\s+)?(?:co-?)?$", re.I)
# what partners aim to do with capacity: make it, or put it to work ('a collaboration to deploy X accelerators')
# 'collaborate on a $10 billion project to build', 'a partnership with X on a programme to develop': what the joint
# undertaking is on, then 'to' and the aim (type.joint_aim_on)
JOINT_AIM_ON = re.compile(rf"{_JOINT}{_WITH_PARTNER}\s+on\s+(?:an?|the|their)\s+"
                          rf"{NO_BREAK}{{1,60}}?\s+to\s+(?:jointly\s+|together\s+)?(?:co-?)?$", re.I)
# a joint undertaking whose aim is work on a field, not goods: 'a partnership with X to advance HBM development', 'a
# collaboration to accelerate research on ...' (type.joint_research_aim)
JOINT_RESEARCH_AIM = re.compile(rf"{_JOINT}{_WITH_PARTNER}\s+to\s+(?:jointly\s+)?(?:advance|accelerate|further|"
                                rf"drive|deepen|strengthen|pursue|conduct|boost|speed\s+up)"
                                rf"\s+(?:[\w-]+\s+){{0,4}}?(?:development|research|R&D|innovation)\b", re.I)
# 'deals with A and B to' (candidates.deals_to_build; plural: 'an agreement with X to build' may be a build sold)
DEALS_WITH_AIM = re.compile(rf"\b(?:deals|agreements|pacts)\s+with\s+{NO_BREAK}{{1,60}}?\s+to\s+(?:jointly\s+)?$",
                            re.I)
# a verb of partnering, its partner, then 'on' a site ('collaborate with _ on a 168-megawatt data center',
# 'partnered with _ on its new campus'; type.joint_on_site)
_JOINT_VERB = (r"(?:collaborat(?:e|es|ed|ing)|cooperat(?:e|es|ed|ing)|partner(?:s|ed|ing)?|team(?:s|ed|ing)?\s+up|"
               r"work(?:s|ed|ing)?\s+together|joined\s+forces|join\s+forces)")
# two names joined as subjects, then the words of tense or aspect before their verb ('_ and _ are also ';
# type.joint_on_site, type.joint_entity_formed)
_JOINT_SUBJECTS = r"\b_+\s+(?:and|&)\s+_+\s+"
_JOINT_AUX = r"are|is|were|will|have|has|had|be|been|also|now"
# (or joint subjects that partner: '_ and _ are collaborating on a $2 billion data center')
JOINT_ON_SITE = re.compile(rf"(?:\b{_JOINT_VERB}\s+with\s+_+|{_JOINT_SUBJECTS}(?:(?:{_JOINT_AUX})\s+)*{_JOINT_VERB})"
                           rf"\s+on\s+"
                           rf"(?:an?|the|its|their)\s+(?:[\w$.,-]+\s+){{0,5}}?(?:{words('site_nouns')})s?\b", re.I)
# joint subjects that form an entity ('_ and _ are launching a $3 billion platform'; type.joint_entity_formed)
_FORMING = (r"(?:launch(?:es|ed|ing)?|form(?:s|ed|ing)?|creat(?:e|es|ed|ing)|establish(?:es|ed|ing)?|"
            r"set(?:s|ting)?\s+up)")
_ENTITY = r"(?:an?|the|their|its)\s+(?:[\w$.,-]+\s+){0,5}?(?:platform|venture|vehicle|consortium)s?\b"
JOINT_ENTITY_FORMED = re.compile(rf"{_JOINT_SUBJECTS}(?:(?:{_JOINT_AUX}|would|plan|plans|agreed|to)\s+)*{_FORMING}\s+"
                                 rf"{_ENTITY}", re.I)
JOINT_WORD = re.compile(rf"\b(?:{words('joint_nouns')})\b", re.I)
AIM_VERB = re.compile(rf"\b(?:{words('making_verbs')}|{words('placing_verbs')})\b", re.I)
# (a figure's point or comma is no break: 'to establish a $4.3 billion AI data centre park')
JOINT_CAPACITY = re.compile(rf"^{NO_BREAK}{{0,60}}?\b(?:{words('joint_capacity_nouns')})\b", re.I)
MAKING_VERB = re.compile(rf"\b(?:{words('making_verbs')})\b", re.I)
MAKING = re.compile(rf"(?:{words('making_verbs')})$", re.I)
CO_MAKING = re.compile(rf"co-?(?:{words('making_verbs')})$", re.I)  # 'co-develop', not 'construct' (type.co_making)
JOINTLY_BEFORE = re.compile(rf"\b(?:{words('joint_adverbs')})\s+$", re.I)  # 'will jointly build
# 'will turn a former plant into an AI data center': a verb of making over (candidates.built_with_partner)
MADE_INTO = re.compile(r"\b(?:transform|convert|turn|repurpose)(?:s|ed|ing)?\s+" + NO_STOP + r"{1,80}?\binto\b", re.I)
# after the capacity made, the partner it is made with ('in collaboration with', 'together with')
MADE_WITH = re.compile(rf"^{NO_STOP}{{0,80}}?\b(?:in\s+(?:collaboration|partnership|cooperation|conjunction)|together|"
                       r"jointly)\s+with\s+", re.I)

# a joint adverb and a verb of holding, running or making something together (type.jointly_held)
JOINTLY_HELD = re.compile(rf"\b(?:{words('joint_adverbs')})\s+"
                          rf"(?:{words('held_jointly_verbs')}|{words('making_verbs')})\b", re.I)
# a payment's purpose: running or hosting the payer's work ('to run its AI models'; type.paid_to_serve)
SERVE_WORK = re.compile(rf"\bto\s+(?:{words('serving_verbs')})\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+)?"
                        rf"(?:{words('hosted_work')})\b", re.I)
HOSTED_WORK = re.compile(rf"(?:(?:its|their|the|[\w-]+['’]s?)\s+)?(?:[\w-]+\s+)?(?:{words('hosted_work')})\b", re.I)

# a verb of running capacity, goods or work as its object, then 'for' and a name (masked '_'): 'deploy 50,000 GPUs
# for X', 'run AI workloads for X' (rule type.deployed_for; roles.deployed_for)
DEPLOYED_FOR = re.compile(rf"\b(?:{words('serving_verbs')})\s+(?:(?:up\s+to|about|more\s+than|some|the|its)\s+)?"
                          rf"(?:[\d,.]+\s+)?(?:[\w-]+\s+){{0,3}}?(?:{words('goods_nouns')}|clusters?|capacity|"
                          rf"{words('hosted_work')})\s+"
                          rf"for\s+(?:the\s+)?_", re.I)
# goods named as a service sold on them ('GPU rental', 'GPU-as-a-service', 'GPU hosting'; rule type.goods_as_service)
GOODS_AS_SERVICE = re.compile(rf"\b(?:{words('goods_nouns')})[\s-]+(?:{words('goods_service_words')})\b", re.I)
# goods after 'access to' ('access to Nvidia GPUs', 'access to 20,000 accelerators'; rule type.access_to_goods)
ACCESS_TO_GOODS = re.compile(rf"\baccess\s+to\s+(?:[\w,.-]+\s+){{0,3}}?(?:{words('goods_nouns')})\b", re.I)
BACKGROUND = re.compile(rf"\bhad (?:already )?(?:{words('history_verbs')})\b", re.I)

REPORTED_SPEECH = re.compile(rf"\b(?:{words('speech_words')})\b", re.I)

# (no preposition that takes a party between: 'buy X from private equity firm Y' names no product of X's;
# type.object_required)
PRODUCT_NOUN = re.compile(rf"['’]?s?\s*(?:(?!(?:from|to|with|by)\s)[\w-]+\s+){{0,2}}?"
                          rf"(?:{words('product_nouns')})\b", re.I)

def _compound_target(t: Trigger, sent: Sentence):
    """'Orsk closes $700 million Tarvio acquisition': a name right before a noun of acquiring ('acquisition',
    'takeover', 'buyout') with another name before it, the buyer, is the company bought (type.compound_target)."""
    if not ACQUIRING_NOUN.fullmatch(t.text):
        return None
    on_noun = next((o for o in sent.orgs if o.end <= t.start and not sent.text[o.end - sent.start:t.start - sent.start]
                    .strip()), None)
    if on_noun is None or not any(o.end <= on_noun.start and o.key != on_noun.key for o in sent.orgs):
        return None
    return on_noun


ACQUIRING_NOUN = re.compile(r"(?:acquisition|takeover|buyout|purchase)", re.I)
# a listed company bought out of the market, told with itself as the subject (type.goes_private)
GOES_PRIVATE = re.compile(r"(?:go|goes|went|going|gone)\s+private\b", re.I)
OBJECT_BREAK = re.compile(rf"\b(?:{words('object_breaks')})\b", re.I)


def background(text: str) -> bool:
    """'Prior to the acquisition, MosaicML had raised $34 million': the past perfect tells earlier history,
    unless it is reported speech ('said on Tuesday it had raised')."""
    m = BACKGROUND.search(text)
    return bool(m) and not REPORTED_SPEECH.search(text[:m.start()])


def strong_noun(sent: Sentence) -> bool:
    """A symmetric trigger without money still counts when it names the agreement itself, or when the parties found
    a company together ('are jointly establishing Tamsin Compute': a joint venture, guideline 5)."""
    nouns = word_set("strong_nouns")
    return any(t.text.lower() in nouns or founds_jointly(t) for t in sent.triggers) or hit(
        "candidates.combine_to_form", combines_to_form(sent, sent.triggers))


# after 'combine X with Y': a new company formed of them ('to form a new company', 'in a new joint venture'), a joint
# venture (guideline 5; candidates.combine_to_form)
FORM_NEW = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:to\s+(?:form|create)|in|into|under)\s+(?:a|an)\s+(?:new\s+|joint\s+|"
                      r"combined\s+|standalone\s+)*(?:company|venture|entity|business|firm)\b", re.I)


def combines_to_form(sent: Sentence, triggers) -> bool:
    """A trigger of combining followed by a new company formed ('will combine its cloud unit with X to form a new
    company'; rule candidates.combine_to_form)."""
    return on("candidates.combine_to_form") and any(t.text.lower().startswith("combin") and FORM_NEW.match(
        sent.text, t.end - sent.start) for t in triggers)


IN_THING = re.compile(r"^(?:[^,;]|(?<=\d),(?=\d)){0,40}?\b(?:in|into)\s+"  # ('Rs 15,000 crore in': a figure's comma)
                      r"(?!(?:the|its|their)\s+(?:company|firm|startup)\b|it\b|them\b|and\b|or\b)"
                      r"(?:[a-z]|[A-Z]{2,4}\s+[a-z])")


# after a trigger of investing: the money, then what it is to build (type.joint_invest_to_build)
TO_BUILD_AFTER = re.compile(rf"{NO_STOP}{{0,60}}?\bto\s+(?:jointly\s+)?(?:{words('making_verbs')})\b", re.I)
# after a verb of committing money (COMMITTING): a figure put into a new company ('jointly committed $5 billion to a
# new entity'; type.joint_commitment)
TO_NEW_ENTITY = re.compile(rf"\s+(?:(?:about|around|roughly|nearly|some|up\s+to|more\s+than|over)\s+)?{SIGN}?\s?"
                           rf"\d[\d.,]*\s*(?:[a-z]+\s+)?"
                           rf"(?:to|into|toward|towards)\s+(?:a|an)\s+(?:(?:new|newly|formed|created|jointly|owned|"
                           rf"joint)[\s-]+){{1,3}}(?:entity|company|vehicle|venture|platform|business|firm)\b", re.I)
# 'in building a data centre with X', 'alongside X': the organisations after an investment in a thing are partners
PARTNER_BEFORE = re.compile(r"\b(?:with|alongside|together\s+with|in\s+partnership\s+with|jointly\s+with)\s+"
                            r"(?:the\s+)?$", re.I)


def _invests_with_partner(sent: Sentence, t: Trigger) -> bool:
    """'Hanvar will invest 500 billion won in building an AI data center with Doryeon Cloud': an investment in a thing
    whose organisations after it all stand after 'with' or 'alongside' invests together with them (rule
    type.joint_investment)."""
    if t.type != "investment" or t.frame != "investor_first" or not IN_THING.match(sent.text[t.start - sent.start:]):
        return False
    after = [o for o in sent.orgs if o.start >= t.start]
    return bool(after) and all(PARTNER_BEFORE.search(sent.text[max(0, o.start - sent.start - 25):o.start - sent.start])
                               for o in after)


def _invests_in_thing(sent: Sentence, t: Trigger) -> bool:
    """An investment trigger whose 'in' takes a thing, not a company ('a $1 billion investment in AI infrastructure',
    'invest Rs 10,000 crore in data centres'), with no organisation after it."""
    if t.type != "investment" or t.frame != "investor_first" or any(o.start >= t.start for o in sent.orgs):
        return False
    rest = sent.text[t.start - sent.start:]
    return bool(IN_THING.match(rest))


def founds_jointly(t: Trigger) -> bool:
    """A trigger of founding together ('jointly set up', 'together establishing'; context.yaml joint_adverbs)."""
    return t.text.lower().split()[0] in word_set("joint_adverbs")


def has_terms(text: str) -> bool:
    return bool(find_power_mw(text) or find_gpus(text) or find_duration_months(text))


# ... or joined to a participle by a hyphen ('Nvidia-powered servers', 'Arm-based chips'; type.maker_no_vote)
HYPHEN_GOODS_AFTER_MAKER = re.compile(r"-(?:powered|based|equipped|accelerated|enabled|built)"
                                      + GOODS_AFTER_MAKER.pattern)
# ... or the equipment that makes power ('Orlin solid oxide fuel cells', 'Orlin gas turbines'; context list
# equipment_nouns, rule mentions.maker_of_equipment)
EQUIPMENT_AFTER_MAKER = re.compile(rf"(?:['’]s)?\s+(?:(?!(?:to|and|or|for|with|that|which|from)\b)[\w-]+\s+){{0,3}}"
                                   rf"(?i:{words('equipment_nouns')})\b")


class _MakerOfGoods:
    """The goods, or the power equipment, right after a maker's name: `.match(text, pos)` as a compiled pattern's."""

    def match(self, text: str, pos: int = 0):
        return GOODS_AFTER_MAKER.match(text, pos) or (
            EQUIPMENT_AFTER_MAKER.match(text, pos) if on("mentions.maker_of_equipment") else None)


MAKER_OF_GOODS = _MakerOfGoods()


# after a trade's object: whom or where the goods go to or are for, up to the clause's end
DESTINATION = re.compile(r"\s*(?:to|for)\s+([^,;.()]*)", re.I)


# after an agreement noun: its counterparty (masked) and a figure in watts it is for, naming nothing traded by it
# ('an agreement with _ for 310 megawatts', not 'for 300 MW of GPU capacity'; type.agreement_for_watts)
FOR_WATTS = re.compile(r"\s+(?:with\s+_+\s+)?for\s+(?:(?:up\s+to|about|around|nearly|more\s+than|over)\s+)?"
                       r"\d[\d.,]*\s*(?:-\s*)?(?:megawatts?|gigawatts?|MW|GW)\b(?!\s+of\b)", re.I)
# between a verb and the trigger of its complement (a day may stand between: 'committed Wednesday to supply')
TO_COMPLEMENT = re.compile(r"\s+(?:(?:on\s+)?(?-i:[A-Z])[a-z]+day\s+|today\s+|yesterday\s+)?to\s+", re.I)
# after 'invest': its figure, a span of years, and a verb of building (type.investment_to_build)
INVEST_TO_BUILD = re.compile(r"\s+(?:(?:about|around|over|up\s+to|nearly|some|more\s+than)\s+)?(?:Rs\.?\s?|[$€£¥₹])?"
                             r"\s?[\d.,]+\s*(?:[A-Za-z]+\s+){0,2}?(?:over\s+(?:the\s+next\s+)?\w+\s+years?\s+)?"
                             r"(?:to|in\s+order\s+to)\s+(?:set\s+up|build|establish|develop|construct|create)\b", re.I)
# after a verb of investing and its figure: a site or a thing of sites, then who builds it ('in a new AI factory that
# will be built by X', 'in a new data center in Ohio, which X will build'; type.invest_in_built)
_BUILT_THING = rf"(?:{words('site_nouns')})"  # ('a new data centre': 'data' one of the words before the noun)
INVEST_IN_BUILT = re.compile(
    rf"\s+(?:(?:about|around|over|up\s+to|nearly|some|more\s+than|as\s+much\s+as)\s+)?[^\s,;]*\d[^\s,;]*\s*"
    rf"(?:million|billion|trillion|bn|mn|m|crore|lakh)?\s*(?:(?:yen|won|euros?|pounds|dollars|yuan|rupees)\s+)?"
    rf"(?:\([^()]{{1,40}}\)\s+)?"  # (a conversion in brackets: '(about $760 million)')
    rf"in\s+(?:a|an|the|its|their|[A-Z][\w.-]*['’]s)\s+(?:[\w-]+\s+){{0,4}}?{_BUILT_THING}s?\b"
    rf"(?:\s+in\s+[A-Z][\w.-]*)?"
    rf"(?:,?\s+(?:that|which)\s+(?:will\s+be|is\s+being|is\s+to\s+be|would\s+be)\s+(?:built|developed|constructed)\s+"
    rf"by\s+|\s+(?:to\s+be\s+|being\s+)?(?:built|developed|constructed)\s+by\s+|,\s+which\s+(?=[A-Z]))", re.I)


def built_by(t: Trigger, sent: Sentence):
    """The company named as the builder of the site or thing a verb of investing puts its figure in ('invest $720
    million in a new AI factory that will be built by X', '... in a new data centre in Ohio, which X will build'), or
    None (type.invest_in_built)."""
    if t.type != "investment" or t.frame != "investor_first" or not t.text.lower().startswith("invest"):
        return None
    m = INVEST_IN_BUILT.match(sent.text, t.start - sent.start + len(t.text.split()[0]))
    return next((o for o in sent.orgs if o.start - sent.start == m.end()), None) if m else None


# capacity that comes from plants, reactors or turbines (context.yaml generation_assets; type.capacity_from_plants;
# not 'capacity at X's plant', which may be a chip plant's)
CAPACITY_FROM_PLANTS = re.compile(rf"\bcapacity\s+from\s+(?:[\w'’.-]+\s+){{0,5}}?(?:"
                                  rf"{words('generation_assets')})\b", re.I)
# after a raising trigger, the purpose of the money: buying goods with it, to the clause's end (type.raised_to_buy)
RAISED_TO_BUY = re.compile(r"[^.;:]{0,60}?\s((?:to|in\s+order\s+to)\s+(?:help\s+|fund\s+)?(?:buy|purchase|procure|"
                           r"acquire|lease|rent)\b" + NO_STOP + r"*|for\s+(?:the\s+)?(?:purchase|procurement)s?\s+of"
                                                                r"\b" + NO_STOP + r"*)",
                           re.I)  # (also the noun: 'for the purchase of GPUs')
FROM_BEFORE_NAME = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
# a destination that is a site, not a company ('a data centre campus run by X', 'its data centres')
# (type.watts_destination)
# after a trade's object: where the goods come from, up to a 'to' that says where they go
# ('electricity from its 1.2 GW gas plant in Ohio to'; type.source_then_destination)
SOURCE_BEFORE_DEST = re.compile(r"\s*from\s+(?:its|their|the|_+['’]s?)\s+(?:[^,;.()]|\.(?=\d)){1,80}?(?=\s+to\s)",
                                re.I)
SITE_DESTINATION = re.compile(r"(?:a|an|the|its|their)\s", re.I)
# a trade's object that is access to goods ('access to GPUs', 'access to up to one million TPUs')
ACCESS_TO = re.compile(r"\s*(?:(?:the|an|its)\s+)?(?:exclusive\s+|dedicated\s+|priority\s+)?access\s+to\s+", re.I)
# after a trade's object: where the goods are, up to the clause's end (rule type.location_no_cue)
LOCATION = re.compile(r"\s*(?:at|in|across)\s+([^,;.()]*)", re.I)


# between a trade and a stake that the same subject takes: 'and (will) take a 10% stake in'
STAKE_JOINED = re.compile(rf"\band\s+(?:(?:will|would|to|also)\s+){{0,2}}(?:{words('stake_taking_verbs')})"
                          r"\s+(?:a|an)\s+(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+|minority\s+|small\s+)?$", re.I)


# before a verb of making together: the wider deal the sentence's money is part of ('will invest $5 billion in X as part
# of a deal to co-develop chips'; type.invested_within_wider_deal)
WIDER_AIM = re.compile(r"\bas\s+part\s+of\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|partnership|"
                       r"pact|collaboration|alliance|tie-up)\s+(?:with\s+[^,;.]{1,40}?\s+)?to\s+(?:jointly\s+)?$", re.I)


def _wider_aim(at: int, sent: Sentence) -> bool:
    """'Orvane will invest $5 billion in Tessara as part of a deal to co-develop chips': a verb of making together in
    the aim of the wider deal an investment with its own figure is part of; the money is invested, the sentence's
    deal an investment (rule type.invested_within_wider_deal)."""
    if not on("type.invested_within_wider_deal"):
        return False
    aim = WIDER_AIM.search(sent.text, 0, at)
    return aim is not None and any(
        u.type == "investment" and u.frame == "investor_first" and u.end - sent.start <= aim.start() and any(
            u.start <= m.start <= u.end + 2 for m in sent.money) for u in sent.triggers) and hit(
        "type.invested_within_wider_deal", True)


def joined_stake(sent: Sentence, usable: list[Trigger]) -> Trigger | None:
    """The trigger 'stake in' of a stake the subject of a trade also takes, joined to the trade by 'and' ('will buy
    $20 billion of X chips and take a 10% stake in the chipmaker'; rules type.joined_stake, candidates.joined_stake),
    or None."""
    if not on("type.joined_stake"):
        return None
    for t in usable:
        if t.type != "investment" or not t.text.lower().startswith("stake"):
            continue
        trades = [x for x in usable if x.end <= t.start and x.type == "ANY" and (x.frame == "buyer_first" or (
            x.frame == "seller_first" and on("candidates.seller_joined_stake")))]
        if trades and STAKE_JOINED.search(sent.text, trades[-1].end - sent.start, t.start - sent.start) and (
                trades[-1].frame == "buyer_first" or hit("candidates.seller_joined_stake", True)):
            return t
    return None


# the sentence opens with a venture and what names its members, up to a name: 'The joint venture of A, B and',
# 'A venture formed by' (roles.venture_subject_members)
VENTURE_MEMBERS = re.compile(r"\W*(?:(?:the|a|an|their|its)\s+)?(?:new\s+|[\w-]+-[\w-]+\s+)?(?:joint\s+venture|"
                             r"venture|jv|consortium)\s+(?:of|formed\s+by|set\s+up\s+by|owned\s+by|created\s+by|"
                             r"between)\s+(?:[\w'’.&-]+,?\s+){0,8}$", re.I)
# a verb of trade's whole object: 'power' alone, perhaps more of it ('buying power for ...'; type.bare_power_object)
BARE_POWER = re.compile(r"\s*(?:(?:more|additional|the|its|extra)\s+)?power\s*", re.I)
# a word of goods, the noun 'supply' and where it goes ('solar supply to its data centre'; type.goods_supply_noun)
GOODS_SUPPLY_TO = re.compile(r"\b([\w-]+\s+supply)\s+to\s", re.I)
# 'a series of agreements', 'a series of investments': a run of things, no round ('Series B'; type.series_of_not_cue)
SERIES_OF = re.compile(r"\bseries\s+of\b", re.I)
# a company's value named by its kind ('an equity value of', 'enterprise value'): what a buyer pays for the whole
# company, no equity bought as a stake (type.value_not_cue)
COMPANY_VALUE = re.compile(r"\b(?:enterprise|equity)\s+values?\b", re.I)
# right after a name: its valuation as an aside (type.valuation_aside)
VALUATION_ASIDE = re.compile(r"\s*,\s+(?:(?:which|that)\s+(?:was|is|has\s+been)\s+)?"
                             r"(?:(?:most\s+)?recently\s+|last\s+)?valued\s+at\s+[^,;()]{1,90},", re.I)


# 'to power that company's needs', 'to help power Orsk's data centers' (type.to_power)
TO_POWER = re.compile(r"\bto\s+(?:help\s+)?power\s+(?:[\w'’_-]+\s+){0,4}?(?:needs|operations|data\s+cent(?:er|re)s?|"
                      r"campus(?:es)?|sites?|facilit(?:y|ies)|servers|demand|load)\b", re.I)
# goods right before 'to power' ('X's latest chips to power a data center'; type.goods_to_power)
GOODS_BEFORE_TO = re.compile(rf"\b(?:{words('goods_nouns')})\s*$", re.I)
SUPPLY_VERB = re.compile(rf"(?:{words('supply_verbs')})", re.I)
# 'to supply its data centers in Iowa': the subject's own sites, where the goods go (type.supplied_own_sites)
TO_SUPPLY_OWN_SITES = re.compile(rf"\bto\s+(?:supply|provide|deliver)\s+(?:its|their)\s+(?:own\s+)?"
                                 rf"(?:[\w-]+\s+){{0,3}}?(?:campus(?:es)?|sites?|facilit(?:y|ies)|"
                                 rf"data\s+cent(?:er|re)s?|datacenters?)\b", re.I)
# after a verb of supplying: the buyer's site as its object, its owner masked ('_'), 'Orsk's data centers in Ohio',
# 'Orsk campus', or 'its' ('wind farms, which will supply its Texas data centres') (type.site_supplied)
SITE_SUPPLIED = re.compile(r"\s+(?:(?:the\s+)?_+(?:['’]s?)?|its|their)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:campus|campuses|data\s+cent(?:er|re)s?|sites?|facilit(?:y|ies))\b", re.I)

# 'for up to 500 MW of electricity at its planned Wyoming campus': a site of the buyer's, after the goods, is where they
# go (type.site_destination)
SITE_GOODS_GO_TO = re.compile(r"\b(?:at|to|for|into)\s+(?:its|their|the\s+company['’]s|_+['’]s?)\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:campus|campuses|data\s+cent(?:er|re)s?|datacenters?|sites?|"
                              r"facilit(?:y|ies))\b", re.I)


# a verb of paying, then 'for' in its clause (type.site_destination, type.paid_for_power)
_PAID_FOR = r"\b(?:pre)?pa(?:y|ys|id|ying)\b" + NO_STOP + r"{0,80}?\bfor\s+"
# 'will pay X $90 million a year for electricity at its Nevada site': what a payment is for, then where it goes
PAID_FOR_GOODS = re.compile(_PAID_FOR + r"(?:electricity|energy|power|computing|compute|chips|GPUs|accelerators|"
                            r"processors)\s+(?:at|to|for)\b", re.I)


# 'committing $10 billion to X for capacity': money committed for what the company sells (type.commitment_for_goods)
COMMITTING = re.compile(r"(?:commit|pledg)\w*\b", re.I)
COMMITTED_FOR = re.compile(r"[\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*\s+for\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:capacity|computing|compute|GPUs?|chips|accelerators|power|electricity|servers|"
                           r"cloud\s+services)\b", re.I)
# 'is paying X $90 million a year for power': a payment for power is for electricity (not 'for computing power')
PAID_FOR_POWER = re.compile(_PAID_FOR + r"(?:the\s+)?power\b(?!\s+(?:of|to|over)\b)", re.I)


# an agreement's own word, no word of trading ('letter' of 'a letter of intent', 'agreement', 'MoU')
# (type.joint_project)
AGREEMENT_WORD = re.compile(r"(?:letters?|agreements?|memorand(?:um|a)|mous?|deals?|pacts?|accords?|partnerships?|"
                            r"signed|signs|sign|inked|inks)", re.I)
# 'for a data center project', 'for the 1 GW Pampas project' (type.joint_project)
FOR_PROJECT = re.compile(r"\bfor\s+(?:an?|the|its|their)\s+(?:[\w$.,-]+\s+){0,6}?projects?\b", re.I)
# a site, then a participle of what runs it ('a data centre powered by renewable energy', 'a campus fuelled by
# natural gas'), to the end of the phrase (type.powered_site)
POWERED_SITE = re.compile(r"\b(?:data\s+cent(?:er|re)s?|campus(?:es)?|facilit(?:y|ies)|sites?|clusters?)\s*,?\s+"
                          r"((?:(?:which\s+(?:is|are|will\s+be)|to\s+be)\s+)?(?:powered|fuell?ed|run)\s+"
                          r"(?:by|with|on)\s+[^,;.()]{1,60})", re.I)


# a verb of securing money (type.secured_money), the figure right after it, then what the money is for ('to advance'),
# its source ('from'), or the clause's end; not goods or orders ('$250m of GPUs', '$250m in orders', 'worth')
SECURING = re.compile(r"(?:secur|land|bagg?|nabb?|snagg?|obtain)\w*", re.I)
SECURED_BEFORE = re.compile(r"\s+(?:(?:about|around|roughly|nearly|some|almost|over|more\s+than|up\s+to|another|"
                            r"an\s+additional|a\s+further|a\s+fresh|fresh|new)\s+)?$", re.I)
SECURED_AFTER = re.compile(r"\s+to\s+(?!(?:supply|provide|sell|deliver|build\s+for|host)\b)[a-z]+|\s+from\s|"
                           r"\s*(?:[,.;]|$)|\s+in\s+(?:new\s+|fresh\s+|additional\s+)?(?:funding|financing|capital|"
                           r"equity|investment|venture)", re.I)


def _secured_money(sent: Sentence, t: Trigger) -> bool:
    """Whether the securing verb's object is a figure of money alone ('secured about $250m to advance ...')."""
    return any(not m.excluded and m.amount.value and m.start >= t.end and SECURED_BEFORE.fullmatch(
        sent.text, t.end - sent.start, m.start - sent.start) and SECURED_AFTER.match(sent.text, m.end - sent.start)
        for m in sent.money)


def choose_type(sent: Sentence, lex: Lexicon, money) -> tuple[str, Trigger | None]:
    """The sentence's deal type from its triggers, context words and the parties' kinds."""
    rx = cue_regexes(lex)
    scores: dict[str, float] = {}
    # 'Public Investment Fund' is a name, not an investment cue
    text = mask_orgs(sent) if hit("type.names_are_not_cues", bool(sent.orgs)) else sent.text
    described = _descriptions(sent, lex) if on("type.description_not_cue") else []
    cost = [(m.start(), m.end()) for m in INVESTMENT_COST.finditer(sent.text)] if on("type.investment_cost") else []
    if cost and any(not any(lo <= t.start - sent.start < hi for lo, hi in cost) for t in sent.triggers) and hit(
            "type.investment_cost", True):
        # 'will set up a data centre for Kesri AI at an investment of Rs 12,000 crore': what the build costs, no
        # investment in a company (its trigger and cue set aside while the sentence has another trigger)
        described = described + cost
    for t in sent.triggers if on("type.business_in_trigger") else ():
        # 'sold its colocation business to X', 'the divestiture of its cloud unit to X': the words before the business
        # noun inside a trigger of selling a business say what the business does; they are no goods traded
        m = BUSINESS_IN_TRIGGER.search(t.text) if t.type == "acquisition" and t.frame == "target_first" else None
        if m and m.group(1).strip() and hit("type.business_in_trigger"):
            described = described + [(t.start - sent.start + m.start(1), t.start - sent.start + m.end(1))]
    venture = VENTURE_MEMBERS.match(sent.text, 0, sent.orgs[0].start - sent.start) if sent.orgs and on(
        "roles.venture_subject_members") else None
    if venture and hit("roles.venture_subject_members"):
        # 'The joint venture of A, B and C has obtained a loan': the venture the subject is, no deal of partnering
        described = described + [(venture.start(), venture.end())]
    powered = [(m.start(1), m.end(1)) for m in POWERED_SITE.finditer(sent.text)] if on("type.powered_site") else []
    if powered and hit("type.powered_site", True):
        # 'to build an AI data centre powered by renewable energy': what a site runs on describes the site; its
        # energy words are no cue of what is traded
        described = described + powered
    for lo, hi in described:  # blanked: its words are no cues
        text = text[:lo] + " " * (hi - lo) + text[hi:]
    counted = text
    if on("type.value_not_cue"):
        for m in COMPANY_VALUE.finditer(text):  # 'at an equity value of $1.2 billion': a value, no stake bought
            counted = counted[:m.start()] + " " * (m.end() - m.start()) + counted[m.end():]
            hit("type.value_not_cue")
    if on("type.series_of_not_cue"):
        for m in SERIES_OF.finditer(text):  # 'a series of agreements': a run of things, no round's stage
            counted = counted[:m.start()] + " " * (m.end() - m.start()) + counted[m.end():]
            hit("type.series_of_not_cue")
    served = list(GOODS_AS_SERVICE.finditer(text)) if on("type.goods_as_service") else []
    accessed = list(ACCESS_TO_GOODS.finditer(text)) if on("type.access_to_goods") else []
    if hit("type.access_to_goods", bool(accessed)):
        served += accessed  # 'will get access to 20,000 GPUs': the goods are used where they run, not bought
    for m in served:  # 'a contract for GPU rental': computing rented out, no sale of the goods nor a site's hosting
        counted = counted[:m.start()] + " " * (m.end() - m.start()) + counted[m.end():]
    for t in ("compute", "chips", "investment", "acquisition", "datacenter", "power", "partnership"):
        scores[t] = _cue_weight(rx, t, counted)
    if hit("type.goods_as_service", bool(served)):
        scores["compute"] += 2 * len(served)
    if on("type.power_deal_noun") and scores["datacenter"] >= scores["power"] > 0 and POWER_DEAL_NOUN.search(
            counted) and hit("type.power_deal_noun", True):
        scores["power"] = scores["datacenter"] + 1  # 'signed a 15-year power deal with X for the site': the deal
        # names its kind, over the site it is for (other kinds the sentence names keep their weight)
    if on("type.joint_on_site") and hit("type.joint_on_site", bool(JOINT_ON_SITE.search(text))):
        scores["partnership"] = max(scores.values()) + 1  # 'will collaborate with X on a data center in Ohio': the
        # site is what the partners work on together, no lease of it
    if on("type.joint_entity_formed") and hit("type.joint_entity_formed", bool(JOINT_ENTITY_FORMED.search(text))):
        scores["partnership"] = max(scores.values()) + 1  # '_ and _ are launching a $3 billion platform to build
        # data centers': an entity the partners form together (guideline 5), whatever it will do
    if on("type.run_on_owned") and hit("type.run_on_owned", bool(RUN_ON_OWNED.search(sent.text))):
        scores["compute"] += 4  # 'will train its models on Corsk Cloud's new cluster': another's machines, used
    if on("type.plant_output") and hit("type.plant_output", bool(PLANT_OUTPUT.search(counted))):
        scores["power"] += 4  # 'to buy all the output of X's new 900 MW plant': what a generating plant makes
    if on("type.watts_supply_noun") and hit("type.watts_supply_noun", bool(WATTS_SUPPLY_NOUN.search(counted))):
        scores["power"] += 4  # 'a 300 MW supply deal': watts supplied, with no goods named, are electricity
    usable = [t for t in sent.triggers if _trigger_usable(t, sent)
              and not any(lo <= t.start - sent.start < hi for lo, hi in described)]
    land = [t for t in sent.triggers if t.frame == "acquirer_first" and t not in usable and on("type.land_object")
            and not any(lo <= t.start - sent.start < hi for lo, hi in described)
            and LAND_BOUGHT.match(sent.text, t.end - sent.start)]
    sites = [t for t in sent.triggers if t.frame == "acquirer_first" and t not in usable and t not in land and on(
        "type.sites_object") and not any(lo <= t.start - sent.start < hi for lo, hi in described)
             and SITES_BOUGHT.match(sent.text, t.end - sent.start)]
    if sites and hit("type.sites_object"):
        # 'closed its acquisition of four existing Houston area data centers from X': buildings bought, no company
        # (type.object_required set the trigger aside): a purchase of sites, its buyer first (guideline 5)
        land += sites
        scores["datacenter"] += 2
    if land and hit("type.land_object"):
        # 'completed the acquisition of 120 acres from X': the land bought is the object a buying word takes, which
        # names no company (type.object_required): a purchase, its buyer first
        usable += [replace(t, type="ANY", frame="buyer_first") for t in land]
    if on("discourse.share_options"):
        # 'granted Velkor options to acquire Quarnell stock': the shares the options are on are no deal of the
        # sentence while it tells another (discourse.warrants gives the options their own record)
        # (or holds the options in its own words: 'receive warrants to buy 5 million X shares', 'gets warrants')
        # (not an option its holder exercises: 'exercised its option to lease more capacity', a trade of its own)
        optioned = [t for t in usable if (OPTION_BEFORE.search(sent.text, 0, t.start - sent.start)
                                          or OPTION_INSIDE.search(t.text)) and not EXERCISED.match(t.text)]
        if optioned and len(optioned) < len(usable) and hit("discourse.share_options", True):
            usable = [t for t in usable if t not in optioned]
    # 'has committed to supplying HBM to X', 'contracted to supply': a trade verb whose complement, right after 'to',
    # is another trigger says no more than that one, which tells who does what (type.trigger_complement)
    # (one verb: not 'secures major order', whose noun says the order is won)
    led = [t for t in usable if t.type == "ANY" and " " not in t.text.strip() and on("type.trigger_complement")
           and any(u is not t and TO_COMPLEMENT.fullmatch(sent.text, t.end - sent.start, u.start - sent.start)
                   for u in usable)]
    if led and len(led) < len(usable) and hit("type.trigger_complement", True):
        usable = [t for t in usable if t not in led]
    # 'signed an MoU with the government of X to invest ₹50,000 crore over 10 years to set up data centres': money put
    # into a build of one's own, under an agreement, is no investment in a company: the agreement is the deal
    # (type.investment_to_build; guideline 'Microsoft will spend $80B on data centres' is no deal alone)
    built = [t for t in usable if t.type == "investment" and t.frame == "investor_first" and on(
        "type.investment_to_build") and INVEST_TO_BUILD.match(sent.text, t.end - sent.start)]
    if built and any(u.frame == "symmetric" and u.type == "ANY" for u in usable if u not in built) and hit(
            "type.investment_to_build", True):
        usable = [t for t in usable if t not in built]
        aim = counted[built[0].start - sent.start:]  # what is built says what the agreement is about, not its type
        aim = aim[:stop.start()] if (stop := re.search(r"[;.]\s", aim)) else aim
        for kind in scores:
            scores[kind] -= _cue_weight(rx, kind, aim)
    # 'raised $9.9 billion to purchase chips': what money raised is for is no trade of the sentence (type.raised_to_buy)
    for t in [t for t in usable if t.type == "investment" and t.frame == "investee_first"] if on(
            "type.raised_to_buy") else []:
        aim = RAISED_TO_BUY.match(sent.text, t.end - sent.start)
        # ('... for the purchase of GPUs from Pellmark Partners, a venture firm': an investor's kind after 'from' lends
        # the money raised, no seller of the goods; type.purpose_lender)
        if aim is None or any(aim.start(1) <= o.start - sent.start < aim.end() and not (
                o.kind == "investor" and FROM_BEFORE_NAME.search(sent.text, 0, o.start - sent.start) and hit(
                    "type.purpose_lender", on("type.purpose_lender"))) for o in sent.orgs):
            continue
        lo, hi = sent.start + aim.start(1), sent.start + aim.end()
        inside = [u for u in usable if lo <= u.start < hi and u.type != "investment"]
        # ('raised $200 million in debt for the purchase of GPUs': the noun has no object the trigger stage accepts;
        # its goods words are the purpose's all the same)
        noun = not inside and aim.group(1).lower().startswith("for") and any(
            lo <= u.start < hi for u in sent.triggers)
        if (inside or noun) and hit("type.raised_to_buy", True):
            usable = [u for u in usable if u not in inside]
            span = counted[aim.start(1):aim.end()]
            for kind in scores:
                scores[kind] -= _cue_weight(rx, kind, span)
            break
    # 'signed a 15-year lease with X', 'under a 15-year lease': the trade noun tells the type, not the direction
    usable = [replace(t, frame="symmetric") if _modified_noun(t, sent) else t for t in usable]
    joined = joined_stake(sent, usable)
    if joined is not None and hit("type.joined_stake", True):
        # 'will buy $20 billion of X chips and take a 10% stake in the chipmaker': the stake is a second deal
        # (candidates.joined_stake), the sentence's type is the trade's
        usable = [t for t in usable if t is not joined]
        text = text[:joined.start - sent.start] + " " * len(joined.text) + text[joined.end - sent.start:]
    if any(_joint_aim(t, sent) for t in sent.triggers):
        scores["partnership"] += 4  # what the partners will make is no cue of the deal's type: the deal is joint
    if hit("type.joint_research_aim", on("type.joint_research_aim") and bool(JOINT_RESEARCH_AIM.search(sent.text))):
        scores["partnership"] += 4  # 'a partnership with X to advance HBM development': work done together, no sale
    if hit("type.co_making", on("type.co_making") and any(
            CO_MAKING.match(t.text) and not _wider_aim(t.start - sent.start, sent) for t in sent.triggers)):
        scores["partnership"] += 4  # 'A and B will co-develop a campus': made together, not sold by one to the other
    if hit("type.joint_founding", on("type.joint_founding") and any(founds_jointly(t) for t in sent.triggers)):
        scores["partnership"] += 4  # 'will jointly set up a company to build data centres': a joint venture
    if hit("type.joint_making", on("type.joint_making") and any(MAKING.match(t.text) and JOINTLY_BEFORE.search(
            sent.text[:t.start - sent.start]) and not _wider_aim(t.start - sent.start, sent) for t in sent.triggers)):
        scores["partnership"] += 4  # 'A and B will jointly build a 1 GW data centre': a joint undertaking
    if hit("type.jointly_held", on("type.jointly_held") and len({o.key for o in sent.orgs}) >= 2 and any(
            not _wider_aim(m.start(), sent) for m in JOINTLY_HELD.finditer(sent.text))):
        scores["partnership"] += 6  # 'A and B agreed to jointly own and operate a data centre': a joint venture
    if hit("type.joint_investing", on("type.joint_investing") and len({o.key for o in sent.orgs}) >= 2 and any(
            JOINTLY_BEFORE.search(sent.text[:t.start - sent.start]) and _invests_in_thing(sent, t) for t in usable)):
        scores["partnership"] += 6  # 'A and B will jointly invest $10 billion in a campus': a joint venture (guideline 5)
    if hit("type.joint_invest_to_build", on("type.joint_invest_to_build") and len({o.key for o in sent.orgs}) >= 2
           and any(t.type == "investment" and t.frame == "investor_first" and JOINTLY_BEFORE.search(
               sent.text[:t.start - sent.start]) and not any(o.start >= t.start for o in sent.orgs) and bool(
               TO_BUILD_AFTER.match(sent.text, t.end - sent.start)) for t in usable)):
        scores["partnership"] += 6  # 'A and B will jointly invest "several trillion won" to build a data centre'
    if hit("type.joint_commitment", on("type.joint_commitment") and len({o.key for o in sent.orgs}) >= 2 and any(
            COMMITTING.match(t.text) and JOINTLY_BEFORE.search(sent.text[:t.start - sent.start]) and not any(
                o.start >= t.start for o in sent.orgs) and bool(TO_NEW_ENTITY.match(sent.text, t.end - sent.start))
            for t in usable)):
        scores["partnership"] += 6  # 'A, B and C have jointly committed $5 billion to a new entity': a joint venture
    if hit("type.agreement_to_invest", on("type.agreement_to_invest") and any(
            t.frame == "symmetric" for t in usable) and len({o.key for o in sent.orgs}) >= 2 and any(
            _invests_in_thing(sent, t) for t in usable)):
        scores["partnership"] += 6  # 'signed an MoU with X to explore a $1 billion investment in AI infrastructure'
    if hit("type.explored_aim", on("type.explored_aim") and any(t.frame == "symmetric" for t in usable) and len(
            {o.key for o in sent.orgs}) >= 2 and bool(EXPLORED_AIM.search(text))):
        scores["partnership"] += 6  # 'signed an agreement with X to explore building a data centre': studied together
    if hit("candidates.combine_to_form", combines_to_form(sent, usable)):
        scores["partnership"] += 6  # 'will combine its cloud unit with X to form a new company': a joint venture
    if hit("type.joint_capacity", on("type.joint_capacity") and joint_capacity(sent, making_only=True)):
        scores["partnership"] += 4  # 'signed an MoU with X to set up a data centre': what the partners will make
    if hit("type.joint_investment", on("type.joint_investment") and any(
            _invests_with_partner(sent, t) for t in usable)):
        scores["partnership"] += 6  # 'will invest 500 billion won in building a data center with X': together
    if hit("type.capacity_from_plants", on("type.capacity_from_plants") and bool(CAPACITY_FROM_PLANTS.search(text))):
        scores["power"] += 2  # '1.5 gigawatts of capacity from X's planned nuclear plants': generating capacity
    if on("type.to_power") and not any(t.type in ("investment", "acquisition") for t in usable):
        # 'a deal that would involve the restart of a reactor at the Kestrel facility to power that company's needs',
        # '... to power Orsk's data centers': what the deal is for is powering sites, a supply of power; the sites
        # named after 'to power' are where it goes, no datacenter traded
        for m in TO_POWER.finditer(text):
            if on("type.goods_to_power") and hit("type.goods_to_power", bool(GOODS_BEFORE_TO.search(
                    text, 0, m.start()))):
                continue  # 'spend $40 billion on X chips to power a new data center': the goods run the site, no power
            if hit("type.to_power"):
                scores["datacenter"] -= len(rx["type:datacenter"].findall(m.group(0)))
                scores["power"] += 4
    if on("type.supplied_own_sites"):
        # 'an agreement with X for 300 MW of wind power to supply its data centers': the subject's own sites that
        # the goods go to (mentions.supplies_own_sites) are no site traded
        for m in TO_SUPPLY_OWN_SITES.finditer(counted):
            if hit("type.supplied_own_sites"):
                scores["datacenter"] -= len(rx["type:datacenter"].findall(m.group(0)))
    if on("type.paid_for_power") and PAID_FOR_POWER.search(counted) and hit("type.paid_for_power"):
        scores["power"] += 2  # 'is paying X $90 million a year for power': electricity bought ('power' alone is no cue)
    if on("type.site_destination") and scores["datacenter"] and any(scores[k] for k in ("power", "chips", "compute")) \
            and usable and (all(t.frame == "symmetric" for t in usable) or PAID_FOR_GOODS.search(counted)):
        # 'an agreement with X for 500 MW of electricity at its planned Wyoming campus': goods a sentence names go to a
        # site of one side's after them; the site is where they are used, no site traded (not a lease's 'for its
        # campus', whose lease is a cue of its own outside the phrase). An agreement only: a verb of trading has its
        # object read, and where its goods go, by type.object_of_trade and type.destination_no_cue
        first_goods = min((m.start() for k in ("power", "chips", "compute") for m in rx[f"type:{k}"].finditer(counted)),
                          default=None)
        for m in SITE_GOODS_GO_TO.finditer(counted):
            if first_goods is not None and m.start() > first_goods and hit("type.site_destination"):
                scores["datacenter"] -= len(rx["type:datacenter"].findall(m.group(0)))
    if on("type.site_supplied"):
        # 'Tamsin Energy will supply Orsk's data centers', 'to supply Orsk campus': a site as the object of a verb of
        # supplying is where the goods go, no datacenter sold; a supplier of power supplies power to it
        for t in usable:
            site = SITE_SUPPLIED.match(text, t.end - sent.start) if SUPPLY_VERB.fullmatch(t.text) else None
            supplier = next((o for o in sent.orgs if o.end <= t.start), None)
            if site and supplier is not None and supplier.kind == "power" and hit("type.site_supplied"):
                scores["datacenter"] -= len(rx["type:datacenter"].findall(site.group(0)))
                scores["power"] += 4
            elif site and any(scores[k] > 0 for k in ("power", "chips", "compute")) and on(
                    "type.site_supplied_goods") and hit("type.site_supplied_goods"):
                # 'will supply X's new data centre in Osaka with 200 MW of electricity': the goods named say what is
                # supplied, whoever the supplier is
                scores["datacenter"] -= len(rx["type:datacenter"].findall(site.group(0)))
    if scores["power"] and hit("type.generation_built", on("type.generation_built") and generation_built(sent)):
        scores["partnership"] += 6  # 'an agreement with X to develop sites for reactors': built together, not sold
    if hit("type.paid_to_serve", on("type.paid_to_serve") and any(
            PAYMENT.match(t.text) for t in sent.triggers) and bool(SERVE_WORK.search(sent.text))):
        scores["compute"] += 2  # 'is paying Tessaly $700 million a year to run its AI models': capacity that serves
    if hit("type.deployed_for", on("type.deployed_for") and bool(DEPLOYED_FOR.search(text))):
        scores["compute"] += 4  # 'X will deploy 50,000 GPUs for Y': goods run for another are computing sold to it
    if sent.orgs and hit("type.powers_site", on("type.powers_site") and bool(POWERS_SITE.match(
            sent.text, sent.orgs[0].end - sent.start))):
        scores["power"] += 4  # 'Altrone Energy will power Velmora's Ohio data centres': the subject sells electricity
    if any(_site_bought(t, sent) for t in sent.triggers):
        scores["datacenter"] += 2  # 'buy the Brimoral data centre': the site bought (rule type.site_bought)
    if on("type.land_bought") and any(t.type == "acquisition" and (
            LAND_BOUGHT.match(sent.text, t.end - sent.start) or LAND_SUBJECT.search(sent.text, 0, t.start - sent.start))
            for t in sent.triggers) and hit("type.land_bought"):
        scores["datacenter"] += 2  # 'acquired land in Ohio from X': land bought (guideline 5)
    # (a trigger 'object_required' set aside counts: 'acquire a 20 per cent interest in X' names no company as object)
    minority = [t for t in sent.triggers if t.frame == "acquirer_first" and hit("type.minority_stake", on(
        "type.minority_stake") and _minority(sent, t))]
    if minority:  # 'is buying 49% of X': a minority stake is an investment, whatever the verb (guideline 5)
        usable = [t for t in usable if t not in minority] + [replace(t, type="investment", frame="investor_first")
                                                             for t in minority]
    goods = {t: kind for t in usable if (kind := _invested_in_goods(sent, t, rx, lex)) is not None}
    if goods and hit("type.invested_in_goods", True):
        # 'will invest $10 billion in computing capacity from X', 'is investing $20 billion in X chips': money put
        # into goods a named company sells buys them (a trade), it is no stake in the seller
        usable = [t for t in usable if t not in goods] + [replace(t, type=kind, frame="buyer_first")
                                                          for t, kind in goods.items()]
    built = [t for t in usable if t.type == "investment" and t.frame == "investor_first" and on(
        "type.invested_in_site") and INVESTED_IN_SITE.match(sent.text, t.start - sent.start)]
    if built and hit("type.invested_in_site"):
        # 'will invest A$2.4 billion in a data centre in Sydney for Kauri Cloud': money put into a site built for a
        # tenant named after 'for' is no stake in the tenant: the one investing builds and provides the site
        usable = [t for t in usable if t not in built] + [replace(t, type="ANY", frame="seller_first") for t in built]
        scores["datacenter"] += 2
    secured = [t for t in usable if t.type == "ANY" and t.frame == "buyer_first" and SECURING.fullmatch(t.text)
               and on("type.secured_money") and _secured_money(sent, t)]
    if secured and hit("type.secured_money"):
        # 'Dutch startup Axolen secured about $250m to advance its accelerators': money secured bare, no goods or
        # orders named, is money raised (an investment the subject receives)
        usable = [t for t in usable if t not in secured] + [replace(t, type="investment", frame="investee_first")
                                                            for t in secured]
    bought = [t for t in usable if t.frame == "buyer_first" and hit("type.paid_for_company", on(
        "type.paid_for_company") and _paid_for_company(sent, t)) or t.frame == "symmetric" and hit(
        "type.deal_for_company", on("type.deal_for_company") and _deal_for_company(sent, t))]
    if bought:  # 'agreed to pay $3 billion for Tessly': money paid for a company buys the company
        usable = [t for t in usable if t not in bought] + [replace(t, type="acquisition", frame="acquirer_first")
                                                           for t in bought]
        for t in bought:  # ('for the chip start-up X': what the company is, no goods traded; type.paid_for_described)
            described = _paid_for_company(sent, t) if t.frame == "buyer_first" else None
            for kind in TRADED if isinstance(described, re.Match) else ():
                scores[kind] -= len(rx[f"type:{kind}"].findall(described.group(1)))
    made = [t for t in usable if t.frame == "investee_first" and ANNOUNCED_INVESTMENT.fullmatch(t.text) and not
            FROM_AFTER.match(sent.text, t.end - sent.start) and hit("type.announced_investment", on(
                "type.announced_investment"))]
    if made:  # 'Velmora announced a $2 billion investment': an investment its announcer makes, not one it receives
        usable = [t for t in usable if t not in made] + [replace(t, frame="investor_first") for t in made]
    earned = [t for t in usable if t.type == "investment" and t.frame == "investee_first" and RECEIVING.match(t.text)
              and (hit("type.received_under_trade", on("type.received_under_trade") and bool(
                  UNDER_TRADE.search(sent.text))) or hit("type.received_for_goods", on("type.received_for_goods") and (
                      paid_for := RECEIVED_FOR.match(sent.text, t.end - sent.start)) is not None and any(
                      rx[f"type:{kind}"].search(paid_for.group(1)) for kind in TRADED)))]
    if earned:  # 'expects to receive $6.3 billion from X under a capacity agreement': revenue of a sale, no funding
        usable = [t for t in usable if t not in earned] + [replace(t, type="ANY", frame="seller_first")
                                                           for t in earned]
    for t in usable:
        if t.type != "ANY":
            scores[t.type] += 2
    # 'acquired a majority stake in X', 'bought 70% of X': control of a company is an acquisition (guideline 5 keeps
    # only a minority stake an investment)
    if any(t.type == "acquisition" and hit("type.control_stake", _control(sent, t)) for t in usable):
        scores["acquisition"] += 2
    if on("type.watts_supplied") and hit("type.watts_supplied", bool(WATTS_SUPPLIED.search(text))):
        scores["power"] += 1.75  # 'enabling the supply of 835 MW for its data centres': electricity, by the noun
    for m in money:  # '$19-billion acquisition', '$5.5 billion, 15-year lease': the noun the figure measures
        noun = FIGURE_NOUN.match(sent.text[m.end - sent.start:])
        if hit("type.figure_noun", noun):
            scores[NOUN_TYPE[noun.group(1).lower()]] += 2
    if hit("type.acquisition_needs_trigger", not any(t.type == "acquisition" for t in usable)):
        scores["acquisition"] = 0  # 'acquired the facility from X': buying a site or goods, not a company
    if hit("type.recurring_is_no_stake", any(m.amount.period != "once" for m in money[:1])):
        scores["investment"] = scores["acquisition"] = -1
    for t in usable:  # 'supply 300 MW of power to X's data centers': what is traded is the verb's object
        if t.frame in ("buyer_first", "seller_first") and on("type.object_of_trade"):
            # 'has lined up 300 MW of power from X', 'will source 300 MW from X': a trigger that runs through its
            # goods to 'from' holds the object; what follows the seller ('for its data center') is where it goes
            inner = GOODS_THEN_FROM.fullmatch(text, t.start - sent.start, t.end - sent.start) if on(
                "type.goods_in_trigger") else None
            inner_traded = [kind for kind in TRADED if inner and rx[f"type:{kind}"].search(inner.group(1))]
            if inner and (inner_traded or find_power_mw(inner.group(1)) and not CAPACITY_VERB.match(t.text)) and hit(
                    "type.goods_in_trigger"):
                goods = inner_traded or ["power"]  # (watts with no other word: electricity)
                for kind in goods:
                    scores[kind] += 0.75 if inner_traded else 1.75
                seller = re.match(r"\s*_+", text[t.end - sent.start:])
                dest = DESTINATION.match(text, t.end - sent.start + seller.end()) if seller else None
                for kind in scores if dest and SITE_DESTINATION.match(dest.group(1)) else ():
                    if kind not in goods:  # ('for its Nevada data center campus')
                        scores[kind] -= _cue_weight(rx, kind, dest.group(1))
                continue
            rest = text[t.end - sent.start:]
            # 'provide Quenlo with 1 gigawatt of power': the recipient first, the goods after 'with'
            recipient = RECIPIENT_WITH.match(rest)
            if recipient and hit("type.supply_with", on("type.supply_with")):
                rest = rest[recipient.end():]
            # 'will sell Quenlo 300 megawatts of wind power': the recipient first, a figure of the goods right after
            recipient = RECIPIENT_FIRST.match(rest)
            if recipient and hit("type.double_object", on("type.double_object")):
                rest = rest[recipient.end():]
            # 'will build and operate a 400 MW power plant': the verb's object comes after the verb it is joined to
            joined = COORDINATED_VERB.match(rest) if on("type.coordinated_verb") else None
            if joined and hit("type.coordinated_verb"):
                rest = rest[joined.end():]
            # 'placed an order worth about $1.5 billion for AI accelerators': an order's goods follow its 'for'
            ordered = ORDER_FOR.match(rest) if re.search(r"\borders?$", t.text, re.I) and on(
                "type.order_for_goods") else None
            if ordered and hit("type.order_for_goods"):
                rest = rest[ordered.end():]
            # 'supply up to 300 MW of power': a figure's qualifier is no end of the object
            rest = rest[len(UP_TO.match(rest).group(0)):]
            window = OBJECT_END.split(rest, 1)[0]
            access = ACCESS_TO.match(rest)
            if access:  # 'provide X with access to GPUs': the object is the access, and what it is to
                window = access.group(0) + OBJECT_END.split(rest[access.end():], 1)[0]
            # 'a contract to host workloads for X': hosting another's work (not its goods) sells computing capacity,
            # whatever goods it runs on ('host X's models on 5,000 accelerators': read before the goods)
            if t.text.lower().startswith("host") and HOSTED_WORK.match(window.strip()) and hit(
                    "type.hosted_work", on("type.hosted_work")):
                scores["compute"] += 2
                continue
            # 'will host Quenlo's servers': a host takes in another's goods; the deal is the site (colocation)
            if t.text.lower().startswith("host") and rx["type:chips"].search(window) and hit(
                    "type.hosted_goods", on("type.hosted_goods")):
                scores["datacenter"] += 2
                continue
            # `text` has the organisations masked as '_' (type.names_are_not_cues): a maker's name in the object
            # ('supplying Nvidia's GB300 systems') is a brand, which says what the goods are made of, not the deal
            if "_" in window:
                continue
            # 'sell its chip unit, X, to Y': goods words before a business noun name the business sold, no goods
            if OWN_BUSINESS.match(window) and hit("type.business_object", on("type.business_object")):
                continue
            # 'to acquire a chip designer', 'buy an AI cloud provider': a company described, whose words say what it
            # makes, not what is traded
            if hit("type.company_object", on("type.company_object") and bool(
                    rx["described_counterparty"].match(window.lstrip()))):
                continue
            traded = [kind for kind in TRADED if rx[f"type:{kind}"].search(window)]
            if not traded and t.frame in ("buyer_first", "seller_first") and BARE_POWER.fullmatch(window) and hit(
                    "type.bare_power_object", on("type.bare_power_object")):
                traded = ["power"]  # 'buying power for a planned campus': the bare noun traded is electricity
            if traded == ["compute"] and CAPACITY_VERB.match(t.text) and find_power_mw(window) and {
                    w.lower() for w in rx["type:compute"].findall(window)} == {"capacity"} and not any(
                    o.kind == "neocloud" for o in sent.orgs) and hit("type.watts_rented", on("type.watts_rented")):
                traded = []  # 'lease 300 MW of capacity': capacity in watts, no word for computing, from no cloud
            for kind in traded:
                if hit("type.object_of_trade"):
                    scores[kind] += 0.75  # breaks a tie of cue counts; outweighs no trigger
            # 'to supply 400 megawatts to X': electricity counted in watts, with no other word for what is traded;
            # the figure counts as a power word in the object
            # (leasing or renting megawatts takes data-centre capacity: type cues decide there)
            watts = not traded and bool(find_power_mw(window)) and not CAPACITY_VERB.match(t.text)
            if watts and WATTS_AT_SITE.match(rest, len(window)) and not any(
                    o.kind == "power" for o in sent.orgs) and hit("type.watts_at_site", on("type.watts_at_site")):
                scores["datacenter"] += 1.75  # 'reserved 100 MW at X's new campus': room in a site, no electricity
                continue  # (a power company's watts at a site are electricity: 'Orvane Energy will supply 300 MW at')
            # 'Vestrane rented 40 MW from Dorsenko': capacity counted in watts and taken by a verb of renting or
            # leasing, with no word for what runs on it, is room in a data centre (a site's capacity), not computing
            if not traded and CAPACITY_VERB.match(t.text) and not t.text.lower().startswith("host") and (find_power_mw(
                    window) or WATTS_SUBJECT.search(text, 0, t.start - sent.start)) and hit(
                    "type.watts_rented", on("type.watts_rented")):
                # ('The 300 MW of capacity will be leased by Kelmar AI': the watts as the subject in the passive)
                scores["datacenter"] += 1.75
            if watts and hit("type.power_figure_traded", on("type.power_figure_traded")):
                scores["power"] += 1.75
                if on("type.watts_destination"):  # 'supply 500 MW to a data centre campus run by X': where the
                    traded = ["power"]  # watts go is no cue either (type.watts_destination)
            # 'supply 400 MW of electricity to a data center campus that X is building': where goods go is no cue
            # of what is traded (rule type.destination_no_cue)
            dest = DESTINATION.match(rest, len(window)) if traded and "datacenter" not in traded and on(
                "type.destination_no_cue") else None
            source = SOURCE_BEFORE_DEST.match(rest, len(window)) if traded and dest is None and \
                "datacenter" not in traded and on("type.source_then_destination") else None
            if source and hit("type.source_then_destination", on("type.destination_no_cue")):
                # 'sell electricity from its gas plant in Ohio to X's data centre campus': where the goods come
                # from, then where they go
                dest = DESTINATION.match(rest, source.end())
            dest_rule = "type.destination_no_cue"
            if watts and traded:  # (the watts go to a site, not to a company named: 'to a data centre campus')
                dest = dest if dest and SITE_DESTINATION.match(dest.group(1)) else None
                dest_rule = "type.watts_destination"
            # 'provide X with access to GPUs at its Texas data center campus': where the goods are is no cue either
            if dest is None and traded and "datacenter" not in traded and not watts and on("type.location_no_cue"):
                dest, dest_rule = LOCATION.match(rest, len(window)), "type.location_no_cue"
            if dest and any(rx[f"type:{kind}"].search(dest.group(1)) for kind in scores if kind not in traded) and hit(
                    dest_rule):
                for kind in scores:
                    if kind not in traded:
                        scores[kind] -= _cue_weight(rx, kind, dest.group(1))
            # 'to lease 4.5 gigawatts of computing power': what a capacity verb (lease, rent, host) takes decides
            # over the verb's own type: leased computing power is compute, a leased data centre a site
            if "compute" in traded and "datacenter" not in traded and t.type != "compute" and CAPACITY_VERB.match(
                    t.text) and hit(
                    "type.capacity_object", on("type.capacity_object")):
                scores["compute"] += 2
            # 'to rent AI servers from X', 'will rent 20,000 GPUs': hardware rented, not bought, is computing capacity,
            # however strongly the words name the hardware ('rent thousands of GPUs')
            if "chips" in traded and "datacenter" not in traded and t.text.lower().startswith("rent") and hit(
                    "type.rented_chips", on("type.rented_chips")):
                scores["compute"] = max(scores["compute"] + 2, scores["chips"] + 1)
            elif "chips" in traded and "datacenter" not in traded and t.frame == "seller_first" and hit(
                    "type.cloud_goods_term", on("type.cloud_goods_term") and bool(find_duration_months(text)) and any(
                        o.kind in ("neocloud", "cloud") and o.end <= t.start for o in sent.orgs)):
                # 'HCS will provide Pemdrik with 20,000 GPUs for $1.1 billion over three years': goods a cloud
                # provides for a term are used where they run, rented, not sold
                scores["compute"] = max(scores["compute"] + 2, scores["chips"] + 1)
    for t in usable:  # 'signed an agreement with X for 310 megawatts to support its data centers'
        # (leased megawatts take data-centre capacity, as for a trade verb: 'a lease with X for 40 MW')
        m = FOR_WATTS.match(text, t.end - sent.start) if t.frame == "symmetric" and not CAPACITY_VERB.match(
            t.text) and on("type.agreement_for_watts") else None
        if m is None or not hit("type.agreement_for_watts", True):
            continue
        # the watts are what the agreement trades (type.power_figure_traded); what they support is where they go
        scores["power"] += 1.75
        dest = text[m.end():]
        for kind in scores:
            if kind != "power":
                scores[kind] -= len(rx[f"type:{kind}"].findall(dest))
        break
    # 'an order for solar supply to its Mumbai data centre': the noun 'supply' after a word of goods supplies them;
    # where they go is no cue of what is traded (type.goods_supply_noun)
    supplied = GOODS_SUPPLY_TO.search(text) if on("type.goods_supply_noun") else None
    goods = [k for k in TRADED if supplied and rx[f"type:{k}"].search(supplied.group(1))]
    if len(goods) == 1 and hit("type.goods_supply_noun", True):
        scores[goods[0]] += 1.75
        dest = OBJECT_END.split(text[supplied.end():], 1)[0]
        for kind in scores:
            if kind != goods[0]:
                scores[kind] -= _cue_weight(rx, kind, dest)
    # the kind a shape-found name's words give (mentions.name_kind) is for roles; a list's or the parse's kind votes here
    # ('for access to Nvidia GPUs': a maker named in the goods says what they are, which their noun already says;
    # its kind is no vote for the deal, rule type.maker_no_vote)
    kinds = {o.kind for o in sent.orgs if not o.origin.startswith("shape:") and not hit(
        "type.maker_no_vote", on("type.maker_no_vote") and (MAKER_OF_GOODS.match(
            sent.text, o.end - sent.start) is not None or HYPHEN_GOODS_AFTER_MAKER.match(
            sent.text, o.end - sent.start) is not None)) and not hit(
        "type.apposition_no_vote", on("type.apposition_no_vote") and _in_apposition(sent, o))}
    for t, table in SELLER_SCORE.items():
        if any(table.get(k, 0) >= 3 for k in kinds):
            scores[t] += 0.5
    site_loan = False
    if on("type.loan_for_site") and (LOAN_FOR_SITE.search(text) or SITE_BUILT_WITH_DEBT.search(text) or
                                     FINANCED_SITE.search(text) or hit("type.lent_for_site", on(
                "type.lent_for_site") and bool(LENT_FOR_SITE.search(text))) or hit("type.funded_site_works", on(
                "type.funded_site_works") and bool(FUNDED_SITE_WORKS.search(text)))) and not rx[
            "strong:investment"].search(counted) and hit("type.loan_for_site", True):
        # 'a $500 million loan for Tarsel's Texas campus': a site financed (guideline 6), whatever the investment
        # verbs that lend it ('is leading a debt financing for'); a credit facility stays money lent to the company.
        # (With the lender unnamed, the developer's deal alone, candidates.site_financing_alone, which a later 'The
        # loan was arranged by A and B' completes.)
        scores["datacenter"] = max(scores["datacenter"] + 4, scores["investment"] + 1)
        site_loan = True
    if on("type.commitment_for_goods"):
        for t in usable:
            # 'is committing $10 billion to Tarsk Cloud for capacity through 2030': money committed to a company for
            # what it sells is a purchase, not money put into it
            if t.type == "investment" and COMMITTING.match(t.text) and COMMITTED_FOR.match(
                    sent.text, t.end - sent.start) and hit("type.commitment_for_goods"):
                scores["investment"] -= 2
    built = next((b for t in usable if (b := built_by(t, sent)) is not None), None) if on(
        "type.invest_in_built") else None
    if built is not None and hit("type.invest_in_built", True):
        # 'may invest as much as $720 million in a new AI factory that will be built by X': the money buys the thing
        # from whoever builds it, a chipmaker's goods or a site (guideline: a company's own capex has no counterparty;
        # here the builder is one)
        kind = "chips" if built.kind == "chips" else "datacenter"
        scores[kind] = max(scores.values()) + 2
    if not usable:
        return "partnership", None
    best = max(scores, key=lambda t: (scores[t], -list(scores).index(t)))
    if best in ("datacenter", "power") and usable and all(t.frame == "symmetric" and AGREEMENT_WORD.fullmatch(
            t.text) for t in usable) and len({o.key for o in sent.orgs}) >= 2 and hit("type.joint_project", on(
                "type.joint_project") and bool(FOR_PROJECT.search(sent.text))):
        # 'A and B have signed a letter of intent for a data center project in Chile': an agreement for a project,
        # with no word of trading (no lease, sale or supply), is a tie-up of the two on the project
        best = "partnership"
        scores[best] = max(scores.values())
    if best == "chips" and all(t.frame == "symmetric" for t in usable) and find_duration_months(sent.text) and any(
            o.kind in ("neocloud", "cloud") for o in sent.orgs) and hit("type.cloud_goods_deal", on(
                "type.cloud_goods_deal")):
        # 'Pellis AI signed a five-year, $2 billion GPU deal with Dorvane Cloud': goods named by a deal word alone (no
        # verb of selling them), for a term, with a cloud as a side, are capacity rented from the cloud
        best = "compute"
        scores[best] = max(scores.values())
    if scores[best] == 0 and usable and min(usable, key=lambda t: t.start).text.lower().startswith("leas") and not (
            JOINT_WORD.search(sent.text)) and hit(
            "type.lease_is_site", on("type.lease_is_site")):
        # 'which is fully leased to Quorvane': a lease of nothing named, the sentence's first trigger, is of a site
        best = "datacenter"
        scores[best] = 1
    if best == "compute" and on("type.megawatt_site") and find_power_mw(sent.text) and (any(
            o.kind == "datacenter" for o in sent.orgs) or hit("type.megawatt_at_site", on(
                "type.megawatt_at_site") and bool(AT_SITE.search(sent.text)))) and not rx["type:chips"].search(
            counted) and hit("type.megawatt_site"):
        # 'lease 20 megawatts of capacity from data-centre operator X': capacity counted in watts from a company of
        # sites, with no goods named, is space in a data centre (guideline 6), not computing
        best = "datacenter"
        # (the site's own cue may have been taken as a place, and the watts alone may tell it: 'contract for 120 MW of
        # infrastructure from X', with no cue of any type)
        scores[best] = max(scores[best], scores["compute"], 1)
    # "making it Brimoral's biggest customer": a party's role in a trade named in so many words (type.role_noun_trade)
    trade_role = on("type.role_noun_trade") and (bool(ROLE_NOUN.search(sent.text)) or on("type.role_noun_of") and hit(
        "type.role_noun_of", bool(ROLE_NOUN_OF.search(sent.text)))) and any(t.type == "ANY" for t in usable)
    # 'Velkara will pay Halvern Cloud $2 billion over four years': a payment for nothing named (type.payment_kind)
    payment = on("type.payment_kind") and any(t.type == "ANY" and t.frame == "buyer_first" and PAYMENT.match(t.text)
                                              for t in usable)
    if scores[best] == 0 and money and (any(t.type == "ANY" and (
            t.frame in ("buyer_first", "seller_first") and CONTRACT_WORD.search(t.text) or t.frame == "symmetric"
            and (t.text.lower() in ("contract", "contracts", "order", "orders") or t.text.lower() in (
                "agreement", "deal") and len({o.key for o in sent.orgs}) == 1)) for t in usable) or hit(
            "type.role_noun_trade", trade_role) or hit("type.payment_kind", payment)) and on(
            "type.name_kind_fallback"):
        # 'Tessaly Cloud lands $2 billion contract from Brimoral': a contract for nothing named, whose goods only
        # the kind a name's words give says (a cloud's contract is compute); not 'bought Dalmar Wind from X'); an
        # agreement or deal so only where its other side is not named ('with a large AI developer')
        named = [t for t, table in SELLER_SCORE.items() if t in scores and any(
            table.get(o.kind, 0) >= 3 for o in sent.orgs if o.origin.startswith("shape:"))]
        if len(named) > 1 and on("type.seller_kind_decides"):
            # 'Brevant Semiconductor won a $3 billion order from Corsk Cloud': both names give a kind; the side the
            # contract's frame makes the seller (the subject of 'won an order', the name after 'placed an order
            # with') is the one whose kind names the goods
            sellers = _contract_sellers(sent, usable)
            named = [t for t, table in SELLER_SCORE.items() if t in scores and any(
                table.get(o.kind, 0) >= 3 for o in sellers if o.origin.startswith("shape:"))] if sellers else named
            if len(named) == 1:
                hit("type.seller_kind_decides")
        if len(named) == 1 and hit("type.name_kind_fallback"):
            best = named[0]
            scores[best] = 0.5
    if scores[best] == 0 and on("type.kinds_trade"):
        traded = _kinds_trade(sent, usable, money)
        if traded is not None and hit("type.kinds_trade"):
            # 'The deal between Trazomi, a neocloud, and model developer Quorlan is worth $1.3 billion': a bare deal
            # between a company the text calls a seller of one kind of goods and one it calls a buyer of them
            best = traded
            scores[best] = 0.5
    if scores[best] == 0:
        if not money and all(t.type == "ANY" and t.frame in ("buyer_first", "seller_first") for t in usable) and hit(
                "type.unknown_goods", on("type.unknown_goods")):
            return "partnership", None  # 'tried to purchase X's literary estate': nothing of the kinds traded
        best = "partnership"
    typed = [t for t in usable if t.type == best]
    inner = [t for t in typed if any(o is not t and o.start <= t.start and t.end <= o.end and len(o.text) > len(t.text)
                                     for o in typed)]
    if inner and on("type.contained_trigger") and hit("type.contained_trigger", True):
        # 'secured a HK$3 billion syndicated loan': the words of a longer reading of the same type ('syndicated loan',
        # a lender's phrase where 'syndicated' is the lender's verb) are read as that reading, not a second one
        typed = [t for t in typed if t not in inner]
    if best == "investment":
        # 'X announced a $1.5 billion investment in Y': an investor frame with an object outranks the
        # 'announced ... investment' reading that would make X the company raising money
        with_object = [t for t in typed if t.frame == "investor_first" and any(o.start >= t.head_end for o in sent.orgs)]
        typed = with_object or typed
    if typed:
        return best, typed[0]
    generic = [t for t in usable if t.type == "ANY"]
    directional = [t for t in generic if t.frame != "symmetric"]
    lent = [t for t in usable if t.type == "investment"] if best == "datacenter" and site_loan else []
    # (of them, as for an investment, a lender's frame with an object first: 'a financing package led by D')
    lent = [t for t in lent if t.frame == "investor_first" and any(o.start >= t.head_end for o in sent.orgs)] or lent
    if lent and hit("type.loan_for_site_frame", on("type.loan_for_site_frame")):
        # 'closed a $2 billion debt financing led by A and B to build its campus': the site's debt is told by the
        # words that lend it, whose frame says who lends (roles.financing_sells makes them sellers), not by the
        # building verb after it
        return best, lent[0]
    building = [t for t in directional if t.text.lower() in word_set("making_verbs")] if (
        best == "datacenter" and site_loan and on("type.loan_for_site_frame")) else []
    if building and len(building) < len(generic) and hit("type.loan_for_site_frame", True):
        # ('agreed a financing package with a group of banks led by X to build its campus': no lending word is a
        # trigger here; the building verb still tells no one's side of the debt)
        directional = [t for t in directional if t not in building]
        generic = [t for t in generic if t not in building]
    if best in ("investment", "acquisition"):
        # 'agreed to provide Quenlo with $500 million in convertible notes': a giving verb says who puts money in
        lender = [t for t in directional if t.frame == "seller_first" and best == "investment"
                  and hit("roles.lender_invests", on("roles.lender_invests"))]
        return best, (lender or generic or usable)[0]
    return best, (directional or generic or usable)[0]


# the kinds that buy each kind of trade, as the text describes them (type.kinds_trade)
BUYER_KINDS = {"compute": {"lab", "bigtech"}, "chips": {"neocloud", "cloud", "lab", "bigtech", "datacenter"},
               "datacenter": {"lab", "neocloud", "cloud", "bigtech"}, "power": {"datacenter", "neocloud", "cloud",
                                                                                "bigtech"}}
# symmetric words that name a partnership, not a bare deal (type.kinds_trade)
PARTNERING_WORDS = frozenset({"partnership", "partnerships", "partner", "partners", "partnering", "partnered",
                              "alliance", "collaboration", "collaborate", "collaborates", "venture", "ventures",
                              "tie-up", "team", "teams", "teamed", "forces", "allied", "mou", "memorandum"})


def _kinds_trade(sent: Sentence, usable: list, money) -> str | None:
    """The one kind of trade a bare deal (symmetric words only: 'deal', 'agreement', 'signed') between two companies
    makes when the text describes one as a seller of it ('a neocloud', 'the chipmaker X', 'Y Energy') and the other
    as a buyer of it ('model developer Z'), with a figure; else None (rule type.kinds_trade)."""
    if not usable or any(t.frame != "symmetric" or t.text.lower() in PARTNERING_WORDS for t in usable):
        return None
    if not money:  # (a term alone, 'a 12-year agreement', may be a partnership's; a next sentence may tell the trade)
        return None
    kinds = {o.key: o.kind for o in sent.orgs if o.origin.startswith("shape:")}
    if len(kinds) != 2 or len({o.key for o in sent.orgs}) != 2:
        return None
    a, b = kinds.values()
    found = {t for t, table in SELLER_SCORE.items() if (table.get(a, 0) >= 3 and b in BUYER_KINDS[t]) or (
        table.get(b, 0) >= 3 and a in BUYER_KINDS[t])}
    return found.pop() if len(found) == 1 else None


# "Brimoral's biggest customer", 'as its main supplier': a trade role named (type.role_noun_trade)
ROLE_NOUN = re.compile(rf"(?:['’]s|\bas\s+(?:its|their|the|an?))\s+(?:[\w-]+\s+){{0,2}}?"
                       rf"(?:{words('buyer_nouns')}|{words('seller_nouns')})\b", re.I)
# 'makes Halbrecht the largest customer of Tervane Cloud': the role named with 'of' (type.role_noun_of)
ROLE_NOUN_OF = re.compile(rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?(?:{words('buyer_nouns')}|{words('seller_nouns')})\s+of\s+"
                          rf"(?-i:[A-Z])", re.I)
PAYMENT = re.compile(r"(?:pay|pays|paid|paying|spend|spends|spent|spending)\b", re.I)  # (spending: money paid out)
# after a verb of paying, what it pays out that buys nothing: 'a dividend', 'a special dividend of', '$40 million in
# bonuses' (context.yaml payout_nouns; type.payout_paid)
PAYOUT_OBJECT = re.compile(rf"\s+(?:(?:an?|its|their|the)\s+|\S*\d\S*\s+(?:(?:billion|million|bn|mn)\s+)?(?:in\s+)?)?"
                           rf"(?:[\w-]+\s+){{0,2}}?(?:{words('payout_nouns')})\b", re.I)
# right before a trigger: a hyphen that joins it to a word of a compound, not a prefix ('AI-host', 'miner-turned-'; not
# 'co-led', 're-sell'; type.hyphen_compound_word)
HYPHEN_COMPOUND_END = re.compile(r"(?<![\w-])(?!(?:co|re|pre|non|sub|self|cross|multi|over|under|out|up)-)"
                                 r"[\w]+(?:-[\w]+)*-$", re.I)
CONTRACT_WORD = re.compile(r"\b(?:contract|order|deal|agreement)s?\b", re.I)  # a trigger that names the contract


def _contract_sellers(sent: Sentence, usable) -> list:
    """The organisations the longest trigger that names a contract makes its seller by word order: those before a
    seller-first trigger ('X won an order from Y'), those after a buyer-first one ('X placed an order with Y'); none
    where no such trigger is directed (type.seller_kind_decides)."""
    framed = [t for t in usable if t.type == "ANY" and t.frame in ("buyer_first", "seller_first") and
              CONTRACT_WORD.search(t.text)]
    if not framed:
        return []
    t = max(framed, key=lambda x: x.end - x.start)
    if t.frame == "seller_first":
        return [o for o in sent.orgs if o.end <= t.start]
    return [o for o in sent.orgs if o.start >= t.end]


OBJECT_RELATIVE = re.compile(r",\s+(?:which|that|whom)\s+$")


# 'receive $6.3 billion from X under a capacity agreement': money received under an agreement for goods or capacity
# (type.received_under_trade)
RECEIVING = re.compile(r"(?:receive|receives|received|receiving|get|gets|got|getting)\b", re.I)
# after a passive verb of supplying: its goods after 'with', then the agent after 'by' ('supplied with 5,000 servers by
# X') (roles.passive_with_goods)
WITH_GOODS_BY = re.compile(r"\s+with\s+" + NO_BREAK + r"{1,50}?\s+by\s+(?-i:[A-Z])", re.I)
# after an investing verb and its figure: 'in' and a thing in lower case, up to a comma or the end ('in the campus,')
# (type.invest_in_thing)
SPENT_IN_THING = re.compile(r"\s+in\s+(?:the|its|their|a|an|this|that)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*"
                            r"\s*(?:,|$|\.)")
# after 'receive $X from Y': what the money is paid for ('for computing capacity over two years';
# type.received_for_goods)
RECEIVED_FOR = re.compile(r"(?:\s+[A-Z][\w&.'’-]*){0,4}\s+for\s+(" + NO_BREAK + r"{1,60})")
UNDER_TRADE = re.compile(rf"\bunder\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
                         rf"(?:{words('trade_agreement_words')})\s+(?:[\w-]+\s+)?(?:agreement|contract|deal|pact)s?\b",
                         re.I)
# 'capacity at Kintra Data's campus', 'at its Abilene site', 'from X's new campus': a site the capacity is at
# (type.megawatt_at_site)
AT_SITE = re.compile(rf"\b(?:at|from)\s+(?:the|an?|its|their|(?:[A-Z][\w&.-]*\s+){{0,3}}?[A-Z][\w&.-]*['’]s?)\s+"
                     # ('at Corsk's new 150 MW facility': its size in watts among the words before the noun)
                     rf"(?:[A-Z][\w-]*\s+|new\s+|planned\s+|flagship\s+|\d[\d.,]*[ -]?(?:MW|GW|megawatts?|"
                     rf"gigawatts?)\s+){{0,3}}(?:{words('site_nouns')})\b")
# 'the Brimoral data centre', 'a former Brimoral chip plant': a site noun (context list site_nouns) after the name
# (the words between are the name's site's own, 'the Brimoral Osaka campus': no preposition or article, which opens a
# phrase of its own, 'chips from Velkara for the sites')
SITE_NOUN_AFTER = re.compile(r"\s+(?:(?!(?:for|to|in|at|on|with|from|of|by|as|and|or|the|a|an|its|their|this|these)\b)"
                             rf"[\w-]+\s+){{0,2}}?(?:{words('site_nouns')})s?\b", re.I)


# debt lent for one site, named with its owner or article ('a $500 million loan for Tarsel's Texas campus', 'debt
# financing for its data centre in Ohio'): financing a site, a datacenter deal (guideline 6), not money lent to the
# company at large; one site only, not 'to fund data centres' (type.loan_for_site)
LOAN_FOR_SITE = re.compile(r"\b(?:loans?|debt|debt\s+financing|financing|borrowing)\s+(?:package\s+|deal\s+)?"
                           # ('financing of $1.4 billion from ...': its figure after it)
                           r"(?:of\s+\S*\d\S*(?:\s+(?:billion|million|bn|mn))?\s+)?"
                           # ('$2 billion in financing from a consortium of lenders including A, B and C for its
                           # Ohio campus', 'a debt financing led by A and B to build its campus': the lenders named
                           # between)
                           # ('a financing package with a group of banks led by X to build its campus')
                           r"(?:(?:from|with|led\s+by|provided\s+by|arranged\s+by)\s+" + NO_STOP + r"{1,120}?\s)?"
                           # ('a $2.3 billion loan to Tessaly Data for its Texas campus': the borrower named between)
                           r"(?:to\s+(?:_+|(?-i:[A-Z])[\w&.-]*)(?:\s+(?-i:[A-Z])[\w&.-]*){0,2}\s+)?"
                           r"(?:for|to\s+(?:build|finance|fund|develop))\s+"
                           # ('to finance the construction of its Phoenix campus': the work of building it)
                           rf"(?:the\s+(?:{words('site_works')})\s+of\s+)?"
                           # ('debt package for Texas data centre': a headline's place, its article dropped)
                           # ('a $29 billion financing for a Louisiana data center': one site, told as new; not 'debt
                           # to fund a new data center and to buy chips', a company's own debt)
                           r"(?:the|its|their|(?<=\bfor\s)an?|_+['’]s?|"
                           r"(?-i:[A-Z])[\w-]+(?=\s+(?:data\s+cent|datacenter|campus)))\s+"
                           r"(?:[\w-]+\s+){0,3}?"
                           r"(?:campus|data\s+cent(?:er|re)|datacenter|site)(?!s)\b", re.I)
# the verb of lending, the borrower and the sum, then one site the money is for ('will lend Tessaly Data $900 million
# for a data center campus in Ohio': financing a site, guideline 6; type.lent_for_site)
LENT_FOR_SITE = re.compile(rf"\b(?:lend|lends|lent|lending|loaned)\s+{NO_BREAK}{{1,60}}?\s+"
                           rf"(?:for|to\s+(?:build|finance|fund|develop))\s+"
                           rf"(?:the\s+(?:{words('site_works')})\s+of\s+)?(?:the|its|their|an?|_+['’]s?)\s+"
                           rf"(?:[\w-]+\s+){{0,3}}?(?:campus|data\s+cent(?:er|re)|datacenter|site)(?!s)\b", re.I)
# a verb of funding whose object is the building of one site ('will fund the construction of Tessaly Data's Ohio campus
# with $2 billion of equity'): financing the site, whatever the money is (guideline 6; type.funded_site_works)
FUNDED_SITE_WORKS = re.compile(rf"\b(?:(?:re)?financ(?:e|es|ed|ing)|fund|funds|funded|funding|bankroll(?:s|ed|ing)?)\s+"
                               rf"the\s+(?:{words('site_works')})\s+of\s+(?:the|its|their|an?|_+['’]s?|"
                               rf"(?-i:[A-Z])[\w-]+['’]s)\s+(?:[\w-]+\s+){{0,3}}?(?:campus|data\s+cent(?:er|re)|"
                               rf"datacenter|site)(?!s)\b", re.I)
# ('will finance Tessaly Data's 300 MW campus with a $2.3 billion loan': a verb of financing whose object is one site,
# the debt it is financed with named after it)
FINANCED_SITE = re.compile(r"\b(?:(?:re)?financ(?:e|es|ed|ing)|fund|funds|funded)\s+(?:the|its|their|_+['’]s?|"
                           r"(?-i:[A-Z])[\w-]+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:campus|data\s+cent(?:er|re)|datacenter|"
                           r"site)\b" + NO_STOP + r"{0,60}?\b(?:loans?|debt|credit|financing)\b", re.I)
# ('is building a 100 MW data centre in Utah with financing from X': the site built, then the debt that pays for it)
SITE_BUILT_WITH_DEBT = re.compile(r"\b(?:build|builds|building|develop|develops|developing|construct|constructs|"
                                  r"constructing)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:campus|data\s+"
                                  r"cent(?:er|re)|datacenter|site)\b" + NO_STOP + r"{0,40}?\bwith\s+(?:[\w-]+\s+)?(?:"
                                                                                  r"financing|"
                                  r"funding|loans?|debt)\s+(?:from|provided)\b", re.I)
# after the noun of an order: its worth, then 'for' and the goods ordered (type.order_for_goods)
ORDER_FOR = re.compile(r"\s*(?:(?:worth|valued\s+at|of)\s+[^,;]{1,40}?\s+)?for\s+", re.I)
# from an investing verb: its figure, then a site as what the money goes into, then the tenant it is for
# ('invest A$2.4 billion in a data centre in Sydney for Kauri Cloud'; type.invested_in_site)
INVESTED_IN_SITE = re.compile(r"\w+\s+(?:[^\s,;.]*\d[^\s,;]*\s+(?:billion|million|bn|mn|m|crore)\s+)?(?:in|into)\s+"
                              r"(?:a|an|the|its|their|new)\s+(?:[\w-]+\s+){0,3}?(?:data\s+cent(?:er|re)|datacenter|"
                              r"campus|facility)\b" + NO_BREAK + r"{0,60}?\bfor\s+(?-i:[A-Z])", re.I)
# what a build costs: 'at an investment of', 'with a total investment of' (type.investment_cost)
INVESTMENT_COST = re.compile(r"\b(?:at|with|entailing|involving|requiring|needing|(?:that|which)\s+(?:will\s+)?"
                             r"(?:requires?|needs?))\s+(?:an?|the)\s+(?:(?:total|estimated|initial|overall|"
                             r"planned|combined)\s+)?investment\s+of\b", re.I)
# right after a buying verb: land or a site as its object ('bought 300 acres of land', 'acquired land in Ohio'; the noun
# 'the purchase of a site' is set aside before, type.noun_not_verb) (type.land_bought)
# (the words between name the site, no preposition among them: 'buy GPUs for the site' buys GPUs, no site)
_LAND_NOUNS = r"(?:site|sites|land|parcel|parcels|plot|plots|acres|campus|campuses)\b"
LAND_BOUGHT = re.compile(r"\s+(?:of\s+)?(?:(?:a|an|the|its)\s+)?(?:(?!(?:for|to|from|with|at|in|on|by|into)\s)"
                         r"[\w,-]+\s+){0,3}?" + _LAND_NOUNS, re.I)


# after a verb or noun of acquiring: data centres or facilities as its object, not a business named by them
# ('acquisition of four existing Houston area data centers'; not 'the data center business of X') (type.sites_object)
SITES_BOUGHT = re.compile(r"\s+(?:of\s+)?(?:(?:a|an|the|its|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
                          r"(?:(?!(?:for|to|from|with|at|in|on|by|into)\s)[\w,-]+\s+){0,4}?(?:data\s+cent(?:er|re)s|"
                          r"facilities|buildings)\b(?!\s+(?:business|operator|company|firm|unit|platform|provider|"
                          r"group|arm|portfolio\s+company)\b)", re.I)


# capacity in watts as the subject of a verb of leasing in the passive ('The 300 MW of capacity will be leased by X')
# (type.watts_rented)
WATTS_SUBJECT = re.compile(r"\b\d[\d.,]*\s*(?:MW|GW|megawatts?|gigawatts?)(?:\s+of\s+(?:[\w-]+\s+)?capacity)?\s+"
                           r"(?:will\s+be|was|were|is|are|has\s+been|have\s+been|is\s+being)\s+$", re.I)
# ... or the subject of the verb in the passive, right before it ('The land was purchased from X')
LAND_SUBJECT = re.compile(r"\b" + _LAND_NOUNS + r"\s+(?:was|were|is|are|"
                          r"has\s+been|have\s+been|had\s+been|is\s+being|will\s+be)\s+(?:[a-z]+ly\s+)?$")


def _site_bought(t: Trigger, sent: Sentence) -> bool:
    """An acquisition verb whose object is a site a name owns: 'buy the Brimoral data centre in Osaka', or before a
    passive verb 'a former Brimoral plant was purchased by X' (rule type.site_bought; guideline 5: buying a site is a
    datacenter deal, not an acquisition of its owner)."""
    if not on("type.site_bought") or t.type != "acquisition":
        return False
    masked = mask_orgs(sent)
    if t.frame == "target_first" or re.match(r"\s+by\b", sent.text[t.end - sent.start:]):
        owner = [o for o in sent.orgs if o.end <= t.start][-1:]
    else:
        owner = [o for o in sent.orgs if o.start >= t.end][:1]
    if owner and t.frame == "acquirer_first" and on("type.site_owned_by") and SITE_OWNED_BY.fullmatch(
            masked[t.end - sent.start:owner[0].start - sent.start]) and hit("type.site_owned_by", True):
        return True  # 'buy three data centres owned by Brimoral', 'the Ohio campus of Brimoral': the owner sells
    return bool(owner) and SITE_NOUN_AFTER.match(masked[owner[0].end - sent.start:]) is not None


# between an acquisition verb and a name: a site, then the name as its owner ('three data centres owned by X', 'the
# Ohio campus of X'; no comma or clause between) (type.site_owned_by)
SITE_OWNED_BY = re.compile(rf"\s+(?:[\w%-]+\s+){{0,4}}?(?:{words('site_nouns')})s?\s+"
                           r"(?:(?:that|which)\s+(?:is|are)\s+)?"
                           r"(?:(?:owned|operated|run|held|developed)\s+by|of)\s+(?:the\s+)?", re.I)


def _object_relative(t: Trigger, sent: Sentence) -> bool:
    """'Quorvane, which Stellix acquired ...': the verb's subject right before it, after a relative pronoun that
    follows a name and a comma; the object is the name the clause describes."""
    if t.frame != "acquirer_first" or not on("type.object_relative"):
        return False
    subject = next((o for o in reversed(sent.orgs) if o.end <= t.start), None)
    gap = sent.text[subject.end - sent.start:t.start - sent.start].strip(" ,") if subject is not None else ""
    if subject is None or gap not in ("", "has", "had", "have") and not (on("type.object_relative_agreed") and hit(
            "type.object_relative_agreed", bool(AGREED_TO_GAP.fullmatch(gap)))):
        return False
    before = sent.text[:subject.start - sent.start]
    m = OBJECT_RELATIVE.search(before)
    if m is not None and any(o.end - sent.start == m.start() for o in sent.orgs):
        return True
    # the clause read as a sentence of its own (mentions.middle_relative), its antecedent among its organisations:
    # 'which Delvin acquired for $1.2 billion in 2023,' (rule type.object_relative_clause)
    return on("type.object_relative_clause") and RELATIVE_OPENING.fullmatch(before) is not None and any(
        o.origin == "relative" for o in sent.orgs) and hit("type.object_relative_clause", True)


RELATIVE_OPENING = re.compile(r"\W*(?:which|that|whom)\s+", re.I)
# between the subject of a relative clause and its verb of buying: an agreement or an offer to do it ('which Kavrin
# Micro agreed to buy', 'which X has offered to acquire'; type.object_relative_agreed)
AGREED_TO_GAP = re.compile(r"(?:(?:has|had|have|also|later|then|previously|first|once)\s+)*(?:agreed|agrees|offered|"
                           r"offers|sought|seeks|plans|planned|tried|moved|bid|bids|is\s+set|was\s+set|is\s+in\s+talks|"
                           r"was\s+in\s+talks)\s+to", re.I)


_LOCATED = r"(?:based|headquartered|located)\s+in"  # where a company sits (type.description_based_in)
LOCATED_IN = re.compile(rf"\s{_LOCATED}\s")


@cache
def _description_after(descriptors: tuple[str, ...], of: bool = False, located: bool = False) -> re.Pattern:
    nouns = "|".join(re.escape(d) for d in sorted(descriptors, key=len, reverse=True))
    # ('a maker of AI chips', 'a provider of GPU cloud services': the noun's own object, rule type.description_of)
    tail = r"(?:\s+(?:of|for)\s+[^,;()]{1,50}?)?" if of else ""
    # ('a colocation provider based in Phoenix, Arizona,': where it sits, after the noun; type.description_based_in)
    based = rf"(?:\s+{_LOCATED}\s+(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){{0,2}}" \
            r"(?:,\s+(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2})?)?" if located else ""
    return re.compile(rf",\s+(?:the|a|an)\s+[^,;()]{{0,80}}?\b(?:{nouns})s?\b{tail}{based}(?=\s*(?:,|\.?$))", re.I)


# right before the name an investment goes into ('$300 million in '), and right after it, the infinitive of what the
# money is for, to the clause's end (type.invest_purpose)
IN_BEFORE_NAME = re.compile(r"\b(?:in|into)\s+(?:the\s+)?$", re.I)
PURPOSE_AFTER = re.compile(r"\s+(?:in\s+order\s+)?to\s+(?-i:[a-z])[\w-]+\b[^,;:()]*", re.I)


# right before a name: 'one of the country's leading energy companies, ' (type.one_of_described)
ONE_OF_DESCRIBED = re.compile(r"\bone\s+of\s+(?:the|its|their|[A-Z][\w&.-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?"
                              r"(?:companies|firms|groups|operators|providers|makers|developers|producers|utilities|"
                              r"players|suppliers|conglomerates)\s*,\s*$")


# the other side of a trade described by its side's noun, not named: 'from an unnamed customer', 'with a cloud
# provider' (the description in group 1; the noun's side in 'buyer' or 'seller'; context lists buyer_nouns,
# unnamed_seller_nouns; rules roles.unnamed_side, type.unnamed_side_described)
UNNAMED_SIDE = re.compile(rf"\b(?:from|to|with|for)\s+(?:an?|one|another)\s+((?:[\w-]+\s+){{0,3}}?"
                          rf"(?:(?P<buyer>{words('buyer_nouns')})|(?P<seller>{words('unnamed_seller_nouns')})))\b",
                          re.I)
TRADE_TYPES = ("compute", "chips", "datacenter", "power")  # the types that trade goods (roles.py reads them too)


def _descriptions(sent: Sentence, lex: Lexicon) -> list[tuple[int, int]]:
    """'Kestrel, the Singapore-based data centre operator, secured ...', 'X, the Abu Dhabi-backed investment firm,
    will buy ...': a description set off by commas after a name says what the company does, not what the deal
    trades: its words are no type cues and its triggers none of the deal's (rule type.description_not_cue). Offsets
    in the sentence's text."""
    pattern = _description_after(tuple(lex.cues["org_descriptors"]), on("type.description_of"),
                                 on("type.description_based_in"))
    spans = [(m.start(), m.end()) for o in sent.orgs if (m := pattern.match(sent.text, o.end - sent.start))]
    hit("type.description_based_in", on("type.description_based_in") and any(
        LOCATED_IN.search(sent.text, lo, hi) for lo, hi in spans))
    # 'A chip interconnect startup raised $225 million from A and B': an unnamed company the sentence opens with, told
    # by what it does, whose words are no cue of the deal either (rule type.described_subject)
    opening = _described_subject(tuple(lex.cues["org_descriptors"])).match(sent.text) if on(
        "type.described_subject") else None
    if opening and hit("type.described_subject", True):
        spans.append((opening.start(1), opening.end(1)))
    if on("type.description_before_name"):
        # 'The initiative is led by global AI infrastructure provider Halvex, in partnership with ...': the kind of
        # company written before its name, lower-case words ending in a company noun, then 'in partnership with' (or
        # 'together with', 'alongside'), says what it does, not what the joint undertaking trades (a deal with 'GPU
        # cloud provider X', 'AI cloud provider X has expanded its partnership with Y in a deal worth ...': its kind)
        before = _description_before(tuple(lex.cues["org_descriptors"]))
        spans += [(m.start(), m.end()) for o in sent.orgs if (m := before.search(sent.text, 0, o.start - sent.start))
                  and JOINED_AFTER.match(sent.text, o.end - sent.start) and hit("type.description_before_name", True)]
    if on("type.one_of_described"):
        # 'in partnership with one of the country's leading energy companies, Sur Energy': the kind of company, told
        # as one of many before its name and a comma, says what it does, not what the deal trades
        spans += [(m.start(), m.end()) for o in sent.orgs if (m := ONE_OF_DESCRIBED.search(
            sent.text, 0, o.start - sent.start)) and hit("type.one_of_described", True)]
    if on("type.valuation_aside"):
        # 'Orsk Data, valued at $5 billion in its last funding round, signed ...': a valuation set off by commas after a
        # name tells what the company is worth and how it got there; its round words are no cue of the deal
        spans += [(m.start(), m.end()) for o in sent.orgs if (m := VALUATION_ASIDE.match(sent.text, o.end - sent.start))
                  and hit("type.valuation_aside", True)]
    if on("type.invest_purpose"):
        # 'will invest 300 billion won in Pyeongri Semiconductor to secure a stable supply of HBM chips': what money
        # put into a company is for, an infinitive right after the company that names no one, is no cue of the deal
        for t in sent.triggers:
            if t.type != "investment" or t.frame != "investor_first":
                continue
            into = next((o for o in sent.orgs if o.start >= t.end and IN_BEFORE_NAME.search(
                sent.text, 0, o.start - sent.start)), None)
            purpose = PURPOSE_AFTER.match(sent.text, into.end - sent.start) if into else None
            if purpose and not any(purpose.start() <= o.start - sent.start < purpose.end() for o in sent.orgs) and hit(
                    "type.invest_purpose", True):
                spans.append((purpose.start(), purpose.end()))
    if on("type.unnamed_side_described"):
        # 'won an order from a major cloud provider for 4,000 GPUs': the words describing a side the sentence does not
        # name say what it does; where a cue of goods stands outside them, they are no cue of the deal ('signed a deal
        # with a cloud provider', nothing else named, keeps them)
        rx = cue_regexes(lex)
        for m in UNNAMED_SIDE.finditer(sent.text):
            rest = sent.text[:m.start(1)] + " " * (m.end(1) - m.start(1)) + sent.text[m.end(1):]
            if any(rx[f"type:{k}"].search(rest) for k in TRADE_TYPES) and hit("type.unnamed_side_described", True):
                spans.append((m.start(1), m.end(1)))
    if on("type.venture_described"):
        spans += venture_descriptions(sent)
    if on("type.object_kind_not_cue"):
        # 'agreed to acquire colocation provider Tamsin': the words between the verb and the name are the target's
        # kind, what the company does, not what the deal trades (the trigger stays: it is outside the span)
        kind = _kind_words(tuple(lex.cues["org_descriptors"]))
        for t in sent.triggers:
            if t.frame != "acquirer_first":
                continue
            nxt = min((o for o in sent.orgs if o.start >= t.end), key=lambda o: o.start, default=None)
            if nxt and kind.fullmatch(sent.text, t.end - sent.start, nxt.start - sent.start) and hit(
                    "type.object_kind_not_cue", True):
                spans.append((t.end - sent.start, nxt.start - sent.start))
    hit("type.description_of", any(re.search(r"\s(?:of|for)\s", sent.text[lo:hi]) for lo, hi in spans))
    # the sentence's other triggers must remain: a description with the only trigger may be the deal's own words
    if spans and any(not any(lo <= t.start - sent.start < hi for lo, hi in spans) for t in sent.triggers) and hit(
            "type.description_not_cue", True):
        return spans
    return []


# right after a name: 'a joint venture between', 'an existing JV of' (type.venture_described); right before one:
# 'the existing jv '
VENTURE_AFTER = re.compile(r"(?:\s+[A-Z][A-Za-z.]{1,6})?\s*,\s+(?:(?:the|a|an|its)\s+)?(?:[\w-]+\s+){0,2}?(?:joint\s+"
                           r"venture|JV)(?:\s+\(JV\))?\s+(?:between|of|formed\s+by|owned\s+by|set\s+up\s+by)\s+", re.I)
VENTURE_BEFORE = re.compile(r"\b(?:the|its|an?)\s+(?:existing\s+|new\s+)?(?:joint\s+venture|jv)\s+$", re.I)
MEMBER_JOIN = re.compile(r"(?:['’]s?\s+(?:[\w-]+\s+){0,2}?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


def venture_descriptions(sent: Sentence, mark: bool = True) -> list[tuple[int, int]]:
    """'will invest Rs 378 crore in Tamsin Holdings, a joint venture between Brisa and Halvex': a joint venture that
    describes a company (its apposition, with the members' names; 'the existing jv Tamsin Holdings') says what the
    company is, not what the deal is: no partnership cue (rule type.venture_described). Offsets in the text."""
    spans = []
    orgs = sorted(sent.orgs, key=lambda o: o.start)
    for i, o in enumerate(orgs):
        before = sent.text[:o.start - sent.start]
        lead = VENTURE_BEFORE.search(before)
        if lead and (not mark or hit("type.venture_described", True)):
            spans.append((lead.start(), o.start - sent.start))
            continue
        if i == 0:
            continue
        owner = orgs[i - 1]
        if not VENTURE_AFTER.fullmatch(sent.text, owner.end - sent.start, o.start - sent.start):
            continue  # (a legal form may end the name the parser cut short: 'Tamsin Holdings Pte, a joint venture')
        end = o.end
        for nxt in orgs[i + 1:]:
            if not MEMBER_JOIN.fullmatch(sent.text[end - sent.start:nxt.start - sent.start]):
                break
            end = nxt.end
        spans.append((owner.end - sent.start, end - sent.start))
        if mark:
            hit("type.venture_described", True)
    return spans


# right after a name: the joint undertaking it is in with others (type.description_before_name,
# roles.leader_partners)
JOINED_AFTER = re.compile(r"\s*,?\s+(?:in\s+(?:partnership|collaboration|cooperation)\s+with|together\s+with|"
                          r"alongside|jointly\s+with)\s")


# 'a 15-year power deal', 'an electricity supply contract': a deal noun whose modifier is the electricity sold (not
# 'a computing power deal'; not 'energy', which may name the sector of a deal to build: 'Sign Nuclear Energy Deal to
# Deploy Reactors') (type.power_deal_noun)
POWER_DEAL_NOUN = re.compile(r"\b(?<!computing\s)(?<!compute\s)(?<!processing\s)(?:power|electricity)"
                             r"(?:\s+supply)?\s+(?:deal|agreement|contract|pact)s?\b", re.I)


# 'will run its next models on Tessaly Cloud's GPUs', 'train its models on X's new cluster': a verb of running or
# training on machines a named owner's possessive owns is computing used, rented (type.run_on_owned)
RUN_ON_OWNED = re.compile(r"\b(?:run|runs|running|train|trains|training|host|hosts|hosting|deploy|deploys|deploying)\s+"
                          r"(?:[\w-]+\s+){0,3}?on\s+(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}['’]s?\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:gpus|tpus|chips|accelerators|cluster|clusters|supercomputers?|"
                          r"infrastructure|cloud|servers|capacity|data\s+cent(?:er|re)s?)\b", re.I)
# 'all the output of (from) Lumera's new 900 MW plant': the output of a plant, a reactor, a farm or a station, whoever
# owns it and whatever words describe it (type.plant_output; cues.yaml has the shorter 'plant's output')
PLANT_OUTPUT = re.compile(r"\boutput\s+(?:of|from)\s+(?:[^\s,.;]+\s+){0,6}?(?:plant|plants|reactor|reactors|farm|farms|"
                          r"station|stations)\b", re.I)
# 'a 300 MW supply deal', 'a 1.2-gigawatt supply agreement': a figure in watts and 'supply' before a deal noun, nothing
# else named as supplied between (type.watts_supply_noun)
WATTS_SUPPLY_NOUN = re.compile(r"\b\d[\d,.]*\s?-?\s?(?:gigawatts?|gw|megawatts?|mw)\s+(?:of\s+)?"
                               r"(?:power\s+|electricity\s+)?supply\s+(?:deal|agreement|contract|pact)s?\b", re.I)


def _cue_weight(rx: dict, kind: str, text: str) -> int:
    """A type's cue count in a text: each cue word once, each phrase that settles the type (strong cue) four times."""
    return len(rx[f"type:{kind}"].findall(text)) + (
        4 * len(rx[f"strong:{kind}"].findall(text)) if f"strong:{kind}" in rx else 0)


# a country's adjective before a company noun ('British', 'Japanese', 'Israeli', 'U.S.'; type.kind_before_object)
NATIONALITY = r"(?:U\.S\.|US|UK|EU|(?-i:[A-Z][a-z]+(?:an|ish|ese|ian|i|ic)))"


@cache
def _kind_words(descriptors: tuple) -> re.Pattern:
    """Between a verb of acquiring and a name: one to three lower-case words that end in a company noun ('power
    company ', 'rival chip designer ', after a noun of acquiring ' of the chip manufacturer company, ')."""
    nouns = "|".join(re.escape(d) for d in sorted(descriptors, key=len, reverse=True))
    # ('British data center developer and operator ': a nationality first, two company nouns joined by 'and';
    # type.kind_before_object)
    return re.compile(rf"\s+(?:of\s+)?(?:(?:a|an|the|rival|fellow)\s+)?(?:{NATIONALITY}\s+)?"
                      rf"(?:(?!(?:from|to|with|by|for|in|into|at|on)\s)[a-z][\w-]*\s+){{0,3}}"
                      rf"(?:(?:{nouns})s?\s+(?:and|&)\s+)?(?:{nouns})s?"
                      rf"(?:\s+(?:company|firm))?(?:\s*,)?\s+")


# 'will acquire one of its oldest and largest rivals, X,': the rival named in apposition to the verb's object, which
# is then the party bought (roles.one_of_rivals)
ONE_OF_RIVALS = re.compile(rf"\s+one\s+of\s+(?:its|their|the)\s+(?:[a-z][\w-]*\s+(?:and\s+)?){{0,3}}"
                           rf"(?:{words('rival_titles')})s?\s*,\s+", re.I)


@cache
def _description_before(descriptors: tuple) -> re.Pattern:
    """Two to five lower-case words (or 'AI'), the last a company noun, right before a name ('global AI
    infrastructure provider ')."""
    nouns = "|".join(re.escape(d) for d in sorted(descriptors, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:(?:[a-z][\w-]*|AI)\s+){{1,4}}(?:{nouns})\s+$")


@cache
def _described_subject(descriptors: tuple) -> re.Pattern:
    """A sentence that opens with 'a' or 'an', up to three words and a company noun ('An AI chip startup ...')."""
    nouns = "|".join(re.escape(d) for d in sorted(descriptors, key=len, reverse=True))
    return re.compile(rf"\W*((?:an?)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns}))\b(?!\s*,)", re.I)


def mask_orgs(sent: Sentence) -> str:
    chars = list(sent.text)
    for o in sent.orgs:
        for i in range(max(0, o.start - sent.start), min(len(chars), o.end - sent.start)):
            chars[i] = "_"
    return "".join(chars)


def _joint_aim(t: Trigger, sent: Sentence) -> bool:
    if not on("type.joint_aim") or not MAKING.match(t.text):
        return False
    before = sent.text[:t.start - sent.start]
    return bool(JOINT_AIM.search(before)) or hit("type.joint_aim_on", on("type.joint_aim_on") and bool(
        JOINT_AIM_ON.search(before))) or hit("candidates.deals_to_build", on("candidates.deals_to_build") and bool(
            DEALS_WITH_AIM.search(before)) and bool(JOINT_CAPACITY.match(sent.text[t.end - sent.start:])))


# an agreement whose aim is only explored: 'signed an agreement with X to explore building' (type.explored_aim)
EXPLORED_AIM = re.compile(rf"\b(?:agreement|deal|pact|framework|memorandum|MoU|MOU|{words('joint_nouns')})"
                          rf"\b{NO_STOP}{{0,80}}?"
                          rf"\bto\s+(?:jointly\s+|together\s+)?(?:explore|study|evaluate|assess|examine|look\s+into)\s+"
                          rf"(?:the\s+)?(?:(?:possibility|feasibility)\s+of\s+|potential\s+for\s+)?"
                          rf"(?:jointly\s+)?(?:{words('making_verbs')})\b", re.I)


# a deal word, then 'to' and a verb of making or deploying, then (within the clause) an asset of generation
GENERATION_BUILT = re.compile(rf"\b(?:agreement|deal|pact|framework|{words('joint_nouns')})\b{NO_STOP}{{0,80}}?\bto\s+"
                              rf"(?:jointly\s+|together\s+)?(?:{words('making_verbs')}|deploy|deploys|deploying)\b"
                              rf"{NO_STOP}{{0,60}}?\b(?:{words('generation_assets')})\b", re.I)
POWER_SALE = re.compile(rf"\b(?:{words('power_sale_words')})\b", re.I)


def generation_built(sent: Sentence) -> bool:
    """'Kelmar Energy signed an agreement with Velkara to develop three sites for small modular reactors', 'struck a
    deal to build a fleet of reactors': a deal to build or deploy generation (context list generation_assets) where
    the sentence sells no power (power_sale_words) is a joint development, a partnership (guideline: power is a
    supply of electricity)."""
    return bool(GENERATION_BUILT.search(sent.text)) and not POWER_SALE.search(sent.text)


def joint_capacity(sent: Sentence, making_only: bool = False) -> bool:
    """'Quenlo and Marrowind teamed up to build data centres': a joint undertaking whose aim is to make capacity (a
    site, a supercomputer, chips) is a partnership with capacity attached, a deal without a figure (guideline).
    `making_only`: the aim is to make it, not to put it to work ('a collaboration to deploy X's chips' buys them)."""
    for m in (MAKING_VERB if making_only else AIM_VERB).finditer(sent.text):
        if JOINT_AIM.search(sent.text[:m.start()]) and JOINT_CAPACITY.match(sent.text[m.end():]):
            return True
        if not making_only and on("candidates.deals_to_build") and DEALS_WITH_AIM.search(
                sent.text[:m.start()]) and MAKING_VERB.fullmatch(m.group(0)) and JOINT_CAPACITY.match(
                sent.text[m.end():]) and hit("candidates.deals_to_build"):
            return True  # 'has announced deals with A and B to build AI factories': what the deals are to make
    if on("candidates.built_with_partner"):
        for m in (*MAKING_VERB.finditer(sent.text), *MADE_INTO.finditer(sent.text)):
            made = JOINT_CAPACITY.match(sent.text[m.end():])
            if made and MADE_WITH.match(sent.text[m.end() + made.end():]) and hit("candidates.built_with_partner"):
                return True  # 'will build a data centre in Tamsin in partnership with Orsk': made together
    return False


def _aside(t: Trigger, sent: Sentence) -> bool:
    """'Quenlo, backed by Taravik and Orvanta Capital, is assembling a $10 billion round': 'backed by' set off by
    commas right after a name describes that company's owners, whatever figure the sentence goes on to give."""
    before = sent.text[:t.start - sent.start]
    by = re.match(r"\s+by\s+", sent.text[t.end - sent.start:])
    if not before.strip() and by and on("type.backed_with_figure") and hit("type.backed_with_figure", any(
            m.start - t.end == by.end() and m.amount.value for m in sent.money)):
        return False  # 'Backed by $500 million from Kestrimo, Dalvoren plans ...': money put in, told in the opener
    if not before.strip() and re.match(r"\s+by\s+[^,;]{1,80},\s", sent.text[t.end - sent.start:]) and hit(
            "type.backed_opener", on("type.backed_opener")):
        return True  # 'Backed by Tessaly, Quarnell agreed to pay ...': the opening phrase describes the subject
    # 'Telmira, which is backed by Ostrava Capital, agreed to buy ...': the same description as a relative clause
    relative = RELATIVE_BE.search(before) if on("type.backed_relative") else None
    if relative is not None:
        before = before[:relative.start() + 1] + " "
    # 'Velmora, the cloud provider backed by Harlow, signed ...': the same description after a noun in apposition
    described = DESCRIBED_BEFORE.search(before) if relative is None and on("type.backed_description") else None
    if described is not None:
        before = before[:described.start() + 2] + " "
    if not re.search(r"\S,\s+$", before) or not any(sent.start + len(before.rstrip()) - 1 == o.end for o in sent.orgs):
        return False
    after = sent.text[t.end - sent.start:]
    by = re.match(r"\s+by\s+", after)
    if by and on("type.backed_with_figure") and hit("type.backed_with_figure", any(
            m.start - t.end == by.end() and m.amount.value for m in sent.money)):
        return False  # 'Dalvoren, backed by $300 million from Kestrimo, plans ...': money put in, a deal told aside
    return bool(re.match(r"\s+by\s+[^,;]{1,80},\s", after)) and (relative is None or hit(
        "type.backed_relative", True)) and (described is None or hit("type.backed_description", True))


# ', the cloud provider ' right before 'backed by': a noun in apposition to the name before (type.backed_description)
DESCRIBED_BEFORE = re.compile(r"\S,\s+(?:the|a|an)\s+(?:[\w-]+\s+){1,4}$", re.I)
RELATIVE_BE = re.compile(r",\s+(?:which|that|who)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|largely\s+|"
                         r"partly\s+)?$", re.I)


# a description set off by commas right after a name, up to a name inside it: ', an ', ', a partner of '
# (type.apposition_no_vote)
APPOSITION_TO = re.compile(r",\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:of\s+|to\s+|for\s+|with\s+)?"
                           r"(?:the\s+)?$", re.I)
APPOSITION_REST = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,3}\s*,\s", re.I)


def _in_apposition(sent: Sentence, o) -> bool:
    """'Pellam Cloud, an Nvidia partner, agreed to supply ...', ', a customer of Nvidia,': a company named inside a
    description of the name before it says what that name is; its kind is no vote for the deal's type (rule
    type.apposition_no_vote), as a maker's before its goods is none (type.maker_no_vote)."""
    before = [x for x in sent.orgs if x.end <= o.start]
    return bool(before) and bool(APPOSITION_TO.fullmatch(sent.text, before[-1].end - sent.start, o.start - sent.start)
                                 ) and bool(APPOSITION_REST.match(sent.text, o.end - sent.start))


# 'led the round', 'raised $50 million, led by X': leading is an investment when a round or a figure is in the sentence
LEAD_VERBS = word_set("lead_verbs")
LEAD_OBJECT = re.compile(rf"\b(?:{words('round_nouns')}|{words('lending_nouns')}|{words('lead_objects')})\b", re.I)
# right after a lead verb: a person who leads, by a title or a past post ('led by former Vantor executive Dana Ruiz',
# 'led by its co-founders'; type.led_by_person): a company or a team run, no round led
LED_BY_PERSON = re.compile(rf"\s+by\s+(?:(?i:its|their|the|a|former|ex-|then|longtime|veteran)\s+)*"
                           rf"(?:[A-Z][\w&.'’-]*\s+){{0,3}}?(?i:co-?)?(?i:{words('person_title_words')}|executive|"
                           rf"engineer|researcher|scientist|alumn(?:us|i|a))s?\b")


POURING = ("inject", "injects", "injected", "injecting", "pour", "pours", "poured", "pouring", "pump", "pumps",
           "pumped", "pumping", "plough", "ploughs", "ploughed", "plow", "plowed")
# 'injected similar drama into': the object of a pouring verb, up to 'in'/'into'
POURED = re.compile(r"\s+((?:(?!(?:in|into|on)\b)[\w'’.-]+\s+){1,6}?)(?:in|into)\b", re.I)
MONEY_WORDS = re.compile(rf"[\d$€£¥]|\b(?:{words('lending_nouns')}|money|cash|funds|billions|millions|dollars|"
                         rf"euros|yen|pounds|sums?|amounts?)\b", re.I)


def _pours_no_money(t: Trigger, sent: Sentence) -> bool:
    """'injected similar drama into trade talks', 'poured cold water on': a verb of putting money in whose object,
    before 'in'/'into', holds no figure and no word for money is no investment (rule type.poured_thing)."""
    if t.text.split()[0].lower() not in POURING:
        return False
    m = POURED.match(sent.text, t.start - sent.start + len(t.text.split()[0]))
    return bool(m) and not MONEY_WORDS.search(m.group(1))


# the word right before a figure (the verb, mostly), with its particle ('pulled in') and a hedge ('raised about')
FIGURE_VERB = re.compile(rf"[\w'’-]+\s+(?:(?:in|up|out)\s+)?(?:(?:{words('figure_hedges')})\s+)?$", re.I)


# a trigger opening on a figure, and the word after the figure (and its scale word)
SCALES = "|".join(sorted({w for k in load_lexicon().money.scales for w in k.split()}, key=len, reverse=True))
FIGURE_THEN = re.compile(rf"\S+(?:\s+(?:{SCALES})\b)?\s+([A-Za-z][\w-]*)", re.I)


def _figure_modifies(t: Trigger) -> bool:
    """'Velkara makes a $400 million bet on Tessaly': the figure measures the noun after it, which is the verb's
    object; the verb of earning ('makes') has no money for its object there (rule type.figure_modifies)."""
    m = FIGURE_THEN.match(t.text)
    return m is not None and OBJECT_END.fullmatch(m.group(1)) is None


# a verb's third person that is also a plural noun ('funds', 'orders', 'supplies'): after a determiner, the noun
VERB_NOUNS = frozenset({"funds", "backs", "orders", "supplies", "leases", "purchases", "rents"})
DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|its|their|our|his|her|such|new|fresh|raised|of)\s+$", re.I)


# right before a trigger: warrants or options to buy shares ('options to acquire Quarnell stock')
OPTION_BEFORE = re.compile(r"\b(?:warrants?|options?)\s+to\s+$", re.I)
OPTION_INSIDE = re.compile(r"\b(?:warrants?\b|options?\s+to\s+\w)", re.I)
EXERCISED = re.compile(r"exercis", re.I)  # the trigger 'exercised its option to ...' (triggers.jsonl)


# after 'contributed (figure)': 'to' and a measure of results ('to X's revenue', 'to the group's market value')
TO_RESULTS = re.compile(rf"[^.;:]{{0,40}}?\bto\s+(?:[\w.&'’-]+\s+){{0,4}}?(?:{words('results_nouns')})\b", re.I)


# a participle of funding right after a deal's noun, then 'by': the deal's financing ('a deal backed by X')
# (type.deal_backed_by)
# (not a round or a financing: backing one is investing in it)
DEAL_BEFORE = re.compile(r"\b(?:deal|agreement|contract|transaction|acquisition|takeover|purchase|buyout|merger|"
                         r"lease)s?\s*,?\s*$", re.I)
BY_AFTER = re.compile(r"\s+(?:in\s+part\s+|partly\s+|largely\s+)?by\b", re.I)


# right after a trade's goods: what they are put up as ('using its GPUs as collateral'; type.pledged_goods)
PLEDGED = re.compile(r"\s*(?:[\w-]+\s+){0,3}?as\s+(?:collateral|security|a\s+guarantee)\b", re.I)


@cache
def _closing_words() -> dict[tuple[str, str], frozenset[str]]:
    """Per trigger type and frame, the words that can close one of its patterns ('funding', 'round', 'capital')."""
    found: dict[tuple[str, str], set[str]] = {}
    for row in load_lexicon().triggers:
        value = row["pattern"][-1].get("LOWER")
        ws = {value} if isinstance(value, str) else set((value or {}).get("IN", []))
        found.setdefault((row["label"], row["id"]), set()).update(
            w.lower() for w in ws if len(w) > 2 and w.lower() not in COMMON_WORDS)  # (not 'from', 'by': links)
    return {key: frozenset(ws) for key, ws in found.items()}


def _closes_before(t: Trigger, sent: Sentence, name_start: int) -> bool:
    """A word after the trigger's first and before the name could close the trigger itself: 'raised funding from
    Tamsin Capital' is a trigger without the name's 'Capital' (type.trigger_ends_in_name reads no further)."""
    inner = sent.text[t.start - sent.start:name_start - sent.start].lower().split()[1:]
    return bool(_closing_words().get((t.type, t.frame), frozenset()) & set(inner))


# ('sell 49% of its data centre platform': a share of the seller's own business or platform; roles.own_share_sold)
SHARE_OF_TRIGGER = re.compile(rf"(?:{words('selling_verbs')})\s+\S+\s*%\s+of$", re.I)
OWN_SHARE_OF = re.compile(rf"\s*(?:its|their)\s+(?:own\s+)?(?:(?-i:[a-z])[\w-]*\s+){{0,3}}?"
                          rf"(?:{words('business_nouns')}|{words('platform_nouns')})\b", re.I)


def own_share_of(sent: Sentence, t: Trigger) -> bool:
    """The trigger sells a share of the seller's own business ('sell 49% of its data centre platform')."""
    return bool(SHARE_OF_TRIGGER.fullmatch(t.text)) and bool(OWN_SHARE_OF.match(sent.text, t.end - sent.start))


# after a raise's figure: the first 'from' of its clause names where money earned comes from ('$75 million from
# customers', '... from the sale of its Dutch unit'; type.revenue_source)
# (not 'from customers and Ostrander', where a name gives too)
REVENUE_FROM = re.compile(rf"(?:(?!\bfrom\b)[^.;:])*\bfrom\s+(?:(?:its|their|the|a|an|existing|new|[a-z][\w-]*)\s+)"
                          rf"{{0,2}}?(?:{words('revenue_sources')})\b(?!\s*(?:,|and)\s+[A-Z])")


# right after a trigger that ends on a word of funding ('... from private equity', '... venture capital'): a company
# noun the word describes ('private equity firms', 'venture capital fund'; type.funding_word_modifier)
FIRM_AFTER = re.compile(r"\s+(?:firms?|funds?|groups?|houses?|managers?|investors?|giants?|arms?|backers?|"
                        r"lenders?|players?)\b", re.I)


def _trigger_usable(t: Trigger, sent: Sentence) -> bool:
    """Object-taking triggers ('acquire', 'invest in') need an organisation after them."""
    before = sent.text[:t.start - sent.start]
    if SHARE_OF_TRIGGER.fullmatch(t.text) and not (on("roles.own_share_sold") and own_share_of(sent, t)):
        return False  # ('would sell 3% of their Sapeon shares': no business of their own; roles.own_share_sold)
    if t.text[:1] in "$€£¥₹":  # a trigger that opens on its figure ('$40 million from X'): before its verb
        verb = FIGURE_VERB.search(before)
        income = word_set("income_verbs")
        if verb and hit("type.income_figure", on("type.income_figure") and verb.group(0).split()[0].lower() in income
                        and not hit("type.figure_modifies", on("type.figure_modifies") and _figure_modifies(t))):
            return False  # 'Velkara expects $40 million in funding from X': money expected or earned, not put in
        before = before[:verb.start()] if verb else before
    if t.type == "investment" and t.frame == "investee_first" and " " in t.text.strip() and t.text.split()[
            -1].lower() != "from" and hit("type.funding_word_modifier", on("type.funding_word_modifier") and bool(
                FIRM_AFTER.match(sent.text, t.end - sent.start))):
        return False  # 'completed its acquisition of X from private equity firms A and B': 'equity' names the firms
    if t.type == "investment" and t.frame == "investee_first" and hit("type.revenue_source", on(
            "type.revenue_source") and bool(REVENUE_FROM.match(sent.text, t.start - sent.start))):
        return False  # 'Velkara received $75 million from customers': money earned, not put in
    if hit("type.hyphen_compound_word", on("type.hyphen_compound_word") and bool(HYPHEN_COMPOUND_END.search(
            before)) and re.match(r"\s+(?-i:[A-Z])", sent.text[t.end - sent.start:]) is not None):
        # 'miner-turned-AI-host Katalqui': the last word of a compound that describes the name after it, no verb
        # (not 'a $15 billion joint-venture to fund ...')
        return False
    if t.frame in ("seller_first", "buyer_first") and hit("type.goods_passive", on("type.goods_passive") and bool(
            re.search(r"\bto\s+be\s+$", before, re.I)) and not re.match(r"\s+by\b", sent.text[t.end - sent.start:])
                                  and not t.text.split()[0].lower().endswith("ing")  # ('to be buying': no passive)
                                  and not (on("roles.passive_with_goods") and WITH_GOODS_BY.match(
                                      sent.text, t.end - sent.start))):  # ('to be supplied with X by Y': an agent)
        return False  # '500 MW of fuel-cell capacity to be delivered from 2026': what happens to the goods, no frame
    if hit("type.repaid_debt", on("type.repaid_debt") and (bool(REPAID.search(before)) or bool(PAID_BACK.match(
            sent.text, t.start - sent.start)))):
        return False  # 'Qelvar has repaid a $700 million loan from X': a debt ended, no deal made
    if hit("type.contest", on("type.contest") and bool(CONTEST.search(before))):
        return False  # 'among several companies vying for a contract to supply power to X': a contract sought, none won
    if hit("type.aim", AIM.search(before)):
        return False  # 'a fund that aims to raise $30 billion': an aim, not a transaction
    if t.type in ("compute", "chips") and on("type.pledged_goods") and hit("type.pledged_goods", bool(
            PLEDGED.match(sent.text, t.end - sent.start))):
        return False  # 'to borrow $10 billion using Velkor GPUs as collateral': goods pledged, none traded
    if hit("type.trigger_ends_in_name", on("type.trigger_ends_in_name") and any(
            t.start < o.start < t.end <= o.end and sent.text[o.start - sent.start:o.end - sent.start] == o.text
            and len(o.text.split()) > 1 and is_english(o.text.split()[-1].lower(), plural=False)
            and not re.search(r"[\d$€£¥₹]", sent.text[t.start - sent.start:o.start - sent.start])
            and not (on("type.closes_before_name") and hit("type.closes_before_name", _closes_before(t, sent, o.start)))
            for o in sent.orgs)):
        # 'received an offer from Orsk Capital': the word that closes the trigger is a name's (not 'raised $34
        # million from Marlowe Capital', a trigger that runs through its figure to the name it comes from; not 'led
        # its', whose 'its' stands for a name)
        return False
    if t.frame in ("investor_first", "buyer_first", "seller_first") and " " not in t.text.strip() and \
            t.text.lower() in VERB_NOUNS and hit("type.determiner_noun", on("type.determiner_noun") and bool(
                DETERMINER_BEFORE.search(before))):
        return False  # 'The funds will be used to expand production': the noun, no verb of funding
    if PAYMENT.fullmatch(t.text.strip()) and hit("type.payout_paid", on("type.payout_paid") and bool(
            PAYOUT_OBJECT.match(sent.text, t.end - sent.start))):
        return False  # 'Pellix will pay a dividend of $1 per share': money paid out to holders or staff buys nothing
    if t.frame == "investor_first" and t.text.split()[0].lower() in ("invest", "invests", "investing", "invested") and \
            on("type.invest_in_thing") and any(
            u.frame == "investee_first" and u.start > t.end for u in sent.triggers):
        figure = next((m for m in sent.money if 0 <= m.start - t.start <= len(t.text) + 2), None)
        at = figure.end - sent.start if figure is not None else t.end - sent.start
        if hit("type.invest_in_thing", bool(SPENT_IN_THING.match(sent.text, at))):
            return False  # 'plans to invest $5 billion in the campus, including $4 billion raised from X': a thing
    if hit("type.forecast", on("type.forecast") and FORECAST.search(before) is not None):
        return False  # 'Analysts expect Quorvane to buy $20 billion of chips': a forecast, not a transaction
    if hit("type.joint_aim", _joint_aim(t, sent)):
        return False  # 'a partnership to develop custom chips': what the partners will make, not a sale
    group = CONSORTIUM.search(sent.text[:t.start - sent.start]) if t.text.split()[0].lower() in LEAD_VERBS and on(
        "type.consortium_agent") else None
    if group and not hit("type.group_funds", on("type.group_funds") and bool(
            FUNDED_FROM.search(sent.text, 0, group.start()))) and hit("type.consortium_agent", True):
        return False  # 'a consortium led by Halvern Capital': who heads the buyers, no round led
    if t.text.split()[0].lower() in LEAD_VERBS and not sent.money and not LEAD_OBJECT.search(sent.text) and hit(
            "type.leading_needs_round", on("type.leading_needs_round")):
        return False  # 'a team led by researchers at X', 'led a protest march': leading, not a round led
    if t.text.split()[0].lower() in LEAD_VERBS and hit("type.led_by_person", on("type.led_by_person") and bool(
            LED_BY_PERSON.match(sent.text, t.end - sent.start))):
        return False  # 'The company, led by former Vantor executive Dana Ruiz, agreed to buy ...': a company run
    if t.text.lower().startswith("contribut") and hit("type.contributed_to_results", on(
            "type.contributed_to_results") and bool(TO_RESULTS.match(sent.text, t.end - sent.start))):
        return False  # 'the cloud unit contributed $500 million to X's revenue': a share of results, no money put in
    if hit("type.poured_thing", on("type.poured_thing") and _pours_no_money(t, sent)):
        return False  # 'injected similar drama into trade talks': what is put in is no money
    if hit("type.plural_investments", t.text.lower().startswith(("investments", "stakes")) and not any(
            m.amount.value and not m.excluded for m in sent.money)):
        return False  # "Microsoft's investments in OpenAI have proven ...": a relationship, not a deal
    if t.frame in ("acquirer_first", "target_first") and on("type.object_required"):
        after = [o for o in sent.orgs if o.start >= t.end]
        if hit("type.object_relative", _object_relative(t, sent)):
            return True  # 'Quorvane, which Stellix acquired for $2 billion': the company bought comes first
        inside = any(t.head_end <= o.start and o.end <= t.end for o in sent.orgs)
        if t.text.lower().endswith(" private") and inside and hit("type.taken_private", on("type.taken_private")):
            return True  # 'agreed to take CoreWeave private': the company bought stands inside the phrase
        if not after and t.frame == "acquirer_first" and on("type.compound_target") and hit(
                "type.compound_target", _compound_target(t, sent) is not None):
            return True  # 'Orsk Closes $700 Million Tarvio Acquisition': the company bought is named on the noun
        if GOES_PRIVATE.match(t.text) and hit("type.goes_private", on("type.goes_private")):
            return True  # 'Brimoral agreed to go private in a $4 billion deal with X': the subject is bought
        if hit("type.site_bought", _site_bought(t, sent)):
            return False  # 'buy the Brimoral data centre', 'a former Brimoral plant was purchased by X': a site
        if after and on("type.consortium_agent") and hit("type.consortium_agent", bool(CONSORTIUM_LED.fullmatch(
                sent.text[t.end - sent.start:after[0].start - sent.start]))):
            return True  # 'to be taken over by a group of investors led by Halvern Capital': the group's lead buys
        if not after and t.frame == "target_first" and PASSIVE_BOUGHT.match(t.text) and hit(
                "type.passive_bought", on("type.passive_bought")):
            return True  # 'Tessaly has agreed to be acquired for $2.1 billion': the company bought is the subject
        if not after and t.frame == "target_first" and OWN_BUSINESS_SOLD.match(t.text) and hit(
                "type.own_business_sold", on("type.own_business_sold")):
            return True  # 'Brisa agreed to sell its data-centre business for $2 billion': the seller's own business
        if not after and t.frame == "acquirer_first" and on("type.takeover_about") and hit(
                "type.takeover_about", takeover_about(t, sent)):
            return True  # 'Pellam has approached Quenby about a possible takeover': the one approached is bought
        if not after:
            described = cue_regexes(load_lexicon())["described_counterparty"]
            if t.frame == "acquirer_first" and hit("type.company_object", on("type.company_object") and bool(
                    described.match(sent.text[t.end - sent.start:].lstrip()))):
                return True  # 'agreed to acquire a chip designer': a company bought, described, not named
            if t.frame == "acquirer_first" and hit("type.company_anaphor", on("type.company_anaphor") and bool(
                    COMPANY_ANAPHOR.match(sent.text[t.end - sent.start:])) and len(
                    {o.key for o in sent.orgs if o.end <= t.start}) >= 2):
                return True  # 'Shares of X jumped after Y offered to buy the company': the company is X, named before
            if t.frame == "acquirer_first" and hit("type.it_object", on("type.it_object") and bool(IT_AFTER.match(
                    sent.text[t.end - sent.start:])) and any(fam == "acquisition" and role == "target" and any(
                        o.start <= pos < o.end <= t.start for o in sent.orgs) for _, fam, role, pos, _ in sent.frames)):
                return True  # 'X said Y agreed to acquire it': the parse makes 'it' the speaker (roles.speaker_it_object)
            return not hit("type.object_required")
        gap = sent.text[t.end - sent.start:after[0].start - sent.start]
        if t.frame == "acquirer_first" and FIGURE_OF.search(gap) and hit("type.figure_of_goods", on(
                "type.figure_of_goods")):
            return False  # 'committed to purchase $25 billion of Drovane cloud services': goods bought, no company
        if t.frame == "target_first" and OFFER_FROM.fullmatch(gap) and hit("type.offer_from", on("type.offer_from")):
            return True  # 'Drovane accepted a $3.4 billion buyout offer from Halvern': the bidder follows
        # another organisation's name in the tail is no product ('bought Dalmar Wind from Sovrin Energy')
        tail = mask_orgs(sent)[after[0].end - sent.start:after[0].end - sent.start + 30]
        if hit("type.business_or_control", on("type.business_or_control") and buys_business(gap)):
            return True  # 'acquire the computing division of X', 'a controlling 75% interest in X': buying a business
        # 'acquire a stake in X', 'buy chips from X', 'acquire Foo's GPUs': no company is the object
        owned = " ".join(mask_orgs(sent)[after[0].end - sent.start:].split()[:5])
        if hit("type.possessed_object", on("type.possessed_object") and re.match(r"['’]s?\s", tail) is not None
               and not BUSINESS.search(owned) and not CONTROL.search(owned) and "_" not in owned[:4]):
            # 'buy the output of X's reactor': X owns what is bought; 'X's chip unit', 'X's remaining assets', 'X's
            # Y' (an organisation it owns) are bought as a business
            return False
        product = PRODUCT_NOUN.match(tail)
        if product and re.match(r"['’]s?\s", tail) and BUSINESS_AFTER.match(tail, product.end()) and hit(
                "type.possessed_object", on("type.possessed_object")):
            product = None  # "acquire Vendra's chip unit": the goods word names the business bought, no goods
        if product and on("type.value_not_cue") and hit("type.value_not_cue", bool(re.match(
                r"\s+values?\b", tail[product.end():]))):
            product = None  # 'buy X at an equity value of ...': the company's value, no equity bought after it
        if t.frame == "acquirer_first" and on("roles.one_of_rivals") and ONE_OF_RIVALS.fullmatch(gap) and hit(
                "roles.one_of_rivals"):
            return True  # 'will acquire one of its largest rivals, Tamsin,': the rival named is the object
        if t.frame == "acquirer_first" and on("type.kind_before_object") and _kind_words(tuple(
                load_lexicon().cues["org_descriptors"])).fullmatch(gap) and hit("type.kind_before_object"):
            return True  # 'to acquire power company Tamsin Systems': the words before the name are its kind
        return not hit("type.object_required", len(gap.split()) > 5 or OBJECT_BREAK.search(gap)
                       or re.search(r"[,;:]", gap) or product or bool(
            on("mentions.maker_of_equipment") and EQUIPMENT_AFTER_MAKER.match(tail)) or (  # ('buy 40 Orlin turbines')
                # ('purchases of Stellix H100 and A100 GPUs': a model's code after the maker; mentions.maker_of_model)
                on("mentions.maker_of_model") and hit("mentions.maker_of_model", bool(MODEL_AFTER.match(tail)))))
    if t.frame == "investor_first" and t.text.lower() in ("backed", "funded", "financed", "supported") and hit(
            "type.deal_backed_by", on("type.deal_backed_by") and bool(DEAL_BEFORE.search(before)) and bool(
                BY_AFTER.match(sent.text, t.end - sent.start))):
        return False  # 'purchased Orlin Records for $300 million in a deal backed by Tessaly': how the deal was paid for
    if hit("type.backed_describes", t.frame == "investor_first" and t.text.lower() in ("backed", "funded", "owned",
                                                                                  "supported") and (not any(
            m.amount.value and not m.excluded for m in sent.money) or (on("type.backed_aside") and hit(
            "type.backed_aside", _aside(t, sent))))):
        return False  # 'HUMAIN, backed by the Public Investment Fund, ...': a description, not a transaction
    if hit("type.managed_funds", on("type.managed_funds") and bool(
            MANAGED_FUNDS.match(sent.text, t.start - sent.start))):
        return False  # 'Funds managed by Halvern will acquire ...': the funds are the buyer, no verb of funding
    if t.text.lower() == "contract" and hit("type.contract_maker", on("type.contract_maker") and bool(
            CONTRACT_MAKER.match(sent.text, t.end - sent.start))):
        return False  # 'the world's biggest contract chipmaker': a kind of maker, who makes for others; no contract
    if t.frame in ("buyer_first", "seller_first") and on("type.noun_not_verb"):
        # 'a power purchase agreement', 'the lease': the word is a noun here, with no direction
        nxt = sent.text[t.head_end - sent.start:].split(None, 1)
        prev = sent.text[:t.start - sent.start].split()[-1:]
        own = prev and prev[0].lower() in ("its", "their") and nxt and nxt[0].lower() == "of" and hit(
            "type.own_trade_noun", on("type.own_trade_noun"))  # 'closed its purchase of X's campus': its own buying
        # 'finalised the purchase of a site from X': the subject's own deal, done by the verb before 'the'
        deed = prev and prev[0].lower() == "the" and nxt and nxt[0].lower() == "of" and hit("type.deed_noun", on(
            "type.deed_noun") and bool(DEED_BEFORE.search(sent.text[:t.start - sent.start])))
        # 'Korvane Energy secured ...': a marker word that ends a name right before the trigger is the name's, no
        # noun's modifier (type.name_before_verb)
        named = prev and prev[0].lower() in NOUN_MARKERS and on("type.name_before_verb") and any(
            o.end <= t.start and not sent.text[o.end - sent.start:t.start - sent.start].strip()
            and sent.text[o.start - sent.start:o.end - sent.start].split()[-1:] == prev for o in sent.orgs)
        # ('Kaveri Infra bags order worth Rs 1,200 crore from X': the deal noun after the verb is the trigger's own
        # object, a verb of winning and its order, however the tagger reads 'bags'; type.won_order_verb)
        won = len(t.text.split()) > 1 and t.end > t.head_end and bool(re.fullmatch(
            rf"{DEAL_NOUN}", t.text.split()[-1], re.I)) and hit("type.won_order_verb", on("type.won_order_verb"))
        if not own and not deed and not won and hit("type.noun_not_verb", nxt and re.match(
                rf"{DEAL_NOUN}\b", nxt[0], re.I)
                           or prev and prev[0].lower() in NOUN_MARKERS and not hit("type.name_before_verb", named)):
            return False
    return True


def _modified_noun(t: Trigger, sent: Sentence) -> bool:
    """'signed a 15-year lease with', 'under a $2 billion purchase agreement': a trade word after a noun's marker and
    modifiers written with a figure or a hyphen is a noun, which gives no direction (type.noun_not_verb reads the one
    word before). Its own preposition still gives one: 'a $10 billion order from X', 'its $700 million lease of space
    from X' (type.own_trade_noun)."""
    if t.frame not in ("buyer_first", "seller_first") or not on("type.modified_noun"):
        return False
    nxt = sent.text[t.head_end - sent.start:].split(None, 1)
    return not (nxt and nxt[0].lower() in ("from", "to", "by", "of")) and hit("type.modified_noun", bool(
        MODIFIED_NOUN.search(sent.text[:t.start - sent.start])))


# before a trigger word: a marker of a noun ('a', 'the', 'its') and then only modifiers written with a figure or a
# hyphen ('15-year', 'multi-year', '$2 billion', '300-megawatt'): the word is a noun (type.modified_noun)
MODIFIED_NOUN = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(NOUN_MARKERS))})\s+"
                           rf"(?:(?:(?:{SIGN})?\d[\d.,]*\w*|\w+(?:-\w+)+|million|billion|bn|trillion)\s+){{1,4}}$",
                           re.I)


# right after the first name: the verb 'power' as its own predicate, and a site as its object ('will power X's data
# centres', 'to power its campus'; not 'signed a deal with X to power its AI') (type.powers_site)
POWERS_SITE = re.compile(rf"\s+(?:(?:will|would|is\s+to|to|agreed\s+to|has\s+agreed\s+to|plans\s+to)\s+)?"
                         rf"(?:power|powers|powering)\s+(?:(?:the|its|their|a|an)\s+|(?:[A-Z][\w&.-]*\s+){{0,3}}?"
                         rf"[A-Z][\w&.-]*['’]s?\s+)(?:[\w-]+\s+){{0,3}}?"
                         rf"(?:{words('site_nouns')}|data\s+cent(?:er|re)s?)\b")
# 'announced a $2 billion investment', 'unveils a new investment': an announcing verb and the noun 'investment' (not
# 'funding', 'round'), no 'from' after it (type.announced_investment)
ANNOUNCED_INVESTMENT = re.compile(r"(?:announce[sd]?|announcing)\s+(?:[^\s]+\s+){0,6}?investments?", re.I)
FROM_AFTER = re.compile(r"\s+(?:[\w,-]+\s+){0,3}?(?:from|by|led\s+by)\b", re.I)
# 'be acquired', 'being bought': a passive buying verb with no agent (the trigger 'be acquired for';
# type.passive_bought)
# between the one approached and a noun of buying: 'about a possible', 'over a', 'regarding the' (type.takeover_about)
ABOUT_DEAL = re.compile(r"\s+(?:about|over|regarding|concerning|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?$", re.I)
APPROACH_BEFORE = re.compile(r"\b(?:approach(?:es|ed|ing)?|contact(?:s|ed|ing)?|court(?:s|ed|ing)?|talks\s+with|"
                             r"discussions\s+with|negotiations\s+with|talking\s+to|talking\s+with)\s+$", re.I)


def takeover_about(t, sent) -> bool:
    """'Pellam has approached Quenby about a possible takeover', 'is in talks with Quenby over an acquisition': a noun
    of buying with no name after it, after 'about' ('over', 'regarding') right after a name that is the object of a
    verb of approaching (or talks with): that name is the company bought."""
    before = [o for o in sent.orgs if o.end <= t.start]
    if not before:
        return False
    last = before[-1]
    return bool(ABOUT_DEAL.fullmatch(sent.text, last.end - sent.start, t.start - sent.start)) and bool(
        APPROACH_BEFORE.search(sent.text, 0, last.start - sent.start))


PASSIVE_BOUGHT = re.compile(r"(?:be|been|being)\s+(?:acquired|bought|purchased)\b", re.I)
# before a trade noun's 'the': a verb of the subject's own deal ('finalised the purchase of'; type.deed_noun)
DEED_BEFORE = re.compile(rf"(?<![\w-])(?:{words('deed_verbs')})\s+the\s+$", re.I)
# after 'contract': a maker who makes for others ('contract chipmaker', 'contract manufacturer'; type.contract_maker)
CONTRACT_MAKER = re.compile(r"\s+(?:chip\s*makers?|chip-makers?|manufactur(?:er|ers|ing)|foundr(?:y|ies)|makers?|"
                            r"producers?|research|electronics\s+manufactur(?:er|ers|ing))\b", re.I)
BUSINESS = re.compile(rf"\b(?:{words('business_nouns')})\b", re.I)
# 'its chip unit', 'the cloud business of': a company's business as a verb's object (not 'two power units')
# 'sell its data-centre business', 'offload their cloud units': a company's own business sold (type.own_business_sold)
OWN_BUSINESS_SOLD = re.compile(rf"(?:sell|sells|sold|selling|divest\w*|offload\w*)\s+(?:its|their)\s+"
                               rf"(?:[\w-]+\s+){{0,4}}?(?:{words('business_nouns')})\b", re.I)
# "(X's chip)-design unit", "(X's chip) business": a business noun right after goods words (type.possessed_object)
BUSINESS_AFTER = re.compile(rf"[\s-]*(?:[\w-]+\s+)?(?:{words('business_nouns')})\b", re.I)
# inside a trigger of selling: 'its colocation business', 'their cloud units' (type.business_in_trigger)
BUSINESS_IN_TRIGGER = re.compile(rf"\b(?:its|their)\s+((?:[\w-]+\s+){{1,4}}?)(?:{words('business_nouns')})\b", re.I)
OWN_BUSINESS = re.compile(rf"\s*(?:its|their|the)\s+(?:[\w-]+\s+){{0,2}}(?:{words('business_nouns')})\b", re.I)
# 'funds managed by X', 'vehicles advised by X': the noun 'funds', not the verb
_VEHICLES = "|".join(n[:-1] + "(?:y|ies)" if n.endswith("y") else n + "s?" for n in sorted(proxy_nouns()))
MANAGED_FUNDS = re.compile(rf"(?:{_VEHICLES})\s+(?:{words('managing_participles')})\b", re.I)  # 'entities', 'funds'

CONTROL = re.compile(rf"\b(?:{words('control_words')})\b", re.I)
OUTPUT_NOUN = re.compile(r"\b(?:output|production|electricity|power|energy|capacity|supply|chips|gpus)\b", re.I)
PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)")


def _minority(sent: Sentence, t: Trigger) -> bool:
    """An acquisition verb whose object is half of a company or less ('buying 49% of X', 'acquire a 20 per cent
    interest in X'): the percentages between the verb and the next organisation."""
    after = [o for o in sent.orgs if o.start >= t.end]
    if not after:
        return False
    gap = sent.text[t.end - sent.start:after[0].start - sent.start]
    shares = [float(p) for p in PERCENT.findall(gap)]
    if shares and hit("type.rest_bought", on("type.rest_bought") and bool(NOT_YET_OWNED.match(
            sent.text, after[0].end - sent.start))):
        return False  # 'buying the 40% of Quessa it does not already own': the rest, which makes the company its own
    return bool(shares) and all(p <= 50 for p in shares) and len(gap.split()) <= 8


# after a company a share of which is bought: 'that it does not already own' (the rest of it; type.rest_bought)
NOT_YET_OWNED = re.compile(r"\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:does|do|did)\s*(?:n['’]t|\s+not)\s+"
                           r"(?:already\s+|yet\s+)?own\b", re.I)


PAY_VERB = re.compile(r"pa(?:y|ys|id|ying)$", re.I)
# after the figure paid: an optional 'in cash and stock', then 'for' and up to three words describing the company
PAID_FOR = re.compile(r"\s*(?:(?:a|per)\s+share\s+)?"
                      r"(?:in\s+(?:cash|stock|shares)(?:\s+and\s+(?:cash|stock|shares))?\s+)?"
                      r"for\s+((?:[\w-]+\s+){0,3}?)$", re.I)


PER_SHARE = re.compile(r"\s*(?:a|per)\s+share\b", re.I)


@cache
def paid_for_described() -> re.Pattern:
    """After a payment's figure: 'for', up to five words ending in a company noun (cues.yaml org_descriptors), then
    the name (type.paid_for_described)."""
    nouns = "|".join(re.escape(d) for d in sorted(load_lexicon().cues["org_descriptors"], key=len, reverse=True))
    return re.compile(rf"\s*(?:in\s+(?:cash|stock)\s+)?for\s+((?:the\s+|a\s+)?(?:[\w-]+\s+){{0,4}}(?:{nouns})\s+)$",
                      re.I)


def _paid_for_company(sent: Sentence, t: Trigger) -> bool | re.Match:
    """'Orvane agreed to pay $3 billion for coding startup Tessly', '$45 a share in cash for X': a payment verb, its
    figure, then 'for' and a company (not 'for Tessly's GPUs', 'for a stake in Tessly', 'for capacity from
    Tessly'). Where the words before the name describe it ('for the chip start-up X': type.paid_for_described), the
    match of that gap, whose words name no goods traded."""
    if not PAY_VERB.match(t.text):
        return False
    text = sent.text
    # ('will pay $45 a share in cash for X': a price per share, no amount, is still what the company is bought for)
    figure = next((m for m in sent.money if m.start >= t.end and (not m.excluded or PER_SHARE.match(
        text, m.end - sent.start))), None)
    if figure is None:
        return False
    # ('could pay as much as $2 billion for X': a qualifier of the figure counts no word between)
    between = text[t.end - sent.start:figure.start - sent.start]
    hedged = re.search(rf"{load_lexicon().money.hedge}$", between, re.I)
    if len(between[:hedged.start()].split()) > 2:
        return False
    company = next((o for o in sent.orgs if o.start >= figure.end), None)
    if company is None:
        return False
    gap = PAID_FOR.match(text[figure.end - sent.start:company.start - sent.start])
    if gap is None and on("type.paid_for_described"):
        # 'agreed to pay $6.5 billion for the Silicon Valley chip start-up Orsk Computing': up to five words of what
        # the company is, ending in a company noun, before its name
        gap = paid_for_described().match(text[figure.end - sent.start:company.start - sent.start])
        hit("type.paid_for_described", gap is not None)
    if gap is None or OBJECT_BREAK.search(gap.group(1)):
        return False
    tail = mask_orgs(sent)[company.end - sent.start:company.end - sent.start + 30]
    if re.match(r"['’]s?\s", tail) is not None or PRODUCT_NOUN.match(tail):
        return False
    if hit("type.paid_for_site", on("type.paid_for_site") and SITE_NOUN_AFTER.match(tail) is not None):
        return False  # 'pay $400 million for the Halvern 120 MW site': a site bought, a datacenter deal
    return gap if gap.re is not PAID_FOR else True


# after a deal noun: 'for' and a company bought ('struck a $4 billion deal for X'; type.deal_for_company)
DEAL_FOR = re.compile(r"\s+for\s+(?:the\s+)?$", re.I)
# after the company: the clause goes on with no word that makes the company anything but the thing bought
DEAL_FOR_TAIL = re.compile(r"\s*(?:$|[.,;:)—–]|(?:in|on|last|this|earlier|after|that|which|and|from|with|valued|"
                           r"worth|including)\b)", re.I)


def _deal_for_company(sent: Sentence, t: Trigger) -> bool:
    """'Velmora Capital struck a $4 billion deal for Orsk Digital': a deal noun measured by a figure, then 'for' and
    a company, the clause going on with no goods, no possessive and no infinitive ('a deal for X's chips', 'a deal
    for X to supply ...'): the company is bought, the subject buys it."""
    if t.text.lower() not in ("deal", "deals", "agreement", "transaction"):
        return False
    figure = next((m for m in sent.money if m.end <= t.start and not m.excluded), None)
    if figure is None or len(sent.text[figure.end - sent.start:t.start - sent.start].split()) > 2:
        return False
    company = next((o for o in sent.orgs if o.start >= t.end), None)
    if company is None or not DEAL_FOR.fullmatch(sent.text, t.end - sent.start, company.start - sent.start):
        return False
    return bool(DEAL_FOR_TAIL.match(sent.text, company.end - sent.start)) and any(
        o.end <= figure.start for o in sent.orgs)


# after an investment verb and its figure: 'in' or 'into' and the object ('in computing capacity from X')
INVESTED_IN = re.compile(r"^(?:[^,;]|(?<=\d),(?=\d)){0,40}?\b(?:in|into)\s+(?P<obj>" + NO_BREAK + r"{1,80})")
# before the seller's (masked) name in that object: a word of where the goods come from
GOODS_SOURCE = re.compile(r"\b(?:from|provided\s+by|supplied\s+by|offered\s+by|made\s+by|built\s+by|sold\s+by)"
                          r"\s+(?:the\s+)?$", re.I)


def _invested_in_goods(sent: Sentence, t: Trigger, rx: dict, lex: Lexicon) -> str | None:
    """The kind of goods ('compute' or 'chips') an investment verb's money goes into when the goods are a named
    company's: its maker before them ('in Tolvane chips', "in Tolvane's GPUs") or its source after them ('in computing
    capacity from Mirova', 'provided by Mirova'); else None (rule type.invested_in_goods). Not 'in AI chip startup X'
    (a company described) nor 'in X' alone (a company)."""
    if t.type != "investment" or t.frame != "investor_first" or not on("type.invested_in_goods"):
        return None
    rest = mask_orgs(sent)[t.end - sent.start:]
    # ('an investment of $4 billion in': a trigger that ends with its 'in' has its object right after it)
    m = re.match(rf"\s*(?P<obj>{NO_BREAK}{{1,80}})", rest) if re.search(r"\b(?:in|into)$", t.text) else \
        INVESTED_IN.match(rest)
    if m is None or "_" not in m.group("obj"):
        return None
    head, _, tail = m.group("obj").partition("_")
    tail = tail.lstrip("_")
    if re.search(rf"\b(?:{descriptors_alt(lex.cues)})s?\b", head, re.I):
        return None
    # (the goods a noun phrase: 'in GPUs and hire engineers from X' buys nothing from X; 'in X's GPU cloud business'
    # is a stake in the business; 'in Tolvane Chips' a company whose name goes on after the masked part)
    if BUSINESS.search(m.group("obj")) or re.search(r"\bstakes?\b", sent.text, re.I):
        return None
    if GOODS_SOURCE.search(head) and not re.search(r"\b(?:and|or|to|that|which)\b", head, re.I):
        goods = head
    elif re.fullmatch(r"(?:[a-z][\w-]*\s+){0,2}", head) and MAKER_OF_GOODS.match(tail) and not re.match(
            r"\s+[A-Z][a-z]", tail):
        goods = tail
    else:
        return None
    if rx["type:compute"].search(goods):
        return "compute"
    return "chips" if rx["type:chips"].search(goods) else None


def _control(sent: Sentence, t: Trigger) -> bool:
    """An acquisition verb whose object, up to the next organisation, is control of it ('a majority stake in X')."""
    after = [o for o in sent.orgs if o.start >= t.end]
    if not after or not on("type.control_stake"):
        return False
    gap = sent.text[t.end - sent.start:after[0].start - sent.start]
    if PERCENT.search(gap) and on("type.rest_bought") and NOT_YET_OWNED.match(sent.text, after[0].end - sent.start):
        return len(gap.split()) <= 8 and hit("type.rest_bought")
    return len(gap.split()) <= 8 and bool(CONTROL.search(gap) or any(float(p) > 50 for p in PERCENT.findall(gap)))


STAKE_NOUN = re.compile(rf"\b(?:{words('stake_nouns')})\b", re.I)


def control_stake(sent: Sentence, t: Trigger) -> bool:
    """'sell a 60% stake in X to Y', 'will take a majority stake in X': a stake that is control of the company (a
    percentage over 50, a control word) in the four words before the stake noun of an investment trigger. Guideline 5
    keeps only a minority stake an investment; buying control buys the company (rule type.control_stake_taken)."""
    if t.type not in ("investment", "ANY") or not on("type.control_stake_taken"):
        return False
    noun = STAKE_NOUN.search(sent.text, t.start - sent.start, t.end - sent.start) if t.type == "investment" else None
    if t.type == "ANY" and on("type.control_stake_sold"):
        # ('has agreed to sell a 60% stake to Y': the stake the trade verb takes as its object, right after it)
        noun = STAKE_OBJECT.match(sent.text, t.end - sent.start)
        if noun is None:
            return False
        before = " ".join(sent.text[t.end - sent.start:noun.end(1)].split()[:-1])
        return hit("type.control_stake_sold", bool(STAKE_CONTROL.search(before) or any(
            float(p) > 50 for p in PERCENT.findall(before))))
    if noun is None and SHARE_OF_TRIGGER.fullmatch(t.text) and on("roles.own_share_sold"):
        # ('sell 60% of its data centre platform': the share inside the trigger)
        return any(float(p) > 50 for p in PERCENT.findall(t.text))
    if noun is None:
        return False
    before = " ".join(sent.text[:noun.start()].split()[-4:])
    return bool(STAKE_CONTROL.search(before) or any(float(p) > 50 for p in PERCENT.findall(before)))


# right after a trade verb: its object, a new stake ('sell a 60% stake to Y'; type.control_stake_sold); not 'its
# stake', a holding of the seller's in another company told before
STAKE_OBJECT = re.compile(rf"\s+(?:a|an)\s+(?:[\w%.-]+\s+){{0,3}}?((?:{words('stake_nouns')}))\b(?!\s+in\b)", re.I)
STAKE_CONTROL = re.compile(rf"\b(?:{words('stake_control_words')})\b", re.I)


def buys_business(gap: str) -> bool:
    """Between an acquisition verb and the company: a business of it ('the computing division of'), or control of it
    ('a controlling interest in', '100% of', 'a 75% stake in'). The guidelines' acquisition is buying a company or
    a business; a stake of half or less stays an investment."""
    control = CONTROL.search(gap)
    if control and OUTPUT_NOUN.search(gap, control.end()) and hit("type.output_not_control", on(
            "type.output_not_control")):
        control = None  # 'buy the entire output of X's plant': all of what it makes, not all of the company
    business = BUSINESS.search(gap)
    if business and COUNTED.search(gap[:business.start()]) and hit("type.counted_units", on("type.counted_units")):
        business = None  # 'buy 5,000 units of X's accelerator': a count of goods, not a business of X
    return bool(business or control or any(float(p) > 50 for p in PERCENT.findall(gap)))


COUNTED = re.compile(r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|dozens)\s+$", re.I)


def deal_status(text: str, lex: Lexicon) -> str:
    rx = cue_regexes(lex)
    if not on("type.status_cues"):
        return "announced"
    status = next((st for st in ("talks", "reported", "completed") if any(
        not (st == "completed" and (_still_to_come(text, m.start()) or _contract_won(text, m))) and not (
            st == "talks" and (_reported_will(text, m) or _to_before_noun(text, m) or _talks_over(text, m)))
        for m in rx[f"status:{st}"].finditer(text)) or (st == "reported" and _outlet_reported(text))), "announced")
    hit("type.status_cues", status != "announced")
    if status == "announced" and on("type.done_after_gerund") and hit("type.done_after_gerund", _done_before(text)):
        return "completed"  # 'After buying Lumeo Networks for $1.1 billion last year,': a deal done before
    return status


# a clause of time cut off before its main clause (mentions.gerund_opener, whose opening GERUND_LEAD reads), on a verb
# of money put in or a company bought (type.done_after_gerund)
DONE_GERUNDS = frozenset({"buying", "acquiring", "purchasing", "raising", "investing", "taking", "closing",
                          "completing", "borrowing", "selling"})


def _done_before(text: str) -> bool:
    """'After buying Lumeo Networks for $1.1 billion last year,': the opener cut off, its verb one of a deal done."""
    m = GERUND_LEAD.match(text)
    return m is not None and m.group(0).split()[-1].lower() in DONE_GERUNDS and ";" not in text and \
        text.rstrip().endswith(",")


# 'After months of negotiations, ...', 'following lengthy talks': talks the sentence tells as over (type.talks_over)
TALKS_OVER_BEFORE = re.compile(r"\b(?:after|following)\s+(?:(?:months|weeks|years|days|a\s+year|a\s+month)\s+of\s+"
                               r"|(?:lengthy|long|protracted|extended|several)\s+)?(?:of\s+)?$", re.I)


# a verb of a deal agreed or done after them (guideline 9's words of 'announced' and 'completed')
AGREED_AFTER = re.compile(r"\b(?:agreed|agrees|signed|signs|finali[sz]ed|finali[sz]es|struck|strikes|reached|inked|"
                          r"inks|sealed|seals|clinched|closed|completed|announced)\b", re.I)


def _talks_over(text: str, m: re.Match) -> bool:
    """A cue of talks right after 'after' or 'following' (and how long they ran), then a verb of a deal agreed or
    done: the talks are over, the deal is told by that verb ('After months of negotiations, A and B have finalised
    a deal'; not '... A is expected to buy B': still to be agreed; type.talks_over)."""
    return on("type.talks_over") and bool(TALKS_OVER_BEFORE.search(text, 0, m.start())) and bool(
        AGREED_AFTER.search(text, m.end())) and hit("type.talks_over")


# after a cue of intent ending in 'to': a determiner, so 'to' is a preposition ('is looking to the edge')
TO_BEFORE_NOUN = re.compile(r"\s+(?:the|a|an|its|their|his|her|this|that|these|those)\b", re.I)


def _to_before_noun(text: str, m: re.Match) -> bool:
    """'Sivara, which announced $70 million in new funding, is looking to the edge': a cue of intent whose 'to'
    takes a noun phrase, no verb, tells no deal in talks (rule type.intent_to_noun)."""
    return m.group(0).lower().endswith(" to") and on("type.intent_to_noun") and hit(
        "type.intent_to_noun", bool(TO_BEFORE_NOUN.match(text, m.end())))


# after a word of getting: a contract or an order got, with its article and up to four words of its figure and goods
# ('secured a $400 million order', 'landed a five-year contract'; type.contract_won_signed)
CONTRACT_GOT = re.compile(r"\s+(?:an?|the|its|their|two|three|several|new)\s+(?:[^\s,;.]+\s+){0,4}?(?:orders?|contracts?|"
                          r"deals?|agreements?|leases?)\b", re.I)


def _contract_won(text: str, m: re.Match) -> bool:
    """'Brenmoor secured a $400 million order for its accelerators from Velkor': a contract got ('secured', 'landed',
    'received') is a contract signed, announced (guideline 9: signed), not money raised and closed (rule
    type.contract_won_signed)."""
    if m.group(0).lower().split()[-1] in ("secured", "received", "obtained") and hit(
            "type.approval_received", on("type.approval_received") and bool(APPROVAL_GOT.match(text, m.end()))):
        return True  # 'received approval from regulators for its $8 billion purchase': cleared, not yet closed
    if m.group(0).lower().split()[-1] in ("secured", "landed") and hit("type.customer_won_signed", on(
            "type.customer_won_signed") and bool(CUSTOMER_GOT.match(text, m.end()))):
        return True  # 'has secured Ostrel as anchor tenant for its campus': a customer signed up, not money closed
    if m.group(0).lower().split()[-1] in ("secured", "landed", "obtained") and hit("type.goods_secured_signed", on(
            "type.goods_secured_signed") and bool(GOODS_GOT.match(text, m.end()))):
        return True  # 'secured 300 MW of power from X under a 20-year agreement': goods got by an agreement, signed
    return m.group(0).lower().split()[-1] in ("secured", "landed", "received") and hit(
        "type.contract_won_signed", on("type.contract_won_signed") and bool(CONTRACT_GOT.match(text, m.end())))


# after a word of getting: goods counted by their size, or capacity, power or chips (type.goods_secured_signed)
GOODS_GOT = re.compile(r"\s+(?:(?:up\s+to|about|some|nearly|more\s+than|over|another|an\s+additional)\s+)?"
                       r"(?:[\d.,]+\s*(?:MW|megawatts?|GW|gigawatts?)\b|[\d.,]+\s+(?:[\w-]+\s+)?(?:GPUs|chips|"
                       r"accelerators|servers)\b|(?:[\w-]+\s+){0,2}?(?:computing\s+capacity|compute\s+capacity|"
                       r"GPU\s+capacity|data[\s-]cent(?:er|re)\s+capacity|power\s+supply|electricity)\b)", re.I)


# after a word of getting: a company got as a customer ('secured Ostrel as anchor tenant'; type.customer_won_signed)
CUSTOMER_GOT = re.compile(rf"\s+(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){{0,3}}\s+as\s+"
                          rf"(?:(?:its|their|an?|the)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{words('buyer_nouns')})\b", re.I)


# after a word of getting: an approval ('received regulatory approval', 'secured the green light'; type.approval_received)
APPROVAL_GOT = re.compile(r"\s+(?:(?:an?|the|its|all|final|regulatory|antitrust|shareholder|necessary|required)\s+){0,3}"
                          r"(?:approvals?|clearances?|green\s+light|go-ahead|permission|consent)\b", re.I)


def _outlet_reported(text: str) -> bool:
    """', Reuters reported', 'the Financial Times said on Monday', 'according to the Halden Times': a news outlet (a
    name of slots.yaml's media list, or a name ending in a word of outlets' names) that reports the deal makes it
    reported (guideline 9; rule type.outlet_reported)."""
    if on("type.outlet_report") and hit("type.outlet_report", bool(REPORT_OF.search(text))):
        return True  # 'according to a Halden Times report', 'according to media reports': a report says so
    if not on("type.outlet_reported"):
        return False
    for rx in OUTLET_SAYS:
        for m in rx.finditer(text):
            if m.group("name") in load_slot_rules().media or OUTLET_WORD.search(m.group("name")) or (
                    on("mentions.outlet_reported") and THE_SET_OFF.search(text, 0, m.start("name"))
                    and OUTLET_REPORTED.match(text, m.end("name"))):
                return hit("type.outlet_reported", True)  # (', the Ledger reported.': mentions.outlet_reported)
    # ', reports Chipwire.': the teller after its verb (mentions.outlet_inverted)
    for m in OUTLET_INVERTED.finditer(text):
        if on("mentions.outlet_inverted") and INVERTED_END.match(text, m.end("name")):
            return hit("mentions.outlet_inverted", True)
    return False


_NAME = r"(?P<name>(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*)){0,4})"
OUTLET_SAYS = (re.compile(rf"\baccording\s+to\s+(?:the\s+)?{_NAME}", re.I),
               re.compile(rf"(?:^|[,;]\s*|\bthe\s+){_NAME}\s+(?:reported|reports|said|wrote)\b", re.I))
MODEL_AFTER = re.compile(rf"\s+{MODEL_CODE.pattern}\b")  # right after a maker's name: a model's code
OUTLET_INVERTED = re.compile(INVERTED_VERB + _NAME)
OUTLET_WORD = re.compile(rf"\b(?:{words('outlet_words')})$")
# 'according to a Nikkei report', 'according to media reports': whoever wrote it, a report the deal is told by
REPORT_OF = re.compile(r"\baccording\s+to\s+(?:(?:an?|the)\s+)?(?:(?-i:[A-Z][\w&.'’-]*)\s+){0,4}(?:(?:media|press|"
                       r"news|local|several|multiple)\s+){0,2}reports?\b", re.I)


# 'Quorvane said it would invest ...': 'would' after a speech verb and the reported clause's subject is the 'will' of
# the words reported (type.reported_would; the subject may carry an aside: 'said that Orbrix, a cloud provider, would')
REPORTED_SUBJECT = re.compile(rf"\b(?:{words('speech_words')})\s+(?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+|"
                              rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
                              rf"(?:that\s+)?(?:it|they|the\s+[a-z]+|"
                              rf"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}(?:,\s+(?:a|an|the|its)\s[^,;]{{1,60}},)?)\s+$")


def _reported_will(text: str, m: re.Match) -> bool:
    return m.group(0).lower().startswith("would") and hit("type.reported_would", on("type.reported_would") and bool(
        REPORTED_SUBJECT.search(text[max(0, m.start() - 120):m.start()])))


FUTURE = re.compile(rf"\b(?:{words('future_markers')})\s+(?:be|have\s+been)\s+$", re.I)


def _still_to_come(text: str, at: int) -> bool:
    """'agreed to be acquired', 'is expected to be completed', 'will be finalised': a word of completion after a
    future or an infinitive 'be' says what is still to happen, so it does not make the deal completed."""
    return hit("type.future_completion",
               on("type.future_completion") and bool(FUTURE.search(text[max(0, at - 30):at]))) or hit(
        "type.in_progress", on("type.in_progress") and bool(IN_PROGRESS.search(text[max(0, at - 20):at])))


# 'is being acquired', 'are being finalised': a completion word in the progressive passive is still under way
IN_PROGRESS = re.compile(r"\b(?:is|are|was|were)\s+(?:now\s+|currently\s+)?being\s+$", re.I)


def read_terms(text: str) -> dict:
    return {"duration_months": find_duration_months(text), "gpus": find_gpus(text),
            "power_mw": find_power_mw(text)}

