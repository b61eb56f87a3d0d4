"""Generated news pages for benchmarks: about 10% report deals, the rest are ordinary news.

All sentences are templates written for this project; names come from the gazetteer.
"""

from __future__ import annotations

import random

BUYERS = ["Anthropic", "OpenAI", "Meta", "Mistral", "xAI", "Cohere", "Perplexity", "Databricks", "Apple", "Tesla"]
SELLERS = ["CoreWeave", "Nebius", "Lambda", "Crusoe", "Nscale", "Fluidstack", "Oracle", "Microsoft"]
INVESTORS = ["Sequoia Capital", "Thrive Capital", "SoftBank", "Nvidia", "Andreessen Horowitz", "Blackstone"]
DEAL_TEMPLATES = [
    "{buyer} will pay {seller} ${n} billion for GPU cloud capacity over {y} years, the companies said on {day}.",
    "{seller} signed a ${n} billion agreement to provide {buyer} with computing capacity in Texas.",
    "{buyer} raised ${n}00 million in a funding round led by {investor}, with participation from {investor2}.",
    "{investor} agreed to invest ${n} billion in {buyer}, according to people familiar with the matter.",
]
NEWS = [
    "The city council approved a new budget for road repairs on {day}, officials said.",
    "Local schools will open an hour later next term after a vote by parents and teachers.",
    "The weather service expects heavy rain across the region through the weekend.",
    "A new museum exhibition on early aviation opens to the public next month.",
    "Quarterly sales at the retailer rose {n}% as shoppers returned to stores.",
    "The football club confirmed that its captain will miss three matches with an injury.",
    "Researchers published a study on sleep and memory in a leading journal.",
    "Commuters faced delays after a signal failure on the northern rail line.",
    "The central bank left interest rates unchanged, citing steady inflation.",
    "Volunteers planted two thousand trees along the river on {day}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article(i: int, rng: random.Random) -> tuple[str, str]:
    """(title, body) of generated article i: a deal about one time in ten."""
    fill = {"buyer": rng.choice(BUYERS), "seller": rng.choice(SELLERS), "investor": rng.choice(INVESTORS),
            "investor2": rng.choice(INVESTORS), "n": rng.randint(1, 40), "y": rng.randint(2, 7),
            "day": rng.choice(DAYS)}
    paras = [rng.choice(NEWS).format(**fill) for _ in range(rng.randint(4, 9))]
    if i % 10 == 0:
        paras.insert(1, rng.choice(DEAL_TEMPLATES).format(**fill))
        title = f"{fill['buyer']} and {fill['seller']} in new infrastructure deal"
    else:
        title = paras[0][:60]
    return title, "\n".join(paras)


def html_page(i: int, rng: random.Random) -> str:
    title, body = article(i, rng)
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='article:published_time' content='2026-10-{i % 28 + 1:02d}T08:00:00Z'></head>"
            f"<body><nav><a href='/'>Home</a> <a href='/tech'>Tech</a></nav><article><h1>{title}</h1>{paras}"
            f"</article><footer>Contact us</footer></body></html>")
