"""The trained pipeline's attribute ruler, read by token instead of by Matcher.

en_core_web_sm's `attribute_ruler` sets each token's coarse part of speech, morphology and some lemmas from its
fine tag, its lower-case form and its dependency label, by about 180 one- and two-token patterns run through
spaCy's Matcher. On the short candidate sentences this parser sees, the Matcher's walk of every pattern over every
token cost about as much as the whole dependency parser (`python benchmarks/extract_bench.py --components` times
each component). `TagAttributes` applies the same patterns, with the same precedence, from an index keyed by the
token's lower-case form or tag, so each token tests only the few patterns that can match it.

The patterns are read from the loaded ruler, not copied: a new model version brings its own. A pattern this reader
does not understand (an operator, an attribute it does not read) makes `from_ruler` return None, and the model's
own ruler stays in place. `tests/test_tag_attributes.py` checks token by token that both set the same attributes.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

FIELDS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # the token attributes the patterns read, in the order of filing
OPS = ("IN", "NOT_IN", "REGEX")


def _condition(key: str, value) -> tuple | None:
    """A test of one token attribute as (field, op, argument), or None when the value is of a kind the Matcher
    reads and this does not."""
    field = FIELDS.index(key)
    if not isinstance(value, dict):
        return field, "==", value
    if len(value) != 1 or next(iter(value)) not in OPS:
        return None
    (op, arg), = value.items()
    return field, op, (re.compile(arg) if op == "REGEX" else frozenset(arg))


def _holds(conds: list, values: tuple) -> bool:
    for field, op, arg in conds:
        value = values[field]
        if op == "==":
            if value != arg:
                return False
        elif op == "IN":
            if value not in arg:
                return False
        elif op == "NOT_IN":
            if value in arg:
                return False
        elif arg.search(value) is None:
            return False
    return True


def _index_keys(first: dict) -> list[tuple[str, object]] | None:
    """Where a pattern is filed: under each value its first token asks for of the first field in FIELDS it asks
    one of, else nowhere (None: tried at every token)."""
    for key in FIELDS:
        value = first.get(key)
        if isinstance(value, (str, bool)):
            return [(key, value)]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [(key, v) for v in value["IN"]]
    return None


@Language.factory("tag_attributes")
def make_tag_attributes(nlp: Language, name: str) -> TagAttributes:
    """Built from the pipeline's own `attribute_ruler`, which must be in it still (load_parser then removes it)."""
    built = TagAttributes.from_ruler(nlp.get_pipe("attribute_ruler"))
    if built is None:
        raise TagAttributesUnread("tag_attributes: the attribute ruler has a pattern it cannot read; keep the ruler")
    return built


class TagAttributesUnread(ValueError):
    """The model's attribute ruler has a pattern TagAttributes cannot read (load_parser then keeps the ruler)."""


class TagAttributes:
    """Callable component: the attribute ruler's patterns, each tried only at tokens whose form or tag it names."""

    def __init__(self, indexed: dict, anywhere: list, attrs: list):
        self.indexed = indexed  # ("LOWER"|"TAG", value) -> [(attr id, [conditions per token], index)]
        self.anywhere = anywhere
        self.attrs = attrs

    @classmethod
    def from_ruler(cls, ruler) -> TagAttributes | None:
        indexed: dict = defaultdict(list)
        anywhere: list = []
        for attr_id in range(len(ruler.attrs)):
            for pattern in ruler.matcher.get(str(attr_id))[1]:
                if any(key not in FIELDS for token in pattern for key in token):
                    return None  # an operator or an attribute this reader does not know
                tests = [[_condition(key, value) for key, value in token.items()] for token in pattern]
                if any(None in conds for conds in tests):
                    return None
                entry = (attr_id, tests, ruler.indices[attr_id])
                keys = _index_keys(pattern[0])
                if keys is None:
                    anywhere.append(entry)
                for key in keys or ():
                    indexed[key].append(entry)
        return cls(dict(indexed), anywhere, list(ruler.attrs))

    def __call__(self, doc: Doc) -> Doc:
        values = [(t.lower_, t.tag_, t.dep_, t.is_space) for t in doc]
        n = len(values)
        get = self.indexed.get
        matches = []
        for i, (lower, tag, dep, space) in enumerate(values):
            entries = self.anywhere
            for key in (("LOWER", lower), ("TAG", tag), ("DEP", dep), ("IS_SPACE", space)):
                found = get(key)
                if found:
                    entries = entries + found
            for attr_id, tests, index in entries:
                end = i + len(tests)
                if end <= n and all(_holds(conds, values[i + k]) for k, conds in enumerate(tests)):
                    matches.append((attr_id, i, i + index if index >= 0 else end + index))
        # the ruler applies its matches in the order of its patterns (then of their place), so a later pattern wins
        for attr_id, _, target in sorted(set(matches)):
            set_token_attrs(doc[target], self.attrs[attr_id])
        return doc
