"""Money mentions: figure, currency, qualifier, period, from the vocabulary in money.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cached_property

from ..records import Amount



# a figure that sizes the name before it, in its apposition: 'Korvane, a $2 billion startup,', 'The Meridian Fund, a
# $5 billion vehicle managed by ...' (rule mentions.sized_apposition): before it a name, a comma and an article; after
# it a noun of a company or a fund, and the apposition's end
SIZED_BEFORE = re.compile(r"[A-Z][\w&.'’-]*\s*,\s+(?:a|an|the)\s+$")
SIZED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:company|startup|start-up|firm|group|chipmaker|lab|developer|"
                         r"provider|operator|maker|fund|vehicle|investor|lender|unicorn)\b[^,;.—]{0,60}?[,—]")
# 'the $270bn chipmaker', 'a $2 billion startup': a figure between an article and a noun of a company, which it sizes
# (not 'a $2 billion startup deal'; mentions.sized_company)
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
SIZED_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:company|startup|start-up|firm|chipmaker|chip\s+maker|lab|unicorn|"
                              r"giant|conglomerate)\b(?!['’]s)(?!\s+(?:deal|contract|agreement|acquisition|"
                              r"investment|round|purchase|order|stake|takeover|buyout|merger)s?\b)", re.I)
# 'backed by a $15 billion AI fund': the size of the fund behind a company (mentions.backing_fund_size)
BACKED_BY_A = re.compile(r"\bbacked\s+by\s+(?:a|an)\s+$", re.I)
FUND_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:fund|vehicle)\b", re.I)
# 'SoftBank owning a $3 billion Nvidia stake', 'holds a $500 million stake in X': the size of a holding already had,
# a relationship described (guideline 3), no deal's figure (mentions.held_stake)
HOLDING_BEFORE = re.compile(r"\b(?:own|owns|owning|owned|hold|holds|holding|held|retains|retaining|keeps|keeping)\s+"
                            r"(?:a|an|its|their|the)\s+$", re.I)
STAKE_AFTER = re.compile(r"\s+(?:[\w&.-]+\s+){0,3}?(?:stake|holding|shareholding|position)\b", re.I)
# "Brisa's 10% stake in Lumora is now worth about $4 billion": a stake held, then what it is worth
# (mentions.stake_worth)
WORTH_TOLD = r"\b(?:is|are|was|were)\s+(?:now\s+|currently\s+|already\s+)?(?:worth|valued\s+at)"  # (mentions.py too)
STAKE_WORTH_BEFORE = re.compile(r"\b(?:stake|stakes|holding|holdings|shareholding)\b[^.;,$€£¥]{0,60}?" + WORTH_TOLD
                                + r"\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|almost\s+|more\s+than\s+|"
                                r"over\s+|at\s+least\s+)?$", re.I)

# right after a figure: a relative clause whose subject, a name, paid or spent it ('the $16.7 billion Velkara paid
# to acquire the company'; rule mentions.figure_paid_relative)
# 'for an enterprise value of about', 'at an equity value of': the value a deal pays for what it buys, after the
# preposition of a price (mentions.priced_at_value)
# 'a contract analysts valued at $6 billion', 'which analysts estimate at about $2 billion': what outsiders put the deal
# at right before the figure, not what the parties said (mentions.analyst_value; discourse.analyst_estimate across
# sentences)
ANALYST_VALUE = re.compile(r"\banalysts?\s+(?:have\s+|had\s+)?(?:valued|value|estimated|estimate|put|puts|priced|"
                           r"reckon(?:ed)?)\s+(?:it\s+|the\s+deal\s+|the\s+contract\s+)?(?:at\s+)?"
                           r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|up\s+to\s+|more\s+than\s+)?$", re.I)
# ('for $18.50 per share in cash, representing an enterprise value of about $2.7 billion': the price in total)
# ('in a deal with an enterprise value of $2.4 billion': the deal's own value, not a company's)
PRICED_AT_VALUE = re.compile(r"(?<!valued\s)(?<!valuing\s)\b(?:for|at|representing|implying|"
                             r"(?:deal|transaction|acquisition|takeover|purchase|merger)\s+with|"
                             r"(?:which|that)\s+represents)\s+(?:an?|the)\s+(?:total\s+|implied\s+)?"
                             r"(?:enterprise|equity|transaction)\s+value\s+of\s+(?:(?:about|around|approximately|roughly|nearly|some|almost|over|up\s+to|"
                             r"more\s+than)\s+)?$", re.I)
PAID_RELATIVE = re.compile(r"\s+(?:that\s+|which\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}(?:had\s+|has\s+)?(?:paid|spent)\b")

@dataclass(frozen=True, slots=True)
class Money:
    start: int
    end: int
    text: str
    amount: Amount  # value None for vague figures ("tens of billions")
    excluded: str | None = None  # why this figure is not a deal amount (valuation, revenue, ...)
    alternates: tuple[Amount, ...] = ()  # the same figure converted: "EUR10 billion (USD10.8 billion)"


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


MONEY_LISTS = ("currency_symbols", "currency_words", "scales", "number_words", "qualifiers", "periods",
               "not_amount_before", "not_amount_after", "balance_after", "price_before", "change_verbs", "change_breaks",
               "result_nouns", "reaching_verbs",
               "total_words", "estimate_nouns", "deal_context_nouns", "valuation_owners", "valuation_links",
               "spending_plan_before")


class MoneyRules:
    """Compiled money vocabulary; `find(text)` returns every money mention in text order."""

    def __init__(self, vocab: dict):
        missing = [k for k in MONEY_LISTS if not vocab.get(k)]
        if missing:
            raise ValueError(f"money.yaml: missing or empty: {', '.join(missing)}")
        self.vocab = vocab
        self.symbols = vocab["currency_symbols"]
        self.words = vocab["currency_words"]
        self.scales = {k.lower(): int(v) for k, v in vocab["scales"].items()}
        self.numbers = vocab["number_words"]

    @cached_property
    def pattern(self) -> re.Pattern:
        num = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
        def rng(n: str) -> str:
            return rf"(?P<lo{n}>{num})(?:\s?(?:-|–|—|to)\s?(?:US\$|\$|€|£)?(?P<hi{n}>{num}))?"
        long_scales = _alternation([s for s in self.scales if len(s) >= 2])  # 'USD 1.4 bn': may stand apart
        short_scales = _alternation([s for s in self.scales if len(s) <= 3])
        scale = rf"(?:\s?-?(?P<scale>{long_scales})\b|(?P<short>{short_scales})\b)"
        sym = _alternation(self.symbols)
        cur_word = _alternation(self.words)
        numword = _alternation(self.numbers)
        # an ISO code before a symbol names the symbol's currency: 'CAD $62,750,000', 'SGD $1.5 billion'
        codes = _alternation([k for k in self.symbols if len(k) == 3 and k.isalpha() and k.isupper()])
        # (the symbol as written: 'a$2 billion' is the article glued to '$', not 'A$', Australian dollars)
        symbol_form = (rf"(?:(?P<iso>{codes})\s)?(?P<sym>(?-i:{sym}))\s?{rng(1)}{scale}?(?P<plus>\+|-plus\b)?"
                       rf"(?:\s(?P<curw1>{cur_word})\b)?")
        # ('two and a half billion dollars', 'a nine-and-a-half-billion-dollar deal': mentions.and_a_half)
        # ('half a billion dollars': mentions.half_a)
        word_form = (rf"(?:{rng(2)}|(?P<halfa>half[\s-]+a)|(?P<nw>{numword})(?P<half>[\s-]+and[\s-]+a[\s-]+half)?)"
                     rf"\s?-?"
                     rf"(?P<scale2>{long_scales})[\s-]"
                     rf"(?P<curw2>{cur_word})\b")
        vague = (rf"(?P<vague>(?:tens|hundreds|several|multiple)\s+of\s+(?:billions|millions|trillions)"
                 rf"(?:\s+of\s+(?:{cur_word}))?|multi-?(?:billion|million)[- ](?:{cur_word}))")
        # not inside a word, except a symbol glued to the word before it ('Pennavar$17.4B': a missing space)
        return re.compile(rf"(?:(?<![\w$€£¥])|(?<=[a-z])(?=[$€£¥₹₩]))(?:{vague}|{symbol_form}|{word_form})", re.I)

    @cached_property
    def qualifier_re(self) -> re.Pattern:
        alts = [rf"(?P<{q}>{_alternation(ws)})" for q, ws in self.vocab["qualifiers"].items()]
        return re.compile(rf"(?:^|\W)(?:{'|'.join(alts)})\s*(?:of\s+|the\s+)?$", re.I)

    @cached_property
    def period_re(self) -> re.Pattern:
        alts = [rf"(?P<{p}>{_alternation(ws)})" for p, ws in self.vocab["periods"].items()]
        return re.compile(rf"^\s?-?(?:{'|'.join(alts)})(?!\s+(?:ago|earlier|later|before|after))\b", re.I)

    @cached_property
    def goods_period_re(self) -> re.Pattern:
        """'$2 billion of capacity from X each year': the goods a figure buys, then its period
        (mentions.goods_period)."""
        alts = [rf"(?P<{p}>{_alternation(ws)})" for p, ws in self.vocab["periods"].items()]
        # (the goods in lower case, the seller's name capitalised; the period's words in any case)
        return re.compile(rf"^\s+(?:worth\s+)?of\s+(?:[a-z][\w-]*\s+){{1,3}}(?:(?:from|to|with)\s+[A-Z][\w&.-]*"
                          rf"(?:\s+[A-Z][\w&.-]*){{0,2}}\s+)?(?i:{'|'.join(alts)})"
                          rf"(?!\s+(?:ago|earlier|later|before|after))\b")

    @cached_property
    def excluded_before(self) -> re.Pattern:
        # (a hedge may stand between the words and the figure: 'at a valuation of about $20 billion')
        hedges = _alternation([w for ws in self.vocab["qualifiers"].values() for w in ws])
        return re.compile(rf"(?:\b(?:{_alternation(self.vocab['not_amount_before'])})\b[^.;]{{0,4}}"
                          rf"(?:(?<![\w~])(?:{hedges})\s*)?"
                          rf"|\b(?:{_alternation(self.vocab['change_verbs'])})\b"
                          rf"(?:(?!\b(?:{_alternation(self.vocab['change_breaks'])})\b)[^.;$€£]){{0,30}}"
                          rf"|(?<!contract )(?<!contracted )(?<!lease )\b(?:{_alternation(self.vocab['result_nouns'])})\b[^.;$€£]{{0,40}}"
                          rf"|\b(?:{_alternation(self.vocab['total_words'])})\b[^.;$€£]{{0,60}}\bto\s+(?:about\s|around\s|approximately\s|roughly\s|more than\s|over\s|nearly\s)?"
                          rf"|\b(?:{_alternation(self.vocab['estimate_nouns'])})"
                          rf"\s+(?:to|of|at|for|was|is|between|around|about|just|only)?\s*(?:about\s|around\s|roughly\s|nearly\s|just\s)?"
                          # ('would value X at below the $5 billion it fetched': a hedge, then 'the' figure)
                          rf"|\bvalu(?:e|es|ed|ing)\s+[^.;$€£]{{1,40}}\bat\s"
                          rf"(?:(?:{hedges}|below|under|less\s+than)\s+)?(?:the\s+)?"
                          rf"|^(?![^.;]*\b(?:{_alternation(self.vocab['deal_context_nouns'])})\b)[^.;]*\bvalued at\s(?:about\s|around\s|roughly\s|approximately\s|more than\s|over\s|nearly\s)?"
                          # ('Kovar, which was valued at $24 billion in ...' where the window begins in the sentence
                          # before: a company's valuation told with 'was', 'is', 'has been')
                          rf"|[.;]\s+(?![^.;]*\b(?:{_alternation(self.vocab['deal_context_nouns'])})\b)[^.;]*\b(?:was|is|were|are|been)\s+valued at\s(?:about\s|around\s|roughly\s|approximately\s|more than\s|over\s|nearly\s)?)$", re.I)

    @cached_property
    def spending_plan(self) -> re.Pattern:
        return re.compile(rf"\b(?:{_alternation(self.vocab['spending_plan_before'])})\b[^.;]{{0,4}}$", re.I)

    @cached_property
    def deal_valued(self) -> re.Pattern:
        """'valued at' right before the figure, a deal noun earlier in its clause with no company word between:
        the deal's value, however far the noun is ('The acquisition of X by Y, valued at $3.3 billion')."""
        # ('revenue from its contract with Brevik, worth $11 billion over five years': 'worth' set off after the
        # deal and its other side is the deal's worth too)
        return re.compile(rf"\b(?:{_alternation(self.vocab['valued_deal_nouns'])})s?\b"
                          # (nor a relative clause on a name: 'a 12% stake in Brevik AI, which it valued at $4
                          # billion' values the company)
                          # (a company word in lower case: 'Kalvik Group' is a name, no 'group' that is valued)
                          rf"(?:(?!\b(?-i:{_alternation(self.vocab['valued_deal_breaks'])})\b"
                          rf"|(?-i:[A-Z])[\w&-]*,\s+which\b)"
                          rf"[^.;$€£]){{0,100}}"
                          rf"(?:\bvalued at|,\s+(?:which\s+is\s+)?worth)\s+{self.hedge}$", re.I)

    @cached_property
    def goods_valued(self) -> re.Pattern:
        """'to supply servers valued at approximately $1.3 billion': goods right before 'valued at' are what the
        figure prices, the deal's value, no company's (rule mentions.goods_valued)."""
        return re.compile(rf"\b(?:{_alternation(self.vocab['valued_goods_nouns'])})\s+valued\s+at\s+{self.hedge}$",
                          re.I)

    @cached_property
    def result_reached(self) -> re.Pattern:
        """A company's results for subject, a verb of reaching right before the figure ('Halden's backlog of contracts,
        including deals with A and B, reached $50 billion'): the figure measures the results, however far back the
        results noun stands in its clause (rule mentions.result_reached)."""
        return re.compile(rf"(?<!contract )(?<!contracted )(?<!lease )\b(?:{_alternation(self.vocab['result_nouns'])})"
                          rf"\b[^.;$€£]{{0,120}}\b(?:{_alternation(self.vocab['reaching_verbs'])})\s+{self.hedge}$",
                          re.I)

    @cached_property
    def hedge(self) -> str:
        """Any qualifier of a figure (qualifiers in money.yaml: 'about', 'approximately', 'up to', 'more than' ...),
        optional, as it may stand between a rule's words and the figure they read."""
        words = [w for ws in self.vocab["qualifiers"].values() for w in ws]
        return rf"(?:(?:{_alternation(words)})\s*)?"

    @cached_property
    def name_valued(self) -> re.Pattern:
        """'a bid for Quessary, which was last valued at $1.2 billion', 'Quessary, a chip startup valued at': what a
        named company is valued at, told in a relative clause or an apposition on its name (mentions.name_valued)."""
        nouns = _alternation([w for w in self.vocab["valued_deal_breaks"] if w not in ("last", "previously", "once",
                                                                                        "itself")])
        return re.compile(rf"(?-i:[A-Z])[\w&.'’-]*,\s+(?:which\s+(?:was|is|has\s+been|had\s+been)\s+"
                          rf"(?:[a-z]+\s+){{0,2}}?"
                          rf"|(?:an?|the)\s+(?:[\w-]+\s+){{0,6}}?(?:{nouns})s?\b[^,;.$€£]{{0,60}}?\s"
                          rf"|(?:now|last|recently)\s+)valued\s+at\s+{self.hedge}$", re.I)

    @cached_property
    def name_worth(self) -> re.Pattern:
        """'Velkara, which listed in March and is now worth about $45 billion,', 'Velkara, now worth $45 billion,': what
        a named company is worth at present ('now', 'currently', 'today'), told in a relative clause or an apposition
        on its name (mentions.name_worth); a deal's worth is no state of the present."""
        return re.compile(rf"(?-i:[A-Z])[\w&.'’-]*,\s+(?:which\s+(?:[^,;.$€£]{{0,60}}?\s)?(?:is|was|has\s+been)\s+)?"
                          rf"(?:now|currently|today)\s+worth\s+{self.hedge}$", re.I)

    @cached_property
    def trade_cost(self) -> re.Pattern:
        """'at a cost of' right before the figure, a verb of trading earlier in its clause: the goods' price."""
        return re.compile(rf"\b(?:{_alternation(self.vocab['trade_cost_verbs'])})\b[^.;$€£]{{0,100}}"
                          rf"\bat\s+a\s+(?:total\s+|combined\s+)?cost\s+of\s+{self.hedge}$", re.I)

    @cached_property
    def agreement_cost(self) -> re.Pattern:
        """'costing' right before the figure, an agreement noun shortly before it: the agreement's price,
        not a project's cost."""
        return re.compile(rf"\b(?:{_alternation(self.vocab['deal_context_nouns'])})s?\b[^.;$€£]{{0,60}}\bcosting\s+"
                          rf"{self.hedge}$", re.I)

    @cached_property
    def contract_revenue(self) -> re.Pattern:
        """A verb of bringing in right before the figure ('generate', 'bring X'), an agreement noun earlier in its
        clause: 'an agreement with Y, which is expected to generate more than $3.5 billion in revenue' (rule
        mentions.contract_revenue): the revenue the agreement brings is what it is worth."""
        return re.compile(rf"\b(?:{_alternation(self.vocab['deal_context_nouns'])})s?\b[^.;$€£]{{0,100}}\b(?:generate|"
                          rf"generates|generating|bring|brings|bringing|yield|yields|produce|produces)\s+"
                          rf"(?:(?-i:[A-Z])[\w&.'’-]*\s+){{0,3}}(?:an?\s+(?:cumulative|combined|total|estimated)\s+)?"
                          rf"{self.hedge}$", re.I)

    @cached_property
    def revenue_from_deal(self) -> re.Pattern:
        """After the figure, 'from' its, the or a deal noun 'with' someone: 'expects revenue of $4 billion from its
        contract with Y' (rule mentions.revenue_from_deal): the revenue one agreement brings is what it is worth."""
        return re.compile(rf"^\s*(?:in\s+(?:revenue|revenues|sales)\s+)?from\s+(?:its|the|a|their|this|that)\s+"
                          rf"(?:[\w$.,-]+\s+){{0,4}}?(?:{_alternation(self.vocab['deal_context_nouns'])})s?\s+with\b", re.I)

    @cached_property
    def excluded_after(self) -> re.Pattern:
        # '... the $500 billion Stargate project': the size of a programme, not of this deal
        return re.compile(rf"^\s?[-–]?\s?(?:{_alternation(self.vocab['not_amount_after'])})\b"
                          # a name before the programme word: capitalised (the pattern ignores case elsewhere), so
                          # '$2.5 billion of project financing' keeps its figure
                          rf"|^\s(?:(?-i:[A-Z])[\w-]*\s){{1,2}}(?:project|initiative|program|programme|plan)\b", re.I)

    @cached_property
    def valuation_before(self) -> re.Pattern:
        # "the company's estimated value in this deal reaching a staggering $350 billion": a company's value, not the
        # deal's ('the deal has a value of $10 billion' keeps its figure: no owner word before 'value')
        return re.compile(rf"(?:['’]s|\b(?:{_alternation(self.vocab['valuation_owners'])}))\s+(?:estimated\s+)?value\b"
                          rf"[^.;$€£]{{0,40}}\b(?:{_alternation(self.vocab['valuation_links'])})\s+(?:[a-z]+\s+){{0,2}}$", re.I)

    @cached_property
    def balance_after(self) -> re.Pattern:
        return re.compile(rf"^\s?(?:{_alternation(self.vocab['balance_after'])})\b", re.I)

    @cached_property
    def price_before(self) -> re.Pattern:
        return re.compile(rf"\b(?:{_alternation(self.vocab['price_before'])})\s+(?:[\w.-]+\s+){{0,4}}$", re.I)

    def find(self, text: str) -> list[Money]:
        """Every money mention in text, with conversions in parentheses dropped."""
        found: list[Money] = []
        for m in self.pattern.finditer(text):
            money = self._build(text, m)
            if money is None:
                continue
            if found and _is_conversion(text, found[-1], money):
                found[-1] = replace(found[-1], alternates=found[-1].alternates + (money.amount,))
                continue
            if found and _range_end(text, found[-1], money):
                # 'between $1 billion and $2 billion', 'from $1 billion to $2 billion': one figure, its low end, as
                # '$1-2 billion' is read (rule mentions.figure_range)
                low = found[-1]
                found[-1] = replace(low, end=money.end, text=text[low.start:money.end], amount=replace(
                    low.amount, qualifier="at_least", period=money.amount.period))
                continue
            found.append(money)
        return found

    def _build(self, text: str, m: re.Match) -> Money | None:
        from .rules import hit, on  # (here: rules.py loads its registry through lexicon.py, which reads this module)
        g = m.groupdict()
        before, after = text[max(0, m.start() - 60):m.start()], text[m.end():m.end() + 40]
        if g["vague"]:
            cur = self._currency(g.get("sym"), g["vague"].split()[-1])
            return Money(m.start(), m.end(), m.group(0), Amount(None, cur or "USD"))
        value = self._value(g)
        if value is None or value <= 0:
            return None
        cur = self._currency(g.get("iso") or g.get("sym"), g.get("curw1") or g.get("curw2"))
        qualifier = self._qualifier(before, g)
        end = m.end()
        period = "once"
        pm = self.period_re.match(after)
        if pm:
            period = next(k for k, v in pm.groupdict().items() if v)
            end += pm.end()
        else:
            # '$2 billion of capacity a year', '$2 billion of capacity from X each year': the goods the figure buys,
            # then the period (mentions.goods_period; the figure's own span ends where it did)
            gp = self.goods_period_re.match(text[m.end():m.end() + 90])
            if gp and on("mentions.goods_period") and hit("mentions.goods_period"):
                period = next(k for k, v in gp.groupdict().items() if v)
        excluded = None
        if self.excluded_before.search(before[-45:]) or self.excluded_after.match(text[end:end + 40]) or \
                self.valuation_before.search(before) or (
                self.balance_after.match(text[end:end + 20]) and not self.price_before.search(before)):
            excluded = "not a deal amount"
        if excluded is None and on("mentions.result_reached") and hit("mentions.result_reached", bool(
                self.result_reached.search(text[max(0, m.start() - 200):m.start()]))):
            excluded = "not a deal amount"
        if excluded is None and self.spending_plan.search(before[-45:]):
            excluded = SPENDING_PLAN  # 'plans to spend $80 billion on data centers': a budget, unless a seller is named
        if excluded is None and on("mentions.spent_on_things") and SPEND_BEFORE.search(before[-30:]) and hit(
                "mentions.spent_on_things", bool(ON_THINGS_AFTER.match(text, end))) and not hit(
                "mentions.agreed_to_spend", on("mentions.agreed_to_spend") and bool(AGREED_TO_SPEND.search(
                    before[-45:]))):
            excluded = SPENDING_PLAN  # 'will spend Rs 15,000 crore on data centres, and announced a venture with X'
            # (not 'has agreed to spend $3 billion on computing capacity': the cost of an agreement, whose seller the
            # passage may name elsewhere; mentions.agreed_to_spend)
        # (the window reaches past the 60 characters of `before`: names of two or three words each fill it)
        if excluded and self.agreement_cost.search(text[max(0, m.start() - 120):m.start()]):
            excluded = None  # 'contracts with A and B, costing $1.25 billion and ...': what the agreement costs
        if excluded and on("mentions.trade_cost") and hit("mentions.trade_cost", bool(
                self.trade_cost.search(text[max(0, m.start() - 160):m.start()]))):
            excluded = None  # 'will provide X with GPU clusters at a cost of $800 million a year': the goods' price
        if excluded and on("mentions.figure_paid_relative") and hit("mentions.figure_paid_relative", bool(
                PAID_RELATIVE.match(text, end))):
            excluded = None  # 'a drop from the $16.7 billion Velkara paid to acquire it': what a company paid
        if excluded and on("mentions.contract_revenue") and hit("mentions.contract_revenue", bool(
                self.contract_revenue.search(text[max(0, m.start() - 160):m.start()]))):
            excluded = None  # 'an agreement ... expected to generate $3.5 billion in revenue': what it is worth
        if excluded and on("mentions.revenue_from_deal") and hit("mentions.revenue_from_deal", bool(
                self.revenue_from_deal.match(text[end:end + 120]))):
            excluded = None  # 'expects revenue of $4 billion from its contract with X': what the contract is worth
        if excluded and on("mentions.priced_at_value") and hit("mentions.priced_at_value", bool(
                PRICED_AT_VALUE.search(before))):
            excluded = None  # 'would buy X for an enterprise value of about $7.6 billion': the price it pays
        if excluded and on("mentions.goods_valued") and hit("mentions.goods_valued", bool(
                self.goods_valued.search(text[max(0, m.start() - 60):m.start()]))):
            excluded = None  # 'to supply servers valued at about $1.3 billion': what the goods cost
        if excluded and on("mentions.deal_valued_at") and hit("mentions.deal_valued_at", bool(
                self.deal_valued.search(text[max(0, m.start() - 160):m.start()]))):
            excluded = None  # 'The acquisition of X by Y, valued at $3.3 billion, closed': what the deal is worth
        if excluded is None and on("mentions.analyst_value") and hit("mentions.analyst_value", bool(
                ANALYST_VALUE.search(before[-60:]))):
            excluded = "not a deal amount"  # 'a contract analysts valued at $6 billion': an outsider's guess
        if excluded is None and on("mentions.name_valued") and hit("mentions.name_valued", bool(
                self.name_valued.search(text[max(0, m.start() - 160):m.start()]))):
            excluded = "valuation"  # 'a bid for X, which was last valued at $1.2 billion': the company's value
        if excluded is None and on("mentions.name_worth") and hit("mentions.name_worth", bool(
                self.name_worth.search(text[max(0, m.start() - 160):m.start()]))):
            excluded = "valuation"  # 'X, which listed in March and is now worth $45 billion,': the company's value
        if excluded is None and on("mentions.sized_apposition") and SIZED_BEFORE.search(before) and hit(
                "mentions.sized_apposition", bool(SIZED_AFTER.match(text, end))):
            excluded = "valuation"  # 'Korvane, a $2 billion startup, raised ...': the name's size, no deal's
        if excluded is None and on("mentions.sized_company") and ARTICLE_BEFORE.search(before) and hit(
                "mentions.sized_company", bool(SIZED_NOUN_AFTER.match(text, end))):
            excluded = "valuation"  # 'take a 10 per cent stake in the $270bn chipmaker': the company's size, no deal's
        if excluded is None and on("mentions.backing_fund_size") and BACKED_BY_A.search(before) and hit(
                "mentions.backing_fund_size", bool(FUND_AFTER.match(text, end))):
            excluded = "valuation"  # 'Tarrow, backed by a $15 billion AI fund, ...': the backer's size, no deal's
        if excluded is None and on("mentions.held_stake") and HOLDING_BEFORE.search(before) and hit(
                "mentions.held_stake", bool(STAKE_AFTER.match(text, end))):
            excluded = "not a deal amount"  # 'with SoftBank owning a $3 billion Nvidia stake': a holding already had
        if excluded is None and on("mentions.stake_worth") and hit("mentions.stake_worth", bool(
                STAKE_WORTH_BEFORE.search(text, max(0, m.start() - 120), m.start()))):
            excluded = "valuation"  # "Brisa's stake in Lumora is now worth $4 billion": a holding's value, no deal's
        if not (g.get("scale") or g.get("short") or g.get("scale2")) and value < 1_000_000:
            excluded = excluded or "small figure"
        return Money(m.start(), end, text[m.start():end], Amount(value, cur, qualifier, period), excluded)

    def _value(self, g: dict) -> int | None:
        raw = g.get("lo1") or g.get("lo2")
        if raw:
            number = _to_decimal(raw)
        elif g.get("nw"):
            number = Decimal(self.numbers[g["nw"].lower()])
            if g.get("half"):
                from .rules import hit, on  # (rules.py loads its registry through lexicon.py, which reads this module)
                if not (on("mentions.and_a_half") and hit("mentions.and_a_half")):
                    return None
                number += Decimal("0.5")
        elif g.get("halfa"):
            from .rules import hit, on
            if not (on("mentions.half_a") and hit("mentions.half_a")):
                return None
            number = Decimal("0.5")
        else:
            return None
        if number is None:
            return None
        scale_word = (g.get("scale") or g.get("short") or g.get("scale2") or "").lower()
        if scale_word and scale_word not in self.scales:
            return None
        return int(number * self.scales.get(scale_word, 1))

    def _currency(self, sym: str | None, word: str | None) -> str | None:
        if sym:
            for key, code in self.symbols.items():
                if key.lower() == sym.lower():
                    return code
        if word:
            return self.words.get(word.lower())
        return "USD"

    def _qualifier(self, before: str, g: dict) -> str:
        if g.get("plus"):
            return "at_least"
        if g.get("hi1") or g.get("hi2"):
            return "at_least"
        qm = self.qualifier_re.search(before)
        if qm:
            return next(k for k, v in qm.groupdict().items() if v)
        return "exact"


# a range of two figures: opened before the first, joined between them (rule mentions.figure_range)
RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.I)
RANGE_JOIN = re.compile(r"\s*(?:and|to|-|–)\s*", re.I)


def _range_end(text: str, low: Money, high: Money) -> bool:
    """The second figure of a range opened by 'between' or 'from' ('between $1 billion and $2 billion')."""
    from .rules import hit, on  # (here: rules.py loads its registry through lexicon.py, which reads this module)
    if not on("mentions.figure_range") or low.amount.currency != high.amount.currency or (
            high.amount.value or 0) <= (low.amount.value or 0) or not RANGE_JOIN.fullmatch(text[low.end:high.start]):
        return False
    return hit("mentions.figure_range", bool(RANGE_OPEN.search(text[max(0, low.start - 10):low.start])))


# why a figure a company plans to spend is no amount (candidates.py takes it where the sentence names a seller)
SPENDING_PLAN = "spending plan"
# a verb of spending right before a figure, and 'on' after it with things, no name, up to the clause's end: what a
# company spends on its own buildout is a budget, as a plan to spend is (mentions.spent_on_things)
# before the verb of spending: an agreement or a commitment to spend ('has agreed to spend', 'committed to spending';
# mentions.agreed_to_spend)
_SPEND_HEDGE = r"(?:(?:about|around|roughly|nearly|more\s+than|over|up\s+to|an\s+estimated)\s+)?$"
AGREED_TO_SPEND = re.compile(r"\b(?:agreed|agrees|committed|commits|pledged|pledges)\s+to\s+(?:spend|spending)\s+"
                             + _SPEND_HEDGE, re.I)
SPEND_BEFORE = re.compile(r"\b(?:spend|spends|spending|spent)\s+" + _SPEND_HEDGE, re.I)
ON_THINGS_AFTER = re.compile(r"(?:\s+(?:over|in|during|through)\s+(?:the\s+)?(?:next\s+)?[\w-]+(?:\s+years?)?)?\s+on\s+"
                             r"(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*(?=\s*(?:[,;.]|\band\b|\bby\b|\bover\b|\bin\b|"
                             r"\bacross\b|$))")

# between coordinated figures that share the period written after the last ('$1.25 billion and $920 million per
# month'): each is paid per month
SHARED_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)")
# ... but not a comma and 'or', which restate the figure before in other terms ('a total of $1.2 billion, or $200
# million per year'; mentions.or_restates)
RESTATING_GAP = re.compile(r"\s*,\s*or\s+")


def shared_periods(found: list[Money], text: str, share, restates=lambda: False) -> list[Money]:
    """Coordinated figures take the period written after the last of them when they have none of their own
    (`share`: whether the rule is on and records that it applied; `restates`: the same for mentions.or_restates)."""
    found = list(found)
    for i in range(len(found) - 1, 0, -1):  # from the right: '$3 billion, $2 billion and $1 billion a year'
        a, b = found[i - 1], found[i]
        if a.amount.period == "once" and b.amount.period != "once" and SHARED_GAP.fullmatch(
                text[a.end:b.start]) and not (RESTATING_GAP.fullmatch(text[a.end:b.start]) and restates()) and share():
            found[i - 1] = replace(a, amount=replace(a.amount, period=b.amount.period))
    return found


def _to_decimal(raw: str) -> Decimal | None:
    """'1,250' -> 1250, '14,3' -> 14.3 (decimal comma), '1.25' -> 1.25."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
        raw = raw.replace(",", "")
    else:
        raw = raw.replace(",", ".")
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def _is_conversion(text: str, prev: Money, cur: Money) -> bool:
    """A figure in parentheses right after another figure is a currency conversion."""
    gap = text[prev.end:cur.start]
    return len(gap) <= 20 and "(" in gap and ")" not in gap
