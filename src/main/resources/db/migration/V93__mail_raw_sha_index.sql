-- Mail (issue 13): a message is recognised by its bytes when its UID cannot tell (a mailbox whose UIDVALIDITY changed,
-- an import repeated). Without an index, each batch kept read every incoming row: the intake slowed as mail piled up.
CREATE INDEX ix_mail_raw_sha ON mail_message (raw_sha256);
