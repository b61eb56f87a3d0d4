"""Companies no list knows: sentences of common deal frames, written for this project, filled with names made up at
random (seeded), each with the one deal record it states. A rule that only knows names, or a name the tagger reads
as an adverb ('Tessly'), a verb ('Voranting') or a place, shows up here as a miss.

FRAMES were written first and their errors read and mended (rules mentions.name_read_as_word, the headline's
'X to acquire Y', a kind word before a parsed name), then FRAMES_HARD (lists, clauses of time, names that only
describe: mentions.time_clause_deal, 'alongside' for gates.agent_name); FRAMES_UNREAD were written after the first
mends and only their aggregate was looked at. Floors in quality_floor.json; the share per set is printed with
`pytest -s`."""

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


# harder sentences: lists of investors, a second deal in a clause of time, names that only describe (a relative
# clause, a ranking); each with every record it states ('type;{a}:role;...'). Written after FRAMES; errors read.
FRAMES_HARD = [
    ("{a}, the AI startup backed by {c} and {d}, said on Tuesday it had signed a $1.2 billion agreement to rent GPUs "
     "from {b}.", ["compute;{a}:buyer;{b}:seller"]),
    ("{a} is paying {b} $1.2 billion for the chips, which will be installed at {c}'s data center in Texas.",
     ["chips;{a}:buyer;{b}:seller"]),
    ("{b} said it had received a $1.2 billion order for AI servers from {a}, its biggest customer after {c}.",
     ["chips;{a}:buyer;{b}:seller"]),
    ("{a}, {c} and {d} are among the investors in {b}'s $1.2 billion round.",
     ["investment;{a}:investor;{b}:investee;{c}:investor;{d}:investor"]),
    ("{a} sold a 5% stake in {b} to {c} for $1.2 billion.", ["investment;{b}:investee;{c}:investor"]),
    ("{a} invested $1.2 billion in {b} alongside {c}.", ["investment;{a}:investor;{b}:investee;{c}:investor"]),
    ("{a} will pay {b} up to $1.2 billion a year over five years for access to 6 gigawatts of computing capacity, {b} "
     "said.", ["compute;{a}:buyer;{b}:seller"]),
    ("{a} agreed to buy {b} for $1.2 billion, weeks after {c} agreed to buy {d} for $800 million.",
     ["acquisition;{a}:acquirer;{b}:target", "acquisition;{c}:acquirer;{d}:target"]),
    ("{b} raised $1.2 billion from investors including {a}, {c} and {d}, the company said in a blog post.",
     ["investment;{a}:investor;{b}:investee;{c}:investor;{d}:investor"]),
    ("{a} said it was in talks with {b} about a deal worth as much as $1.2 billion that would see {b} supply it with "
     "AI chips.", ["chips;{a}:buyer;{b}:seller"]),
]


# sentences with money and invented companies but no deal (capex plans, earnings, denials, ended talks, rivals,
# fines, a former employer): none may give a record
NO_DEAL = [
    "{a} plans to spend $12 billion on data centers this year, up from $8 billion in 2025.",
    "{a} reported quarterly revenue of $1.2 billion, beating analysts' estimates, and said demand from {b} remained "
    "strong.",
    "{a}'s market value rose to $120 billion after {b} praised its chips.",
    "{a} denied a report that it was in talks to acquire {b} for $3 billion.",
    "{a} has been an investor in {b} since 2019.",
    "The talks between {a} and {b} over a $2 billion investment collapsed last week.",
    "{a} is valued at $20 billion, more than {b}.",
    "{a} expects the AI chip market to reach $400 billion by 2030, its chief executive said at a conference hosted by "
    "{b}.",
    "{a} and {b} compete for contracts worth billions of dollars.",
    "{a} was fined $1.2 billion by regulators for breaching export rules in a case involving {b}.",
    "Shares of {a} fell 8% after {b} said it would cut its spending on AI chips by $2 billion.",
    "{a} said it would not renew its $1 billion cloud contract with {b}, which expires in June.",
    "{a} is one of {b}'s biggest customers, accounting for $2 billion of its annual revenue.",
    "Analysts estimate {a} could need as much as $50 billion to build the data centers, and {b} may be a partner.",
    "{a}'s chief executive previously worked at {b}, where she oversaw a $1 billion budget.",
]


def invented_name(rng: random.Random) -> str:
    word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(rng.randint(1, 2))) + rng.choice(CODAS)
    word = word.capitalize()
    return f"{word} {rng.choice(SUFFIXES)}" if rng.random() < 0.3 else word


def _records(frame) -> list[str]:
    """A frame's records as 'type;{a}:role;{b}:role' templates."""
    if len(frame) == 2:
        return frame[1]
    _, type_, role_a, role_b = frame
    return [f"{type_};{{a}}:{role_a};{{b}}:{role_b}"]


def cases(frames, seed: int, per_frame: int = 6):
    """(sentence, its records as sorted 'type;name:role;...' strings) for each frame, names drawn anew each time."""
    rng = random.Random(seed)
    for frame in frames:
        for _ in range(per_frame):
            names: dict[str, str] = {}
            for key in "abcd":
                name = invented_name(rng)
                while name.split()[0] in {n.split()[0] for n in names.values()}:
                    name = invented_name(rng)
                names[key] = name
            want = sorted(";".join([r.split(";")[0], *sorted(r.split(";")[1:])])
                          for r in (t.format(**names) for t in _records(frame)))
            yield frame[0].format(**names), want


def _exact_share(extract, frames, seed: int) -> tuple[float, list]:
    misses = []
    total = 0
    for text, want in cases(frames, seed):
        total += 1
        got = sorted(";".join([d["type"], *sorted(f"{p['name']}:{p['role']}" for p in d["parties"])])
                     for d in extract(text))
        if got != want:
            misses.append((text, got, want))
    return 1 - len(misses) / total, misses


@pytest.mark.parametrize("frames, key", [(FRAMES, "invented_names_exact"),
                                         (FRAMES_HARD, "invented_names_hard_exact"),
                                         (FRAMES_UNREAD, "invented_names_unread_exact")])
def test_deals_of_companies_no_list_knows(extract, frames, key):
    share, misses = _exact_share(extract, frames, seed=11)
    print(f"{key}: {share:.3f} of {6 * len(frames)} sentences exact")
    # (the unread frames' misses are not shown: their aggregate alone is looked at)
    assert share >= FLOOR[key], f"{len(misses)} misses" if frames is FRAMES_UNREAD else misses


def test_no_deal_is_read_where_the_companies_are_new_and_the_money_is_no_deal(extract):
    rng = random.Random(5)
    taken = []
    for text in NO_DEAL:
        for _ in range(4):
            a, b = invented_name(rng), invented_name(rng)
            sentence = text.format(a=a, b=b)
            if extract(sentence):
                taken.append(sentence)
    print(f"no-deal sentences read as deals: {len(taken)} of {4 * len(NO_DEAL)}")
    assert not taken
