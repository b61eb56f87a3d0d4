-- Why a deal exists (issue 13's trace): each report keeps the rule that drafted it and the rule that found
-- each of its parties ('investment|investor_first; parties: Velgensa <- slot:nsubj, ...'). deals show prints it.
ALTER TABLE deal_evidence ADD COLUMN rule VARCHAR;
