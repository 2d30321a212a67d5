-- What the per-body statistics count, stored on each request with its stage and deadlines by both write
-- paths (fr.vigie.request.StatisticsFacts), so that the statistics read one row a request and no event.
ALTER TABLE access_request ADD COLUMN first_sent_date DATE;
ALTER TABLE access_request ADD COLUMN first_answer_date DATE;
ALTER TABLE access_request ADD COLUMN answer_due_date DATE;
ALTER TABLE access_request ADD COLUMN answer_refused BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE access_request ADD COLUMN cada_referral_sent BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE access_request ADD COLUMN cada_avis VARCHAR(24);
ALTER TABLE access_request ADD COLUMN favourable_avis_ignored BOOLEAN DEFAULT FALSE NOT NULL;

-- The same facts for the requests stored before, from their live events and their stored stage and deadlines,
-- as StatisticsFacts.of computes them (change both together): the refresh never reads settled requests again.
UPDATE access_request SET
    first_sent_date = (SELECT MIN(e.event_date) FROM request_event e
        WHERE e.request_id = access_request.id AND e.deleted = FALSE AND e.type = 'SENT'),
    first_answer_date = (SELECT MIN(e.event_date) FROM request_event e
        WHERE e.request_id = access_request.id AND e.deleted = FALSE AND e.type = 'ANSWER'),
    answer_due_date = (SELECT MAX(d.due_date) FROM request_deadline d
        WHERE d.request_id = access_request.id AND d.deadline_key IN ('IMPLICIT_REFUSAL', 'RESPONSE_DUE', 'EXTENDED_RESPONSE_DUE')),
    answer_refused = EXISTS (SELECT 1 FROM request_event e
        WHERE e.request_id = access_request.id AND e.deleted = FALSE AND e.type = 'ANSWER'
        AND e.outcome IN ('PARTIAL', 'REFUSED', 'NOT_HELD')),
    cada_referral_sent = EXISTS (SELECT 1 FROM request_event e
        WHERE e.request_id = access_request.id AND e.deleted = FALSE AND e.type = 'CADA_REFERRAL_SENT'),
    -- the avis values start with different capitals: every collation orders them alike
    cada_avis = (SELECT MAX(e.avis) FROM request_event e
        WHERE e.request_id = access_request.id AND e.deleted = FALSE AND e.type = 'CADA_AVIS'),
    favourable_avis_ignored = EXISTS (SELECT 1 FROM request_event e
            WHERE e.request_id = access_request.id AND e.deleted = FALSE AND e.type = 'CADA_AVIS'
            AND e.avis IN ('FAVOURABLE', 'PARTLY_FAVOURABLE'))
        AND (stage = 'FINAL_REFUSAL' OR EXISTS (SELECT 1 FROM request_event e
            WHERE e.request_id = access_request.id AND e.deleted = FALSE AND e.type = 'DECISION_AFTER_AVIS'
            AND e.outcome IN ('PARTIAL', 'REFUSED', 'NOT_HELD')));
