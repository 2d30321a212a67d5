-- The derived state of a request says until when it holds: the first day on which the passing of time alone
-- changes it. The nightly job recomputes exactly the states whose day has come (fr.vigie.request.StateRefresher).
ALTER TABLE access_request ADD COLUMN state_expires_on DATE;
CREATE INDEX ix_request_state_expires ON access_request (state_expires_on);

-- Every state stored before this version is recomputed by the one fold, in Java, at the next run: no rule of
-- the procedure is copied into SQL.
UPDATE access_request SET state_expires_on = DATE '1900-01-01';

-- Deadlines follow from a request's events: one row per request and key, written by the request writer (in
-- batches, hence no generated id). The rows are derived: the recomputation above writes them again.
DROP TABLE request_deadline;
CREATE TABLE request_deadline (
    request_id   BIGINT       NOT NULL REFERENCES access_request (id),
    deadline_key VARCHAR(40)  NOT NULL,
    due_date     DATE         NOT NULL,
    party        VARCHAR(16)  NOT NULL,
    basis        VARCHAR(200) NOT NULL,
    PRIMARY KEY (request_id, deadline_key)
);
CREATE INDEX ix_deadline_due ON request_deadline (due_date);
