"""spaCy rule components: match, then set annotations (doc.spans, Doc extensions); no I/O."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .lexicon import load_lexicon

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


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and list items carry no full stop."""
    starts = [tok.i + 1 for tok in doc[:-1]
              if "\n" in tok.text or (tok.text.endswith(":") and tok.whitespace_ == "" and doc[tok.i + 1].is_title)]
    return _set_sentence_starts(doc, starts)


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
    org_starts = {s.start for s in doc.spans.get("orgs", [])}
    starts = [tok.i + 1 for tok in doc[:-2]
              if len(tok) > 2 and tok.text.endswith(".") and tok.text[0].isupper() and tok.i + 1 in org_starts
              and tok.whitespace_ and not doc[tok.i + 2].is_title]
    return _set_sentence_starts(doc, starts)


@Language.factory("money_finder")
class MoneyFinder:
    """Money mentions from money.yaml; doc._.money holds Money records, doc.spans['money'] their spans."""

    def __init__(self, nlp: Language, name: str):
        self.rules = load_lexicon().money

    def __call__(self, doc: Doc) -> Doc:
        found = self.rules.find(doc.text)
        doc._.money = found
        spans = [doc.char_span(m.start, m.end, label="MONEY", alignment_mode="expand") for m in found]
        doc.spans["money"] = [s for s in spans if s is not None]
        return doc


@Language.factory("deal_triggers")
class DealTriggers:
    """Deal verbs and nouns from triggers.jsonl into doc.spans['triggers'] (label 'type|frame')."""

    def __init__(self, nlp: Language, name: str):
        self.matcher = Matcher(nlp.vocab, validate=True)
        by_key: dict[str, list] = {}
        for row in load_lexicon().triggers:
            by_key.setdefault(f"{row['label']}|{row['id']}", []).append(row["pattern"])
        for key, patterns in by_key.items():
            self.matcher.add(key, patterns, greedy="LONGEST")

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label=doc.vocab.strings[k]) for k, s, e in self.matcher(doc)]
        doc.spans["triggers"] = sorted(spans, key=lambda s: (s.start, -len(s)))
        return doc


def adjust_tokenizer(nlp: Language) -> None:
    """A colon between letters stays inside the word when a lower-case letter follows, so names such as
    'Run:ai' are one token (spaCy's English infixes split 'a:b'); before a capital it is a missing space
    ('the industry:Anthropic will pay') and still splits. Times like '10:30' and 'said:' are unaffected."""
    from spacy.lang.char_classes import ALPHA, ALPHA_UPPER
    from spacy.util import compile_infix_regex
    infixes = [p.replace("[:<>=/]", "[<>=/]") for p in nlp.Defaults.infixes]
    infixes.append(rf"(?<=[{ALPHA}0-9]):(?=[{ALPHA_UPPER}])")
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
