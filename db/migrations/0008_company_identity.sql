-- Company identity (issue 15): parents and subsidiaries, country, ticker. The gazetteer (orgs.yaml) fills
-- them; `deals parent set` and `deals alias add` change them in the database, and neither is undone by
-- `deals reprocess` (which rebuilds deals, not companies).
ALTER TABLE companies ADD COLUMN parent_id VARCHAR;   -- the company this one belongs to (NULL: a group's top)
ALTER TABLE companies ADD COLUMN country VARCHAR;     -- ISO 3166 alpha-2
ALTER TABLE companies ADD COLUMN ticker VARCHAR;      -- EXCHANGE:SYMBOL

-- Each company with the top of its group (its furthest ancestor; itself when it has no parent).
CREATE VIEW company_groups_v AS
WITH RECURSIVE up(company_id, ancestor_id, depth) AS (
    SELECT company_id, company_id, 0 FROM companies
    UNION ALL
    SELECT up.company_id, c.parent_id, up.depth + 1
    FROM up JOIN companies c ON c.company_id = up.ancestor_id
    WHERE c.parent_id IS NOT NULL AND up.depth < 20          -- a parent cycle cannot loop forever
)
SELECT company_id, arg_max(ancestor_id, depth) AS group_id, max(depth) AS depth FROM up GROUP BY company_id;

CREATE OR REPLACE VIEW company_deals_v AS
SELECT c.company_id, c.name AS company, g.group_id, p.role, d.deal_id, d.type, d.status,
       d.amount_value, d.amount_currency, d.amount_qualifier, d.amount_period, d.amount_usd,
       d.duration_months, d.gpus, d.power_mw, d.first_reported_at,
       (SELECT string_agg(p2.name || ' (' || p2.role || ')', ', ' ORDER BY p2.name)
          FROM deal_parties p2 WHERE p2.deal_id = d.deal_id AND p2.company_id <> c.company_id) AS counterparties
FROM companies c JOIN company_groups_v g USING (company_id) JOIN deal_parties p USING (company_id)
JOIN deals d USING (deal_id);
