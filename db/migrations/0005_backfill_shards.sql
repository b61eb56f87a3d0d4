-- Shards imported by `deals backfill` (pipeline/backfill.py): each is loaded once.
CREATE TABLE backfill_shards (
    shard     VARCHAR PRIMARY KEY,   -- the shard's file stem
    loaded_at TIMESTAMP NOT NULL,
    articles  INTEGER,               -- articles added (those already stored by ingest are not)
    deals_new INTEGER
);
