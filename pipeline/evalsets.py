"""The annotated passages of ../shared/eval, split and renamed the same way everywhere (benchmarks, training).

*work* (~70% of the passages, by a hash of the id) is the part whose errors may be read and that a model may be
fitted to; *check* (~30%) is looked at only as an aggregate. `renamed()` gives a passage whose gold parties are
replaced by invented words in the text and the records, so a rule or a model that only knows names shows up.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import re
from pathlib import Path
from types import ModuleType

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SETS = ("dev.jsonl", "dev_c.jsonl")
SYLLABLES = ("va", "ru", "li", "sa", "eth", "dro", "aun", "qui", "lon", "ter", "mi", "zo", "ka", "vel", "or",
             "nex", "bri", "tal", "ost", "gen", "mar", "dal", "wy", "fen")


def split_of(pid: str) -> str:
    """'work' or 'check', fixed by the id alone."""
    return "work" if int(hashlib.sha1(pid.encode()).hexdigest()[:8], 16) % 10 < 7 else "check"


def load_passages(folder: Path = EVAL) -> list[dict]:
    out = []
    for name in SETS:
        path = folder / name
        if not path.exists():
            raise FileNotFoundError(f"{path}: the annotated passages are missing; ../shared must sit beside the "
                                    "checkout (see the README)")
        with path.open(encoding="utf-8") as fh:
            out += [json.loads(line) for line in fh if line.strip()]
    return out


def invented_name(rng: random.Random, used: set[str]) -> str:
    while True:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize()
        if name not in used:
            used.add(name)
            return name


def renamed(passage: dict, words: int = 1) -> dict:
    """The passage with every gold party name (longest first) replaced by an invented word, everywhere. With
    `words=2` each name becomes two invented words ('Velrusa Kazomi'): new companies often have two-word names,
    which the trained recogniser tends to read as people's names."""
    rng = random.Random(passage["id"] if words == 1 else f"{passage['id']}/{words}")
    names = sorted({p["name"] for d in passage["deals"] for p in d["parties"]}, key=lambda n: (-len(n), n))
    used: set[str] = set()
    mapping = {n: " ".join(invented_name(rng, used) for _ in range(words)) for n in names}
    if not mapping:
        return passage

    def swap(text: str) -> str:
        rx = re.compile(r"(?<![\w])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
        return rx.sub(lambda m: mapping[m.group(1)], text or "")
    deals = [dict(d, parties=[dict(p, name=mapping[p["name"]]) for p in d["parties"]]) for d in passage["deals"]]
    return dict(passage, text=swap(passage["text"]), title=swap(passage.get("title", "")), deals=deals)


def scorer(folder: Path = EVAL) -> ModuleType:
    """../shared/eval/score.py, unchanged, imported as a module (its score() and match rules)."""
    spec = importlib.util.spec_from_file_location("deal_eval_score", folder / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module
