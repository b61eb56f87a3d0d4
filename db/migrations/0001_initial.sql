-- Deal Tracker schema, version 1. Units are in column names; times are UTC.
CREATE TABLE runs (
    run_id        VARCHAR PRIMARY KEY,
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    status        VARCHAR NOT NULL,          -- running | ok | partial | failed | interrupted
    pid           INTEGER,
    sources_file  VARCHAR,
    articles_seen INTEGER DEFAULT 0,
    articles_new  INTEGER DEFAULT 0,
    deals_new     INTEGER DEFAULT 0,
    failures      INTEGER DEFAULT 0,
    summary       JSON
);

CREATE TABLE fetches (
    run_id        VARCHAR,
    source        VARCHAR,
    url           VARCHAR NOT NULL,
    status        INTEGER,                   -- HTTP status; NULL when no answer came
    bytes         BIGINT,
    duration_ms   INTEGER,
    error         VARCHAR,
    fetched_at    TIMESTAMP NOT NULL
);

CREATE TABLE http_cache (
    url           VARCHAR PRIMARY KEY,
    etag          VARCHAR,
    last_modified VARCHAR,
    content_hash  VARCHAR,
    fetched_at    TIMESTAMP
);

CREATE TABLE source_health (
    source               VARCHAR PRIMARY KEY,
    last_success_at      TIMESTAMP,
    last_failure_at      TIMESTAMP,
    consecutive_failures INTEGER DEFAULT 0,
    last_error           VARCHAR
);

CREATE TABLE articles (
    article_id    VARCHAR PRIMARY KEY,       -- sha1 of the canonical URL
    url           VARCHAR NOT NULL,
    canonical_url VARCHAR NOT NULL,
    source        VARCHAR,
    title         VARCHAR,
    published_at  TIMESTAMP,
    fetched_at    TIMESTAMP NOT NULL,
    content_hash  VARCHAR NOT NULL,          -- sha1 of the extracted text
    language      VARCHAR,
    authors       VARCHAR[],
    text          VARCHAR,
    extractor_version VARCHAR
);

CREATE TABLE companies (
    company_id    VARCHAR PRIMARY KEY,       -- folded name: case, punctuation, legal suffix removed
    name          VARCHAR NOT NULL,
    kind          VARCHAR,                   -- lab, cloud, neocloud, chips, datacenter, power, investor, ...
    discovered    BOOLEAN DEFAULT FALSE      -- TRUE when found by extraction, not in the gazetteer
);

CREATE TABLE company_aliases (
    alias_key     VARCHAR PRIMARY KEY,       -- folded alias
    alias         VARCHAR NOT NULL,
    company_id    VARCHAR NOT NULL
);

CREATE TABLE deals (
    deal_id          VARCHAR PRIMARY KEY,    -- sha1 of type, parties and amount
    type             VARCHAR NOT NULL,
    amount_value     DECIMAL(38, 2),
    amount_currency  VARCHAR,
    amount_qualifier VARCHAR,
    amount_period    VARCHAR,
    duration_months  INTEGER,
    gpus             BIGINT,
    power_mw         INTEGER,
    status           VARCHAR NOT NULL,
    confidence       DOUBLE,
    first_reported_at TIMESTAMP,
    last_reported_at  TIMESTAMP,
    extractor_version VARCHAR
);

CREATE TABLE deal_parties (
    deal_id     VARCHAR NOT NULL,
    company_id  VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,            -- as the reporting article wrote it
    role        VARCHAR NOT NULL,
    PRIMARY KEY (deal_id, company_id, role)
);

CREATE TABLE deal_evidence (
    deal_id     VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    sentence    VARCHAR NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    status      VARCHAR,
    confidence  DOUBLE,
    PRIMARY KEY (deal_id, article_id, start_char)
);

CREATE VIEW deals_v AS
SELECT d.deal_id, d.type, d.status,
       d.amount_value, d.amount_currency, d.amount_qualifier, d.amount_period,
       CASE d.amount_period WHEN 'month' THEN d.amount_value * 12 WHEN 'quarter' THEN d.amount_value * 4
            WHEN 'year' THEN d.amount_value ELSE NULL END AS amount_per_year,
       d.duration_months, d.gpus, d.power_mw, d.confidence,
       string_agg(DISTINCT p.name || ' (' || p.role || ')', ', ' ORDER BY p.name || ' (' || p.role || ')') AS parties,
       list(DISTINCT p.company_id ORDER BY p.company_id) AS company_ids,
       (SELECT count(DISTINCT e.article_id) FROM deal_evidence e WHERE e.deal_id = d.deal_id) AS n_articles,
       d.first_reported_at, d.last_reported_at
FROM deals d JOIN deal_parties p USING (deal_id)
GROUP BY ALL;

CREATE VIEW company_deals_v AS
SELECT c.company_id, c.name AS company, p.role, d.deal_id, d.type, d.status,
       d.amount_value, d.amount_currency, d.amount_qualifier, d.amount_period,
       d.duration_months, d.gpus, d.power_mw, d.first_reported_at,
       (SELECT string_agg(p2.name || ' (' || p2.role || ')', ', ' ORDER BY p2.name)
          FROM deal_parties p2 WHERE p2.deal_id = d.deal_id AND p2.company_id <> c.company_id) AS counterparties
FROM companies c JOIN deal_parties p USING (company_id) JOIN deals d USING (deal_id);
