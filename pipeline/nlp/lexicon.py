"""Load the pattern data files once per process (they are read-only)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..names import fold_name, strip_suffix  # noqa: F401  (re-exported: the extraction side imports them here)
from ..yamlfile import load_yaml
from .money import MoneyRules



def read_yaml(name: str):
    """A bundled pattern file, parsed with libyaml's C loader where present; a key written twice raises."""
    return load_yaml(patterns_path(name).read_text(encoding="utf-8"))


def patterns_path(name: str):
    """Path of a bundled pattern file (works from a checkout and from an installed wheel)."""
    return resources.files("pipeline.nlp") / "patterns" / name


@dataclass(frozen=True, slots=True)
class OrgEntry:
    name: str
    kind: str
    forms: tuple[str, ...]
    exact: bool
    parent: str | None = None  # another entry's name
    country: str | None = None  # ISO 3166 alpha-2
    ticker: str | None = None  # EXCHANGE:SYMBOL
    extract_as: str | None = None  # extraction reads this entry's names as that entry's


@dataclass(frozen=True, eq=False)  # hashed by identity: one per process
class Lexicon:
    orgs: tuple[OrgEntry, ...]
    by_key: dict
    products: frozenset
    product_makers: dict
    money: MoneyRules
    cues: dict
    triggers: tuple[dict, ...]

    def lookup(self, name: str) -> OrgEntry | None:
        """The gazetteer entry a surface form or alias folds to, if any."""
        return self.by_key.get(fold_name(name))

    def read_as_other(self, name: str) -> bool:
        """Whether a surface form is a name of an entry extraction reads as another ('Azure', an alias of
        Microsoft Azure, read as Microsoft): that form names a product or unit, not the party it stands for."""
        entry = self.lookup(name)
        return entry is not None and fold_name(name) not in {fold_name(f) for f in entry.forms}


# Every list of cues.yaml, each read by some rule: a list missing, empty, or read by no rule is an error at load.
CUE_LISTS = ("type_cues", "strong_type_cues", "status_cues", "investor_cues", "negated", "legal_payment",
             "relationship", "description_links", "headline_verbs", "strong_verbs", "habitual_verbs", "capex",
             "deal_nouns", "anaphora", "org_suffixes", "org_descriptors", "not_org_words", "generic_words")


def check_cues(cues: dict) -> dict:
    """cues.yaml, validated: each of CUE_LISTS present and non-empty, and no list that no rule reads."""
    missing = [k for k in CUE_LISTS if not cues.get(k)]
    unknown = sorted(set(cues) - set(CUE_LISTS))
    if missing or unknown:
        raise ValueError("cues.yaml: " + "; ".join(
            ([f"missing or empty: {', '.join(missing)}"] if missing else [])
            + ([f"read by no rule: {', '.join(unknown)} (remove it, or add it to lexicon.CUE_LISTS with its rule)"]
               if unknown else [])))
    return cues


@cache
def load_lexicon() -> Lexicon:
    """Read orgs.yaml, money.yaml, cues.yaml and triggers.jsonl (cached per process)."""
    import srsly  # here, not at import: the read side folds names without loading the pattern files
    gaz = read_yaml("orgs.yaml")
    orgs, by_key = [], {}
    for row in gaz["organisations"]:
        forms = (row["name"], *row.get("aliases", []))
        entry = OrgEntry(row["name"], row.get("kind", "other"), tuple(forms), bool(row.get("exact")),
                         row.get("parent"), row.get("country"), row.get("ticker"), row.get("extract_as"))
        orgs.append(entry)
    named = {e.name: e for e in orgs}
    for entry in orgs:
        for form in entry.forms:
            by_key.setdefault(fold_name(form), named.get(entry.extract_as, entry))
    money = MoneyRules(read_yaml("money.yaml"))
    cues = check_cues(read_yaml("cues.yaml"))
    triggers = with_currency_after(tuple(srsly.read_jsonl(patterns_path("triggers.jsonl"))), money)
    return Lexicon(tuple(orgs), by_key, frozenset(gaz.get("products", [])), gaz.get("product_makers", {}), money, cues, triggers)


def with_currency_after(rows: tuple[dict, ...], money: MoneyRules) -> tuple[dict, ...]:
    """Each trigger pattern that asks for a currency before its figure ('receive $20 million from', IS_CURRENCY),
    with a twin that reads the currency named after the figure ('receive 20 billion yen from', money.yaml
    currency_words of one word): the same money, written as Japanese, Korean or European news write it. The twin
    moves the currency to after the figure and its scale: where the pattern spells the figure out, after it; where
    a run of any words follows the currency ('$ ... from'), the figure, an optional scale and the currency word open
    that run, which may then be one word shorter (none at all). A conversion in brackets may follow the currency
    word."""
    currency = {"LOWER": {"IN": sorted(w for w in money.words if " " not in w)}}
    scales = sorted(w for w in money.vocab["scales"] if " " not in w)
    # a conversion in brackets may follow the currency word ('1.5 trillion yen ($10 billion) from'): each token optional
    converted = [{"ORTH": "(", "OP": "?"}, {"IS_CURRENCY": True, "OP": "?"}, {"LIKE_NUM": True, "OP": "?"},
                 {"LOWER": {"IN": scales}, "OP": "?"}, {"ORTH": ")", "OP": "?"}]
    twins = []
    for row in rows:
        pattern = row["pattern"]
        at = next((i for i, t in enumerate(pattern) if t.get("IS_CURRENCY") is True), None)
        if at is None:
            continue
        rest = pattern[at + 1:]
        if rest and rest[0].get("LIKE_NUM"):
            figure = [rest[0]]
            rest = rest[1:]
            if rest and _names_scale(rest[0]):
                figure.append(rest[0])
                rest = rest[1:]
            twin = [*pattern[:at], *figure, currency, *converted, *rest]
        else:
            figure = [{"LIKE_NUM": True}, {"LOWER": {"IN": scales}, "OP": "?"}, currency, *converted]
            run = rest[0].get("OP", "") if rest else ""
            low, high = (run[1:-1].split(",") + [""])[:2] if run.startswith("{") else ("", "")
            if low.isdigit() and high.isdigit():
                rest = [{**rest[0], "OP": f"{{{max(int(low) - 1, 0)},{max(int(high) - 1, 0)}}}"}, *rest[1:]]
            twin = [*pattern[:at], *figure, *rest]
        twins.append({**row, "pattern": twin})
    return rows + tuple(twins)


def _names_scale(token: dict) -> bool:
    value = token.get("LOWER", token.get("ORTH"))
    return isinstance(value, dict) and "million" in value.get("IN", [])
