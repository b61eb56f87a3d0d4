import pytest

from pipeline.nlp.lexicon import load_lexicon
from pipeline.records import Amount

B = 1_000_000_000
CASES = [
    ("$1.25B per month", Amount(1_250_000_000, "USD", "exact", "month")),
    ("$1.25 billion", Amount(1_250_000_000, "USD", "exact", "once")),
    ("1.25 billion dollars", Amount(1_250_000_000, "USD", "exact", "once")),
    ("US$10bn", Amount(10 * B, "USD", "exact", "once")),
    ("€500m", Amount(500_000_000, "EUR", "exact", "once")),
    # currencies named by country and word after the figure
    ("2 billion Turkish lira", Amount(2 * B, "TRY", "exact", "once")),
    ("1.2 billion dong", Amount(1_200_000_000, "VND", "exact", "once")),
    ("20 billion Mexican pesos", Amount(20 * B, "MXN", "exact", "once")),
    ("2 billion Canadian dollars", Amount(2 * B, "CAD", "exact", "once")),
    ("20 billion Norwegian kroner", Amount(20 * B, "NOK", "exact", "once")),
    ("20 billion Hong Kong dollars", Amount(20 * B, "HKD", "exact", "once")),
    ("£1.8bn", Amount(1_800_000_000, "GBP", "exact", "once")),
    ("USD 3 billion", Amount(3 * B, "USD", "exact", "once")),
    ("C$53 billion", Amount(53 * B, "CAD", "exact", "once")),
    ("$10B+", Amount(10 * B, "USD", "at_least", "once")),
    ("$10-12 billion", Amount(10 * B, "USD", "at_least", "once")),
    ("up to $100 billion", Amount(100 * B, "USD", "up_to", "once")),
    ("as much as $500mn", Amount(500_000_000, "USD", "up_to", "once")),
    ("could reach $1 billion", Amount(1 * B, "USD", "up_to", "once")),
    ("more than $10 billion", Amount(10 * B, "USD", "at_least", "once")),
    ("about $3bn", Amount(3 * B, "USD", "about", "once")),
    ("just under $34 million", Amount(34_000_000, "USD", "about", "once")),
    ("in the region of $500 million", Amount(500_000_000, "USD", "about", "once")),
    ("a little over $3 billion", Amount(3 * B, "USD", "at_least", "once")),
    ("a sum approaching $2 billion", Amount(2 * B, "USD", "about", "once")),
    ("just shy of $700 million", Amount(700_000_000, "USD", "about", "once")),
    ("a $1.5 billion-plus deal", Amount(1_500_000_000, "USD", "at_least", "once")),
    ("$30bn annually over five years", Amount(30 * B, "USD", "exact", "year")),
    ("$2 billion a year", Amount(2 * B, "USD", "exact", "year")),
    ("$400 million per quarter", Amount(400_000_000, "USD", "exact", "quarter")),
    ("$1.25 billion monthly", Amount(1_250_000_000, "USD", "exact", "month")),
    ("$14,3bn", Amount(14_300_000_000, "USD", "exact", "once")),
    ("$500,000,000 aggregate principal", Amount(500_000_000, "USD", "exact", "once")),
    ("EUR10 billion (USD10 billion)", Amount(10 * B, "EUR", "exact", "once")),
    ("600 million euros ($643.7 million)", Amount(600_000_000, "EUR", "exact", "once")),
    # an ISO code after the figure is its currency; the conversion in brackets is not the amount
    ("nearly 2 billion RMB (approximately $276 million)", Amount(2 * B, "CNY", "about", "once")),
    ("for 7.6 billion NOK in cash", Amount(7.6 * B, "NOK", "exact", "once")),
    ("a deal worth 4.5 billion SEK", Amount(4.5 * B, "SEK", "exact", "once")),
    ("500 million USD", Amount(500_000_000, "USD", "exact", "once")),
    ("ten billion dollars", Amount(10 * B, "USD", "exact", "once")),
    ("half a billion dollars", Amount(500_000_000, "USD", "exact", "once")),  # (mentions.half_a)
    ("about half a billion euros", Amount(500_000_000, "EUR", "about", "once")),
    ("USD 1.4 bn", Amount(1_400_000_000, "USD", "exact", "once")),  # a two-letter scale may stand apart
    ("EUR 2 mn", Amount(2_000_000, "EUR", "exact", "once")),
    ("SGD 2.5 billion", Amount(2_500_000_000, "SGD", "exact", "once")),
    ("₹10 lakh crore", Amount(10 ** 13, "INR", "exact", "once")),
    ("Rs 500 crore", Amount(5 * B, "INR", "exact", "once")),
    ("Pennavar$17.4B", Amount(17_400_000_000, "USD", "exact", "once")),  # a symbol glued to the word before it
    ("signed a$2 billion deal", Amount(2 * B, "USD", "exact", "once")),  # the article glued to '$', not 'A$'
    ("will invest A$2 billion", Amount(2 * B, "AUD", "exact", "once")),
    ("CAD $62,750,000", Amount(62_750_000, "CAD", "exact", "once")),  # an ISO code names the symbol's currency
    ("SGD $1.5 billion", Amount(1_500_000_000, "SGD", "exact", "once")),
    ("bought Kelvane for $62.7 million in cash", Amount(62_700_000, "USD", "exact", "once")),  # a price, paid in cash
    ("Orvanta paid $2 billion in cash and stock", Amount(2 * B, "USD", "exact", "once")),
    # currencies of more regions, by symbol and by word
    ("RM5 billion", Amount(5 * B, "MYR", "exact", "once")),
    ("5 billion ringgit", Amount(5 * B, "MYR", "exact", "once")),
    ("10 billion baht", Amount(10 * B, "THB", "exact", "once")),
    ("Rp 5 trillion", Amount(5 * 10 ** 12, "IDR", "exact", "once")),
    ("8 billion reais", Amount(8 * B, "BRL", "exact", "once")),
    ("3 billion zloty", Amount(3 * B, "PLN", "exact", "once")),
    ("40 billion lira", Amount(40 * B, "TRY", "exact", "once")),
    ("2 billion rand", Amount(2 * B, "ZAR", "exact", "once")),
    ("6 billion kronor", Amount(6 * B, "SEK", "exact", "once")),
    ("50 billion roubles", Amount(50 * B, "RUB", "exact", "once")),
    ("ILS 2bn", Amount(2 * B, "ILS", "exact", "once")),
    # the singular before the noun it measures
    ("a 5 billion rupee contract", Amount(5 * B, "INR", "exact", "once")),
    ("a 200 million pound loan", Amount(200_000_000, "GBP", "exact", "once")),
]


@pytest.mark.parametrize("text", ["a 5 m wall", "40 mn users"])
def test_a_scale_without_a_currency_is_no_figure(text):
    assert load_lexicon().money.find(text) == []


@pytest.mark.parametrize("text,expected", CASES)
def test_money_formats(text, expected):
    found = load_lexicon().money.find(text)
    assert len(found) == 1, found
    assert found[0].amount == expected
    assert found[0].excluded is None


@pytest.mark.parametrize("text", ["tens of billions of dollars", "a multibillion-dollar deal",
                                  "hundreds of millions of dollars"])
def test_vague_figures_have_no_value(text):
    found = load_lexicon().money.find(text)
    assert len(found) == 1 and found[0].amount.value is None


@pytest.mark.parametrize("text", [
    "at a $157bn valuation", "which values xAI at $80 billion", "the first $5 trillion company",
    "record revenue of $26 billion", "at $23.28 a share", "valuing the startup at about $3bn",
    "the company is valued at $40 billion",
    "its market value dropped by nearly $600 billion", "raised its capex forecast to $66-72 billion",
    "a model built at a cost of about $6 million", "projects its revenue to quadruple to around $8 billion",
    "the ambitious $500 billion Stargate project",
    "the deal pegs the unit's valuation at $8.75 billion", "the chipmaker added $170 billion to its market cap",
    "a projected $135 billion in AI infrastructure spending", "its plan to spend $80 billion on data centers",
    "Velmora ended the quarter with $5 billion in cash and equivalents",  # a balance, not a price
    "Kestrel Partners has $73 billion in AUM", "a firm with $40 billion of assets under management",  # a fund's size
    "with the company's estimated value in this deal reaching a staggering $350 billion",
    "the round valued Quarnell at $1 billion",
    "Halvern said the contract would lift its backlog to $23 billion",  # an order book, like revenue
    "the acquisition of Lentara, a startup last valued at $3 billion",  # a company word between: its valuation
])
def test_figures_that_are_not_deal_amounts(text):
    found = load_lexicon().money.find(text)
    assert found and all(m.excluded for m in found)


def test_what_an_agreement_costs_is_an_amount():
    # a project's cost is no deal amount; what the contracts cost is theirs
    assert load_lexicon().money.find("a data centre project costing $2 billion")[0].excluded
    found = load_lexicon().money.find("contracts with Quill and Stellix, costing $1.25 billion and $920 million")
    assert [m.excluded for m in found] == [None, None]


def test_deal_valued_at_is_an_amount():
    found = load_lexicon().money.find("The deal is valued at more than $10 billion.")
    assert found[0].excluded is None and found[0].amount.qualifier == "at_least"
    # the deal noun far back in the clause (rule mentions.deal_valued_at)
    found = load_lexicon().money.find("The acquisition of Lentara by Velkara Holdings, valued at $3.3 billion, closed.")
    assert found[0].excluded is None


@pytest.mark.parametrize("text", [
    "Ironbark Digital closed $2.5 billion of project financing",  # a programme's name is capitalised
    "the $900 million deal gives Quenlo 200 MW",
])
def test_figures_before_lower_case_words_stay_amounts(text):
    found = load_lexicon().money.find(text)
    assert found and found[0].excluded is None


def test_a_year_ago_is_not_a_period():
    found = load_lexicon().money.find("It raised $3 billion a year ago.")
    assert found[0].amount.period == "once"


@pytest.mark.parametrize("text,period", [
    ("Brisk Compute signed a contract worth $1.25bn-a-month with Orsk Cloud.", "month"),
    ("a $300m-a-year deal", "year"),
    ("a $40m-per-quarter fee", "quarter"),
])
def test_a_period_written_on_with_hyphens(text, period):
    assert load_lexicon().money.find(text)[0].amount.period == period


@pytest.mark.parametrize("text", ["will pay between $1 billion and $2 billion a year", "from $1 billion to $2 billion a year",
                                  "between $1bn-$2bn a year"])
def test_a_range_is_one_figure_at_its_low_end(text):
    found = load_lexicon().money.find(text)
    assert [(m.amount.value, m.amount.qualifier, m.amount.period) for m in found] == [(1_000_000_000, "at_least", "year")]


def test_two_figures_joined_by_and_without_between_stay_two():
    found = load_lexicon().money.find("will pay $1 billion and $2 billion to two providers")
    assert [m.amount.value for m in found] == [1_000_000_000, 2_000_000_000]


def test_money_yaml_is_checked_at_load():
    """A list missing or empty in money.yaml is an error naming it, not a KeyError at the first figure."""
    from pipeline.nlp.lexicon import read_yaml
    from pipeline.nlp.money import MoneyRules
    vocab = read_yaml("money.yaml")
    MoneyRules(vocab)
    with pytest.raises(ValueError, match="money.yaml: missing or empty: change_verbs"):
        MoneyRules({**vocab, "change_verbs": []})


@pytest.mark.parametrize("text, excluded", [
    ("Its shares jumped 20% after it disclosed a $10 billion order from Brimoral.", False),  # another clause's figure
    ("Its market value jumped by $10 billion on Tuesday.", True),  # the change itself
    ("Its market value has risen by $20 billion since the deal.", True),  # the same in the perfect
    ("Amid rising demand, Orsk signed a $2 billion deal with Tessaly.", False),  # an adjective of rising: no change
])
def test_a_change_verb_reaches_no_figure_past_a_new_clause(text, excluded):
    found = [m for m in load_lexicon().money.find(text) if m.text.startswith("$")]
    assert found and (found[0].excluded is not None) == excluded


def test_rand_written_with_r():
    """'R14 billion' is South African rand; 'R1' (a model's name) is too small a figure to count."""
    money = load_lexicon().money
    rand = money.find("a 15-year deal worth R14 billion.")[0]
    assert (rand.amount.value, rand.amount.currency, rand.excluded) == (14_000_000_000, "ZAR", None)
    assert all(m.excluded for m in money.find("DeepSeek released its R1 model."))


def test_every_trigger_asking_for_a_currency_has_a_twin_for_one_named_after_the_figure():
    from pipeline.nlp.lexicon import with_currency_after
    lex = load_lexicon()
    rows = [{"label": "investment", "id": "x", "pattern": [
        {"LOWER": "receive"}, {"IS_CURRENCY": True}, {"OP": "{1,3}", "IS_PUNCT": False}, {"LOWER": "from"}]},
        {"label": "investment", "id": "y", "pattern": [
            {"LOWER": "bet"}, {"IS_CURRENCY": True}, {"LIKE_NUM": True}, {"LOWER": {"IN": ["million", "billion"]}},
            {"LOWER": "on"}]},
        {"label": "investment", "id": "z", "pattern": [{"LOWER": "invest"}, {"LOWER": "in"}]}]
    twins = with_currency_after(tuple(rows), lex.money)[len(rows):]
    assert len(twins) == 2  # the pattern without a currency has none
    run, figure = twins
    # '$ ... from' -> 'N (scale) yen (…) from': the run after the currency one word shorter, possibly empty
    assert run["pattern"][1] == {"LIKE_NUM": True} and "yen" in run["pattern"][3]["LOWER"]["IN"]
    # (then a conversion in brackets, each of its five tokens optional: '1.5 trillion yen ($10 billion) from')
    assert [t.get("OP") for t in run["pattern"][4:9]] == ["?"] * 5 and run["pattern"][4]["ORTH"] == "("
    assert run["pattern"][9]["OP"] == "{0,2}" and run["pattern"][-1] == {"LOWER": "from"}
    # '$ N million on' -> 'N million won on'
    assert [t.get("LIKE_NUM") for t in figure["pattern"][1:2]] == [True] and "won" in figure["pattern"][3]["LOWER"]["IN"]
    assert figure["pattern"][-1] == {"LOWER": "on"} and not any(
        t.get("IS_CURRENCY") and t.get("OP") != "?" for t in figure["pattern"])  # (only the conversion's, optional)
    # the shipped triggers: one twin per pattern that asks for a currency
    asking = [r for r in lex.triggers if any(t.get("IS_CURRENCY") is True and t.get("OP") != "?" for t in r["pattern"])]
    named_after = [r for r in lex.triggers if any("yen" in (t.get("LOWER") or {}).get("IN", []) for t in r["pattern"]
                                                   if isinstance(t.get("LOWER"), dict))]
    assert asking and len(named_after) == len(asking)
