-- Securitization pools. A pool's holdings sit in its own segregated accounts (margin method SEGREGATED), which are
-- never margined, liquidated, deleveraged or charged for anyone's loss; its loans, tranches, the servicer's
-- collections and each period's waterfall are recorded here.
create sequence credit_pool_seq start with 1 increment by 50;
create sequence pool_asset_seq start with 1 increment by 50;
create sequence pool_tranche_seq start with 1 increment by 50;
create sequence pool_collection_seq start with 1 increment by 50;
create sequence pool_waterfall_seq start with 1 increment by 50;

create table credit_pool (
    id                    bigint          not null primary key,
    name                  varchar(100)    not null unique,
    sponsor_account_id    bigint          not null references account (id),
    servicer              varchar(100)    not null,
    collateral_account_id bigint          not null references account (id),
    collection_account_id bigint          not null references account (id),
    reserve_account_id    bigint          not null references account (id),
    issuance_account_id   bigint          not null references account (id),
    settlement_asset      varchar(16)     not null references asset (symbol),
    underlying            varchar(32)     not null,
    correlation           numeric(10, 6)  not null check (correlation >= 0 and correlation < 1),
    principal_mode        varchar(16)     not null,
    periods_per_year      integer         not null check (periods_per_year between 1 and 365),
    reserve_target        numeric(38, 18) not null check (reserve_target >= 0),
    period                integer         not null check (period >= 1),
    created_at            timestamp(6) with time zone not null,
    version               bigint          not null
);

create table pool_asset (
    id                  bigint          not null primary key,
    pool_id             bigint          not null references credit_pool (id),
    name                varchar(100)    not null,
    kind                varchar(16)     not null,
    original_par        numeric(38, 18) not null,
    par                 numeric(38, 18) not null check (par >= 0),
    coupon              numeric(10, 6),
    maturity            date,
    default_probability numeric(10, 6) check (default_probability < 1),
    recovery_rate       numeric(10, 6),
    collateral_asset    varchar(16)     references asset (symbol),
    collateral_units    numeric(38, 18),
    defaulted_par       numeric(38, 18) not null,
    recovered           numeric(38, 18) not null,
    version             bigint          not null,
    unique (pool_id, name)
);

create table pool_tranche (
    id                 bigint          not null primary key,
    pool_id            bigint          not null references credit_pool (id),
    name               varchar(100)    not null,
    rank               integer         not null,
    seniority          varchar(16)     not null,
    attachment         numeric(10, 6)  not null,
    detachment         numeric(10, 6)  not null,
    coupon             numeric(10, 6)  not null,
    original_balance   numeric(38, 18) not null,
    balance            numeric(38, 18) not null check (balance >= 0),
    written_down       numeric(38, 18) not null,
    interest_shortfall numeric(38, 18) not null,
    instrument_id      bigint          not null references instrument (id) unique,
    version            bigint          not null,
    unique (pool_id, name),
    unique (pool_id, rank)
);

-- Append-only: what the servicer reported and remitted for one asset in one period.
create table pool_collection (
    id            bigint          not null primary key,
    pool_id       bigint          not null references credit_pool (id),
    period        integer         not null,
    pool_asset_id bigint          not null references pool_asset (id),
    interest      numeric(38, 18) not null,
    principal     numeric(38, 18) not null,
    defaulted     numeric(38, 18) not null,
    recovered     numeric(38, 18) not null,
    journal_id    bigint,
    reported_by   varchar(100)    not null,
    reported_at   timestamp(6) with time zone not null
);
create index pool_collection_period_idx on pool_collection (pool_id, period);

-- One row per period's waterfall; the per-tranche lines are kept as the JSON document the API returns.
create table pool_waterfall (
    id          bigint       not null primary key,
    pool_id     bigint       not null references credit_pool (id),
    period      integer      not null,
    journal_id  bigint,
    ran_at      timestamp(6) with time zone not null,
    result_json text         not null,
    unique (pool_id, period)
);
