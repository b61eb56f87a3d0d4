"""Alerts: rules from sources.yaml `alerts:`, events written with the deals that cause them, delivery.

An event is a rule meeting a deal: `new` (the deal was first stored), `status` (it reached a more advanced
status), `cycle` (a new deal that closes a circular flow). enqueue() runs inside the article's transaction
and writes one `deliveries` row per event (the outbox), keyed by sha1(rule, deal, event[, status]) so a rerun
adds nothing. A Deliverer thread of the ingest sends the pending rows (a webhook POST of the JSON, a command
with the JSON on its standard input, or a line appended to a file) and records the outcome; failures are
retried with exponential backoff, in this run and the next. A delivery can repeat only when the process died
between sending it and recording it: receivers drop repeats by `idempotency_key`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shlex
import subprocess
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from .errors import DealsError

LOGGER = logging.getLogger(__name__)
EVENTS = ("new", "status", "cycle")
MAX_ATTEMPTS = 10
BACKOFF = 0.25  # seconds before the 2nd attempt; doubles each time, at most an hour


@dataclass(frozen=True, slots=True)
class AlertRule:
    name: str
    on: tuple[str, ...] = ("new",)
    company: str | None = None
    exact: bool = False
    type: str | None = None
    min_usd: float | None = None
    webhook: str | None = None
    allow_private: bool = False
    command: str | None = None
    file: str | None = None

    @property
    def target(self) -> str:
        return self.webhook or self.command or self.file or ""


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def event_key(rule: str, deal_id: str, event: str, status: str | None = None) -> str:
    """The idempotency key of an event: the same rule, deal and event always give the same key."""
    return hashlib.sha1("|".join([rule, deal_id, event, status or ""]).encode()).hexdigest()


def enqueue(con, events: list[tuple[str, str, str]], rules: tuple[AlertRule, ...]) -> int:
    """Write the deliveries the rules want for these events (deal_id, 'new' | 'status', status); returns
    how many were new. Runs in the caller's transaction."""
    added = 0
    for did, kind, status in events:
        deal = None
        for rule in rules:
            wanted = [e for e in ((kind,) + (("cycle",) if kind == "new" else ())) if e in rule.on]
            if not wanted:
                continue
            deal = deal or deal_payload(con, did)
            if not matches(con, rule, deal):
                continue
            for event in wanted:
                cycle = closing_cycle(con, did) if event == "cycle" else None
                if event == "cycle" and not cycle:
                    continue
                key = event_key(rule.name, did, event, status if event == "status" else None)
                body = {"idempotency_key": key, "rule": rule.name, "event": event, "deal": deal}
                if cycle:
                    body["cycle"] = cycle
                added += con.execute(
                    "INSERT INTO deliveries (idempotency_key, rule, event, deal_id, target, payload, status, "
                    "created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?) "
                    "ON CONFLICT DO NOTHING RETURNING 1",
                    [key, rule.name, event, did, rule.target, json.dumps(body, default=str), _now(), _now()]
                ).fetchone() is not None
    return added


def deal_payload(con, did: str) -> dict:
    """The deal as an alert carries it: parties, amounts (and USD), status, evidence with article URLs."""
    cur = con.execute("""
        SELECT deal_id, type, status, amount_value::DOUBLE AS amount_value, amount_currency, amount_qualifier, amount_period,
               amount_usd, duration_months, gpus, power_mw, first_reported_at, parties_json
        FROM deals WHERE deal_id = ?""", [did])
    cols = [c[0] for c in cur.description]
    deal = dict(zip(cols, cur.fetchone()))
    deal["parties"] = [{"company_id": c, "name": n, "role": r} for c, n, r in json.loads(deal.pop("parties_json") or "[]")]
    deal["evidence"] = [{"sentence": s, "url": u} for s, u in con.execute(
        "SELECT e.sentence, a.url FROM deal_evidence e JOIN articles a USING (article_id) WHERE e.deal_id = ? "
        "ORDER BY e.reported_at LIMIT 5", [did]).fetchall()]
    return deal


def matches(con, rule: AlertRule, deal: dict) -> bool:
    """Whether the deal passes the rule's filters (company with its subsidiaries unless exact, type, USD)."""
    if rule.type and deal["type"] != rule.type:
        return False
    if rule.min_usd is not None and (deal["amount_usd"] is None or deal["amount_usd"] < rule.min_usd):
        return False
    if rule.company:
        from .queries import group_members
        from .store import resolve_company
        found = resolve_company(con, rule.company)
        if found is None:
            return False
        wanted = {found[0]} if rule.exact else set(group_members(con, found[0]))
        return any(p["company_id"] in wanted for p in deal["parties"])
    return True


def closing_cycle(con, did: str, max_length: int = 5) -> list[str] | None:
    """The companies of a circular flow that this deal closes (payer first), or None."""
    for payer, payee in con.execute("SELECT payer_id, payee_id FROM flows_v WHERE deal_id = ? AND directed",
                                    [did]).fetchall():
        row = con.execute("""
            WITH RECURSIVE walk(node, path, depth) AS (
                SELECT ?::VARCHAR, [?::VARCHAR], 0
                UNION ALL
                SELECT f.payee_id, list_append(w.path, f.payee_id), w.depth + 1
                FROM walk w JOIN flows_v f ON f.payer_id = w.node AND f.directed
                WHERE w.depth < ? - 1 AND w.node <> ? AND NOT list_contains(w.path, f.payee_id))
            SELECT path FROM walk WHERE node = ? ORDER BY depth LIMIT 1""",
                          [payee, payee, max_length, payer, payer]).fetchone()
        if row:
            names = dict(con.execute("SELECT company_id, name FROM companies WHERE company_id IN "
                                     "(SELECT unnest(?::VARCHAR[]))", [[payer, *row[0]]]).fetchall())
            return [names.get(c, c) for c in [payer, *row[0][:-1]]]
    return None


def send(rule: AlertRule, body: dict, timeout: float = 10.0) -> None:
    """Deliver one event to the rule's target; raises DealsError with the reason when it was not taken."""
    data = json.dumps(body, default=str)
    if rule.webhook:
        import requests

        from .fetch import _is_private
        if not rule.allow_private and _is_private(rule.webhook):
            raise DealsError(f"{rule.webhook}: private or loopback address; set allow_private: true on the alert")
        try:
            resp = requests.post(rule.webhook, data=data, timeout=timeout, allow_redirects=False,
                                 headers={"Content-Type": "application/json", "Idempotency-Key": body["idempotency_key"],
                                          "User-Agent": "DealTracker alerts"})
        except requests.RequestException as exc:
            raise DealsError(f"{rule.webhook}: {type(exc).__name__}") from None
        if not 200 <= resp.status_code < 300:
            raise DealsError(f"{rule.webhook}: HTTP {resp.status_code}")
    elif rule.command:
        try:
            done = subprocess.run(shlex.split(rule.command), input=data, text=True, capture_output=True,
                                  timeout=timeout * 3)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise DealsError(f"{rule.command}: {exc}") from None
        if done.returncode != 0:
            raise DealsError(f"{rule.command}: exit {done.returncode}: {done.stderr.strip()[:200]}")
    elif rule.file:
        try:
            with open(rule.file, "a", encoding="utf-8") as fh:
                fh.write(data + "\n")
        except OSError as exc:
            raise DealsError(f"{rule.file}: {exc.strerror}") from None


class Deliverer:
    """Sends pending deliveries in a background thread, so the ingest never waits on a receiver."""

    def __init__(self, db_path, rules: tuple[AlertRule, ...]):
        self.db_path, self.rules = db_path, {r.name: r for r in rules}
        self.wake, self.stopping = threading.Event(), threading.Event()
        self.sent = self.failed = 0
        self.thread = threading.Thread(target=self._loop, name="alerts", daemon=True)
        self.thread.start()

    def kick(self) -> None:
        """New deliveries may be waiting (called after each batch of articles is written)."""
        self.wake.set()

    def close(self, wait: float = 5.0) -> None:
        """Send what is due within `wait` seconds, then stop; what is left waits for the next run."""
        self.deadline = time.monotonic() + wait
        self.stopping.set()
        self.wake.set()
        self.thread.join(wait + 5)

    def _loop(self) -> None:
        while True:
            self.wake.wait(timeout=1.0)
            self.wake.clear()
            try:
                due, later = self._round()
            except DealsError as exc:  # the database was busy or went away: try again shortly
                LOGGER.debug("alerts: %s", exc)
                due, later = 0, True
            if self.stopping.is_set() and (not later or time.monotonic() >= self.deadline):
                return
            if later and not due:
                time.sleep(0.05)
                self.wake.set()

    def _round(self) -> tuple[int, bool]:
        """One pass over the due deliveries; returns (how many were due, whether any is pending)."""
        from . import store
        with store.connect(self.db_path) as con:
            rows = con.execute("SELECT idempotency_key, rule, payload, attempts FROM deliveries WHERE status = "
                               "'pending' AND next_attempt_at <= ? ORDER BY created_at", [_now()]).fetchall()
        for key, rule_name, payload, attempts in rows:
            rule = self.rules.get(rule_name)
            if rule is None:
                continue  # a rule removed from sources.yaml: its rows wait, visible in `deliveries`
            try:
                send(rule, json.loads(payload))
                update = ("status = 'delivered', delivered_at = ?, attempts = attempts + 1, last_error = NULL",
                          [_now()])
                self.sent += 1
            except DealsError as exc:
                gave_up = attempts + 1 >= MAX_ATTEMPTS
                wait = min(BACKOFF * 2 ** attempts, 3600.0)
                update = (f"status = '{'failed' if gave_up else 'pending'}', attempts = attempts + 1, "
                          "last_error = ?, next_attempt_at = ?", [str(exc), _now() + timedelta(seconds=wait)])
                self.failed += gave_up
                LOGGER.info("alert %s: %s (attempt %d)", rule_name, exc, attempts + 1)
            with store.connect(self.db_path) as con:
                con.execute(f"UPDATE deliveries SET {update[0]} WHERE idempotency_key = ?", [*update[1], key])
        with store.connect(self.db_path, read_only=False) as con:
            pending = con.execute("SELECT count(*) FROM deliveries WHERE status = 'pending' AND rule IN "
                                  "(SELECT unnest(?::VARCHAR[]))", [list(self.rules)]).fetchone()[0]
        return len(rows), bool(pending)


def sample_event(con, rule: AlertRule) -> dict:
    """What `deals alerts test` sends: the latest deal the rule matches (or any deal), marked as a test."""
    ids = [r[0] for r in con.execute("SELECT deal_id FROM deals ORDER BY last_reported_at DESC LIMIT 200").fetchall()]
    deals = [deal_payload(con, did) for did in ids]
    deal = next((d for d in deals if matches(con, rule, d)), deals[0] if deals else None)
    key = event_key(rule.name, deal["deal_id"] if deal else "none", "test", str(time.time()))
    return {"idempotency_key": key, "rule": rule.name, "event": "test", "deal": deal}

