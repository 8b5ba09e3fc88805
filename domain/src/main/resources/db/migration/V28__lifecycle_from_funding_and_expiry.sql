-- An upgraded database carries on: each instrument's next funding boundary and each active instrument's pending
-- expiry become pending lifecycle events, settled expiries become the runs they were, and the funding schedule
-- (now the lifecycle engine's rows) goes. Ids come from the sequence, as the application's own do.
insert into lifecycle_event (id, instrument_id, kind, due_at, status, version)
select nextval('lifecycle_event_seq'), s.instrument_id, 'funding', s.next_funding_at, 'PENDING', 0
from funding_schedule s;

insert into lifecycle_event (id, instrument_id, kind, due_at, status, version)
select nextval('lifecycle_event_seq'), i.id, 'expiry', i.expires_at, 'PENDING', 0
from instrument i where i.status = 'ACTIVE' and i.expires_at is not null;

insert into lifecycle_event (id, instrument_id, kind, due_at, status, ran_at, settlement_price, positions,
                             journal_transaction_id, version)
select nextval('lifecycle_event_seq'), i.id, 'expiry', i.expires_at, 'DONE', i.settled_at, i.settlement_price,
       (select count(*) from position p where p.instrument_id = i.id),
       (select max(t.id) from journal_transaction t where t.reference = concat('expiry:instrument:', i.id)), 0
from instrument i where i.status = 'SETTLED' and i.expires_at is not null;

drop table funding_schedule;
