"""benchmarks/rewrites.py: the rewrites of a rule's example tell the same deal in other words."""

from benchmarks.rewrites import _without_status, variants


def test_rewrites_change_the_wording_not_the_deal():
    got = dict(variants("Quenlo will pay Marrowind $400 million for GPU capacity."))
    assert got["will -> is set to"] == "Quenlo is set to pay Marrowind $400 million for GPU capacity."
    assert got["opener 'On Tuesday'"] == "On Tuesday, Quenlo will pay Marrowind $400 million for GPU capacity."
    # a sentence that opens with a common word is lower-cased after the opener; 'The deal will see' is no subject's
    got = dict(variants("The deal will see Halvern supply Quorvane with chips."))
    assert got["opener 'On Tuesday'"].startswith("On Tuesday, the deal will see")
    assert "will -> is set to" not in got
    # no opener before a headline or a list item
    assert not any(k.startswith("opener") for k, _ in variants("Brimoral Signs $3 Billion Cloud Deal With Velkara"))


def test_deals_compare_without_status_and_party_order():
    assert _without_status("compute talks: B seller, A buyer | 4e+08 USD once") == \
        _without_status("compute announced: A buyer, B seller | 4e+08 USD once")
    assert _without_status("compute talks: A buyer | 4e+08 USD once") != _without_status("compute talks: A seller")
