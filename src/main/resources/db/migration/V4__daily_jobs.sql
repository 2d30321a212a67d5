-- One row per daily job: the day it last ran. Claiming a day is one conditional UPDATE, so when
-- several instances share the database exactly one of them runs the job each day.
CREATE TABLE daily_job (
    name     VARCHAR(40) PRIMARY KEY,
    last_run DATE        NOT NULL
);
INSERT INTO daily_job (name, last_run) VALUES ('refresh-requests', DATE '2000-01-01');
