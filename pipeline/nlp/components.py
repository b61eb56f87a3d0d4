"""spaCy rule components: match, then set annotations (doc.spans, Doc extensions); no I/O."""

from __future__ import annotations

import re
from bisect import bisect_right

import numpy
from spacy.attrs import IDX, LENGTH, LOWER, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .context import words
from .lexicon import load_lexicon
from .money import shared_periods
from .rules import hit, on

if not Doc.has_extension("money"):
    Doc.set_extension("money", default=None)
if not Span.has_extension("org"):
    Span.set_extension("org", default=None)


def _set_sentence_starts(doc: Doc, starts: list[int]) -> Doc:
    """Mark tokens as sentence starts in one array write (the token setter rescans the doc each time)."""
    if starts:
        arr = doc.to_array(["SENT_START"])
        arr[starts] = 1
        doc.from_array(["SENT_START"], arr)
    return doc


LINE_BREAK = re.compile(r"\n|:(?=[A-Z][a-z])")


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and list items carry no full stop; so does a colon glued to a
    capitalised word ('the industry:Anthropic will pay'). Found in the text, not by a walk over every token."""
    if len(doc) < 2:
        return doc
    idx = doc.to_array([IDX]).tolist()
    starts = set()
    for m in LINE_BREAK.finditer(doc_text(doc)):
        i = bisect_right(idx, m.start()) - 1  # the token holding the break
        if 0 <= i < len(doc) - 1:
            starts.add(i + 1)
    return _set_sentence_starts(doc, sorted(starts))



def annotate(nlp: Language, text: str) -> Doc:
    """nlp(text), with `text` kept as the doc's text for doc_text (the tokenizer keeps every character, so the
    doc's text is the text given; joining it again from the tokens costs as much as a component)."""
    doc = nlp.make_doc(text)
    doc.user_data["deal_tracker_text"] = text
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def doc_text(doc: Doc) -> str:
    """doc.text, built once per doc: spaCy rebuilds it from every token on each access, and the components and
    the sentence reader each need it."""
    text = doc.user_data.get("deal_tracker_text")
    if text is None:
        text = doc.user_data["deal_tracker_text"] = doc.text
    return text


def sentence_bounds(doc: Doc):
    """(first token, end token, start char, end char) of each sentence, from the token arrays (iterating
    doc.sents builds a Token object for every token)."""
    if len(doc) == 0:
        return
    arr = doc.to_array([SENT_START, IDX, LENGTH])
    starts = [0] + [i for i in numpy.flatnonzero(arr[:, 0] == 1).tolist() if i > 0] + [len(doc)]
    for a, b in zip(starts, starts[1:]):
        yield a, b, int(arr[a, 1]), int(arr[b - 1, 1] + arr[b - 1, 2])

@Language.factory("org_ruler")
class OrgRuler:
    """Gazetteer organisations (doc.spans['orgs']) and product names (doc.spans['products'])."""

    def __init__(self, nlp: Language, name: str):
        lex = load_lexicon()
        self.lex = lex
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH", validate=True)
        for entry in lex.orgs:
            forms = set(entry.forms)
            if not entry.exact:
                forms |= {f.upper() for f in entry.forms if len(f) > 3}
            self.matcher.add(entry.name, list(nlp.tokenizer.pipe(sorted(forms))))
        self.matcher.add("PRODUCT", list(nlp.tokenizer.pipe(sorted(lex.products))))

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label=doc.vocab.strings[k]) for k, s, e in self.matcher(doc)]
        spans = filter_spans(spans)
        doc.spans["orgs"] = [s for s in spans if s.label_ != "PRODUCT"]
        doc.spans["products"] = [s for s in spans if s.label_ == "PRODUCT"]
        return doc


@Language.component("abbreviation_breaks")
def abbreviation_breaks(doc: Doc) -> Doc:
    """'... based in the U.K. Google has agreed': an abbreviation's full stop also ends the sentence
    when an organisation starts the next one (runs after org_ruler, before sentences are read)."""
    starts = []
    for i in sorted({s.start for s in doc.spans.get("orgs", [])}):  # only the tokens before an organisation
        if not 1 <= i < len(doc) - 1:
            continue
        tok = doc[i - 1]
        if len(tok) > 2 and tok.text.endswith(".") and tok.text[0].isupper() and tok.whitespace_ \
                and not doc[i + 1].is_title:
            starts.append(i)
    if on("mentions.legal_form_stop"):  # '... the acquisition of Morrow Compute Inc. The purchase price was'
        starts += _starts_after(doc, LEGAL_FORM_STOP, "mentions.legal_form_stop",
                                lambda tok: tok.lower_ in OPENING_DETERMINERS)
    if on("mentions.legal_form_stop_word"):  # '... 20% of Tarvex Systems Inc. On Thursday it agreed to buy ...'
        starts += _starts_after(doc, LEGAL_FORM_STOP, "mentions.legal_form_stop_word",
                                lambda tok: tok.is_stop and tok.lower_ not in OPENING_DETERMINERS)
    if on("mentions.abbreviation_clause"):  # '... based in the U.K. Rusaqui has agreed to ...'
        starts += _starts_after(doc, ABBREVIATION_CLAUSE, "mentions.abbreviation_clause")
    if on("mentions.round_letter_stop"):  # 'raised $300 million in a Series C. Stellix led the round'
        starts += _starts_after(doc, ROUND_LETTER_STOP, "mentions.round_letter_stop")
    if on("mentions.code_letter_stop"):  # '... as an exhibit to this Form 6-K. The purchase price was ...'
        starts += _starts_after(doc, CODE_LETTER_STOP, "mentions.code_letter_stop")
    return _set_sentence_starts(doc, sorted(set(starts)))


def _starts_after(doc: Doc, pattern: re.Pattern, rule_id: str, opens=lambda tok: True) -> list[int]:
    """The tokens that open a sentence where `pattern` ends a match (recorded as rule `rule_id`; `opens` may ask more
    of that token)."""
    found = []
    for m in pattern.finditer(doc_text(doc)):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and opens(doc[span.start]) and hit(rule_id):
            found.append(span.start)
    return found


# a legal form's full stop, then a capitalised determiner ('The', 'This') or another word of the closed classes no
# name goes on with ('On', 'It', 'But': mentions.legal_form_stop_word): the sentence ends with the company's name
OPENING_DETERMINERS = ("the", "this", "that", "these", "those", "a", "an")
LEGAL_FORM_STOP = re.compile(rf"\b(?:{words('legal_suffixes')})\.[ \t]+(?=[A-Z])")
# a dotted abbreviation ('U.K.', 'U.S.'), then one to three capitalised words and a verb that opens a clause: the
# abbreviation's full stop ends the sentence, whether or not a list knows the name after it
# (or a legal form's full stop: '... chips from Velkara Corp. Brindle Capital said it would ...')
ABBREVIATION_CLAUSE = re.compile(rf"(?:\b(?:[A-Z]\.){{2,}}|\b(?:{words('legal_suffixes')})\.)[ \t]+"
                                 rf"(?=[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){{0,2}}[ \t]+"
                                 rf"(?:{words('clause_verbs')})\b)")
# a round's letter with its full stop, then a capitalised word: the letter ends the sentence (not an initial)
ROUND_LETTER_STOP = re.compile(r"\b[Ss]eries [A-Z]\.[ \t]+(?=[A-Z])")
# a code of figures and a letter with its full stop ('Form 8-K.', '10-Q.'), then a capitalised word: the sentence ends
CODE_LETTER_STOP = re.compile(r"\b\d+-[A-Z]\.[ \t]+(?=[A-Z])")


@Language.factory("money_finder")
class MoneyFinder:
    """Money mentions from money.yaml; doc._.money holds Money records, doc.spans['money'] their spans."""

    def __init__(self, nlp: Language, name: str):
        self.rules = load_lexicon().money

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = self.rules.find(text)
        if on("mentions.shared_period"):
            found = shared_periods(found, text, lambda: hit("mentions.shared_period"),
                                   lambda: on("mentions.or_restates") and hit("mentions.or_restates"))
        doc._.money = found
        spans = [doc.char_span(m.start, m.end, label="MONEY", alignment_mode="expand") for m in found]
        doc.spans["money"] = [s for s in spans if s is not None]
        return doc


@Language.factory("deal_triggers")
class DealTriggers:
    """Deal verbs and nouns from triggers.jsonl into doc.spans['triggers'] (label 'type|frame').

    A label's patterns run only on the sentences that hold a word of each set its patterns require, and most
    sentences hold none or the words of one or two labels; of a label, only the patterns whose words the sentence
    holds run (a Matcher per label and set of patterns, kept once built). One matcher with every pattern spends
    most of its time starting states of patterns that cannot match there. Each label's overlapping matches are
    still reduced to the longest (greedy LONGEST), as one matcher would: a pattern left out could not match."""

    def __init__(self, nlp: Language, name: str):
        by_key: dict[str, list] = {}
        for row in load_lexicon().triggers:
            by_key.setdefault(f"{row['label']}|{row['id']}", []).append(row["pattern"])
        self.matcher = Matcher(nlp.vocab, validate=True)  # every pattern: used when a label needs no word
        self.vocab = nlp.vocab
        self.patterns = by_key
        self.matchers: dict[tuple[str, tuple[int, ...]], Matcher] = {}  # per label and patterns chosen, once built
        self.needs: dict[str, list[list[set[int]]]] = {}  # per label, per pattern: word-id sets all needed
        self.keys_by_word: dict[int, list[str]] = {}
        always = False
        for key, patterns in by_key.items():
            self.matcher.add(key, patterns, greedy="LONGEST")  # (validates every pattern at load)
            needs = [needed_words(p) for p in patterns]
            always = always or not all(needs)
            self.needs[key] = [[{nlp.vocab.strings.add(w) for w in ws} for ws in need] for need in needs]
            for w in {w for need in needs for ws in need for w in ws}:
                self.keys_by_word.setdefault(nlp.vocab.strings.add(w), []).append(key)
        self.order = {key: i for i, key in enumerate(by_key)}
        self.word_ids = None if always else numpy.array(sorted(self.keys_by_word), dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        if self.word_ids is None:  # some pattern needs no word of its own: match the whole doc
            found = self.matcher(doc)
        else:
            found = []
            lowers = doc.to_array([LOWER])
            hits = numpy.flatnonzero(numpy.isin(lowers, self.word_ids)).tolist()
            if hits:
                bounds = [(a, b) for a, b, _, _ in sentence_bounds(doc)]
                starts = [a for a, _ in bounds]
                present: dict[int, set[int]] = {}
                for i in hits:
                    present.setdefault(bisect_right(starts, i) - 1, set()).add(int(lowers[i]))
                for s, words in sorted(present.items()):
                    a, b = bounds[s]
                    span = doc[a:b]
                    for key in sorted({k for w in words for k in self.keys_by_word[w]}, key=self.order.__getitem__):
                        chosen = tuple(n for n, need in enumerate(self.needs[key])
                                       if all(not ws.isdisjoint(words) for ws in need))
                        if chosen:
                            found += [(k, a + s_, a + e) for k, s_, e in self._matcher(key, chosen)(span)]
        spans = [Span(doc, s, e, label=doc.vocab.strings[k]) for k, s, e in found]
        doc.spans["triggers"] = sorted(spans, key=lambda s: (s.start, -len(s)))
        return doc

    def _matcher(self, key: str, chosen: tuple[int, ...]) -> Matcher:
        """A matcher of the label's patterns numbered `chosen`, built the first time a sentence asks for them."""
        matcher = self.matchers.get((key, chosen))
        if matcher is None:
            if len(self.matchers) >= 4096:  # (a bound no text reaches: the sets met are few)
                self.matchers.clear()
            matcher = self.matchers[key, chosen] = Matcher(self.vocab)
            matcher.add(key, [self.patterns[key][n] for n in chosen], greedy="LONGEST")
        return matcher


# Words too common to tell a deal sentence from any other: a trigger pattern is looked for where its other words are.
# (and the possessive ending, a token of its own: "Quenlo's round")
COMMON_WORDS = frozenset("a an the to in into of for with by from on at as its their up more about over some "
                         "'s ’s".split())


def needed_words(pattern: list[dict]) -> list[set[str]]:
    """The lower-case word sets of a trigger pattern's required tokens, leaving out sets that hold a common word:
    every match holds a word of each ('agreed to buy' needs 'agreed' and 'buy'; 'leading the round' needs
    'leading' and 'round'). Empty when the pattern names no telling word."""
    needs = []
    for tok in pattern:
        value = tok.get("LOWER")
        if tok.get("OP") in (None, "+", "{1,}") and value is not None:
            ws = {value.lower()} if isinstance(value, str) else {w.lower() for w in value.get("IN", [])}
            if ws and not ws & COMMON_WORDS:  # (a REGEX or NOT_IN token names no word to look for)
                needs.append(ws)
    return needs


# the units written right after a figure ('$300m', '$10bn'), and the words they stand for
FIGURE_UNITS = {"m": "million", "mn": "million", "bn": "billion", "b": "billion", "tn": "trillion", "trn": "trillion"}


@Language.component("figure_norms")
def figure_norms(doc: Doc) -> Doc:
    """'led a $300m funding round in Velkor': the trained pipeline, meeting a unit written onto its figure, reads 'm'
    as a noun and 'funding' as a verb, and loses the round; its word features read the unit's normal form, so the
    unit is given the word it stands for and the sentence parses as '$300 million funding round' does (rule
    mentions.compact_figure). Runs first in the parser's pipeline.

    'A, B and C will each supply accelerators to X': a quantifier floated between an auxiliary and its verb ('each',
    'both', 'all') makes the tagger read the verb as a noun ('each supply' a phrase) and the parse loses the clause;
    it is given the normal form of an adverb ('also'), where it parses as the adverb it is (rule
    mentions.floating_quantifier)."""
    compact, floating = on("mentions.compact_figure"), on("mentions.floating_quantifier")
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if compact and tok.lower_ in FIGURE_UNITS and before.like_num and before.idx + len(before.text) == tok.idx \
                and hit("mentions.compact_figure"):
            tok.norm_ = FIGURE_UNITS[tok.lower_]
        elif floating and tok.lower_ in FLOATING and before.lower_ in AUXILIARIES and tok.i + 1 < len(doc) and \
                doc[tok.i + 1].is_alpha and doc[tok.i + 1].is_lower and hit("mentions.floating_quantifier"):
            tok.norm_ = "also"
    return doc


FLOATING = frozenset({"each", "both", "all"})  # quantifiers that float after an auxiliary (figure_norms)
AUXILIARIES = frozenset("will would can could shall should may might must have has had are were is was do does did "
                        "'ll ’ll 've ’ve".split())


def adjust_tokenizer(nlp: Language) -> None:
    """A colon between letters stays inside the word when a lower-case letter follows, so names such as
    'Run:ai' are one token (spaCy's English infixes split 'a:b'); before a capital it is a missing space
    ('the industry:Anthropic will pay') and still splits. Times like '10:30' and 'said:' are unaffected.
    'co-led' and its kin, and 'tie-up', stay one token (the trigger list names them so)."""
    from spacy.lang.char_classes import ALPHA, ALPHA_UPPER
    from spacy.util import compile_infix_regex
    infixes = [p.replace("[:<>=/]", "[<>=/]") for p in nlp.Defaults.infixes]
    infixes.append(rf"(?<=[{ALPHA}0-9]):(?=[{ALPHA_UPPER}])")
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # '$10bn', '€1.5bn': the unit after the figure is a token of its own, as spaCy already splits '$300m' (rule
    # mentions.compact_figure reads it as the word it stands for)
    from spacy.util import compile_suffix_regex
    nlp.tokenizer.suffix_search = compile_suffix_regex(
        [*nlp.Defaults.suffixes, r"(?<=[0-9])(?:bn|mn|tn|trn)"]).search
    # 'co-led', 'co-invested': one verb, as the trigger list and the tagger should see it (the hyphen would split it);
    # 'tie-up', one noun (triggers.jsonl)
    from spacy.symbols import ORTH
    for word in ("co-led", "co-lead", "co-leads", "co-leading", "co-invest", "co-invests", "co-invested",
                 "co-investing", "tie-up", "tie-ups", "co-develop", "co-develops", "co-developed", "co-developing",
                 "co-build", "co-builds", "co-built", "co-building",
                 # 'a $6.6 billion fund-raising deal': one noun, as 'fundraising' (triggers.jsonl lists both)
                 "fund-raising", "fund-raise", "fund-raises"):
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    # a legal form written with inner full stops ('S.p.A.', 'S.r.l.'; cues.yaml org_suffixes) is one token, so the
    # sentencizer does not end a sentence inside the company's name ('Halvern Energy S.p.A. will supply ...')
    # So is the abbreviated first word of a legal form of two ('Pte. Ltd.', 'Sdn. Bhd.': 'Orsk Data Asia Pte. Ltd')
    for form in load_lexicon().cues["org_suffixes"]:
        words = form.split()
        for word in words[:-1] if len(words) > 1 else words:
            if "." in word.rstrip(".") or (len(words) > 1 and word.endswith(".")):
                nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    mark_currency_codes(nlp)


def mark_currency_codes(nlp: Language) -> None:
    """'secured RMB 10 billion from', 'S$1.5 billion', 'Rs. 500 crore': a currency written before the figure as a
    code or a marked dollar (money.yaml currency_symbols) is a currency token, as spaCy already makes '$' and '€', so
    every pattern that asks for one (IS_CURRENCY in triggers.jsonl) reads the deal whatever the currency; glued to
    the figure it is split off ('RM1.2' -> 'RM', '1.2'), and 'Rs.' keeps its full stop. Single letters ('R' for
    rand) stay words. Part of the tokenizer, as the adjustments above, not a rule that can be switched off."""
    from spacy.symbols import ORTH
    from spacy.util import compile_prefix_regex
    codes = sorted((s for s in load_lexicon().money.symbols if len(s) >= 2 and " " not in s), key=len, reverse=True)
    for code in codes:
        nlp.vocab[code].is_currency = True
        if code.endswith("."):
            nlp.tokenizer.add_special_case(code, [{ORTH: code}])
    glued = "|".join(re.escape(c) for c in codes)
    nlp.tokenizer.prefix_search = compile_prefix_regex(
        [rf"(?:{glued})(?=[0-9])", *nlp.Defaults.prefixes]).search
