"""Deals in DuckDB: match a report to the deal it tells of, or start a new deal; companies and aliases.

A report matches a stored deal of the same type between the same companies in the same roles,
first reported within MATCH_WINDOW_DAYS, whose amount agrees within AMOUNT_TOLERANCE (same currency
and period) or is absent on either side. Separate agreements between the same companies (a $14.2B
contract, then a $21B one) differ in amount and stay separate.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from .fx import refresh_usd
from .names import fold_name
from .records import STATUS_RANK, Amount, Deal

EXTRACTOR_VERSION = "2"  # recorded on deals and articles; raise it when the rules change
MATCH_WINDOW_DAYS = 365
AMOUNT_TOLERANCE = 0.05
PRECISION_RANK = {"exact": 3, "about": 2, "at_least": 1, "up_to": 1}


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def deal_key(deal: Deal) -> str:
    """Identity of a new deal: type, parties with roles, amount (stable across reprocessing)."""
    parties = sorted(f"{fold_name(p.canonical or p.name)}:{p.role}" for p in deal.parties)
    a = deal.amount
    amount = f"{a.currency}:{a.period}:{a.value}" if a and a.value else "-"
    return sha1("|".join([deal.type, *parties, amount]))


def save_deal(con, aid: str, deal: Deal, reported: datetime, events: list | None = None) -> bool:
    """Attach one report to its deal (matched or new); returns True when the deal is new. `events`, when
    given, receives (deal_id, 'new', status) or (deal_id, 'status', status) for the alerts."""
    parties = [(_party_company(con, p), p) for p in deal.parties]
    party_key = "|".join(sorted(f"{cid}:{p.role}" for cid, p in parties))
    a = deal.amount if deal.amount and deal.amount.value else None
    did = _match(con, deal.type, party_key, a, reported)
    new = did is None
    if new:
        did = deal_key(deal)
        listed = sorted(([cid, p.name, p.role] for cid, p in parties), key=lambda x: x[1])
        con.execute("INSERT INTO deals VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '', NULL, NULL, NULL) "
                    "ON CONFLICT DO NOTHING",
                    [did, deal.type, *_amount_row(a), deal.duration_months, deal.gpus, deal.power_mw, deal.status,
                     deal.confidence, reported, reported, EXTRACTOR_VERSION, party_key,
                     ", ".join(f"{n} ({r})" for _, n, r in listed), json.dumps(listed)])
        for cid, p in parties:
            con.execute("INSERT INTO deal_parties VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", [did, cid, p.name, p.role])
    else:
        before = con.execute("SELECT status FROM deals WHERE deal_id = ?", [did]).fetchone()[0]
        _update(con, did, deal, a, reported)
        if events is not None and STATUS_RANK[deal.status] > STATUS_RANK.get(before, -1):
            events.append((did, "status", deal.status))
    if not con.execute("SELECT 1 FROM deal_evidence WHERE deal_id = ? AND article_id = ? LIMIT 1", [did, aid]).fetchone():
        con.execute("UPDATE deals SET n_articles = n_articles + 1, article_urls = CASE WHEN n_articles < 10 "
                    "THEN ltrim(article_urls || ' ' || (SELECT url FROM articles WHERE article_id = ?)) "
                    "ELSE article_urls END WHERE deal_id = ?", [aid, did])
    for ev in deal.evidence:
        con.execute("INSERT INTO deal_evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?) "
                    "ON CONFLICT DO NOTHING",
                    [did, aid, ev.sentence, ev.start, ev.end, deal.status, deal.confidence, *_amount_row(a), reported,
                     deal.rule or None])
    con.execute("INSERT INTO deal_status_history VALUES (?, ?, ?, ?) ON CONFLICT (deal_id, status) DO UPDATE SET "
                "reported_at = least(deal_status_history.reported_at, excluded.reported_at)",
                [did, deal.status, reported, aid])
    refresh_usd(con, [did])  # the amount or the first report's day may have changed
    if new and events is not None:
        events.append((did, "new", deal.status))
    return new



def _amount_row(a: Amount | None) -> list:
    return [a.value, a.currency, a.qualifier, a.period] if a else [None, None, None, None]


def _match(con, type_: str, party_key: str, a: Amount | None, reported: datetime) -> str | None:
    rows = con.execute(
        "SELECT deal_id, amount_value, amount_currency, amount_period FROM deals WHERE type = ? AND party_key = ? "
        "AND first_reported_at BETWEEN ? AND ? ORDER BY first_reported_at",
        [type_, party_key, reported - timedelta(days=MATCH_WINDOW_DAYS), reported + timedelta(days=MATCH_WINDOW_DAYS)],
    ).fetchall()
    for did, value, currency, period in rows:
        if a is None or value is None:
            if a is None and value is not None and len(rows) > 1:
                continue  # an amount-less report of parties with several deals: take the amount-less one
            return did
        if currency == a.currency and period == a.period and abs(float(value) - a.value) <= AMOUNT_TOLERANCE * a.value:
            return did
    if a is None and rows:
        return rows[-1][0]
    return None


def _update(con, did: str, deal: Deal, a: Amount | None, reported: datetime) -> None:
    """Most advanced status, most precise amount, terms filled in, first/last reported widened."""
    status, qualifier = con.execute("SELECT status, amount_qualifier FROM deals WHERE deal_id = ?", [did]).fetchone()
    better_status = STATUS_RANK[deal.status] > STATUS_RANK.get(status, -1)
    better_amount = a is not None and PRECISION_RANK[a.qualifier] > PRECISION_RANK.get(qualifier, 0)
    con.execute(
        "UPDATE deals SET status = CASE WHEN ? THEN ? ELSE status END, "
        "amount_value = CASE WHEN ? THEN ? ELSE amount_value END, "
        "amount_currency = CASE WHEN ? THEN ? ELSE amount_currency END, "
        "amount_qualifier = CASE WHEN ? THEN ? ELSE amount_qualifier END, "
        "amount_period = CASE WHEN ? THEN ? ELSE amount_period END, "
        "duration_months = coalesce(duration_months, ?), gpus = coalesce(gpus, ?), power_mw = coalesce(power_mw, ?), "
        "first_reported_at = least(first_reported_at, ?), last_reported_at = greatest(last_reported_at, ?), "
        "confidence = greatest(confidence, ?) WHERE deal_id = ?",
        [better_status, deal.status, *[x for v in _amount_row(a) for x in (better_amount, v)],
         deal.duration_months, deal.gpus, deal.power_mw, reported, reported, deal.confidence, did])


def _party_company(con, party) -> str:
    """The company the party's own name is (Google Cloud, not Google), else the one its canonical name is."""
    own = con.execute("SELECT company_id FROM company_aliases WHERE alias_key = ?", [fold_name(party.name)]).fetchone()
    return own[0] if own else company_id(con, party.canonical or party.name)


def company_id(con, name: str) -> str:
    """The company a name resolves to; a name outside the gazetteer becomes a discovered company."""
    key = fold_name(name)
    row = con.execute("SELECT company_id FROM company_aliases WHERE alias_key = ?", [key]).fetchone()
    if row:
        return row[0]
    con.execute("INSERT INTO companies (company_id, name, kind, discovered) VALUES (?, ?, 'other', TRUE) "
                "ON CONFLICT DO NOTHING", [key, name])
    con.execute("INSERT INTO company_aliases VALUES (?, ?, ?) ON CONFLICT DO NOTHING", [key, name, key])
    return key


def add_alias(con, name: str, canonical: str) -> tuple[str, int]:
    """Make `name` an alias of the company `canonical` names; re-point the deals of the merged company.

    Returns (canonical company id, deal parties moved). One transaction."""
    target = con.execute("SELECT company_id FROM company_aliases WHERE alias_key = ?", [fold_name(canonical)]).fetchone()
    if target is None:
        raise LookupError(f"no company named {canonical!r}")
    target_id, source_id = target[0], fold_name(name)
    found = con.execute("SELECT company_id FROM company_aliases WHERE alias_key = ?", [source_id]).fetchone()
    old_id = found[0] if found else None
    con.execute("BEGIN")
    try:
        con.execute("INSERT OR REPLACE INTO company_aliases VALUES (?, ?, ?)", [source_id, name, target_id])
        moved = 0
        if old_id and old_id != target_id:
            con.execute("UPDATE company_aliases SET company_id = ? WHERE company_id = ?", [target_id, old_id])
            moved = con.execute("SELECT count(*) FROM deal_parties WHERE company_id = ?", [old_id]).fetchone()[0]
            con.execute("INSERT INTO deal_parties SELECT deal_id, ?, name, role FROM deal_parties WHERE company_id = ? "
                        "ON CONFLICT DO NOTHING", [target_id, old_id])
            con.execute("DELETE FROM deal_parties WHERE company_id = ?", [old_id])
            con.execute("DELETE FROM companies WHERE company_id = ?", [old_id])
            _rekey_parties(con)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return target_id, moved


def _rekey_parties(con) -> None:
    con.execute("UPDATE deals SET party_key = (SELECT string_agg(p.company_id || ':' || p.role, '|' "
                "ORDER BY p.company_id || ':' || p.role) FROM deal_parties p WHERE p.deal_id = deals.deal_id), "
                "parties_json = (SELECT to_json(list([p.company_id, p.name, p.role] ORDER BY p.name))::VARCHAR "
                "FROM deal_parties p WHERE p.deal_id = deals.deal_id), "
                "parties_text = (SELECT string_agg(p.name || ' (' || p.role || ')', ', ' ORDER BY p.name) "
                "FROM deal_parties p WHERE p.deal_id = deals.deal_id)")


def refresh_reports(con, deal_ids: list[str]) -> None:
    """Recount the reporting articles of these deals (after an article's evidence was removed)."""
    for did in deal_ids:
        con.execute("UPDATE deals SET n_articles = (SELECT count(DISTINCT article_id) FROM deal_evidence "
                    "WHERE deal_id = ?), article_urls = coalesce((SELECT array_to_string(list(DISTINCT a.url)[1:10], ' ') "
                    "FROM deal_evidence e JOIN articles a USING (article_id) WHERE e.deal_id = ?), '') "
                    "WHERE deal_id = ?", [did, did, did])
