"""How the rules hold when their own example sentences are told another way.

usage: python benchmarks/rewrites.py [--show]

Every rule in pipeline/nlp/patterns/rules.yaml has an example sentence of ours and the deals it gives. This
rewrites each example in ways that tell the same deals (the verb's tense or a phrase of intent instead of 'will',
an opener of time or source before the sentence, a day after 'said') and counts the rewrites whose deals differ
from the example's (the status is left out of the comparison: 'is set to' and 'according to people familiar'
change it on purpose). A rule that only fits the words of its example shows here. With --show each such rewrite
is printed with what it gave.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# 'will' after a capitalised word, a name or 'It' (not 'The deal will see ...', which no phrase of intent fits)
_NAMED_WILL = r"\b([A-Z][\w&.'’-]*) will (\w+)"
# (name, pattern, replacement); an opener is put before the sentence, its first word lower-cased unless a name
REWRITES = [
    ("agreed to -> has agreed to", r"(?<!has )(?<!have )\bagreed to\b", "has agreed to"),
    ("signed -> has signed", r"(?<!has )(?<!have )(?<!had )\bsigned\b", "has signed"),
    ("will -> is set to", _NAMED_WILL, r"\1 is set to \2"),
    ("will -> is expected to", _NAMED_WILL, r"\1 is expected to \2"),
    ("will -> plans to", _NAMED_WILL, r"\1 plans to \2"),
    ("will -> intends to", _NAMED_WILL, r"\1 intends to \2"),
    ("led the -> is leading the", r"\bled the\b", "is leading the"),
    ("said -> said on Tuesday", r"\bsaid\b(?! on)", "said on Tuesday"),
]
OPENERS = ["On Tuesday, ", "According to people familiar with the matter, ", "In a statement on Monday, "]
OPENER_FIRST = re.compile(r"(?:On|In|According|After|Earlier|Later|Last|This)\b[^,]{0,60},")
# first words that are no names: lower-cased after an opener
COMMON_FIRST = re.compile(r"(?:The|A|An|In|As|After|Under|Its|It|This|Last|Earlier|Separately|Funds|Shares|"
                          r"Shareholders|Investors|Backers|Owners|Through|With|Together|Both)\b")


def _without_status(summary: str) -> str:
    """A deal's summary without its status, its parties in one order (the scorer reads them as a set)."""
    head, _, rest = re.sub(r"^(\w+) \w+:", r"\1:", summary).partition(": ")
    parties, bar, amount = rest.partition(" | ")
    return f"{head}: {', '.join(sorted(parties.split(', ')))}{bar}{amount}"


def variants(example: str) -> list[tuple[str, str]]:
    out = []
    for name, pattern, replacement in REWRITES:
        text = re.sub(pattern, replacement, example, count=1)
        if text != example:
            out.append((name, text))
    # (not before a headline, a list item or a passage of several lines, nor before an opener already there)
    if example.rstrip().endswith((".", '"', "”")) and not example.lstrip().startswith(("•", "-", "*")) and (
            "\n" not in example) and not OPENER_FIRST.match(example):
        for opener in OPENERS:
            first = example[:1].lower() + example[1:] if COMMON_FIRST.match(example) else example
            out.append((f"opener '{opener.strip(', ')}'", opener + first))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every rewrite whose deals differ")
    args = parser.parse_args(argv)
    from pipeline.extraction import extract_deals
    from pipeline.nlp import build_nlp, rules
    nlp = build_nlp()
    total = changed = 0
    by_kind: dict[str, list[int]] = {}
    for rule_id, rule in sorted(rules.registry().items()):
        if not rule.expect or rule.also_off or rule.title:
            continue  # (a rule with no deal, or one read with a title, has no sentence to retell)
        want = sorted(map(_without_status, rule.expect))
        for kind, text in variants(rule.example):
            kind_key = kind.split(" '")[0]
            got = sorted(_without_status(rules.summary(d)) for d in extract_deals(nlp, text))
            total += 1
            counts = by_kind.setdefault(kind_key, [0, 0])
            counts[1] += 1
            if got != want:
                changed += 1
                counts[0] += 1
                if args.show:
                    print(f"{rule_id} [{kind}]\n  {text}\n  want {want}\n  got  {got}")
    print(json.dumps({"rewrites": total, "deals_changed": changed,
                      "unchanged_share": round(1 - changed / total, 3) if total else None,
                      "by_rewrite": {k: {"changed": c, "of": n} for k, (c, n) in sorted(by_kind.items())}}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
