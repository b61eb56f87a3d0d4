"""sources.yaml -> validated Source records, every problem reported at once with its location."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import ConfigError
from .records import Source
from .yamlfile import load_yaml

KINDS = {"rss", "atom", "sitemap", "page", "url", "file"}
KEYS = {"name", "url", "kind", "enabled", "keywords", "exclude", "max_articles", "delay", "allow_private",
        "selector", "every"}


@dataclass(frozen=True, slots=True)
class Settings:
    """Fetch settings passed explicitly to the network edge."""

    user_agent: str = "DealTracker/0.1 (+https://github.com/deal-tracker/deal-tracker)"
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    max_bytes: int = 5_000_000
    retries: int = 2
    backoff: float = 0.5
    max_redirects: int = 5
    obey_robots: bool = True
    workers: int = 8  # fetch + parse threads in one run
    per_host: int = 2  # requests in flight to one host at a time
    processes: int = 2  # parse + extract processes for large sources (threads cannot use two cores)
    pool_from: int = 50  # entries in a source from which the process pool is worth its start-up
    revisit_after: float = 86400.0  # a stored article is not refetched sooner unless its feed entry is newer


def load_sources(path: str | Path) -> tuple[Source, ...]:
    """Read and validate a sources file; relative file paths resolve against its folder."""
    path = Path(path)
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file; pass --sources PATH or create it (see README, Configuration)") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}; fix the syntax at the line shown") from None
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise ConfigError(f"{path}: expected a mapping with a 'sources:' list at the top level")
    problems: list[str] = []
    sources = []
    seen: dict[str, str] = {}
    for key in sorted(set(data) - {"sources", "fetch", "alerts"}):
        problems.append(f"{key}: unknown top-level key (allowed: sources, fetch, alerts)")
    _validate_fetch(data.get("fetch"), problems)
    _validate_alerts(data.get("alerts"), path.parent, problems)
    for i, raw in enumerate(data["sources"]):
        where = f"sources[{i}]"
        name = raw.get("name") if isinstance(raw, dict) else None
        if isinstance(name, str) and name.strip():
            key = name.strip().casefold()  # names key source_health and the logs: 'A' and 'a' would mix
            if key in seen:
                problems.append(f"{where}.name: {name!r} repeats {seen[key]}; names must be unique (ignoring case)")
            seen.setdefault(key, f"{where}.name")
        src = _validate(raw, where, path.parent, problems)
        if src is not None:
            sources.append(src)
    if problems:
        raise ConfigError(f"{path}: {len(problems)} problem(s):\n  " + "\n  ".join(problems))
    return tuple(sources)


FETCH_KEYS = {"user_agent", "per_host", "workers", "max_bytes", "connect_timeout", "read_timeout", "revisit_after"}


FETCH_TYPES = {"per_host": int, "workers": int, "max_bytes": int, "connect_timeout": float, "read_timeout": float,
               "revisit_after": float}


def load_settings(path: str | Path) -> Settings:
    """Fetch settings from the optional top-level `fetch:` mapping of the sources file."""
    data = load_yaml(Path(path).read_text(encoding="utf-8")) or {}
    problems: list[str] = []
    settings = _validate_fetch(data.get("fetch") if isinstance(data, dict) else None, problems)
    if problems:
        raise ConfigError(f"{path}: {len(problems)} problem(s):\n  " + "\n  ".join(problems))
    return settings


def _validate_fetch(raw, problems: list[str]) -> Settings:
    """The `fetch:` mapping as Settings; every problem is added to `problems` with its location."""
    if raw is None:
        return Settings()
    if not isinstance(raw, dict):
        problems.append("fetch: must be a mapping (user_agent, per_host, workers, ...)")
        return Settings()
    start = len(problems)
    for key in sorted(set(raw) - FETCH_KEYS):
        problems.append(f"fetch.{key}: unknown key (allowed: {', '.join(sorted(FETCH_KEYS))})")
    agent = raw.get("user_agent")
    if agent is not None and not (isinstance(agent, str) and ("http" in agent or "@" in agent)):
        problems.append("fetch.user_agent: must name a contact URL or address, e.g. "
                        "'DealTracker/0.1 (+https://example.org/bot)'")
    for key, typ in FETCH_TYPES.items():
        value = raw.get(key)
        if value is None:
            continue
        number = isinstance(value, (int, float)) and not isinstance(value, bool) and (typ is float or isinstance(value, int))
        if not number or value < (0 if key == "revisit_after" else 1 if typ is int else 0.001):
            problems.append(f"fetch.{key}: must be a {'whole' if typ is int else ''} number "
                            f"{'>= 0' if key == 'revisit_after' else '> 0'}, not {value!r}".replace("  ", " "))
    if len(problems) > start:
        return Settings()
    return Settings(**raw)


def _validate(raw, where: str, base: Path, problems: list[str]) -> Source | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: must be a mapping with name, url and kind")
        return None
    start = len(problems)
    for key in sorted(set(raw) - KEYS):
        problems.append(f"{where}.{key}: unknown key (allowed: {', '.join(sorted(KEYS))})")
    name, url, kind = raw.get("name"), raw.get("url"), raw.get("kind")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{where}.name: required, a non-empty string")
    if kind not in KINDS:
        problems.append(f"{where}.kind: must be one of {', '.join(sorted(KINDS))}, not {kind!r}")
    if not isinstance(url, str) or not url:
        problems.append(f"{where}.url: required")
    elif kind == "file" or url.startswith("file:"):
        url = _file_url(url, base)
    elif "://" not in url and (base / url).is_file():
        url = _file_url(url, base)
    elif kind in KINDS and not url.startswith(("http://", "https://")):
        problems.append(f"{where}.url: must start with http:// or https:// (or name an existing local file)")
    elif kind in KINDS and not _host(url):
        problems.append(f"{where}.url: {url!r} names no host; write the whole address, e.g. https://example.org/feed")
    for key, typ in (("enabled", bool), ("allow_private", bool)):
        if key in raw and not isinstance(raw[key], typ):
            problems.append(f"{where}.{key}: must be true or false")
    if "max_articles" in raw and not (_is_number(raw["max_articles"], int) and raw["max_articles"] >= 1):
        problems.append(f"{where}.max_articles: must be a whole number >= 1 (requests per run), "
                        f"not {raw['max_articles']!r}")
    if "delay" in raw and not (_is_number(raw["delay"]) and raw["delay"] >= 0):
        problems.append(f"{where}.delay: must be a number of seconds >= 0, not {raw['delay']!r}")
    if isinstance(raw.get("selector"), str):
        _check_selector(raw["selector"], f"{where}.selector", problems)
    for key in ("keywords", "exclude"):
        if key in raw and not (isinstance(raw[key], list) and all(isinstance(k, str) for k in raw[key])):
            problems.append(f"{where}.{key}: must be a list of strings")
    if kind == "page" and not raw.get("selector"):
        problems.append(f"{where}.selector: required for kind 'page' (a CSS selector for article links)")
    every = None
    if "every" in raw:
        every = parse_interval(raw["every"])
        if every is None:
            problems.append(f"{where}.every: must be an interval such as 15m, 2h or 90s")
    if len(problems) > start:
        return None
    return Source(name=name.strip(), url=url, kind=kind, enabled=raw.get("enabled", True),
                  keywords=tuple(raw.get("keywords", ())), exclude=tuple(raw.get("exclude", ())),
                  max_articles=raw.get("max_articles", 50), delay=float(raw.get("delay", 1.0)),
                  allow_private=raw.get("allow_private", False), selector=raw.get("selector"), every=every)


def _is_number(value, typ=(int, float)) -> bool:
    return isinstance(value, typ) and not isinstance(value, bool)


def _host(url: str) -> str:
    from urllib.parse import urlsplit
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def _check_selector(selector: str, where: str, problems: list[str]) -> None:
    import soupsieve
    try:
        soupsieve.compile(selector)
    except soupsieve.SelectorSyntaxError as exc:
        problems.append(f"{where}: not a valid CSS selector ({str(exc).splitlines()[0]})")


def parse_interval(value) -> float | None:
    """'30m' -> 1800.0, '2h' -> 7200.0, '90s' or 90 -> 90.0; None when it is not an interval."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value) if value > 0 else None
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", str(value))
    if not m:
        return None
    seconds = float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]
    return seconds if seconds > 0 else None


def _file_url(url: str, base: Path) -> str:
    p = Path(url.removeprefix("file://"))
    if not p.is_absolute():
        p = (base / p).resolve()
    return p.as_uri()


ALERT_KEYS = {"name", "on", "company", "exact", "type", "min_usd", "webhook", "allow_private", "command", "file"}
DEAL_TYPES = {"compute", "chips", "investment", "acquisition", "datacenter", "power", "partnership"}


def load_alerts(path: str | Path) -> tuple:
    """The alert rules of the sources file's optional top-level `alerts:` list, validated."""
    path = Path(path)
    data = load_yaml(path.read_text(encoding="utf-8")) or {}
    problems: list[str] = []
    rules = _validate_alerts(data.get("alerts") if isinstance(data, dict) else None, path.parent, problems)
    if problems:
        raise ConfigError(f"{path}: {len(problems)} problem(s):\n  " + "\n  ".join(problems))
    return rules


def _validate_alerts(raw, base: Path, problems: list[str]) -> tuple:
    from .alerts import EVENTS, AlertRule
    if raw is None:
        return ()
    if not isinstance(raw, list):
        problems.append("alerts: must be a list of rules (name, filters, and one of webhook, command, file)")
        return ()
    rules, names = [], set()
    for i, item in enumerate(raw):
        where = f"alerts[{i}]"
        if not isinstance(item, dict):
            problems.append(f"{where}: must be a mapping with name and one of webhook, command, file")
            continue
        item = {("on" if key is True else str(key)): value for key, value in item.items()}  # YAML 1.1 reads on: as true
        start = len(problems)
        for key in sorted(set(item) - ALERT_KEYS):
            problems.append(f"{where}.{key}: unknown key (allowed: {', '.join(sorted(ALERT_KEYS))})")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}.name: required, a non-empty string")
        elif name in names:
            problems.append(f"{where}.name: {name!r} is used twice; names key the deliveries")
        names.add(name)
        on = item.get("on", ["new"])
        if not (isinstance(on, list) and on and all(e in EVENTS for e in on)):
            problems.append(f"{where}.on: must be a list of {', '.join(EVENTS)}, not {on!r}")
        targets = [k for k in ("webhook", "command", "file") if item.get(k)]
        if len(targets) != 1:
            problems.append(f"{where}: give exactly one of webhook, command, file (found {len(targets)})")
        webhook = item.get("webhook")
        if webhook is not None and not (isinstance(webhook, str) and webhook.startswith(("http://", "https://"))
                                        and _host(webhook)):
            problems.append(f"{where}.webhook: must be an http:// or https:// URL with a host")
        if item.get("type") is not None and item["type"] not in DEAL_TYPES:
            problems.append(f"{where}.type: must be one of {', '.join(sorted(DEAL_TYPES))}")
        if item.get("min_usd") is not None and not (_is_number(item["min_usd"]) and item["min_usd"] >= 0):
            problems.append(f"{where}.min_usd: must be a number >= 0")
        for key in ("exact", "allow_private"):
            if key in item and not isinstance(item[key], bool):
                problems.append(f"{where}.{key}: must be true or false")
        for key in ("company", "command", "file"):
            if item.get(key) is not None and not isinstance(item[key], str):
                problems.append(f"{where}.{key}: must be a string")
        if len(problems) > start:
            continue
        file = str((base / item["file"]).resolve()) if item.get("file") else None
        rules.append(AlertRule(name.strip(), tuple(on), item.get("company"), item.get("exact", False), item.get("type"),
                               float(item["min_usd"]) if item.get("min_usd") is not None else None,
                               item.get("webhook"), item.get("allow_private", False), item.get("command"), file))
    return tuple(rules)
