-- One persisted schedule of every instrument's lifecycle events (expiry, funding, daily settlement, a plugin's own
-- kinds): one row per (instrument, kind, due time), PENDING until it has run, then DONE with what the run booked.
-- The executor locks the row it runs, so an event runs once, whatever triggers it and on whichever node.
create sequence lifecycle_event_seq start with 1 increment by 50;

create table lifecycle_event (
    id                     bigint          not null primary key,
    instrument_id          bigint          not null references instrument (id),
    kind                   varchar(40)     not null,
    due_at                 timestamp(6) with time zone not null,
    status                 varchar(16)     not null,
    ran_at                 timestamp(6) with time zone,
    settlement_price       numeric(38, 18),
    positions              integer,
    journal_transaction_id bigint          references journal_transaction (id),
    version                bigint          not null,
    constraint lifecycle_event_once unique (instrument_id, kind, due_at)
);
create index lifecycle_event_due_idx on lifecycle_event (status, due_at);
