-- Alerts (issue 15): every event a rule of sources.yaml `alerts:` matched, written in the same
-- transaction as the deal that caused it (an outbox), then delivered by the ingest in the background.
-- The key makes a rerun add nothing and lets a receiver drop repeats (delivery is at least once).
CREATE TABLE deliveries (
    idempotency_key VARCHAR PRIMARY KEY,   -- sha1 of rule, deal and event (and the status, for status events)
    rule            VARCHAR NOT NULL,
    event           VARCHAR NOT NULL,      -- new, status, cycle
    deal_id         VARCHAR NOT NULL,
    target          VARCHAR NOT NULL,      -- webhook URL, command or file, as configured
    payload         JSON NOT NULL,         -- the body sent
    status          VARCHAR NOT NULL,      -- pending, delivered, failed (gave up)
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      VARCHAR,
    created_at      TIMESTAMP NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    delivered_at    TIMESTAMP
);
