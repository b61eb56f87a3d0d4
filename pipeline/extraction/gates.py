"""Gates: the cheap tests that decide which texts and sentences are read at all (no spaCy)."""

from __future__ import annotations

import re
from functools import cache

from ..nlp.components import needed_words
from ..nlp.lexicon import Lexicon, load_lexicon
from ..nlp.mentions import LEGAL_FORMS_LONG, LEGAL_SUFFIXES

CHUNK_CHARS = 100_000  # longer texts are read in pieces cut at line or sentence ends (spaCy refuses >1M)


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """(offset, piece) pieces of at most `limit` characters, cut after a line break, else after a
    sentence end, else (one unbroken run of characters) at the limit."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = window.rfind("\n") + 1 or window.rfind(". ") + 2 or limit
        cut = cut if cut > limit // 4 else limit
        pieces.append((start, window[:cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


# Cyrillic and Greek letters that look like Latin ones ('cаnceled' with a Cyrillic 'а'): scraped and re-posted text
# carries them, and a cue word or a name with one of them inside matches nothing.
CONFUSABLES_FROM = "аеорсухіјѕԁԛԝАВЕКМНОРСТХІЈЅ" "οαικνρτυχΑΒΕΗΙΚΜΝΟΡΤΥΧΖ"
CONFUSABLES = str.maketrans(CONFUSABLES_FROM, "aeopcyxijsdqwABEKMHOPCTXIJS" "oaikvptuxABEHIKMNOPTYXZ")
_NOT_LATIN = re.compile("[" + "".join(sorted(set(CONFUSABLES_FROM))) + "]")
_MIXED = re.compile(r"[A-Za-z][^\W\d_A-Za-z]|[^\W\d_A-Za-z][A-Za-z]")


def fold_confusables(text: str) -> str:
    """The text with look-alike Cyrillic and Greek letters inside Latin words written as the Latin letters they
    imitate. Every character maps to one character, so offsets into the text stay valid; words written wholly in
    another script are left alone."""
    if not _NOT_LATIN.search(text) or not _MIXED.search(text):  # the first: one character class, a quick scan
        return text
    return re.sub(r"\w+", lambda m: m.group(0).translate(CONFUSABLES) if _mixed_word(m.group(0)) else m.group(0), text)


# a Reuters instrument code after a company's name ('Meta Platforms META.O', "PPL's PPL.N Kentucky unit",
# 'Taiwan Semiconductor Manufacturing 2330.TW'): the ticker, then its exchange's suffix (gates.ric_ticker)
RIC_TICKER = re.compile(r"(?<=[\w’'] )[A-Z0-9][A-Z0-9]{1,5}\.(?:O|N|OQ|K|L|T|TW|TWO|HK|SS|SZ|KS|KQ|DE|PA|AS|TO|AX|SI|NS|BO|"
                        r"MI|MC|SW|ST|CO|HE|OL|F|VI|BR|LS|JK|BK|KL|SA|MX|TA|V|AT|IR)(?![.\w])")


def blank_tickers(text: str) -> str:
    """The text with Reuters instrument codes after names ('Meta Platforms META.O') blanked out, every character
    kept in place by a space, so that offsets stay valid and the code joins no name (rule gates.ric_ticker)."""
    return RIC_TICKER.sub(lambda m: " " * len(m.group(0)), text) if "." in text else text


# a bare ticker in capitals right after a company's name ('Tesla Inc. TSLA has confirmed', 'Samsung Electronics
# SSNLF, marking'): a name of one to four capitalised words, maybe a legal form, then the code, then a lower-case word
# or a comma (gates.bare_ticker; the code's letters are the name's, in order: _letters_in_order)
BARE_TICKER = re.compile(r"\b((?:[A-Z][\w&'’-]*[ \t]+){0,3}[A-Z][\w&'’-]*\.?)[ \t]+([A-Z]{2,5})(?=[ \t]+[a-z]|,)")


# the legal forms whose full stop ends no sentence before a ticker ('Tesla Inc. TSLA')
LEGAL_FORMS = LEGAL_SUFFIXES | LEGAL_FORMS_LONG | {"Plc", "Cos"}


def _letters_in_order(code: str, name: str) -> bool:
    it = iter(name.upper())
    return code[0] == name[:1].upper() and all(c in it for c in code)


@cache
def _suffix_codes() -> frozenset:
    """The company suffixes of cues.yaml written in capitals ('AI', 'AG', 'LLC'): a name's last word, no ticker."""
    return frozenset(s for s in load_lexicon().cues["org_suffixes"] if s.isupper() and s.isalpha())


def blank_bare_tickers(text: str) -> str:
    """The text with bare tickers after names ('Orsk Motors Inc. ORSK has ...') blanked out, every length kept (rule
    gates.bare_ticker): a code of two to five capitals whose letters are the name's, in order, first to first. Not
    a second name ('bought chips from Velkara Corp. IBM said')."""
    suffixes = _suffix_codes()
    def blank(m: re.Match) -> str:
        words, code = m.group(1).split(), m.group(2)
        if code in suffixes:
            return m.group(0)  # 'Arktis AI, a national champion': the last word of the name, no ticker
        if words[-1].endswith(".") and words[-1].rstrip(".") not in LEGAL_FORMS:
            return m.group(0)  # '... with Iris Energy. IREN will supply': a full stop, then a sentence of its own
        # ('Elon Musk-led Tesla Inc. TSLA': the name may start after the run's first words)
        if not any(_letters_in_order(code, " ".join(words[k:])) for k in range(len(words))):
            return m.group(0)
        return m.group(0)[:m.start(2) - m.start()] + " " * len(code)
    return BARE_TICKER.sub(blank, text)


# a wire's dateline dash written against the story's first word: '(Reuters) -Intel is in talks ...'
DATELINE_DASH = re.compile(r"(?<=\))(\s?)[-–—](?=[A-Z])")


def loose_dateline_dash(text: str) -> str:
    """The dash after a wire's credit that touches the first word ('(Reuters) -Intel') replaced by a space, so that
    the word is read alone; every length kept (rule gates.dateline_dash)."""
    return DATELINE_DASH.sub(lambda m: m.group(1) + " ", text) if ")" in text else text


# a mark that opens an item of a list at a line's start: '• Brisco acquires Halden Data for $650m'
# (not an item with a label, which the discourse rules read by its mark: '• Vistra Corp: 20-year ...', '• A & B – ...')
BULLET_MARK = re.compile(r"(?m)^([ \t]*)[•●▪◦‣∙■►▶*](?=[^\S\n])(?![^\n:]{2,60}?:\s)(?![^\n]{2,80}?\s[–—-]\s)")


def blank_bullets(text: str) -> str:
    """The marks that open the items of a list at a line's start replaced by a space, so that the item's first word
    opens its sentence and no name takes the mark in; every length kept (rule gates.bullet_marks). An item with a
    label before a colon or a dash keeps its mark."""
    return BULLET_MARK.sub(lambda m: m.group(1) + " ", text)


def _mixed_word(word: str) -> bool:
    return any("a" <= c.lower() <= "z" for c in word) and any(c != c.translate(CONFUSABLES) for c in word)


def worth_reading(text: str) -> bool:
    """Cheap test without spaCy: a passage where no deal trigger can match (a trigger pattern needs a word of each
    of its telling tokens) and no strong type cue is written, or with neither a figure nor anything that may name
    an organisation (a known name, a name shaped like a company's, 'Foo Corp.', or a capitalised word inside a
    sentence: 'Quorvane will acquire Stellix'), reports no deal (most news does not), so the pipeline is not run
    on it."""
    pre = prefilter(load_lexicon())
    written = set(WORD.findall(text.lower()))
    # the parts of a hyphenated word too: the tokenizer splits 'pre-leased' and the matcher sees 'leased'
    written |= {part for w in written if "-" in w for part in w.split("-")}
    found = written & pre["words"].keys()  # a set lookup per word: cheaper than `signal`
    patterns = {n for word in found for n in pre["words"][word]}  # only patterns that need a word found
    return (any(all(found & need for need in pre["needs"][n]) for n in patterns)
            and (bool(pre["signal"].search(text)) or bool(_CAPWORD.search(text))))


# a capitalised word after a lower-case word, a figure or a comma: a name no list knows may stand there
_CAPWORD = re.compile(r"(?<=[a-z0-9,;:)] )[A-Z][a-z]+")


WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@cache
def prefilter(lex: Lexicon) -> dict:
    """The prefilter's tests, built from the same pattern files as the pipeline: `needs` lists, per trigger
    pattern and per strong type cue, the word sets a text must each hit for it to match, `words` maps each word
    they name to the entries that need it, and `signal` finds a figure or an organisation."""
    needs = [_needed_words(row["pattern"]) for row in lex.triggers]
    needs += [_needed_words([{"LOWER": w} for w in WORD.findall(cue.lower())])
              for cues in lex.cues["strong_type_cues"].values() for cue in cues]
    words: dict[str, set[int]] = {}  # word -> the patterns and cues that need it
    for n, need in enumerate(needs):
        for w in set().union(*need):
            words.setdefault(w, set()).add(n)
    odd = sorted(w for w in words if not WORD.fullmatch(w))
    if odd:
        raise ValueError(f"trigger or cue words the prefilter cannot find as words: {odd}")
    names = {f for o in lex.orgs for f in o.forms if len(f) > 2}
    money = lex.money.vocab
    units = {*(s for s in money["currency_symbols"] if s.isalpha()), *money["currency_words"],
             *(s for s in money["scales"] if len(s) >= 2), "gigawatt", "gigawatts", "megawatt", "megawatts", "GW", "MW"}
    suffixes = [s.rstrip(".") for s in lex.cues["org_suffixes"] if len(s.rstrip(".")) >= 2]
    signal = re.compile(r"[$€£¥₹₩]|\b(?:" + "|".join(sorted(map(re.escape, units), key=len, reverse=True)) + r")\b|"
                        r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b|"
                        # a name no list knows, shaped like a company's: 'Orvanta Digital, Inc.', 'Kestrel Corp'
                        r"\b[A-Z][\w&-]*,?\s(?:" + "|".join(sorted(map(re.escape, set(suffixes)), key=len, reverse=True))
                        + r")\b")
    return {"needs": needs, "words": words, "signal": signal}


def _needed_words(pattern: list[dict]) -> list[set[str]]:
    needs = needed_words(pattern)
    if not needs:  # a pattern with no telling word would make every text worth reading
        raise ValueError(f"trigger pattern {pattern} needs no telling word: the prefilter cannot gate it")
    return needs


def with_title(text: str, title: str) -> str:
    title = (title or "").strip()
    if not title or text.lstrip().startswith(title[:60]):
        return text
    return f"{title}\n\n{text}"

