"""Text -> deal records, in stages. Pure given the nlp pipeline: no network, no database.

    gates       which texts and sentences are read at all (regexes, no spaCy)      gates.py, nlp/slots.is_candidate
    mentions    organisations (names, shapes, slots of the parse), figures, triggers  nlp/mentions.py, nlp/slots.py
    type/terms  the deal type of a sentence, its status, its terms                  deal_type.py
    roles       who is buyer, seller, investor, investee, acquirer, target, partner  roles.py, frames.py
    candidates  one sentence's deals                                                candidates.py
    discourse   sentences that extend or add to the last deal                      discourse.py
    decision    which drafts are kept (a trained model, when training chose it)     decision.py, train.py
    merging     one record per deal within the passage                              merging.py

Every decision with a name is a rule of `rules.yaml` (id, stage, an example sentence); `rules.on(id)` asks
whether it is switched on (all are, unless switched off to measure one: `deals extract --without ID`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice

from spacy.language import Language

from ..nlp import rules
from ..nlp.components import annotate
from ..nlp.lexicon import load_lexicon
from ..nlp.mentions import (ENUMERATED_REACH, SEVERAL_DEALS, Sentence, drop_announcers, drop_defined_terms,
                             drop_fiscal_periods, drop_former_names, drop_makers_described, drop_outlets,
                             drop_owned_brands, drop_owned_sites, drop_owners_aside, drop_places, group_terms,
                             people_named, read_sentences, resolve_agreement_sides, resolve_anaphora,
                             resolve_relatives)
from ..nlp.slots import (add_slot_orgs, kinds_from_descriptions, load_parser, parsed, repeat_names,
                         unify_bracket_aliases, unify_short_forms)
from ..records import Deal
from .candidates import UNSIDED, UNTOLD, Draft, sentence_deals, without_people
from .discourse import (LIST_ITEM, LONE_REACH, RAISER_REACH, adds_investors, agreement_before, bare_partnership,
                        counted_sellers, counting_buyer, owners_figures, provider_gives, status_told_before,
                        round_status_before,
                        called_off_elsewhere, co_investor_share, collapsed_later, complete_round, contracts_under,
                        customer_won, deal_is_with, deal_with_after, each_after_round, each_share, earlier_agreement,
                        earlier_same_kind, earlier_terms, enrich, figure_after, figure_told_before, follow_on,
                        goods_told_before, lease_back, pair_kind_before, another_of_kind, part_of_round,
                        investors_ahead,
                        investors_told_first, lead_item, list_item, list_lead, named_later, one_company,
                        one_party_figure, opening_figure_back, opens_with_deal_noun, paid_for_it, part_of_told_deal,
                        payment_of_told_deal, follows_same_kind, similar_agreement, deal_named, same_party_trade,
                        enumerated_deal,
                        payer_pays, paying_relative, project_cost, provided_by, named_role_predicate, raiser_of,
                        refers_back, role_named_after, role_noun_names, value_put_after, inverted_investors,
                        round_joined, round_meant, share_in_relative, share_named, share_of_round, shortest_names,
                        commitments_toward, money_goes_to, owner_provides, revenue_earner, role_kept, served_side,
                        side_clause, side_told_after, warrants, worth_told_again)
from .gates import (CHUNK_CHARS, blank_bare_tickers, blank_bullets, blank_tickers, fold_confusables,
                    loose_dateline_dash, split_text, with_title, worth_reading)
from .decision import decide
from .merging import ANNOUNCING, HEADLINE_FIGURE, HEADLINE_STATUS, finish, merge_into
from .roles import TRADE_TYPES, rivals_of

__all__ = ["extract_deals", "extract_many", "explain_sentences", "split_text", "worth_reading"]

LOGGER = logging.getLogger(__name__)


def extract_deals(nlp: Language, text: str, title: str = "", url: str = "", trace: list | None = None) -> list[Deal]:
    """Every deal a passage reports, each with its evidence sentence and a confidence. `trace`, when given,
    receives one entry per sentence that holds anything (see explain_sentences)."""
    if trace is None:
        return parsed(_extract(nlp, text, title, url, None))
    with rules.tracking() as applied:
        deals = parsed(_extract(nlp, text, title, url, trace))
    by_sentence: dict[int, list[str]] = {}
    for start, rule_id in applied:
        if rule_id not in by_sentence.setdefault(start, []):
            by_sentence[start].append(rule_id)
    for entry in trace:
        if "start" in entry:
            entry["rules"] = by_sentence.get(entry["start"], [])
    passage_rules = sorted({r for s, rs in by_sentence.items() if s < 0 for r in rs})
    if passage_rules:
        trace.append({"passage_rules": passage_rules})
    return deals


def extract_many(nlp: Language, passages: Iterable[tuple[str, str, str]], batch: int = 256,
                 batch_chars: int = 2_000_000) -> Iterator[list[Deal]]:
    """extract_deals for each (text, title, url), in order, with the sentences that need the trained parser
    parsed for `batch` passages (fewer, when they reach `batch_chars` characters: each passage's Doc is held until
    its batch is parsed) in one call: the parser's cost per call is about twice that of a short sentence, so
    parsing the one deal sentence of each article call by call spends most of the parse on calls.
    The deals are the same as extract_deals gives; there is no trace."""
    chunk: list = []
    size = 0
    for text, title, url in passages:
        chunk.append(_extract(nlp, text, title, url, None))
        size += len(text) + len(title)
        if len(chunk) >= batch or size >= batch_chars:
            yield from _run_together(chunk)
            chunk, size = [], 0
    if chunk:
        yield from _run_together(chunk)


def _run_together(steps: list) -> list[list[Deal]]:
    """Run extraction generators side by side: each round, every generator still running gets the Docs of the
    sentences it asked for, all parsed in one call."""
    results: list = [None] * len(steps)
    asked = {}
    for i, step in enumerate(steps):
        try:
            asked[i] = next(step)
        except StopIteration as done:
            results[i] = done.value
    while asked:
        docs = iter(load_parser().pipe([t for i in asked for t in asked[i]]))
        now, asked = asked, {}
        for i, texts in now.items():
            try:
                asked[i] = steps[i].send(list(islice(docs, len(texts))))
            except StopIteration as done:
                results[i] = done.value
    return results


def _extract(nlp: Language, text: str, title: str, url: str, trace: list | None):
    source = with_title(text, title)
    full = fold_confusables(source) if rules.on("gates.confusables") else source
    if full != source:
        rules.hit("gates.confusables")
    if rules.on("gates.ric_ticker"):
        blanked = blank_tickers(full)
        if blanked != full:
            rules.hit("gates.ric_ticker")
            full = blanked
    if rules.on("gates.bare_ticker"):
        blanked = blank_bare_tickers(full)
        if blanked != full:
            rules.hit("gates.bare_ticker")
            full = blanked
    if rules.on("gates.bullet_marks"):
        blanked = blank_bullets(full)
        if blanked != full:
            rules.hit("gates.bullet_marks")
            full = blanked
    if rules.on("gates.dateline_dash"):
        loosened = loose_dateline_dash(full)
        if loosened != full:
            rules.hit("gates.dateline_dash")
            full = loosened
    if full != source:
        deals = yield from _extract_folded(nlp, full, len(full) - len(text), url, trace)
        # the evidence quotes the source as written; offsets are the same, folding and blanking keep every length
        return [replace(d, evidence=tuple(replace(e, sentence=source[e.start:e.end].strip()) for e in d.evidence))
                for d in deals]
    return (yield from _extract_folded(nlp, full, len(full) - len(text), url, trace))


def _extract_folded(nlp: Language, full: str, body_start: int, url: str, trace: list | None):
    if rules.hit("gates.prefilter", not worth_reading(full)):
        if trace is not None:
            trace.append({"prefilter": "skipped: no trigger can match, or no figure and no name"})
        return []
    if len(full) <= CHUNK_CHARS:
        return (yield from _extract_text(nlp, full, body_start, url, trace))
    deals: list[Deal] = []
    for offset, chunk in split_text(full, CHUNK_CHARS):
        if not rules.hit("gates.prefilter", not worth_reading(chunk)):
            for deal in (yield from _extract_text(nlp, chunk, max(0, body_start - offset), url, trace)):
                merge_into(deals, _shifted(deal, offset))
    return deals


def _shifted(deal: Deal, offset: int) -> Deal:
    return replace(deal, evidence=tuple(replace(e, start=e.start + offset, end=e.end + offset)
                                        for e in deal.evidence))


def _extract_text(nlp: Language, full: str, body_start: int, url: str, trace: list | None = None):
    """A generator (see nlp.slots.add_slot_orgs): yields sentences to parse, returns the passage's deals."""
    doc = annotate(nlp, full)
    lex = load_lexicon()
    products = [(p.start_char, p.end_char) for p in doc.spans.get("products", [])]
    dropped: dict | None = {} if trace is not None else None
    rules.at(-1)
    sentences = read_sentences(doc, lex)
    if rules.on("mentions.slot_orgs"):
        sentences = yield from add_slot_orgs(sentences, lex, products, dropped, rivals_of)
    if rules.on("mentions.repeat_names"):
        sentences = repeat_names(sentences)
    if rules.on("mentions.kind_from_description"):
        sentences = kinds_from_descriptions(sentences, full)
    if rules.on("mentions.passage_places"):
        sentences = drop_places(sentences, full)
    if rules.on("mentions.defined_term"):
        sentences = drop_defined_terms(sentences, full)
    if rules.on("mentions.owners_aside"):
        sentences = drop_owners_aside(sentences)
    if rules.on("mentions.maker_in_description"):
        sentences = drop_makers_described(sentences)  # 'an infrastructure that includes 110,000 GPUs from X'
    if rules.on("mentions.former_name"):
        sentences = drop_former_names(sentences)  # 'which changed its name from X': the same company
    if rules.on("mentions.fiscal_period"):
        sentences = drop_fiscal_periods(sentences)
    if rules.on("mentions.announcer_of_others"):
        sentences = drop_announcers(sentences)  # 'X announced that A and B have signed ...': X is no party
    sentences = drop_outlets(sentences)  # (each checks its own rule: mentions.outlet_learned, mentions.owned_site_name)
    sentences = drop_owned_sites(sentences)
    if rules.on("mentions.owned_brand"):
        sentences = drop_owned_brands(sentences, lex)  # "Kalongenaun's Azure cloud": the owner, not Azure's company
    if rules.on("mentions.group_term"):
        sentences = group_terms(sentences, full)  # 'A and B (together, the "Consortium") ... The Consortium ...'
    aliases: dict[str, str] = {}
    if rules.on("mentions.bracket_alias"):
        sentences, aliases = unify_bracket_aliases(sentences, full, lex)
    short_forms: dict[str, str] = {}
    if rules.on("mentions.short_form"):
        sentences, short_forms = unify_short_forms(sentences, full, body_start)
    if rules.on("mentions.relative_clause"):
        sentences = resolve_relatives(sentences)
    if rules.on("mentions.agreement_sides"):
        sentences = resolve_agreement_sides(sentences)
    if rules.on("mentions.anaphora"):
        sentences = resolve_anaphora(sentences, lex)
    drafts: list[Draft] = []
    lone: list[Draft] = []  # the last sentence's deal whose counterparty was only described
    lone_at = 0  # the index of the sentence that told it
    unnamed: list[Draft] = []  # such deals whose counterparty no later sentence named
    lead = None  # the organisation and verb of a sentence that introduces a list of its deals (discourse.list_lead)
    ahead: list = []  # investors named before the round they are in (discourse.investors_before_round)
    told = None  # the last sentence's figure and its one organisation, when it drafted no deal
    raiser = None  # the company a sentence with no deal said is raising, and that sentence's index
    raiser_sent = None  # that sentence (discourse.round_status_before)
    prev = None  # the sentence before, across a paragraph break (a blank line is no sentence)
    unsized: list[Draft] = []  # the deal the sentence before told with too little to keep (discourse.figure_after)
    counted = None  # a sentence that counted several deals of one company and drafted none, and its index
    owned = None  # a deal told whole whose parts the next sentences size by their owners (discourse.owners_figures)
    counting = None  # a purchase from sellers only counted, and its index (discourse.counted_sellers)
    for i, sent in enumerate(sentences):
        rules.at(sent.start)
        if i and (sentences[i - 1].text.strip() or not rules.on("discourse.across_paragraphs")):
            prev = sentences[i - 1]
        elif i and prev is not None and sent.text.strip():
            rules.hit("discourse.across_paragraphs")
        if prev is not None and prev.start == sentences[i - 1].start and SEVERAL_DEALS.search(prev.text) and not any(
                d.sentence.start == prev.start for d in drafts) and rules.on("discourse.enumerated_deal"):
            counted = (prev, i - 1)  # 'Corvel Energy signed two power purchase agreements this week.'
        # a blank line between paragraphs passes on the states below that a sentence leaves for the next
        # (discourse.across_paragraphs): an unsized deal, a described counterparty, investors named before a round
        blank = not sent.text.strip() and rules.on("discourse.across_paragraphs")
        pending, unsized = ([], unsized) if blank else (unsized, [])
        shares: list[Draft] = []  # 'X led the round with $100 million': X's share (discourse.lead_share)
        if drafts and rules.on("discourse.inverted_investors") and inverted_investors(round_meant(drafts, sent), sent,
                                                                                        lex):
            continue  # 'Joining the round were A, B and C': the list after the copula invests in the round told
        if drafts and rules.on("discourse.adds_investors") and adds_investors(round_meant(drafts, sent), sent, lex,
                                                                               shares):
            rules.hit("discourse.adds_investors")
            drafts.extend(shares)
            continue
        if drafts and rules.on("discourse.collapsed_later") and rules.hit("discourse.collapsed_later", collapsed_later(
                sent)):
            drafts.pop()  # 'The deal collapsed two years later': the last deal told was never made (guideline 9)
            continue
        if drafts and rules.on("discourse.list_item"):
            sent = list_item(sent, drafts[-1])
        if lead is not None and LIST_ITEM.match(sent.text):
            sent = lead_item(sent, lead)
        else:
            lead = list_lead(sent)
        if drafts and prev is not None and rules.on("discourse.side_told_after"):
            side_told_after(drafts[-1], prev, sent, lex)  # 'Under the agreement, Velmora will purchase energy ...'
        if drafts and rules.hit("discourse.same_deal", opens_with_deal_noun(sent, drafts[-1])):
            # ('The deal ... includes an equity warrant that could give X 10% of Y's stock': the told deal's warrants,
            # guideline 7; rule discourse.warrant_clause)
            new = warrants([], drafts, sent) if rules.on("discourse.warrant_clause") else []
            if new:
                enrich(drafts[-1], sent, lex)  # (the sentence's figure and terms are still the told deal's)
            else:
                new = contracts_under(drafts[-1], sent, lex)  # 'The first contracts under this agreement, ...'
        else:
            described: list[Draft] = []
            unsized_now: list[Draft] = []
            new = sentence_deals(sent, lex, described, unsized_now)
            # "... supply chips to A and B." "A's order is worth $2 billion and B's $700 million" (or "; B's, signed
            # later, is worth ...": the deal told whole before the first part)
            # (the deal may have been told too thinly to keep on its own: 'Pellan will provide capacity to A and B.')
            wholes = [owned] if owned is not None and drafts and drafts[-1].rule.endswith("|owners_figures") else (
                pending[-1:] + drafts[-1:])
            parts, whole = [], None
            for whole in wholes if all(d.type == "partnership" for d in new) else ():
                parts = owners_figures(whole, sent)
                if parts:
                    break
            if parts:
                if drafts and whole is drafts[-1]:
                    drafts.pop()
                owned, new = whole, parts
            if new and prev is not None and rules.on("discourse.goods_told_before"):
                new = goods_told_before(prev, sent, new, drafts, lex)  # '... is buying computing power.' 'It signed'
            if not new and described and prev is not None and rules.on("discourse.customer_won"):
                new = customer_won(described, prev)  # 'X has signed up a second customer. Y will pay ...'
                described = [] if new else described
            if not new and prev is not None and rules.on("discourse.money_goes_to"):
                new = money_goes_to(prev, sent, drafts, lex)  # '... a $2 billion investment.' 'The money will go to X'
            if not new and prev is not None and rules.on("discourse.deal_with_after"):
                new = deal_with_after(prev, sent, drafts, lex)  # '... a $10 billion deal.' 'The contract, with X, ...'
            if (not new or all(d.type == "partnership" for d in new)) and counting is not None and (
                    i - counting[1] <= ENUMERATED_REACH):
                new = counted_sellers(counting[0], sent, lex) or new  # '... from two plant operators.' 'A will ...'
            if not new and counted is not None and i - counted[1] <= ENUMERATED_REACH:
                new = enumerated_deal(counted[0], sent, lex)  # '... two agreements.' 'The first, with X, covers ...'
            if not new and not lone and prev is not None and rules.on("discourse.role_named_after"):
                new = role_named_after(prev, sent, drafts, lex)  # '... to lease a campus.' 'The landlord, X, will ...'
            if not new and described and prev is not None and rules.on("discourse.agreement_before"):
                new = agreement_before(described, prev, sent, drafts)  # 'Under the agreement, Y will pay ...'
                described = [] if new else described
            if any(o.origin == "shared_trigger" for o in sent.orgs):  # (mentions.shared_subject_trigger)
                new = [replace(d, rule=d.rule + "|shared_trigger") for d in new]
            if new and rules.on("discourse.side_clause"):
                side_clause(new, sent)  # '... agreed a hosting deal; Tessaly will pay $1.2 billion'
            if new and rules.on("discourse.each_share"):
                new = each_share(new, sent)
            if new and rules.on("discourse.share_of_round"):
                new = share_of_round(new, sent)
            if new and rules.on("discourse.share_named"):
                new = share_named(new, sent)
            if len(new) == 1 and new[0].amount is None and rules.on("discourse.earlier_terms"):
                new += earlier_terms(new[0], sent)  # '... under the previously announced 200 MW hosting contract'
            if len(new) == 1 and rules.on("discourse.earlier_in_sentence") and rules.on("discourse.earlier_agreement"):
                new += [d for d in earlier_agreement(new[0], sent) if rules.hit("discourse.earlier_in_sentence")]
            if not new and drafts and rules.on("discourse.earlier_agreement"):
                new = earlier_agreement(drafts[-1], sent)
            if not new and drafts and rules.on("discourse.each_share"):
                new = each_after_round(drafts[-1], sent)
            if not new and drafts and rules.on("discourse.co_investor_share"):
                new = co_investor_share(drafts[-1], prev, sent, lex) if prev is not None else []
            if not new and pending and rules.on("discourse.figure_after"):
                new = figure_after(pending, sent, lex)  # '... provide a loan to X. The loan is worth $1.5 billion.'
                if new and all(len({o.key for o, _ in d.parties}) == 1 for d in new) and rules.on(
                        "discourse.figure_after_one_party"):
                    # (a trade whose other side is only described, now sized: its counterparty open for a later
                    # sentence to name, as a described one is; discourse.named_later)
                    described, new = new, []
            unsized = unsized_now or unsized
            if not new and told and unsized_now and not sent.money and rules.on("discourse.sized_before"):
                # 'X has launched a $1 billion joint venture.' 'Y is partnering with X for the fund.': the deal the
                # sentence tells with too little to keep, of the organisation the sentence before sized a deal of
                # alone, is that deal (its figure is given below, discourse.figure_told_before)
                sized = [d for d in unsized_now if told[0] in {o.key for o, _ in d.parties}]
                if len(sized) == 1 and rules.hit("discourse.sized_before", True):
                    new, unsized = sized, [d for d in unsized if d is not sized[0]]
            if not new and drafts and prev is not None and rules.on("discourse.value_put_after") and value_put_after(
                    drafts[-1], prev, sent):
                continue  # '... put the value at about $1.2 billion': the figure of the deal told just before
            if not new and drafts and rules.on("discourse.follow_on"):
                new = follow_on(drafts[-1], sent, lex)  # 'In July it ordered a further $600 million.'
            elif new and drafts and rules.on("discourse.follow_on_partners") and all(
                    d.type == "partnership" and "|symmetric" in d.rule and {o.key for o, _ in d.parties} <= {
                        o.key for o, _ in drafts[-1].parties} for d in new):
                # 'Weeks later, the two companies expanded the agreement by a further $4 billion': a bare partnership
                # of the last deal's parties, told with a further figure, is more of that deal, its kind and roles
                more = follow_on(drafts[-1], sent, lex)
                if more and rules.hit("discourse.follow_on_partners"):
                    new = more
            if drafts and rules.on("discourse.earlier_same_kind") and all(
                    "|symmetric" in d.rule or d.type == "partnership" for d in new):
                earlier = earlier_same_kind(drafts[-1], sent)  # "... is Tamsin's largest and follows a contract it
                new = earlier or new  # signed with Halvex": that contract, of the same kind
            if drafts and all("|symmetric" in d.rule or d.type == "partnership" for d in new):
                similar = similar_agreement(drafts[-1], sent, lex)  # 'Velora signed a similar agreement with Brisko'
                last_trade = next((d for d in reversed(drafts[:-1]) if d.type in TRADE_TYPES), None)
                if not similar and last_trade is not None and drafts[-1].type not in TRADE_TYPES and rules.on(
                        "discourse.similar_to_last_trade"):
                    # (a round told in between: 'similar' is like the last trade told)
                    similar = similar_agreement(last_trade, sent, lex)
                    rules.hit("discourse.similar_to_last_trade", bool(similar))
                new = similar or new
            if drafts and all(d.type == "partnership" for d in new):
                new = same_party_trade(drafts[-1], sent, lex) or new  # '... from X. X has also won an order from Y'
            if rules.on("discourse.lease_back"):
                # '... selling its campus to Y for $1 billion and will lease it back', or in the next sentence
                sold = [d for d in new if d.type == "datacenter"] or drafts[-1:]
                new = new + [x for d in sold for x in lease_back(d, sent)]
            # (a round of investors only, its company untold: 'The $1.5 billion round was led by A and B')
            if raiser is not None and i - raiser[1] <= RAISER_REACH and rules.on("discourse.round_joined") and (
                    not new or rules.on("discourse.round_by_letter") and all(
                        d.type == "investment" and {r for _, r in d.parties} == {"investor"} for d in new)):
                # ('Halvern Capital will put $500 million into the round')
                new = round_joined(raiser[0], sent, lex) or new
                if rules.on("discourse.round_status_before"):
                    round_status_before(new, raiser_sent, lex)  # 'X is in talks to raise money.' 'A would lead it'
            if new and drafts:
                opening_figure_back(new, drafts, sent)  # 'The $557 million deal comes as ...' sizes the deal before
                follows_same_kind(new, drafts, sent)  # 'The deal follows X's $22 billion agreement with Y'
                new = part_of_told_deal(new, drafts, sent)
                new = payment_of_told_deal(new, drafts, sent)  # '... Nimbra will pay Pell about $600 million.'
                new = worth_told_again(new, drafts, sent, lex)  # '... The contract was worth $4.2 billion, X said.'
                new = commitments_toward(new, drafts, sent)  # '... has already secured $1 billion in commitments'
            if rules.on("discourse.warrants"):
                new = new + warrants(new, drafts, sent)
            share_in_relative(new, drafts, sent)
            if lone and rules.on("discourse.named_role_predicate") and all(len(d.parties) == 1 for d in new):
                # 'Quendry AI will be the sole tenant, paying about $25 billion': the untold side named by its role
                new = named_role_predicate(lone, new, sent) or new
                unnamed = [d for d in unnamed if d not in lone] if any(
                    "|named_role_predicate" in d.rule for d in new) else unnamed
            if new and lone and named_later(lone, new, sent, lex):
                unnamed = [d for d in unnamed if d not in lone]  # the next sentence named its counterparty
            elif not new and lone:
                reopened = i - lone_at > 1  # (told before the sentence before: discourse.lone_kept)
                if rules.on("discourse.role_noun_names"):
                    new = role_noun_names(lone, sent, lex)  # 'The buyer is X.', 'The startup, X, makes ...'
                if not new and rules.on("discourse.deal_is_with"):
                    new = deal_is_with(lone, sent, lex)  # 'The agreement is with X, which ...'
                if not new and rules.on("discourse.provided_by"):
                    new = provided_by(lone, sent, lex)  # 'The capacity will be provided by X', 'X will supply the chips'
                unnamed = [d for d in unnamed if d not in lone] if new else unnamed
                if new and reopened:
                    rules.hit("discourse.lone_kept")
            if not blank:
                # 'Velmora AI agreed to pay $3 billion for computing capacity.' 'Its models are used by banks.' 'The
                # capacity will be provided by Halden Cloud': sentences that tell no deal and no figure leave the
                # described counterparty open for a later sentence to name (discourse.lone_kept)
                if described or new or not lone or i - lone_at >= LONE_REACH or any(
                        not m.excluded for m in sent.money) or not rules.on("discourse.lone_kept"):
                    lone, lone_at = described, i
            # (discourse.role_noun_sides; a draft whose other side no word tells is no deal of its own either)
            unnamed += [d for d in described if d.parties[0][1] != UNSIDED and not d.rule.endswith(UNTOLD)]
        if new and ahead:
            # 'Investors in the round include A and B.' then 'The $500 million Series D values X at ...'
            round_ = next((d for d in new if d.type == "investment" and not any(r == "investor" for _, r in d.parties)),
                          None)
            if round_ is not None and rules.hit("discourse.investors_before_round"):
                taken = {o.key for o, _ in round_.parties}
                round_.parties.extend((o, "investor") for o in ahead if o.key not in taken)
        if new and told and rules.on("discourse.figure_told_before"):
            figure_told_before(new, told, sent, drafts, prev, lex)
        if new and rules.on("discourse.pair_kind_before"):
            pair_kind_before(new, drafts, sent, lex)  # 'X signed a compute deal with Y.' 'The two agreed a contract'
        if new and rules.on("discourse.another_of_kind"):
            another_of_kind(new, drafts, sent, lex)  # '... pay Tarrow $900 million for capacity.' 'Tarrow has signed a
            # second contract, with Orlin'
        if new and prev is not None and not blank and rules.on("discourse.status_told_before"):
            status_told_before(new, prev, drafts, lex)  # '... is close to a deal for Y.' 'X would pay $1.4 billion'
        # (not the figure of a one-party sentence across a blank line: that reach lost a check-split deal)
        told = one_party_figure(sent) if not new else None
        if sent.text.strip() and counting_buyer(sent, bool(new)):
            counting = (sent, i)
        if new:
            raiser = None  # a deal told since: a later round is that deal's
        elif (raising := raiser_of(sent)) is not None:
            raiser, raiser_sent = (raising, i), sent
        ahead = ahead if blank else investors_ahead(sent, lex) if not new else []
        if rules.on("discourse.part_of_round"):
            # '... is investing $180 million in X. This is part of a larger $450 million round that also includes
            # A and B.': the round the share told is part of
            new = new + part_of_round(new, drafts, sent)
        if new:
            if rules.on("discourse.complete_round"):
                complete_round(new, drafts)
            if rules.on("discourse.investors_told_first"):
                investors_told_first(new, drafts)
            drafts.extend(new)
        elif drafts and i > 0 and rules.hit("discourse.enrich", refers_back(sent, lex)):
            enrich(deal_named(drafts, sent), sent, lex)
        elif drafts and i > 0 and paid_for_it(drafts[-1], sent):
            enrich(drafts[-1], sent, lex)  # '... will pay $600 million for the 60% holding'
        elif drafts and prev is not None and drafts[-1].sentence.start == prev.start and paying_relative(
                drafts[-1], sent):
            enrich(drafts[-1], sent, lex)  # '... to Halvern Labs, which will pay $900 million over three years.'
        elif drafts and prev is not None and drafts[-1].sentence.start == prev.start and project_cost(
                drafts[-1], sent):
            enrich(drafts[-1], sent, lex)  # '... to build an AI data centre. The project will cost 100 billion yen.'
        elif drafts and i > 0 and payer_pays(drafts[-1], prev, sent):
            enrich(drafts[-1], sent, lex)  # '... and Marrow will pay $2.7 billion.'
        elif drafts and i > 0 and provider_gives(drafts[-1], prev, sent):
            enrich(drafts[-1], sent, lex)  # '... with financing from X.' 'The bank provided a $2.4 billion loan.'
    rules.at(-1)
    # 'Akamai said an unnamed model developer signed a $200 million contract': a sale to a counterparty the passage
    # only describes is a deal of the one side named (guidelines: one party where the passage states one)
    kept = [d for d in unnamed if d.amount is not None and d.type in TRADE_TYPES]
    if kept and rules.on("discourse.unnamed_counterparty") and rules.hit("discourse.unnamed_counterparty"):
        drafts = sorted(drafts + kept, key=lambda d: d.sentence.start)
    names = shortest_names(sentences, body_start, lex) if rules.hit("merging.short_names") else {}
    names.update(short_forms)
    names.update(aliases)
    if drafts and rules.on("merging.one_company"):
        drafts = [d for d in drafts if not rules.hit("merging.one_company", one_company(d))]
    if drafts and rules.on("candidates.partnership_attached"):
        drafts = [d for d in drafts if not rules.hit("candidates.partnership_attached", bare_partnership(d, sentences))]
    if drafts and rules.on("discourse.called_off_elsewhere"):
        drafts = called_off_elsewhere(drafts, sentences, lex)
    if drafts and rules.on("mentions.passage_people"):
        drafts = without_people(drafts, people_named(full, lex))  # 'co-founder Adam Brell' ... 'Brell bought ...'
    if drafts:
        served_side(drafts, sentences)  # '... will support Quellin's operations': Quellin buys
        owner_provides(drafts)  # '... a deal for Oskren to use Varnel's chips': Varnel sells
        revenue_earner(drafts)  # '... is expected to bring Halvern $900 million in revenue': Halvern sells
        role_kept(drafts)  # 'Velkor will supply capacity to X ...' then 'Velkor also has contracts with A and B'
    for d in drafts:
        if d.sentence.start < body_start and d.status == "announced" and not ANNOUNCING.search(
                d.sentence.text) and rules.on("merging.headline_status"):
            # 'Yunqi to lease Ohio campus from Brevik': a headline that says no one announced anything leaves the
            # status to the body's telling of the deal ('..., according to people familiar with the matter')
            d.rule += HEADLINE_STATUS
    kept = decide(drafts, sentences, names, url)
    for d in kept:
        if d.sentence.start < body_start and d.amount is not None and rules.on("merging.headline_rounded"):
            d.rule += HEADLINE_FIGURE  # (a headline's figure may be the body's rounded: merging.headline_rounded)
    if trace is not None:
        trace += explain_sentences(sentences, drafts, dropped or {}, kept)
    return finish(kept, names, url)


def explain_sentences(sentences: list[Sentence], drafts: list[Draft], dropped: dict,
                      kept: list[Draft] | None = None) -> list[dict]:
    """Per sentence that holds anything: the organisations with the rule that found each, the phrases the slot
    finder dropped and the filter that dropped them, triggers, figures, and the deals drafted with their rule and
    the decision model's probability (a draft it dropped says so)."""
    # a kept draft is a copy (dataclasses.replace) that shares its parties list with the draft it was made from
    decided = {id(d.parties): d.confidence for d in (kept if kept is not None else drafts)}
    out = []
    for s in sentences:
        made = [d for d in drafts if d.sentence.start == s.start]
        if not (s.orgs or s.triggers or s.money or made or dropped.get(s.start)):
            continue
        out.append({
            "sentence": (s.shown or s.text).strip(), "start": s.start,
            "orgs": [{"text": o.text, "found_by": o.origin, "kind": o.kind} for o in s.orgs],
            "dropped": [{"text": t, "by": why} for t, why in dropped.get(s.start, [])],
            "triggers": [{"text": t.text, "type": t.type, "frame": t.frame} for t in s.triggers],
            "money": [m.text for m in s.money if not m.excluded],
            "drafts": [{"type": d.type, "rule": d.rule, "status": d.status,
                        "parties": [f"{o.text} ({r}, {o.origin})" for o, r in d.parties],
                        **({"confidence": decided[id(d.parties)]} if id(d.parties) in decided
                           else {"dropped_by": "decision.model"})} for d in made],
        })
    return out

