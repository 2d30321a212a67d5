-- Where the requester lives, for the distance periods before a court (CJA R421-7): METROPOLE, OVERSEAS, ABROAD.
-- Null (not given) keeps the earliest dates, as before; no stored state changes.
ALTER TABLE access_request ADD COLUMN requester_residence VARCHAR(16);
