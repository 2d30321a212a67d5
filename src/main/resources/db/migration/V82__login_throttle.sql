-- Login attempts counted per account and per address, in the database so that every instance sharing it
-- slows the same guesser (an in-memory count was per instance). Keys are SHA-256 digests of "u:<name>" or
-- "a:<address>": what was typed as a username is not kept. Times are epoch milliseconds (same on H2 and PostgreSQL).
CREATE TABLE login_throttle (
    throttle_key VARCHAR(64) NOT NULL PRIMARY KEY,
    attempts INTEGER NOT NULL,
    last_attempt_ms BIGINT NOT NULL,
    next_check_ms BIGINT NOT NULL
);
CREATE INDEX ix_login_throttle_next ON login_throttle (next_check_ms);
