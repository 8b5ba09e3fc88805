-- What a bounded request can make the server store must fit whatever the request's size: the answer replayed to a
-- retry (a pool of 10,000 loans answers with megabytes), an instrument's terms and a volatility surface's points
-- (400 points of full-precision strikes exceed 16,000 characters). `text` is unbounded on PostgreSQL and H2 alike.
alter table idempotency_record alter column response_body set data type text;
alter table instrument alter column terms_json set data type text;
alter table volatility_surface alter column points_json set data type text;
