"""Frozen records passed between stages; no spaCy or bs4 object crosses a boundary."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Literal

DealType = Literal["compute", "chips", "investment", "acquisition", "datacenter", "power", "partnership"]
Role = Literal["buyer", "seller", "investor", "investee", "acquirer", "target", "partner"]
Qualifier = Literal["exact", "up_to", "about", "at_least"]
Period = Literal["once", "month", "quarter", "year"]
Status = Literal["announced", "reported", "talks", "completed"]
SourceKind = Literal["rss", "atom", "sitemap", "page", "url", "file"]

DEAL_TYPES: tuple[str, ...] = DealType.__args__  # type: ignore[attr-defined]
STATUS_RANK = {"talks": 0, "reported": 1, "announced": 2, "completed": 3}


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    url: str
    kind: SourceKind
    enabled: bool = True
    keywords: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    max_articles: int = 50
    delay: float = 1.0
    allow_private: bool = False
    selector: str | None = None
    every: float | None = None  # seconds between polls under `deals watch`; None = the watch default


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched document: bytes plus the HTTP facts needed to store and revalidate it."""

    url: str
    final_url: str
    status: int
    content: bytes
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: datetime | None = None
    not_modified: bool = False


@dataclass(frozen=True, slots=True)
class Article:
    url: str
    title: str = ""
    text: str = ""
    published: datetime | None = None
    authors: tuple[str, ...] = ()
    canonical_url: str = ""
    language: str | None = None
    reason: str | None = None  # why the text is empty, when it is


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    role: Role
    canonical: str = ""

    def to_dict(self) -> dict:
        return {"name": self.name, "role": self.role}


@dataclass(frozen=True, slots=True)
class Amount:
    value: int | None
    currency: str = "USD"
    qualifier: Qualifier = "exact"
    period: Period = "once"

    def to_dict(self) -> dict:
        return {"value": self.value, "currency": self.currency,
                "qualifier": self.qualifier, "period": self.period}


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    start: int
    end: int
    url: str = ""


@dataclass(frozen=True, slots=True)
class Deal:
    type: DealType
    parties: tuple[Party, ...]
    amount: Amount | None = None
    duration_months: int | None = None
    gpus: int | None = None
    power_mw: int | None = None
    status: Status = "announced"
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5
    rule: str = field(default="", compare=False)
    alternates: tuple[Amount, ...] = field(default=(), compare=False)  # the amount in other currencies

    def to_dict(self) -> dict:
        """The guideline JSON (../shared/eval/GUIDELINES.md) plus evidence and confidence."""
        return {
            "type": self.type,
            "parties": [p.to_dict() for p in self.parties],
            "amount": self.amount.to_dict() if self.amount and self.amount.value else None,
            "duration_months": self.duration_months,
            "gpus": self.gpus,
            "power_mw": self.power_mw,
            "status": self.status,
            "confidence": round(self.confidence, 3),
            "evidence": [asdict(e) for e in self.evidence],
        }
