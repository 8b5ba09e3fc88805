-- Foundation schema: assets, accounts, the double-entry ledger, idempotency records and the oracle.
-- Portable between H2 2.x and PostgreSQL 15: no vendor types, sequences for ids.

create table asset (
    symbol          varchar(16)   not null primary key,
    decimals        integer       not null check (decimals between 0 and 18),
    kind            varchar(16)   not null,
    collateral      boolean       not null,
    haircut         numeric(6, 5) not null check (haircut between 0 and 1),
    oracle_symbol   varchar(32)   not null,
    version         bigint        not null
);

create sequence account_seq start with 1 increment by 50;

create table account (
    id              bigint        not null primary key,
    owner           varchar(64)   not null,
    system_role     varchar(32)   unique,
    margin_mode     varchar(16)   not null,
    status          varchar(16)   not null,
    created_at      timestamp(6) with time zone not null,
    version         bigint        not null
);
create index account_owner_idx on account (owner);

-- Materialised balance per (account, asset); always equal to the sum of that pair's journal entries.
create table balance (
    account_id      bigint         not null references account (id),
    asset_symbol    varchar(16)    not null references asset (symbol),
    amount          numeric(38, 18) not null,
    version         bigint         not null,
    primary key (account_id, asset_symbol)
);

create sequence journal_seq start with 1 increment by 50;

-- Append-only: rows are inserted once and never updated or deleted.
create table journal_transaction (
    id              bigint        not null primary key,
    type            varchar(32)   not null,
    reference       varchar(200)  not null,
    created_at      timestamp(6) with time zone not null
);
create index journal_transaction_reference_idx on journal_transaction (reference);

create table journal_entry (
    id              bigint         not null primary key,
    transaction_id  bigint         not null references journal_transaction (id),
    account_id      bigint         not null references account (id),
    asset_symbol    varchar(16)    not null references asset (symbol),
    amount          numeric(38, 18) not null
);
create index journal_entry_account_idx on journal_entry (account_id, asset_symbol);
create index journal_entry_transaction_idx on journal_entry (transaction_id);

-- The first answer given to a request carrying an Idempotency-Key, replayed on retries.
create table idempotency_record (
    scope           varchar(64)    not null,
    idempotency_key varchar(128)   not null,
    request_hash    varchar(64)    not null,
    response_type   varchar(128)   not null,
    response_body   varchar(8000)  not null,
    created_at      timestamp(6) with time zone not null,
    primary key (scope, idempotency_key)
);

-- A price source and the one principal allowed to report for it (administrators and the platform's own feeds aside).
create table oracle_source (
    name            varchar(64)   not null primary key,
    description     varchar(256)  not null,
    reporter        varchar(64)   not null,
    enabled         boolean       not null,
    version         bigint        not null
);

-- Per-symbol rules that turn observations into an index price.
create table oracle_symbol (
    symbol              varchar(32)    not null primary key,
    staleness_seconds   integer        not null check (staleness_seconds > 0),
    min_quorum          integer        not null check (min_quorum > 0),
    max_deviation       numeric(10, 6) not null check (max_deviation > 0),
    version             bigint         not null
);

create sequence observation_seq start with 1 increment by 50;

create table oracle_observation (
    id              bigint          not null primary key,
    symbol          varchar(32)     not null references oracle_symbol (symbol),
    source          varchar(64)     not null references oracle_source (name),
    price           numeric(38, 18) not null,
    observed_at     timestamp(6) with time zone not null,
    received_at     timestamp(6) with time zone not null,
    status          varchar(16)     not null,
    unique (symbol, source, observed_at)
);
create index oracle_observation_recent_idx on oracle_observation (symbol, observed_at);

-- The current index per symbol (null price until a quorum of sources has reported).
create table index_price (
    symbol          varchar(32)     not null primary key references oracle_symbol (symbol),
    price           numeric(38, 18),
    source_count    integer         not null,
    updated_at      timestamp(6) with time zone,
    version         bigint          not null
);

create sequence index_history_seq start with 1 increment by 50;

-- Every accepted index change; the time-weighted average is computed from it.
create table index_price_history (
    id              bigint          not null primary key,
    symbol          varchar(32)     not null references oracle_symbol (symbol),
    price           numeric(38, 18) not null,
    effective_at    timestamp(6) with time zone not null
);
create index index_price_history_idx on index_price_history (symbol, effective_at);
