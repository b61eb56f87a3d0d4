"""Context words (patterns/context.yaml): the word lists rules read in a window around a mention, a trigger or a
figure. The window's shape stays in the rule's code; `words(key)` gives the alternation to put in it."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import read_yaml

CONTEXT_LISTS = ("site_works", "outlet_words", "follow_on_words", "follow_on_verbs", "attached_capacity", "hyphen_relations", "coordinated_deal_nouns", "it_act_verbs",
                 "recipient_holder_nouns", "place_nouns",
                 "rival_cues", "rival_links", "channel_words", "list_stops", "co_investor_cues", "co_investor_stops",
                 "co_investor_after", "list_verbs", "pronoun_speech_verbs", "order_nouns", "service_nouns", "goods_service_words", "intent_verbs", "modal_phrases", "opener_words", "purpose_verbs", "share_verbs",
                 "partner_oblique", "issuer_nouns", "round_nouns", "oblique_preps", "beneficiary_verbs",
                 "capacity_nouns", "oblique_before", "aim_words", "history_verbs", "speech_words", "product_nouns",
                 "object_breaks", "separate_figure", "not_separate", "not_separate_after", "hedge_words",
                 "history_words", "report_words", "name_joiners", "name_particles", "legal_suffixes", "company_nouns",
                 "plural_company_nouns", "hyphen_adjectives", "recipient_words", "agreement_nouns", "strong_nouns",
                 "joint_adverbs", "agreement_verbs", "lead_verbs", "lead_objects", "raising_verbs", "raised_objects",
                 "platform_nouns", "paying_verbs", "speaker_verbs", "filing_verbs", "collapse_words",
                 "side_buying_verbs", "side_selling_verbs", "served_verbs", "served_nouns", "investor_nouns",
                 "trade_agreement_words",
                 "founding_fillers", "noun_markers", "earlier_words", "round_investor_cues", "business_nouns",
                 "control_words",
                 "announce_verbs", "object_end", "clause_verbs", "agent_cues", "future_markers",
                 "rival_titles", "lending_nouns", "cumulative_verbs", "financing_verbs", "funder_nouns",
                 "appositive_descriptors", "shared_subject_verbs",
                 "estimate_words", "maybe_words", "joint_nouns", "joint_capacity_nouns", "placing_verbs",
                 "joint_groups", "income_verbs", "figure_hedges", "generation_assets", "power_sale_words",
                 "making_verbs",
                 "goods_nouns", "service_nouns", "fixed_expressions", "forecast_subjects", "forecast_verbs", "describing_hyphens", "person_title_words", "person_honorifics", "equipment_nouns",
                 "public_bodies", "institution_heads", "facility_plurals", "giving_verbs",
                 "managing_participles",
                 "took_part_verbs", "withheld_verbs", "round_verbs", "round_drawing_verbs", "results_nouns",
                 "market_nouns", "market_links", "market_verbs", "approver_verbs", "relative_continuations",
                 "collective_nouns", "unnamed_parties",
                 "serving_verbs", "hosted_work", "arm_suffixes",
                 "name_continuations", "owner_nouns", "relation_nouns", "choosing_verbs", "supply_verbs",
                 "talk_nouns", "site_nouns", "deed_verbs",
                 "stake_control_words", "selling_verbs",
                 "stake_nouns", "passed_over", "preferring_verbs",
                 "backing_participles", "event_nouns", "buyer_nouns", "seller_nouns", "unnamed_seller_nouns",
                 "closing_verbs", "betting_nouns", "share_nouns",
                 "share_buying_verbs", "obligation_nouns",
                 "staff_nouns", "stake_taking_verbs", "news_now_words", "site_sale_nouns",
                 "receiving_verbs", "received_money_nouns", "owned_nouns",
                 "adviser_nouns", "advised_raise_nouns", "share_giving_verbs", "housing_verbs",
                 "held_jointly_verbs", "money_putting_gerunds", "provider_participles",
                 "headline_small_words", "headline_kickers", "goods_modifiers", "own_units", "listed_deal_nouns",
                 "headline_phrasal_verbs", "headline_prepositions", "place_role_nouns",
                 "named_org_nouns", "payout_nouns", "product_tiers", "revenue_sources", "place_name_words",
                 "role_of_investor_nouns", "role_of_trade_nouns", "facility_tails", "person_descriptor_words")


@cache
def load_context() -> dict[str, tuple[str, ...]]:
    """context.yaml, validated: each of CONTEXT_LISTS a non-empty list of words, and no list that no rule reads."""
    raw = read_yaml("context.yaml") or {}
    missing = [k for k in CONTEXT_LISTS if not raw.get(k) or not isinstance(raw[k], list)
               or not all(isinstance(w, str) and w for w in raw[k])]  # an unquoted on/no is read as a boolean
    unknown = sorted(set(raw) - set(CONTEXT_LISTS))
    if missing or unknown:
        raise ValueError("context.yaml: " + "; ".join(
            ([f"missing, empty, or not a list of words (quote on/no/yes): {', '.join(missing)}"] if missing else [])
            + ([f"read by no rule: {', '.join(unknown)}"] if unknown else [])))
    return {k: tuple(str(w) for w in raw[k]) for k in CONTEXT_LISTS}


# Inside a clause's window: any character but a clause's stop ('.' or ';'), a figure's decimal point going on
# ('$1.5 billion'); and, where a comma ends the window too, any but those and a comma, a figure's thousands comma
# going on ('Rs 15,000 crore')
NO_STOP = r"(?:[^.;]|(?<=\d)\.(?=\d))"
NO_BREAK = r"(?:[^,;.]|(?<=\d)[.,](?=\d))"
# A currency sign before a figure, a dollar's country prefix included ('$', 'US$', 'A$', 'HK$', '€')
SIGN = r"(?:(?:US|A|C|S|HK|NZ|R)\$|[$€£¥])"


def words(key: str) -> str:
    """The list as a regex alternation, longest first: each entry escaped, a space matching any white space, a
    trailing '*' any word ending ('valu*'). No boundaries: the rule's pattern places them."""
    def one(entry: str) -> str:
        stem, star = (entry[:-1], r"\w*") if entry.endswith("*") else (entry, "")
        return r"\s+".join(map(re.escape, stem.split())) + star
    return "|".join(one(w) for w in sorted(load_context()[key], key=len, reverse=True))


def word_set(key: str) -> frozenset[str]:
    """The list as a set of words, as written (for membership tests on tokens)."""
    return frozenset(load_context()[key])
