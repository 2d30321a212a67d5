-- Secret address of a user's calendar and Atom feeds (feed readers cannot log in). Only its SHA-256 is kept.
ALTER TABLE app_user ADD COLUMN feed_token_hash VARCHAR(64);
CREATE UNIQUE INDEX ux_app_user_feed_token ON app_user (feed_token_hash);
