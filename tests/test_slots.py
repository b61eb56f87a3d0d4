"""Organisations no list knows, found by their slot in the sentence (pipeline/nlp/slots.py). Every name
here is invented for these tests; none is in orgs.yaml."""

import pytest

from pipeline.nlp.lexicon import load_lexicon
from pipeline.nlp.slots import load_slot_rules


def parties(deals):
    return [sorted((p["name"], p["role"]) for p in d["parties"]) for d in deals]


@pytest.mark.parametrize("text, expected", [
    ("Northwind Compute has agreed to pay Velora Labs $100 million for GPU capacity.",
     [[("Northwind Compute", "buyer"), ("Velora Labs", "seller")]]),
    ("Quorvane agreed to buy $2 billion of cloud capacity from Helmsbridge over four years.",
     [[("Helmsbridge", "seller"), ("Quorvane", "buyer")]]),
    ("Brightwater Capital will invest $40 million in Kelvara, the Financial Times reported.",
     [[("Brightwater Capital", "investor"), ("Kelvara", "investee")]]),
    ("Tellurian Power (NASDAQ: TLPW) will supply 300 MW of electricity to Ostrava Cloud under a $90 million deal.",
     [[("Ostrava Cloud", "buyer"), ("Tellurian Power", "seller")]]),
    # who wins an order or a contract sells: the more specific frame (order_from) beats buy_from on 'secured'
    ("Quarnell Systems has secured a $900 million contract from Velmora to supply GPUs.",
     [[("Quarnell Systems", "seller"), ("Velmora", "buyer")]]),
    ("Quarnell won a $1.5 billion order from Velmora for AI servers.",
     [[("Quarnell", "seller"), ("Velmora", "buyer")]]),
    # the subject of a relative clause is the noun it hangs on ('Orvell Partners, which invested ... in Quarnell')
    ("The round was led by Orvell Partners, which invested $50 million in Quarnell.",
     [[("Orvell Partners", "investor"), ("Quarnell", "investee")]]),
    # 'agrees a takeover of X' acquires X; 'agrees a takeover by X' is taken over
    ("Velmora agrees $2bn takeover of Quarnell", [[("Quarnell", "target"), ("Velmora", "acquirer")]]),
    ("Quarnell agrees $2bn takeover by Velmora", [[("Quarnell", "target"), ("Velmora", "acquirer")]]),
    # money received from an organisation: the receiver raises, the giver invests
    ("Quarnell will receive $4 billion from Velmora in exchange for a 10% stake.",
     [[("Quarnell", "investee"), ("Velmora", "investor")]]),
    ("Quarnell lands $300 million from Velmora",
     [[("Quarnell", "investee"), ("Velmora", "investor")]]),
    # a list in a slot: every member is a party, whatever its head noun ('backed by tech firms X and Y')
    ("Photonics startup Quarnell raised $60 million from tech firms Brennick and Sorvala.",
     [[("Brennick", "investor"), ("Quarnell", "investee"), ("Sorvala", "investor")]]),
    # the speaker is the subject of what it reports with 'it' ('they' for speakers joined by 'and')
    ("Quorvane said it will buy Stellix for $2.1 billion in cash.", [[("Quorvane", "acquirer"), ("Stellix", "target")]]),
    ("Taravik and Quenlo said they will invest $2 billion in Orvell Systems.",
     [[("Orvell Systems", "investee"), ("Quenlo", "investor"), ("Taravik", "investor")]]),
    # investors named after 'including', behind a place's possessive; 'joined the round' invests
    ("Quenlo raised $6 billion from investors including Abu Dhabi's Velkara, Japan's Sorenji and the Qatar Investment "
     "Authority.", [[("Qatar Investment Authority", "investor"), ("Quenlo", "investee"), ("Sorenji", "investor"),
                     ("Velkara", "investor")]]),
    ("Abu Dhabi's Velkara and Japan's Sorenji joined the $6 billion round in Quenlo.",
     [[("Quenlo", "investee"), ("Sorenji", "investor"), ("Velkara", "investor")]]),
    # 'the company' in what a speaker reports is the speaker
    ("Quenlo said Taravik had agreed to invest $2 billion in the company.",
     [[("Quenlo", "investee"), ("Taravik", "investor")]]),
    ("Quenlo, an AI startup, said on Monday that Taravik will invest $2 billion in the startup.",
     [[("Quenlo", "investee"), ("Taravik", "investor")]]),
    # nouns of buying: the owner buys, the object of 'of' is bought, 'by' names the buyer
    ("Graviton Holdings completed its $12 billion acquisition of Lumora on Monday.",
     [[("Graviton Holdings", "acquirer"), ("Lumora", "target")]]),
    ("The $3 billion purchase of Lumora by Graviton Holdings is expected to close in March.",
     [[("Graviton Holdings", "acquirer"), ("Lumora", "target")]]),
    # a name right after the trigger gets the sentence parsed even where two other names are known
    ("Peridot Infrastructure bought Dalmar Wind from Sovrin Energy for €900 million.",
     [[("Dalmar Wind", "target"), ("Peridot Infrastructure", "acquirer")]]),
    # selling a stake: the buyer invests in the company whose stake it is; the seller is no party
    ("Sovrin Energy agreed to sell its 40% stake in Dalmar Wind to Peridot Infrastructure for €900 million.",
     [[("Dalmar Wind", "investee"), ("Peridot Infrastructure", "investor")]]),
    # lending: whoever provides the credit invests; whoever taps a lender for a loan raises
    ("Taravik provided a $1.5 billion credit facility to Quenlo.", [[("Quenlo", "investee"), ("Taravik", "investor")]]),
    ("Quenlo tapped Taravik for a $1.5 billion loan to fund its expansion.",
     [[("Quenlo", "investee"), ("Taravik", "investor")]]),
    ("The state-backed fund Mubarra pledged $5 billion to Quenlo.", [[("Mubarra", "investor"), ("Quenlo", "investee")]]),
    # a rival word that describes the subject does not make it a rival mention
    ("Taravik's rival Quenlo raised $200 million from Orvell Partners last month.",
     [[("Orvell Partners", "investor"), ("Quenlo", "investee")]]),
    # title-case headlines: 'X to <Verb> Y', and a verb inside a name found by its shape
    ("Tosaka Denki to Acquire Mirae Compute for $350 Million", [[("Mirae Compute", "target"), ("Tosaka Denki", "acquirer")]]),
    ("Hanbit Telecom to Buy 200 MW of Capacity From Daeryun Data", [[("Daeryun Data", "seller"), ("Hanbit Telecom", "buyer")]]),
    # buying what a company owns is no acquisition of it; a name runs on over its company words
    ("Quenlo will buy the output of Sagewell Power's Dunmore reactor for 20 years.",
     [[("Quenlo", "buyer"), ("Sagewell Power", "seller")]]),
    ("Kestrel Infrastructure Partners will invest $300 million in Quenlo.",
     [[("Kestrel Infrastructure Partners", "investor"), ("Quenlo", "investee")]]),
    ("Ironbark Digital closed $2.5 billion of project financing from a group of lenders led by Strand Bank.",
     [[("Ironbark Digital", "investee"), ("Strand Bank", "investor")]]),
    # 'co-led' is one verb that leads a round
    ("Kestrel Growth co-led Quarnell's $75 million Series B with Orvell Partners.",
     [[("Kestrel Growth", "investor"), ("Quarnell", "investee")]]),
    # 'each': one record per investor with its own figure (guideline 2)
    ("Orvell Partners and Tallis Capital will each invest $100 million in Quarnell.",
     [[("Orvell Partners", "investor"), ("Quarnell", "investee")], [("Quarnell", "investee"), ("Tallis Capital", "investor")]]),
    ("Quarnell raised $500 million. Orvell Partners and Tallis Capital each put in $100 million.",
     [[("Orvell Partners", "investor"), ("Quarnell", "investee"), ("Tallis Capital", "investor")],
      [("Orvell Partners", "investor"), ("Quarnell", "investee")], [("Quarnell", "investee"), ("Tallis Capital", "investor")]]),
    # a share of a round: the round with every investor, and the share of the first (guideline 2)
    ("Kestrel Growth will put in $30 billion of the $40 billion funding round for Quenlo, alongside Orvell Partners.",
     [[("Kestrel Growth", "investor"), ("Orvell Partners", "investor"), ("Quenlo", "investee")],
      [("Kestrel Growth", "investor"), ("Quenlo", "investee")]]),
    # data-centre financing: the capital provider sells, the developer buys (guideline 6)
    ("Ironbark Digital closed a $2.5 billion construction loan from Strand Bank for its Abilene campus.",
     [[("Ironbark Digital", "buyer"), ("Strand Bank", "seller")]]),
    ("Kestrel Infrastructure Partners will provide $2.5 billion in construction financing for Ironbark Digital's "
     "Texas campus.", [[("Ironbark Digital", "buyer"), ("Kestrel Infrastructure Partners", "seller")]]),
    # 'an investment by X (in Y)': the noun's agent invests
    ("The $300 million investment by Kestrel Growth in Quarnell was approved by regulators.",
     [[("Kestrel Growth", "investor"), ("Quarnell", "investee")]]),
    ("Quarnell welcomed a $300 million investment by Kestrel Growth.", [[("Kestrel Growth", "investor"), ("Quarnell", "investee")]]),
    # more verbs of raising a round
    ("This week Lumetra locked up a $400 million Series D led by new investor Kestrel Growth.",
     [[("Kestrel Growth", "investor"), ("Lumetra", "investee")]]),
    # the kind an unknown name's words give decides an undirected supply agreement
    ("Al Noor Digital signed a SAR 3.5 billion agreement with Qadira Power to supply electricity to its data centers.",
     [[("Al Noor Digital", "buyer"), ("Qadira Power", "seller")]]),
])
def test_unknown_companies_in_deal_slots_are_parties(extract, text, expected):
    assert parties(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # two-word names the recogniser reads as people's names, in the deal's slots
    ("Tosaka Denki will buy Mirae Compute for ¥350 billion.",
     [[("Mirae Compute", "target"), ("Tosaka Denki", "acquirer")]]),
    ("Hanbit Telecom agreed to pay 1.2 trillion won to Daeryun Data for GPU capacity.",
     [[("Daeryun Data", "seller"), ("Hanbit Telecom", "buyer")]]),
    # a person stays a person when something says so: a title in an apposition, the surname used alone
    ("Velmorra will buy $80 million of GPU capacity from Sarah Johnson, its founder.", []),
    ("Velmorra will buy $80 million of GPU capacity from Sarah Johnson. Johnson said the chips arrive in May.", []),
    ("Orvell Capital, led by chairman Dana Pike and Tomas Reyes, will invest $30 million in Quarnell.",
     [[("Orvell Capital", "investor"), ("Quarnell", "investee")]]),
])
def test_a_name_read_as_a_person_is_a_party_where_only_the_slot_speaks(extract, text, expected):
    assert parties(extract(text)) == expected


def test_a_defined_short_name_is_the_party_name_and_the_price_paid_in_cash_its_amount(extract):
    """'Kelvane Data Centers Corp. (“Kelvane”)': the short form after a name ending in 'Corp.' (the full stop once
    hid it); 'for $62.75 million in cash' is a price, not a cash balance."""
    deals = extract("Orvanta Digital, Inc. announced the acquisition of Kelvane Data Centers Corp. (“Kelvane”), an "
                    "operator of an HPC data center. The company acquired Kelvane for approximately $62.75 million "
                    "in cash.")
    assert parties(deals) == [[("Kelvane", "target"), ("Orvanta Digital", "acquirer")]]
    assert deals[0]["amount"]["value"] == 62_750_000 and deals[0]["amount"]["qualifier"] == "about"


@pytest.mark.parametrize("text, not_a_party", [
    ("Nvidia will sell $500 million of chips to Arlo Systems, CEO Jane Roe said.", "Jane Roe"),
    ("Under the Framework Agreement, Corvex will pay Lumara $20 million for compute.", "Framework Agreement"),
    ("Photonics startup Pellucid raised $75 million in a Series C round led by Marlowe Ventures.", "Series C"),
])
def test_speakers_documents_and_rounds_are_not_parties(extract, text, not_a_party):
    deals = extract(text)
    assert deals and all(p["name"] != not_a_party for d in deals for p in d["parties"])


def test_a_name_that_opens_the_sentence_is_known_by_its_use_elsewhere(extract):
    """The tagger calls an unknown capitalised first word a noun; written with a capital inside another
    sentence of the passage, it is a name."""
    text = ("Tervalin invests $10 billion in Oskarra. Analysts said Tervalin had been looking for a partner.")
    assert parties(extract(text)) == [[("Oskarra", "investee"), ("Tervalin", "investor")]]


def test_slot_rules_load_and_every_list_is_used():
    rules = load_slot_rules()
    assert all(getattr(rules, f) for f in rules.__dataclass_fields__ if f != "person_min_words")
    assert "Claude" in load_lexicon().products  # products stay out of the slot finder's reach


@pytest.mark.parametrize("text", ["Nvidia agreed to acquire Run:ai for $700 million.",
                                  "Nvidia agreed to acquire Israeli AI startup Run:ai for $700 million."])
def test_a_name_with_an_inner_colon_is_the_target_with_or_without_a_descriptor(extract, text):
    """'Israeli AI' before 'startup' describes the company; it is no company called 'Israeli AI'."""
    assert parties(extract(text)) == [[("Nvidia", "acquirer"), ("Run:ai", "target")]]


@pytest.mark.parametrize("text, expected", [
    # every member of a subject list is a party, whatever label the recogniser gives an unknown word
    ("Brennick, Sorvala and Quillon will invest $2 billion in Tervalin.",
     [("Brennick", "investor"), ("Quillon", "investor"), ("Sorvala", "investor"), ("Tervalin", "investee")]),
    # a list of names the suffixes give, before the verb: the sentence is no title-case headline, and the investee
    # after 'in' is found by its slot
    ("Ostrava Ventures, Kelvane Capital and Brisa Partners invested $150 million in Quarnell.",
     [("Brisa Partners", "investor"), ("Kelvane Capital", "investor"), ("Ostrava Ventures", "investor"),
      ("Quarnell", "investee")]),
    # 'such as' introduces a list of parties like 'including'
    ("Photonics startup Pellucid raised $90 million from firms such as Halvora, Pennick and Dravell.",
     [("Dravell", "investor"), ("Halvora", "investor"), ("Pellucid", "investee"), ("Pennick", "investor")]),
])
def test_lists_of_unknown_companies(extract, text, expected):
    assert parties(extract(text)) == [expected]


def test_with_does_not_reach_across_a_clause(extract):
    """'coincides with reports that X is in talks to invest in Y': X is the subject of the clause, the investor."""
    deals = extract("The move coincides with reports that Halvora is in talks to invest up to $3 billion in Pennick.")
    assert parties(deals) == [[("Halvora", "investor"), ("Pennick", "investee")]] and deals[0]["status"] == "talks"


def test_explain_says_which_rule_found_each_company_and_what_was_dropped(tmp_path):
    from typer.testing import CliRunner

    from cli import app
    path = tmp_path / "p.jsonl"
    path.write_text('{"id": "x", "text": "Brightwater Capital will invest $40 million in Kelvara, the Financial Times '
                    'reported."}\n')
    result = CliRunner().invoke(app, ["extract", str(path), "--explain"])
    import json
    explain = json.loads(result.stdout)["explain"]
    (sentence,) = [e for e in explain if "sentence" in e]
    assert {o["text"]: o["found_by"] for o in sentence["orgs"]} == {"Brightwater Capital": "shape:suffix_org",
                                                                    "Kelvara": "slot:pobj"}
    assert {"text": "Financial Times", "by": "filter:media"} in sentence["dropped"]  # "the" is no part of the name
    assert sentence["drafts"][0]["rule"].startswith("investment|investor_first")
    assert {"mentions.media", "mentions.slot_orgs", "roles.dependency_frame"} <= set(sentence["rules"])
    # 'Capital' gives the shape-found name its kind (an investor), a passage-level step; 'Kelvara', a word no
    # dictionary has, is read as a company name by the parser of the passage's candidate sentences
    assert {"passage_rules": ["mentions.name_kind", "mentions.name_norm", "merging.short_names"]} in explain


def test_a_rule_switched_off_from_the_command_line(tmp_path):
    import json

    from typer.testing import CliRunner

    from cli import app
    path = tmp_path / "p.jsonl"
    runner = CliRunner()
    path.write_text('{"id": "x", "text": "Velmorra will pay The Register $90 million for GPU capacity."}\n')
    assert json.loads(runner.invoke(app, ["extract", str(path)]).stdout)["deals"] == []
    off = json.loads(runner.invoke(app, ["extract", str(path), "--without", "mentions.media"]).stdout)["deals"]
    assert [(p["name"], p["role"]) for d in off for p in d["parties"]] == [("Velmorra", "buyer"),
                                                                          ("Register", "seller")]
    bad = runner.invoke(app, ["extract", str(path), "--without", "roles.nope"])
    assert bad.exit_code == 1 and "unknown rule id(s): roles.nope" in bad.stderr
    listed = runner.invoke(app, ["extract", "--list-rules"])
    assert listed.exit_code == 0 and listed.stdout.count("\n    e.g. ") == len(__import__(
        "pipeline.nlp.rules", fromlist=["registry"]).registry())
    assert "(under the headline 'Tamsin AI Raises $2 Billion From Stellix')" in listed.stdout  # a rule's title


def test_show_says_why_a_deal_exists(demo_db):
    import json

    from typer.testing import CliRunner

    from cli import app
    runner = CliRunner()
    rows = json.loads(runner.invoke(app, ["company", "Tessaline", "--db", str(demo_db[0]), "--json"]).stdout)
    chips = next(r for r in rows if r["type"] == "chips")
    shown = json.loads(runner.invoke(app, ["show", chips["deal_id"], "--db", str(demo_db[0]), "--json"]).stdout)
    # Tessaline is found by its slot: where the goods come from ('chips from Tessaline', rule mentions.goods_from)
    assert shown["evidence"][0]["why"] == "ANY|buyer_first; parties: Kestrel Compute <- shape:suffix_org, " \
                                          "Tessaline <- slot:pobj"


@pytest.mark.parametrize("text, expected", [
    # a figure is no name, whatever the tagger calls '1.3bn'
    ("It comes after Velmora invested £1.3bn for a 15% stake in the Tessavon project.", []),
    # where a company is based describes it; the name is the descriptor's object
    ("Marlowe Capital led a $1.4 billion round in US-based AI infrastructure company Orvanta.",
     [("investment", {("Marlowe Capital", "investor"), ("Orvanta", "investee")})]),
])
def test_figures_and_descriptors_are_no_names(text, expected):
    from pipeline.extraction import extract_deals
    from pipeline.nlp import build_nlp
    deals = extract_deals(build_nlp(), text)
    assert [(d.type, {(p.name, p.role) for p in d.parties}) for d in deals] == expected


def test_and_inside_a_name_of_english_words_does_not_split_it():
    from pipeline.nlp.slots import _name_run, load_parser
    doc = load_parser()("Velmora filed its report with the Securities and Exchange Commission on Monday.")
    head = next(t for t in doc if t.text == "Commission")
    ent = next(e for e in doc.ents if "Commission" in e.text)
    assert " ".join(t.text for t in _name_run(list(ent), head)) == "Securities and Exchange Commission"


def test_a_fixed_expression_is_no_trigger_whatever_punctuation_follows():
    from pipeline.nlp.mentions import Trigger, _fixed_expression
    text = "Its bets on chipmakers have largely paid off, analysts said; it paid Quorvane $5 million."
    first = text.index("paid")
    second = text.index("paid", first + 1)
    assert _fixed_expression(Trigger(first, first + 4, "paid", "ANY", "buyer_first", first + 4), text)
    assert not _fixed_expression(Trigger(second, second + 4, "paid", "ANY", "buyer_first", second + 4), text)
