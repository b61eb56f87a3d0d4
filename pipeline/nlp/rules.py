"""The registry of extraction rules: every named decision of the extractor, with an id, its stage, what it does
and a sentence that shows it (patterns/rules.yaml).

Code asks `on(id)` before applying a rule and reports with `hit(id, value)` that it applied; asking for an id
the registry lacks is an error, so the registry and the code cannot drift apart. Any rule can be switched
off to measure what it is worth (`with switched_off({"roles.rival"}): ...`, `deals extract --without
roles.rival`, `python benchmarks/generalisation.py --without roles.rival`); `tracking()` collects which rules
applied, per sentence, for `deals extract --explain`.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from .lexicon import read_yaml

STAGES = ("gates", "mentions", "type", "roles", "candidates", "discourse", "decision", "merging")
EFFECTS = ("output", "speed", "model")


@dataclass(frozen=True)
class Rule:
    id: str
    stage: str
    does: str
    example: str
    expect: tuple[str, ...]  # the deals extracted from `example` (see summary()), all rules on
    without: tuple[str, ...] | None  # ... and with this rule off, when stated
    effect: str  # 'output': switching it off changes what `example` gives; 'speed': only what it costs;
    # 'model': it acts as the trained decision model says, and not at all where training chose the rules alone
    also_off: tuple[str, ...] = ()  # rules off while the example runs: a rule that would decide it first
    title: str = ""  # the headline the example runs under, for a rule about headlines and bodies


_OFF: ContextVar[frozenset] = ContextVar("rules_off", default=frozenset())
_ON: ContextVar[frozenset | None] = ContextVar("rules_on", default=None)  # the ids on, while some are off (None: all)
_LOG: ContextVar[list | None] = ContextVar("rules_log", default=None)
_AT: ContextVar[int] = ContextVar("rules_at", default=-1)


@cache
def registry() -> dict[str, Rule]:
    """patterns/rules.yaml, validated: unique ids, known stages and effects, an example and its expected deals."""
    return parse_rules(read_yaml("rules.yaml"))


def parse_rules(raw: dict) -> dict[str, Rule]:
    """The rules of a loaded rules.yaml; ValueError names the first malformed rule and what it lacks."""
    rules: dict[str, Rule] = {}
    for n, row in enumerate(raw.get("rules") or [], 1):
        rid = row.get("id") if isinstance(row, dict) else None
        where = f"rules.yaml rule {n} ({rid or 'no id'})"
        if not rid or not isinstance(rid, str) or rid in rules:
            raise ValueError(f"{where}: every rule needs an id of its own")
        if rid.split(".", 1)[0] not in STAGES or row.get("stage") != rid.split(".", 1)[0]:
            raise ValueError(f"{where}: the id must start with its stage, one of {', '.join(STAGES)}")
        if not row.get("does") or not row.get("example"):
            raise ValueError(f"{where}: 'does' and 'example' are required")
        expect, without = row.get("expect"), row.get("without")
        if not isinstance(expect, list) or not (without is None or isinstance(without, list)):
            raise ValueError(f"{where}: 'expect' (and 'without', when given) are lists of deals, [] for none")
        effect = row.get("effect", "output")
        if effect not in EFFECTS:
            raise ValueError(f"{where}: effect must be one of {', '.join(EFFECTS)}")
        also_off = row.get("also_off") or []
        if not isinstance(also_off, list):
            raise ValueError(f"{where}: 'also_off' is a list of rule ids")
        title = row.get("title") or ""
        if not isinstance(title, str):
            raise ValueError(f"{where}: 'title' is the headline the example runs under, a string")
        rules[rid] = Rule(rid, row["stage"], row["does"].strip(), row["example"].strip(), tuple(expect),
                          None if without is None else tuple(without), effect, tuple(also_off), title.strip())
    for rule in rules.values():
        unknown = set(rule.also_off) - rules.keys()
        if unknown:
            raise ValueError(f"rules.yaml rule {rule.id}: also_off names unknown rules {sorted(unknown)}")
    if not rules:
        raise ValueError("rules.yaml: no rules")
    return rules


def on(rule_id: str) -> bool:
    """Whether a rule is switched on (KeyError for an id the registry lacks)."""
    ids = _ON.get()  # asked about a thousand times per passage: one set lookup for a rule that is on
    if rule_id in (_all_ids() if ids is None else ids):
        return True
    if rule_id not in registry():
        raise KeyError(f"rule {rule_id!r} is not in patterns/rules.yaml")
    return False


@cache
def _all_ids() -> frozenset:
    return frozenset(registry())


def hit(rule_id: str, value=True):
    """`value` when the rule is on (recorded as applied when truthy), else False."""
    if not on(rule_id):
        return False
    if value:
        log = _LOG.get()
        if log is not None:
            log.append((_AT.get(), rule_id))
    return value


@contextmanager
def switched_off(ids):
    """Within the block, the rules of `ids` are off (ValueError names any unknown id)."""
    ids = frozenset(ids)
    unknown = sorted(ids - registry().keys())
    if unknown:
        raise ValueError(f"unknown rule id(s): {', '.join(unknown)} (see `deals extract --list-rules`)")
    token = _OFF.set(_OFF.get() | ids)
    on_token = _ON.set(_all_ids() - _OFF.get())
    try:
        yield
    finally:
        _ON.reset(on_token)
        _OFF.reset(token)


@contextmanager
def tracking():
    """Collect (sentence start, rule id) for every rule that applied within the block."""
    log: list = []
    token = _LOG.set(log)
    try:
        yield log
    finally:
        _LOG.reset(token)


def at(position: int) -> None:
    """The sentence (its start offset) that the rules applied next belong to, for tracking()."""
    if _LOG.get() is not None:
        _AT.set(position)


def summary(deal) -> str:
    """A deal as rules.yaml writes it: 'compute announced: Anthropic buyer, xAI seller | 1.25e+09 USD month'."""
    text = f"{deal.type} {deal.status}: " + ", ".join(f"{p.name} {p.role}" for p in deal.parties)
    if deal.amount is not None and deal.amount.value:
        text += f" | {deal.amount.value:g} {deal.amount.currency} {deal.amount.period}"
    return text
