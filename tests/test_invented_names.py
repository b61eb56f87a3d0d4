"""Companies no list knows: sentences of common deal frames, written for this project, filled with names made up at
random (seeded), each with the one deal record it states. A rule that only knows names, or a name the tagger reads
as an adverb ('Tessly'), a verb ('Voranting') or a place, shows up here as a miss.

FRAMES were written first and their errors read and mended (rules mentions.name_read_as_word, the headline's
'X to acquire Y', a kind word before a parsed name); FRAMES_UNREAD were written after those mends and only their
aggregate was looked at. Floors in quality_floor.json; the share per set is printed with `pytest -s`."""

import json
import random

import pytest

from conftest import ROOT

FLOOR = json.loads((ROOT / "tests" / "quality_floor.json").read_text())

ONSETS = ["b", "d", "k", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "gr", "st", "th", "qu", "sh", "pl"]
VOWELS = ["a", "e", "i", "o", "u", "ae", "ia", "ou", "au", "ei"]
CODAS = ["n", "r", "l", "x", "th", "nt", "rd", "sk", "m", "ss", "v", "ck", "ly", "ing", "er", "ix", "on", "el", "is",
         "um"]
SUFFIXES = ["Labs", "Systems", "Cloud", "Capital", "Energy", "AI", "Technologies", "Group", "Ventures", "Data"]

# (sentence with {a} and {b}, type, role of {a}, role of {b})
FRAMES = [
    ("{a} agreed to acquire {b} for $1.2 billion.", "acquisition", "acquirer", "target"),
    ("{b} was acquired by {a} for $1.2 billion.", "acquisition", "acquirer", "target"),
    ("{a} to acquire {b} for $1.2 billion", "acquisition", "acquirer", "target"),
    ("{a} will invest $1.2 billion in {b}.", "investment", "investor", "investee"),
    ("{b} raised $1.2 billion in a round led by {a}.", "investment", "investor", "investee"),
    ("{b} secured $1.2 billion from {a}.", "investment", "investor", "investee"),
    ("{a} led a $1.2 billion funding round in {b}.", "investment", "investor", "investee"),
    ("{a} has taken a 10% stake in {b} for $1.2 billion.", "investment", "investor", "investee"),
    ("{a} will pay {b} $1.2 billion for cloud computing capacity.", "compute", "buyer", "seller"),
    ("{a} signed a $1.2 billion contract to rent GPU capacity from {b}.", "compute", "buyer", "seller"),
    ("{b} will provide {a} with $1.2 billion of computing capacity.", "compute", "buyer", "seller"),
    ("{a} agreed to buy $1.2 billion of GPUs from {b}.", "chips", "buyer", "seller"),
    ("{a} and {b} formed a $1.2 billion joint venture to build data centers.", "partnership", "partner", "partner"),
    ("{a} said on Tuesday that it would invest $1.2 billion in {b}, a startup based in Paris.", "investment",
     "investor", "investee"),
    ("Chipmaker {a} said on Monday it had agreed to acquire {b}, a startup that designs networking hardware, for "
     "about $1.2 billion in cash.", "acquisition", "acquirer", "target"),
    ("{a} will invest up to $1.2 billion in {b} over the next three years, the two companies said in a joint "
     "statement.", "investment", "investor", "investee"),
    ("{b}, which was founded in 2021, raised $1.2 billion in a Series C round led by {a}.", "investment", "investor",
     "investee"),
    ("{a} has agreed to pay {b} about $1.2 billion a year for access to its data centers, according to people "
     "familiar with the matter.", "compute", "buyer", "seller"),
    ("Under the five-year agreement, {b} will supply {a} with 20,000 GPUs worth $1.2 billion.", "chips", "buyer",
     "seller"),
    ("{a} is in talks to buy {b} for roughly $1.2 billion, Bloomberg reported.", "acquisition", "acquirer", "target"),
    ("The $1.2 billion deal gives {a} a 20% stake in {b}.", "investment", "investor", "investee"),
    ("{a} and {b} announced a strategic partnership worth $1.2 billion to build AI data centers in Europe.",
     "partnership", "partner", "partner"),
    ("{b} has secured a $1.2 billion investment from {a} to expand its data center footprint.", "investment",
     "investor", "investee"),
]

FRAMES_UNREAD = [
    ("{a} has signed a deal worth up to $1.2 billion to buy {b}'s AI chips over four years.", "chips", "buyer",
     "seller"),
    ("{b} landed a $1.2 billion investment led by {a}, the startup said on Thursday.", "investment", "investor",
     "investee"),
    ("In a statement, {a} said it would acquire {b} in an all-cash transaction valued at $1.2 billion.",
     "acquisition", "acquirer", "target"),
    ("{b} will lease a 200-megawatt data center campus to {a} under a $1.2 billion, 15-year agreement.",
     "datacenter", "buyer", "seller"),
    ("{a} agreed to spend $1.2 billion on cloud services from {b} as part of the deal.", "compute", "buyer",
     "seller"),
    ("{a} is investing $1.2 billion in {b} in exchange for a minority stake.", "investment", "investor",
     "investee"),
    ("{b}, a maker of networking chips, has agreed to be bought by {a} for $1.2 billion.", "acquisition",
     "acquirer", "target"),
    ("{a} struck a $1.2 billion agreement with {b} to secure GPU capacity for its models.", "compute", "buyer",
     "seller"),
]


def invented_name(rng: random.Random) -> str:
    word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(rng.randint(1, 2))) + rng.choice(CODAS)
    word = word.capitalize()
    return f"{word} {rng.choice(SUFFIXES)}" if rng.random() < 0.3 else word


def cases(frames, seed: int, per_frame: int = 6):
    rng = random.Random(seed)
    for text, type_, role_a, role_b in frames:
        for _ in range(per_frame):
            a = invented_name(rng)
            b = invented_name(rng)
            while b.split()[0] == a.split()[0]:
                b = invented_name(rng)
            yield text.format(a=a, b=b), {type_: sorted([f"{a}:{role_a}", f"{b}:{role_b}"])}


def _exact_share(extract, frames, seed: int) -> tuple[float, list]:
    misses = []
    total = 0
    for text, want in cases(frames, seed):
        total += 1
        deals = extract(text)
        got = [{d["type"]: sorted(f"{p['name']}:{p['role']}" for p in d["parties"])} for d in deals]
        if got != [want]:
            misses.append((text, got, want))
    return 1 - len(misses) / total, misses


@pytest.mark.parametrize("frames, key", [(FRAMES, "invented_names_exact"),
                                         (FRAMES_UNREAD, "invented_names_unread_exact")])
def test_deals_of_companies_no_list_knows(extract, frames, key):
    share, misses = _exact_share(extract, frames, seed=11)
    print(f"{key}: {share:.3f} of {6 * len(frames)} sentences exact")
    # (the unread frames' misses are not shown: their aggregate alone is looked at)
    assert share >= FLOOR[key], misses if frames is FRAMES else f"{len(misses)} misses"
