"""Role frames from the dependency parse: who pays, sells, invests, raises or acquires, read from the slots of
the verb (patterns/frames.yaml, spaCy DependencyMatcher patterns), not from word order.

Run on the sentences en_core_web_sm parses anyway (nlp/slots.py); each match gives (family, role, character
offset) marks that roles.py turns into parties when they name organisations of the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .context import word_set
from .lexicon import read_yaml
from .rules import hit, on

ROLES = {"trade": ("buyer", "seller"), "investment": ("investor", "investee"), "acquisition": ("acquirer", "target")}
SUBJECT_DEPS = {"target": ("nsubjpass",)}  # the passive frame's subject; every other role: nsubj
# subjects that take another role: 'X agreed to sell its cloud unit to Y': X owns what is sold, the target
# (a round that draws investors, 'round_itself', is no party either)
SUBJECT_AS = {"seller_of_stake": None, "owner_of_business": "target", "round_itself": None}
CLIMB = ("xcomp", "conj", "ccomp", "advcl")  # 'agreed to pay': the subject of the verb completed


@dataclass(frozen=True)
class Frame:
    id: str
    family: str
    subject: str
    example: str
    pattern: list


def _unquoted_words(value):
    """The first boolean among a pattern's names and words (YAML reads an unquoted on, no, yes as one), else None."""
    if isinstance(value, bool):
        return value
    for item in value.values() if isinstance(value, dict) else value if isinstance(value, list) else ():
        found = _unquoted_words(item)
        if found is not None:
            return found
    return None


@cache
def load_frames() -> tuple[Frame, ...]:
    """patterns/frames.yaml, validated: a known family, roles of that family, a `verb` node with its lemmas, an
    example. The subject is a role of the family, `seller_of_stake`: no party (it sells its stake in the investee to
    the investor), or `owner_of_business`: the target (it sells its own unit)."""
    out = []
    for n, row in enumerate(read_yaml("frames.yaml").get("frames") or [], 1):
        fid = row.get("id") or f"frame {n}"
        family = row.get("family")
        if family not in ROLES:
            raise ValueError(f"frames.yaml {fid}: family must be one of {', '.join(ROLES)}")
        nodes = [p.get("RIGHT_ID") for p in row.get("pattern") or []]
        roles = [x for x in nodes if x in sum(ROLES.values(), ())]
        if not nodes or nodes[0] != "verb" or row.get("subject") not in (*ROLES[family], *SUBJECT_AS) or any(
                r not in ROLES[family] for r in roles) or not roles or not row.get("example"):
            raise ValueError(f"frames.yaml {fid}: needs a first node 'verb', a subject role and pattern roles of "
                             f"the family {family} {ROLES[family]}, and an example")
        unquoted = _unquoted_words(row["pattern"])
        if unquoted is not None:  # (an unquoted 'no' is read as False)
            raise ValueError(f"frames.yaml {fid}: {unquoted!r} is read as a boolean, not a word: quote on/no/yes")
        lemma = (row["pattern"][0].get("RIGHT_ATTRS") or {}).get("LEMMA")
        if not (isinstance(lemma, str) or (isinstance(lemma, dict) and list(lemma) == ["IN"] and lemma["IN"])):
            raise ValueError(f"frames.yaml {fid}: the verb node needs LEMMA, a word or {{IN: [words]}}")
        out.append(Frame(fid, family, row["subject"], row["example"], row["pattern"]))
    if not out:
        raise ValueError("frames.yaml: no frames")
    return tuple(out)


@cache
def _anchors() -> dict[str, tuple[str, ...]]:
    """Verb lemma -> the ids of the frames whose `verb` node may stand on it, in frames.yaml order (every verb node
    names its lemmas: load_frames reads no other)."""
    out: dict[str, list[str]] = {}
    for frame in load_frames():
        lemma = frame.pattern[0]["RIGHT_ATTRS"]["LEMMA"]
        for word in [lemma] if isinstance(lemma, str) else lemma["IN"]:
            out.setdefault(word, []).append(frame.id)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _matcher(vocab, ids: tuple[str, ...]):
    """A DependencyMatcher of the frames `ids`: the matcher tries every node of every pattern it holds on every
    token, so a sentence is matched against only the frames whose verb it has: the same matches (tests/test_frames.py)
    at an eighth of the cost (2.0 s -> 0.25 s for the parsed sentences of the 251 passages read twice, cProfile)."""
    from spacy.matcher import DependencyMatcher
    matcher = DependencyMatcher(vocab)
    for frame in load_frames():
        if frame.id in ids:
            matcher.add(frame.id, [frame.pattern])
    return matcher


def read_frames(doc, offset: int = 0) -> tuple[tuple[str, str, str, int, int], ...]:
    """(frame id, family, role, character offset, the frame's verb's character offset) for each organisation slot a
    frame fills in `doc`."""
    frames = {f.id: f for f in load_frames()}
    marks: list[tuple[str, str, str, int, int]] = []
    anchors = _anchors()
    wanted = {i for t in doc for i in anchors.get(t.lemma_, ())}
    if not wanted:
        return ()
    ids = tuple(f for f in frames if f in wanted)
    matches = [(frames[doc.vocab.strings[match_id]], token_ids) for match_id, token_ids in _matcher(doc.vocab, ids)(
        doc)]
    # of two frames on one verb, the one with more nodes is the more specific reading ('secured a contract from X'
    # is order_from, not buy_from)
    most = {}
    for frame, token_ids in matches:
        verb_i = token_ids[0]  # the first node is always the verb (load_frames checks it)
        most[verb_i] = max(most.get(verb_i, 0), len(frame.pattern))
    for frame, token_ids in matches:
        if len(frame.pattern) < most[token_ids[0]]:
            continue
        names = [p["RIGHT_ID"] for p in frame.pattern]
        verb = doc[token_ids[names.index("verb")]]
        if frame.subject == "owner_of_business" and any(c.dep_ == "appos" for c in doc[token_ids[names.index(
                "object")]].children):
            continue  # 'sell its chip unit, Pavlo, to Y': the unit named is the target (sell_named_unit_to)
        filled = [(name, doc[i]) for name, i in zip(names, token_ids) if name in ROLES[frame.family]]
        if frame.subject == "round_itself" and "investee" not in names and on("roles.round_reporter"):
            owner = _round_reporter(doc[token_ids[names.index("round")]], verb)
            if owner is not None and hit("roles.round_reporter"):
                filled.append(("investee", owner))
        if on("roles.speaker_it_object"):
            filled = [(name, _speaker_of_it(tok, verb) or tok) for name, tok in filled]
        if on("roles.relative_object"):
            filled = [(name, _antecedent_object(tok, verb) or tok) for name, tok in filled]
        if any(_other_clause(tok, verb) for _, tok in filled) and hit("roles.frame_own_clause", on(
                "roles.frame_own_clause")):
            continue  # 'provided a loan to X for its campus, which is leased to Y': Y is the relative clause's

        # 'X agreed to sell its stake in Y to Z': the subject gives up a stake and is no party of the investment
        role = SUBJECT_AS.get(frame.subject, frame.subject)
        subject = None if role is None else _subject(
            verb, ("nsubj",) if frame.subject in SUBJECT_AS else SUBJECT_DEPS.get(role, ("nsubj",)))
        if subject is not None:
            filled.append((role, subject))
        for role, tok in filled:
            for t in (_members(tok) if tok.pos_ == "NOUN" and tok.lemma_.lower() in GROUP_NOUNS else
                      _with_conjuncts(tok)):
                marks.append((frame.id, frame.family, role, offset + t.idx, offset + verb.idx))
    return tuple(dict.fromkeys(marks))


RELATIVE = ("which", "that", "who")


def _antecedent_object(tok, verb):
    """'Velkor, which Orlin bought for $2 billion': the object of a relative clause's verb is the relative pronoun;
    the slot is the word the clause describes, a slot only where that word is a name found (rule
    roles.relative_object); None otherwise."""
    if tok.lower_ not in ("which", "that") or tok.dep_ not in ("dobj", "pobj") or verb.dep_ != "relcl" or \
            not any(c.dep_ == "nsubj" and c.i != tok.i for c in verb.children):
        return None
    hit("roles.relative_object")
    return verb.head


def _speaker_of_it(tok, verb):
    """'Caspian Forge said Orvane Labs will pay it $900 million': 'it', an object (not the subject) of a clause that
    a company's verb of saying reports, stands for that company (rule roles.speaker_it_object); None otherwise."""
    if tok.lower_ != "it" or tok.dep_ in ("nsubj", "nsubjpass"):
        return None
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:  # 'said X agreed to pay it'
        clause = clause.head
    own = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if clause.dep_ != "ccomp" or own is None or own.lower_ in ("it", "they"):
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None and on("mentions.opener_subject"):
        # 'On Tuesday, Varnholt, which ..., said ...': the parser hangs the subject on the opener as an apposition
        speaker = next((a for p in clause.head.children if p.dep_ == "prep" and p.i < clause.head.i
                        for a in p.subtree if a.dep_ == "appos" and a.pos_ == "PROPN" and a.head.dep_ == "pobj"),
                       None)
    if speaker is None or speaker.pos_ != "PROPN" or any(c.dep_ == "conj" for c in speaker.children):
        return None
    # 'Quorvane chief executive Dara Lintz said Y will pay it': her company. (A speaker the recogniser calls a person
    # is marked all the same: the mark gives a role only where it falls on an organisation found.)
    company = (employer(speaker) if speaker.ent_type_ == "PERSON" else None) or speaker
    return company if hit("roles.speaker_it_object") else None


def _round_reporter(round_tok, verb):
    """'Velkor said the round drew A and B', 'Velkor said its round drew A and B', 'The round drew A and B, Velkor
    said': a round told without its owner, in a clause a company's verb of saying reports, is that company's (rule
    roles.round_reporter); None otherwise, and where another owner may be written ('Orsk's round', 'the round that
    Orsk closed')."""
    if verb.dep_ != "ccomp" or verb.head.lower_ not in word_set("speech_words") or any(
            c.dep_ == "poss" and c.lower_ != "its" or c.dep_ in ("relcl", "acl") for c in round_tok.children):
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ != "PROPN" or speaker.ent_type_ == "PERSON" or any(
            c.dep_ == "conj" for c in speaker.children):
        return None
    return speaker


def _other_clause(tok, verb) -> bool:
    """Between the token and the frame's verb stands another verb: the token is in a clause of its own (a relative
    or adverbial clause, a participle on a noun), which the frame's '>>' reached into. A token the frame reached
    above its verb (the one raising the round a relative clause is on: '<<') is in no clause under it."""
    if not tok.is_ancestor(verb) and not verb.is_ancestor(tok):
        return False
    head = tok.head
    while head.i != verb.i and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX") and head.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        head = head.head
    return False


def _subject(verb, deps):
    came_from = None  # the verb climbed from, completing this one
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in deps), None)
        if subj is None and came_from is not None and came_from.dep_ == "xcomp" and "nsubj" in deps and any(
                c.dep_ == "auxpass" for c in verb.children) and on("roles.raised_subject"):
            # 'Quorvane is expected to buy Stellix', 'the company is set to pay ...': the subject of the passive verb
            # that the deal's verb completes does the deal
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            hit("roles.raised_subject", subj is not None)
        if subj is not None and subj.lower_ in RELATIVE and verb.dep_ == "relcl":
            # 'led by Orvell Partners, which invested $50 million in X': the relative's antecedent; "Velkor's venture
            # arm, which funded X": the arm acts for Velkor (roles.proxy_possessor)
            owner = _proxy_possessor(verb.head)
            return owner if owner is not None else verb.head
        if subj is not None and verb.dep_ == "ccomp" and (subj.lower_ in ("it", "they") or company_anaphor(subj)):
            speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            plural = speaker is not None and any(c.dep_ == "conj" for c in speaker.children)
            company = employer(speaker) if speaker is not None and on("mentions.title_employer") else None
            if company is not None and subj.lower_ != "they" and hit("mentions.title_employer"):
                return company  # 'Quorvane CEO Dara Lintz said it will buy Stellix': it is her company
            if speaker is not None and speaker.pos_ == "PROPN" and subj.lower_ == ("they" if plural else "it") and on(
                    "mentions.speaker_it"):
                return speaker  # 'Quorvane said it will buy Stellix': 'it' is the speaker
            if speaker is not None and subj.lower_ == "it" and speaker.lower_ in word_set("company_nouns") and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in speaker.children) and hit(
                    "roles.anaphor_speaker_it", on("roles.anaphor_speaker_it")):
                return speaker  # 'The startup said it raised $300 million from X': 'it' is the startup named before
            if (speaker is not None and speaker.pos_ == "PROPN" and not plural and company_anaphor(subj)
                    and speaker.ent_type_ != "PERSON" and hit("mentions.speaker_company", on(
                        "mentions.speaker_company"))):
                return speaker  # 'Quorvane said the company will buy Stellix': the company is the speaker
        if subj is not None and subj.lower_ == "it" and verb.dep_ in ("advcl", "conj"):
            main = _main_company(verb.head)
            if main is not None and hit("mentions.it_main_subject", on("mentions.it_main_subject")):
                return main  # 'Shares of Pellory rose after it agreed to sell ...': it is Pellory
        if subj is not None and subj.lemma_.lower() in proxy_nouns() and subj.pos_ != "PROPN" and on(
                "roles.proxy_subject"):  # ('Quorvane Group, led by ...' is a name)
            owner = _proxy_owner(subj)
            if owner is not None:
                hit("roles.proxy_subject")
                return owner  # 'Funds managed by Halvern will acquire ...': the funds act for Halvern
            owner = _proxy_possessor(subj)
            if owner is not None:
                return owner  # "Halvern's venture arm invested $5 million in X"
        if subj is not None or verb.dep_ not in CLIMB or verb.head is verb:
            return subj
        came_from, verb = verb, verb.head
    return None


def _main_company(verb):
    """The company a clause's 'it' stands for, when the clause hangs on another verb ('after it agreed', 'and it
    will'): that verb's subject when it is a proper noun ('Pellory rose after it ...'), or the proper noun owning
    the subject ('Shares of Pellory', "Pellory's shares")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.pos_ == "PROPN" and subj.ent_type_ != "PERSON":
        return subj
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = owner or (next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
                      if of is not None else None)
    return owner if owner is not None and owner.ent_type_ != "PERSON" else None


COMPANY_ANAPHORS = ("company", "firm", "group")


def company_anaphor(tok) -> bool:
    """'the company', 'the firm': a noun that stands for an organisation named before."""
    return tok.lower_ in COMPANY_ANAPHORS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def employer(speaker):
    """'Quorvane CEO Dara Lintz', 'Quorvane chief executive Dara Lintz': a person's name under a title
    (person_title_words of context.yaml) with a proper noun before the title: that noun, the company's name (its
    last word)."""
    titles = word_set("person_title_words")
    left = [t for t in speaker.doc[speaker.left_edge.i:speaker.i]]
    for k, t in enumerate(left):
        if t.lower_ in titles:  # 'chief' of 'chief executive' is one
            before = left[k - 1] if k else None
            # (an unknown name opening the sentence is often tagged a common noun: 'Ostren chief executive ...')
            return before if before is not None and (before.pos_ == "PROPN" or (
                before.pos_ == "NOUN" and before.text[:1].isupper())) else None
    return None


@cache
def proxy_nouns() -> frozenset:
    """frames.yaml proxy_subjects: nouns for vehicles that act for an organisation ('funds managed by X')."""
    nouns = read_yaml("frames.yaml").get("proxy_subjects")
    if not nouns:
        raise ValueError("frames.yaml: proxy_subjects missing or empty")
    return frozenset(nouns)


def _proxy_owner(noun):
    """The organisation a proxy subject acts for: the agent of a participle on it ('funds managed by X', 'a consortium
    led by X') or the object of its 'of' ('an affiliate of X'). (Members named after 'including' are read by
    roles.group_members.)"""
    for child in noun.children:
        if child.dep_ == "acl":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if obj is not None and obj.pos_ == "PROPN":
                return obj
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN":
                return obj
    return None


def _proxy_possessor(noun):
    """A vehicle or programme noun (frames.yaml proxy_subjects: "Velkor's venture arm", "Velkor's orbital transport
    program", 'the Velkor fund') owned by a name acts for its owner (rule roles.proxy_possessor); None for any other
    noun."""
    if noun.pos_ == "PROPN" or noun.lemma_.lower() not in proxy_nouns() or not on("roles.proxy_possessor"):
        return None
    owner = next((c for c in noun.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" and (
        c.ent_type_ != "PERSON")), None)  # ("Velkor's venture arm", 'the Velkor fund')
    return owner if owner is not None and hit("roles.proxy_possessor") else None


MEMBER_WORDS = ("comprising", "including", "led", "made")
GROUP_NOUNS = ("consortium", "group", "syndicate", "coalition")  # (frames.yaml sell_company_to_group)


def _members(noun) -> list:
    """The organisations a group noun in a slot is said to be made of: 'a consortium comprising X and Y', 'a consortium
    led by X', 'a group of investors including X' (and the names coordinated with them); none for a plain noun."""
    for child in noun.children:
        if child.lower_ in MEMBER_WORDS and child.dep_ in ("acl", "prep"):
            heads = [c for c in child.children if c.dep_ in ("dobj", "pobj")] + [
                g for c in child.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            return [t for h in heads if h.pos_ == "PROPN" for t in _with_conjuncts(h)]
        if child.dep_ == "prep" and child.lower_ == "of":
            inner = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if inner is not None:
                return _members(inner)  # 'a group of investors including X'
    return []


def _with_conjuncts(tok) -> list:
    """The token and the names coordinated with it. A name set beside a name ('from Halvern Partners, Quill Capital
    and others') is one more list member, which the parser took for an apposition (rule roles.appositive_list); so is
    a name set beside a coordinated description ('X and the state fund Y', rule mentions.described_pair)."""
    out, todo = [tok], [tok]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj" or (child.dep_ == "appos" and child.pos_ == "PROPN" and child.head.pos_ == "PROPN"
                                        and hit("roles.appositive_list", on("roles.appositive_list"))) or (
                    child.dep_ in ("nmod", "compound") and coordinated_modifier(child)) or (
                    child.dep_ == "appos" and child.pos_ == "PROPN" and child.head.dep_ == "conj"
                    and child.head.pos_ == "NOUN" and hit("mentions.described_pair", on("mentions.described_pair"))):
                out.append(child)
                todo.append(child)
            elif as_well_as(child) and hit("mentions.as_well_as"):  # 'from A as well as B': B is one more
                named = [g for g in child.children if g.dep_ == "pobj"]
                out += named
                todo += named
            elif child.dep_ == "appos" and child.pos_ == "PROPN" and child.head.pos_ == "NOUN" and any(
                    c.dep_ == "conj" and c.pos_ == "NOUN" and any(g.dep_ == "appos" and g.pos_ == "PROPN"
                                                                  for g in c.children)
                    for c in child.head.children) and hit("roles.described_groups", on("roles.described_groups")):
                # 'from new investors A and B and existing backers C and D': the names set beside the first of
                # coordinated descriptions are members too (the later ones are, by mentions.described_pair), where
                # the parse sets names beside a later description as well (else it lost them elsewhere, and the
                # word-order frame reads the list)
                out.append(child)
                todo.append(child)
    return out


def as_well_as(tok) -> bool:
    """The 'as' of 'as well as' that the parser hangs on a name as its coordinator ('from Halvern Capital as well as
    Ostrix'), with the next name its object (rule mentions.as_well_as)."""
    doc = tok.doc
    return tok.lower_ == "as" and tok.dep_ in ("cc", "prep") and tok.i >= 2 and doc[tok.i - 1].lower_ == "well" and \
        doc[tok.i - 2].lower_ == "as" and on("mentions.as_well_as")


def coordinated_modifier(tok) -> bool:
    """'from Halvern and Brisa Capital': the parser reads 'Halvern and Brisa' as coordinated modifiers of 'Capital',
    where a list of two names is meant; the first modifier is a name of its own, in its head's slot."""
    cc = next((c for c in tok.children if c.dep_ == "cc"), None)
    # ('Velkara and Tessaly Data Centres have allied': the second name's words hang on its last word, directly or
    # through a word of it after them, as in 'Karvan Capital and Teal Ridge Partners'; the 'and' alone on the first)
    joined = any(c.dep_ == "conj" and c.i == tok.head.i - 1 and c.pos_ == "PROPN" for c in tok.children) or (
        cc is not None and cc.i == tok.i + 1 and not any(c.dep_ == "conj" for c in tok.children)
        and all(t.pos_ == "PROPN" and t.i < t.head.i <= tok.head.i for t in tok.doc[cc.i + 1:tok.head.i])) or (
        cc is not None and cc.i == tok.i + 1 and _described_second(tok))
    return tok.pos_ == "PROPN" and tok.head.pos_ == "PROPN" and tok.i < tok.head.i and joined and cc is not None \
        and not title_case(tok.doc) and on("mentions.coordinated_modifier")


def _described_second(tok) -> bool:
    """'Sovereign fund Halvern Capital and asset manager Brisa Partners are investing': the parser hangs the first name
    on the second and takes the second's description ('asset manager') for the first's conjunct; the words between
    that description and the second name's last word are the second name (rule mentions.described_pair)."""
    doc = tok.doc
    described = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN" and tok.i < c.i < tok.head.i - 1]
    return bool(described) and all(t.pos_ == "PROPN" and t.head.i == tok.head.i
                                    for t in doc[described[0].i + 1:tok.head.i]) and hit(
        "mentions.described_pair", on("mentions.described_pair"))


def title_case(doc, running: bool = True) -> bool:
    """A title-case line (a headline: '... Deal with Korea's Government and Industry Titans'), where a capital says
    nothing of a name: most of its words of four letters or more are capitalised, and, with `running`, none of them
    is in lower case but the small words a headline leaves so: 'Velquist raised $90 million from Dunmore Capital and
    Ashby Lane Ventures' is running text full of names (gates.running_text, as slots._title_case reads it).
    (name_norms counts capitals alone: reading running text there too turned a check copy's record wrong.)"""
    long = [t.text for t in doc if t.is_alpha and len(t.text) >= 4]
    if running and on("gates.running_text") and any(
            w[0].islower() and w.lower() not in word_set("headline_small_words") for w in long) and hit(
            "gates.running_text", True):
        return False
    return sum(w[0].isupper() for w in long) > 0.6 * len(long)
