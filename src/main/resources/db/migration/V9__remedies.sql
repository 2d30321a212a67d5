-- On a decision: whether its notification stated the remedies and their time limits (R421-5 CJA; L311-14,
-- L412-3 CRPA). Null: not said, taken as stated. Without them the deadlines are not enforceable (one-year limit).
ALTER TABLE request_event ADD COLUMN remedies_stated BOOLEAN;
