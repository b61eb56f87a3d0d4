-- Honest runs (issue 12): a run that failed says why, and a page that keeps failing is remembered.
ALTER TABLE runs ADD COLUMN error VARCHAR;  -- set when status = 'failed'

-- A page that fetched fine but could not be parsed or extracted; after 3 failures in a row of the
-- same content it is skipped (with a warning) until the page changes. A success removes the row.
CREATE TABLE article_failures (
    url            VARCHAR PRIMARY KEY,   -- canonical URL
    source         VARCHAR,
    content_hash   VARCHAR NOT NULL,      -- sha1 of the page bytes that failed
    failures       INTEGER NOT NULL,      -- runs in a row that failed on this content
    last_error     VARCHAR,
    last_failed_at TIMESTAMP NOT NULL
);
