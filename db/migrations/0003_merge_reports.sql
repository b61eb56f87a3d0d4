-- One deal, many reports: deals are matched across articles by type and parties; each report keeps
-- its own figure and status; the status progression is kept as history.
ALTER TABLE deals ADD COLUMN party_key VARCHAR;  -- 'company_id:role|...' sorted, for matching reports
UPDATE deals SET party_key = (
    SELECT string_agg(p.company_id || ':' || p.role, '|' ORDER BY p.company_id || ':' || p.role)
    FROM deal_parties p WHERE p.deal_id = deals.deal_id);
ALTER TABLE deal_evidence ADD COLUMN amount_value DECIMAL(38, 2);
ALTER TABLE deal_evidence ADD COLUMN amount_currency VARCHAR;
ALTER TABLE deal_evidence ADD COLUMN amount_qualifier VARCHAR;
ALTER TABLE deal_evidence ADD COLUMN amount_period VARCHAR;
ALTER TABLE deal_evidence ADD COLUMN reported_at TIMESTAMP;
CREATE TABLE deal_status_history (
    deal_id     VARCHAR NOT NULL,
    status      VARCHAR NOT NULL,
    reported_at TIMESTAMP,           -- publication (else fetch) time of the first report with this status
    article_id  VARCHAR,
    PRIMARY KEY (deal_id, status)
);
INSERT INTO deal_status_history SELECT deal_id, status, first_reported_at, NULL FROM deals;
CREATE INDEX deals_match ON deals (type, party_key);
CREATE INDEX deal_parties_company ON deal_parties (company_id);
