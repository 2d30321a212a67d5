-- In whose name a request is made: one of the owner's requester identities (fr.vigie.letter.identity);
-- null: the owner's default identity at the time a letter is written.
ALTER TABLE access_request ADD COLUMN identity_id BIGINT REFERENCES requester_identity (id);
CREATE INDEX ix_request_identity ON access_request (identity_id);
