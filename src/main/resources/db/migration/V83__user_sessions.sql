-- Login sessions kept on the server: the session cookie names one row (by a random id, of which only the
-- SHA-256 is kept); logout deletes it, a password change deletes the user's other rows, and a session whose row
-- is gone, idle too long or too old is refused whatever the cookie says. Times are epoch milliseconds.
CREATE TABLE user_session (
    id_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_ms BIGINT NOT NULL,
    last_seen_ms BIGINT NOT NULL
);
CREATE INDEX ix_user_session_user ON user_session (user_id);
CREATE INDEX ix_user_session_seen ON user_session (last_seen_ms);
