"""Merging: one record per deal within a passage, and the reports that repeat one dropped."""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import STATUS_RANK, Amount, Deal, Evidence, Party
from ..nlp.lexicon import load_lexicon
from ..nlp.mentions import PERCENT_STAKE, UNDER_WHICH_OPENING, cue_regexes
from ..nlp.rules import hit, on
from .candidates import OWN_AGREEMENT, Draft
from .decision import YEAR
from .roles import UNNAMED_COUNTERPARTY


def _subsumed(deal: Deal, deals: list[Deal]) -> bool:
    """A bare mention (no amount, no terms) of parties that another deal of the passage links adds
    nothing: it is that deal told again ('the partnership', 'the chips deal'), not a new one."""
    if deal.amount is not None or deal.gpus or deal.power_mw or deal.duration_months:
        return False
    if "|joined_supply" in deal.rule or "|supply_then_invest" in deal.rule or "|joined_stake" in deal.rule or (
            "|invest_then_trade" in deal.rule):
        return False  # a second undertaking of the same parties, not the first told again
    if "|warrant" in deal.rule:  # warrants granted with a supply deal: a record of their own (guideline 7)
        return False
    if "|lease_back" in deal.rule:  # a site sold and leased back: the lease, roles turned, is a record of its own
        return False
    if "|shared_trigger" in deal.rule:  # the second deal word of a subject, in a clause of its own
        return False
    starts = {e.start for e in deal.evidence}
    if on("mentions.agreement_under_which") and any(
            "investment" in (deal.type, o.type) and deal.type != o.type and any(
                UNDER_WHICH_OPENING.match(b.sentence) and a.end == b.start for x, y in ((deal, o), (o, deal))
                for a in x.evidence for b in y.evidence) for o in deals if o is not deal):
        return False  # 'a stake in Y as part of a supply agreement under which Y will buy ...': two deals, cut apart
    if "|and_trade" in deal.rule or any("|and_trade" in o.rule and starts & {e.start for e in o.evidence}
                                        for o in deals if o is not deal):
        return False  # 'an investment and an agreement to use its chips': two deals of one sentence, each its own
    keys = {p.canonical for p in deal.parties}
    # ('Yarrow will take a 5% stake in Tolland' beside Tolland's $800 million purchase of Yarrow's chips: a stake told
    # by its share is no bare mention of the purchase; rule merging.stake_share_stays)
    share = deal.type == "investment" and on("merging.stake_share_stays") and any(
        PERCENT_STAKE.search(e.sentence) for e in deal.evidence)
    for other in deals:
        if other is deal or any(mark in other.rule.split(";")[0] for mark in SEPARATE):
            continue  # (an agreement of its own beside the deal tells another deal, not this one again)
        if share and other.type != "investment" and hit("merging.stake_share_stays"):
            continue
        okeys = {p.canonical for p in other.parties}
        if other.amount is not None and (keys <= okeys or okeys <= keys) and len(keys & okeys) >= 2 and not (
                deal.type in TRADE_KINDS and deal.type != other.type and other.type == "investment" and any(
                    OWN_AGREEMENT.search(e.sentence) for e in deal.evidence) and _directional(deal) and not (
                    starts & {e.start for e in other.evidence}) and hit("merging.other_kind_stays", on(
                        "merging.other_kind_stays"))) and not hit("merging.investee_buys", _investee_buys(deal, other)):
            # ('X entered into an agreement to purchase Y's accelerators' after Y's $750 million investment in X: a
            # deal of another kind, read from its own verb in a sentence of its own, is no retelling; rule
            # merging.other_kind_stays)
            return True
        # (a partnership never takes the place of a deal of a kind: it gives way to it, below, so that one stays)
        if other.amount is None and okeys == keys and other.confidence > deal.confidence and not (
                other.type == "partnership" and deal.type != "partnership"):
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


def finish(drafts: list[Draft], names: dict[str, str], url: str) -> list[Deal]:
    deals: list[Deal] = []
    for d in drafts:
        parties = tuple(Party(names.get(o.key, o.text), role, o.canonical) for o, role in _unique_parties(d.parties))
        ev = Evidence((d.sentence.shown or d.sentence.text).strip(), d.sentence.start, d.sentence.end, url)
        why = f"{d.rule}; parties: " + ", ".join(f"{o.text} <- {o.origin}" for o, _ in _unique_parties(d.parties))
        deal = Deal(d.type, parties, d.amount, d.terms.get("duration_months"), d.terms.get("gpus"),
                    d.terms.get("power_mw"), d.status, (ev,), round(d.confidence, 3), why, d.alternates)
        if on("merging.repeats"):
            merge_into(deals, deal)
        else:
            deals.append(deal)
    while on("merging.repeats"):  # a merge can make two earlier records the same deal: repeat until stable
        merged: list[Deal] = []
        for deal in deals:
            merge_into(merged, deal)
        if len(merged) == len(deals):
            break
        deals = merged
    if on("merging.sized_by_agreement"):
        deals = _sized_by_agreement(deals)
    # (the headline's marks served the merge; the reason shown for a record is its rules', merging.headline_status,
    # merging.headline_rounded)
    deals = [replace(d, rule=d.rule.replace(HEADLINE_STATUS, "").replace(HEADLINE_FIGURE, ""))
             if HEADLINE_STATUS in d.rule or HEADLINE_FIGURE in d.rule else d for d in deals]
    return [d for d in deals if not hit("merging.subsumed", _subsumed(d, deals))]


def _sized_by_agreement(deals: list[Deal]) -> list[Deal]:
    """'Halbrook agreed to rent GPU capacity from Quillon. Halbrook's agreement with Quillon is worth $4 billion.': a
    partnership read from an agreement word alone (no direction, no word of a partnership: joint venture, alliance),
    with a figure, between the very parties of a trade told without one, is that trade sized; the trade keeps its
    kind and roles and takes the figure (rule merging.sized_by_agreement)."""
    sized = [p for p in deals if p.type == "partnership" and p.amount is not None and not _directional(p)]
    if not sized:
        return deals
    tie_up = cue_regexes(load_lexicon())
    out = list(deals)
    for p in sized:
        if any(tie_up["type:partnership"].search(e.sentence) or tie_up["strong:partnership"].search(e.sentence)
               for e in p.evidence):
            continue  # ('formed a $4 billion joint venture': a partnership of its own)
        keys = {q.canonical for q in p.parties}
        trade = next((i for i, d in enumerate(out) if d.type in TRADE_KINDS and d.amount is None and {
            q.canonical for q in d.parties} == keys), None)
        if trade is None or len(keys) != 2 or not hit("merging.sized_by_agreement"):
            continue
        t = out[trade]
        out[trade] = replace(t, amount=p.amount, alternates=p.alternates, evidence=t.evidence + p.evidence,
                             duration_months=t.duration_months or p.duration_months, gpus=t.gpus or p.gpus,
                             power_mw=t.power_mw or p.power_mw)
        out.remove(p)
    return out


def same_amount(a: Amount | None, b: Amount | None) -> bool:
    if a is None or b is None:
        return True
    if a.currency != b.currency or a.period != b.period or not a.value or not b.value:
        return a == b
    return abs(a.value - b.value) <= 0.02 * max(a.value, b.value)


def _same_figure(a: Deal, b: Deal) -> bool:
    """Equal amounts, also through a stated conversion ('2.4 billion dollar (£1.8 billion)' = '£1.8bn')."""
    return any(same_amount(x, y) for x in (a.amount, *a.alternates) for y in (b.amount, *b.alternates))


HEADLINE_FIGURE = "|headline_figure"  # the rule mark of a deal with a figure read from the headline


def _rounded_headline(a: Deal, b: Deal) -> bool:
    """'Velora raises $1.2B ...' over 'Velora has raised $1.25 billion ...': a headline rounds; its figure, within half
    a unit of its last written digit of the body's figure, is the same deal's (rule merging.headline_rounded)."""
    heads = [d for d in (a, b) if HEADLINE_FIGURE in d.rule]
    if len(heads) != 1 or a.amount is None or b.amount is None or not on("merging.headline_rounded"):
        return False
    head = heads[0].amount
    body = (b if heads[0] is a else a).amount
    if head.currency != body.currency or head.period != body.period or not head.value or not body.value:
        return False
    unit = 1e9 if head.value >= 1e9 else 1e6 if head.value >= 1e6 else 1e3
    written = f"{head.value / unit:.6f}".rstrip("0").rstrip(".")
    decimals = len(written.split(".")[1]) if "." in written else 0
    return abs(head.value - body.value) <= 0.5 * 10 ** -decimals * unit + 1 and hit("merging.headline_rounded")


def _investee_buys(deal: Deal, other: Deal) -> bool:
    """'Marlow Semiconductor will invest $2 billion in Vantor AI.' then 'Vantor AI will buy Marlow's chips.': a trade,
    told in a sentence of its own with a verb of buying, in which the company invested in buys from its investor, runs
    the other way from the money invested: a second deal of the pair, not the investment told again (rule
    merging.investee_buys)."""
    if not on("merging.investee_buys") or deal.type not in TRADE_KINDS or other.type != "investment" or (
            "|buyer_first" not in deal.rule.split(";")[0]) or {e.start for e in deal.evidence} & {
                e.start for e in other.evidence}:
        return False  # (read from a verb of buying, the buyer its subject; not 'X can sell capacity to Y's clients')
    def side(d: Deal, *roles: str) -> set[str]:
        return {p.canonical for p in d.parties if p.role in roles}
    buyers, sellers = side(deal, "buyer"), side(deal, "seller")
    return bool(buyers) and bool(sellers) and buyers <= side(other, "investee") and sellers <= side(other, "investor")


def _directional(deal: Deal) -> bool:
    """The deal was read from a verb or a frame that says who does what, not from an agreement word alone."""
    return "|symmetric" not in deal.rule.split(";")[0]


# the kinds of trade (a bare investment or partnership of a sized deal's parties is that deal told again)
TRADE_KINDS = frozenset(("chips", "compute", "datacenter", "power"))
# rule marks of records told as agreements of their own beside the deal of their sentence (discourse.contracts_under,
# discourse.earlier_terms; not '|earlier', discourse.earlier_agreement's records, which have a figure of their own)
SEPARATE = ("|under", "|sized_earlier")


# a headline's words of an announcement made ('signs', 'agrees', 'will pay', 'inks', 'strikes'; merging.headline_status)
# ('Following Amazon Agreement': an agreement told as made)
ANNOUNCING = re.compile(r"\b(?:signs?|signed|agrees?|agreed|announce[sd]?|inks?|inked|strikes?|struck|seals?|sealed|"
                        r"unveils?|unveiled|will|wins?|won|lands?|landed|completes?|completed|closes?|closed|"
                        r"(?:after|following)\s+(?:[\w'’-]+\s+){0,3}(?:agreements?|deals?|pacts?|contracts?))\b",
                        re.I)
HEADLINE_STATUS = "|headline_status"  # the rule mark of a deal read from a headline that announces nothing


def _status(old: Deal, new: Deal) -> str:
    """The status of two tellings of one deal: the first told in talks stays so, else the most advanced (guideline
    9); a headline's 'announced' that no word of the headline says gives way to the body's status (rule
    merging.headline_status)."""
    if old.status == "talks":
        return old.status
    weak = [d for d in (old, new) if HEADLINE_STATUS in d.rule.split(";")[0]]
    if len(weak) == 1 and hit("merging.headline_status"):
        return (new if weak[0] is old else old).status
    return old.status if STATUS_RANK[old.status] >= STATUS_RANK[new.status] else new.status


def _same_round(a: Deal, b: Deal) -> bool:
    """Two investments in the one company with the same figure, each naming investors the other does not, one of
    them several: one round told twice ('... a $500 million round, anchored by Orsk.' and, further on, 'Brisa,
    Halvern and Quell invest $500 million in Tessly'), its investors all named (rule merging.same_round)."""
    if a.type != "investment" or b.type != "investment" or a.amount is None or b.amount is None or not same_amount(
            a.amount, b.amount):
        return False
    investees = [{p.canonical for p in d.parties if p.role == "investee"} for d in (a, b)]
    investors = [{p.canonical for p in d.parties if p.role == "investor"} for d in (a, b)]
    # ('raised $100 million from A in 2023. In 2025 it raised $100 million from B': two rounds, told by their years)
    years = [set(YEAR.findall(" ".join(e.sentence for e in d.evidence))) for d in (a, b)]
    # (one investor each, the same figure: two shares of a round, 'A will invest up to $30 billion, and B up to $30
    # billion', each a record of its own, guideline 2)
    return len(investees[0]) == 1 and investees[0] == investees[1] and all(investors) and not (
        investors[0] & investors[1]) and max(map(len, investors)) >= 2 and not (all(years) and not years[0] & years[1])


def merge_into(deals: list[Deal], new: Deal) -> None:
    """One record per deal: a repeat (same parties and type, same or missing amount) adds evidence."""
    keys = {p.canonical for p in new.parties}
    for i, old in enumerate(deals):
        old_keys = {p.canonical for p in old.parties}
        same_figure = old.amount is not None and new.amount is not None and (
            _same_figure(old, new) or _rounded_headline(old, new))
        if not (old.type == new.type or same_figure):
            continue
        nested = old_keys <= keys or keys <= old_keys
        one_figure = old.amount is None or new.amount is None
        if old_keys != keys and not (nested and (same_figure or (one_figure and old.type == new.type))) and not (
                on("merging.same_round") and _same_round(old, new) and hit("merging.same_round")):
            continue
        if not (same_amount(old.amount, new.amount) or same_figure):
            continue
        lone, other = (old, new) if len(old_keys) == 1 else (new, old) if len(keys) == 1 else (None, None)
        if lone is not None and lone is not other and len({p.canonical for p in other.parties}) > 1 and any(
                p.canonical == q.canonical and p.role != q.role for p in lone.parties for q in other.parties) and \
                _directional(lone) and hit("merging.lone_role_differs", on(
                    "merging.lone_role_differs")):
            continue  # 'X bought land for $41 million and signed a lease with Y': X buys in one, sells in the other
        if lone is not None and lone is not other and len({p.canonical for p in other.parties}) > 1 and on(
                "merging.unnamed_apart") and any(UNNAMED_COUNTERPARTY.search(e.sentence) for e in lone.evidence) \
                and hit("merging.unnamed_apart", not any(UNNAMED_COUNTERPARTY.search(e.sentence)
                                                         for e in other.evidence)):
            continue  # 'X signed a lease with an unnamed hyperscaler ... a new lease with Y': Y is no unnamed side
        if any("|lease_back" in d.rule.split(";")[0] for d in (old, new)) and {(p.canonical, p.role) for p in
                                                                             old.parties} != {
                (p.canonical, p.role) for p in new.parties}:
            continue  # the sale and its lease-back, the roles turned: two records (discourse.lease_back)
        separate = any(mark in d.rule.split(";")[0] for d in (old, new) for mark in SEPARATE)
        if separate and not (old.amount == new.amount and old.power_mw == new.power_mw) and hit(
                "merging.separate_agreements", on("merging.separate_agreements")):
            continue  # a framework and the contracts under it, an earlier agreement by its size: two records
        best = new if new.confidence > old.confidence else old
        if old.type == new.type and _directional(new) != _directional(old) and hit("merging.directed_roles", on(
                "merging.directed_roles")):
            # 'Kestrel and Lumeris sign $3bn GPU deal' ... 'Kestrel will provide Lumeris with 30,000 GPUs': the roles of
            # the telling that says who does what, not of the one that only pairs the names
            best = new if _directional(new) else old
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
            status=_status(old, new),
            evidence=old.evidence + new.evidence,
            confidence=round(min(0.99, max(old.confidence, new.confidence) + 0.05), 3),
        )
        hit("merging.repeats")
        return
    deals.append(new)

