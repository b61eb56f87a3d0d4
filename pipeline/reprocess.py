"""Re-run extraction over every stored article after the rules change, in one transaction."""

from __future__ import annotations

from . import dealdb, store
from .extraction import extract_many


def reprocess(db, nlp) -> dict:
    """Rebuild deals, parties, evidence and status history from the stored articles.

    Deal ids come from the deal's content (type, parties, amount), so a deal the new rules find
    again keeps its id. Returns counts before and after."""
    with store.connect(db, check=True) as con:
        articles = con.execute("SELECT article_id, url, title, text, coalesce(published_at, fetched_at) "
                               "FROM articles ORDER BY coalesce(published_at, fetched_at), article_id").fetchall()
        before = {r[0] for r in con.execute("SELECT deal_id FROM deals").fetchall()}
        found = extract_many(nlp, [(text or "", title or "", url) for _, url, title, text, _ in articles])
        extracted = [(aid, when, deals) for (aid, *_, when), deals in zip(articles, found, strict=True)]
        con.execute("BEGIN")
        try:
            for table in ("deal_evidence", "deal_parties", "deal_status_history", "deals"):
                con.execute(f"DELETE FROM {table}")
            for aid, when, deals in extracted:
                for deal in deals:
                    dealdb.save_deal(con, aid, deal, when)
            con.execute("UPDATE articles SET extractor_version = ?", [dealdb.EXTRACTOR_VERSION])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        after = {r[0] for r in con.execute("SELECT deal_id FROM deals").fetchall()}
    return {"articles": len(articles), "deals_before": len(before), "deals_after": len(after),
            "kept": len(before & after), "added": len(after - before), "removed": len(before - after)}
