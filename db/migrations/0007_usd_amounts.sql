-- Amounts in US dollars (issue 14): reference rates, and the converted figure on every deal and report.
-- The rates are loaded and existing rows filled by pipeline/fx.py right after this migration.
CREATE TABLE fx_rates (
    currency     VARCHAR NOT NULL,   -- ISO 4217
    rate_date    DATE NOT NULL,      -- the rate holds from this day until the next row of the currency
    usd_per_unit DOUBLE NOT NULL,
    source       VARCHAR NOT NULL    -- 'ECB reference rate', or the peg's central bank
);  -- no key: read by ASOF joins only, and an index would cost seconds on every new database
ALTER TABLE deals ADD COLUMN amount_usd DOUBLE;         -- amount_value at the rate of first_reported_at
ALTER TABLE deals ADD COLUMN usd_rate_date DATE;        -- the rate's day (NULL for USD amounts)
ALTER TABLE deals ADD COLUMN usd_note VARCHAR;          -- the rate used, or why there is none
ALTER TABLE deal_evidence ADD COLUMN amount_usd DOUBLE; -- the report's own figure at the rate of reported_at
ALTER TABLE deal_evidence ADD COLUMN usd_rate_date DATE;
ALTER TABLE deal_evidence ADD COLUMN usd_note VARCHAR;

CREATE OR REPLACE VIEW deals_v AS
SELECT d.deal_id, d.type, d.status,
       d.amount_value, d.amount_currency, d.amount_qualifier, d.amount_period,
       CASE d.amount_period WHEN 'month' THEN d.amount_value * 12 WHEN 'quarter' THEN d.amount_value * 4
            WHEN 'year' THEN d.amount_value ELSE NULL END AS amount_per_year,
       d.amount_usd,
       CASE d.amount_period WHEN 'month' THEN d.amount_usd * 12 WHEN 'quarter' THEN d.amount_usd * 4
            WHEN 'year' THEN d.amount_usd ELSE NULL END AS amount_usd_per_year,
       -- the whole commitment: a recurring payment over its stated term, else the amount itself
       CASE WHEN d.amount_period IN ('month', 'quarter', 'year') AND d.duration_months IS NOT NULL
                THEN d.amount_usd * d.duration_months / CASE d.amount_period WHEN 'month' THEN 1 WHEN 'quarter' THEN 3 ELSE 12 END
            WHEN d.amount_period = 'once' THEN d.amount_usd END AS amount_usd_total,
       d.usd_note,
       d.duration_months, d.gpus, d.power_mw, d.confidence,
       d.parties_text AS parties,
       list_sort(list_distinct(list_transform(string_split(d.party_key, '|'), lambda x: split_part(x, ':', 1))))
           AS company_ids,
       d.n_articles, d.first_reported_at, d.last_reported_at
FROM deals d;

-- Who pays whom: one row per directed money flow (buyer -> seller, investor -> investee, acquirer -> target),
-- and one undirected tie per pair of partners (directed = false). A deal with several investors is one flow
-- from each; amount_usd is the deal's whole amount on each of them.
CREATE VIEW flows_v AS
WITH p AS (SELECT dp.deal_id, dp.company_id, c.name AS company, dp.role
           FROM deal_parties dp JOIN companies c USING (company_id))
SELECT payer.company_id AS payer_id, payer.company AS payer, payee.company_id AS payee_id, payee.company AS payee,
       d.deal_id, d.type, d.amount_usd, d.amount_value, d.amount_currency, d.amount_qualifier, d.amount_period,
       d.status, d.first_reported_at, nullif(split_part(d.article_urls, ' ', 1), '') AS evidence_url, TRUE AS directed
FROM deals d
JOIN p payer ON payer.deal_id = d.deal_id AND payer.role IN ('buyer', 'investor', 'acquirer')
JOIN p payee ON payee.deal_id = d.deal_id AND payee.role = CASE payer.role WHEN 'buyer' THEN 'seller'
                                                                        WHEN 'investor' THEN 'investee' ELSE 'target' END
WHERE payer.company_id <> payee.company_id
UNION ALL
SELECT a.company_id, a.company, b.company_id, b.company, d.deal_id, d.type, d.amount_usd, d.amount_value,
       d.amount_currency, d.amount_qualifier, d.amount_period, d.status, d.first_reported_at,
       nullif(split_part(d.article_urls, ' ', 1), ''), FALSE
FROM deals d
JOIN p a ON a.deal_id = d.deal_id AND a.role = 'partner'
JOIN p b ON b.deal_id = d.deal_id AND b.role = 'partner' AND a.company_id < b.company_id;
