"""The renamed copies used to measure generalisation (pipeline/evalsets.py), on a passage written for this test."""

from pipeline.evalsets import renamed

PASSAGE = {"id": "t-1", "title": "Quarnell buys capacity from Velmora",
           "text": "Quarnell will pay Velmora Cloud $5 million a month. Velmora Cloud said Quarnell signed.",
           "deals": [{"type": "compute", "parties": [{"name": "Quarnell", "role": "buyer"},
                                                     {"name": "Velmora Cloud", "role": "seller"}]}]}


def test_every_gold_name_is_replaced_the_same_way_in_text_title_and_records():
    for words in (1, 2):
        ren = renamed(PASSAGE, words=words)
        names = [p["name"] for p in ren["deals"][0]["parties"]]
        assert all(len(n.split()) == words for n in names), names
        assert "Quarnell" not in ren["text"] + ren["title"] and "Velmora" not in ren["text"]
        assert ren["text"].count(names[0]) == 2 and ren["text"].count(names[1]) == 2 and names[0] in ren["title"]


def test_renaming_is_deterministic_and_the_two_styles_differ():
    assert renamed(PASSAGE) == renamed(PASSAGE)
    assert renamed(PASSAGE, words=2) == renamed(PASSAGE, words=2)
    one = {p["name"] for p in renamed(PASSAGE)["deals"][0]["parties"]}
    two = {p["name"] for p in renamed(PASSAGE, words=2)["deals"][0]["parties"]}
    assert one.isdisjoint(two)


def test_causes_sorts_each_gold_deal_once():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from benchmarks.generalisation import causes

    def deal(a, b, value=None):
        return {"type": "compute", "parties": [{"name": a, "role": "buyer"}, {"name": b, "role": "seller"}],
                "amount": {"value": value, "currency": "USD", "qualifier": "exact", "period": "once"} if value else None}
    def round_of(investee, *investors):
        return {"type": "investment", "amount": None, "parties": [{"name": investee, "role": "investee"}] + [
            {"name": x, "role": "investor"} for x in investors]}
    gold = [{"id": "g", "deals": [deal("Quarnell", "Velmora", 5e6), deal("Quarnell", "Tessaly", 1e9),
                                  deal("Orvane", "Brisa", 2e9), deal("Halvern", "Stellix")]},
            {"id": "h", "deals": [round_of("Tamsin", "Marlowe")]},
            {"id": "n", "deals": []}]
    preds = [{"id": "g", "deals": [deal("Quarnell", "Velmora", 5e6), deal("Quarnell", "Tessaly", 3e9),
                                   deal("Orvane", "Kestrel", 2e9), deal("Dravik", "Morrow")]},
             {"id": "h", "deals": [round_of("Tamsin")]},
             {"id": "n", "deals": [deal("Quarnell", "Velmora")]}]
    assert causes(gold, preds) == {
        "found": 1, "parties right, amount wrong": 1, "a party wrong or missing": 2, "missed": 1, "false": 5,
        # Orvane-Brisa against Orvane-Kestrel; the round without Marlowe (a prediction with more names than a gold
        # deal shares two of them, and the scorer takes it)
        "party: both": 1, "party: gold party missing": 1, "party: extra party": 0,
        "false: shares a party with a gold deal": 3, "false: no gold party": 1, "false: in a passage without deals": 1,
        # counts only: no false deal repeats a found deal's parties; two carry a figure; their types; the deal
        # missed outright has two parties
        "false: parties of a found deal": 0, "false: with a figure": 2, "false: without a figure": 3,
        "false type: compute": 4, "false type: investment": 1, "missed: two or more parties": 1,
        "missed type: compute": 1,
        # of the two deals found with a party wrong: Kestrel in Brisa's place, no gold party and unknown to the list;
        # Brisa and Marlowe missing, neither written in the (absent) text nor known to the list
        "wrong party: no gold party": 1, "wrong party: not in orgs.yaml": 1,
        "missing party: not written so": 2, "missing party: not in orgs.yaml": 2,
        # the roles of the names missing (Brisa a seller, Marlowe an investor) and of the wrong one (Kestrel a seller);
        # these predictions carry no evidence, so none of the names is written in it
        "missing party: role seller": 1, "missing party: role investor": 1, "wrong party: role seller": 1,
        "missing party: not in its evidence": 2, "wrong party: not written in its evidence": 1}
