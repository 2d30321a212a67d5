-- A counter every write to what the dashboard and the statistics show moves, in the writing transaction:
-- the cached figures of any instance sharing this database are valid while it has not moved.
CREATE TABLE data_version (
    name    VARCHAR(40) PRIMARY KEY,
    version BIGINT      NOT NULL
);
INSERT INTO data_version (name, version) VALUES ('requests', 0);
