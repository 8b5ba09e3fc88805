-- Oracle trust (issue 13.4): a circuit breaker per symbol, its alerts, and volatility-surface sources.

-- The circuit breaker's band: a new index further than max_move (relative) from the index at the start of the move
-- interval is held, not published. Existing symbols get the configured defaults' values.
alter table oracle_symbol add column max_move numeric(10, 6) default 0.2 not null;
alter table oracle_symbol add column move_interval_seconds integer default 300 not null;
alter table oracle_symbol add constraint oracle_symbol_max_move_positive check (max_move > 0);
alter table oracle_symbol add constraint oracle_symbol_move_interval_positive check (move_interval_seconds > 0);

-- A halted symbol: the held index, since when, and the reporters whose quorum tripped the breaker (a confirmation
-- must come from others); band_from restarts the band after a confirmed or released move.
alter table index_price add column held_price numeric(38, 18);
alter table index_price add column held_since timestamp(6) with time zone;
alter table index_price add column held_by varchar(1024);
alter table index_price add column band_from timestamp(6) with time zone;

create sequence oracle_alert_seq start with 1 increment by 50;

create table oracle_alert (
    id              bigint          not null primary key,
    symbol          varchar(32)     not null references oracle_symbol (symbol),
    kind            varchar(16)     not null,
    index_price     numeric(38, 18),
    held_price      numeric(38, 18),
    actors          varchar(1024)   not null,
    detail          varchar(1024)   not null,
    raised_at       timestamp(6) with time zone not null
);
create index oracle_alert_symbol_idx on oracle_alert (symbol, raised_at);

-- Who may replace an underlying's volatility surface: the reporter of one of its registered surface sources.
create table oracle_surface_source (
    name            varchar(64)     not null primary key,
    underlying      varchar(32)     not null references oracle_symbol (symbol),
    description     varchar(256)    not null,
    reporter        varchar(64)     not null,
    enabled         boolean         not null,
    version         bigint          not null
);
create index oracle_surface_source_underlying_idx on oracle_surface_source (underlying);
