"""Extraction: the seed article, and written sentences per phenomenon (positive and negative)."""


import json

import pytest

from conftest import SAMPLES, SHARED


def parties(deal):
    return {(p["name"], p["role"]) for p in deal["parties"]}


def test_seed_article_gives_exactly_one_deal(extract):
    seed = next((SHARED / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    deals = extract(seed)
    assert len(deals) == 1
    d = deals[0]
    assert d["type"] == "compute"
    assert parties(d) == {("Anthropic", "buyer"), ("xAI", "seller")}
    assert d["amount"] == {"value": 1250000000, "currency": "USD", "qualifier": "exact", "period": "month"}
    assert d["status"] == "announced"
    assert any("Anthropic will pay xAI $1.25B per month for compute" in e["sentence"] for e in d["evidence"])
    names = {p["name"] for p in d["parties"]}
    assert not names & {"OpenAI", "Google", "Claude", "Grok"}
    assert 0 <= d["confidence"] <= 1


@pytest.mark.parametrize("text,type_,expected", [
    ("Nebula Labs will pay CoreWeave $2 billion for GPU capacity.", "compute",
     {("CoreWeave", "seller")}),
    ("Amazon agreed to invest $4 billion in Anthropic.", "investment",
     {("Amazon", "investor"), ("Anthropic", "investee")}),
    ("Qualcomm to acquire Alphawave for $2.4 billion.", "acquisition",
     {("Qualcomm", "acquirer"), ("Alphawave", "target")}),
    ("Talen Energy signed a deal to supply Amazon with 1.9 gigawatts of nuclear power.", "power",
     {("Amazon", "buyer"), ("Talen Energy", "seller")}),
    ("Meta inks $14B CoreWeave deal for AI cloud capacity", "compute",
     {("Meta", "buyer"), ("CoreWeave", "seller")}),
    ("Crusoe raised $1.4 billion in a round led by Founders Fund, with participation from Nvidia.", "investment",
     {("Crusoe", "investee"), ("Founders Fund", "investor"), ("Nvidia", "investor")}),
    # triggers.jsonl: 'put $N into X'; a round told as a noun with its figure, no verb
    ("Stellix Capital put $80 million into Quorvane last week.", "investment",
     {("Stellix Capital", "investor"), ("Quorvane", "investee")}),
    ("Quorvane, valued at $6.9 billion after a $750 million round in March, makes inference chips.", "investment",
     {("Quorvane", "investee")}),
    # discourse.provided_financing: the whole list of lenders before the verb
    ("Velmora has secured a $400 million credit facility. Taravik Bank and Lumeris Bank provided the facility.",
     "investment", {("Velmora", "investee"), ("Taravik Bank", "investor"), ("Lumeris Bank", "investor")}),
    # mentions.headline_case: a headline in capitals is parsed in the case of an ordinary line
    ("OSTREN TO ACQUIRE BELVANCE FOR $1.1 BILLION", "acquisition",
     {("OSTREN", "acquirer"), ("BELVANCE", "target")}),
    # triggers.jsonl: debt told from the lender's or the issuer's side: 'extended a loan to', 'issued notes to',
    # 'tapped X for $N' (with frames.yaml issue_to and tap_for_money)
    ("Halvern extended a $500 million credit line to Quorvane.", "investment",
     {("Halvern", "investor"), ("Quorvane", "investee")}),
    ("Quorvane issued $500 million in convertible notes to Halvern.", "investment",
     {("Quorvane", "investee"), ("Halvern", "investor")}),
    ("Quorvane tapped Halvern for $500 million.", "investment",
     {("Quorvane", "investee"), ("Halvern", "investor")}),
    # triggers.jsonl: getting money 'in <kind> financing from' a lender (obtain, like secure and land)
    ("Quorvane obtained $500 million in debt financing from Halvern Credit Partners.", "investment",
     {("Quorvane", "investee"), ("Halvern Credit Partners", "investor")}),
    # triggers.jsonl: the forms of the investing verbs ('is backing X', 'will pour', 'participating in') and the
    # lenders that arrange or underwrite a loan
    ("Tessaly Ventures is backing Quarnell with $50 million.", "investment",
     {("Tessaly Ventures", "investor"), ("Quarnell", "investee")}),
    ("Tessaly Ventures will pour $40 million into Quarnell.", "investment",
     {("Tessaly Ventures", "investor"), ("Quarnell", "investee")}),
    ("Brimoral Capital is also participating in the $40 million round for Quarnell.", "investment",
     {("Brimoral Capital", "investor"), ("Quarnell", "investee")}),
    ("Halvern Bank and Ostrix Bank arranged a $3 billion loan for Quarnell.", "investment",
     {("Halvern Bank", "investor"), ("Ostrix Bank", "investor"), ("Quarnell", "investee")}),
    # discourse.took_part: investors that 'also joined' the round just told (context.yaml took_part_verbs)
    ("Quarnell has raised $300 million. Tessaly Capital led the round. Ostrix Partners and Halvern Growth also joined.",
     "investment", {("Quarnell", "investee"), ("Tessaly Capital", "investor"), ("Ostrix Partners", "investor"),
                    ("Halvern Growth", "investor")}),
    # frames.yaml sell_company_to_group: the buyer is a group named by its members
    ("Tessaly sold Brimoral Data Centers to a consortium comprising Ostrix Partners and Halvern Capital for "
     "$40 billion.", "acquisition", {("Brimoral Data Centers", "target"), ("Ostrix Partners", "acquirer"),
                     ("Halvern Capital", "acquirer")}),
    # triggers.jsonl: a buyer takes a company private (with mentions.taken_private), also in the passive
    ("Tessaly Partners will take data-centre operator Brimoral Systems private for $4 billion.", "acquisition",
     {("Tessaly Partners", "acquirer"), ("Brimoral Systems", "target")}),
    ("Brimoral agreed to be taken private by Tessaly Partners for $4 billion.", "acquisition",
     {("Brimoral", "target"), ("Tessaly Partners", "acquirer")}),
    # gates.one_sided: the company raising is named before a long trigger that spans its investors ('raised $N from
    # A'), and 'it' is the speaker
    ("Quorvane, which makes AI inference chips, said on Monday it had raised $80 million from Brisa Capital and "
     "Tamsin Partners.", "investment",
     {("Quorvane", "investee"), ("Brisa Capital", "investor"), ("Tamsin Partners", "investor")}),
    # co-investors: 'co-invest' is a verb of investing, and its 'in X' names the investee
    ("Halvern and the Tamsin Investment Authority will co-invest $3 billion in Quorvane.", "investment",
     {("Halvern", "investor"), ("Tamsin Investment Authority", "investor"), ("Quorvane", "investee")}),
    # mentions.object_counterparty: 'from' hangs on 'worth', an adjective of the verb's object
    ("Halvern, the Abu Dhabi-backed AI firm, will buy chips worth $2 billion from Quorvane.", "chips",
     {("Halvern", "buyer"), ("Quorvane", "seller")}),
    # a company sold by its owner: the buyer acquires it, the seller is no party (guidelines: acquirer and target)
    ("Tamsin Holdings is selling Brisa Digital to Stellix Partners for $3.2 billion.", "acquisition",
     {("Brisa Digital", "target"), ("Stellix Partners", "acquirer")}),
    ("Tamsin Holdings is selling its data-centre arm, Brisa Digital, to Stellix Partners for $3.2 billion.",
     "acquisition", {("Brisa Digital", "target"), ("Stellix Partners", "acquirer")}),
    ("Tamsin agreed to sell Brisa, its chip unit, to Stellix for $900 million.", "acquisition",
     {("Brisa", "target"), ("Stellix", "acquirer")}),
    ("Quorvane turned to Halvern for $700 million worth of GPU servers.", "chips",
     {("Quorvane", "buyer"), ("Halvern", "seller")}),
    # mentions.public_body_of: 'the Government of Tamsin' is one body, not a government and a place
    ("The Government of Tamsin allocated 10,000 GPUs to Quorvane AI to develop a foundation model.", "chips",
     {("Government of Tamsin", "buyer"), ("Quorvane AI", "seller")}),
    # the tagger reads 'to Quorvane' as an infinitive and the recogniser the word as a place
    ("Stellix will supply up to 1 million TPUs to Quorvane in a deal worth tens of billions of dollars.", "chips",
     {("Stellix", "seller"), ("Quorvane", "buyer")}),
    # cues.yaml org_suffixes: a lender's name ending in a finance word is a company, which the recogniser may read as
    # a person; and the banks of a syndicate told in the next sentence join the round
    ("Telmira Labs said it raised about $400 million in debt to build a data centre near Lyon. The financing was "
     "provided by a group of banks that includes Ostrava Bank, Kestrel Credit and Brimley Finance.", "investment",
     {("Telmira Labs", "investee"), ("Ostrava Bank", "investor"), ("Kestrel Credit", "investor"),
      ("Brimley Finance", "investor")}),
    # triggers.jsonl: 'pumped $N into X'; 'is leading a $N Series B in X' (a lettered series is a round, and leading
    # one invests)
    ("Venture firm Brimley Partners pumped $45 million into Telmira, a Bengaluru-based chip design startup.",
     "investment", {("Brimley Partners", "investor"), ("Telmira", "investee")}),
    ("Brimley Capital is leading a $75 million Series B in Telmira, with Ostrava Ventures and Kestrel Growth also "
     "participating.", "investment", {("Brimley Capital", "investor"), ("Telmira", "investee"),
                                      ("Ostrava Ventures", "investor"), ("Kestrel Growth", "investor")}),
    # triggers.jsonl: 'put in a further €500 million' (a quantifier before the figure); the clause names no
    # investee, so it invests in the first clause's (discourse.co_investor_share)
    ("Quorvane will invest €2 billion in Halvern over five years, while Brimley will put in a further "
     "€500 million.", "investment", {("Quorvane", "investor"), ("Halvern", "investee")}),
    # the seed's construction with two-word names no list knows: the recogniser joins the second name and the figure
    # after it ('Dronel Astuva $2 billion', mentions.figure_after_name)
    ("Velrusa Kazomi will pay Dronel Astuva $2 billion for GPU capacity over three years.", "compute",
     {("Velrusa Kazomi", "buyer"), ("Dronel Astuva", "seller")}),
    # mentions.headline_run: a capitalised word the tagger calls a verb but the parser hangs on the name as a compound
    # is part of the name
    ("Tessaro Vinn will receive up to $6 billion from Kandro Pell in exchange for a 10% stake.", "investment",
     {("Tessaro Vinn", "investee"), ("Kandro Pell", "investor")}),
    # triggers.jsonl: 'Y awarded X a contract': the awarder buys; 'a 5 billion rupee contract' (a singular currency)
    ("The Ministry of Digital Affairs of Tamsin awarded Veyra Solis a 5 billion rupee contract to build a national AI "
     "cloud.", "compute", {("Ministry of Digital Affairs", "buyer"), ("Veyra Solis", "seller")}),
    # gates.list_member: the sentence's first word joined by 'and' to a name found is parsed as a list member
    ("Quorvane and Halvern raised $300 million from Ostrava Capital.", "investment",
     {("Quorvane", "investee"), ("Halvern", "investee"), ("Ostrava Capital", "investor")}),
])
def test_verb_frames(extract, text, type_, expected):
    deals = extract(text)
    assert deals, text
    assert deals[0]["type"] == type_
    assert expected <= parties(deals[0])


def test_second_investor_with_its_own_share(extract):
    deals = extract("Quorvane will invest €2 billion in Halvern over five years, while Brimley will put in a further "
                    "€500 million.")
    assert [(sorted(parties(d)), d["amount"]["value"], d["amount"]["currency"]) for d in deals] == [
        ([("Halvern", "investee"), ("Quorvane", "investor")], 2_000_000_000, "EUR"),
        ([("Brimley", "investor"), ("Halvern", "investee")], 500_000_000, "EUR")]


def test_status_cues(extract):
    talks = extract("xAI is in talks to raise $10 billion from Valor Equity Partners.")
    reported = extract("Google agreed to invest $2 billion in Anthropic, according to people familiar with the matter.")
    completed = extract("Mistral raised 600 million euros in a round led by General Catalyst.")
    assert [d["status"] for d in talks] == ["talks"]
    assert [d["status"] for d in reported] == ["reported"]
    assert [d["status"] for d in completed] == ["completed"]
    assert completed[0]["amount"]["currency"] == "EUR"
    # a completion word still to come ('agreed to be acquired', 'expected to be completed') is no completion
    agreed = extract("Lumora agreed to be acquired by Graviton Holdings for $12 billion.")
    done = extract("Graviton Holdings acquired Lumora for $12 billion.")
    assert [d["status"] for d in agreed] == ["announced"]
    assert [d["status"] for d in done] == ["completed"]


def test_terms_attach_to_the_deal(extract):
    d = extract("OpenAI signed a five-year, $11.9 billion agreement with CoreWeave.")[0]
    assert d["duration_months"] == 60 and d["amount"]["value"] == 11_900_000_000


def test_amount_told_in_the_next_sentence(extract):
    deals = extract("Anthropic signed a cloud agreement with Google. The deal, worth $3 billion, runs to 2030.")
    assert len(deals) == 1 and deals[0]["amount"]["value"] == 3_000_000_000


@pytest.mark.parametrize("text", [
    "Microsoft will spend $80 billion on data centres this year.",
    "Nvidia reported record revenue of $26 billion, beating estimates.",
    "Italy's privacy regulator fined OpenAI €15 million.",
    "The startup is valued at $40 billion after the news.",
    "Anthropic hopes to narrow the gap with rivals like OpenAI and Google.",
    "Microsoft chose not to exercise a $12 billion option to buy capacity from CoreWeave.",
    "Nvidia saw its market value drop by nearly $600 billion after DeepSeek revealed its model.",
    "TSMC will allocate US$52 billion to US$56 billion in capital expenditure this year.",
    "Alphabet and its rivals are rushing to build out data centers packed with Nvidia GPUs.",
    "None of his researchers have accepted Meta's offers, the OpenAI chief said.",
    "DeepSeek trained its model for $6 million, a fraction of the billions invested by companies like OpenAI.",
    # talks that ended with nothing, a contract not renewed, a lawsuit, a fund's size, a running total
    "Taravik had been in talks to invest $1 billion in Quenlo, but the discussions ended without a deal.",
    "Quenlo's shares fell 5% after Taravik said it would not renew its $2 billion cloud contract.",
    "Quenlo sued Taravik for $500 million over a breached supply agreement.",
    "Orvell Partners manages $40 billion and has stakes in Quenlo and Taravik.",
    "Taravik has invested $13 billion in Quenlo since 2019.",
    # a market's size, denied talks
    "Analysts expect the AI chip market to reach $400 billion by 2030, led by Marrowind and Tosaka.",
    "Orvanta Cloud said it was not in talks to sell itself to Stellix.",
    # no intention, a supposed deal, an approver and the plan it approves
    "Quenlo said it has no plans to invest in Marrowind.",
    "If Quenlo invests $5 billion in Marrowind, regulators may review the deal.",
    "The Kestrel Public Utility Commission approved Marrowind's $2 billion plan to build two gas plants.",
])
def test_negatives(extract, text):
    assert extract(text) == []


def test_unknown_organisation_with_legal_suffix(extract):
    deals = extract("Quantaris Technologies Inc. signed a $500 million agreement to buy GPU cloud capacity from Nebius.")
    assert deals and ("Quantaris Technologies", "buyer") in parties(deals[0])


def test_samples_produce_their_deals(extract):
    """The bundled sample pages carry deals of every type; the deal-free pages carry none."""
    from pipeline.parse import parse_article
    got = {}
    for page in sorted((SAMPLES / "pages").glob("*.html")):
        art = parse_article(page.read_bytes(), page.as_uri())
        got[page.stem] = extract(art.text, art.title)
    for empty in ("nvidia-earnings", "microsoft-capex", "city-marathon"):
        assert got[empty] == [], empty
    types = {d["type"] for deals in got.values() for d in deals}
    assert types >= {"compute", "investment", "acquisition", "power", "datacenter", "chips", "partnership"}
    assert len(got["two-deals-one-paragraph"]) == 2
    assert [d["status"] for d in got["xai-funding-talks"]] == ["talks"]


def test_investors_named_in_the_next_sentence_join_the_round(extract):
    deals = extract("Quantaris has secured $200 million in Series B funding. "
                    "The round was led by Sequoia Capital, with participation from Nvidia.")
    assert len(deals) == 1
    assert parties(deals[0]) == {("Quantaris", "investee"), ("Sequoia Capital", "investor"), ("Nvidia", "investor")}


def test_a_later_sentence_with_its_own_figure_is_not_merged_into_the_round(extract):
    deals = extract("Quantaris has secured $200 million in Series B funding. "
                    "Separately, Nvidia agreed to invest $50 million in CoreWeave, backed by its venture arm.")
    assert {d["amount"]["value"] for d in deals} == {200_000_000, 50_000_000}


@pytest.mark.parametrize("text,expected", [
    # a counterpart named with "with" before the trigger keeps the opposite role
    ("Google announced an agreement with Kairos Power to buy electricity from its reactors.",
     {("Google", "buyer"), ("Kairos Power", "seller")}),
    # an apposition's "from X" is not the subject
    ("Nebius, spun off from internet giant Yandex, will supply Microsoft with compute capacity in a $2 billion deal.",
     {("Nebius", "seller"), ("Microsoft", "buyer")}),
    # joint subjects give no direction: the kinds decide
    ("Brookfield and Google signed an agreement to deliver up to 3,000 megawatts of hydro power.",
     {("Brookfield", "seller"), ("Google", "buyer")}),
    # a possessor is not a party
    ("MGX and BlackRock's Global Infrastructure Partners will acquire Aligned Data Centers.",
     {("MGX", "acquirer"), ("Global Infrastructure Partners", "acquirer"), ("Aligned Data Centers", "target")}),
])
def test_role_cues(extract, text, expected):
    deals = extract(text)
    assert deals and parties(deals[0]) == expected


def test_rivals_are_not_parties(extract):
    deals = extract("Anthropic will pay xAI $1.25B per month for compute, narrowing the gap with rivals like OpenAI and Google.")
    assert len(deals) == 1 and {p["name"] for p in deals[0]["parties"]} == {"Anthropic", "xAI"}


def test_the_company_points_back_to_the_last_subject(extract):
    deals = extract("Meta Platforms is doubling down on AI. The company has signed a deal with Nebius, "
                    "committing to spend up to $27 billion over the next five years on computing capacity.")
    assert len(deals) == 1
    d = deals[0]
    assert parties(d) == {("Meta Platforms", "buyer"), ("Nebius", "seller")}
    assert d["amount"]["qualifier"] == "up_to" and d["duration_months"] == 60


@pytest.mark.parametrize("text,maker", [
    ("Microsoft and Nvidia agreed to invest up to $15 billion in the Claude maker.", "Anthropic"),
    ("The company behind ChatGPT struck a cloud deal with CoreWeave worth $4 billion.", "OpenAI"),
])
def test_product_makers_stand_for_their_company(extract, text, maker):
    deals = extract(text)
    assert deals and maker in {p["name"] for p in deals[0]["parties"]}
    assert not {p["name"] for p in deals[0]["parties"]} & {"Claude", "ChatGPT"}


def test_figures_paired_with_partners(extract):
    # candidates.paired_partners: a deal without a direction, each figure with its own named counterparty
    deals = extract("Quorvane's deals with Halvern ($6 billion) and Tamsin ($4 billion) were announced on Monday.")
    assert sorted((sorted(p["name"] for p in d["parties"]), d["amount"]["value"]) for d in deals) == [
        (["Halvern", "Quorvane"], 6_000_000_000), (["Quorvane", "Tamsin"], 4_000_000_000)]


def test_several_figures_in_one_sentence(extract):
    deals = extract("Nvidia will invest up to $10 billion and Microsoft up to $5 billion in Anthropic.")
    assert {(d["amount"]["value"], frozenset(parties(d))) for d in deals} == {
        (10_000_000_000, frozenset({("Nvidia", "investor"), ("Anthropic", "investee")})),
        (5_000_000_000, frozenset({("Microsoft", "investor"), ("Anthropic", "investee")})),
    }
    seq = extract("OpenAI struck a cloud deal with CoreWeave in March worth $11.9 billion, followed by a $4 billion add-on in May.")
    assert sorted(d["amount"]["value"] for d in seq) == [4_000_000_000, 11_900_000_000]


@pytest.mark.parametrize("text", [
    "OpenAI signed a $6.5 billion deal with CoreWeave, bringing the total value of their agreements to $22.4 billion.",
    "Cipher leased the site to Fluidstack for $3 billion over ten years and $7 billion if two extensions are exercised.",
])
def test_totals_and_conditional_figures_are_not_new_deals(extract, text):
    assert len(extract(text)) == 1


def test_an_organisation_before_a_product_noun_is_not_acquired(extract):
    deals = extract("HUMAIN intends to buy 18,000 NVIDIA GPUs for its first AI factory.")
    assert [d["type"] for d in deals] == ["chips"]
    assert parties(deals[0]) == {("HUMAIN", "buyer"), ("NVIDIA", "seller")} and deals[0]["gpus"] == 18000


def test_takeover_by_names_the_acquirer(extract):
    d = extract("Alphawave agrees £1.8bn takeover by America's Qualcomm")[0]
    assert d["type"] == "acquisition" and parties(d) == {("Qualcomm", "acquirer"), ("Alphawave", "target")}
    assert d["amount"]["currency"] == "GBP"


def test_an_intermediary_after_via_is_not_a_party(extract):
    deals = extract("Microsoft signed a power purchase agreement with Helion. Helion will sell power into the grid via Constellation.")
    assert len(deals) == 1 and parties(deals[0]) == {("Microsoft", "buyer"), ("Helion", "seller")}


def test_a_bare_retelling_merges_into_the_deal_with_the_figure(extract):
    deals = extract("SoftBank will acquire Ampere for $6.5 billion. Ampere has supplied chips to SoftBank before.")
    assert len(deals) == 1 and deals[0]["type"] == "acquisition"


def test_a_retelling_sentence_fills_amount_and_term(extract):
    deals = extract("Cipher Mining announced a landmark agreement with Amazon Web Services. "
                    "The $5.5 billion, 15-year lease positions the company as a major player.")
    assert len(deals) == 1
    assert deals[0]["amount"]["value"] == 5_500_000_000 and deals[0]["duration_months"] == 180


def test_an_earlier_agreement_between_the_same_parties(extract):
    deals = extract("Meta has agreed to a $21 billion deal with CoreWeave for AI cloud capacity. "
                    "This new deal adds to a previous $14.2 billion agreement that runs through 2031. "
                    "Combined, the contracts are worth more than $35 billion.")
    assert sorted(d["amount"]["value"] for d in deals) == [14_200_000_000, 21_000_000_000]
    assert all(parties(d) == {("Meta", "buyer"), ("CoreWeave", "seller")} for d in deals)


def test_a_sentence_about_the_contract_can_still_report_another_deal(extract):
    deals = extract("Talen Energy signed a deal to sell Amazon 1.9 gigawatts of nuclear power. "
                    "The contract runs through 2042 and follows Constellation Energy striking a partnership "
                    "to supply 1.1 GW of power to Meta Platforms.")
    assert {frozenset(p["name"] for p in d["parties"]) for d in deals} == {
        frozenset({"Talen Energy", "Amazon"}), frozenset({"Constellation Energy", "Meta Platforms"})}


def test_buying_a_site_is_a_datacenter_deal(extract):
    d = extract("SoftBank acquired the Lordstown facility from Foxconn for $375 million, "
                "part of the $500 billion Stargate project.")[0]
    assert d["type"] == "datacenter" and d["amount"]["value"] == 375_000_000
    assert parties(d) == {("SoftBank", "buyer"), ("Foxconn", "seller")}


def test_purchase_in_a_noun_compound_has_no_direction(extract):
    deals = extract("Through a new power purchase agreement between Kairos Power and TVA, Kairos Power will deliver "
                    "up to 50 megawatts of energy to TVA.")
    assert parties(deals[0]) == {("Kairos Power", "seller"), ("TVA", "buyer")} and deals[0]["power_mw"] == 50


def test_a_project_name_is_not_a_party(extract):
    deals = extract("The deal with Oracle will provide OpenAI's Stargate project with 4.5 gigawatts of capacity "
                    "for $30 billion per year.")
    names = {p["name"] for p in deals[0]["parties"]}
    assert names == {"Oracle", "OpenAI"} and deals[0]["amount"]["period"] == "year"


def test_headline_phrases_are_not_organisations(extract):
    deals = extract("Why Anthropic Will Pay xAI $1.25B Per Month for Compute Power")
    assert len(deals) == 1 and {p["name"] for p in deals[0]["parties"]} == {"Anthropic", "xAI"}
    assert deals[0]["type"] == "compute"


def test_partnership_parties_are_all_partners_but_not_suppliers(extract):
    d = extract("xAI announced a joint venture with HUMAIN to build a 500 megawatt data centre powered by Nvidia chips.")[0]
    assert d["type"] == "partnership" and parties(d) == {("xAI", "partner"), ("HUMAIN", "partner")}


def test_names_do_not_cue_types(extract):
    d = extract("HUMAIN, backed by the Public Investment Fund, committed to procuring 600 000 Nvidia chips.")[0]
    assert d["type"] == "chips" and d["gpus"] == 600000


def test_cumulative_totals_are_not_new_deals(extract):
    deals = extract("Google will provide an additional $1.4 billion backstop to TeraWulf. "
                    "This raises Google's total backstop commitment to $3.2 billion.")
    assert [d["amount"]["value"] for d in deals] == [1_400_000_000]


def test_a_listed_group_of_buyers(extract):
    d = extract("Nvidia has agreed to supply 260,000 GPUs to the South Korean government and four conglomerates"
                " - Samsung Electronics, SK Group, Hyundai Motor and Naver.")[0]
    buyers = {p["name"] for p in d["parties"] if p["role"] == "buyer"}
    assert buyers == {"South Korean government", "Samsung Electronics", "SK Group", "Hyundai Motor", "Naver"}
    assert d["gpus"] == 260000


def test_the_startup_is_the_organisation_described_as_one(extract):
    deals = extract("Cipher Mining struck the deal with Fluidstack, an AI computing startup based in the UK. "
                    "Google agreed to backstop $1.4 billion of the startup's lease obligations.")
    backstop = next(d for d in deals if d["amount"])
    assert {p["name"] for p in backstop["parties"]} == {"Google", "Fluidstack"}


def test_clauses_joined_by_while_are_read_apart(extract):
    deals = extract("Nvidia agreed to invest $10 billion in Anthropic, while Anthropic is committing to spend "
                    "$30 billion on Microsoft's Azure cloud.")
    by_amount = {d["amount"]["value"]: (d["type"], parties(d)) for d in deals}
    assert by_amount[10_000_000_000] == ("investment", {("Nvidia", "investor"), ("Anthropic", "investee")})
    assert by_amount[30_000_000_000][0] == "compute"
    assert ("Anthropic", "buyer") in by_amount[30_000_000_000][1]


def test_customers_are_mentions(extract):
    deals = extract("CoreWeave agreed to acquire Weights & Biases for $1.7 billion. W&B counts customers "
                    "including NVIDIA and OpenAI, which buy its software.")
    assert len(deals) == 1 and deals[0]["type"] == "acquisition"


def test_a_partnership_between_two_companies(extract):
    d = extract("The €1 billion partnership between Nvidia and Deutsche Telekom will build an AI factory.")[0]
    assert d["type"] == "partnership" and parties(d) == {("Nvidia", "partner"), ("Deutsche Telekom", "partner")}


def test_a_stated_conversion_is_the_same_figure(extract):
    deals = extract("Alphawave agrees £1.8bn takeover by America's Qualcomm\n\n"
                    "Alphawave has agreed to a 2.4 billion dollar (£1.8 billion) takeover by Qualcomm.")
    assert len(deals) == 1 and deals[0]["amount"] == {"value": 1_800_000_000, "currency": "GBP",
                                                      "qualifier": "exact", "period": "once"}


def test_abbreviation_then_organisation_starts_a_sentence(extract):
    deals = extract("Cipher Mining struck the deal with Fluidstack, a startup based in the U.K. "
                    "Google has agreed to invest $100 million in Cipher Mining.")
    inv = next(d for d in deals if d["type"] == "investment")
    assert parties(inv) == {("Google", "investor"), ("Cipher Mining", "investee")}


def test_shares_sold_name_no_party(extract):
    assert extract("This comes after the Japanese giant sold all its NVIDIA shares earlier this month.") == []


@pytest.mark.parametrize("text,worth", [
    ("The council approved a new budget for road repairs on Monday.", False),  # no deal word, no figure
    ("The club signed a new striker on loan.", False),                # deal word, no figure, no name of any kind
    ("Quorvane will acquire Stellix.", True),                          # names no list knows, no figure
    ("Quarterly sales rose 4% as shoppers returned.", False),
    ("Anthropic will pay xAI $1.25B per month for compute.", True),
    ("Nvidia signed an agreement with Foxconn.", True),
    # a trigger's common words alone ('a', 'the', 'for'), or one word of a two-word trigger, are no deal word
    ("Researchers in a leading lab planted two thousand trees for the town.", False),
    ("Velmora is leading the $2 billion round.", True),
    # a trigger word inside a hyphenated word, which the tokenizer splits off
    ("Korvane Systems pre-leased 200 MW of capacity from Halden Data Centers.", True),
])
def test_prefilter(text, worth):
    from pipeline.extraction import worth_reading
    assert worth_reading(text) is worth


def test_prefilter_passes_every_text_the_pipeline_finds_a_deal_in(nlp):
    """The prefilter only skips work: over the registry's examples and, when ../shared is beside the checkout,
    every annotated passage as written and renamed, a text in which the pipeline (prefilter off) finds a deal
    passes the prefilter; and no deal found has no party."""
    from benchmarks.generalisation import load_passages, renamed
    from pipeline.extraction import extract_deals, worth_reading
    from pipeline.extraction.gates import with_title
    from pipeline.nlp import rules
    texts = [r.example for r in rules.registry().values()]
    if (SHARED / "eval" / "dev_c.jsonl").exists():
        passages = load_passages()
        texts += [with_title(q["text"], q.get("title") or "") for p in passages for q in (p, renamed(p))]
    with rules.switched_off(["gates.prefilter"]):
        deals = {t: extract_deals(nlp, t) for t in texts}
    found = [t for t, ds in deals.items() if ds]
    assert len(found) > 50
    assert [t[:80] for t in found if not worth_reading(t)] == []
    # and every deal names a party (a draft whose organisations were all set aside is none)
    assert [t[:80] for t, ds in deals.items() if any(not d.parties for d in ds)] == []


def test_announced_investment_in_names_the_investee(extract):
    d = extract("Microsoft announced a $1.5 billion investment for a minority stake in G42 last month.")[0]
    assert parties(d) == {("Microsoft", "investor"), ("G42", "investee")}


def test_contract_revenue_and_in_return_figures_belong_to_the_deal(extract):
    lease = extract("Riot signed a data center lease with AMD with estimated contract revenue of $311 million.")
    assert lease[0]["amount"]["value"] == 311_000_000
    power = extract("Talen Energy signed a deal to sell Amazon 1.9 gigawatts of nuclear power. "
                    "In return, Talen locks in an estimated $18 billion of revenue.")
    assert power[0]["amount"] == {"value": 18_000_000_000, "currency": "USD", "qualifier": "about", "period": "once"}
    assert extract("Nvidia reported revenue of $26 billion for the quarter.") == []


def test_names_come_from_the_body_when_the_headline_clips_them(extract):
    d = extract("OpenAI has signed an agreement with Cerebras Systems worth $10 billion.",
                title="OpenAI turns to Cerebras for $10 billion compute push")[0]
    assert {p["name"] for p in d["parties"]} == {"OpenAI", "Cerebras Systems"}


@pytest.mark.parametrize("title,status", [
    ("Tavell to lease Ohio campus from Brisk", "reported"),  # the headline announces nothing: the body's cue tells
    ("Tavell signs lease for Brisk's Ohio campus", "announced"),  # the headline's word of an announcement
])
def test_a_headline_that_announces_nothing_leaves_the_status_to_the_body(extract, title, status):
    (d,) = extract("Tavell will lease an Ohio data centre campus from Brisk for about $2 billion, according to "
                   "people familiar with the matter.", title=title)
    assert d["status"] == status


def test_a_list_of_agreements_names_the_counterpart_of_each_item(extract):
    text = ("Meta signed new agreements with Vistra and TerraPower for nuclear power. They are:\n"
            "• Vistra Corp: 20-year power purchase agreements for 2,176 MW of nuclear energy.\n"
            "• TerraPower: an agreement for up to 690 MW of power from two new reactors.")
    deals = extract(text)
    by_seller = {next(p["name"] for p in d["parties"] if p["role"] == "seller"): d for d in deals}
    assert by_seller["Vistra"]["power_mw"] == 2176 and by_seller["Vistra"]["duration_months"] == 240
    assert ("Meta", "buyer") in parties(by_seller["TerraPower"])


@pytest.mark.parametrize("text", [
    "Prior to the acquisition, MosaicML had raised just under $34 million from investors including DCVC.",
    "Oracle is expanding its portfolio beyond existing investments in Nvidia hardware.",
])
def test_background_is_not_news(extract, text):
    assert extract(text) == []


def test_reported_speech_in_the_past_perfect_is_news(extract):
    d = extract("Mistral AI said on Tuesday it had raised 600 million euros in a round led by General Catalyst.")[0]
    assert parties(d) == {("Mistral AI", "investee"), ("General Catalyst", "investor")}


def test_investors_of_this_round_take_its_investee(extract):
    deals = extract("SoftBank has led a $40bn funding round for OpenAI. SoftBank is providing up to $30bn for "
                    "this round and is joined by Microsoft and Coatue.")
    thirty = next(d for d in deals if d["amount"]["value"] == 30_000_000_000)
    assert ("OpenAI", "investee") in parties(thirty) and ("SoftBank", "investor") in parties(thirty)


def test_partnering_with_is_a_partnership(extract):
    d = extract("Aker said it is partnering with Nscale and OpenAI to build an AI facility with 100,000 NVIDIA chips.")[0]
    assert d["type"] == "partnership" and {("Aker", "partner"), ("Nscale", "partner"), ("OpenAI", "partner")} <= parties(d)


def test_the_two_companies_stand_for_the_pair_named_before(extract):
    deals = extract("Microsoft and Nvidia are doubling down on Anthropic. "
                    "The two tech giants have agreed to invest up to $15 billion in the Claude maker.")
    assert parties(deals[0]) == {("Microsoft", "investor"), ("Nvidia", "investor"), ("Anthropic", "investee")}


def test_investment_with_and_a_possessive_investor(extract):
    d = extract("SoftBank also made a $2 billion investment with Intel in August.")[0]
    assert parties(d) == {("SoftBank", "investor"), ("Intel", "investee")}
    deals = extract("Mistral AI raised a total of 1.7 billion euros in its latest funding round. "
                    "ASML's investment made it Mistral's main shareholder.")
    assert parties(deals[0]) == {("Mistral", "investee"), ("ASML", "investor")}  # its shortest form here


@pytest.mark.parametrize("text,type_", [
    ("Meta called it the $19-billion acquisition of WhatsApp, after its investment in another company.", "acquisition"),
    ("Oracle agreed to procure up to 2.8 gigawatts of fuel cell capacity from Bloom Energy for its cloud.", "power"),
    ("CoreWeave signed a 200 megawatt hosting contract with Core Scientific for high performance computing.", "datacenter"),
    ("Equinix confirmed its interest in purchasing power from Oklo for its data centers in an agreement.", "power"),
    ("Nvidia reached a $20 billion deal with chip startup Groq to license its inference hardware.", "partnership"),
    ("Applied Digital entered into a $5 billion preferred equity financing facility with Macquarie.", "investment"),
])
def test_type_cues(extract, text, type_):
    assert extract(text)[0]["type"] == type_


def test_roles_with_hyphenated_adjectives_and_aims(extract):
    d = extract("BlackRock, Microsoft and state-backed investor MGX are partnering on a fund that aims to raise "
                "$30 billion to invest in data centers.")[0]
    assert d["type"] == "partnership" and d["amount"]["value"] == 30_000_000_000
    assert parties(d) == {("BlackRock", "partner"), ("Microsoft", "partner"), ("MGX", "partner")}


def test_plural_investments_without_a_figure_describe_a_relationship(extract):
    assert extract("Microsoft's multibillion-dollar investments in OpenAI have proven transformative.") == []


def test_the_round_is_for_the_company_after_for(extract):
    d = extract("Citadel, Ares and NGP invest approximately $500 million in a financing round for X-energy.")[0]
    assert ("X-energy", "investee") in parties(d) and ("Citadel", "investor") in parties(d)


def test_title_case_headline_words_are_not_organisations(extract):
    d = extract("Core Scientific Announces Exercise of Final Contract Option by CoreWeave for Delivery of "
                "Approximately 120 MW of Additional Digital Infrastructure to Host High-Performance Computing")[0]
    assert {p["name"] for p in d["parties"]} == {"Core Scientific", "CoreWeave"}
    assert d["type"] == "datacenter" and ("Core Scientific", "seller") in parties(d)


@pytest.mark.parametrize("text", [
    pytest.param("Orvanta Labs is terminating a $5 billion agreement to acquire Kestrel Compute after regulators "
                 "objected.", id="called-off-terminating"),
    pytest.param("Orvanta Labs and Tessaline Systems abandon a $2 billion deal for Orvanta Labs to acquire Kestrel "
                 "Compute.", id="called-off-abandon"),
    pytest.param("Orvanta Labs has halted talks to invest up to $10 billion in Kestrel Compute.", id="called-off-halted"),
    pytest.param("Orvanta Labs is cancelling its $700 million lease of data-center space from Kestrel Compute.",
                 id="called-off-cancelling"),
    pytest.param("Orvanta Labs and Kestrel Compute agreed not to proceed with the $2 billion merger.",
                 id="agreed-not-to"),
    pytest.param("Regulators blocked Orvanta Labs' $5 billion bid to acquire Kestrel Compute.", id="blocked"),
    pytest.param("Kestrel Compute rejects Orvanta Labs' $1 billion acquisition offer", id="rejected"),
    pytest.param("Orvanta Labs already holds the largest stake in Kestrel Compute.", id="existing-holding"),
    pytest.param("A regulator fined Orvanta Labs €15 million for processing data of Kestrel Compute without a legal "
                 "basis.", id="fine"),
    pytest.param("A jury awarded Kestrel Compute $118 million in damages after finding that Orvanta Labs infringed "
                 "its patents.", id="damages"),
])
def test_deals_called_off_blocked_or_imposed_and_holdings_are_no_deals(extract, text):
    """Guideline: a deal that collapsed or was declined is not a deal; nor is a fine, an award of damages or a stake
    a company already holds."""
    assert extract(text) == []


def test_a_press_release_opening_with_a_defined_name_and_no_figure(extract):
    """No figure and no name any list knows: the company shapes ('Inc.', 'Corp.') still get the text read; the
    ticker or defined name in brackets is no party of its own, ', Inc.' stays with its name, and the defined short
    name ('“Kestrel”') is the name the record uses (the guidelines' shortest common form)."""
    deals = extract("On October 14, 2024, Orvanta Digital, Inc. (“ORVD” or the “Company”) announced the acquisition "
                    "of Kestrel Data Centers Corp. (“Kestrel”), an operator of data centers.")
    assert [(d["type"], parties(d)) for d in deals] == [
        ("acquisition", {("Orvanta Digital", "acquirer"), ("Kestrel", "target")})]


def test_triggers_matched_per_sentence_are_those_of_the_whole_text():
    """The trigger matcher runs only on sentences that hold a word some pattern requires; on a text where every
    sentence is matched anyway it finds the same spans as one run over the whole doc."""
    from pipeline.nlp import build_nlp
    nlp = build_nlp()
    text = ("Shares rose on Tuesday. Orvanta Labs will pay Kestrel Compute $100 million for GPU capacity. "
            "The weather was mild.\n\n• Velora & Marlowe – Marlowe injects $2B into Velora, becoming a shareholder. "
            "Tessaline signed a pay-as-you-go agreement with Halvern Power.")
    doc = nlp(text)
    component = nlp.get_pipe("deal_triggers")
    whole = sorted((doc.vocab.strings[k], s, e) for k, s, e in component.matcher(doc))
    per_sentence = sorted((t.label_, t.start, t.end) for t in doc.spans["triggers"])
    assert per_sentence == whole and len(whole) >= 4


def test_triggers_matched_by_the_patterns_a_sentence_holds_words_of_are_those_of_every_pattern():
    """Of a label, only the patterns whose telling words a sentence holds run there (a matcher per set of patterns);
    over every rule's example sentence they find the spans the matcher of every pattern finds, sentence by
    sentence."""
    from pipeline.nlp import build_nlp, rules
    from pipeline.nlp.components import sentence_bounds
    nlp = build_nlp()
    component = nlp.get_pipe("deal_triggers")
    found = 0
    for doc in nlp.pipe(r.example for r in rules.registry().values()):
        whole = sorted((doc.vocab.strings[k], a + s, a + e) for a, b, _, _ in sentence_bounds(doc)
                       for k, s, e in component.matcher(doc[a:b]))
        assert sorted((t.label_, t.start, t.end) for t in doc.spans["triggers"]) == whole, doc.text
        found += len(whole)
    assert found > len(rules.registry())  # (most examples hold a trigger, some several)


def test_a_trigger_pattern_is_looked_for_only_where_its_telling_words_are():
    from pipeline.nlp.components import needed_words
    assert needed_words([{"IS_DIGIT": True}, {"LOWER": "deal", "OP": "?"}]) == []  # nothing: every sentence
    assert needed_words([{"LOWER": {"IN": ["pay", "pays"]}}, {"LOWER": "to", "OP": "?"}]) == [{"pay", "pays"}]
    assert needed_words([{"LOWER": "agreed"}, {"LOWER": "to"}, {"LOWER": {"IN": ["Buy", "acquire"]}}]) == [
        {"agreed"}, {"buy", "acquire"}]




def test_look_alike_letters_are_read_as_latin_and_the_evidence_quotes_the_source(extract):
    text = "Orvаnta Labs will pay Kestrel Compute $100 million for GPU capacity."  # a Cyrillic 'а' in the name
    (deal,) = extract(text)
    assert parties(deal) == {("Orvanta Labs", "buyer"), ("Kestrel Compute", "seller")}
    assert deal["evidence"][0]["sentence"] == text


def test_extract_many_gives_what_extract_deals_gives(nlp):
    """Batched extraction parses the candidate sentences of several passages in one call; the records are those
    of one passage at a time, in order, for passages with deals, without, skipped by the prefilter and longer
    than one chunk (read in pieces, so parsed in more than one round)."""
    from pipeline.extraction import extract_deals, extract_many
    from pipeline.extraction.gates import CHUNK_CHARS
    filler = "The weather stayed mild over the weekend, and the harbour was calm. " * (CHUNK_CHARS // 60)
    passages = [
        ("Quenlo raised $40 million in a Series B led by Taravik Ventures.", "", ""),
        ("The council approved a new budget for road repairs.", "", ""),
        ("Stellix will pay Orvanta Digital $300 million for GPU capacity over three years.", "Stellix deal", "u1"),
        ("Marrowind agreed to acquire Pellucid Grid, a data-centre operator, for $2.1 billion.\n" + filler
         + "\nVostrel Power will supply 400 megawatts of electricity to Quenlo under a 15-year agreement.", "", ""),
        ("Velmora is leading the round.", "", ""),
    ] * 2
    one_by_one = [[d.to_dict() for d in extract_deals(nlp, *p)] for p in passages]
    for batch, chars in ((1, 10**6), (3, 10**6), (64, 10**6), (64, 150)):  # 150 characters: a batch of one or two
        assert [[d.to_dict() for d in deals] for deals in extract_many(nlp, passages, batch, chars)] == one_by_one
    assert sum(map(len, one_by_one)) >= 8  # each passage with a deal gives one, the long one two


def test_extract_file_lets_the_passages_before_a_bad_line_out(tmp_path):
    from pipeline.batch import extract_file
    from pipeline.errors import DealsError
    path = tmp_path / "p.jsonl"
    good = [json.dumps({"id": f"p{i}", "text": f"Quenlo{i} raised $40 million from Taravik Ventures."})
            for i in range(70)]
    path.write_text("\n".join(good + ["not json"]) + "\n", encoding="utf-8")
    out = []
    with pytest.raises(DealsError, match="p.jsonl:71: not JSON"):
        for record in extract_file(str(path)):
            out.append(record)
    assert [r["id"] for r in out] == [f"p{i}" for i in range(70)]
    assert all(len(r["deals"]) == 1 for r in out)


def test_an_acquisition_of_companies_no_list_knows_is_read_without_a_figure(extract):
    """Neither name is in a list, neither is shaped like a company's, and there is no figure: the prefilter still
    lets the text through (a capitalised word inside the sentence), and the slots make them parties."""
    assert [(d["type"], parties(d)) for d in extract("Quorvane will acquire Stellix.")] == [
        ("acquisition", {("Quorvane", "acquirer"), ("Stellix", "target")})]


@pytest.mark.parametrize("text,type_", [
    # paying for access to hardware rents capacity: compute, though the sentence names GPUs
    ("Stellix is paying Orvanta Cloud about $400 million a year for access to its GPU clusters.", "compute"),
    ("Stellix is paying Orvanta Cloud about $400 million for 20,000 GPUs.", "chips"),
    # electricity counted in watts (type.power_figure_traded)
    ("Brisa will deliver 1.2 gigawatts to Quarnell's Texas campus under a 20-year contract.", "power"),
    # the object read past a figure's qualifier, and past the recipient of 'provide X with' (type.supply_with)
    ("Brisa Energy will supply up to 300 MW of power to Quarnell's data centers.", "power"),
    ("Velmora Energy will provide Quenlo with up to 1 gigawatt of power for its data centers.", "power"),
])
def test_what_is_traded_decides_the_type(extract, text, type_):
    assert [d["type"] for d in extract(text)] == [type_]


def test_investors_added_after_the_lead_of_the_round_just_told(extract):
    """'X led the round, with Y participating': both invest in the round the sentence before reports."""
    deals = extract("Taravik raised $90 million. Kestrel Ventures led the round, with Brisa Capital participating.")
    assert [parties(d) for d in deals] == [
        {("Taravik", "investee"), ("Kestrel Ventures", "investor"), ("Brisa Capital", "investor")}]


def test_who_backs_a_company_is_no_part_of_its_name(extract):
    deals = extract("Velkara Infra raised ₹2,000 crore from Tata-backed Brisa Fund to build data centres in Mumbai.")
    assert [parties(d) for d in deals] == [{("Velkara Infra", "investee"), ("Brisa Fund", "investor")}]


def test_leasing_megawatts_is_data_centre_capacity(extract):
    """Megawatts leased are a data centre's capacity; megawatts supplied are electricity (type.power_figure_traded)."""
    assert [d["type"] for d in extract("Kestrel Rechenzentren will lease 40 MW to Quenlo in a deal worth €500 million.")
            ] == ["datacenter"]


def test_who_provides_notes_to_a_company_invests_in_it(extract):
    deals = extract("Taravik agreed to provide Quenlo with $500 million in convertible notes.")
    assert [(d["type"], parties(d)) for d in deals] == [("investment", {("Taravik", "investor"), ("Quenlo", "investee")})]


@pytest.mark.parametrize("text, deal", [
    # a joint undertaking whose aim is to make capacity is a partnership with capacity attached (guideline)
    ("Vantrel and Oskaro have teamed up to build AI data centres across Portugal.", ("Vantrel", "Oskaro")),
    ("Vantrel and Oskaro unveiled a joint plan to build an AI supercomputer in Taiwan.", ("Vantrel", "Oskaro")),
    # 'partner with X': the 'with' makes X a partner, though 'to' comes before it
    ("Vantrel is in talks to partner with Oskaro to develop a data centre in Brazil.", ("Vantrel", "Oskaro")),
    ("Vantrel and Oskaro signed a memorandum of understanding to co-develop AI infrastructure in Kenya.",
     ("Vantrel", "Oskaro")),
    # what they make is no capacity: no deal
    ("Vantrel and Oskaro have teamed up to develop software for hospitals.", None),
])
def test_joint_undertaking_with_capacity(extract, text, deal):
    deals = extract(text)
    if deal is None:
        assert deals == []
    else:
        assert [(d["type"], parties(d)) for d in deals] == [
            ("partnership", {(deal[0], "partner"), (deal[1], "partner")})]


@pytest.mark.parametrize("text", [
    # a round written with its owner's possessive: the owner raises it, the others put money in
    "Backers of Quorvane's $2 billion round include Taravik, Orvanta Capital and Brisa Fund.",
    "Taravik, Orvanta Capital and Brisa Fund are among the backers of Quorvane's $2 billion funding round.",
    "Quorvane's $2 billion round drew Taravik, Orvanta Capital and Brisa Fund.",
])
def test_a_round_is_its_owners(extract, text):
    (d,) = extract(text)
    assert d["type"] == "investment" and d["amount"]["value"] == 2e9
    assert parties(d) == {("Quorvane", "investee"), ("Taravik", "investor"), ("Orvanta Capital", "investor"),
                          ("Brisa Fund", "investor")}


def test_backers_named_after_the_round(extract):
    (d,) = extract("Quorvane raised $2 billion last week. Its backers include Orvanta Capital and Brisa Fund.")
    assert parties(d) == {("Quorvane", "investee"), ("Orvanta Capital", "investor"), ("Brisa Fund", "investor")}


@pytest.mark.parametrize("text, pairs", [
    # as many counterparties as figures, each standing with its figure, pair in order
    ("Quenlo will pay Marrowind $10 billion and Taravik $5 billion for computing capacity.",
     [("Marrowind", 10e9), ("Taravik", 5e9)]),
    ("Quenlo has signed compute deals with Marrowind ($10 billion), Taravik ($5 billion) and Stellix ($3 billion).",
     [("Marrowind", 10e9), ("Taravik", 5e9), ("Stellix", 3e9)]),
    ("Quenlo signed cloud contracts with Marrowind and Taravik worth $3 billion and $2 billion respectively.",
     [("Marrowind", 3e9), ("Taravik", 2e9)]),
    ("Quenlo bought Marrowind for $1 billion in January and Taravik for $600 million in March.",
     [("Marrowind", 1e9), ("Taravik", 6e8)]),
])
def test_each_figure_goes_with_its_counterparty(extract, text, pairs):
    deals = extract(text)
    got = [({p["name"] for p in d["parties"]} - {"Quenlo"}, d["amount"]["value"]) for d in deals]
    assert got == [({name}, value) for name, value in pairs]


def test_a_second_subject_with_its_figure_is_no_counterparty(extract):
    # 'B $5 billion' after 'A will invest $10 billion and': B invests too, it is not the first figure's investee
    deals = extract("Under the deal, Taravik will invest up to $10 billion and Orvanta Capital up to $5 billion, "
                    "with both backing Quenlo's next funding round.")
    assert all(("Orvanta Capital", "investee") not in parties(d) for d in deals)


def test_a_relative_clause_at_the_end_states_a_deal_of_its_own(extract):
    deals = extract("Quenlo struck a $300 billion cloud deal with Marrowind, which in turn agreed to buy $40 billion "
                    "of chips from Stellix.")
    assert [(d["type"], parties(d), d["amount"]["value"]) for d in deals] == [
        ("compute", {("Quenlo", "buyer"), ("Marrowind", "seller")}, 300e9),
        ("chips", {("Marrowind", "buyer"), ("Stellix", "seller")}, 40e9)]


def test_a_relative_clause_that_only_describes_stays_in_its_sentence(extract):
    (d,) = extract("Quenlo will acquire Marrowind, which owns data centres in Ohio, for $3 billion.")
    assert parties(d) == {("Quenlo", "acquirer"), ("Marrowind", "target")} and d["amount"]["value"] == 3e9


def test_an_approver_is_no_party_to_what_it_approves(extract):
    (d,) = extract("The Kestrel Competition Authority cleared Quenlo's $5 billion acquisition of Marrowind.")
    assert parties(d) == {("Quenlo", "acquirer"), ("Marrowind", "target")}


def test_selling_a_named_business_unit_is_an_acquisition(extract):
    # triggers.jsonl: 'sell its cloud unit to X' (words between the determiner and the business noun)
    deals = extract("Kestrel Nuclear agreed to sell its cloud unit to Halvern Holdings for $8 billion.")
    assert [d["type"] for d in deals] == ["acquisition"]
    assert parties(deals[0]) == {("Kestrel Nuclear", "target"), ("Halvern Holdings", "acquirer")}
    # goods sold are no business: 'sell its chips to X' stays a sale of chips
    chips = extract("Kestrel Nuclear agreed to sell its newest chips to Halvern Holdings for $8 billion.")
    assert [d["type"] for d in chips] == ["chips"]


def test_an_additional_figure_is_a_separate_agreement(extract):
    # context.yaml separate_figure: 'by an additional $N' expands a deal by a figure of its own (guidelines: an
    # initial agreement and its expansion are separate records)
    deals = extract("The deal expands Velmora's prior $38 billion compute agreement with Tessaly Cloud, struck in "
                    "November, by an additional $100 billion over eight years.")
    assert sorted(d["amount"]["value"] for d in deals) == [38_000_000_000, 100_000_000_000]


def test_an_investor_that_also_supplies_makes_a_second_deal(extract):
    # rule candidates.joined_supply: the supply's figure, when written in its part, is that deal's
    deals = extract("Velmora agreed to invest $5 billion in Quarnell and to sell it GPUs worth $2 billion.")
    by_type = {d["type"]: (parties(d), d["amount"]["value"]) for d in deals}
    assert by_type == {"investment": ({("Velmora", "investor"), ("Quarnell", "investee")}, 5_000_000_000),
                       "chips": ({("Velmora", "seller"), ("Quarnell", "buyer")}, 2_000_000_000)}


def test_would_in_reported_words_is_no_hedge(extract):
    # type.reported_would: 'would' after a speech verb (and a day) and the reported clause's subject is its 'will'
    deals = extract("Velrusa Kazomi said on Monday that Ordal Tenvik would invest $500 million in the company.")
    assert [d["status"] for d in deals] == ["announced"]
    assert {(p["name"], p["role"]) for p in deals[0]["parties"]} == {("Ordal Tenvik", "investor"),
                                                                   ("Velrusa Kazomi", "investee")}


def test_a_blanked_clause_does_not_stall_the_patterns(extract):
    """A relative clause set aside is blanked to spaces; a pattern that could split that run of spaces every way
    (candidates.LISTED once did) would try for ever. The alarm turns a stall into a failure."""
    import signal

    from pipeline.extraction.candidates import LISTED

    def stalled(signum, frame):
        raise TimeoutError("extraction stalled on a blanked clause")

    previous = signal.signal(signal.SIGALRM, stalled)
    signal.alarm(20)
    try:
        assert LISTED.fullmatch(" " * 60 + "is now in talks with ") is None
        assert LISTED.fullmatch(", ".join(["Orsk Cloud"] * 40) + " agreed") is None  # a comma and its space, 40 times
        assert LISTED.fullmatch("Orsk Cloud, Velkmar and Quelmar AI")  # a list still reads as one
        deals = extract("Orsk Cloud, which signed a $2 billion deal with Velkmar in May, is now in talks with Quelmar "
                        "AI about a similar contract.")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [sorted(parties(d)) for d in deals] == [[("Orsk Cloud", "seller"), ("Velkmar", "buyer")]]


def test_a_names_possessed_capacity_is_found_where_a_regex_of_the_name_finds_it():
    """roles._possessive_capacity finds a name before its possessive and a capacity noun without compiling a
    pattern per name: the same starts as the regex of the name would give."""
    import re

    from pipeline.extraction.roles import CAPACITY_AFTER, _possessive_capacity
    texts = ["a $20 billion deal to expand Velmora's AI compute and Velmora's data centers",
             "SubVelmora's compute, then Velmora's new data centers in Ohio",
             "Velmora's chief said Velmora's compute would grow", "nothing of Velmora here"]
    starts = []
    for text in texts:
        regex = [m.start() for m in re.finditer(rf"(?<!\w){re.escape('Velmora')}['’]s\s+{CAPACITY_AFTER}", text)]
        assert list(_possessive_capacity(text, "Velmora")) == regex, text
        starts += regex
    assert len(starts) == 4
