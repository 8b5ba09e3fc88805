-- Perpetual swaps: what venues report, when funding is next due, and every funding fixing.

-- A venue's impact prices and/or mark for one instrument, with the index when it arrived (its basis survives index
-- moves). One row per (instrument, venue, observedAt): a retried report is recognised.
create sequence venue_quote_seq start with 1 increment by 50;

create table venue_quote (
    id              bigint          not null primary key,
    instrument_id   bigint          not null references instrument (id),
    venue           varchar(64)     not null references oracle_source (name),
    observed_at     timestamp(6) with time zone not null,
    received_at     timestamp(6) with time zone not null,
    index_price     numeric(38, 18) not null,
    impact_bid      numeric(38, 18),
    impact_ask      numeric(38, 18),
    venue_mark      numeric(38, 18),
    constraint venue_quote_once unique (instrument_id, venue, observed_at)
);
create index venue_quote_time_idx on venue_quote (instrument_id, observed_at);

-- The next funding boundary of each instrument that pays funding. Funding and trades lock this row first, so one
-- boundary is paid once, by one transaction, with the positions held at it.
create table funding_schedule (
    instrument_id    bigint        not null primary key references instrument (id),
    interval_seconds bigint        not null,
    next_funding_at  timestamp(6) with time zone not null,
    version          bigint        not null
);

-- One fixing per (instrument, boundary): its rate, mark, the premium behind it and what was paid.
create table funding_event (
    instrument_id    bigint          not null references instrument (id),
    funding_at       timestamp(6) with time zone not null,
    period_start     timestamp(6) with time zone not null,
    rate             numeric(38, 18) not null,
    mark_price       numeric(38, 18) not null,
    index_price      numeric(38, 18) not null,
    average_premium  double precision not null,
    samples          integer         not null,
    positions        integer         not null,
    settlement_asset varchar(16)     not null references asset (symbol),
    total_paid       numeric(38, 18) not null,
    journal_tx       bigint          references journal_transaction (id),
    fixed_at         timestamp(6) with time zone not null,
    primary key (instrument_id, funding_at)
);
