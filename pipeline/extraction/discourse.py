"""Across sentences: investor lists, list items, back-references and earlier agreements that extend or add deals."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..nlp.context import NO_BREAK, NO_STOP, SIGN, words
from ..nlp.lexicon import Lexicon, fold_name, strip_suffix
from ..nlp.mentions import (DEAL_BACK, ENUMERATED_WITH, FOLLOWING, SERIES_STAGE, OrgMention, Sentence, Trigger,
                            cue_regexes, descriptors_alt, find_power_mw)
from ..nlp.money import SPENDING_PLAN, Money
from ..nlp.slots import ROLE_AFTER_NAME, is_english, load_slot_rules
from .deal_type import DEAL_NOUN, TRADE_TYPES, choose_type, deal_status, joint_capacity, mask_orgs, read_terms
from .candidates import AGREEMENT_NOUN, OWN_AGREEMENT, PART_OF_ROUND, UNSIDED, Draft, running_total
from .roles import (DESCRIBED_IN_LIST, FRAME_ROLES, HIRE_WORD, INVEST_IN_BEFORE, INVESTING_ARM, LICENSE_WORD,
                    MAX_PARTIES, NEXT_MEMBER, ROUND_REF, TRADE_TYPES, co_investor, gapped_pairs, kind_sides,
                    people_employers, rivals_of)
from .merging import same_amount
from ..nlp.rules import hit, on

OPENING_DEAL_NOUN = re.compile(rf"\W*(?:under\s+)?(?:the|this|that|its|their|such)\s+(?:[\w$€£.,'’-]+\s+){{0,5}}?{DEAL_NOUN}\b",
                               re.I)

# 'The price: $780 million.', 'The purchase price was $1.1 billion': the price of the deal just told, opening the
# sentence before its figure (discourse.price_told)
PRICE_TOLD = re.compile(r"\W*(?:the|its)\s+(?:(?:purchase|sale|total|agreed|reported)\s+)?(?:price(?:\s+tag)?|"
                        r"consideration)\s*(?::|was|is|will\s+be|came\s+to|comes\s+to|totals|totalled|totaled)\s",
                        re.I)
# 'The total value could reach $1 billion', 'Its value is put at $2 billion': the value of the deal just told, opening
# the sentence before its figure (discourse.value_told)
VALUE_TOLD = re.compile(r"\W*(?:the|its)\s+(?:(?:total|potential|overall|full|estimated|combined|deal['’]s|"
                        r"contract['’]s|agreement['’]s)\s+)?value\s+"
                        r"(?:(?:could|would|may|might|will|is\s+expected\s+to|is\s+set\s+to)\s+"
                        r"(?:reach|rise\s+to|grow\s+to|climb\s+to|top|exceed|be)|is|was|stands\s+at|tops|exceeds|"
                        r"came\s+to|comes\s+to|is\s+put\s+at|was\s+put\s+at|totals|totalled|totaled)\s", re.I)
# 'With investments exceeding €2 billion, it becomes the largest joint venture ...': 'it', the subject of a copula
# whose complement is a deal noun, is the deal just told (discourse.it_is_deal)
IT_IS_DEAL = re.compile(rf"(?:^\W*|,\s+)it\s+(?:is|was|becomes|became|will\s+be|would\s+be)\s+(?:the|a|an)\s+"
                        rf"(?:[\w-]+\s+){{0,4}}?{DEAL_NOUN}\b", re.I)
# 'The contract follows a $5 billion deal the two signed last year', 'builds on a $2 billion agreement': a deal the new
# one comes after, between the same parties (rule discourse.follows_earlier)
FOLLOWS_DEAL = re.compile(rf"\b(?:follows|followed|builds\s+on|built\s+on|adds\s+to|added\s+to|comes\s+on\s+top\s+of|"
                          rf"on\s+top\s+of|expands\s+on|extends)\s+(?:a|an)\s+"
                          rf"(?:[\w$€£.,-]+\s+){{0,4}}?{DEAL_NOUN}\b", re.I)
EARLIER_AGREEMENT = re.compile(rf"\b(?:a|an|the|its)\s+(?:{words('earlier_words')})\s+(?:[\w$€£.,-]+\s+){{0,4}}?{DEAL_NOUN}\b", re.I)

ACTIVE_LEAD = re.compile(rf"\b(?:led|co-led|leads|co-leads|(?:is|are)\s+(?:co-)?leading|joined|participated in|"
                         rf"took part in|backed)\s+"
                         rf"(?:the|this|that)\s+"
                         rf"(?:[\w$€£.-]+\s+){{0,3}}?(?:{words('round_nouns')}|financing|investment)\b", re.I)
# 'Ostrix Ventures is expected to lead the round', 'A will join the round': leading or joining still to come
# (discourse.lead_to_come)
COMING_LEAD = re.compile(rf"\b(?:(?:is|are)\s+(?:expected|set|slated|poised|likely|said|understood|planning|due)\s+to|"
                         rf"will|would|(?:plans?|wants?|intends?|hopes?|aims?|seeks?)\s+to|"
                         rf"(?:is|are)(?=\s+(?:leading|co-leading)))\s+"
                         rf"(?:lead|co-lead|leading|co-leading|join|participate\s+in|back)\s+(?:the|this|that)\s+"
                         rf"(?:[\w$€£.-]+\s+){{0,3}}?(?:{words('round_nouns')}|financing|investment)\b", re.I)
# 'Ostrix Ventures is expected to lead.', '... is in talks to lead the round, the people said': leading still to
# come with the round left unsaid, or in talks to lead it (discourse.lead_unsaid)
_UNSAID = r"(?=\s*(?:[.;]|$|,\s+(?:the\s+)?(?:people|sources?|person|according|it|they)\b))"
COMING_LEAD_UNSAID = re.compile(
    rf"\b(?:(?:is|are)\s+(?:expected|set|slated|poised|likely|said|understood|planning|due)\s+to|will|would)\s+"
    rf"(?:lead|co-lead|join|participate|invest){_UNSAID}"
    rf"|\b(?:is|are)\s+in\s+(?:early\s+|advanced\s+|final\s+)?(?:talks|discussions|negotiations)\s+to\s+"
    rf"(?:lead|co-lead|join|participate|invest)(?:{_UNSAID}|\s+(?:in\s+)?(?:the|this|that)\s+"
    rf"(?:[\w$€£.-]+\s+){{0,3}}?(?:{words('round_nouns')}|financing|investment)\b)", re.I)
# 'Tarrow Capital headed the round', 'A and B put money into the financing': other verbs of leading a round or
# putting money in it, with their subjects before them (discourse.round_verbs)
ROUND_VERB = re.compile(rf"\s(?:(?:also|jointly|together)\s+)?(?:{words('round_verbs')})\s+(?:the|this|that)\s+"
                        rf"(?:[\w$€£.-]+\s+){{0,3}}?(?:{words('round_nouns')}|financing|investment)\b", re.I)
# 'Tarrow Capital was the lead investor', 'A and B were the other backers', 'A and B are among the investors': the
# subjects named by their part in the round just told (discourse.investor_by_role); not 'an investor' (a standing
# relationship, guideline 3), nor an earlier round's ('the lead investor in its previous round')
ROLE_COPULA = re.compile(rf"\s(?:was|were|is|are)\s+(?:also\s+)?(?:among\s+)?the\s+(?:[\w-]+\s+){{0,2}}?"
                         rf"(?:{words('funder_nouns')})\b(?!{NO_STOP}*\b(?:{words('earlier_words')})\b)", re.I)
# ', strategic investors in the round,': the names before it are the round's investors (discourse.investor_apposition)
ROLE_APPOSITION = re.compile(rf",\s+(?:the\s+|both\s+)?(?:[\w-]+\s+){{0,2}}?(?:{words('funder_nouns')})\s+in\s+the\s+"
                             rf"(?:[\w-]+\s+)?(?:round|financing|funding|raise)\b", re.I)
# '...; Kelmar Partners and Quorvane Capital led it': 'it' for the round just told (discourse.led_it)
LED_IT = re.compile(r"\s(?:(?:also|jointly)\s+)?(?:led|co-led|backed|joined)\s+it\b(?!\s+(?:to|in|into|for)\b)", re.I)
# 'Tarrow Capital led, joined by Brisa Ventures': leading with the round left unsaid (discourse.led_alone)
# ('Bowfell Capital is leading, and ...': the present participle after 'is', the round still being raised)
LED_ALONE = re.compile(r"\s(?:(?:also|jointly)\s+)?(?:led|co-led|(?:is|are)\s+(?:(?:also|jointly)\s+)?(?:co-)?leading)"
                       r"(?=\s*[,;.]|\s+the\s+way\b)", re.I)
# later in the clause after a name: a participle of giving money ('... also providing funding';
# discourse.with_also_providing)
PROVIDING_LATER = re.compile(r"[^,;.]*?\b(?:also\s+)?(?:providing|lending|contributing|committing|participating|"
                             r"taking\s+part)\b", re.I)
WITH_MORE = re.compile(r"[\s,]*(?:with|alongside|as well as|together with|joined by)\b" + NO_STOP + r"*$", re.I)
# '... led the round and was joined by A and B': the lead joined by more, in a second verb of the same subject
# (discourse.lead_was_joined)
WAS_JOINED = re.compile(r"\s*,?\s+and\s+(?:was|were|is|are|will\s+be|has\s+been|have\s+been)\s+(?:also\s+)?"
                        r"joined\s+by\b" + NO_STOP + r"*$", re.I)


def _was_joined(gap: str) -> bool:
    return on("discourse.lead_was_joined") and bool(WAS_JOINED.match(gap)) and hit("discourse.lead_was_joined", True)


# '... also participated, as did Delmar': one more who took part, after the verb (discourse.as_did)
# (the name may be described after its article: 'as did the French state investment bank Bpifrance')
AS_DID = re.compile(r"\s*,?\s+as\s+(?:did|do|does|have|has|had|will)\s+(?:(?:the|its|their)\s+(?:[\w.-]+\s+){0,5}?)?$",
                    re.I)
# ', a customer,', ', its largest shareholder,': a short description of a name, set off by commas, before the verb of
# taking part (discourse.took_part_apposition)
APPOSITION_GAP = re.compile(r"\s*,\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s*")
# '... also took part, alongside newcomer Haldane Partners': one more named after the verb, with the words that describe
# it (discourse.took_part_alongside)
ALONGSIDE_AFTER = re.compile(rf"\s*,\s*(?:alongside|along\s+with|together\s+with|as\s+well\s+as)\s+(?:(?:the|its)\s+)?"
                             rf"(?:(?:existing|other|previous|returning|new|earlier|fellow)\s+)?"
                             rf"(?:(?:{words('funder_nouns')}|backer|funder|lender|newcomers?)\s+)?$", re.I)
# 'Marlowe Capital and Orvell Growth also took part': subjects that join a round without naming it or a figure
# ('joined Quorvane as CFO': no name after the verb; 'participate in a second close' may follow)
# ('Corran Partners is also investing': an auxiliary before the adverb and the verb)
# ('B is also set to take part': taking part still to come, as a lead can be; discourse.lead_and_joined)
TOOK_PART = re.compile(rf"\s(?:(?:is|are|was|were|will)\s+)?(?:(?:also|too|likewise)\s+)?"
                       rf"(?:(?:expected|set|slated|likely|poised|due|plan|plans|intend|intends|aim|aims)\s+to\s+)?"
                       rf"(?:{words('took_part_verbs')})\b(?!\s+by\b)"  # (not 'were joined by': discourse.joined_by)
                       rf"(?!\s+(?:(?:in|into|with)\s+)?(?-i:[A-Z]))(?={NO_STOP}*(?:[.;]|$))", re.I)
# 'A and B were joined by C': the round's investors, before and after the passive (discourse.joined_by)
JOINED_BY = re.compile(r"\s(?:was|were|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?joined\s+(?:in\s+the\s+"
                       r"(?:round|financing)\s+)?by\s+", re.I)
# 'new backer C', 'existing investors D and E': the words that describe the names listed next
DESCRIBER_WORDS = re.compile(rf"(?:(?:existing|other|previous|returning|new|earlier|fellow)\s+)?"
                             rf"(?:(?:{words('funder_nouns')}|backer|funder|lender|shareholder)\s+)?", re.I)


def _after_describer(text: str, at: int) -> int:
    return DESCRIBER_WORDS.match(text, at).end()


# the opening of a sentence whose subjects are a list of investors ('Existing backers ...', 'Investors ...', or none)
# ('Existing investors, including A, B and C, are in talks to participate': a comma before 'including')
SUBJECT_LIST_START = re.compile(rf"\s*(?:(?:existing|other|previous|returning|new|earlier)\s+)?"
                                rf"(?:(?:{words('funder_nouns')})(?:\s*,\s*|\s+)(?:including\s+|such\s+as\s+)?)?", re.I)
# a subject that is a group of investors, no name ('Several other investors', 'Existing backers'), then a verb of
# taking part, then ', including' and the names (discourse.took_part_including)
GROUP_SUBJECT = re.compile(rf"\s*(?:(?:several|a\s+number\s+of|a\s+few|many|some|two|three|four|other|existing|"
                           rf"previous|returning|new|earlier)\s+){{0,3}}(?:{words('funder_nouns')})", re.I)
INCLUDING_AFTER_PART = re.compile(r"(?:\s+(?:in|to)\s+the\s+(?:[\w-]+\s+){0,2}?(?:round|financing|raise|funding|"
                                  r"investment|deal))?\s*,\s+(?:including|such\s+as|among\s+them)\s+", re.I)
# '..., which also drew Brisa Capital': a relative clause on the round that names more of its investors
# (discourse.round_relative)
ROUND_RELATIVE = re.compile(r"\s*,\s*which\s+(?:also\s+)?(?:drew|attracted|included|includes|saw|had|got|brought\s+in)"
                            r"\b" + NO_STOP + r"*$", re.I)


def _round_relative(gap: str) -> bool:
    return on("discourse.round_relative") and hit("discourse.round_relative", bool(ROUND_RELATIVE.match(gap)))


# the auxiliaries between a subject and its verb of taking part ('may also', 'is expected to', 'will')
AUXILIARIES = re.compile(r"(?:[\s,]*\b(?:also|may|might|could|would|will|is|are|be|(?:expected|set|likely|poised|"
                         r"planning|plans?|wants?|intends?|hopes?|aims?|seeks?|in\s+talks|in\s+discussions)\s+to)\b)+"
                         r"[\s,]*", re.I)
# 'Alongside Velkari, ': a lead-in naming an investor of the round just told, before the list of the others
ALONGSIDE_LEAD = re.compile(r"\s*(?:Alongside|Along\s+with|Besides|Like)\s+[^,]{1,60},\s*")
ALSO = re.compile(r"\b(?:also|too|likewise)\b", re.I)
PERFECT = re.compile(r"[\s,]*(?:has|have|had)(?:\s+(?:also|too|likewise))?[\s,]*", re.I)
AND_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
# '... led the round, and A, B and C joined': the second clause that opens after the round (discourse.lead_and_joined)
AND_JOINED = re.compile(r"(?:,?\s+and\s+|\s*;\s*)(?=[A-Z])")  # '; A and B chipped in' too
# ... or before lower-case words and then a name ('and existing investor X': discourse.lead_and_joined)
AND_JOINED_DESCRIBED = re.compile(r"(?:,?\s+and\s+|\s*;\s*)(?=(?:[a-z][\w-]*\s+){1,3}[A-Z])")
# 'the facility', 'this loan', 'the Series B round': the round or loan just told, referred to ('the facility' after a
# credit facility: only an investment just told is extended, so a building is not meant)
_FINANCING = (rf"(?:the|this|that|its|their)\s+(?:[\w$€£.-]+\s+){{0,3}}?"
              rf"(?:{words('round_nouns')}|{words('lending_nouns')}|facility|money|cash|funds)\b")
# 'Taravik Bank (has) provided the facility': the subjects before the verb put the money in
# (discourse.provided_financing)
PROVIDED_IT = re.compile(rf"\s(?:{words('financing_verbs')})\s+{_FINANCING}", re.I)
SUBJECT_GAP = re.compile(r"[\s,]*(?:(?:also|jointly|together|has|have|had|will|would)\s+)*", re.I)
# 'The loan was provided by Taravik Bank and Lumeris Bank': the agents after 'by'
# ('The round was backed by A and B': the round, not a company, backed; 'X is backed by' is whom X belongs to)
# (or set off as a participle: 'The loan, arranged by Kilby Bank, will fund ...')
PROVIDED_BY = re.compile(rf"\b{_FINANCING}(?:\s+(?:was|were|is|are|has been|have been|had been|will be|is being)\s+|"
                         rf"\s*,\s+)(?:(?:also|jointly)\s+)?(?:{words('financing_verbs')}|backed|supported)\s+by\s",
                         re.I)
# 'The funding came from A, B and C', 'The money comes from ...': the round just told, its sources named after 'from'
# (discourse.came_from)
CAME_FROM = re.compile(rf"\b(?:{_FINANCING}|(?:the|this|that)\s+(?:[\w$€£.-]+\s+){{0,2}}?(?:money|capital|cash|"
                       rf"investment|funds|proceeds))\s+(?:(?:has|have|had|will|would)\s+)?(?:also\s+)?"
                       rf"(?:came|comes|come|coming)\s+from\s+(?:the\s+)?", re.I)
# 'Backing came from A and B', 'Funding for the round came from ...': the noun alone opening the sentence, with no
# determiner (discourse.backing_came_from)
BACKING_CAME_FROM = re.compile(r"^\W*(?:(?:new|additional|fresh|the)\s+)?(?:backing|funding|financing|support|money|"
                               r"capital|investment)\s+(?:for\s+(?:the\s+)?(?:round|raise|it|the\s+company)\s+)?"
                               r"(?:(?:has|have|had|will|would)\s+)?(?:also\s+)?(?:came|comes|come|coming)\s+from\s+"
                               r"(?:the\s+)?", re.I)
# 'The company has raised the funds from investors A, B and C': the money just told, taken from those named
# (discourse.raised_the_funds)
RAISED_THE_FUNDS = re.compile(r"\b(?:raised|raises|secured|secures|received|receives|obtained|got|gets)\s+"
                              r"(?:the|this|that|these)\s+(?:new\s+)?(?:funds|money|capital|cash|financing|funding)\s+"
                              r"from\s+(?:(?:its\s+|new\s+|existing\s+)?(?:investors|backers)\s+"
                              r"(?:including\s+|such\s+as\s+)?)?(?:the\s+)?", re.I)
# 'The round drew A and B': the round just told as the subject, its investors listed after the verb
# (discourse.round_drew)
# ('The round drew money from A and B': what was drawn, then whom from)
ROUND_DREW = re.compile(rf"\b{_FINANCING}\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:{words('round_drawing_verbs')})\s+"
                        rf"(?:(?:money|funds|funding|capital|investment|investments|backing|support|commitments)\s+"
                        rf"from\s+)?(?:the\s+)?", re.I)
AS_ROLE = re.compile(r"\s+as\s")  # '... drew A and B as new investors': the list ends before 'as'
# 'Investors in the round include ...' (discourse.investors_in_the_round)
IN_THE_ROUND = re.compile(rf"\b(?:{words('funder_nouns')})\s+(?:in|of|for)\s+{_FINANCING}\s+"
                          rf"(?:include|included|includes|including|were|are)\b", re.I)
# '<name>, which is backed by': the cue describes the company named before it (discourse.other_backed)
DESCRIBED_BY = re.compile(r"\b([A-Z][\w&.'’-]*)\s*,\s+(?:which|who|that)\s+"
                          r"(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+)?$")
IS_BEFORE = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:also|largely|mainly|partly|"
                       r"majority|heavily)[\s-]+)?$", re.I)
ROUND_INVESTOR_CUE = re.compile(rf"\b(?:{words('round_investor_cues')})\b|(?<=['’]s )(?:investment|stake)\b"
                                # ('Investors: A, B, C.': a label and a colon before the list)
                                r"|\b(?:investors|backers|lenders|participants)(?=:)", re.I)

LIST_ITEM = re.compile(r"\s*(?:[•·*▪►-]|\d+[.)])\s*[^:\n]{2,60}?:\s")
# the label of a list item: capitalised words before the colon ('• Brimoral:', '- Tessaly Power:')
LABEL_NAME = re.compile(r"\s*(?:[•·*▪►-]|\d+[.)])\s*([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}):\s")


def complete_round(new: list[Draft], drafts: list[Draft]) -> None:
    """'SoftBank is providing up to $30bn for this round': investors without an investee in a sentence
    about the round just reported take that round's investee."""
    investee = next((o for d in reversed(drafts) if d.type == "investment" for o, r in d.parties if r == "investee"),
                    None)
    for d in new:
        if (investee is not None and d.type == "investment" and all(r == "investor" for _, r in d.parties)
                and ROUND_REF.search(d.sentence.text)):
            d.parties.append((investee, "investee"))
            hit("discourse.complete_round")


def investors_told_first(new: list[Draft], drafts: list[Draft]) -> None:
    """'Tarrow Capital led the round, with participation from Brisket Ventures.' ... 'Velmora AI raised $1.5
    billion in the round.': investors of a round told before its company, drafted with no investee, are the
    investors of the round a later sentence gives its company (and figure, where they had none); the earlier draft
    goes into it (rule discourse.investors_told_first)."""
    for d in new:
        if d.type != "investment" or any(r == "investor" for _, r in d.parties) or not d.parties:
            continue
        earlier = next((x for x in reversed(drafts) if x.type == "investment" and x.parties and all(
            r == "investor" for _, r in x.parties) and ROUND_REF.search(x.sentence.text)), None)
        if earlier is None or not same_amount(earlier.amount, d.amount) or not hit("discourse.investors_told_first"):
            continue
        taken = {o.key for o, _ in d.parties}
        d.parties.extend((o, r) for o, r in earlier.parties if o.key not in taken)
        d.amount = d.amount or earlier.amount
        drafts.remove(earlier)


# ', with A and B also participating': the others who take part in the round, named after an investor's own share
ALSO_PARTICIPATING = re.compile(r",?\s+(?:with|alongside)\s+(?P<names>[^;]{2,200}?)\s+(?:also\s+)?(?:participating|"
                                r"joining|taking\s+part|investing|contributing)\b", re.I)


def share_in_relative(new: list[Draft], drafts: list[Draft], sent: Sentence) -> None:
    """'Quarnell raised $40 billion in a round led by Tessaly, which put in $30 billion, with Ostrix and Brimoral also
    participating': the relative clause tells the share of an investor of the round just told (guideline 2: a record
    of that investor and the round's investee), and the others it names as taking part are investors of the round,
    not of the share (rule discourse.share_in_relative)."""
    round_ = next((d for d in reversed(drafts) if d.type == "investment"), None)
    if round_ is None or not new or not on("discourse.share_in_relative"):
        return
    investee = next((o for o, r in round_.parties if r == "investee"), None)
    investors = {o.key for o, r in round_.parties if r == "investor"}
    m = ALSO_PARTICIPATING.search(sent.text)
    for d in new:
        lead = next((o for o, _ in d.parties if o.origin == "relative" and o.key in investors), None)
        if d.type != "investment" or investee is None or lead is None or d.amount is None:
            continue
        own = [o for o, r in d.parties if r == "investee" and o.key != investee.key and INVEST_IN_BEFORE.search(
            sent.text[max(0, o.start - sent.start - 40):o.start - sent.start])]
        if own and hit("discourse.relative_own_investee", on("discourse.relative_own_investee")):
            continue  # 'Halvern, which invested $1 billion in Brimoral in 2023, is leading ...': a deal of its own
        others = [] if m is None else [o for o, _ in d.parties if o.key not in (lead.key, investee.key) and (
            m.start("names") <= o.start - sent.start < m.end("names"))]
        figure = next((x for x in sent.money if not x.excluded and x.amount.value), None)
        nxt = [o for o in sent.orgs if figure is not None and o.key not in (lead.key, investee.key) and o.start >=
               figure.end and NEXT_MEMBER.fullmatch(sent.text, figure.end - sent.start, o.start - sent.start)][:1] if (
            not others and on("discourse.member_after_share")) else []
        if nxt and hit("discourse.member_after_share"):
            # 'The round was led by Halcyon, which put in $100 million, and Brisket Partners': the name after the
            # relative clause's 'and' is the next member of the list the clause's name opens, an investor of the round
            others = nxt
        if not hit("discourse.share_in_relative", bool(others) or any(r == "investee" and o.key != investee.key
                                                                       for o, r in d.parties)):
            continue
        for o in others:
            if o.key not in investors:
                round_.parties.append((o, "investor"))
                investors.add(o.key)
        d.parties = [(lead, "investor"), (investee, "investee")]


def list_item(sent: Sentence, draft: Draft) -> Sentence:
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
    hit("discourse.list_item")
    return replace(sent, orgs=(stand_in, *sent.orgs))


def list_lead(sent: Sentence) -> tuple[OrgMention, Trigger] | None:
    """'Quarnell has struck a string of infrastructure deals this year:': a sentence that ends with a colon, names one
    organisation and tells of deals introduces a list whose items name the other sides (rule discourse.list_lead)."""
    if not on("discourse.list_lead") or not sent.text.rstrip().endswith(":") or not sent.triggers:
        return None
    return (sent.orgs[0], sent.triggers[0]) if len({o.key for o in sent.orgs}) == 1 else None


def lead_item(sent: Sentence, lead: tuple[OrgMention, Trigger]) -> Sentence:
    """'• Brimoral: $10 billion for GPU capacity over five years', an item of a list a lead sentence introduced
    (list_lead) that names one other organisation: a deal of the lead's organisation with it, told by the lead's verb
    when the item has no trigger of its own, its kind by the item's words."""
    m = LIST_ITEM.match(sent.text)
    org, trigger = lead
    if not m:
        return sent
    orgs = sent.orgs
    label = LABEL_NAME.fullmatch(sent.text[:m.end()])
    if not orgs and label and not all(is_english(w) for w in label.group(1).split()):
        # '• Brimoral:': the item's label names the other side, though no list or shape knows the name
        name = label.group(1)
        orgs = (OrgMention(sent.start + label.start(1), sent.start + label.end(1), name, fold_name(name), name, "other",
                           "list_label"),)
    keys = {o.key for o in orgs}
    if len(keys) != 1 or org.key in keys or orgs[0].start - sent.start > m.end():
        return sent
    hit("discourse.list_lead")
    at = sent.start + m.end()
    triggers = sent.triggers or (replace(trigger, start=at, end=at, head_end=at),)
    return replace(sent, orgs=(replace(org, start=sent.start, end=sent.start), *orgs), triggers=triggers)


def _in_relative(sent: Sentence, o) -> bool:
    """The mention stands in a relative clause set off by commas ('Halvern, which backed Orvell in 2023, will lead
    ...'): it describes the subject, it does not lead."""
    before = sent.text[:o.start - sent.start]
    opened = max(before.rfind(", which"), before.rfind(", who"), before.rfind(", whose"))
    return opened >= 0 and "," not in before[opened + 1:]


# 'The financing comes in two tranches of $700 million and €90 million', 'describes the loan as two tranches (...)':
# the figures are parts of the financing just told (discourse.financing_parts)
FINANCING_PARTS = re.compile(rf"\b{_FINANCING}\s+(?:(?:comes?|came|is|was|are|were|will\s+be)\s+)?(?:split\s+)?"
                             rf"(?:in|as|into)\s+(?:two|three|four|five|several|\d+)\s+(?:[\w-]+\s+)?tranches\b", re.I)
# '... provided by a syndicate of banks that includes A, B and C': who provided them, the members of a group named
BY_GROUP = re.compile(rf"\b(?:{words('financing_verbs')})\s+by\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?of\s+"
                      rf"[\w-]+\s+(?:that\s+includes?|that\s+included|including|led\s+by)\s+)?", re.I)


def _financing_parts(draft: Draft, sent: Sentence, lex: Lexicon) -> bool:
    """'The financing comes in two tranches of $700 million and €90 million, provided by a syndicate of banks that
    includes A, B and C' after a loan just told: the figures are its parts, no deal of their own, and the names
    after 'provided by' (or the group's members) put the money in (rule discourse.financing_parts)."""
    parts = FINANCING_PARTS.search(sent.text) if on("discourse.financing_parts") else None
    if not parts:
        return False
    hit("discourse.financing_parts")
    known = {o.key for o, _ in draft.parties}
    investee = next((o.key for o, r in draft.parties if r == "investee"), None)
    by = BY_GROUP.search(sent.text, parts.end())
    if by:
        named = [o for o in sent.orgs if o.start - sent.start >= by.end()]
        listed = _listed_names(sent, by.end(), lex)
        taken = {o.key for o in named}
        new = sorted(named + [o for o in listed if o.key not in taken], key=lambda o: o.start)
        draft.parties.extend((o, "investor") for o in new if o.key not in known and o.key != investee)
    return True


# 'led the round with $100 million': the leader's own figure right after the round it led (discourse.lead_share)
LEAD_WITH = re.compile(r"\s*,?\s*(?:with|by\s+(?:contributing|investing|putting\s+in))\s+"
                       r"(?:(?:about|nearly|some|roughly|around|almost|over|more\s+than)\s+)?$", re.I)


# 'The $300 million round', 'The $80 million Series B': a round noun with its figure opening the sentence
_SCALE = r"(?:\s+(?:million|billion|trillion|bn|m))?"  # a figure's word of scale, after it
OPENING_ROUND = re.compile(rf"^\W*(?:The|This|That)\s+(\S+{_SCALE})\s+"
                           rf"(?:[a-z][\w-]*\s+)?(?:(?:{words('agreement_nouns')})s?\b|Series\s+[A-Z]\b)")
# the same round sized where the sentence names it later ('Investors in the $300 million round include A and B';
# discourse.sized_round_named)
SIZED_ROUND = re.compile(rf"\b(?i:the|this|that)\s+([$€£]\S+{_SCALE})\s+"
                         rf"(?:[a-z][\w-]*\s+)?(?:(?:{words('round_nouns')})\b|Series\s+[A-Z]\b)")


# the round just told opening a sentence, then a relative clause on what it holds ('The funding, which includes $100
# million in debt, '; discourse.round_parts_aside)
ROUND_PARTS_ASIDE = re.compile(rf"^\W*{_FINANCING}\s*,\s+(?:which|that)\s+(?:includes|included|comprises|comprised|"
                               rf"consists\s+of|consisted\s+of|is\s+made\s+up\s+of|was\s+made\s+up\s+of)\s+[^,;]+,\s+",
                               re.I)


# a word of lending in the sentence that told a data-centre deal: the deal is a site's financing
# (discourse.site_lenders)
DEBT_WORD = re.compile(r"\b(?:loans?|debt|financing|credit|lenders?|lending|borrow\w*)\b", re.I)
AS_MONEY = {"seller": "investor", "buyer": "investee"}


# a time before the story's own: 'last year', 'in 2023', 'two years ago', 'previously'
# (discourse.earlier_raise_adds_none)
EARLIER_TIME = re.compile(r"\b(?:last\s+year|(?:in|since)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d|"
                          r"(?:a|one|two|three|four|five|several|\d+)\s+years?\s+ago|previously|"
                          r"in\s+(?:a|an|its)\s+(?:earlier|previous|prior)\s+round|"
                          r"(?:earlier|previous|prior)\s+round)\b", re.I)


# a relative clause set off by commas ('Halvern Capital, which backed Orvell Labs in 2023, led the round'): its time is
# the name's history, not the sentence's
RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;]*,")


# right before a name: a noun of money raised and 'for' or 'in' ('The funding for ', 'the round in ';
# discourse.other_funding_named)
FUNDING_FOR_BEFORE = re.compile(r"\b(?:funding|round|financing|investment|raise|fundraise|fundraising)\s+"
                                r"(?:for|in|into)\s+$", re.I)


def adds_investors(draft: Draft, sent: Sentence, lex: Lexicon, shares: list | None = None) -> bool:
    """'It was led by X, with participation from Y': investors of the round just reported. 'X led the round with
    $100 million': X's own figure, a record of its share in `shares` (guideline 2). 'The $300 million round was led
    by X': the figure of the opening round noun, which refers back, is the round's own (no share of X's); read
    without it, and it sizes the round where that had no figure (rule discourse.sized_round_adds). A name that says
    where a person works ('Other investors include A and former Quorra AI chief executive Dana Morrow') adds no one."""
    people = people_employers(sent)
    if people:
        sent = replace(sent, orgs=tuple(o for o in sent.orgs if o.start not in people))
    investee = next((o.key for o, r in draft.parties if r == "investee"), None)
    if investee is not None and on("discourse.other_funding_named") and hit("discourse.other_funding_named", any(
            o.key != investee and FUNDING_FOR_BEFORE.search(sent.text, 0, o.start - sent.start) for o in sent.orgs)):
        return False  # 'The funding for Sivara was part of a deal with Halvane': another company's funding
    if on("discourse.earlier_raise_adds_none") and EARLIER_TIME.search(RELATIVE_ASIDE.sub(",", sent.text)) and not \
            EARLIER_TIME.search(draft.sentence.text) and hit("discourse.earlier_raise_adds_none", True):
        return False  # '... when it raised money from Ostmere Partners last year': an earlier round's backers
    if draft.type == "datacenter" and set(r for _, r in draft.parties) <= set(AS_MONEY) and DEBT_WORD.search(
            draft.sentence.text) and on("discourse.site_lenders"):
        # 'X is lending $500 million for Tarsel's campus.' then 'Other lenders include A and B': a site's financing
        # is read as the money it is, and the lenders the sentence adds sell with X (guideline 6)
        lent = replace(draft, type="investment", parties=[(o, AS_MONEY[r]) for o, r in draft.parties])
        if not _adds_investors(lent, sent, lex, None) or not hit("discourse.site_lenders"):
            return False
        known = {o.key for o, _ in draft.parties}
        draft.parties.extend((o, "seller") for o, r in lent.parties if r == "investor" and o.key not in known)
        return True
    if shares is not None and draft.type == "investment" and on("discourse.part_of_round_told") and _part_of_round(
            draft, sent, lex, shares):
        return True
    opening = OPENING_ROUND.match(sent.text) if draft.type == "investment" and on(
        "discourse.sized_round_adds") else None
    named = None if draft.type != "investment" or not on("discourse.sized_round_named") or OPENING_ROUND.match(
        sent.text) else SIZED_ROUND.search(sent.text)
    opening = opening or named
    figures = [m for m in sent.money if not m.excluded and m.amount.value]
    parts = ROUND_PARTS_ASIDE.match(sent.text) if draft.type == "investment" and figures and on(
        "discourse.round_parts_aside") else None
    if parts is not None and all(m.end - sent.start <= parts.end() for m in figures) and _adds_investors(
            draft, replace(sent, money=()), lex, shares):
        # 'The funding, which includes $100 million in debt, was led by X': the figure tells what the round holds,
        # read without it the sentence adds the round's investors
        return hit("discourse.round_parts_aside")
    if opening is None or len(figures) != 1 or not opening.start(1) <= figures[0].start - sent.start < opening.end(
            1) or not same_amount(draft.amount, figures[0].amount):
        return _adds_investors(draft, sent, lex, shares)
    if not _adds_investors(draft, replace(sent, money=()), lex, shares):
        return False
    if named is not None:
        return hit("discourse.sized_round_named")
    if hit("discourse.sized_round_adds") and draft.amount is None:
        draft.amount, draft.alternates = figures[0].amount, figures[0].alternates
    return True


# 'Pendle Capital put in $40 million', 'Of that, $40 million came from Pendle Capital': an investor's own part of a
# round just told (discourse.part_of_round_told): the words between the name and the figure, or the figure and the name
PUT_IN = re.compile(r"\s+(?:(?:has|have|had|will|also|alone|itself)\s+)*(?:put\s+in|put\s+up|contributed|"
                    r"contributes|invested|invests|provided|provides|committed|commits|chipped\s+in)\s+"
                    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|up\s+to\s+)?", re.I)
# ', which contributed $100 million': the same, in a relative clause on the giver (discourse.member_share_in_relative)
RELATIVE_PUT_IN = re.compile(r"\s*,\s+(?:which|who)" + PUT_IN.pattern, re.I)
PART_CAME_FROM = re.compile(r"\s+(?:(?:of\s+(?:it|that|which|the\s+total)|alone)\s+)?(?:came|comes|is\s+coming|was\s+"
                            r"(?:provided|contributed|put\s+in|committed))\s+(?:from|by)\s+(?:the\s+)?", re.I)


def _part_of_round(draft: Draft, sent: Sentence, lex: Lexicon, shares: list) -> bool:
    """'Brisko raised $100 million in a Series C.' then 'Of that, $40 million came from Pendle Capital' or 'Pendle
    Capital put in $40 million': the one company the sentence adds is an investor of the round just told, and its
    stated part, smaller than the round's figure, a record of its own (guideline 2; rule
    discourse.part_of_round_told)."""
    investee = next((o for o, r in draft.parties if r == "investee"), None)
    figures = [m for m in sent.money if not m.excluded and m.amount.value]
    known = {o.key for o, _ in draft.parties}
    others = [o for o in sent.orgs if o.key not in known]
    if len({o.key for o in others}) == 2 and len(figures) == 1 and on("discourse.member_share_in_relative"):
        # 'Investors include Halcyon, which contributed $100 million, and Brisket, ...': the name the relative clause
        # with the figure describes gives it; the next member, after the clause's 'and', is read with its own clause
        first, nxt = min(others, key=lambda o: o.start), max(others, key=lambda o: o.start)
        at = figures[0]
        if first.end <= at.start and at.end <= nxt.start and RELATIVE_PUT_IN.fullmatch(
                sent.text, first.end - sent.start, at.start - sent.start) and NEXT_MEMBER.fullmatch(
                sent.text, at.end - sent.start, nxt.start - sent.start) and hit("discourse.member_share_in_relative"):
            others = [first]
    if investee is None or draft.amount is None or len(figures) != 1 or len({o.key for o in others}) != 1:
        return False
    if "investee_first" not in draft.rule.split(";")[0] and any(r == "investor" for _, r in draft.parties):
        return False  # ('A will invest $500 million in B, while C will put in $200 million': two investments)
    part, giver = figures[0], others[0]
    if part.amount.currency != draft.amount.currency or not part.amount.value < draft.amount.value:
        return False
    text, at_figure, at_giver = sent.text, part.start - sent.start, giver.start - sent.start
    told = at_giver < at_figure and (PUT_IN.fullmatch(text, giver.end - sent.start, at_figure) or on(
        "discourse.member_share_in_relative") and RELATIVE_PUT_IN.fullmatch(
            text, giver.end - sent.start, at_figure) and hit("discourse.member_share_in_relative")) or (
        at_figure < at_giver and PART_CAME_FROM.fullmatch(text, part.end - sent.start, at_giver))
    if not told or not hit("discourse.part_of_round_told"):
        return False
    draft.parties.append((giver, "investor"))
    shares.append(Draft("investment", [(giver, "investor"), (investee, "investee")], part.amount, sent,
                        deal_status(sent.text, lex), draft.confidence - 0.1, draft.rule + "|part_of_round",
                        alternates=part.alternates))
    return True


def _adds_investors(draft: Draft, sent: Sentence, lex: Lexicon, shares: list | None) -> bool:
    if draft.type == "investment" and _financing_parts(draft, sent, lex):
        return True
    if draft.type != "investment":
        return False
    figures = [m for m in sent.money if not m.excluded and m.amount.value]
    lead = ACTIVE_LEAD.search(sent.text) or (
        ROUND_VERB.search(sent.text) if on("discourse.round_verbs") else None)
    coming = COMING_LEAD.search(sent.text) if lead is None and len(figures) == 1 and on(
        "discourse.coming_lead_share") else None
    if coming is not None and LEAD_WITH.fullmatch(sent.text[coming.end():figures[0].start - sent.start]) and hit(
            "discourse.coming_lead_share", True):
        lead = coming  # 'X is expected to lead the round with about $500 million': the lead's share, still to come
    share = figures[0] if lead and len(figures) == 1 and shares is not None and on("discourse.lead_share") and (
        LEAD_WITH.fullmatch(sent.text[lead.end():figures[0].start - sent.start])) else None
    if figures and share is None:
        return False
    known = {o.key for o, _ in draft.parties}
    investee = next((o.key for o, r in draft.parties if r == "investee"), None)
    lead = lead or (
        COMING_LEAD.search(sent.text) if on("discourse.lead_to_come") else None) or (
        COMING_LEAD_UNSAID.search(sent.text) if on("discourse.lead_unsaid") else None) or (
        LED_IT.search(sent.text) if on("discourse.led_it") else None) or (
        LED_ALONE.search(sent.text) if on("discourse.led_alone") else None)
    if lead and lead.re is LED_IT:
        hit("discourse.led_it")
    if lead and lead.re is LED_ALONE:
        hit("discourse.led_alone")
    if lead and lead.re is ROUND_VERB:
        hit("discourse.round_verbs")
    elif lead and lead.re is COMING_LEAD_UNSAID:
        hit("discourse.lead_unsaid")
        if re.search(r"\b(?:talks|discussions|negotiations)\b", lead.group(0), re.I) and draft.status in (
                "announced", "reported"):
            draft.status = "talks"  # 'X is in talks to lead the round': the round is still being negotiated
    elif lead and lead.re not in (ACTIVE_LEAD, LED_IT, LED_ALONE):
        hit("discourse.lead_to_come")
    if lead and hit("discourse.led_the_round", on("discourse.led_the_round")):
        # 'Kestrel Growth and Orvell Partners led the round': the subjects before the verb lead the round just told
        new = [o for o in sent.orgs if o.end - sent.start <= lead.start() and o.key not in known and o.key != investee
               and not _in_relative(sent, o)]
        # '..., with Brisa Capital participating': the others the sentence adds after the round
        new += [o for o in sent.orgs if o.start - sent.start >= lead.end() and o.key not in known and o.key != investee
                and (WITH_MORE.match(sent.text[lead.end():o.start - sent.start]) or _round_relative(
                    sent.text[lead.end():o.start - sent.start]) or _was_joined(
                        sent.text[lead.end():o.start - sent.start]))] if new else []
        leaders = [o for o in new if o.end - sent.start <= lead.start()]
        after_lead = share.end - sent.start if share is not None else lead.end()
        joined = AND_JOINED.match(sent.text, after_lead) if new and on("discourse.lead_and_joined") else None
        if joined is None and new and on("discourse.lead_and_joined"):
            # ('..., and existing investor Ashcombe Capital also invested': a member told by its kind; kind_member)
            joined = AND_JOINED_DESCRIBED.match(sent.text, after_lead)
        part = TOOK_PART.search(sent.text, joined.end()) if joined else None
        if part:
            # '..., and Ostrix Ventures, Marlow Partners and Brisa Capital joined': a second clause whose subjects,
            # a list of names ending at the verb, take part in the round too
            listed = _listed_names(sent, joined.end(), lex, part.start())
            owner = next((o for o in sent.orgs if o.start - sent.start == joined.end()), None) if not listed and on(
                "discourse.arm_joined") else None
            if owner is not None and hit("discourse.arm_joined", bool(POSSESSED_ARM.fullmatch(
                    sent.text, owner.end - sent.start, part.start()))):
                listed = [owner]  # ("and Velmora's venture arm also took part": the arm invests for its owner)
            taken = {o.key for o in new} | known | {investee}
            more = [o for o in listed if o.key not in taken]
            gap = sent.text[listed[-1].end - sent.start:part.start()] if more else ""
            if more and (not gap.strip(" ,") or POSSESSED_ARM.fullmatch(gap)) and hit("discourse.lead_and_joined"):
                new += more
        draft.parties.extend((o, "investor") for o in new[:MAX_PARTIES])
        receiver = next((o for o, r in draft.parties if r == "investee"), None)
        if share is not None and len(leaders) == 1 and receiver is not None and hit("discourse.lead_share"):
            shares.append(Draft("investment", [(leaders[0], "investor"), (receiver, "investee")], share.amount, sent,
                                deal_status(sent.text, lex), draft.confidence - 0.1, draft.rule + "|lead_share",
                                alternates=share.alternates))
        if new:
            return True
    if share is not None:
        return False
    role = ROLE_COPULA.search(sent.text) if on("discourse.investor_by_role") else None
    if role is None and on("discourse.investor_apposition"):
        # 'Halvern and Brisa Investments, strategic investors in the round, continue to back Velkara'
        role = ROLE_APPOSITION.search(sent.text)
        hit("discourse.investor_apposition", role is not None)
    new = _run_before(sent, [o for o in sent.orgs if o.key not in known and o.key != investee], role.start()) \
        if role else []
    if role is not None and (role.re is ROLE_APPOSITION or on("discourse.role_subject_list")):
        # (the names that open the sentence up to the apposition, whether or not a list or a shape knows each; so too
        # before 'were among the investors', discourse.role_subject_list)
        listed = _listed_names(sent, SUBJECT_LIST_START.match(sent.text).end(), lex, role.start())
        # (a name found as an organisation inside an item is that item: 'Chipmaker Orsk' is Orsk)
        listed = [next((o for o in sent.orgs if x.start <= o.start and o.end <= x.end), x) for x in listed]
        if listed and not sent.text[listed[-1].end - sent.start:role.start()].strip() and (
                role.re is ROLE_APPOSITION or {o.key for o in listed} - {o.key for o in new} and hit(
                    "discourse.role_subject_list")):
            new = [o for o in listed if o.key not in known and o.key != investee]
    if new and hit("discourse.investor_by_role"):
        taken = {o.key for o in new} | known | {investee}
        new += [o for o in sent.orgs if o.start - sent.start >= role.end() and o.key not in taken
                and WITH_MORE.match(sent.text[role.end():o.start - sent.start])]  # '..., with Orsk joining'
        draft.parties.extend((o, "investor") for o in new[:MAX_PARTIES])
        return True
    if on("discourse.provided_financing"):
        new = _financiers(sent, known, investee, lex)
        if new and hit("discourse.provided_financing"):
            draft.parties.extend((o, "investor") for o in new[:MAX_PARTIES])
            return True
    joined = JOINED_BY.search(sent.text) if on("discourse.joined_by") else None
    if joined:
        # 'Returning investors A and B were joined by new backer C': the subjects and those who joined them
        opening = SUBJECT_LIST_START.match(sent.text)
        before = _listed_names(sent, opening.end(), lex, joined.start()) if opening else []
        after = _listed_names(sent, _after_describer(sent.text, joined.end()), lex)
        new = [o for o in before + after if o.key not in known and o.key != investee]
        if before and after and not sent.text[before[-1].end - sent.start:joined.start()].strip(" ,") and hit(
                "discourse.joined_by"):
            draft.parties.extend((o, "investor") for o in list({o.key: o for o in new}.values())[:MAX_PARTIES])
            return True
    part = TOOK_PART.search(sent.text)
    if part and hit("discourse.took_part", on("discourse.took_part")):
        # 'Marlowe Capital and Orvell Growth also took part': the subjects join the round just told
        new = [o for o in sent.orgs if o.end - sent.start <= part.start() and o.key not in known and o.key != investee]

        def ends_at_verb(last) -> bool:
            gap = sent.text[last.end - sent.start:part.start()]
            # 'Ostrix may also invest', 'Brisa is expected to participate': taking part still to come
            # (discourse.took_part_to_come)
            coming = bool(gap.strip(" ,")) and on("discourse.took_part_to_come") and bool(AUXILIARIES.fullmatch(gap))
            # 'Tamsin and Brisa have also invested': taking part done already (discourse.took_part_perfect); 'also'
            # ties it to the round just told (not 'have invested in the company since 2021': earlier rounds' backers)
            done = on("discourse.took_part_perfect") and bool(PERFECT.fullmatch(gap)) and bool(
                ALSO.search(gap + part.group(0)))
            # 'Velmora AI, a customer, also invested': a short description set off by commas between
            # (discourse.took_part_apposition)
            described = on("discourse.took_part_apposition") and bool(APPOSITION_GAP.fullmatch(gap))
            return not gap.strip(" ,") or hit("discourse.took_part_to_come", coming) or hit(
                "discourse.took_part_perfect", done) or hit("discourse.took_part_apposition", described)

        # 'Existing backers Tamsin Ventures and Quillon also invested': a list of capitalised names that opens the
        # sentence and ends at the verb, whether or not a list or a shape knows each name ('Alongside Velkari,
        # existing investors A and B ...': after the lead the round just told named, discourse.alongside_lead)
        lead_in = ALONGSIDE_LEAD.match(sent.text) if on("discourse.alongside_lead") else None
        opening = SUBJECT_LIST_START.match(sent.text, lead_in.end() if lead_in else 0)
        listed = [o for o in _listed_names(sent, opening.end(), lex, part.start()) if o.key != investee] if opening \
            and on("discourse.took_part_list") else []
        # ('..., as did Delmar, a chip designer': one more after the verb, then those listed with it)
        after = [o for o in sent.orgs if o.start - sent.start >= part.end() and o.key not in known
                 and o.key != investee]
        more = after[:1] if after and AS_DID.fullmatch(sent.text, part.end(), after[0].start - sent.start) and on(
            "discourse.as_did") else []
        more_by = "discourse.as_did"
        if not more and after and on("discourse.took_part_alongside") and ALONGSIDE_AFTER.fullmatch(
                sent.text, part.end(), after[0].start - sent.start):
            more, more_by = after[:1], "discourse.took_part_alongside"
        for a, b in zip(after, after[1:]) if more else ():
            if not AND_LIST.fullmatch(sent.text[a.end - sent.start:b.start - sent.start]):
                break
            more.append(b)
        if new and all(AND_LIST.fullmatch(sent.text[a.end - sent.start:b.start - sent.start]) or (
                on("roles.described_in_list") and hit("roles.described_in_list", bool(DESCRIBED_IN_LIST.fullmatch(
                    sent.text[a.end - sent.start:b.start - sent.start])))) for a, b in zip(new, new[1:])) and not (
                len(listed) > len(new) and {o.key for o in new} <= {o.key for o in listed}) and ends_at_verb(new[-1]):
            new += [o for o in more if hit(more_by)]
            draft.parties.extend((o, "investor") for o in new[:MAX_PARTIES])
            return True
        if listed and ends_at_verb(listed[-1]) and hit("discourse.took_part_list"):
            hit("discourse.alongside_lead", lead_in is not None)
            listed += [o for o in more if hit(more_by)]
            draft.parties.extend((o, "investor") for o in listed if o.key not in known)
            return True
        group = GROUP_SUBJECT.fullmatch(sent.text, 0, part.start()) if not new and not listed and on(
            "discourse.took_part_including") else None
        including = INCLUDING_AFTER_PART.match(sent.text, part.end()) if group else None
        named = [o for o in sent.orgs if including and o.start - sent.start >= including.end() and o.key != investee]
        if named and named[0].start - sent.start == including.end():
            # 'Several other investors also took part, including A and B': the investors named after the verb of a
            # group that took part join the round
            run = named[:1]
            for o in named[1:]:
                if not AND_LIST.fullmatch(sent.text[run[-1].end - sent.start:o.start - sent.start]):
                    break
                run.append(o)
            if hit("discourse.took_part_including", True):
                draft.parties.extend((o, "investor") for o in run[:MAX_PARTIES] if o.key not in known)
                return True
    came = CAME_FROM.search(sent.text) if on("discourse.came_from") else None
    if came is None and on("discourse.backing_came_from"):
        came = BACKING_CAME_FROM.search(sent.text)
        hit("discourse.backing_came_from", came is not None)
    if came is None and on("discourse.round_drew"):
        came = ROUND_DREW.search(sent.text)
        hit("discourse.round_drew", came is not None)
    if came is None and on("discourse.raised_the_funds") and not figures:
        came = RAISED_THE_FUNDS.search(sent.text)
        hit("discourse.raised_the_funds", came is not None)
    if came:
        # 'The funding came from A, B and C': the sources of the round just told, named after 'from'
        # (a list of capitalised names, whether or not a list or a shape knows each, as after 'included')
        as_role = AS_ROLE.search(sent.text, came.end()) if came.re is ROUND_DREW else None
        listed = [o for o in _listed_names(sent, came.end(), lex, as_role.start() if as_role else None)
                  if o.key not in known and o.key != investee]  # '... drew A and B as new investors'
        if listed and hit("discourse.came_from"):
            draft.parties.extend((o, "investor") for o in listed[:MAX_PARTIES])
            return True
    cue = ROUND_INVESTOR_CUE.search(sent.text)
    after = ROUND_INVESTOR_CUE.match(sent.text, cue.end() + 1) if cue and on("discourse.described_member") and not (
        LIST_VERB.match(sent.text, cue.end())) else None  # ('The list of backers includes': a linking verb, list_verb)
    if after and hit("discourse.described_member"):
        cue = after  # 'includes participation from A and B': the list follows the second cue
    if not cue and on("discourse.investors_in_the_round"):
        cue = IN_THE_ROUND.search(sent.text)
        hit("discourse.investors_in_the_round", cue is not None)
    if not cue:
        return False
    described = DESCRIBED_BY.search(sent.text, 0, cue.start())
    investee_names = {w for o, r in draft.parties if r == "investee" for w in (o.text, o.canonical)}
    if described and on("discourse.other_backed") and hit("discourse.other_backed", not any(
            n.endswith(described.group(1)) for n in investee_names)):
        return False  # 'Lumeris, which is backed by Halvern, did not comment': another company's backers
    if cue.group(0).lower().startswith(("backed", "supported", "funded", "financed")) and on(
            "discourse.is_backed") and hit("discourse.is_backed", bool(
            IS_BEFORE.search(sent.text, 0, cue.start()))):
        return False  # 'Brimoral is backed by Halden Partners, which ...': who owns the company, no round's investor
    new = [o for o in sent.orgs if o.start - sent.start >= cue.start() and o.key not in known and o.key != investee]
    if on("discourse.investor_list") and not cue.group(0).lower().endswith(("investment", "stake")):
        listed = _listed_names(sent, cue.end(), lex)
        if listed and hit("discourse.investor_list"):
            taken = {o.key for o in new}
            # a listed name holds a shorter one a shape found inside it ('Hangzhou City Investment Group Industrial
            # Fund' holds 'Industrial Fund'): the list's whole name stands
            new = [o for o in new if not any(x.start <= o.start and o.end <= x.end and (x.start, x.end) != (
                o.start, o.end) for x in listed)]
            new = sorted(new + [o for o in listed if o.key not in taken and o.key not in known and o.key != investee],
                         key=lambda o: o.start)
    if cue.group(0).lower().endswith(("investment", "stake")):  # "ASML's investment made it the main shareholder"
        new = [o for o in sent.orgs if sent.text[o.end - sent.start:].startswith(("'s", "’s"))
               and o.start - sent.start < cue.start() and o.key not in known and o.key != investee][:1]
    owners = [o for o in new if MEMBER_OWNER.search(sent.text, 0, o.start - sent.start)] if on(
        "discourse.member_owner") else []
    if owners and hit("discourse.member_owner"):
        new = [o for o in new if o not in owners]  # 'B, the venture arm of Orsk,': Orsk owns a member, B invests
    draft.parties.extend((o, "investor") for o in new[:MAX_PARTIES])
    return bool(new)


# 'The new round was led by ...', 'The Series C drew ...': the round a later sentence names, by its stage or as the
# new one (discourse.round_meant)
ROUND_STAGE = re.compile(r"\b(?:series|round)\s+([A-Z]\d?)\b|\b(pre-seed|seed)\s+(?:round|funding|financing)\b")
NEW_ROUND = re.compile(rf"\b(?:the|this|its)\s+(?:new|latest|current|fresh|most\s+recent|new(?:est)?\s+funding)\s+"
                       rf"(?:{words('round_nouns')}|financing|investment)\b", re.I)
THE_ROUND = re.compile(rf"\b(?:the|this)\s+(?:[\w$€£.-]+\s+){{0,2}}?(?:{words('round_nouns')})\b", re.I)
PAST_ROUND = re.compile(rf"\b(?:{words('history_words')}|{words('earlier_words')}|in\s+(?:19|20)\d\d)\b", re.I)


# right before a name in a list of investors: a member's description that names its owner ('Pinecrest Ventures, the
# venture arm of Orsk', 'a unit of Orsk') (discourse.member_owner)
MEMBER_OWNER = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{words('owned_nouns')})\s+of\s+(?:the\s+)?$", re.I)
# right before a name: what makes it the owner of the round a sentence adds investors to ('Investors in X', 'backers of
# X', 'X's round': the possessive is read after the name) (discourse.round_owner_named)
ROUND_OWNER_BEFORE = re.compile(r"\b(?:in|of|for|into|behind|backing)\s+(?:the\s+)?$", re.I)


# a sentence opening on a participle of taking part, then a copula: the list after it is the subject ('Leading the round
# was X', 'Joining the round were A, B and C', 'Also participating were A and B') (discourse.inverted_investors)
INVERTED_LIST = re.compile(r"\W*(?:(?:also|additionally)\s+)?(?:leading|co-leading|joining|backing|"
                           r"participating(?:\s+in)?|investing(?:\s+in)?|taking\s+part(?:\s+in)?|"
                           r"contributing(?:\s+to)?)\s+"
                           r"(?:(?:the|this|that)\s+(?:[\w$€£.-]+\s+){0,3}?(?:round|financing|raise|fundraise|funding|"
                           r"investment|series\s+[a-z])\s+|it\s+)?"
                           r"(?:was|were|is|are|will\s+be|has\s+been|have\s+been)\s+(?:also\s+)?", re.I)


def inverted_investors(draft: Draft, sent: Sentence, lex: Lexicon) -> bool:
    """'Halvex raised $150 million.' then 'Joining the round were Lisawy Partners, Corsk Capital and Dromel Ventures':
    a sentence that opens on a participle of taking part in the round and a copula puts its subject, the list after
    the copula, last: those names invest in the round just told (rule discourse.inverted_investors)."""
    m = INVERTED_LIST.match(sent.text) if draft.type == "investment" else None
    if m is None or any(x.amount.value for x in sent.money if not x.excluded):
        return False
    investee = {o.key for o, r in draft.parties if r == "investee"}
    known = {o.key for o, _ in draft.parties}
    names = [o for o in _listed_names(sent, m.end(), lex) if o.key not in investee]
    if names:  # ('Leading the round was X, with Y also investing': the others the sentence adds after the list)
        names += [o for o in sent.orgs if o.start >= names[-1].end and o.key not in investee and WITH_MORE.match(
            sent.text, names[-1].end - sent.start, o.start - sent.start)]
    if not names or not hit("discourse.inverted_investors"):
        return False
    draft.parties.extend((o, "investor") for o in names[:MAX_PARTIES] if o.key not in known)
    return True


# the rule marks of an investor's own share of a round, a record beside the round's (guideline 2)
SHARE_MARKS = ("|part_of_round", "|lead_share", "|co_investor_share")


def _is_share(draft: Draft) -> bool:
    return draft.type == "investment" and any(m in draft.rule for m in SHARE_MARKS)


def round_meant(drafts: list[Draft], sent: Sentence) -> Draft:
    """The draft a sentence about 'the round' adds to: the last one, unless the sentence names another investment
    draft's stage ('the Series C' after a Series B told as history) or calls it the new round (the first round told
    with no word of the past). 'Korvane raised $300 million in a Series C. It raised $100 million in a Series B last
    year. The new round was led by Tarrow.': Tarrow led the Series C."""
    end = len(drafts)  # the drafts told up to the last one that is no share of a round
    while end and _is_share(drafts[end - 1]):
        end -= 1
    if end and end < len(drafts) and drafts[end - 1].type == "investment" and on(
            "discourse.share_no_round") and hit("discourse.share_no_round"):
        # 'X raised $300 million. A put in $100 million. B also took part.': A's share just told is no round; B
        # joins the round it is a share of
        drafts = drafts[:end]
    last = drafts[-1]
    if not on("discourse.round_meant"):
        return last
    rounds = [d for d in drafts if d.type == "investment"]
    if rounds and last.type != "investment" and THE_ROUND.search(sent.text) and hit("discourse.round_meant"):
        return rounds[-1]  # 'The round was led by ...' after a purchase told since: the round is the last one told
    if len(rounds) < 2:
        return last
    # (not a name in a relative clause on an investor: 'Halvern, which also invested in Orsk Labs, led the round')
    owners = {o.key for o in sent.orgs if (ROUND_OWNER_BEFORE.search(sent.text, 0, o.start - sent.start)
                                           or sent.text.startswith(("'s", "’s"), o.end - sent.start))
              and not _in_relative(sent, o)} if on("discourse.round_owner_named") else ()
    owned = [d for d in rounds if any(r == "investee" and o.key in owners for o, r in d.parties)]
    if owned and owned[-1] is not last and hit("discourse.round_owner_named"):
        return owned[-1]  # 'Investors in Velmora's round included ...' after Orsk's round was told: Velmora's round
    stage = ROUND_STAGE.search(sent.text)
    if stage:
        key = (stage.group(1) or stage.group(2)).lower()
        named = [d for d in rounds if any((m.group(1) or m.group(2)).lower() == key
                                          for m in ROUND_STAGE.finditer(d.sentence.text))]
        pick = named[-1] if named else None
    else:
        new = [d for d in rounds if not PAST_ROUND.search(d.sentence.text)] if NEW_ROUND.search(sent.text) else []
        pick = new[0] if new else None
    if pick is None or pick is last:
        return last
    hit("discourse.round_meant")
    return pick


def investors_ahead(sent: Sentence, lex: Lexicon) -> list[OrgMention]:
    """'Investors in the round include Halvern Capital and Ostrix Ventures.' in a sentence that tells no deal: the
    investors of a round the next sentence tells ('The $500 million Series D values Brimoral at $5 billion'; rule
    discourse.investors_before_round), named after the cue or listed, whether or not a list knows them."""
    cue = IN_THE_ROUND.search(sent.text) if on("discourse.investors_before_round") else None
    if cue is None:
        return []
    after = [o for o in sent.orgs if o.start - sent.start >= cue.end()]
    keys = {o.key for o in after}
    listed = [o for o in _listed_names(sent, cue.end(), lex) if o.key not in keys]
    return sorted(after + listed, key=lambda o: o.start)[:MAX_PARTIES]


def _financiers(sent: Sentence, known: set, investee, lex: Lexicon) -> list[OrgMention]:
    """'Taravik Bank provided the facility', 'The loan was arranged by Taravik Bank and Lumeris Bank': the names that
    provided the round or loan just told, a list joined by 'and' and commas, right before the verb or right after
    'by'."""
    def joined(a, b) -> bool:  # a and b, in text order, are members of one list
        return bool(AND_LIST.fullmatch(sent.text[a.end - sent.start:b.start - sent.start]))

    def chain(orgs: list) -> list:  # the run of list members from the first on
        out = orgs[:1]
        for a, b in zip(orgs, orgs[1:]):
            if not joined(a, b):
                break
            out.append(b)
        return out
    fresh = [o for o in sent.orgs if o.key not in known and o.key != investee]
    active = PROVIDED_IT.search(sent.text)
    run = _run_before(sent, fresh, active.start()) if active else []
    if run:
        return run
    passive = PROVIDED_BY.search(sent.text)
    if passive:
        after = [o for o in fresh if o.start - sent.start >= passive.end()]
        if after and after[0].start - sent.start == passive.end():
            run = chain(after)
            # '..., with Sellick Credit and a unit of Marrick Partners also providing funding': the others a 'with'
            # phrase adds as lenders too (rule discourse.with_also_providing)
            run += [o for o in after if o not in run and on("discourse.with_also_providing") and WITH_MORE.match(
                sent.text[run[-1].end - sent.start:o.start - sent.start]) and PROVIDING_LATER.match(
                sent.text, o.end - sent.start) and hit("discourse.with_also_providing", True)]
            return run
        # 'The facility was arranged by Calder and Fenwick': names no list or shape knows, listed after 'by'
        # (rule discourse.financiers_listed)
        listed = [o for o in _listed_names(sent, passive.end(), lex) if o.key not in known and o.key != investee] \
            if on("discourse.financiers_listed") else []
        if listed and hit("discourse.financiers_listed"):
            return listed
    return []


def _run_before(sent: Sentence, orgs: list[OrgMention], at: int) -> list[OrgMention]:
    """The subjects of a verb at `at` (in the sentence's text): the run of list members, joined by 'and' and commas,
    whose last ends right before it ('also', 'has' and the like between)."""
    before = [o for o in orgs if o.end - sent.start <= at]
    if not before or not SUBJECT_GAP.fullmatch(sent.text[before[-1].end - sent.start:at]):
        return []
    k = len(before) - 1
    while k > 0 and AND_LIST.fullmatch(sent.text[before[k - 1].end - sent.start:before[k].start - sent.start]):
        k -= 1
    return before[k:]


# a list of capitalised names: 'Halvern, Quillon, the Stellix Fund and Brisa'
_LISTED = r"([A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&))*)"  # a capitalised name, 'of' and '&' inside it
LIST_NAME = re.compile(rf"(?:the\s+)?{_LISTED}")
# the same after a describing word of hyphenated lower-case parts ('the government-supported Ostrix', 'state-run X')
# (discourse.described_member)
LIST_NAME_DESCRIBED = re.compile(rf"(?:the\s+)?(?:[a-z]+(?:-[a-z]+)+\s+)?{_LISTED}")
POSSESSIVE_IN = re.compile(r"['’]s\b")
# a list member that is a company's investing arm: 'the venture arms of Halvex and Corvane' (discourse.arm_of_member)
ARM_OF = re.compile(INVESTING_ARM)
# after a name, its investing arm in the possessive ("Velmora's venture arm", "Velmora's fund"; discourse.arm_joined)
POSSESSED_ARM = re.compile(r"['’]s?\s+(?:(?:corporate\s+)?(?:venture(?:\s+capital)?|investment|investing|strategic|"
                           r"growth|sovereign|wealth)\s+)?(?:arm|unit|division|fund|vehicle|affiliate|subsidiary)\s*",
                           re.I)


@cache
def _list_name_kind(lex: Lexicon) -> re.Pattern:
    """A list member named after the lower-case noun of its kind ('the sovereign fund Qaswa', 'asset manager X';
    cues.yaml org_descriptors), up to two describing words before it ('the Saudi sovereign fund X')
    (discourse.kind_member)."""
    return re.compile(rf"(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{descriptors_alt(lex.cues)})\s+{_LISTED}")
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)")
# the end of a list that ends its sentence: a full stop, or a report's source ('..., the company said')
LIST_END = re.compile(r"\s*(?:[.;]|,\s+(?:[\w’']+\s+){0,3}(?:said|says|according)\b|$)")
# 'The list of backers includes A, B': the verb (or colon) that joins a cue's noun to its list
# (discourse.list_verb)
LIST_VERB = re.compile(rf"\s*(?:(?:{words('list_verbs')})\b\s*[:—–]?|[:—–])", re.I)


# before a list of names: the group they belong to, in lower case ('existing investors A and B';
# discourse.list_group_descriptor)
GROUP_DESCRIBED = re.compile(r"(?:(?:existing|current|new|other|returning|early|previous|prior)\s+)?"
                             r"(?:investors|backers|shareholders|lenders)\s+(?=[A-Z])")


def _listed_names(sent: Sentence, at: int, lex: Lexicon, end: int | None = None) -> list[OrgMention]:
    """'Investors in the round included Halvern, Quillon, the Stellix Fund and Brisa': after a round's investor cue,
    a list of capitalised names names investors, whether or not a list or a shape knows them (rule
    discourse.investor_list). The list ends at the first item that is no capitalised name."""
    not_org = set(lex.cues["not_org_words"]) | set(lex.cues["generic_words"])
    text, pos, out, pending = sent.text, at, [], []
    verb = LIST_VERB.match(text, pos) if on("discourse.list_verb") else None
    if verb and hit("discourse.list_verb"):
        pos = verb.end()
    pos += len(text[pos:]) - len(text[pos:].lstrip())
    quote = re.match(r"[\"“‘']\s*", text[pos:]) if on("discourse.quoted_list") else None
    if quote and hit("discourse.quoted_list"):
        pos += quote.end()  # 'the investors included "A, B and C."': the list quoted from a statement
    group = GROUP_DESCRIBED.match(text, pos) if on("discourse.list_group_descriptor") else None
    if group and hit("discourse.list_group_descriptor"):
        pos = group.end()  # '..., and existing investors A and B plan to invest as well': the group, then its names
    while True:
        arm = ARM_OF.match(text, pos) if on("discourse.arm_of_member") else None
        if arm and hit("discourse.arm_of_member"):
            pos = arm.end()  # 'the venture arms of Halvex and Corvane': the companies whose arms invest
        m = LIST_NAME.match(text, pos)
        if m is None and on("discourse.described_member"):
            m = LIST_NAME_DESCRIBED.match(text, pos)
            hit("discourse.described_member", m is not None)
        if on("discourse.kind_member") and (m is None or re.match(r"\s+[a-z]", text[m.end():])):
            # ('the Norvik pension fund NPF': a capitalised word that describes before the noun of the kind)
            kind = _list_name_kind(lex).match(text, pos)
            if kind is not None and (m is None or kind.end() > m.end()) and hit("discourse.kind_member"):
                m = kind
        if m is None:
            break
        name = m.group(1).rstrip(".")
        if name.split()[0] in not_org or not fold_name(name) or POSSESSIVE_IN.search(name):
            break  # "Singapore's GIC": a place's or owner's name before the one listed; the known name stands
        j = LIST_JOIN.match(text, m.end())
        if j is None and re.match(r"\s+[a-z]", text[m.end():]) and not (end is not None and (not text[
                m.end():end].strip(" ,") or PERFECT.fullmatch(text, m.end(), end) or AUXILIARIES.fullmatch(
                    text, m.end(), end))):
            break  # 'Norwegian industrial group Aker': a word that describes, not a name (the verb at `end` is none)
        start = sent.start + m.start(1)
        known = next((o for o in sent.orgs if o.start <= start < o.end), None)
        if known is not None and known.end < start + len(name) and known.origin.startswith("shape:"):
            known = None  # 'Qarnel City Development Group Industrial Fund': a shape stopped at an inner suffix
        member = known or OrgMention(start, start + len(name), name, fold_name(strip_suffix(name) or name),
                                     strip_suffix(name) or name, "investor", "list:investor_cue")
        if known is None and all(is_english(w, plural=False) for w in name.split()):
            # 'the Middle East': a name of English words only is a place or a word, unless a list knows it, or
            # unless the list goes on past it to a name it takes ('Halvern, Kestrel Growth and Brisa': one list
            # names one kind of thing; rule discourse.english_list_member)
            last = j is None and (out or pending) and re.search(r"\band\s+(?:the\s+)?$", text[:m.start(1)]) and \
                LIST_END.match(text, m.end())  # '..., Orrin and Falstaff.': the list's last member, after 'and'
            if last and on("discourse.english_list_member") and hit("discourse.english_list_member"):
                out += pending + [member]
                break
            if j is None or not on("discourse.english_list_member"):
                break
            pending.append(member)
            pos = j.end()
            continue
        if pending and hit("discourse.english_list_member"):
            out += pending
        pending = []
        out.append(member)
        if j is None:
            break
        pos = j.end()
    return out[:MAX_PARTIES]


def opens_with_deal_noun(sent: Sentence, draft: Draft) -> bool:
    """'The $5.5 billion, 15-year lease ...': a sentence about the last deal, not a new one, unless it
    names other organisations or a figure of its own while the last deal has one already."""
    if not OPENING_DEAL_NOUN.match(sent.text) and not hit("discourse.it_is_deal", on("discourse.it_is_deal") and bool(
            IT_IS_DEAL.search(sent.text))) and not hit("discourse.under_it_told", on("discourse.under_it_told") and bool(
                UNDER_IT_TOLD.match(sent.text))) and not hit("discourse.price_told", on(
                    "discourse.price_told") and bool(PRICE_TOLD.match(sent.text))) and not hit(
                        "discourse.value_told", on("discourse.value_told") and bool(VALUE_TOLD.match(sent.text))):
        return False
    known = {o.key for o, _ in draft.parties}
    if any(o.key not in known for o in sent.orgs):
        return False
    money = [m for m in sent.money if not m.excluded and m.amount.value]
    return not money or draft.amount is None or same_amount(draft.amount, money[0].amount)


COLLAPSED = re.compile(rf"\b(?:{words('collapse_words')})\b", re.I)


def collapsed_later(sent: Sentence) -> bool:
    """'The deal collapsed two years later amid regulatory opposition': a sentence that opens on the deal just told and
    says it ended unmade (context.yaml collapse_words), with no new party or figure of its own."""
    return bool(OPENING_DEAL_NOUN.match(sent.text)) and bool(COLLAPSED.search(sent.text)) and not sent.money and len(
        {o.key for o in sent.orgs}) <= 1


ATTACHED_CAPACITY = re.compile(rf"\b(?:{words('attached_capacity')})\b", re.I)


# an agreement the partners have, no verb of making it between ('have revenue-sharing agreements', 'has a partnership
# with'; not 'have signed agreements'): a relationship described (candidates.possessed_agreement)
HAVE_AGREEMENT = re.compile(r"\b(?:have|has)\s+(?:(?:an?|the|several|multiple|two|long|close)\s+)?"
                            r"(?:(?![\w-]*ed\b)[\w-]+\s+){0,2}?(?:agreements?|partnerships?|arrangements?|alliances?|"
                            r"ties|relationships?)\b", re.I)


def bare_partnership(draft: Draft, sentences: list[Sentence]) -> bool:
    """A partnership with no figure, no terms and no word of capacity in the sentences that tell it ('an alliance in
    security and logistics', 'the story is one of genuine partnership'): no deal by the guidelines, which count
    strategic partnerships with money or capacity attached (rule candidates.partnership_attached)."""
    if draft.type != "partnership" or draft.amount is not None or any(
            draft.terms.get(k) for k in ("gpus", "power_mw")) or any(not m.excluded for m in draft.sentence.money):
        return False  # (a size word is money attached too: 'a multibillion-dollar contract')
    if on("candidates.possessed_agreement") and hit("candidates.possessed_agreement", bool(
            HAVE_AGREEMENT.search(draft.sentence.text))):
        return True  # 'Currently, Tessaly and Orvane have revenue-sharing agreements': a relationship described
    # (the sentence after it may say what the partners will build: 'The two will jointly develop a campus')
    at = next((i for i, s in enumerate(sentences) if s.start == draft.sentence.start), None)
    told = [s for s in sentences[at:] if s.text.strip()][:2] if at is not None else [draft.sentence]
    return not any(ATTACHED_CAPACITY.search(mask_orgs(s)) for s in told)  # ('Pexwood Cloud' names, it is no cloud)


def one_company(draft: Draft) -> bool:
    """'Ostrava will continue to operate the site, the company said': parties whose names are one name and its first
    words ('Ostrava', 'Ostrava Data') are one company, which makes no deal with itself (rule merging.one_company)."""
    names = [o.text.strip() for o, _ in draft.parties]
    if len(names) < 2:
        return False
    shortest = min(names, key=len)
    return all(n == shortest or n.startswith(shortest + " ") for n in names)


# ', and' / ', but' / ', while' / ';' joining two clauses: the deal one of them calls off is not the one the other tells
CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while)\s+|;\s+", re.I)


def _called_off_names(sent: Sentence, negated: re.Pattern) -> set[str]:
    """The companies of the deal a sentence calls off: those of the clause that holds the calling-off cue and the
    sentence's first ('Orlin said its board had backed Velkor's offer, and it was terminating a deal to buy
    Kestrane': Kestrane and Orlin), or of the whole sentence where that clause names none ('they agreed to merge, but
    the deal was scrapped') (rule discourse.called_off_clause)."""
    everyone = {o.key for o in sent.orgs}
    joins = list(CLAUSE_JOIN.finditer(sent.text))
    if not joins or not on("discourse.called_off_clause"):
        return everyone
    bounds = [0] + [m.end() for m in joins]
    ends = [m.start() for m in joins] + [len(sent.text)]
    cues = [m.start() for m in negated.finditer(sent.text)] + [m.start() for m in COLLAPSED.finditer(sent.text)]
    spans = {(lo, hi) for lo, hi in zip(bounds, ends) for at in cues if lo <= at < hi}
    named = {o.key for o in sent.orgs for lo, hi in spans if lo <= o.start - sent.start < hi}
    if named and sent.orgs:  # ('..., and it had terminated the deal to buy X': 'it' is the sentence's first company)
        named.add(min(sent.orgs, key=lambda o: o.start).key)
    return named if named and named != everyone and hit("discourse.called_off_clause", True) else everyone


def called_off_elsewhere(drafts: list[Draft], sentences: list[Sentence], lex: Lexicon) -> list[Draft]:
    """'Halvern and Tamsin abandoned a deal for Halvern to acquire Quorvane' ... 'Halvern agreed to acquire Quorvane
    for $40 billion in 2020': a deal whose parties are all named in a sentence that calls a deal off (a negation or
    calling-off cue with a deal word: cues.yaml negated, collapse_words) and of the kind called off is that deal told
    again, and a deal called off is no deal (guideline 9)."""
    from .candidates import negated_text
    rx = cue_regexes(lex)

    def kinds(s: Sentence) -> set[str]:  # the kinds of deal the sentence's triggers and cue words name
        return {t.type for t in s.triggers if t.type != "ANY"} | {
            k for k in TRADE_TYPES + ("investment", "acquisition", "partnership") if rx[f"type:{k}"].search(s.text)}
    off = [(s.start, _called_off_names(s, rx["negated"]), kinds(s))
           for s in sentences if s.triggers and (negated_text(s.text, lex) or COLLAPSED.search(s.text))]
    if not off:
        return drafts
    kept = []
    for d in drafts:
        keys = {o.key for o, _ in d.parties}
        # of the same kind ('rejected X's acquisition offer' does not call off X's lease), or a partnership without a
        # figure ('had signed a letter of intent'), which any deal called off may have been told as
        if not (len(keys) >= 2 and any(keys <= named and (d.type in kind or d.type == "partnership" and not d.amount)
                                       for start, named, kind in off if start != d.sentence.start)
                and hit("discourse.called_off_elsewhere")):
            kept.append(d)
    return kept


# 'as part of the agreement', 'under the deal': the sentence tells a term of a deal already told
PART_OF_TOLD = re.compile(rf"\b(?:as\s+part\s+of|under)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
                          rf"(?:{words('agreement_nouns')})\b", re.I)


def part_of_told_deal(new: list[Draft], drafts: list[Draft], sent: Sentence) -> list[Draft]:
    """'The company will receive access to Stellix GB300 chips as part of the agreement': a sentence that tells what a
    deal already told brings ('as part of the agreement', 'under the deal'), with no figure of its own, adds no deal;
    the drafts it makes that share a party with an earlier one go (rule discourse.part_of_told_deal). Warrants granted
    as part of a deal are their own record (guideline 7, discourse.warrants)."""
    if not drafts or not PART_OF_TOLD.search(sent.text) or not on("discourse.part_of_told_deal"):
        return new
    told = {o.key for d in drafts for o, _ in d.parties}
    kinds = {d.type for d in drafts}
    keep = [d for d in new if d.amount is not None or d.type == "investment" or not any(
        o.key in told for o, _ in d.parties) or hit("discourse.own_agreement_within", on(
            "discourse.own_agreement_within") and d.type not in kinds and d.type != "partnership" and bool(
            OWN_AGREEMENT.search(sent.text)) and "|symmetric" not in d.rule) or not hit(
        "discourse.part_of_told_deal", True)]
    return keep



# 'X will pay', 'X paid': the verb of paying right after its payer, or after a noun the payer's name describes ('The
# Facebook owner will pay'; discourse.payment_of_told_deal)
PAYS_NEXT = re.compile(rf"\s+(?:(?:owner|parent|maker|developer|operator|company|group)\s+)?"
                       rf"(?:(?:{words('modal_phrases')})\s+)?(?:pay|pays|paid|spend|spends|spent)\b", re.I)


def _fill_terms(told: Draft, d: Draft) -> None:
    """The terms `d` states that the told deal lacks go to it."""
    for key, value in d.terms.items():
        if told.terms.get(key) is None and value is not None:
            told.terms[key] = value


def payment_of_told_deal(new: list[Draft], drafts: list[Draft], sent: Sentence) -> list[Draft]:
    """'Nimbra agreed to rent GPU servers from Pell Cloud for three years.' then 'Nimbra will pay Pell about $600
    million.': a payment for nothing named (a partnership by its words alone) between the very parties of a deal
    told before without a figure, paid by that deal's paying side, is that deal's price: the figure and terms go to
    it and the payment is no deal of its own (rule discourse.payment_of_told_deal)."""
    if not drafts or not on("discourse.payment_of_told_deal"):
        return new
    keep = []
    for d in new:
        keys = {o.key for o, _ in d.parties}
        told = next((t for t in reversed(drafts) if t.amount is None and {o.key for o, _ in t.parties} == keys), None)
        payer = next((o.key for o, _ in d.parties if PAYS_NEXT.match(sent.text, o.end - sent.start)), None)
        if d.type == "partnership" and d.amount is not None and told is not None and len(keys) == 2 and any(
                o.key == payer and r in ("buyer", "investor", "acquirer") for o, r in told.parties) and hit(
                "discourse.payment_of_told_deal"):
            told.amount, told.alternates = d.amount, d.alternates
            _fill_terms(told, d)
            continue
        sized = next((t for t in reversed(drafts) if t.amount is not None and {o.key for o, _ in t.parties} == keys),
                     None) if told is None and on("discourse.payment_schedule") else None
        if d.type == "partnership" and d.amount is not None and sized is not None and len(keys) == 2 and (
                d.amount.period or "once") != "once" and (sized.amount.period or "once") == "once" and any(
                o.key == payer and r in ("buyer", "investor", "acquirer") for o, r in sized.parties) and hit(
                "discourse.payment_schedule"):
            # 'Velkor signed a $12 billion deal to supply Kestrel ...' then 'Kestrel will pay Velkor about $2.4 billion
            # a year': the told deal's total paid by the year, no agreement of its own (one record with the total)
            _fill_terms(sized, d)
            continue
        keep.append(d)
    return keep


# a sentence that opens on the deal just told, then a verb of following ('The deal follows ...', 'The contract comes
# after ...'; discourse.follows_same_kind)
FOLLOWS_OPENING = re.compile(rf"^\W*(?:The|This|That|Its|Their)\s+(?:[\w$€£.,-]+\s+){{0,3}}?"
                             rf"(?:{words('agreement_nouns')})\s+(?:{FOLLOWING}|adds\s+to|added\s+to)\s", re.I)


def follows_same_kind(new: list[Draft], drafts: list[Draft], sent: Sentence) -> None:
    """'Pellucid will rent GPU capacity from Orsk Data for $9.7 billion.' then 'The deal follows Pellucid's $22 billion
    agreement with Halvex Cloud in March': the earlier deals a sentence likens the deal just told to, of the same
    company with another, told with no kind of their own (a partnership by an agreement word alone), are trades of
    the told deal's kind, the shared company on the same side (rule discourse.follows_same_kind)."""
    if not drafts or not on("discourse.follows_same_kind") or not FOLLOWS_OPENING.match(sent.text):
        return
    told = drafts[-1]
    if told.type not in TRADE_TYPES:
        return
    roles = {o.key: r for o, r in told.parties}
    for d in new:
        keys = [o.key for o, _ in d.parties]
        shared = [k for k in keys if k in roles]
        if d.type != "partnership" or "|symmetric" not in d.rule or len(set(keys)) != 2 or len(shared) != 1 or not (
                hit("discourse.follows_same_kind")):
            continue
        d.type = told.type
        d.parties = [(o, roles[o.key] if o.key in roles else OPPOSITE[roles[shared[0]]]) for o, _ in d.parties]


# a sentence that opens with a figure's deal noun ('The $557 million deal comes as ...'; discourse.opening_figure_back)
OPENING_FIGURE = re.compile(rf"^\W*(?:The|This|That)\s+(\S+(?:\s+(?:million|billion|trillion|bn|m))?)\s+"
                            rf"(?:[a-z][\w-]*\s+)?(?:{words('agreement_nouns')}|sale|purchase|transaction)s?\b")


def opening_figure_back(new: list[Draft], drafts: list[Draft], sent: Sentence) -> None:
    """'X has sold 10 data centres to Y. The $557 million deal comes as X works to close its planned $8.4 billion
    acquisition of Z.': the figure of the deal noun that opens the sentence sizes the deal told just before, which
    had none, when the sentence's own deals took another figure (rule discourse.opening_figure_back)."""
    m = OPENING_FIGURE.match(sent.text) if on("discourse.opening_figure_back") else None
    if m is None or not drafts or drafts[-1].amount is not None:
        return
    figure = next((x for x in sent.money if x.amount.value and not x.excluded
                   and m.start(1) <= x.start - sent.start < m.end(1)), None)
    if figure is None or not new:
        return
    took = [d for d in new if d.amount == figure.amount]
    if took and not _told_as_another_deal(took, drafts[-1], sent, m.end()):
        return
    if hit("discourse.opening_figure_back", True):
        drafts[-1].amount = figure.amount
        for d in took:  # ('The $300 million investment follows Zentara's deal with Pell Cloud': not that deal's)
            d.amount, d.alternates = None, ()


# a second deal noun after the opening one, and the names the sentence ties to it (discourse.figure_of_deal_before)
ANOTHER_DEAL = re.compile(rf"\b(?:{words('agreement_nouns')})s?\b", re.I)


def _told_as_another_deal(took: list[Draft], before: Draft, sent: Sentence, opening_end: int) -> bool:
    """'Kestrova is investing in Zentara. The $300 million investment follows Zentara's deal with Pell Cloud last
    month.': the deals that took the opening noun's figure have their new parties (those the deal before lacks)
    named after a second deal noun of the sentence, no further than 40 characters from it ('Zentara's deal with Pell
    Cloud'): the sentence tells of another deal, and the figure of the opening noun, which refers back, is the deal
    before's (rule discourse.figure_of_deal_before)."""
    if not on("discourse.figure_of_deal_before"):
        return False
    second = ANOTHER_DEAL.search(sent.text, opening_end)
    if second is None:
        return False
    told = {o.key for o, _ in before.parties}
    fresh = [o for d in took for o, _ in d.parties if o.key not in told]
    return bool(fresh) and all(second.end() <= o.start - sent.start <= second.end() + 40 for o in fresh) and hit(
        "discourse.figure_of_deal_before", True)


# 'the contract was worth $4.2 billion', 'the agreement is valued at': a deal told before, sized again
WORTH_AGAIN = re.compile(rf"\b(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?:{words('agreement_nouns')})s?\s+"
                         rf"(?:(?:is|was|were|are|would\s+be|will\s+be|could\s+be|has\s+been|had\s+been)\s+)?"
                         rf"(?:worth|valued)\b", re.I)


# 'has already secured $1 billion in commitments for the round', 'secured US$5 billion of commitments from A and B':
# money pledged toward a round or fund (discourse.commitments_toward)
COMMITMENTS = re.compile(r"\b(?:secured|received|gathered|lined\s+up|raised|has|had|won)\s+"
                         r"(?:about\s+|some\s+|more\s+than\s+|over\s+)?\S*\d[\S]*\s*(?:billion|million|bn|mn|m|b)?"
                         r"\s+(?:in|of)\s+(?:investor\s+)?commitments\b", re.I)


def commitments_toward(new: list[Draft], drafts: list[Draft], sent: Sentence) -> list[Draft]:
    """'Poolside could reach its $2 billion fundraising target.' then 'Poolside has already secured $1 billion in
    commitments for the round, with Magnetar also in talks to invest': money already pledged toward a round or fund told
    before, smaller than its figure, is part of that round, no deal of its own; the companies the sentence adds invest
    in it (rule discourse.commitments_toward)."""
    if not new or not drafts or not on("discourse.commitments_toward") or not COMMITMENTS.search(sent.text):
        return new
    keep = []
    for d in new:
        investee = next((o.key for o, r in d.parties if r == "investee"), None)
        whole = next((e for e in reversed(drafts) if e.type == "investment" and e.amount is not None and d.amount
                      is not None and e.amount.currency == d.amount.currency and e.amount.value and d.amount.value
                      and d.amount.value < e.amount.value and any(r == "investee" and o.key == investee
                                                                  for o, r in e.parties)), None)
        if d.type != "investment" or investee is None or whole is None or not hit("discourse.commitments_toward"):
            keep.append(d)
            continue
        known = {o.key for o, _ in whole.parties}
        whole.parties.extend((o, "investor") for o, r in d.parties if r == "investor" and o.key not in known)
    return keep


def worth_told_again(new: list[Draft], drafts: list[Draft], sent: Sentence, lex: Lexicon) -> list[Draft]:
    """'Velkor signed a deal worth up to $5 billion with Orlin. ... Orlin said the contract was worth $4.2 billion
    over five years': a sentence that sizes 'the contract' (a deal noun with 'the', 'this', 'that') between the same
    parties as a deal told before tells that deal again, whatever its figure; the first figure stays (guideline 8)
    and the sentence adds what the deal left open (rule discourse.worth_told_again). A separate agreement is told
    as one ('a second contract', 'an expansion'), not as 'the contract'."""
    if not drafts or not new or not on("discourse.worth_told_again") or not WORTH_AGAIN.search(sent.text):
        return new
    keep = []
    for d in new:
        keys = {o.key for o, _ in d.parties}
        told = next((e for e in reversed(drafts) if e.type == d.type and {o.key for o, _ in e.parties} == keys), None)
        if told is not None and len(keys) >= 2 and hit("discourse.worth_told_again", True):
            enrich(told, sent, lex)
            continue
        keep.append(d)
    return keep


# "Velkorin's order is worth $2 billion", "Brenzel's, signed a month later, is worth", "and Brenzel's $700 million": an
# owner's part of a deal and its figure, nothing else between (discourse.owners_figures)
OWNERS_PART = re.compile(rf"['’]s?\s*(?:(?:[\w-]+\s+){{0,2}}?(?:{DEAL_NOUN}|orders?|share|part|portion|"
                         rf"purchases?)\b)?\s*(?:,[^,;$€£¥]{{1,60}},\s*)?(?:(?:is|was|will\s+be|are|were)\s+)?"
                         rf"(?:worth\s+|valued\s+at\s+|totals?\s+|comes?\s+to\s+|amounts?\s+to\s+)?"
                         rf"(?:(?:about|around|roughly|nearly|some|up\s+to|more\s+than|over)\s+)?$", re.I)


def owners_figures(told: Draft, sent: Sentence) -> list[Draft]:
    """'Tarnquist will supply chips to Velkorin and Brenzel.' then "Velkorin's order is worth $2 billion and
    Brenzel's $700 million": each figure right after one party's possessive (its order, its share, or the bare
    possessive) sizes that party's part of the deal told before, which had no figure: one deal per owner, with the
    told deal's other side (guideline 1: the parts, not the whole; rule discourse.owners_figures)."""
    if told.amount is not None or told.type == "partnership" or not on("discourse.owners_figures"):
        return []
    roles = {o.key: r for o, r in told.parties}
    money = [m for m in sent.money if not m.excluded and m.amount.value]
    pairs = []
    for m in money:
        owner = max((o for o in sent.orgs if o.end <= m.start), key=lambda o: o.end, default=None)
        if owner is None or owner.key not in roles or not OWNERS_PART.fullmatch(
                sent.text, owner.end - sent.start, m.start - sent.start):
            return []
        pairs.append((owner, m))
    sides = {roles[o.key] for o, _ in pairs}
    others = [(o, r) for o, r in told.parties if r not in sides]
    if not pairs or len(sides) != 1 or not others or len({o.key for o, _ in pairs}) != len(pairs) or not hit(
            "discourse.owners_figures"):
        return []
    return [replace(told, parties=others + [(next(p for p, _ in told.parties if p.key == o.key), roles[o.key])],
                    amount=m.amount, alternates=m.alternates, sentence=sent,
                    rule=told.rule + "|owners_figures") for o, m in pairs]


# 'A deal could be worth about $2 billion', 'Any transaction would value X at ...': the deal still in talks, which a
# sentence after the talks tells of with 'a' and a modal (discourse.hypothetical_deal)
HYPOTHETICAL_DEAL = re.compile(rf"\W*(?:an?|any)\s+(?:[\w-]+\s+){{0,2}}?{DEAL_NOUN}\s+(?:could|would|may|might)\b",
                               re.I)


# 'The unit could fetch as much as $2 billion', 'Vandermere, which runs 14 data centres, could fetch about
# €3 billion': the price what is for sale may bring, its subject opening the sentence (discourse.sale_would_fetch)
SALE_FETCH = re.compile(r"\W*[\w'’.&-]+(?:\s+[\w'’.&-]+){0,3}?(?:\s*,[^,]{1,80},)?\s+(?:could|would|may|might|will|"
                        r"should|is\s+(?:expected|likely|set|poised)\s+to)\s+(?:\w+\s+)?fetch\b", re.I)


def deal_named(drafts: list[Draft], sent: Sentence) -> Draft:
    """The deal a sentence that refers back goes on about: the last told, unless the companies the sentence names are
    not all its parties and an earlier deal has them all ('Harbor agreed to a cloud contract with Velora. Velora
    signed a similar agreement with Brisko. Under the new contract, Harbor will get access to Velora's GPUs for five
    years': Harbor's contract; rule discourse.enrich_named_deal)."""
    keys = {o.key for o in sent.orgs}
    last = drafts[-1]
    if not keys or keys <= {o.key for o, _ in last.parties} or not on("discourse.enrich_named_deal"):
        return last
    named = next((d for d in reversed(drafts[:-1]) if keys <= {o.key for o, _ in d.parties}), None)
    return named if named is not None and hit("discourse.enrich_named_deal") else last


def refers_back(sent: Sentence, lex: Lexicon) -> bool:
    if on("discourse.sale_would_fetch") and SALE_FETCH.match(sent.text) and hit("discourse.sale_would_fetch", True):
        return True
    return bool(OPENING_DEAL_NOUN.match(sent.text) or cue_regexes(lex)["deal_nouns"].search(sent.text)) or hit(
        "discourse.it_valued", on("discourse.it_valued") and bool(IT_VALUED.match(sent.text))) or hit(
        "discourse.hypothetical_deal", on("discourse.hypothetical_deal") and bool(HYPOTHETICAL_DEAL.match(
            sent.text))) or hit("discourse.it_is_deal", on("discourse.it_is_deal") and bool(IT_IS_DEAL.search(
                sent.text))) or hit("discourse.under_it_told", on("discourse.under_it_told") and bool(
                    UNDER_IT_TOLD.match(sent.text))) or hit("discourse.price_told", on("discourse.price_told") and bool(
                        PRICE_TOLD.match(sent.text))) or hit("discourse.value_told", on(
                            "discourse.value_told") and bool(VALUE_TOLD.match(sent.text)))


# 'granted Quarnell a warrant for up to 160 million shares', 'Quarnell receives warrants to buy up to 10% of X'
WARRANT_GIVER_VERB = re.compile(r"\b(?:grants?|granted|granting|issues?|issued|issuing|gives?|gave|given|giving|"
                                r"awards?|awarded|awarding)\s+$", re.I)
# (or options on its shares, as guideline 7 says: 'granted Velkor options to acquire Quarnell stock';
# discourse.share_options)
# (an option on shares, not on goods: 'the option to purchase up to 750 megawatts of computing capacity' is none)
_WARRANTS = (r"(?:warrants?|options?(?=\s+to\s+(?:buy|acquire|purchase|take)\s+(?:[\w$%.,'’-]+\s+){0,5}?"
             r"(?:shares|stock|stake|equity)\b))")
WARRANT_GIVEN = re.compile(rf"\s+(?:an?\s+)?(?:[\w%-]+\s+){{0,3}}?{_WARRANTS}\b", re.I)
WARRANT_GOT = re.compile(rf"(?:,\s+which)?\s+(?:also\s+|will\s+|would\s+|in\s+turn\s+)*(?:receives?|received|"
                         rf"receiving|gets?|got|obtains?|obtained)\s+(?:an?\s+)?(?:[\w%-]+\s+){{0,3}}?{_WARRANTS}\b",
                         re.I)
# (an aside set off by commas between the name and its verb: 'Orsolva, which develops AI models, will also receive
# warrants'; discourse.warrant_receiver_aside)
WARRANT_GOT_ASIDE = re.compile(r",\s+(?:which|who|that|a|an|the|its)\s[^,;]{1,80}," + WARRANT_GOT.pattern, re.I)


def warrants(new: list[Draft], drafts: list[Draft], sent: Sentence) -> list[Draft]:
    """Guideline 7: warrants granted as part of a supply deal are an extra investment record with no amount. The
    organisation that receives them ('granted Quarnell a warrant', 'Quarnell receives warrants') invests in the one
    of the deal that grants them. An investment the sentence already drafted between the two takes those roles; else
    the supply deal of the sentence (or the one just told) gets the extra record (rule discourse.warrants)."""
    if "warrant" not in sent.text.lower() and ("option" not in sent.text.lower() or not on("discourse.share_options")):
        return []
    receiver = next((o for o in sent.orgs if (WARRANT_GIVER_VERB.search(sent.text[:o.start - sent.start]) and
                                              WARRANT_GIVEN.match(sent.text[o.end - sent.start:]))
                     or WARRANT_GOT.match(sent.text[o.end - sent.start:])), None)
    if receiver is None and on("discourse.warrant_receiver_aside"):
        receiver = next((o for o in sent.orgs if WARRANT_GOT_ASIDE.match(sent.text, o.end - sent.start)), None)
        hit("discourse.warrant_receiver_aside", receiver is not None)
    if receiver is None and on("discourse.warrant_clause"):
        # 'an equity warrant that could give Velkara as much as 10% of Tolvane's stock': the warrant's own clause
        # names whom it gives the shares
        receiver = next((o for o in sent.orgs if WARRANT_CLAUSE.search(sent.text[:o.start - sent.start])), None)
        hit("discourse.warrant_clause", receiver is not None)
    if receiver is None and on("discourse.warrants_on_shares") and not WARRANT_TO_PRONOUN.search(sent.text):
        # 'a partnership with Quorin involving warrants in Halvane stock': the warrants name the company whose shares
        # they are on; the other side of the sentence's trade with it receives them
        on_shares = WARRANTS_ON_SHARES.search(sent.text)
        issuer = next((o for o in sent.orgs if on_shares and o.start - sent.start == on_shares.end()), None)
        trade = next((d for d in reversed(new) if issuer is not None and d.type in TRADE_TYPES and len(
            {o.key for o, _ in d.parties}) == 2 and issuer.key in {o.key for o, _ in d.parties}), None)
        if trade is not None and hit("discourse.warrants_on_shares", True):
            receiver = next(o for o, _ in trade.parties if o.key != issuer.key)
    if receiver is None:
        return _warrants_to_pronoun(new, drafts, sent)
    if "warrant" not in sent.text.lower():
        hit("discourse.share_options")
    for d in new:
        keys = {o.key for o, _ in d.parties}
        if d.type in TRADE_TYPES and "|symmetric" in d.rule and len(keys) == 2 and receiver.key in keys and on(
                "discourse.warrant_receiver_buys") and hit("discourse.warrant_receiver_buys", True):
            # 'As part of the agreement, Halvane issued Quorin a warrant ...': a trade no verb gives a direction
            # to; the one that receives the warrants buys, as a customer given them to win its order does
            d.parties = [(o, "buyer" if o.key == receiver.key else "seller") for o, _ in d.parties]
    for d in new:
        keys = [o.key for o, _ in d.parties]
        if d.type == "investment" and len(set(keys)) == 2 and receiver.key in keys and hit("discourse.warrants"):
            d.parties = [(o, "investor" if o.key == receiver.key else "investee") for o, _ in d.parties]
            d.rule += "|warrant"
            return _warrants_exchange(d, new, sent)
    trade = next((d for d in reversed(new or drafts[-1:]) if d.type in TRADE_TYPES), None)
    other = None if trade is None else next((o for o, _ in trade.parties if o.key != receiver.key), None)
    if trade is None or other is None or receiver.key not in {o.key for o, _ in trade.parties}:
        return []
    hit("discourse.warrants")
    return [Draft("investment", [(receiver, "investor"), (other, "investee")], None, sent, trade.status,
                  trade.confidence - 0.1, trade.rule + "|warrant")]


# 'warrants ... in exchange for deploying 2 gigawatts of X hardware': the purchase the warrants are given for
IN_EXCHANGE_FOR = re.compile(r"\b(?:in\s+exchange\s+for|in\s+return\s+for)\s+(?:(?:it|them|its|their)\s+)?"
                             r"(?:deploying|buying|purchasing|using|committing\s+to\s+(?:buy|deploy|purchase|use))"
                             r"\s+(?P<goods>" + NO_BREAK + r"{1,80})", re.I)


GOODS_NOUN = re.compile(rf"\b(?:{words('goods_nouns')})\b", re.I)  # chips, GPUs, servers, hardware (context.yaml)


@cache
def _compute_words() -> re.Pattern:
    from ..nlp.lexicon import load_lexicon
    return cue_regexes(load_lexicon())["type:compute"]


def _warrants_exchange(stake: Draft, new: list[Draft], sent: Sentence) -> list[Draft]:
    """'X granted Y warrants for a 10% stake in exchange for deploying 2 gigawatts of X hardware': the warrants pay
    for a purchase the sentence tells only in that phrase; the receiver buys the grantor's goods (chips, or compute
    where the goods are computing capacity), a trade record beside the warrants' investment (rule
    discourse.warrants_exchange, guideline 7)."""
    m = IN_EXCHANGE_FOR.search(sent.text) if on("discourse.warrants_exchange") else None
    if m is None or any(d.type in TRADE_TYPES for d in new):
        return []
    goods = m.group("goods")
    kind = "chips" if GOODS_NOUN.search(goods) else "compute" if _compute_words().search(goods) else None
    if kind is None:
        return []
    roles = {role: o for o, role in stake.parties}
    hit("discourse.warrants_exchange")
    trade = Draft(kind, [(roles["investor"], "buyer"), (roles["investee"], "seller")], None, sent, stake.status,
                  stake.confidence - 0.1, stake.rule + "|exchange")
    trade.terms = read_terms(goods)
    return [trade]


# right before a name: warrants on its shares ('warrants in Halvane stock', 'warrants for 160 million Halvane shares')
# (discourse.warrants_on_shares)
WARRANTS_ON_SHARES = re.compile(r"\bwarrants?\s+(?:in|on|for|over)\s+(?:up\s+to\s+)?(?:[\d.,]+\s+(?:million\s+|"
                                r"billion\s+)?)?(?=[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}\s+(?:common\s+)?"
                                r"(?:stock|shares|equity)\b)")
# right before a name: a warrant's relative clause that gives it shares ('a warrant that could give ')
WARRANT_CLAUSE = re.compile(r"\bwarrants?\s+(?:that|which)\s+(?:could\s+|would\s+|will\s+|may\s+|might\s+)?"
                            r"(?:give|gives|grant|grants|entitle|entitles|allow|allows)\s+$", re.I)
# 'a deal that also gives it warrants', 'it will receive warrants': the warrants' receiver a pronoun
WARRANT_TO_PRONOUN = re.compile(rf"(?:\b(?:grants?|granted|granting|issues?|issued|issuing|gives?|gave|given|giving|"
                                rf"awards?|awarded|awarding)\s+(?:it|them)\b{WARRANT_GIVEN.pattern}|\b(?:it|they)"
                                rf"{WARRANT_GOT.pattern})", re.I)


def _warrants_to_pronoun(new: list[Draft], drafts: list[Draft], sent: Sentence) -> list[Draft]:
    """'Velkor is buying $20 billion of Tolvane chips in a deal that also gives it warrants for Tolvane shares':
    the receiver named by a pronoun is the trade's party whose shares the warrants are not on (a company named after
    'warrants' is the one that grants them); with no such name, the seller grants them to the buyer, as a supplier
    does to win an order (rule discourse.warrants_pronoun, guideline 7)."""
    m = WARRANT_TO_PRONOUN.search(sent.text) if on("discourse.warrants_pronoun") else None
    trade = next((d for d in reversed(new or drafts[-1:]) if d.type in TRADE_TYPES), None) if m else None
    if trade is None or len({o.key for o, _ in trade.parties}) != 2:
        return []
    owner = next((o for o in sent.orgs if o.start - sent.start >= m.end()), None)
    sides = {role: o for o, role in trade.parties}
    if owner is not None and owner.key in {o.key for o, _ in trade.parties}:
        giver = owner
    elif "seller" in sides and "buyer" in sides:
        giver = sides["seller"]
    else:
        return []
    receiver = next(o for o, _ in trade.parties if o.key != giver.key)
    hit("discourse.warrants_pronoun")
    return [Draft("investment", [(receiver, "investor"), (giver, "investee")], None, sent, trade.status,
                  trade.confidence - 0.1, trade.rule + "|warrant")]


# 'The first contracts under this agreement, valued at over $3 billion, cover ...': agreements made under a framework
# just told (discourse.contracts_under)
CONTRACTS_UNDER = re.compile(r"\W*(?:the|its|their)\s+(?:(?:first|initial|new|latest|two|three)\s+)?(?:contracts?|"
                             r"agreements?|orders?|deals?|ppas?|power\s+purchase\s+agreements?)\s+(?:signed\s+)?under\s+"
                             r"(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:framework|agreement|deal|pact)\b",
                             re.I)


def contracts_under(draft: Draft, sent: Sentence, lex: Lexicon) -> list[Draft]:
    """'Ostrel Energy and Velkara signed a framework agreement to deliver up to 3,000 MW. The first contracts under
    this agreement, valued at over $3 billion, cover two plants of 670 MW.': contracts made under a framework are
    agreements of their own (guideline 1): a record of the framework's parties with the sentence's figure and terms,
    the framework left as told (rule discourse.contracts_under)."""
    money = [m for m in sent.money if not m.excluded and m.amount.value]
    if not on("discourse.contracts_under") or not money or draft.amount is not None or not CONTRACTS_UNDER.match(
            sent.text):
        return []
    hit("discourse.contracts_under")
    d = Draft(draft.type, list(draft.parties), money[0].amount, sent, deal_status(sent.text, lex),
              draft.confidence - 0.1, draft.rule + "|under", alternates=money[0].alternates)
    d.terms = read_terms(sent.text)
    return [d]


def earlier_agreement(draft: Draft, sent: Sentence) -> list[Draft]:
    """'This new deal adds to a previous $14.2 billion agreement': another deal between the same parties (also in
    the sentence of the new deal: '..., in addition to an earlier $4 billion contract', rule
    discourse.earlier_in_sentence)."""
    known = {o.key for o, _ in draft.parties}
    money = [m for m in sent.money if not m.excluded and m.amount.value]
    if not money or any(o.key not in known for o in sent.orgs) or draft.amount is None:
        return []
    m = EARLIER_AGREEMENT.search(sent.text)
    follows = m is None and on("discourse.follows_earlier")
    if follows:
        m = FOLLOWS_DEAL.search(sent.text)
    if not m:
        return []
    figure = next((x for x in money if x.start - sent.start >= m.start()), None)
    if figure is None or figure.start - sent.start > m.end() or same_amount(draft.amount, figure.amount):
        return []
    hit("discourse.follows_earlier" if follows else "discourse.earlier_agreement")
    return [Draft(draft.type, list(draft.parties), figure.amount, sent, draft.status, draft.confidence - 0.1,
                  draft.rule + "|earlier")]


# 'as part of the previously announced 200 megawatt ("MW") hosting contract': an earlier agreement measured in watts
EARLIER_TERMS = re.compile(rf"\b(?:a|an|the|its|their)\s+(?:previously\s+(?:announced|signed|disclosed)|"
                           rf"{words('earlier_words')})\s+(?P<figure>[\d,.]+[\s-]*(?:megawatts?|mw|gigawatts?|gw))\b"
                           rf"(?:\s*\([^)]*\))?\s+(?:[\w-]+\s+){{0,3}}?{DEAL_NOUN}\b", re.I)


def earlier_terms(draft: Draft, sent: Sentence) -> list[Draft]:
    """'Velkara has exercised an option to lease more capacity under the previously announced 200 MW hosting contract
    with Ostrel Data': an earlier agreement between the same parties told by its size in watts, not a
    figure of money, is a record of its own (guideline 1), with that size; the new deal does not take it (rule
    discourse.earlier_terms)."""
    m = EARLIER_TERMS.search(sent.text) if on("discourse.earlier_terms") else None
    if m is None or draft.type not in TRADE_TYPES or len({o.key for o, _ in draft.parties}) < 2:
        return []
    mw = find_power_mw(m.group("figure"))
    if not mw:
        return []
    hit("discourse.earlier_terms")
    if draft.terms.get("power_mw") == mw:
        draft.terms = {**draft.terms, "power_mw": find_power_mw(sent.text[:m.start()] + sent.text[m.end():])}
    earlier = Draft(draft.type, list(draft.parties), None, sent, draft.status, draft.confidence - 0.1,
                    draft.rule + "|sized_earlier")
    earlier.terms = {"power_mw": mw}
    return [earlier]


# right before an investment noun: a verb by which its subject makes or weighs it (discourse.share_noun)
MAKES_NOUN = re.compile(r"\b(?:considering|weighing|mulling|exploring|eyeing|planning|making|make|makes|made|"
                        r"contemplating)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?$", re.I)


def co_investor_share(draft: Draft, prev: Sentence, sent: Sentence, lex: Lexicon) -> list[Draft]:
    """'A will invest $500 million in B, while C will put in $200 million': the clause right after an investment
    names another investor and its own figure but no investee; its investment is in the same company (guideline 2:
    an investor whose share is stated gets a record with that share)."""
    if draft.type != "investment":
        return []
    if draft.sentence.start != prev.start and not (
            on("discourse.share_after_aside") and not prev.orgs and not prev.triggers and not prev.money
            and 0 <= prev.start - draft.sentence.end <= 3 and hit("discourse.share_after_aside")):
        # ('... to invest as much as $60 billion combined in X. According to a report, the talks are still ongoing.
        # Orlek is said to be considering ...': a sentence between that names no company, trade or figure is an aside)
        return []
    # the clause before, in the same sentence (cut at ', while' or ';'); or, after a round told in full, the next
    # sentence whose investor puts in its figure with no other company named ('Brisa contributed $250 million')
    next_sentence = prev.text.rstrip().endswith((".", "!", "?"))
    if next_sentence and not on("discourse.share_next_sentence"):
        return []
    investees = [o for o, role in draft.parties if role == "investee"]
    investing = [t for t in sent.triggers if t.type == "investment" and t.frame == "investor_first"]
    if not investing and on("discourse.share_noun"):
        # ('Orlek is said to be considering an investment of up to $30 billion': the noun, after a verb by which its
        # subject makes or weighs it, is the subject's own investment)
        investing = [t for t in sent.triggers if t.type == "investment" and t.frame == "symmetric" and
                     MAKES_NOUN.search(sent.text, 0, t.start - sent.start) and hit("discourse.share_noun")]
    money = [m for m in sent.money if not m.excluded and m.amount.value]
    if len(investees) != 1 or not investing or not money:
        return []
    first = investing[0]
    before = {o.key: o for o in sent.orgs if o.end <= first.start}
    after = [o for o in sent.orgs if o.start >= first.end]
    if len(before) != 1 or investees[0].key in before:
        return []
    pairs = [(next(iter(before.values())), money[0])]
    if after:
        # 'Tarrow Capital invested $80 million and Orsk Partners $40 million': each later name a subject whose verb
        # is left out, its own figure right after it; together no more than the round (discourse.gapped_shares)
        more = gapped_pairs(sent, after, money) if next_sentence and on("discourse.gapped_shares") else []
        total = sum(m.amount.value for _, m in pairs + more)
        if not more or draft.amount is None or not draft.amount.value or total > 1.02 * draft.amount.value or not hit(
                "discourse.gapped_shares"):
            return []
        pairs += more
    elif next_sentence and (draft.amount is None or ELSEWHERE.search(sent.text[first.end - sent.start:])
                            or sum(r == "investor" for _, r in draft.parties) == 0):
        return []
    if next_sentence:
        hit("discourse.share_next_sentence")
        for investor, _ in pairs:
            if investor.key not in {o.key for o, _ in draft.parties}:
                draft.parties.append((investor, "investor"))  # guideline 2: in the round, and a record of its own
    hit("discourse.co_investor_share")
    return [Draft("investment", [(investor, "investor"), (investees[0], "investee")], m.amount, sent,
                  deal_status(sent.text, lex), draft.confidence - 0.1, draft.rule + "|co_investor_share",
                  alternates=m.alternates) for investor, m in pairs]


def figure_after(unsized: list[Draft], sent: Sentence, lex: Lexicon) -> list[Draft]:
    """'Tarrow Bank agreed to provide a loan to Korvane Energy. The loan is worth $1.5 billion.': a deal the sentence
    before told with no figure or terms, too little to keep alone (candidates.needs_substance), is kept with the
    figure of the next sentence when that one refers back to it (a deal or money noun, or 'It is worth', opening it)
    and names no other company (rule discourse.figure_after)."""
    if len(unsized) == 1 and sent.orgs and all(o.origin == "relative" for o in sent.orgs) and on(
            "discourse.relative_figure"):
        # '... will build a data centre for Ostrith, which will lease it for 15 years for $4.5 billion': the relative
        # clause on a party of the deal just told too thinly pays or leases with a figure: that deal's figure
        money = [m for m in sent.money if not m.excluded and m.amount.value]
        keys = {o.key for o, _ in unsized[0].parties}
        if money and sent.triggers and {o.key for o in sent.orgs} <= keys and hit("discourse.relative_figure"):
            return [replace(unsized[0], amount=money[0].amount, alternates=money[0].alternates,
                            confidence=unsized[0].confidence + 0.25, rule=unsized[0].rule + "|relative_figure",
                            terms=read_terms(unsized[0].sentence.text + " " + sent.text))]
    if len(unsized) != 1 or not (OPENING_DEAL_NOUN.match(sent.text) or OPENING_MONEY_NOUN.match(sent.text)
                                 or IT_VALUED.match(sent.text) or OPENING_JOINT_NOUN.match(sent.text)):
        return []
    draft = unsized[0]
    keys = {o.key for o, _ in draft.parties}
    money = [m for m in sent.money if not m.excluded and m.amount.value]
    if not money and draft.type == "partnership" and (OPENING_DEAL_NOUN.match(sent.text) or OPENING_JOINT_NOUN.match(
            sent.text)) and not any(
            o.key not in keys for o in sent.orgs) and on("discourse.capacity_after") and ATTACHED_CAPACITY.search(
            mask_orgs(sent)) and hit("discourse.capacity_after"):
        # 'a strategic collaboration between A and B.' then 'The partnership focuses on developing AI
        # infrastructure': the capacity the next sentence attaches to it (guideline: partnerships with money or
        # capacity attached)
        return [replace(draft, confidence=draft.confidence + 0.15, rule=draft.rule + "|capacity_after")]
    if not money or any(o.key not in keys for o in sent.orgs) or not (OPENING_DEAL_NOUN.match(sent.text) or
                                                                     OPENING_MONEY_NOUN.match(sent.text) or
                                                                     IT_VALUED.match(sent.text)) or not hit(
            "discourse.figure_after"):
        return []
    return [replace(draft, amount=money[0].amount, alternates=money[0].alternates,
                    confidence=draft.confidence + 0.25, rule=draft.rule + "|figure_after",
                    terms=read_terms(draft.sentence.text + " " + sent.text))]


# 'The alliance will build ...', 'The collaboration aims to ...': a joint undertaking told again
# (discourse.capacity_after)
OPENING_JOINT_NOUN = re.compile(r"\W*(?:the|this|that|their)\s+(?:[\w-]+\s+){0,2}?(?:alliance|collaboration|tie-up|"
                                r"cooperation|joint\s+venture)\b", re.I)
# 'The loan is worth ...', 'The new credit facility ...': money lent or put in, told again (discourse.figure_after)
OPENING_MONEY_NOUN = re.compile(rf"\W*(?:the|this|that|its|their|such)\s+(?:[\w-]+\s+){{0,2}}?"
                                rf"(?:{words('lending_nouns')})\b", re.I)
# 'It is worth $2 billion', 'It was valued at about $1 billion': the deal told just before, sized
IT_VALUED = re.compile(r"\W*(?:it|this|that)\s+(?:is|was|will\s+be|would\s+be|could\s+be)\s+(?:\w+\s+)?"
                       r"(?:worth|valued)\b", re.I)


# "The agreement is Tamsin's largest to date and follows a $1.1 billion contract it signed with Halvex Labs": whose
# deal is compared (its possessor), then the earlier contract that one signed with another (discourse.earlier_same_kind)
COMPARED_OWNER = re.compile(r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s?\s+(?:largest|biggest|first|second|third|"
                            r"latest|largest\s+ever)\b"
                            # ('the largest in Halvern's history': the owner after 'in'; discourse.earlier_contract_with)
                            r"|\b(?:largest|biggest)\s+in\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s?\s+history\b")
EARLIER_CONTRACT = re.compile(r"\b(?:follows|followed|comes\s+after|came\s+after)\s+(?:a|an)\s+(?:similar\s+)?"
                              r"(?:" + SIGN + r"[\d.,]+\s*(?:million|billion|bn|mn|m|b)?\s+)?(?:[\w-]+\s+){0,2}?"
                              r"(?:contract|deal|agreement)\s+(?:(?:it|the\s+company)\s+(?:had\s+)?"
                              r"(?:signed|struck|inked|reached)\s+)?with\s+$", re.I)


# "It is Harvane's second large contract this year, after a $1.1 billion deal with Pellix": the earlier deal told by
# its noun after 'after' or 'following', whatever the opening ('an order from X' too; discourse.earlier_deal_noun_after)
# (with a figure of its own: one told in passing without it is set aside, candidates.earlier_deal_aside)
EARLIER_NOUN_AFTER = re.compile(r"\b(?:after|following)\s+(?:a|an)\s+(?:similar\s+)?"
                                + SIGN + r"[\d.,]+\s*(?:million|billion|bn|mn|m|b)?\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:(?:contract|deal|agreement|order)\s+with|order\s+from)\s+$", re.I)


# 'It is Merrik's second large order this month, after Qandel agreed to a $700 million purchase': the told deal's
# comparison opens on 'it' (discourse.earlier_deal_after)
IT_COMPARED = re.compile(r"\W*(?:it|this|that)\s+(?:is|was|marks|becomes|became)\b", re.I)
# a company's own clause after 'after' or 'following': what it agreed to, signed or placed, a deal noun its object
EARLIER_AFTER = re.compile(r"\b(?:after|following|follows|followed)\s+$", re.I)
EARLIER_CLAUSE = re.compile(r"\s+(?:had\s+|has\s+)?(?:agreed\s+to|signed|placed|struck|inked|made|announced)\s+"
                            r"(?:a|an)\s+(?:similar\s+)?(?:[\w$€£.,-]+\s+){0,4}?(?:contract|deal|agreement|order|"
                            r"purchase)\b", re.I)


def earlier_same_kind(draft: Draft, sent: Sentence) -> list[Draft]:
    """'Orsk AI will rent computing capacity from Tamsin Compute for $4.5 billion. The agreement is Tamsin's largest
    to date and follows a $1.1 billion contract it signed with Halvex Labs in January.': the earlier contract the
    compared deal's party signed with another company is a deal of the same kind, that party in the same role, the
    other in the opposite one, with its own figure (rule discourse.earlier_same_kind)."""
    roles = {r: o for o, r in draft.parties}
    opening = OPENING_DEAL_NOUN.match(sent.text) or (IT_COMPARED.match(sent.text) and on(
        "discourse.earlier_deal_after"))
    if draft.type not in TRADE_TYPES or set(roles) != {"buyer", "seller"} or not opening:
        return []
    owner = COMPARED_OWNER.search(sent.text)
    name = (owner.group(1) or owner.group(2) if on("discourse.earlier_contract_with") else owner.group(1)) if owner \
        else None
    shared = next((r for r, o in roles.items() if name and (o.text.startswith(name) or
                                                          o.canonical.startswith(name))), None)
    hit("discourse.earlier_contract_with", shared is not None and owner.group(2) is not None)
    for o in sent.orgs:
        if shared is None or o.key in {x.key for x in roles.values()}:
            continue
        # ('..., after Qandel agreed to a $700 million purchase': the earlier deal's other side is its own subject)
        clause = EARLIER_CLAUSE.match(sent.text, o.end - sent.start) if EARLIER_AFTER.search(
            sent.text, 0, o.start - sent.start) and on("discourse.earlier_deal_after") else None
        if clause and hit("discourse.earlier_deal_after"):
            money = [m for m in sent.money if not m.excluded and m.amount.value and o.end <= m.start and
                     m.end <= sent.start + clause.end()]
        elif OPENING_DEAL_NOUN.match(sent.text) and EARLIER_CONTRACT.search(sent.text, 0, o.start - sent.start) and \
                hit("discourse.earlier_same_kind"):
            money = [m for m in sent.money if not m.excluded and m.amount.value and m.end <= o.start]
        elif EARLIER_NOUN_AFTER.search(sent.text, 0, o.start - sent.start) and hit(
                "discourse.earlier_deal_noun_after", on("discourse.earlier_deal_noun_after")):
            money = [m for m in sent.money if not m.excluded and m.amount.value and m.end <= o.start]
        else:
            continue
        other = "seller" if shared == "buyer" else "buyer"
        return [Draft(draft.type, [(roles[shared], shared), (o, other)], money[-1].amount if money else None, sent,
                      draft.status, draft.confidence - 0.2, draft.rule + "|earlier_same_kind", read_terms(sent.text))]
    return []


# 'Velora signed a similar agreement with Brisko in March' (discourse.similar_agreement): a party, its verb, then a deal
# noun called similar and 'with'
SIMILAR_DEAL = re.compile(r"\s+(?:(?:has|had|also|previously|earlier|already)\s+)*(?:signed|struck|inked|reached|"
                          r"agreed|entered\s+into|sealed)\s+(?:a|an)\s+similar\s+(?:[\w$€£.,-]+\s+){0,2}?"
                          r"(?:contract|deal|agreement|arrangement|pact)\s+with\s+(?:the\s+)?$", re.I)


def similar_agreement(draft: Draft, sent: Sentence, lex: Lexicon) -> list[Draft]:
    """'Harbor AI has agreed to a $4 billion cloud contract with Velora Compute. Velora signed a similar agreement with
    Brisko in March.': a party of the trade just told signs a similar agreement with another company: a deal of the
    same kind, that party in the same role, the other in the opposite one, with the sentence's own figure if it has
    one (rule discourse.similar_agreement)."""
    roles = {r: o for o, r in draft.parties}
    if draft.type not in TRADE_TYPES or set(roles) != {"buyer", "seller"} or not on("discourse.similar_agreement"):
        return []
    for signer in sent.orgs:
        shared = next((r for r, o in roles.items() if o.key == signer.key or o.text.startswith(signer.text + " ")),
                      None)
        if shared is None:
            continue
        for o in sent.orgs:
            if o.start > signer.end and o.key not in {x.key for x in roles.values()} and SIMILAR_DEAL.fullmatch(
                    sent.text, signer.end - sent.start, o.start - sent.start) and hit("discourse.similar_agreement"):
                money = [m for m in sent.money if not m.excluded and m.amount.value]
                other = "seller" if shared == "buyer" else "buyer"
                return [Draft(draft.type, [(roles[shared], shared), (o, other)], money[0].amount if money else None,
                              sent, deal_status(sent.text, lex), draft.confidence - 0.2,
                              draft.rule + "|similar_agreement", read_terms(sent.text))]
    return []


# 'under a 20-year lease-back agreement', 'will lease it back', 'a sale-leaseback' (discourse.lease_back)
LEASE_BACK = re.compile(r"\blease[-\s]?backs?\b|\bleas(?:e|es|ed|ing)\s+(?:it|them|the\s+\w+)\s+back\b", re.I)


def lease_back(draft: Draft, sent: Sentence) -> list[Draft]:
    """'Orsk Data is selling its Frankfurt campus to Tamsin Bay for 1.4 billion euros. Orsk will continue to operate
    the site under a 20-year lease-back agreement': a sale of a site told just before, then the seller leasing it
    back (in the same sentence or the next, naming no other company), is a second record: the seller is the tenant,
    the buyer the landlord, without the sale's figure (rule discourse.lease_back)."""
    roles = {r: o for o, r in draft.parties}
    if draft.type != "datacenter" or set(roles) != {"buyer", "seller"} or not LEASE_BACK.search(sent.text):
        return []
    keys = (roles["buyer"].key, roles["seller"].key)
    # (a party's short form, 'Ostrava' for 'Ostrava Data', is that party)
    if any(not any(o.key.startswith(k) or k.startswith(o.key) for k in keys) for o in sent.orgs) or not hit(
            "discourse.lease_back"):
        return []
    # ('sold its campus to Y and will lease it back': the sale is done, the lease still to come)
    status = "announced" if draft.status == "completed" and WILL_LEASE.search(sent.text) else draft.status
    return [Draft("datacenter", [(roles["seller"], "buyer"), (roles["buyer"], "seller")], None, sent, status,
                  draft.confidence - 0.1, "datacenter|lease_back", read_terms(sent.text))]


WILL_LEASE = re.compile(r"\bwill\s+(?:\w+\s+)?lease\b", re.I)


def follow_on(draft: Draft, sent: Sentence, lex: Lexicon) -> list[Draft]:
    """'Halden Cloud bought $1 billion of chips from Brimmer Micro in May. In July it ordered a further $600
    million': a later sentence that tells more of the deal told last (a further, an additional or another figure;
    the deal expanded, extended or increased by a figure), with a deal word and no company but that deal's parties,
    is a record of its own between the same parties in the same roles, with that figure (guidelines: an initial
    $11.9B and a later $4B expansion are separate records). A figure the deal is brought 'to' is its new total, no
    record. Rule discourse.follow_on."""
    # (a verb of adding stands for a trigger: 'This week it followed up with another $1.5 billion')
    if draft.type == "acquisition" or draft.amount is None or not (sent.triggers or FOLLOW_ON_VERB.search(sent.text)):
        return []
    keys = {o.key for o, _ in draft.parties}
    if any(o.key not in keys for o in sent.orgs):
        return []
    for m in sent.money:
        before = sent.text[:m.start - sent.start]
        added = FURTHER_FIGURE.search(before) or (BY_FIGURE.search(before) and FOLLOW_ON_VERB.search(before))
        if m.excluded or not m.amount.value or not added or same_amount(m.amount, draft.amount):
            continue
        # 'The deal also expands A's prior $38 billion compute agreement by $100 billion': a deal of another kind
        told_as = choose_type(sent, lex, [x for x in sent.money if not x.excluded])[0]
        if told_as not in (draft.type, "partnership") or not hit("discourse.follow_on"):
            return []
        return [Draft(draft.type, list(draft.parties), m.amount, sent, deal_status(sent.text, lex),
                      draft.confidence - 0.1, draft.rule + "|follow_on", alternates=m.alternates)]
    return []


def same_party_trade(draft: Draft, sent: Sentence, lex: Lexicon) -> list[Draft]:
    """'Quarro has ordered $2 billion of servers from Bellwick. Bellwick has also won a $500 million order from
    Corvane Labs.': a trade whose goods the sentence does not name (an order, a purchase, a contract), of a party of
    the trade just told in the same role, with one other company, is a deal of the same kind, that other company in
    the opposite role, with the sentence's figure (rule discourse.same_party_trade)."""
    roles = {r: o for o, r in draft.parties}
    if draft.type not in TRADE_TYPES or set(roles) != {"buyer", "seller"} or not on("discourse.same_party_trade"):
        return []
    figures = [m for m in sent.money if not m.excluded and m.amount.value]
    if len(figures) != 1 or choose_type(sent, lex, figures)[0] != "partnership":
        return []  # (goods the sentence names say its own kind)
    keys = {o.key for o in roles.values()}
    shared = [o for o in sent.orgs if o.key in keys]
    others = list({o.key: o for o in sent.orgs if o.key not in keys}.values())
    if len({o.key for o in shared}) != 1 or len(others) != 1:
        return []
    party, other = shared[0], others[0]
    role = next(r for r, o in roles.items() if o.key == party.key)
    first, second = sorted((party, other), key=lambda o: o.start)
    # the first trade trigger between them, the longest there ('won a $500 million order', not its noun alone)
    between = sorted((t for t in sent.triggers if t.type == "ANY" and t.frame in ("buyer_first", "seller_first") and
                      first.end <= t.start < second.start), key=lambda t: (t.start, -len(t.text)))
    for t in between[:1]:
        # (the side the trigger gives the one before it: 'Bellwick has also won an order from Y', 'Y has also placed an
        # order with Bellwick')
        side = t.frame.split("_")[0] if first is party else OPPOSITE[t.frame.split("_")[0]]
        if side == role and hit("discourse.same_party_trade"):
            return [Draft(draft.type, [(party, role), (other, OPPOSITE[role])], figures[0].amount, sent,
                          deal_status(sent.text, lex), draft.confidence - 0.2, draft.rule + "|same_party_trade",
                          read_terms(sent.text), alternates=figures[0].alternates)]
    return []


_FIGURE_HEDGE = r"(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+)?"
FURTHER_FIGURE = re.compile(rf"\b(?:an?\s+)?(?:{words('follow_on_words')})\s+{_FIGURE_HEDGE}$", re.I)
BY_FIGURE = re.compile(rf"\bby\s+{_FIGURE_HEDGE}$", re.I)
FOLLOW_ON_VERB = re.compile(rf"\b(?:{words('follow_on_verbs')})\b", re.I)


# after the figure, a place for the money other than the round ('in its own data centres')
ELSEWHERE = re.compile(rf"\b(?:in|into|on|for)\s+(?!(?:the|this|that)\s+(?:{words('round_nouns')}|financing|company|"
                       rf"startup)\b|it\b)", re.I)


EACH = re.compile(r"\s+(?:(?:will|would|have|has|had|are|were)\s+)?each\b", re.I)
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)?")


def _each_group(sent: Sentence, orgs: list, each_at: int) -> tuple[list, int]:
    """The organisations listed ('A, B and C') right before 'each' (at `each_at` in the sentence), in order, and
    where the list starts."""
    group, pos = [], each_at
    for o in sorted((o for o in orgs if o.end - sent.start <= pos), key=lambda o: -o.start):
        if not LIST_GAP.fullmatch(sent.text[o.end - sent.start:pos]):
            break
        group.insert(0, o)
        pos = o.start - sent.start
    return group, pos


def each_share(new: list[Draft], sent: Sentence) -> list[Draft]:
    """'Orvell Partners and Tallis Capital will each invest $100 million in Quarnell', '..., with A and B each
    contributing $30 billion': investors joined by 'and' and followed by 'each' and a figure each put that figure in
    (guideline 2: an investor whose share is stated gets a record with that share). Where the sentence's deal has that
    figure, it becomes one record per investor; where it has another (the round's total), the shares are added."""
    out = []
    for draft in new:
        m = EACH.search(sent.text) if draft.type == "investment" else None
        group = _each_group(sent, [o for o, r in draft.parties if r == "investor"], m.start())[0] if m else []
        figure = next((x for x in sent.money if not x.excluded and x.amount.value and x.start - sent.start > m.start()),
                      None) if m and len(group) >= 2 else None
        if figure is None or not hit("discourse.each_share", on("discourse.each_share")):
            out.append(draft)
            continue
        investees = [(o, r) for o, r in draft.parties if r == "investee"]
        shares = [Draft("investment", [(o, "investor"), *investees], figure.amount, sent, draft.status,
                        draft.confidence - 0.1, draft.rule + "|each_share", dict(draft.terms), figure.alternates)
                  for o in group]
        own = draft.amount is not None and same_amount(draft.amount, figure.amount)  # the deal's figure is the share
        total = _round_total(sent, figure) if own else None
        if total is not None and hit("discourse.each_share_total"):
            # ('... each put $500 million into X's round, which totalled $1.5 billion': the round, its total, every
            # investor named; then each one's share)
            out.append(replace(draft, amount=total.amount, alternates=total.alternates,
                               rule=draft.rule + "|round_total"))
        out += shares if own else [draft, *shares]
    return out


# before a figure: the round it totals, told in a clause after it ('..., which totalled $1.5 billion')
TOTAL_BEFORE = re.compile(rf"\b(?:{words('round_nouns')}|financing|{SERIES_STAGE})\b[^.;$€£¥₹]{{0,40}}?"
                          r"\b(?:which|that)\s+(?:totall?ed|totall?ing|came\s+to|amounted\s+to|reached)\s+"
                          r"(?:a\s+total\s+of\s+)?$", re.I)


def _round_total(sent: Sentence, each: Money) -> Money | None:
    """The figure after investors' 'each' figure that is the whole round's: one right before a round's word ('into
    X's $1.5 billion round'), or after a clause that totals the round ('X's round, which totalled $1.5 billion'),
    larger than each share (rule discourse.each_share_total)."""
    if not on("discourse.each_share_total"):
        return None
    for m in sent.money:
        if m.start <= each.start or m.excluded or not m.amount.value or m.amount.value <= each.amount.value:
            continue
        if ROUND_AFTER.match(sent.text[m.end - sent.start:]) or TOTAL_BEFORE.search(sent.text[:m.start - sent.start]):
            return m
    return None


OF_ROUND = re.compile(r"\s+of\s+(?:the|its|their|this|an?|(?:[A-Z][\w&.-]*\s+){0,3}[^\s,;]+['’]s?)\s+$")
# 'will put $200 million into Velkor as part of a $500 million round': the share, the company it goes into, then the
# round it is part of (discourse.share_part_of_round)
PART_OF_ROUND_GAP = re.compile(r"\s+(?:(?:in|into)\s+(?:[\w&.'’-]+(?:\s+|(?=,))){1,5}?)?,?\s*as\s+part\s+of\s+"
                               r"(?:a|an|the|its|their)\s+(?:(?:larger|bigger|broader|wider|total|overall|new)\s+)?$")
SERIES_AFTER = re.compile(rf"^\s+{SERIES_STAGE}")  # '... of a $500 million Series B' (discourse.share_part_of_round)
ROUND_AFTER = re.compile(rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{words('round_nouns')}|financing)\b(?:\s+round\b)?", re.I)


def _round_word_after(sent: Sentence, m: Money):
    """The round's word right after a figure ('$40 billion round'; '$500 million Series B' with
    discourse.share_part_of_round on), or None."""
    after = sent.text[m.end - sent.start:]
    return ROUND_AFTER.match(after) or (SERIES_AFTER.match(after) if on("discourse.share_part_of_round") else None)


def share_of_round(new: list[Draft], sent: Sentence) -> list[Draft]:
    """'Kestrel Growth will provide $30 billion of Quenlo's $40 billion round, with A and B contributing the rest':
    a figure that is part of a round's figure is the first investor's share; the round is its own record with every
    investor named (guideline 2: the round lists them all, and an investor whose share is stated gets a record with
    that share)."""
    money = [m for m in sent.money if not m.excluded and m.amount.value]
    pair = next(((a, b) for a, b in zip(money, money[1:])
                 if (OF_ROUND.fullmatch(sent.text[a.end - sent.start:b.start - sent.start]) or (
                     on("discourse.share_part_of_round") and PART_OF_ROUND_GAP.fullmatch(
                         sent.text[a.end - sent.start:b.start - sent.start])))
                 and _round_word_after(sent, b)), None)
    if pair is not None and not OF_ROUND.fullmatch(sent.text[pair[0].end - sent.start:pair[1].start - sent.start]):
        hit("discourse.share_part_of_round")
    if pair is None or len(new) != 1 or new[0].type != "investment" or not hit("discourse.share_of_round", on(
            "discourse.share_of_round")):
        return new
    share, total = pair
    draft = new[0]
    round_end = total.end + _round_word_after(sent, total).end()
    owner = [o for o in sent.orgs if share.end <= o.start < total.start]  # 'of Quenlo's $40 billion round'
    after = re.match(r"\s+(?:in|for|into)\s+", sent.text[round_end - sent.start:])
    named = [o for o in sent.orgs if after and o.start == round_end + after.end()]  # '... round in Quenlo'
    investee = (owner or named or [o for o, r in draft.parties if r == "investee"] or [None])[0]
    providers = [o for o in sent.orgs if o.end <= share.start and (investee is None or o.key != investee.key)]
    if investee is None or not providers:
        return new
    others = [o for o in sent.orgs if o.start >= round_end and o.key != investee.key
              and o.key not in {p.key for p in providers}]
    investors = list({o.key: o for o in providers + others}.values())
    round_deal = Draft("investment", [(investee, "investee"), *((o, "investor") for o in investors)], total.amount,
                       sent, draft.status, draft.confidence, draft.rule + "|share_of_round", dict(draft.terms),
                       total.alternates)
    shares = [Draft("investment", [(o, "investor"), (investee, "investee")], share.amount, sent, draft.status,
                    draft.confidence - 0.1, draft.rule + "|share_of_round", {}, share.alternates) for o in providers]
    return [round_deal, *shares]


# 'with X contributing $200 million': after the name, a verb of putting money in; 'including $200 million from X'
SHARE_WITH = re.compile(rf"\s+(?:{words('share_giving_verbs')})\s+"
                        r"(?:up\s+to\s+|about\s+|roughly\s+|nearly\s+|some\s+)?", re.I)
WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
INCLUDING_BEFORE = re.compile(r"\b(?:including|includes|included)\s+(?:an?\s+)?"
                              r"(?:up\s+to\s+|about\s+|roughly\s+|some\s+)?$", re.I)
# ('including a $700 million loan from X': the share's instrument may stand between its figure and 'from')
FROM_AFTER = re.compile(r"\s+(?:(?:loan|investment|injection|tranche|facility|commitment|credit\s+line)\s+)?from\s+"
                        r"(?:the\s+)?")
# between one share's source and the next share's figure: ', ', ' and ', ', and ' (discourse.shares_listed)
SHARE_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and)\s+(?:another\s+|a\s+further\s+)?")


def share_named(new: list[Draft], sent: Sentence) -> list[Draft]:
    """'Velkara secured $500 million in equity funding, with Halvern Capital contributing $200 million', '... raised
    $500 million, including $200 million from Halvern': a later figure that one investor puts in is that investor's
    share; the round keeps the first figure and every investor, and the investor gets a record with its share
    (guideline 2; rule discourse.share_named)."""
    money = [m for m in sent.money if not m.excluded and m.amount.value]
    # (the rounds drafted for the later figures, 'and $100 million from B', are read again here as shares)
    further = [d for d in new[1:] if d.rule.endswith("|further") and any(d.amount == m.amount for m in money[1:])]
    if len(new) != 1 + len(further) or new[0].type != "investment" or len(money) < 2 or not on(
            "discourse.share_named"):
        return new
    draft = new[0]
    investee = next((o for o, r in draft.parties if r == "investee"), None)
    if investee is None or draft.amount != money[0].amount:
        return new
    shares = []
    for m in money[1:]:
        before = sent.text[:m.start - sent.start]
        giver = next((o for o in sent.orgs if o.end <= m.start and SHARE_WITH.fullmatch(
            sent.text[o.end - sent.start:m.start - sent.start]) and WITH_BEFORE.search(
            sent.text[:o.start - sent.start])), None)
        listed = bool(shares) and SHARE_LIST_GAP.fullmatch(sent.text, shares[-1][0].end - sent.start,
                                                           m.start - sent.start) is not None
        # ('raised $150 million: $100 million from A and $50 million from B', 'closed a $90 million round: ...': the
        # list opens after the round's figure, its noun and a colon; discourse.colon_shares)
        opened = not shares and m is money[1] and re.fullmatch(r"(?:\s+[\w-]+){0,3}:\s+", sent.text[
            money[0].end - sent.start:m.start - sent.start]) is not None and on("discourse.colon_shares")
        if giver is None and (INCLUDING_BEFORE.search(before) or opened and hit("discourse.colon_shares", True) or (
                listed and hit("discourse.shares_listed", on("discourse.shares_listed")))):
            # ('including $200 million from A and $100 million from B': the next share of the list)
            after = FROM_AFTER.match(sent.text, m.end - sent.start)
            giver = next((o for o in sent.orgs if after and o.start - sent.start == after.end()), None)
        if giver is not None and giver.key != investee.key:
            shares.append((giver, m))
    if not shares or any(all(d.amount != m.amount for _, m in shares) for d in further):
        return new  # (a further figure that is no share of the round stays a deal of its own, as drafted)
    if not hit("discourse.share_named"):
        return new
    known = {o.key for o, _ in draft.parties}
    draft.parties.extend((o, "investor") for o, _ in shares if o.key not in known)
    return [draft] + [Draft("investment", [(o, "investor"), (investee, "investee")], m.amount, sent, draft.status,
                            draft.confidence - 0.1, draft.rule + "|share_named", {}, m.alternates) for o, m in shares]


def each_after_round(draft: Draft, sent: Sentence) -> list[Draft]:
    """'Quarnell raised $500 million. Orvell Partners and Tallis Capital each put in $100 million.': after a round,
    a sentence whose organisations joined by 'and' each put in a figure names more investors of that round and their
    shares; they join the round and get a record each."""
    investees = [(o, r) for o, r in draft.parties if r == "investee"]
    m = EACH.search(sent.text)
    if draft.type != "investment" or len(investees) != 1 or not m:
        return []
    group, pos = _each_group(sent, list(sent.orgs), m.start())
    figure = next((x for x in sent.money if not x.excluded and x.amount.value and x.start - sent.start > m.start()), None)
    if len(group) < 2 or figure is None or pos > 0 and sent.text[:pos].strip() or any(
            o.key == investees[0][0].key for o in group) or not hit("discourse.each_share"):
        return []
    known = {o.key for o, _ in draft.parties}
    draft.parties.extend((o, "investor") for o in group if o.key not in known)
    return [Draft("investment", [(o, "investor"), *investees], figure.amount, sent, draft.status, draft.confidence - 0.1,
                  draft.rule + "|each_share", {}, figure.alternates) for o in group]


# a figure that analysts or others outside the deal estimate for it ('analysts at X estimated it at $16 billion')
# 'a commitment made in November to invest $50 billion', 'a pledge it announced last year to spend ...': a pledge made
# before the deal, with a figure of its own (discourse.earlier_pledge)
EARLIER_PLEDGE = re.compile(r"\b(?:commitment|pledge|promise|plan)\s+(?:(?:it|they)\s+)?(?:made|announced|unveiled|gave|"
                            r"set\s+out|laid\s+out)\b" + NO_STOP + r"{0,40}?\bto\s+(?:invest|spend|put|pour)\b", re.I)
ANALYST_ESTIMATE = re.compile(r"\b(?:analysts?|estimates?\s+by|according\s+to\s+(?:an?\s+)?(?:analyst|estimate))\b"
                              rf"{NO_STOP}{{0,80}}?\b(?:estimat\w*|calculat\w*|reckon\w*|put|puts|valued?|could\s+be|"
                              r"may\s+be|would\s+be)\b", re.I)


# 'The firm will pay $600 million for the 60% holding': a payment for something the sentence refers back to
# (discourse.paid_for_it)
PAID_FOR_IT = re.compile(r"\b(?:pay|pays|paid|paying|spend|spends|spent|spending)\b" + NO_STOP + r"{0,60}?\bfor\s+"
                         r"(?:(?:the|this|that|its|their)\s|it\b|them\b)", re.I)


# right after the payer: its paying verb and the figure ('Marrow will pay $2.7 billion'; discourse.payer_pays)
PAYER_PAYS = re.compile(rf"\s+(?:(?:{words('modal_phrases')})\s+)?(?:pay|pays|paid|spend|spends|spent)\s+"
                        rf"(?:about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+)?{SIGN}", re.I)


def payer_pays(draft: Draft, prev: Sentence | None, sent: Sentence) -> bool:
    """'Marrow Capital is buying a 30% stake in Kintra Data.' then 'The deal values Kintra at $9 billion and Marrow will
    pay $2.7 billion.': the paying side of the deal just told (its buyer, investor or acquirer), the clause's one
    organisation, pays a figure right after its name; the figure is that deal's, where it had none. The clause
    follows the deal's sentence or one that opens on the deal (rule discourse.payer_pays)."""
    payers = {o.key for o, r in draft.parties if r in ("buyer", "investor", "acquirer")}
    if draft.amount is not None or prev is None or not (prev.start == draft.sentence.start or bool(
            OPENING_DEAL_NOUN.match(prev.text))) or not on("discourse.payer_pays") or not any(
            PAYER_PAYS.match(sent.text, o.end - sent.start) for o in sent.orgs):
        return False  # (the cheap tests first: the names in passing are looked for only where one pays)
    orgs, aside = _besides_aside(sent)
    return len({o.key for o in orgs}) == 1 and orgs[0].key in payers and bool(PAYER_PAYS.match(
        sent.text, orgs[0].end - sent.start)) and hit("discourse.payer_pays") and (
        not aside or hit("discourse.payer_pays_aside"))


# 'The bank provided a $2.4 billion construction loan', 'Tarvel lent $500 million': money put up, its figure right after
# the verb (discourse.provider_gives)
PROVIDER_GIVES = re.compile(rf"\s+(?:(?:{words('modal_phrases')}|has|had|have|also)\s+)*(?:provided|provides|"
                            rf"provide|lent|lends|lend|extended|extends|extend|put\s+up|puts\s+up|advanced|advances|"
                            rf"arranged|arranges)\s+(?:(?:an?|the)\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|"
                            rf"up\s+to\s+)?{SIGN}", re.I)
MONEY_GIVERS = frozenset(("investor", "seller"))


def provider_gives(draft: Draft, prev: Sentence | None, sent: Sentence) -> bool:
    """'Brevik is building the campus with financing from Tarvel Bank.' then 'The bank provided a $2.4 billion
    construction loan last year.': the side of the financing just told that puts the money up (the investor, or the
    capital provider that sells in a site's financing, guideline 6), the sentence's one organisation, provides or
    lends a figure right after its name; the figure is that deal's, where it had none (rule
    discourse.provider_gives)."""
    if draft.amount is not None or prev is None or prev.start != draft.sentence.start or draft.type not in (
            "investment", "datacenter") or not on("discourse.provider_gives") or len({o.key for o in sent.orgs}) != 1:
        return False
    givers = {o.key for o, r in draft.parties if r in MONEY_GIVERS}
    return sent.orgs[0].key in givers and bool(PROVIDER_GIVES.match(sent.text, sent.orgs[0].end - sent.start)) and \
        hit("discourse.provider_gives")


def _besides_aside(sent: Sentence) -> tuple[list, bool]:
    """The organisations of a sentence that goes on about a deal told before, without those it names in passing (a
    bidder the payer beat, a rival compared: roles.rivals_of), and whether any was set aside (rule
    discourse.payer_pays_aside: 'Tessaly will pay $900 million in cash, outbidding Marrow Systems')."""
    if len({o.key for o in sent.orgs}) < 2 or not on("discourse.payer_pays_aside"):
        return list(sent.orgs), False
    passing = rivals_of(sent)
    kept = [o for o in sent.orgs if o.start not in passing]
    return (kept, True) if kept and len(kept) < len(sent.orgs) else (list(sent.orgs), False)


# 'The project, expected to cost around 100 billion yen, ...': what the partners make, and what making it costs
PROJECT_COST = re.compile(rf"\W*(?:the|this)\s+(?:[\w-]+\s+){{0,3}}?(?:project|{words('joint_capacity_nouns')})\b"
                          rf"{NO_STOP}{{0,40}}?\b(?:cost|costs|costing|priced\s+at|valued\s+at)\b", re.I)


def project_cost(draft: Draft, sent: Sentence) -> bool:
    """'Brisa and Orsk teamed up to build an AI data centre. The project will cost 100 billion yen.': a partnership
    to make capacity, told with no figure, takes the cost of what it makes when the next sentence opens on that
    project and names no company (rule discourse.project_cost): a joint venture's size is its build's cost. The
    figure is the first after the cost word (a cost is no deal amount where a sentence tells no deal)."""
    if draft.type != "partnership" or draft.amount is not None or sent.orgs or not on("discourse.project_cost"):
        return False
    opening = PROJECT_COST.match(sent.text)
    cost = next((m for m in sent.money if opening and m.amount.value and m.start - sent.start >= opening.end()
                 and m.excluded != SPENDING_PLAN), None)
    if cost is None or not joint_capacity(draft.sentence) or not hit("discourse.project_cost"):
        return False
    draft.amount = cost.amount
    return True


def paid_for_it(draft: Draft, sent: Sentence) -> bool:
    """'Tarrow Capital has agreed to buy a majority stake in Brisk Labs.' then 'The private equity firm will pay $600
    million for the 60% holding.': a party of the deal just told, and no other organisation, pays a figure for what
    the sentence refers back to; the figure is that deal's, where it had none."""
    keys = {o.key for o, _ in draft.parties}
    if draft.amount is not None or not sent.orgs or not on("discourse.paid_for_it") or not PAID_FOR_IT.search(
            sent.text) or not any(not m.excluded and m.amount.value for m in sent.money):
        return False  # (the cheap tests first: the names in passing are looked for only where a figure is paid)
    orgs, aside = _besides_aside(sent)
    return all(o.key in keys for o in orgs) and hit("discourse.paid_for_it") and (
        not aside or hit("discourse.payer_pays_aside"))


# right before a figure: a source putting a value on the deal ('put the value at about', 'valued the deal at', 'pegged
# the contract at') (discourse.value_put_after)
VALUE_PUT = re.compile(rf"\b(?:put|puts|putting|valued|values|valuing|pegged|pegs|placed|places)\s+(?:the\s+|its\s+)?"
                       rf"(?:value|worth|size|(?:{DEAL_NOUN}))(?:['’]s\s+value)?\s+at\s+"
                       rf"(?:(?:about|around|roughly|nearly|some|up\s+to|more\s+than|over|almost)\s+)?$", re.I)


def value_put_after(told: Draft, prev: Sentence, sent: Sentence) -> bool:
    """'Ostrune Cloud has agreed to supply computing capacity to Halbrecht.' then 'Financial terms were not disclosed,
    but a person familiar with the matter put the value at about $1.2 billion.': a deal the sentence before told with
    no figure is sized by the next sentence that names no company and puts a value on it right before its one figure
    (the deal's value, though 'valued at' reads as a company's valuation elsewhere; an analyst's guess is none); the
    figure is the deal's (rule discourse.value_put_after)."""
    money = [m for m in sent.money if m.amount.value]
    if told.amount is not None or told.sentence.start != prev.start or sent.orgs or len(money) != 1 or not \
            VALUE_PUT.search(sent.text, 0, money[0].start - sent.start) or ANALYST_ESTIMATE.search(sent.text) or not \
            hit("discourse.value_put_after"):
        return False
    told.amount, told.alternates = money[0].amount, money[0].alternates
    return True


# a sentence whose subject is the deal told and whose verb says it closed ('The deal, valued at $1.4 billion, closed on
# Friday', 'The acquisition was completed in May') (discourse.completed_later)
DEAL_CLOSED = re.compile(rf"\W*(?:the|this|that)\s+(?:[\w$€£.-]+\s+){{0,3}}?{DEAL_NOUN}\s*(?:,[^,;]{{1,80}},\s*)?"
                         rf"(?:(?:has|have|had|was|were)\s+(?:now\s+|since\s+)?)?"
                         rf"(?:closed|completed|finali[sz]ed)\b", re.I)


def enrich(draft: Draft, sent: Sentence, lex: Lexicon) -> None:
    """Fill what the deal sentence left open from a sentence that refers back to it."""
    money = [m for m in sent.money if not m.excluded and m.amount.value]
    if not money and draft.type == "partnership" and on("discourse.partners_plan"):
        # 'X and Y have allied to build data centres. The partners plan to invest €2 billion.': what the partners
        # plan to spend together is the partnership's size, not a budget of one company's own
        money = [m for m in sent.money if m.excluded == SPENDING_PLAN and m.amount.value]
        hit("discourse.partners_plan", bool(money))
    if money and on("discourse.analyst_estimate") and hit("discourse.analyst_estimate", bool(
            ANALYST_ESTIMATE.search(sent.text))):
        money = []  # 'Analysts at Kelmar estimated the contract could be worth about $6 billion': an outsider's guess
    pledge = EARLIER_PLEDGE.search(sent.text) if money and on("discourse.earlier_pledge") else None
    if pledge and hit("discourse.earlier_pledge", any(m.start - sent.start >= pledge.start() for m in money)):
        # 'The move expands upon a commitment made in November to invest $50 billion in ...': a pledge made before,
        # its figure the pledge's own, not the deal's
        money = [m for m in money if m.start - sent.start < pledge.start()]
    if draft.amount is None and money:
        draft.amount = money[0].amount
    for key, value in read_terms(sent.text).items():
        if draft.terms.get(key) is None and value is not None:
            draft.terms[key] = value
    status = deal_status(sent.text, lex)
    if status in ("talks", "reported") and draft.status == "announced":
        draft.status = status
    elif status == "completed" and draft.status == "announced" and hit("discourse.completed_later", on(
            "discourse.completed_later") and bool(DEAL_CLOSED.match(sent.text))):
        draft.status = status  # 'X agreed to acquire Y in March.' 'The deal ... closed on Friday.': the furthest step
    if draft.type == "partnership" and draft.rule == "ANY|symmetric" and on("discourse.terms_give_type"):
        _terms_give_type(draft, sent, lex, money)
    elif draft.type == "partnership" and draft.rule in ("ANY|seller_first", "ANY|buyer_first") and on(
            "discourse.goods_give_type"):
        _goods_give_type(draft, sent, lex, money)
    if draft.type != "partnership" and len({o.key for o, _ in draft.parties}) == 2 and hit(
            "discourse.license_and_hire", on("discourse.license_and_hire") and bool(
                LICENSE_WORD.search(sent.text) and HIRE_WORD.search(sent.text))):
        # 'X entered into a deal with Y for $900 million. The deal includes hiring Y's CEO and licensing its
        # technology.': a licence taken with the licensor's people is a partnership (guideline 5), whatever the
        # parties' kinds made of the deal
        draft.type = "partnership"
        draft.parties = [(o, "partner") for o, _ in sorted(draft.parties, key=lambda p: p[0].start)]


# money put into the venture the partners formed, not into one of them (discourse.venture_capital)
INTO_VENTURE = re.compile(r"\b(?:in|into|to)\s+the\s+(?:new\s+|joint\s+)?(?:venture|JV|partnership|fund|platform)\b",
                          re.I)


# the venture the partners formed as what a verb of trading serves: 'supply the venture with', 'sell power to the JV',
# 'supply it' (discourse.venture_supplied)
VENTURE_SERVED = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:(?:to|with|for)\s+)?"
                            r"(?:the\s+(?:new\s+|joint\s+)?(?:venture|JV)\b|(?P<it>it)\b)", re.I)
VENTURE_WORD = re.compile(r"\b(?:venture|JV)\b", re.I)


def _venture_served(text: str, start: int, end: int) -> bool:
    """The verb of trading at [start, end) serves the venture: named after it, or 'it' where the clause before the
    verb names the venture ('will hold 51% of the venture and supply it with power')."""
    m = VENTURE_SERVED.match(text, end)
    return bool(m) and (m.group("it") is None or bool(VENTURE_WORD.search(text, 0, start)))


def _goods_give_type(draft: Draft, sent: Sentence, lex: Lexicon, money) -> None:
    """'Drofen wins $2 billion Orsa contract' then 'The five-year agreement will see the AI startup rent thousands of
    GPUs from the provider': a deal whose trigger gave its sides a direction ('wins a contract': the subject sells)
    but named nothing it trades is no partnership when a sentence that refers back to it trades goods: the draft
    takes that type, its sides the roles of its own trigger's frame (rule discourse.goods_give_type)."""
    type_, _ = choose_type(sent, lex, money)
    if type_ not in TRADE_TYPES and on("discourse.goods_named_give_type"):
        # ('The order covers 20,000 accelerators to be delivered next year': no verb of trading left, the goods named)
        rx = cue_regexes(lex)
        kinds = {k for k in TRADE_TYPES if rx[f"type:{k}"].search(mask_orgs(sent))}
        type_ = kinds.pop() if len(kinds) == 1 and hit("discourse.goods_named_give_type") else type_
    frame = draft.rule.split("|")[1]
    trigger = next((t for t in draft.sentence.triggers if t.type == "ANY" and t.frame == frame), None)
    if type_ not in TRADE_TYPES or trigger is None or len({o.key for o, _ in draft.parties}) != 2:
        return
    before = {o.key for o, _ in draft.parties if o.end <= trigger.start}
    if len(before) != 1 or not hit("discourse.goods_give_type", True):
        return
    first, other = FRAME_ROLES[frame]
    draft.type = type_
    draft.parties = [(o, first if o.key in before else other) for o, _ in draft.parties]


def _terms_give_type(draft: Draft, sent: Sentence, lex: Lexicon, money) -> None:
    """'X signed a deal with Y. Under the terms, X will pay $3 billion for 40,000 GPUs.': a deal told without a word
    of what it trades is no partnership when the sentence that gives its terms trades goods or puts money into one
    party ('X will invest $500 million in the company'): the draft takes that type, the terms' subject (one of its
    parties) the role of the terms' verb, the other party the opposite one (rule discourse.terms_give_type)."""
    type_, trigger = choose_type(sent, lex, money)
    # ('Under the agreement, X will invest $500 million in Y': money put in a party is an investment told as terms)
    directed = (type_ in TRADE_TYPES and trigger.frame in ("buyer_first", "seller_first")) or (
        type_ == "investment" and trigger.frame in ("investor_first", "investee_first")) if trigger else False
    if not directed:
        return
    if type_ == "investment" and on("discourse.venture_capital") and hit("discourse.venture_capital", bool(
            INTO_VENTURE.search(sent.text, trigger.start - sent.start))):
        return  # 'A and B formed a joint venture. A will invest $700 million in the venture': its capital, no stake in B
    if type_ in TRADE_TYPES and on("discourse.venture_supplied") and hit("discourse.venture_supplied", _venture_served(
            sent.text, trigger.start - sent.start, trigger.end - sent.start)):
        return  # 'A will hold 51% of the venture and supply it with power': goods for the venture, no sale to B
    keys = {o.key for o, _ in draft.parties}
    subject = [o for o in sent.orgs if o.end <= trigger.start and o.key in keys]
    if len(keys) != 2 or len(subject) != 1 or not hit("discourse.terms_give_type", True):
        return
    first, other = FRAME_ROLES[trigger.frame]
    draft.type = type_
    draft.parties = [(o, first if o.key == subject[0].key else other) for o, _ in draft.parties]


def shortest_names(sentences: list[Sentence], body_start: int = 0, lex: Lexicon | None = None) -> dict[str, str]:
    """Each company's shortest surface form in the passage ('Cipher Mining' ... 'Cipher' -> 'Cipher'),
    taken from the body when the body names it (headlines clip names: 'Cerebras' for 'Cerebras Systems').
    A form the gazetteer reads as another entry ('Azure' for Microsoft) gives way to the entry's own name where the
    passage writes that too ('Microsoft ... Azure' -> 'Microsoft'), and stands as written where it is the only one
    ('Google Cloud'; rule merging.read_as_name)."""
    names: dict[str, str] = {}
    borrowed: set[str] = set()  # keys whose chosen form is read as another entry
    in_body = {o.key for s in sentences for o in s.orgs if o.start >= body_start}
    read_as = on("merging.read_as_name") and lex is not None
    for sent in sentences:
        for o in sent.orgs:
            if o.start < body_start and o.key in in_body:
                continue
            cur = names.get(o.key)
            text = o.text
            other = read_as and lex.read_as_other(text)
            if cur is not None and read_as and other != (o.key in borrowed) and hit("merging.read_as_name"):
                if not other:  # the entry's own name beats a borrowed form, whichever the passage writes first
                    names[o.key] = text
                    borrowed.discard(o.key)
                continue
            # an all-capitals form ('HPE', 'W&B', 'TVA') is an abbreviation: the written-out name reads better, unless
            # the gazetteer gives those capitals as the company's own name ('TSMC', 'AEP': merging.gazetteer_capitals)
            written = cur is None or (len(text) < len(cur) and not text.isupper()) or (
                cur.isupper() and not text.isupper())  # (every all-capitals form an abbreviation)
            take = cur is None or (len(text) < len(cur) and not _abbreviation(text, lex, o.key)) or (
                _abbreviation(cur, lex, o.key) and not _abbreviation(text, lex, o.key))
            if take != written:
                hit("merging.gazetteer_capitals")  # the gazetteer's capitals decided between two forms
            if take:
                names[o.key] = text
                if other:
                    borrowed.add(o.key)
    # without a legal form ('Vattenkraft AB' -> 'Vattenkraft', 'Tosaka Denki K.K.' -> 'Tosaka Denki'): the
    # guidelines' shortest common form
    return {k: strip_suffix(v) or v for k, v in names.items()}


def _abbreviation(name: str, lex: Lexicon | None, key: str) -> bool:
    """An all-capitals form other than the gazetteer's own name of the company `key` names, in one word ('TSMC';
    'IREN' for Iren; not 'APPLIED DIGITAL', a name set in capitals, nor 'META', a ticker beside another name)."""
    if not name.isupper():
        return False
    entry = lex.lookup(name) if lex is not None and " " not in name and on("merging.gazetteer_capitals") else None
    return not (entry is not None and fold_name(entry.name) == fold_name(name) == key and any(
        not f.isupper() for f in entry.forms))


OPPOSITE = {"investor": "investee", "investee": "investor", "acquirer": "target", "target": "acquirer",
            "buyer": "seller", "seller": "buyer"}


def named_later(lone: list[Draft], new: list[Draft], sent: Sentence, lex: Lexicon) -> bool:
    """'Microsoft is investing $1.5 billion in a technology firm ...' then 'Microsoft and G42 announced the deal
    Tuesday': the sentence after a deal whose counterparty was only described names it and refers back to the deal;
    its drafts without a figure with the lone party take that deal's type, figure and terms, the lone party its
    role and the others the opposite one."""
    if not lone or not refers_back(sent, lex):
        return False
    first = lone[0]
    party, role = first.parties[0]
    done = False
    for d in new:
        keys = {o.key for o, _ in d.parties}
        if d.amount is not None or party.key not in keys or len(keys) < 2:
            continue
        other = OPPOSITE.get(role)
        if other is None:
            continue
        d.type, d.amount, d.alternates = first.type, first.amount, first.alternates
        d.parties = [(o, role if o.key == party.key else other) for o, _ in d.parties]
        d.terms = {k: d.terms.get(k) if d.terms.get(k) is not None else v for k, v in first.terms.items()}
        d.rule += "|named_later"
        done = hit("discourse.named_later", True)
    return done


# 'The buyer is Brimoral Holdings.', 'Its customer, Halvern AI, will use it', 'The startup, Ostrivel Robotics, makes
# robots': a sentence that opens with the counterparty's role or describing noun, then its name
# (discourse.role_noun_names)
ROLE_NOUNS = {"buyer": "buyer_nouns", "seller": "seller_nouns", "investor": "funder_nouns"}


@cache
def _role_opening(lex: Lexicon) -> re.Pattern:
    nouns = "|".join(rf"(?P<{role}>{words(key)})" for role, key in ROLE_NOUNS.items())
    # (after a report's lead: 'People familiar with the matter said the customer is X'; discourse.role_noun_reported)
    return re.compile(rf"\W*(?P<lead>[^,.;:]{{0,60}}?\b(?:{words('speech_words')})\s+(?:that\s+)?)?"
                      # ('That customer is X': the determiner that points back; discourse.role_noun_that)
                      rf"(?:the|its|their|(?P<that>that|this))\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns}|(?P<target>target)|"
                      rf"(?:{descriptors_alt(lex.cues)}))"
                      # ('The buyer of its output will be X': what is bought named after the role;
                      # discourse.role_noun_of_goods)
                      rf"(?P<of>\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)?"
                      # ('The tenant, understood to be X,': a hedged naming; discourse.role_noun_hedged)
                      rf"\s*(?:,\s*(?P<hedge>(?:(?:understood|believed|thought|said|reported|known)\s+to\s+be|"
                      rf"identified\s+as|named\s+as)\s+)?|\s+(?:is|was|will\s+be)\s+"
                      # ('The buyer is a consortium led by X'; discourse.role_noun_group)
                      rf"(?P<group>(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{words('collective_nouns')})\s+"
                      rf"(?:led|headed|formed)\s+by\s+)?)(?-i:(?=[A-Z]))", re.I)


# 'The agreement is with Halvern Cloud', 'The deal was struck with X': the sentence names the other side of the deal
# told just before (discourse.deal_is_with)
DEAL_IS_WITH = re.compile(rf"\W*(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?:{words('coordinated_deal_nouns')})\s+"
                          r"(?:is|was|will\s+be|has\s+been\s+(?:struck|signed|agreed))\s+with\s+(?-i:(?=[A-Z]))", re.I)


# 'X has signed up a second customer.', 'X landed its biggest client yet.', 'X has found a buyer for its campus': a
# company that won a buyer (discourse.customer_won)
CUSTOMER_WON = re.compile(r"\b(?:won|wins|landed|lands|signed(?:\s+up)?|signs(?:\s+up)?|added|adds|secured|secures|gained"
                          r"|gains|announced|found|finds|lined\s+up|lines\s+up|attracted|attracts)\s+"
                          r"(?:a|an|its|another)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:customer|client|tenant|buyer|anchor\s+tenant)\b", re.I)
# 'has won orders worth $2.5 billion from two customers', 'signed up three new customers' (discourse.customers_won)
CUSTOMERS_WON = re.compile(r"\b(?:won|wins|landed|lands|signed(?:\s+up)?|signs(?:\s+up)?|added|adds|secured|secures|"
                           r"gained|gains|booked|books|received|receives)\s+(?:(?:orders|contracts|deals)\s+"
                           r"(?:[\w$€£.,-]+\s+){0,4}?(?:from|with)\s+)?"
                           r"(?:two|three|four|five|several|multiple|\d+)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:customers|clients|tenants|buyers)\b", re.I)


def customer_won(lone: list[Draft], prev: Sentence) -> list[Draft]:
    """'Caspian Forge has signed up a second customer.' then 'Orvell Labs will pay $900 million for computing capacity':
    the sentence before, naming one company, says it won a customer; the trade whose seller this sentence leaves untold
    is with that company (rule discourse.customer_won). The named side buys."""
    first = lone[0]
    party, role = first.parties[0]
    keys = {o.key for o in prev.orgs}
    won = CUSTOMER_WON.search(prev.text)
    if won is None and on("discourse.customers_won") and hit("discourse.customers_won", bool(
            CUSTOMERS_WON.search(prev.text))):
        won = CUSTOMERS_WON.search(prev.text)  # several customers: each named after is one of them
    if first.type not in TRADE_TYPES or role not in ("buyer", UNSIDED) or won is None or len(keys) != 1 or \
            party.key in keys or prev.orgs[0].start - prev.start > won.start():
        return []
    if not hit("discourse.customer_won"):
        return []
    return [replace(first, parties=[(party, "buyer"), (prev.orgs[0], "seller")], rule=first.rule + "|customer_won")]


def agreement_before(lone: list[Draft], prev: Sentence, sent: Sentence, drafts: list[Draft]) -> list[Draft]:
    """'The deal makes Daltrex the largest supplier to Quorvin.' (or 'Daltrex has won Quorvin as a customer') then
    'Under the agreement, Quorvin will pay $3 billion for chips': a trade of one named side whose sentence points
    back to a deal ('the agreement') is the deal of the sentence before, which told no deal of its own and named that
    side and one other company; the other takes the opposite role (rule discourse.agreement_before)."""
    first = lone[0]
    party = first.parties[0][0]
    # ('... signed a new contract.' then 'Under it, Velmora will pay ...': a pronoun for the deal the sentence before
    # names by its noun; discourse.under_it)
    under_it = DEAL_BACK.search(sent.text) is None and bool(UNDER_IT.match(sent.text)) and bool(
        AGREEMENT_NOUN.search(prev.text)) and on("discourse.under_it")
    if first.type not in TRADE_TYPES or DEAL_BACK.search(sent.text) is None and not under_it or any(
            d.sentence.start == prev.start for d in drafts):
        return []
    if under_it and not hit("discourse.under_it"):
        return []
    others = list({o.key: o for o in prev.orgs if o.key != party.key}.values())
    if len(others) != 1:
        return []
    if party.key not in {o.key for o in prev.orgs} and not (prev.triggers and hit(
            "discourse.deal_told_across", on("discourse.deal_told_across"))):
        # ('Quorvane has signed a major cloud agreement.' then 'The $3 billion deal will see Daltrex provide GPU
        # capacity': the sentence before tells a deal of its one company, this one the deal's other side)
        return []
    return _other_side(first, others[0], "discourse.agreement_before", "|agreement_before")


# 'Under it,', 'Under that,' opening a sentence: the deal the sentence before named (discourse.under_it)
UNDER_IT = re.compile(r"\W*(?:under|through|as\s+part\s+of)\s+(?:it|that|this)\s*,", re.I)
# ('As part of it,' may open a deal of its own inside the one told: discourse.under_it_told reads 'Under it,' only)
UNDER_IT_TOLD = re.compile(r"\W*under\s+(?:it|that|this)\s*,", re.I)
SIDE_VERB = re.compile(rf"\s*(?:(?:{words('modal_phrases')})\s+)?(?:also\s+|then\s+|in turn\s+)?(?:(?P<buys>"
                       rf"{words('side_buying_verbs')})|(?P<sells>{words('side_selling_verbs')}))\b", re.I)


def side_told_after(draft: Draft, prev: Sentence, sent: Sentence, lex: Lexicon | None = None) -> bool:
    """'Tamsel signed a power purchase agreement with Velmora.' then 'Under the agreement, Velmora will purchase energy
    from the plant.': where the deal just told gave its two sides no direction (a symmetric trigger) and the next
    sentence points back to it and makes one of them the subject of a verb of paying or of supplying
    (context.yaml side_buying_verbs, side_selling_verbs), that side buys or sells; the other takes the opposite role.
    Reports whether the roles were set (rule discourse.side_told_after). A bare agreement of the two, which named
    nothing traded ('Tamrin Power and Quadrel have signed a 10-year agreement.' then 'Tamrin will supply 350 MW from
    its gas plants'), takes the kind the next sentence's trade tells, and its terms (discourse.bare_agreement_side)."""
    bare = draft.type == "partnership" and lex is not None and on("discourse.bare_agreement_side")
    if (draft.type not in TRADE_TYPES and not bare) or len(draft.parties) != 2 or draft.sentence.start != prev.start \
            or not (draft.rule.split("|")[1:2] == ["symmetric"]
                    or on("discourse.side_opens_after") and _joint_subjects(draft)):
        return False
    roles = {o.key: r for o, r in draft.parties}
    if any(o.key not in roles for o in sent.orgs):
        return False
    back = DEAL_BACK.search(sent.text) is not None
    for o in sent.orgs:
        m = SIDE_VERB.match(sent.text, o.end - sent.start)
        if m is None:
            continue
        # ('Velkor and Tessaly agreed a hosting deal.' then 'Tessaly will pay $1.2 billion over the term.': the
        # sentence opens on the side's name, no word points back to the deal: rule discourse.side_opens_after)
        opens = not back and o.start == sent.start + len(sent.text) - len(sent.text.lstrip())
        want = "buyer" if m.group("buys") else "seller"
        if roles[o.key] == want or not (back or opens and on("discourse.side_opens_after")):
            return False
        if on("discourse.venture_supplied") and hit("discourse.venture_supplied", _venture_served(
                sent.text, o.end - sent.start, m.end())):
            return False  # 'Halvex will sell electricity to the venture': the partners' venture buys, not the other
        told = choose_type(sent, lex, [m for m in sent.money if not m.excluded])[0] if bare else draft.type
        if told not in TRADE_TYPES or bare and not hit("discourse.bare_agreement_side") or not hit(
                "discourse.side_opens_after" if opens else "discourse.side_told_after"):
            return False
        if bare:
            draft.type = told
            draft.terms = {**read_terms(sent.text), **{k: v for k, v in (draft.terms or {}).items() if v}}
        _turn(draft, o.key, want)
        return True
    return False


# 'The agreements will support Velmora's operations in Ohio', '... to serve Velmora's data centres': a verb of serving
# and, after it, a company's operations, sites or demand (context.yaml served_verbs, served_nouns)
# (discourse.served_side)
SERVED_BEFORE = re.compile(rf"\b(?:{words('served_verbs')})\s+(?:the\s+)?$", re.I)
SERVED_AFTER = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,3}}?(?:{words('served_nouns')})\b", re.I)
# '... gives Quellin access to GPUs', 'granting Quellin access' (discourse.access_given)
ACCESS_BEFORE = re.compile(r"\b(?:give|gives|giving|gave|grant|grants|granting|granted|offer|offers|offering)\s+$",
                           re.I)
ACCESS_AFTER = re.compile(r"\s+(?:with\s+)?access\b", re.I)
# '... gives Quellin a 20% stake in the startup' (discourse.stake_given)
STAKE_AFTER = re.compile(r"\s+(?:an?|the|its)\s+(?:[\w.%-]+\s+){0,3}?(?:stake|holding|shareholding|equity)\b", re.I)
MONEY_NOUNS = r"(?:money|funds|funding|proceeds|capital|cash|investment|financing)"  # the money a deal moves
# 'Dessamy will use the money to buy chips', 'Dessamy plans to use the proceeds ...' (discourse.money_used)
MONEY_USED = re.compile(r"\s+(?:(?:will|would|is\s+to|plans\s+to|intends\s+to|expects\s+to|said\s+it\s+would)\s+)?"
                        rf"(?:use|uses|spend|spends|put|puts)\s+(?:the|this|that|its|those|these)\s+(?:new\s+)?"
                        rf"{MONEY_NOUNS}\b", re.I)
# '... makes Quellin the anchor tenant of ...', 'Quellin will be its largest customer', 'Quellin, the landlord,'
# (context lists buyer_nouns, unnamed_seller_nouns: not 'developer', an AI developer buys)
# (discourse.role_noun_predicate)
ROLE_NOUN_PREDICATE = re.compile(r",?\s+(?:(?:is|was|will\s+be|would\s+be|becomes|became|as)\s+)?"
                                 r"(?:the|its|their|an?)\s+"
                                 rf"(?:[\w-]+\s+){{0,2}}?(?:(?P<buys>{words('buyer_nouns')})|(?P<invests>"
                                 rf"{words('investor_nouns')})|(?P<sells>{words('unnamed_seller_nouns')}))s?\b", re.I)
# 'Brevik Partners joined Halvern Group as an investor': the verb whose object is what its subject joins, the 'as'
# role the subject's (discourse.joined_as_role)
JOINED_BEFORE = re.compile(r"\bjoin(?:s|ed|ing)?\s+$", re.I)
# ', a cloud provider,': an apposition with an indefinite article and a word of what is provided before the noun says
# what the company is, no side it takes (discourse.kind_apposition)
KIND_APPOSITION = re.compile(rf",\s+an?\s+(?:[\w-]+\s+){{1,2}}?(?:{words('unnamed_seller_nouns')})s?\b", re.I)
# "Orlin would become Dessamy's anchor investor", "Dessamy's largest customer": the owner of the role noun is the
# other side (discourse.role_noun_owner)
ROLE_NOUN_OWNER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:(?P<paid>"
                             rf"{words('buyer_nouns')})|(?P<funded>{words('investor_nouns')})|(?P<pays>"
                             rf"{words('unnamed_seller_nouns')}))s?\b", re.I)
# ... and 'Its first tenant will be Velmora', 'its' standing for the owner (mentions.its_role_is)
ITS_ROLE_NOUN = re.compile(ROLE_NOUN_OWNER.pattern.replace("['’]s?", "", 1), re.I)


def _undirected(draft: Draft) -> bool:
    """A deal whose trigger gave its two sides no direction: a symmetric trigger, or both sides named before it (not
    a lease-back, whose sides are the sale's turned: discourse.lease_back)."""
    return "|lease_back" not in draft.rule and (draft.rule.split("|")[1:2] == ["symmetric"] or _joint_subjects(draft))


def _turn(draft: Draft, key: str, want: str) -> None:
    """Give the party `key` the role `want` and the other party the opposite role, in place."""
    draft.parties[:] = [(p, want if p.key == key else OPPOSITE[want]) for p, _ in draft.parties]


def _joint_subjects(draft: Draft) -> bool:
    """Both sides named before the sentence's first trigger ('Tarrow Hydro and Quellin signed ...'): the kinds, not
    the sentence, gave them their roles."""
    first = min((t.start for t in draft.sentence.triggers), default=None)
    return first is not None and all(o.end <= first for o, _ in draft.parties)


# '; Tessaly will pay ...', ', and Tessaly will pay ...': a clause of its own opens on a name (discourse.side_clause)
CLAUSE_BEFORE = re.compile(r"(?:;|,\s+and|,\s+while)\s*$")  # (not a dash: a dateline's ends with one)


def side_clause(new: list[Draft], sent: Sentence) -> None:
    """'Velkor and Tessaly have agreed a ten-year hosting deal; Tessaly will pay $1.2 billion over the term.': in the
    sentence of a deal whose sides have no direction (a symmetric trigger, or both named before it), a clause of its
    own (after a semicolon, ', and', ', while') opens on one side's name and a verb of paying or of supplying
    (context.yaml side_buying_verbs, side_selling_verbs): that side buys or sells (rule discourse.side_clause).
    Roles set in place."""
    for d in new:
        if d.type not in TRADE_TYPES or len(d.parties) != 2 or not _undirected(d):
            continue
        keys = {o.key for o, _ in d.parties}
        for o in sent.orgs:
            m = SIDE_VERB.match(sent.text, o.end - sent.start) if o.key in keys else None
            if m is None or CLAUSE_BEFORE.search(sent.text[:o.start - sent.start]) is None:
                continue
            want = "buyer" if m.group("buys") else "seller"
            if dict((p.key, r) for p, r in d.parties)[o.key] != want and hit("discourse.side_clause"):
                _turn(d, o.key, want)
            break


# after a noun of goods: words that make it a company's need or kind, not goods it owns ('chip needs', 'GPU suppliers',
# 'server business'; OWNED_GOODS and BRAND_GOODS)
_NOT_GOODS_AFTER = (rf"(?:needs|demand|requirements|budget|{words('seller_nouns')}|{words('buyer_nouns')}|"
                    rf"{words('business_nouns')})")

# right after a name: the possessive and what the name's side of a trade provides ("Varnel's GPUs", "Varnel's
# cloud", "Oskren's wind farm"; not "Varnel's capacity needs" nor "Brisa's largest server supplier":
# discourse.owner_provides)
OWNED_GOODS = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:(?P<goods>{words('goods_nouns')}|cloud|"
                         rf"computing\s+capacity|computing\s+power|compute\s+capacity)|"
                         rf"(?P<plant>{words('generation_assets')}|wind\s+farms?|solar\s+farms?|"
                         rf"hydro(?:electric)?\s+dams?)|(?P<site>data\s+cent(?:er|re)s?|campus(?:es)?|"
                         rf"facilit(?:y|ies)))"
                         rf"\b(?![\w-]|\s+{_NOT_GOODS_AFTER}\b)", re.I)


HOSTED_AT = re.compile(r"\b(?:at|in|inside|within|from)\s+$", re.I)  # 'capacity at Quindrel's campus', not 'build X's'
SERVED_NOUN = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{words('buyer_nouns')}|operations|needs|demand)s?\b",
                         re.I)
# right before the owner of goods, a verb of making them; right after the goods, the passive of one ('will make
# Tessmor's chips', "Tessmor's new chip, the Aurora X2, will be made by"; discourse.owner_goods_made)
MAKING_BEFORE = re.compile(r"\b(?:make|makes|making|manufacture|manufactures|manufacturing|produce|produces|"
                           r"producing|fabricate|fabricates|fabricating)\s+$", re.I)
MADE_BY_AFTER = re.compile(NO_STOP + r"{0,40}?\b(?:will\s+be|is|are|to\s+be|being|be|been)\s+(?:made|manufactured|"
                           r"produced|fabricated)\s+by\b", re.I)
MADE_FOR = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)  # 'a chip supply deal for Tesla's chip': made for it, its buyer
POSSESSIVE = re.compile(r"['’]s?\s")


# right after a name: goods that bear it, no possessive ('6 GW of Halvane GPU hardware'; discourse.brand_goods_seller)
BRAND_GOODS = re.compile(rf"\s+(?:(?-i:[A-Z0-9])[\w-]*\s+){{0,2}}?(?:{words('goods_nouns')})\b(?:\s+hardware\b)?"
                         rf"(?!\s+{_NOT_GOODS_AFTER}\b)", re.I)


def owner_provides(drafts: list[Draft]) -> None:
    """'Varnel and Oskren agreed a $500 million deal for Oskren to use Varnel's chips': in the sentence of a trade whose
    sides it gave no direction (a symmetric trigger, or both named before it), the party whose goods, cloud or
    computing capacity (for chips and compute) or whose power plant (for power) the sentence names in the possessive
    provides them: it sells (rule discourse.owner_provides); not goods made for it ('a supply deal for Tesla's
    chip'), nor where both sides are in the possessive. Roles set in place; the draft's rule is marked '|owner', so
    that the passage's other trades (discourse.role_kept) do not turn it back."""
    if not on("discourse.owner_provides"):
        return
    for d in drafts:
        if d.type not in ("compute", "chips", "power", "datacenter") or len(d.parties) != 2 or not _undirected(d):
            continue
        sent = d.sentence
        keys = {o.key for o, _ in d.parties}
        # ('for capacity at Quindrel's Texas data centre': the site's owner hosts, where no money is lent for it;
        # capacity at the site, not 'will power Velmora's data centres' or 'build Velmora's campus';
        # discourse.site_owner_hosts)
        hosted = d.type in ("compute", "datacenter") and not DEBT_WORD.search(sent.text) and on(
            "discourse.site_owner_hosts")
        owners: dict[str, str] = {}  # party key -> what it owns: 'goods', 'plant' or 'site'
        made = None  # ("Tessmor's new chips will be made by Quillon": the owner of goods another makes buys them)
        for o in sent.orgs:
            m = OWNED_GOODS.match(sent.text, o.end - sent.start) if o.key in keys else None
            if m is None or MADE_FOR.search(sent.text, 0, o.start - sent.start):
                continue
            owned = m.lastgroup
            if owned == "goods" and (MAKING_BEFORE.search(sent.text, 0, o.start - sent.start) or MADE_BY_AFTER.match(
                    sent.text, m.end())) and on("discourse.owner_goods_made"):
                made = o
                continue
            if owned == "goods" and d.type in ("compute", "chips") or owned == "plant" and d.type == "power" or (
                    owned == "site" and hosted and HOSTED_AT.search(sent.text, 0, o.start - sent.start)):
                owners[o.key] = owned
        # (both sides in the possessive, 'unites X's fleet with Y's plants', tell no direction; not one whose
        # customers, operations or needs are named: that one is served)
        possessive = {o.key for o in sent.orgs if o.key in keys and POSSESSIVE.match(sent.text, o.end - sent.start)
                      and not SERVED_NOUN.match(sent.text, o.end - sent.start)}
        if made is not None and not owners and hit("discourse.owner_goods_made"):
            if dict((p.key, r) for p, r in d.parties)[made.key] != "buyer":
                _turn(d, made.key, "buyer")
            d.rule += "|owner"
            continue
        if len(owners) == 1 and len(possessive) == 1:
            (owner, owned), = owners.items()
            if dict((p.key, r) for p, r in d.parties)[owner] != "seller" and hit(
                    "discourse.site_owner_hosts" if owned == "site" else "discourse.owner_provides"):
                _turn(d, owner, "seller")
            d.rule += "|owner"
            continue
        # ('... for 6 GW of Halvane GPUs': goods that bear one side's name, no possessive; discourse.brand_goods_seller)
        brands = {o.key for o in sent.orgs if o.key in keys and BRAND_GOODS.match(sent.text, o.end - sent.start)} \
            if d.type in ("compute", "chips") and not owners and not possessive and made is None and on(
                "discourse.brand_goods_seller") else set()
        if len(brands) == 1 and hit("discourse.brand_goods_seller", True):
            owner, = brands
            if dict((p.key, r) for p, r in d.parties)[owner] != "seller":
                _turn(d, owner, "seller")
            d.rule += "|owner"


# the revenue a trade earns one side: 'bring Halvern about $900 million in revenue', 'net the company $3 billion'
# (the earner right after the verb), or '... its agreement with X, which is expected to generate $3.5 billion in
# revenue' (the agreement's owner, not X) (discourse.revenue_earner)
REVENUE_TO = re.compile(r"\b(?:bring|brings|bringing|net|nets|netting|give|gives|earn|earns)\s+(?=\S)", re.I)
REVENUE_WORD = re.compile(r"\b(?:revenues?|sales|income)\b", re.I)
REVENUE_MADE = re.compile(r"\bgenerat\w*|\bproduce|\byield")  # what the agreement itself brings in
OWN_AGREEMENT_WITH = re.compile(rf"\bits\s+(?:[\w-]+\s+){{0,3}}?(?:{words('agreement_nouns')})s?\s+with\s+$", re.I)


def revenue_earner(drafts: list[Draft]) -> None:
    """'Halvern Data expects its hosting agreement with Orsk Cloud to generate $900 million of revenue', 'The contract
    with Orsk Cloud is expected to bring Halvern Data $900 million in revenue': the side a trade earns revenue sells
    (rule discourse.revenue_earner), in a trade whose sentence gave its sides no direction from a verb of trading.
    Roles set in place, the rule marked '|owner' (discourse.role_kept keeps it)."""
    if not on("discourse.revenue_earner"):
        return
    for d in drafts:
        if d.type not in TRADE_TYPES or len(d.parties) != 2 or "|owner" in d.rule:
            continue
        sent, roles = d.sentence, {o.key: r for o, r in d.parties}
        if not REVENUE_WORD.search(sent.text) or any(t.frame in ("buyer_first", "seller_first") and t.type != "ANY"
                                                     for t in sent.triggers):
            continue
        earner = None
        for m in REVENUE_TO.finditer(sent.text):
            after = next((o for o in sent.orgs if o.start - sent.start == m.end() and o.key in roles), None)
            if after is not None and REVENUE_WORD.search(sent.text, m.end()):
                earner = after.key
        if earner is None:
            # ('... its agreement with Orsk Cloud, which is expected to generate ... revenue': not the one 'with')
            partner = next((o for o in sent.orgs if o.key in roles and OWN_AGREEMENT_WITH.search(
                sent.text, 0, o.start - sent.start)), None)
            others = [k for k in roles if partner is not None and k != partner.key]
            earner = others[0] if len(others) == 1 and REVENUE_MADE.search(sent.text) else None
        if earner is not None and roles[earner] != "seller" and hit("discourse.revenue_earner"):
            _turn(d, earner, "seller")
        if earner is not None:
            d.rule += "|owner"


def role_kept(drafts: list[Draft]) -> None:
    """'Velkor will supply GPU capacity to Orvane under a $2 billion contract.' then 'Velkor also has a computing
    contract with Brisa worth $500 million.': a trade whose sides the sentence gave no direction (a symmetric trigger,
    or both named before it) takes it from the passage, where one of its parties has the same role in every trade of
    the type whose sentence gave it (rule discourse.role_kept). Roles set in place."""
    if not on("discourse.role_kept"):
        return
    for d in drafts:
        if d.type not in TRADE_TYPES or len(d.parties) != 2 or not _undirected(d) or "|owner" in d.rule:
            continue
        for o, role in d.parties:
            told = {r for x in drafts if x is not d and x.type == d.type and not _undirected(x)
                    for p, r in x.parties if p.key == o.key}
            if len(told) == 1 and role not in told and hit("discourse.role_kept"):
                _turn(d, o.key, told.pop())
                break


PAYING_ROLE = {"compute": "buyer", "chips": "buyer", "datacenter": "buyer", "power": "buyer", "investment": "investor",
               "acquisition": "acquirer"}


def served_side(drafts: list[Draft], sentences: list[Sentence]) -> None:
    """'Tarrow Hydro and Quellin signed a framework agreement to deliver 2,000 MW.' ... 'The power purchase agreements
    will support Quellin's operations.': the company whose operations, sites or demand a sentence says the deal will
    serve is the side that pays (rule discourse.served_side); so is the company the deal gives access ('gives Quellin
    access to GPUs': discourse.access_given) or a stake ('gives Quellin a 20% stake': discourse.stake_given), and the
    one the sentence calls its tenant, customer or investor, where the other is called its landlord or supplier
    ('makes Quellin the anchor tenant': discourse.role_noun_predicate). The company that will use the money is the
    side paid ('Dessamy will use the money to buy chips': discourse.money_used), as is the one whose investor or
    customer the other is ("Dessamy's anchor investor": discourse.role_noun_owner). A deal of the passage whose trigger
    gave its two sides no direction (a symmetric trigger, or both named before the trigger) and that names that
    company takes the direction: the paying side buys, invests or acquires. A cue of trade (a tenant, a customer,
    access) turns trades only, a cue of stakes (an investor, a stake) investments and acquisitions only; the money
    used is that of a deal told in a sentence before ('Ostrava plans to use the proceeds to fund new sites, where it
    has signed a power contract with X': the proceeds are another deal's). Roles set in place."""
    open_ = [d for d in drafts if d.type in PAYING_ROLE and len(d.parties) == 2 and _undirected(d) and (
        d.type in TRADE_TYPES or on("discourse.sides_of_stakes"))]
    # ('The deal between Orlin and Dessamy gives Orlin a 20% stake in the startup': the stake's taker invests, whatever
    # the word order made of the sentence's own investment; discourse.stake_given)
    staked = [d for d in drafts if d.type == "investment" and len(d.parties) == 2 and d not in open_]
    if not open_ and not staked:
        return
    for sent in sentences:
        for o in sent.orgs:
            pays, rule, of = _side_told(sent, o)
            if pays is None:
                continue
            here = [d for d in staked if rule == "discourse.stake_given" and d.sentence.start == sent.start]
            for d in open_ + here:
                if of and (of == "trade") != (d.type in TRADE_TYPES) or rule == "discourse.money_used" and (
                        d.sentence.start >= sent.start):
                    continue  # (a tenant is no investor; the money used is a deal's told before)
                roles = {p.key: r for p, r in d.parties}
                want = PAYING_ROLE[d.type] if pays else OPPOSITE[PAYING_ROLE[d.type]]
                if o.key in roles and roles[o.key] != want and (d.type in TRADE_TYPES or hit(
                        "discourse.sides_of_stakes")) and hit(rule):
                    _turn(d, o.key, want)


def _side_told(sent: Sentence, o: OrgMention) -> tuple[bool | None, str, str]:
    """Whether a sentence makes an organisation the side that pays (True) or the side paid (False), the rule that
    reads it, and the deals the cue speaks of: 'trade' (a tenant, a customer, access), 'stake' (an investor, a stake)
    or '' (any); (None, '', '') for none."""
    before, at_end = sent.text[:o.start - sent.start], o.end - sent.start
    if on("discourse.served_side") and SERVED_BEFORE.search(before) and SERVED_AFTER.match(sent.text, at_end):
        return True, "discourse.served_side", "trade"
    if on("discourse.access_given") and ACCESS_BEFORE.search(before) and ACCESS_AFTER.match(sent.text, at_end):
        return True, "discourse.access_given", "trade"
    if on("discourse.stake_given") and ACCESS_BEFORE.search(before) and STAKE_AFTER.match(sent.text, at_end):
        return True, "discourse.stake_given", "stake"
    m = ROLE_NOUN_PREDICATE.match(sent.text, at_end) if on("discourse.role_noun_predicate") else None
    if m and m.group("sells") and on("discourse.kind_apposition") and hit("discourse.kind_apposition", bool(
            KIND_APPOSITION.match(sent.text, at_end))):
        m = None  # 'Orbrix, a cloud provider, would buy ...': what the company is, no side of this deal
    if m and JOINED_BEFORE.search(before) and on("discourse.joined_as_role") and hit("discourse.joined_as_role", True):
        # 'Brevik joined Halvern as an investor': the role is the subject's, who joins; the name joined, the other side
        return bool(m.group("sells")), "discourse.joined_as_role", "stake" if m.group("invests") else "trade"
    if m:
        return not m.group("sells"), "discourse.role_noun_predicate", "stake" if m.group("invests") else "trade"
    if on("discourse.money_used") and MONEY_USED.match(sent.text, at_end):
        return False, "discourse.money_used", ""
    m = ROLE_NOUN_OWNER.match(sent.text, at_end) if on("discourse.role_noun_owner") else None
    if m is None and o.origin == "anaphora" and sent.text[o.start - sent.start:at_end].lower() == "its" and on(
            "discourse.role_noun_owner"):
        m = ITS_ROLE_NOUN.match(sent.text, at_end)  # 'Its first tenant will be Velmora': 'its' stands for the owner
    if m:
        return bool(m.group("pays")), "discourse.role_noun_owner", "stake" if m.group("funded") else "trade"
    return None, "", ""


# 'The contract, with cloud provider Norwick, runs ...': the deal noun that opens a sentence, then 'with' and the other
# side (discourse.deal_with_after)
DEAL_WITH_AFTER = re.compile(rf"\W*(?:the|this|that)\s+(?:[\w$€£.,-]+\s+){{0,3}}?{DEAL_NOUN}\s*,?\s+with\s+", re.I)


def deal_with_after(prev: Sentence, sent: Sentence, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """'Velmora has agreed to a $10 billion computing deal.' then 'The contract, with cloud provider Norwick, runs for
    five years.': a sentence that tells a deal of its one company and drafts none, then a sentence that opens on the
    deal and names its other side after 'with': one deal of the two, its type, figure and status from the sentence
    before; in a trade the kinds give the sides (none: no deal), otherwise the two are partners (rule
    discourse.deal_with_after)."""
    m = DEAL_WITH_AFTER.match(sent.text)
    if m is None or len({o.key for o in sent.orgs}) != 1 or any(d.sentence.start == prev.start for d in drafts):
        return []
    money = [x for x in prev.money if not x.excluded and x.amount.value]
    sides = _sides_named_with(prev, sent, m.end(), money, lex)
    if sides is None or not hit("discourse.deal_with_after"):
        return []
    type_, trigger, parties = sides
    return [_told_across(type_, parties, money, prev, sent, trigger, "deal_with_after", lex)]


def _sides_named_with(told: Sentence, sent: Sentence, at: int, money: list, lex: Lexicon):
    """The one company of `told` (a sentence with a trigger) and the one name `sent` gives right after 'with' (which
    ends at `at`; only words that describe it between) as the two sides of the deal `told` tells: (type, trigger,
    parties), in a trade the kinds giving the sides, otherwise partners; None where any of it is missing
    (discourse.deal_with_after, discourse.enumerated_deal)."""
    first = {o.key: o for o in told.orgs}
    named = {o.key: o for o in sent.orgs if o.start - sent.start >= at}
    if len(first) != 1 or len(named) != 1 or set(named) & set(first) or not told.triggers:
        return None
    party, other = next(iter(first.values())), next(iter(named.values()))
    if other.start - sent.start != at and not re.fullmatch(r"(?:[a-z][\w-]*\s+){1,3}", sent.text[
            at:other.start - sent.start]):
        return None  # only the name, or the words that describe it ('cloud provider'), after 'with'
    type_, trigger = choose_type(told, lex, money)
    if trigger is None or type_ in ("investment", "acquisition"):
        return None
    if type_ == "partnership":
        return type_, trigger, [(party, "partner"), (other, "partner")]
    sides = kind_sides(type_, party, other)
    return None if sides is None else (type_, trigger, [(party, sides[0]), (other, sides[1])])


# 'has struck deals with three cloud providers': the kind of the sides the deals are counted by
# (discourse.counted_sides_kind)
COUNTED_SIDES = re.compile(r"\bwith\s+(?:two|three|four|five|several|multiple)\s+((?:[\w-]+\s+){0,3}?[\w-]+)"
                           r"(?=\s*(?:[,.;]|$|\s+(?:this|last|in|on|since|over|for|worth)\b))", re.I)


# 'to buy electricity from two nuclear plant operators': the sides a purchase is from, counted and described
# (discourse.counted_sellers)
COUNTED_FROM = re.compile(r"\bfrom\s+(?:two|three|four|five|several|multiple)\s+(?:[\w-]+\s+){0,3}?[\w-]+s\b", re.I)
# right after a name: its own verb of supplying ('Kelmar will supply', 'while Ostrith will provide')
SUPPLIES_AFTER = re.compile(rf"\s+(?:(?:{words('modal_phrases')}|also)\s+)*(?:{words('supply_verbs')})\b", re.I)


def counting_buyer(sent: Sentence, drafted: bool) -> bool:
    """The sentence tells a purchase of its one named buyer from sellers it only counts ('agreed to buy electricity
    from two nuclear plant operators') and drafted no deal (discourse.counted_sellers)."""
    return not drafted and len({o.key for o in sent.orgs}) == 1 and bool(COUNTED_FROM.search(sent.text)) and on(
        "discourse.counted_sellers")


def counted_sellers(told: Sentence, sent: Sentence, lex: Lexicon) -> list[Draft]:
    """'Tessdal has agreed to buy electricity from two nuclear plant operators.' then 'Kelmar will supply 800
    megawatts under a 20-year agreement, while Ostrith will provide 400 megawatts': after a purchase of one named
    buyer from sellers it only counts (counting_buyer), each name that opens a clause of supplying in the sentences
    that follow is one of them: a deal with each, its figure and terms from its own clause, type and status from the
    counting sentence (rule discourse.counted_sellers)."""
    buyers = {o.key: o for o in told.orgs}
    sellers = [o for o in sent.orgs if o.key not in buyers and SUPPLIES_AFTER.match(sent.text, o.end - sent.start)]
    if not sellers or len({o.key for o in sent.orgs} - set(buyers)) != len(sellers):
        return []
    type_, trigger = choose_type(told, lex, [])
    if trigger is None or type_ not in ("chips", "compute", "datacenter", "power") or not hit(
            "discourse.counted_sellers"):
        return []
    buyer = next(iter(buyers.values()))
    out = []
    for n, o in enumerate(sellers):
        end = sellers[n + 1].start if n + 1 < len(sellers) else sent.end
        clause = sent.text[o.start - sent.start:end - sent.start]
        money = [x for x in sent.money if not x.excluded and x.amount.value and o.start <= x.start < end]
        out.append(Draft(type_, [(buyer, "buyer"), (o, "seller")], money[0].amount if money else None, sent,
                         deal_status(told.text, lex), 0.6, f"{trigger.type}|{trigger.frame}|counted_sellers",
                         read_terms(clause), money[0].alternates if money else ()))
    return out


def enumerated_deal(told: Sentence, sent: Sentence, lex: Lexicon) -> list[Draft]:
    """'Corvel Energy signed two power purchase agreements this week.' then 'The first, with Ansel Cloud, covers 150
    MW. The second, with Marrow AI, covers 90 MW for 12 years.': each sentence that opens on one of the deals counted
    ('the first', 'the second') and names its other side after 'with' is a deal of its own between the one company
    of the counting sentence and that side: type and status from the counting sentence, the figure and terms its
    own (the counting sentence's figure, if any, is their total). In a trade the kinds give the sides (none: no
    deal). Rule discourse.enumerated_deal."""
    m = ENUMERATED_WITH.match(sent.text)
    counted = COUNTED_SIDES.search(told.text) if m and on("discourse.counted_sides_kind") else None
    kind = next((k for k, rx in load_slot_rules().kind_words if rx.search(counted.group(1))), None) if counted else None
    if kind is not None and any(o.kind == "other" and o.start - sent.start >= m.end() for o in sent.orgs) and hit(
            "discourse.counted_sides_kind", True):
        # ('deals with three cloud providers': each side told after is one of them)
        sent = replace(sent, orgs=tuple(replace(o, kind=kind) if o.kind == "other" and o.start - sent.start >= m.end()
                                        else o for o in sent.orgs))
    sides = _sides_named_with(told, sent, m.end(), [], lex) if m else None
    if sides is None or not hit("discourse.enumerated_deal"):
        return []
    type_, trigger, parties = sides
    money = [x for x in sent.money if not x.excluded and x.amount.value]
    return [Draft(type_, parties, money[0].amount if money else None, sent, deal_status(told.text, lex), 0.6,
                  f"{trigger.type}|{trigger.frame}|enumerated_deal", read_terms(sent.text),
                  money[0].alternates if money else ())]


def role_named_after(prev: Sentence, sent: Sentence, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """'Velmora agreed to lease a data centre campus in Ohio.' then 'The landlord, Kintra Data, will receive about $1.1
    billion over 12 years.': a sentence that tells a trade or a takeover of its one company and drafts none, then a
    sentence that opens on the other side's role noun and its name ('The landlord, X,', 'The buyer is X'): one deal of
    the two, the name in the role its noun says, the figure this sentence's (or the one before's), type and status
    from the sentence before (rule discourse.role_named_after)."""
    m = _role_opening(lex).match(sent.text)
    first = {o.key: o for o in prev.orgs}
    if m is None or m.group("lead") or m.group("group") and not (on("discourse.role_noun_group") and hit(
            "discourse.role_noun_group")) or len(first) != 1 or not prev.triggers or any(
            d.sentence.start == prev.start for d in drafts):
        return []
    if m.group("that") and not (on("discourse.role_noun_that") and hit("discourse.role_noun_that")):
        return []
    said = next((r for r in ("buyer", "seller", "target") if m.group(r)), None)
    party = next(iter(first.values()))
    names = [o for o in _listed_names(sent, m.end(), lex) if o.key != party.key][:1]
    if said is None or not names or any(o.key not in {party.key, names[0].key} for o in sent.orgs):
        return []
    money = [x for x in sent.money if not x.excluded and x.amount.value] or [
        x for x in prev.money if not x.excluded and x.amount.value]
    type_, trigger = choose_type(prev, lex, money)
    if trigger is None:
        return []
    if type_ in TRADE_TYPES and said in ("buyer", "seller"):
        roles = (OPPOSITE[said], said)
    elif type_ == "acquisition" and said in ("buyer", "target"):
        roles = ("target", "acquirer") if said == "buyer" else ("acquirer", "target")
    else:
        return []
    if not hit("discourse.role_named_after"):
        return []
    named = replace(names[0], kind=next((x.kind for x in sent.orgs if x.start == names[0].start), "other"))
    return [_told_across(type_, [(party, roles[0]), (named, roles[1])], money, prev, sent, trigger,
                         "role_named_after", lex)]


# 'The money will go to Dessamy', 'The funds will be invested in Dessamy': the money told before and where it goes
# (discourse.money_goes_to)
MONEY_GOES = re.compile(rf"\W*(?:the|that|this|its)\s+(?:[\w$€£.,-]+\s+){{0,2}}?{MONEY_NOUNS}\s+"
                        r"(?:will|would|is\s+to|is\s+going\s+to)\s+(?:go|flow|be\s+invested|be\s+put)\s+(?:to|in|into)\s+(?:the\s+)?"
                        r"(?-i:(?=[A-Z]))", re.I)


def money_goes_to(prev: Sentence, sent: Sentence, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """'Orlin announced a $2 billion investment on Monday.' then 'The money will go to Dessamy, a Paris startup.': a
    sentence that tells an investment of its one company with a figure and drafts none, then a sentence that opens on
    the money and says where it will go: one investment, the first company investing in the one named, its figure
    and status the sentence before's (rule discourse.money_goes_to)."""
    m = MONEY_GOES.match(sent.text)
    first = {o.key: o for o in prev.orgs}
    named = [o for o in sent.orgs if o.start - sent.start == m.end()] if m else []
    money = [x for x in prev.money if not x.excluded and x.amount.value]
    if not named or len(first) != 1 or named[0].key in first or len(money) != 1 or any(
            d.sentence.start == prev.start for d in drafts):
        return []
    type_, trigger = choose_type(prev, lex, money)
    if type_ != "investment" or trigger is None or not hit("discourse.money_goes_to"):
        return []
    parties = [(next(iter(first.values())), "investor"), (named[0], "investee")]
    return [_told_across("investment", parties, money, prev, sent, trigger, "money_goes_to", lex)]


def _told_across(type_: str, parties: list, money: list, prev: Sentence, sent: Sentence, trigger: Trigger, mark: str,
                 lex: Lexicon) -> Draft:
    """A deal told over two sentences: its evidence and status the sentence before's, its terms both's."""
    return Draft(type_, parties, money[0].amount if money else None, prev, deal_status(prev.text, lex), 0.6,
                 f"{trigger.type}|{trigger.frame}|{mark}", read_terms(prev.text + " " + sent.text),
                 money[0].alternates if money else ())


def _other_side(first: Draft, named: OrgMention, rule: str, mark: str) -> list[Draft]:
    """The one-sided trade `first` with `named` as its other side, in the role opposite its party's; where it had no
    direction yet, the two kinds decide which side provides (none: no deal)."""
    party, role = first.parties[0]
    if role == UNSIDED:
        sides = kind_sides(first.type, party, named) if first.type in TRADE_TYPES else None
        if sides is None:
            return []
        role, other = sides
    else:
        other = OPPOSITE.get(role)
    if other is None or not hit(rule):
        return []
    return [replace(first, parties=[(party, role), (named, other)], rule=first.rule + mark)]


def deal_is_with(lone: list[Draft], sent: Sentence, lex: Lexicon) -> list[Draft]:
    """'Velmora has signed a $2 billion deal for computing capacity.' then 'The agreement is with Halden Cloud, which
    runs data centres in Texas.': the next sentence names the other side of the deal whose counterparty was left
    untold. It takes the role opposite the named party's; where the deal had no direction yet, the two kinds decide
    which side provides (none: no deal)."""
    m = DEAL_IS_WITH.match(sent.text)
    if m is None:
        return []
    first = lone[0]
    party = first.parties[0][0]
    names = [o for o in _listed_names(sent, m.end(), lex) if o.key != party.key][:1]
    if not names:
        return []
    named = replace(names[0], kind=next((x.kind for x in sent.orgs if x.start == names[0].start), "other"))
    return _other_side(first, named, "discourse.deal_is_with", "|deal_is_with")


# the goods or capacity of a trade told before, with a determiner that points back to them (discourse.provided_by)
GOODS_BACK_WORD = rf"(?:the|these|those|this)\s+(?:[\w-]+\s+){{0,2}}?(?:{words('goods_nouns')}|{words('service_nouns')}" \
                  rf"|power|electricity|energy|megawatts|campus|site|facility)"
# 'The capacity will be provided by X', 'The accelerators will come from X'
# ('The chips, worth about $800 million, come from X': an aside after the goods, and 'come from' with no auxiliary;
# discourse.goods_aside, discourse.goods_come_from)
_GOODS_AUX = r"(?:will|would|is|are|was|were|is\s+to|are\s+to)\s+"
GOODS_PROVIDED_BY = re.compile(rf"\W*{GOODS_BACK_WORD}(?P<aside>\s*,[^,.;]{{1,60}},)?\s+(?:{_GOODS_AUX}"
                               r"(?:also\s+)?(?:(?:be|being)\s+)?(?:provided|supplied|delivered|sold|made|"
                               rf"manufactured|built|hosted|run|operated)\s+by|(?P<aux>{_GOODS_AUX})?(?:also\s+)?"
                               r"(?P<come>come|comes|came|coming)\s+from)\s+(?-i:(?=[A-Z]))", re.I)
# right after the sentence's first name: 'X will supply the chips from its plant in Arizona'
SUPPLIES_BACK = re.compile(rf"(?:,[^,]{{1,60}},)?\s+(?:(?:{words('modal_phrases')}|also|then)\s+)*(?:"
                           rf"{words('supply_verbs')}|build|builds|host|hosts|run|runs|make|makes|manufacture|"
                           rf"manufactures)\s+{GOODS_BACK_WORD}\b", re.I)
# ... or in the progressive, the goods a pronoun ('Grendal is supplying them under a $400 million contract';
# discourse.supplying_them)
SUPPLYING_THEM = re.compile(r"(?:,[^,]{1,60},)?\s+(?:is|are|will\s+be)\s+(?:also\s+)?(?:supplying|providing|delivering|"
                            r"selling|making|building)\s+(?:them|it)\b", re.I)


# 'Providing the capacity will be X', 'Supplying the chips is X': a participle of providing opens the sentence, its
# subject after the copula (discourse.inverted_provider)
INVERTED_PROVIDER = re.compile(r"\W*(?:Providing|Supplying|Delivering|Hosting|Building)\s+(?:[\w-]+\s+){1,4}?"
                               r"(?:will\s+be|is|are|was|were)\s+")


# goods that are not the trade's own, by the trade's type: chips for a site or power, power for chips or compute
# (discourse.provided_other_goods)
_POWER_GOODS = re.compile(r"\b(?:power|electricity|energy|megawatts)\b", re.I)
OTHER_GOODS = {"datacenter": GOODS_NOUN, "power": GOODS_NOUN, "chips": _POWER_GOODS, "compute": _POWER_GOODS}


def provided_by(lone: list[Draft], sent: Sentence, lex: Lexicon) -> list[Draft]:
    """'Velmora AI will pay $2 billion for GPU capacity.' then 'The capacity will be provided by Halden Cloud' ('The
    chips will come from X', 'X will supply the chips'): the goods of the trade whose other side one sentence left
    untold, and who provides them, the seller (rule discourse.provided_by). The named side buys."""
    first = lone[0]
    party, role = first.parties[0]
    if first.type not in TRADE_TYPES or role not in ("buyer", UNSIDED):
        return []
    m = GOODS_PROVIDED_BY.match(sent.text)
    if m and m.group("aside") and not (on("discourse.goods_aside") and hit("discourse.goods_aside")):
        m = None
    if m and m.group("come") and not m.group("aux") and not (on("discourse.goods_come_from") and hit(
            "discourse.goods_come_from")):
        m = None
    # (the name found there, else a capitalised name the list reader takes: 'by Halden Cloud from its Texas sites')
    names = ([o for o in sent.orgs if o.start - sent.start == m.end()] or _listed_names(sent, m.end(), lex))[:1] \
        if m else []
    opening = sent.orgs[0] if sent.orgs and not sent.text[:sent.orgs[0].start - sent.start].strip() else None
    supplies = SUPPLIES_BACK.match(sent.text, opening.end - sent.start) if opening is not None else None
    if not names and supplies:
        names = [opening]
    if not names and opening is not None and first.type == "chips" and hit("discourse.supplying_them", on(
            "discourse.supplying_them") and bool(SUPPLYING_THEM.match(sent.text, opening.end - sent.start))):
        names = [opening]  # ('Pellix is buying 10,000 GPUs.' then 'Grendal is supplying them': the goods counted)
    inverted = INVERTED_PROVIDER.match(sent.text) if not names and on("discourse.inverted_provider") else None
    if inverted and hit("discourse.inverted_provider", any(o.start - sent.start == inverted.end() for o in sent.orgs)):
        # ('Providing the capacity will be Selwyn Cloud, a Norwegian neocloud': the participle's subject after the
        # copula provides the goods)
        names = [o for o in sent.orgs if o.start - sent.start == inverted.end()]
    names = [o for o in names if o.key != party.key]
    # (the words that say what is supplied: before the name, or after it up to the goods)
    told = sent.text[:max(names[0].start - sent.start, supplies.end() if supplies else 0)] if names else ""
    if names and on("discourse.provided_other_goods") and hit("discourse.provided_other_goods", bool(
            OTHER_GOODS.get(first.type) and OTHER_GOODS[first.type].search(told))):
        # 'SoftBank is buying the plant's buildings for 100 billion yen.' then 'OpenAI will supply the GPUs': goods
        # of another kind than the trade's (chips for a site bought, power for chips) are another deal's
        return []
    if not names or not hit("discourse.provided_by"):
        return []
    named = replace(names[0], kind=next((x.kind for x in sent.orgs if x.start == names[0].start), "other"))
    figures = [m for m in sent.money if not m.excluded and m.amount.value]
    # ('Grendal is supplying them under a $400 million contract', 'The chips will come from X under a $400 million
    # order': the one figure the seller's sentence gives is the amount of a trade that had none)
    amount = figures[0].amount if first.amount is None and len(figures) == 1 else first.amount
    return [replace(first, parties=[(party, "buyer"), (named, "seller")], amount=amount,
                    rule=first.rule + "|provided_by")]


def role_noun_names(lone: list[Draft], sent: Sentence, lex: Lexicon) -> list[Draft]:
    """'Quorvane has agreed to acquire a chip designer for $700 million.' then 'The target, Velkara Semiconductor,
    employs 200 people.': the deal whose counterparty one sentence only described, and the next sentence names it
    right after its role ('The buyer is X', 'Its customer, X,') or its describing noun ('The startup, X,'). The name
    takes the role opposite the named party's, where the noun says no other."""
    m = _role_opening(lex).match(sent.text)
    if m is None or m.group("lead") and not (on("discourse.role_noun_reported") and hit(
            "discourse.role_noun_reported")):
        return []
    if m.group("group") and not (on("discourse.role_noun_group") and hit("discourse.role_noun_group")):
        return []  # 'The buyer is a consortium led by X': the group's lead stands for the group
    if m.group("of") and not (on("discourse.role_noun_of_goods") and hit("discourse.role_noun_of_goods")):
        return []
    if m.group("hedge") and not (on("discourse.role_noun_hedged") and hit("discourse.role_noun_hedged")):
        return []
    if m.group("that") and not (on("discourse.role_noun_that") and hit("discourse.role_noun_that")):
        return []
    first = lone[0]
    party, role = first.parties[0]
    other = OPPOSITE.get(role)
    said = next((r for r in ("buyer", "seller", "investor", "target") if m.group(r)), None)
    if first.type == "acquisition" and said == "buyer":
        said = "acquirer"
    if role == UNSIDED:
        # 'X has signed a $4 billion agreement for computing capacity. The provider is Y': the noun gives both sides
        # (discourse.role_noun_sides)
        if said not in ("buyer", "seller") or not hit("discourse.role_noun_sides"):
            return []
        role, other = OPPOSITE[said], said
    if other is None or said not in (None, other):
        return []
    names = [o for o in _listed_names(sent, m.end(), lex) if o.key != party.key]
    if not names or not hit("discourse.role_noun_names"):
        return []
    named = [replace(o, kind=next((x.kind for x in sent.orgs if x.start == o.start), "other")) for o in
             (names if other == "investor" else names[:1])]
    amount, alternates, terms = first.amount, first.alternates, first.terms
    figures = [f for f in sent.money if not f.excluded and f.amount.value]
    if amount is None and len(figures) == 1 and on("discourse.role_noun_pays") and any(
            t.frame == PAYING_FRAME.get(other) and t.start > named[-1].start for t in sent.triggers) and hit(
            "discourse.role_noun_pays"):
        # ('The tenant, X, will pay about $4 billion over 15 years': the side named pays for the deal told before, or
        # puts in its money; the figure and terms of its sentence are that deal's)
        amount, alternates = figures[0].amount, figures[0].alternates
        terms = {k: v if v is not None else first.terms.get(k) for k, v in read_terms(sent.text).items()}
    return [replace(first, parties=[(party, role)] + [(o, other) for o in named], amount=amount, alternates=alternates,
                    terms=terms, rule=first.rule + "|role_noun_names")]


# the frame of the verb by which the side a role noun names pays (discourse.role_noun_pays)
PAYING_FRAME = {"buyer": "buyer_first", "investor": "investor_first", "acquirer": "acquirer_first"}


# after the name that opens a sentence: a copula and the role it has in the deal told before ('Quendry AI will be the
# sole tenant', 'Tessaly Cloud is the provider') (discourse.named_role_predicate)
NAMED_ROLE_PREDICATE = re.compile(ROLE_AFTER_NAME, re.I)
# ... or in apposition to it: 'Quendry AI, the tenant, will pay ...' (discourse.named_role_apposition)
NAMED_ROLE_APPOSITION = re.compile(rf"\s*,\s*(?:the|its)\s+(?:[\w-]+\s+){{0,2}}?(?:(?P<buyer>{words('buyer_nouns')})|"
                                   rf"(?P<seller>{words('unnamed_seller_nouns')}))\s*,", re.I)


def named_role_predicate(lone: list[Draft], new: list[Draft], sent: Sentence) -> list[Draft]:
    """'Fenwyn will build a 1 GW campus in Texas.' then 'Quendry AI will be the sole tenant, paying about $25 billion':
    the deal whose counterparty one sentence left untold, and the next sentence opens with a name that it says has
    the opposite role in it (a copula and a role noun, context lists buyer_nouns and unnamed_seller_nouns). The name
    takes that role; the sentence's figure and terms size a deal told without a figure (rule
    discourse.named_role_predicate)."""
    if not sent.orgs or sent.text[:sent.orgs[0].start - sent.start].strip():
        return []
    named = sent.orgs[0]
    m = NAMED_ROLE_PREDICATE.match(sent.text, named.end - sent.start)
    if m is None and on("discourse.named_role_apposition"):
        m = NAMED_ROLE_APPOSITION.match(sent.text, named.end - sent.start)
        m = m if m and hit("discourse.named_role_apposition") else None
    first = lone[0]
    party, role = first.parties[0]
    if m is None or named.key == party.key or any(o.key not in (named.key, party.key) for o in sent.orgs):
        return []
    said = "buyer" if m.group("buyer") else "seller"
    other = OPPOSITE.get(role)
    if role == UNSIDED:
        role, other = OPPOSITE[said], said
    if other != said or first.type not in TRADE_TYPES:
        return []
    if any({o.key for o, _ in d.parties} != {named.key} for d in new) or not hit("discourse.named_role_predicate"):
        return []
    amount, alternates, terms = first.amount, first.alternates, dict(first.terms)
    money = [x for x in sent.money if not x.excluded and x.amount.value]
    if money and amount is None:  # ('... paying about $25 billion over 15 years': the sentence's figure and terms)
        amount, alternates = money[0].amount, money[0].alternates
        told = read_terms(sent.text)
        terms = {k: v if v is not None else told.get(k) for k, v in terms.items()}
    return [replace(first, parties=[(party, role), (named, other)], amount=amount, alternates=alternates, terms=terms,
                    rule=first.rule + "|named_role_predicate")]


# a verb of spending right before a figure ('will invest ', 'plans to spend about '), and after a figure the
# counterparty described, not named ('in an AI startup'): discourse.told_spending
SPENT_BEFORE = re.compile(r"\b(?:invest|spend|pour|plough|plow|commit|allocate)(?:s|ed|ing)?\s+(?:(?:about|around|"
                          r"roughly|nearly|some|up\s+to|more\s+than|over|as\s+much\s+as|an\s+additional|a\s+further)"
                          r"\s+)?(?:[$€£¥₹]|[A-Z]{1,3}\$?\s?)?$", re.I)
DESCRIBED_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:in|into)\s+(?:a|an|one)\s", re.I)


def one_party_figure(sent: Sentence):
    """The figure of a sentence that tells a deal of one organisation and drafts none ('Brimoral signs $3 billion
    cloud deal'), with that organisation: (key, money) or None."""
    keys = {o.key for o in sent.orgs}
    money = [m for m in sent.money if not m.excluded and m.amount.value]
    if len(keys) != 1 or not money or not sent.triggers:
        return None
    if on("discourse.total_told_none") and hit("discourse.total_told_none", running_total(sent.text)):
        return None  # 'X has raised $1.6 billion to date': a running total sizes no deal the next sentence tells
    m = money[0]
    if SPENT_BEFORE.search(sent.text, 0, m.start - sent.start) and not DESCRIBED_AFTER.match(
            sent.text, m.end - sent.start) and all(o.end <= m.start for o in sent.orgs) and on(
            "discourse.told_spending") and hit("discourse.told_spending", True):
        return None  # 'X will invest Rs 8,000 crore to build data centres': its own spending sizes no deal told next
    return next(iter(keys)), m


def figure_told_before(new: list[Draft], told, sent: Sentence, drafts: list[Draft], prev: Sentence | None = None,
                       lex: Lexicon | None = None) -> None:
    """'Brimoral signs $3 billion cloud deal' then 'The company will buy computing capacity from Tessaly Cloud over
    five years': the one deal the next sentence tells, with no figure of its own and the same organisation a party,
    is the deal the figure sized (rule discourse.figure_told_before). Not a deal of parties told before ('the raise
    from Deutsche Bank will ...' after the raise): that one is told again, and the figure is another's."""
    key, money = told
    keys = {o.key for o, _ in new[0].parties}
    if len(new) != 1 or new[0].amount is not None or sent.money or key not in keys or any(
            {o.key for o, _ in d.parties} == keys for d in drafts):
        return
    if hit("discourse.figure_told_before"):
        new[0].amount, new[0].alternates = money.amount, money.alternates
        new[0].rule += "|figure_told_before"
        kind = _kind_of_deal_noun(prev, lex) if prev is not None and lex is not None and new[0].type in TRADE_TYPES \
            and on("discourse.type_told_before") else None
        if kind is not None and kind != new[0].type and hit("discourse.type_told_before"):
            # ('Brisvane agreed a compute deal worth $2 billion.' then 'X will provide the lab with GPUs': the deal
            # noun that the figure sized says what was traded; the goods named after are what it runs on)
            new[0].type = kind


# a word right before a deal noun: what the deal trades ('a multi-year compute deal'; discourse.type_told_before)
KIND_BEFORE_DEAL = re.compile(rf"\b([\w-]+)\s+{DEAL_NOUN}\b", re.I)


def _kind_of_deal_noun(sent: Sentence, lex: Lexicon) -> str | None:
    """The one trade kind the words right before the sentence's deal nouns name ('compute deal', 'power contract'),
    else None."""
    rx = cue_regexes(lex)
    kinds = {kind for m in KIND_BEFORE_DEAL.finditer(mask_orgs(sent)) for kind in TRADE_TYPES
             if rx[f"type:{kind}"].fullmatch(m.group(1))}
    return kinds.pop() if len(kinds) == 1 else None


def _bare_pairs(new: list[Draft], sent: Sentence, lex: Lexicon):
    """(draft, its two party keys) for each of the sentence's own drafts that is a bare agreement of two: a
    partnership only because the sentence names nothing traded (no cue of any kind, no trigger with a direction:
    'Quillon will pay Brenmoor $20 million for its software' says more)."""
    rx = cue_regexes(lex)
    masked = None
    for d in new:
        keys = {o.key for o, _ in d.parties}
        if d.type != "partnership" or len(keys) != 2 or d.sentence.start != sent.start or any(
                t.frame != "symmetric" for t in sent.triggers):
            continue
        masked = mask_orgs(sent) if masked is None else masked
        if not any(rx[f"type:{k}"].search(masked) for k in ALL_KINDS):
            yield d, keys


def pair_kind_before(new: list[Draft], drafts: list[Draft], sent: Sentence, lex: Lexicon) -> None:
    """'Zovadro signed a $3 billion capacity deal with Vaorbri.' then 'The two companies had previously agreed a $1.2
    billion contract in March.': a bare agreement of two (a partnership only because the sentence names nothing
    traded: no cue of any kind, and no word with a direction) between the two parties of a trade told before is a
    deal of that kind, each party in the role it had there (rule discourse.pair_kind_before)."""
    for d, keys in _bare_pairs(new, sent, lex):
        before = next((b for b in reversed(drafts) if b.type in TRADE_TYPES and b.sentence.start < sent.start
                       and {o.key for o, _ in b.parties} == keys), None)
        if before is not None and hit("discourse.pair_kind_before"):
            roles = {o.key: r for o, r in before.parties}
            d.type = before.type
            d.parties = [(o, roles[o.key]) for o, _ in d.parties]
            d.rule += "|pair_kind_before"


# 'a second contract', 'another deal', 'a further agreement': one more deal of the kind just told
# (discourse.another_of_kind)
ONE_MORE_DEAL = re.compile(r"\b(?:(?:a|an|its|their)\s+(?:second|third|fourth|further|new|fresh|follow-on|additional)"
                           r"|another)\s+(?:[\w$€£.,-]+\s+){0,2}?(?:contract|deal|agreement|pact)\b", re.I)


def another_of_kind(new: list[Draft], drafts: list[Draft], sent: Sentence, lex: Lexicon) -> None:
    """'Selwyn AI agreed to pay Tarrow Compute $900 million for capacity.' then 'Now Tarrow has signed a second
    contract, with Orlin Labs, worth $1.3 billion.': a bare agreement of two (a partnership only because the sentence
    names nothing traded: no cue of any kind, no word with a direction) told as one more contract of a party of the
    trade just told, with a company that trade did not have, is a deal of that kind, the party in the role it had
    there, the other company in the opposite one (rule discourse.another_of_kind)."""
    if not ONE_MORE_DEAL.search(sent.text):
        return
    for d, keys in _bare_pairs(new, sent, lex):
        before = next((b for b in reversed(drafts) if b.sentence.start < sent.start), None)
        if before is None or before.type not in TRADE_TYPES or {r for _, r in before.parties} != {"buyer", "seller"}:
            continue
        roles = {o.key: r for o, r in before.parties}
        shared = keys & roles.keys()
        if len(shared) == 1 and hit("discourse.another_of_kind"):
            side = roles[next(iter(shared))]
            d.type = before.type
            d.parties = [(o, side if o.key in shared else ("seller" if side == "buyer" else "buyer"))
                         for o, _ in d.parties]
            d.rule += "|another_of_kind"


def part_of_round(new: list[Draft], drafts: list[Draft], sent: Sentence) -> list[Draft]:
    """'X is investing $180 million in Tessen Chips. This is part of a larger $450 million funding round that also
    includes Brandt Bank and private investors like Orvane Capital.': a share of a round, told in this sentence or the
    one before, and the round it is part of, with its own figure and the names it also includes: the round is a
    record of its own, the share's investee raising it from the share's investor and those names (guideline 2; rule
    discourse.part_of_round)."""
    m = PART_OF_ROUND.search(sent.text)
    if m is None:
        return []
    told = new + [d for d in drafts[-1:] if 0 <= sent.start - d.sentence.end <= 3]  # (the sentence just before)
    share = next((d for d in reversed(told) if d.type == "investment" and d.amount is not None and any(
        r == "investee" for _, r in d.parties) and any(r == "investor" for _, r in d.parties)), None)
    figure = next((f for f in sent.money if m.start("figure") <= f.start - sent.start < m.end("figure")
                   and not f.excluded and f.amount.value), None)
    if share is None or figure is None or same_amount(share.amount, figure.amount):
        return []
    names = [o for o in sent.orgs if o.start - sent.start >= m.end()]
    investee = next(o for o, r in share.parties if r == "investee")
    investors = [o for o, r in share.parties if r == "investor"] + [o for o in names if o.key != investee.key]
    if not names or not hit("discourse.part_of_round"):
        return []
    seen: dict[str, OrgMention] = {}
    for o in investors:
        seen.setdefault(o.key, o)
    round_ = Draft("investment", [(investee, "investee")] + [(o, "investor") for o in seen.values()], figure.amount,
                   sent, share.status, share.confidence, share.rule + "|part_of_round", read_terms(sent.text))
    round_.alternates = figure.alternates
    return [round_]


ALL_KINDS = ("compute", "chips", "datacenter", "power", "investment", "acquisition", "partnership")


# 'would pay', 'could invest': a deal told as what would happen, not as made (discourse.status_told_before)
HYPOTHETICAL = re.compile(r"\b(?:would|could)\b", re.I)


def status_told_before(new: list[Draft], prev: Sentence, drafts: list[Draft], lex: Lexicon) -> None:
    """'Marlow Capital is close to a deal for Dalmar Networks, people familiar said.' then 'The firm would pay about
    $1.4 billion for the operator': a deal told as what would happen ('would', 'could'), with no status word of its
    own, among organisations the sentence before named in talks or in a report, where it drafted no deal of a kind
    or a figure, has that sentence's status (rule discourse.status_told_before; guideline 9: talks whoever reports
    it)."""
    if any(d.sentence.start == prev.start and (d.amount is not None or d.type != "partnership") for d in drafts):
        return  # (a bare partnership of the talks, 'is close to a deal', is no deal told there)
    before = deal_status(prev.text, lex)
    if before not in ("talks", "reported"):
        return
    keys = {o.key for o in prev.orgs}
    for d in new:
        if d.status == "announced" and HYPOTHETICAL.search(d.sentence.text) and {o.key for o, _ in d.parties} <= keys \
                and hit("discourse.status_told_before"):
            d.status = before


PAYER_ROLES = {"buyer_first": "buyer", "investor_first": "investor"}


def paying_relative(draft: Draft, sent: Sentence) -> bool:
    """'Quorvane Cloud becomes the exclusive provider of GPU capacity to Halvern Labs, which will pay $900 million
    over three years': a relative clause on the deal's paying party (the clause's one organisation, the relative's
    antecedent) whose verb pays a figure gives the deal just drafted its figure and terms (rule
    discourse.paying_relative)."""
    if not on("discourse.paying_relative") or draft.amount is not None or not sent.orgs or any(
            o.origin != "relative" for o in sent.orgs):
        return False
    payer = sent.orgs[0].key
    roles = {PAYER_ROLES[t.frame] for t in sent.triggers if t.frame in PAYER_ROLES}
    return any(m.amount.value and not m.excluded for m in sent.money) and hit("discourse.paying_relative", any(
        o.key == payer and r in roles for o, r in draft.parties))


# 'will invest in the round', 'put $500 million into a funding round': an investor's verb and the round as its object
INTO_ROUND = re.compile(rf"\s*(?:heavily\s+|also\s+)?(?:{NO_STOP}{{0,40}}?\s)?(?:(?:in|into)\s+)?"
                        rf"(?:this|the|that|a|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{words('round_nouns')})\b", re.I)
# 'led the $600 million round', 'put $50 million into the $600 million funding round': a round told by its figure
# (discourse.round_led_subjects)
INTO_SIZED_ROUND = re.compile(rf"\s*(?:{NO_STOP}{{0,40}}?\s)?(?:(?:in|into)\s+)?(?:(?:this|the|that|its)\s+)?"
                              rf"(?:[\w-]+\s+)?{SIGN}\s?\d[\d.,]*\s*(?:million|billion|bn|mn|m|b)?\s+"
                              rf"(?:[\w-]+\s+){{0,2}}?(?:{words('round_nouns')})\b", re.I)
# 'led the $1.5 billion Series D', 'The $1.5 billion Series D was led by X': a round told by its figure and letter
# (discourse.round_by_letter)
INTO_LETTERED = re.compile(r"\s*(?:" + NO_STOP + r"{0,40}?\s)?(?:(?:in|into)\s+)?(?:(?:this|the|that|its)\s+)?"
                           r"(?:[\w$€£.,-]+\s+){0,4}?Series\s+[A-Z]\b", re.I)
ROUND_LED_BY = re.compile(rf"\W*(?:the|this|that)\s+(?:[\w$€£.,-]+\s+){{0,4}}?(?:(?:{words('round_nouns')})|"
                          rf"Series\s+[A-Z])\s+(?:was|is|has\s+been|will\s+be)\s+(?:co-)?led\s+by\s+", re.I)
# 'Quessa AI is valued at $12 billion after its latest round': the one company of a sentence whose round 'its' names
ITS_ROUND_NOUN = re.compile(rf"\bits\s+(?:[\w-]+\s+){{0,2}}?(?:(?:{words('round_nouns')})|Series\s+[A-Z])\b",
                            re.I)
# 'values Quessa AI at $12 billion', 'is now valued at about $12 billion', 'a valuation of $12 billion': the worth a
# round puts on a company (discourse.valued_raiser)
_ABOUT = r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|at\s+least)\s+)?"
VALUED = re.compile(rf"\b(?:values|valued|valuing)\s+(?:{NO_BREAK}{{0,40}}?\s)?at\s+{_ABOUT}{SIGN}|"
                    rf"\bvaluation\s+of\s+{_ABOUT}{SIGN}", re.I)
RAISER_REACH = 2  # sentences after the one that says a company is raising
LONE_REACH = 3  # sentences after a deal whose counterparty was only described, to the one that names it


def raiser_of(sent: Sentence):
    """The company a sentence says is raising money ('Brimoral is raising money again', 'Velkara is poised to close
    a funding deal'): the one organisation before an investee-first trigger; None when there is none or several."""
    keys = {o.key for o in sent.orgs}
    first = next((t for t in sent.triggers if t.frame == "investee_first"), None)
    if first is None and len(keys) == 1 and on("discourse.round_by_letter") and (
            its := ITS_ROUND_NOUN.search(sent.text)) and sent.orgs[0].start - sent.start < its.start() and hit(
            "discourse.round_by_letter"):
        return sent.orgs[0]  # '... is valued at $12 billion after its latest round'
    if first is None and len(keys) == 1 and on("discourse.valued_raiser") and VALUED.search(sent.text) and hit(
            "discourse.valued_raiser"):
        return sent.orgs[0]  # 'The deal values Quessa AI at $12 billion.': a valuation is a round's
    if first is None or len(keys) != 1 or sent.orgs[0].start > first.start:
        return None
    return sent.orgs[0]


ELIDED_TAIL = re.compile(r"\s*(?:in total|altogether|as well|too)?\s*(?=[,.;]|$)")


def _recipient_elided(sent: Sentence, trigger, money) -> bool:
    """'Investors including Corvel Partners are expected to put in about $1 billion, people familiar said.': the
    money put in goes nowhere the clause names (the figure ends it), so it goes into the round just told."""
    if not money or money[0].start < trigger.start:
        return False
    between = sent.text[trigger.end - sent.start:money[0].start - sent.start]
    return not between.strip(" $€£") and bool(ELIDED_TAIL.match(sent.text, money[0].end - sent.start))


def round_joined(raiser, sent: Sentence, lex: Lexicon) -> list[Draft]:
    """'Brimoral is raising money again.' then 'Halvern Capital will put $500 million into the round.': a
    sentence whose one organisation invests in a round it does not name the company of is that company's round, the
    company a sentence just before said is raising (rule discourse.round_joined)."""
    keys = {o.key for o in sent.orgs}
    if raiser is None or not keys or raiser.key in keys:
        return []
    money = [m for m in sent.money if not m.excluded and m.amount.value]
    led = ROUND_LED_BY.match(sent.text) if on("discourse.round_by_letter") else None
    if led and all(o.start - sent.start >= led.end() for o in sent.orgs) and hit("discourse.round_by_letter"):
        # 'The $1.5 billion Series D was led by Harlow Ventures (and X)': the round's leaders, all its names
        return [_joined_round(raiser, list({o.key: o for o in sent.orgs}.values())[:MAX_PARTIES - 1], money, sent,
                              lex, "investee_first")]
    # 'Harlow Ventures and Brisket Capital led the $600 million round': several investors before the verb, a round
    # told by its figure (discourse.round_led_subjects)
    subjects = on("discourse.round_led_subjects") and len(keys) > 1
    if len(keys) != 1 and not subjects:
        return []
    investor = sent.orgs[-1] if subjects else sent.orgs[0]
    co = [o for o in sent.orgs if subjects and on("discourse.round_led_co_investors") and co_investor(sent, o)]
    if co and co[0].start > sent.orgs[0].end and all(o in co for o in sent.orgs if o.start >= co[0].start):
        # 'A and B led the round, with C and D also participating': the subjects lead it, the names after the
        # co-investors' cue put money in too (discourse.round_led_co_investors)
        investor = max((o for o in sent.orgs if o.end <= co[0].start), key=lambda o: o.end)
    trigger = next((t for t in sent.triggers if t.frame == "investor_first" and t.start >= investor.end), None)
    if trigger is None:
        return []
    # (from the verb's end: a trigger may take the round's article in, 'led the')
    after = trigger.head_end - sent.start
    into = INTO_ROUND.match(sent.text, after) or (on("discourse.round_by_letter") and hit(
        "discourse.round_by_letter", INTO_LETTERED.match(sent.text, after)))
    if not into and on("discourse.round_led_subjects") and hit("discourse.round_led_subjects", bool(
            INTO_SIZED_ROUND.match(sent.text, after))):
        into = True
    if subjects:
        if not into or not hit("discourse.round_led_subjects", True):
            return []
        if investor is not sent.orgs[-1]:
            hit("discourse.round_led_co_investors")
        return [_joined_round(raiser, list({o.key: o for o in sent.orgs}.values())[:MAX_PARTIES - 1], money, sent,
                              lex, "investor_first")]
    if not into and not hit("discourse.recipient_elided", on("discourse.recipient_elided") and _recipient_elided(
            sent, trigger, money)):
        return []
    if into and not hit("discourse.round_joined"):
        return []
    return [_joined_round(raiser, [investor], money, sent, lex, "investor_first")]


def round_status_before(new: list[Draft], said: Sentence, lex: Lexicon) -> None:
    """'Velkor Labs is in talks to raise new funding.' then 'Pellam Ventures is expected to lead the round, people
    familiar said': the round a sentence joins to the company the sentence before said is raising has that sentence's
    status where it is talks (guideline 9: talks whoever reports it), or where it is done and this sentence tells no
    status of its own ('X closed a new round.' 'The $600 million Series C was led by A': the most advanced verb wins;
    rule discourse.round_status_before)."""
    before = deal_status(said.text, lex)
    for d in new:
        if "|round_joined" in d.rule and d.status != before and (before == "talks" or (
                before == "completed" and d.status == "announced")) and hit("discourse.round_status_before"):
            d.status = before


def _joined_round(raiser, investors: list, money: list, sent: Sentence, lex: Lexicon, frame: str) -> Draft:
    """The round of the company said to be raising, with the investors this sentence names (discourse.round_joined)."""
    return Draft("investment", [(raiser, "investee")] + [(o, "investor") for o in investors],
                 money[0].amount if money else None, sent, deal_status(sent.text, lex), 0.6,
                 f"investment|{frame}|round_joined", read_terms(sent.text), money[0].alternates if money else ())


def goods_told_before(prev: Sentence, sent: Sentence, new: list[Draft], drafts: list[Draft],
                      lex: Lexicon) -> list[Draft]:
    """'Tarvell Labs is buying more computing power.' then 'It signed a $3 billion deal with Norwick Cloud.': a deal of
    two partners that its sentence tells by a bare deal noun, no word of what is traded, after a sentence that tells
    its one company trading goods and drafts none: the deal trades those goods, the company on the side its verb
    gives (rule discourse.goods_told_before)."""
    if len(new) != 1 or new[0].type != "partnership" or len(new[0].parties) != 2 or any(
            d.sentence.start == prev.start for d in drafts):
        return new
    draft = new[0]
    first = {o.key: o for o in prev.orgs}
    keys = [o.key for o, _ in draft.parties]
    if len(first) != 1 or next(iter(first)) not in keys:
        return new
    rx, masked = cue_regexes(lex), mask_orgs(sent)
    if any(rx[f"type:{kind}"].search(masked) for kind in TRADE_TYPES + ("partnership",)):
        return new  # the sentence says what it trades, or that it is a joint undertaking
    money = [x for x in prev.money if not x.excluded and x.amount.value]
    type_, trigger = choose_type(prev, lex, money)
    party = next(iter(first.values()))
    if type_ not in TRADE_TYPES or trigger is None or trigger.frame not in ("buyer_first", "seller_first") or (
            party.start > trigger.start) or not hit("discourse.goods_told_before"):
        return new
    side = "buyer" if trigger.frame == "buyer_first" else "seller"
    parties = [(o, side if o.key == party.key else OPPOSITE[side]) for o, _ in draft.parties]
    return [replace(draft, type=type_, parties=parties, rule=draft.rule + "|goods_told_before")]
