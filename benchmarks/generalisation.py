"""Extraction quality on data it was not fitted to: the work/check split and renamed parties.

All annotated passages (../shared/eval/dev.jsonl and dev_c.jsonl) are split by a hash of their id into
*work* (~70%: read its errors) and *check* (~30%: look at its aggregate only). Each split is also scored
in a copy where every gold party is renamed to an invented word, in the text and in the gold records, so a
rule that only knows names shows up as a drop. Scores come from the unchanged ../shared/eval/score.py.

    python benchmarks/generalisation.py                 # the table (JSON)
    python benchmarks/generalisation.py --errors work   # the work split's errors (never the check split's)
    python benchmarks/generalisation.py --without roles.rival   # the table with one rule (or more) switched off
    python benchmarks/generalisation.py --ablate        # per rule: what switching it off costs (F1 differences)
    python benchmarks/generalisation.py --two-word      # also a renamed copy with two-word invented names
    python benchmarks/generalisation.py --by-set        # each split cut by file: dev.jsonl (tuned on in the first
                                                        # round, before the split) and dev_c.jsonl
    python benchmarks/generalisation.py --decide        # with the decision model acting even where training chose
                                                        # the rules alone (pipeline/data/decision.json "use": false)
    python benchmarks/generalisation.py --causes        # per split (with --by-set, per file): how many gold deals
                                                        # were found, missed outright, found with a party wrong or
                                                        # missing, or with the parties right and the amount wrong,
                                                        # and how many deals were false (counts only, no passage)
    python benchmarks/generalisation.py --drops         # per split and copy: how often a gold party's name was
                                                        # dropped by each mention filter (counts only)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from pipeline.evalsets import EVAL, SETS, load_passages, renamed, split_of  # noqa: E402


def predict(passages: list[dict], nlp) -> list[dict]:
    from pipeline.extraction import extract_deals
    return [{"id": p["id"], "deals": [d.to_dict() for d in extract_deals(nlp, p["text"], p.get("title") or "",
                                                                         p.get("url") or "")]} for p in passages]


def score(gold: list[dict], preds: list[dict], errors: bool = False) -> dict | str:
    with tempfile.TemporaryDirectory() as tmp:
        g, p = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        g.write_text("".join(json.dumps(x) + "\n" for x in gold), encoding="utf-8")
        p.write_text("".join(json.dumps(x) + "\n" for x in preds), encoding="utf-8")
        args = [sys.executable, str(EVAL / "score.py"), str(g), str(p)]
        out = subprocess.run(args + (["--show-errors"] if errors else ["--json"]), capture_output=True, text=True,
                             check=True).stdout
    if errors:
        return out
    result = json.loads(out[: out.rindex("}") + 1])
    return {"f1": result["strict"]["f1"], "precision": result["strict"]["precision"],
            "recall": result["strict"]["recall"], "negatives_clean": result["negatives_clean"],
            "role": result["agreement_on_matched"]["role"], "parties_only_f1": result["parties_only"]["f1"],
            "type": result["agreement_on_matched"]["type"], "gold": result["gold_deals"],
            "predicted": result["pred_deals"], "passages": result["passages"]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=["work"], help="print the work split's errors")
    parser.add_argument("--renamed", action="store_true", help="with --errors: of the renamed copy")
    parser.add_argument("--causes", action="store_true",
                        help="per split: gold deals found, missed, with a party wrong, with the amount wrong; false deals")
    parser.add_argument("--model", default=None)
    parser.add_argument("--without", action="append", default=[], metavar="RULE_ID",
                        help="switch a rule of pipeline/nlp/patterns/rules.yaml off (repeatable)")
    parser.add_argument("--ablate", action="store_true",
                        help="for each rule: F1 with it switched off minus F1 with all on, per split")
    parser.add_argument("--two-word", action="store_true",
                        help="add a renamed copy whose invented names have two words ('Velrusa Kazomi')")
    parser.add_argument("--by-set", action="store_true",
                        help="cut each split by the file its passages come from (dev.jsonl, dev_c.jsonl)")
    parser.add_argument("--drops", action="store_true",
                        help="per split and copy: gold party names dropped by each mention filter (counts)")
    parser.add_argument("--decide", action="store_true",
                        help="let the trained decision model act, whatever its file says about using it")
    args = parser.parse_args(argv)
    from dataclasses import replace

    from pipeline.extraction import decision
    from pipeline.nlp import rules
    model = decision.load_model()
    if args.decide and model is None:
        parser.error(f"{decision.MODEL_PATH} is missing: run `make train`")
    forced = replace(model, use=True) if args.decide else model
    with rules.switched_off(args.without), decision.using(forced):
        if args.ablate:
            ablate(args)
        elif args.drops:
            print(json.dumps(drops(), indent=2, ensure_ascii=False))
        else:
            run(args)


def drops() -> dict:
    """Per split and copy (as written, names renamed): how many times a filter of the mention stage dropped a phrase
    that is a gold party's name ('filter:entity_label' when the recogniser calls an invented name a place). Counts
    only: a name dropped in one sentence may be found in another."""
    from pipeline.extraction import extract_deals
    from pipeline.nlp import build_nlp
    nlp = build_nlp()
    out: dict = {}
    for p in load_passages():
        for copy, passage in (("as written", p), ("renamed", renamed(p, 1))):
            trace: list = []
            extract_deals(nlp, passage["text"], passage.get("title") or "", "", trace)
            gold = {x["name"] for d in passage["deals"] for x in d["parties"]}
            counts = out.setdefault(f"{split_of(p['id'])}, {copy}", {})
            for entry in trace:
                for d in entry.get("dropped", []):
                    if d.get("text") in gold:
                        counts[d["by"]] = counts.get(d["by"], 0) + 1
    return {k: dict(sorted(v.items(), key=lambda kv: -kv[1])) for k, v in sorted(out.items())}


def causes(gold: list[dict], preds: list[dict]) -> dict:
    """Counts of what became of each gold deal under the scorer's own matching (strict: parties and amount), and of
    the predicted deals no gold deal took. A gold deal not found is 'parties right, amount wrong' when a left-over
    prediction has its parties, 'a party wrong or missing' when one shares a party with it, else 'missed'."""
    from pipeline.evalsets import scorer
    sm = scorer()
    by_id = {p["id"]: p["deals"] for p in preds}
    out = {"found": 0, "missed": 0, "a party wrong or missing": 0, "parties right, amount wrong": 0, "false": 0,
           "party: gold party missing": 0, "party: extra party": 0, "party: both": 0,
           "false: in a passage without deals": 0, "false: shares a party with a gold deal": 0,
           "false: no gold party": 0, "false: parties of a found deal": 0, "false: with a figure": 0,
           "false: without a figure": 0}
    for passage in gold:
        pred = by_id.get(passage["id"], [])
        pairs = sm.match(passage["deals"], pred, True)
        matched, used = {id(g) for g, _ in pairs}, {id(x) for _, x in pairs}
        left = [x for x in pred if id(x) not in used]
        out["found"] += len(pairs)
        out["false"] += len(left)
        gold_names = set().union(*(sm.party_names(g) for g in passage["deals"])) if passage["deals"] else set()
        for x in left:
            out["false: in a passage without deals" if not passage["deals"] else
                "false: shares a party with a gold deal" if sm.party_names(x) & gold_names else
                "false: no gold party"] += 1
            # counts only: a false deal that repeats a found deal's parties (a second record of one deal, a figure
            # split off), with or without a figure, and its type
            if any(sm.parties_ok(g, x) for g in passage["deals"] if id(g) in matched):
                out["false: parties of a found deal"] += 1
            out[f"false: {'with' if x.get('amount') else 'without'} a figure"] += 1
            out[f"false type: {x['type']}"] = out.get(f"false type: {x['type']}", 0) + 1
        for g in passage["deals"]:
            if id(g) in matched:
                continue
            if any(sm.parties_ok(g, x) for x in left):
                out["parties right, amount wrong"] += 1
            elif any(sm.party_names(g) & sm.party_names(x) for x in left):
                out["a party wrong or missing"] += 1
                gn = sm.party_names(g)
                near = max(left, key=lambda x: len(gn & sm.party_names(x)))  # the prediction nearest to it
                missing, extra = gn - sm.party_names(near), sm.party_names(near) - gn
                out["party: both" if missing and extra else "party: gold party missing" if missing else
                    "party: extra party"] += 1
                for key in party_kinds(missing, extra, gold_names, passage.get("text", "")):
                    out[key] = out.get(key, 0) + 1
                for key in party_places(g, near, missing, extra, sm):
                    out[key] = out.get(key, 0) + 1
            else:
                out["missed"] += 1
                key = f"missed: {'one party' if len(sm.party_names(g)) == 1 else 'two or more parties'}"
                out[key] = out.get(key, 0) + 1
                out[f"missed type: {g['type']}"] = out.get(f"missed type: {g['type']}", 0) + 1
    return out


def party_kinds(missing: set, extra: set, gold_names: set, text: str) -> list[str]:
    """Counts only, of a deal found with a party wrong: what the wrong name is (a form of the missing one, a party
    of another gold deal of the passage, or no gold party at all) and whether the missing name is written."""
    kinds = []
    words = {w for n in missing for w in n.split()}
    from pipeline.nlp.lexicon import load_lexicon
    known = load_lexicon().lookup
    for name in extra:
        kinds.append("wrong party: a form of the missing name" if words & set(name.split()) else
                     "wrong party: a party of another gold deal" if name in gold_names else
                     "wrong party: no gold party")
        kinds.append(f"wrong party: {'in' if known(name) else 'not in'} orgs.yaml")
    lowered = text.lower()
    for name in missing:
        kinds.append("missing party: written as such" if name.lower() in lowered else
                     "missing party: not written so")
        kinds.append(f"missing party: {'in' if known(name) else 'not in'} orgs.yaml")
    return kinds


def party_places(gold: dict, near: dict, missing: set, extra: set, sm) -> list[str]:
    """Counts only, of a deal found with a party wrong: the role each missing and each wrong name plays, and whether
    the missing name is written in the sentences the prediction gives as evidence (a slot misread) or only elsewhere
    in the passage (a party told in another sentence)."""
    said = " ".join(e.get("sentence", "") for e in near.get("evidence") or []).lower()
    role_of = {sm.norm_name(p.get("name")): p.get("role") for p in gold.get("parties") or []}
    pred_role = {sm.norm_name(p.get("name")): p.get("role") for p in near.get("parties") or []}
    kinds = [f"missing party: role {role_of.get(n)}" for n in missing]
    kinds += [f"wrong party: role {pred_role.get(n)}" for n in extra]
    kinds += ["missing party: in the prediction's evidence" if n in said else "missing party: not in its evidence"
              for n in missing]
    # a wrong name the evidence does not write came from another sentence: an anaphor's reading, a round told before
    shown = {sm.norm_name(p.get("name")): (p.get("name") or "").lower() for p in near.get("parties") or []}
    kinds += ["wrong party: written in its evidence" if shown.get(n, n) in said or n in said else
              "wrong party: not written in its evidence" for n in extra]
    return kinds


def table_of(parts: dict, nlp, two_word: bool = False) -> dict:
    table = {}
    for name, gold in parts.items():
        table[name] = score(gold, predict(gold, nlp))
        ren = [renamed(p) for p in gold]
        table[f"{name}_renamed"] = score(ren, predict(ren, nlp))
        if two_word:
            ren = [renamed(p, words=2) for p in gold]
            table[f"{name}_renamed_two_words"] = score(ren, predict(ren, nlp))
    return table


def ablate(args) -> None:
    """One line per rule: the F1 differences (rule off - all on) on work, work renamed, check, check renamed."""
    from pipeline.nlp import build_nlp, rules
    nlp = build_nlp(args.model)
    passages = load_passages()
    parts = {name: [p for p in passages if split_of(p["id"]) == name] for name in ("work", "check")}
    base = table_of(parts, nlp)
    cols = list(base)
    print("rule".ljust(34) + "".join(c.rjust(15) for c in cols))
    print("(all on)".ljust(34) + "".join(f"{base[c]['f1']:15.3f}" for c in cols), flush=True)
    for rule_id in sorted(rules.registry()):
        if rules.registry()[rule_id].effect == "speed":
            continue
        with rules.switched_off({rule_id}):
            t = table_of(parts, nlp)
        print(rule_id.ljust(34) + "".join(f"{t[c]['f1'] - base[c]['f1']:+15.3f}" for c in cols), flush=True)


def run(args) -> None:
    from pipeline.nlp import build_nlp
    nlp = build_nlp(args.model)
    passages = load_passages()
    parts = {name: [p for p in passages if split_of(p["id"]) == name] for name in ("work", "check")}
    if args.errors:
        gold = [renamed(p, words=2 if args.two_word else 1) for p in parts["work"]] if args.renamed else parts["work"]
        print(score(gold, predict(gold, nlp), errors=True))
        return
    if args.by_set:
        origin = {p["id"]: name for name in SETS for p in load_passages_of(name)}
        parts = {f"{split}/{name}": [p for p in gold if origin[p["id"]] == name]
                 for split, gold in parts.items() for name in SETS}
    if args.causes:
        print(json.dumps({name: causes(gold, predict(gold, nlp)) for name, gold in parts.items()}, indent=2))
        return
    print(json.dumps(table_of(parts, nlp, args.two_word), indent=2))


def load_passages_of(name: str) -> list[dict]:
    with (EVAL / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


if __name__ == "__main__":
    main()
