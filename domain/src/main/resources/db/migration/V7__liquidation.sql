-- Liquidation: what covers a bankrupt account's shortfall once the insurance fund cannot, per instrument, and the
-- audit trail of every liquidation step.
alter table instrument add column shortfall_policy varchar(32) default 'AUTO_DELEVERAGING' not null;

create sequence liquidation_event_seq start with 1 increment by 50;

-- Append-only. One row per thing a liquidation did to one account (several rows share a step's transaction).
create table liquidation_event (
    id                      bigint          not null primary key,
    account_id              bigint          not null references account (id),
    kind                    varchar(32)     not null,
    instrument_id           bigint          references instrument (id),
    quantity                numeric(38, 18),
    price                   numeric(38, 18),
    counterparty_account_id bigint          references account (id),
    asset_symbol            varchar(16)     references asset (symbol),
    amount                  numeric(38, 18),
    equity_before_usd       double precision not null,
    maintenance_before_usd  double precision not null,
    reason                  varchar(1000)   not null,
    created_at              timestamp(6) with time zone not null
);
create index liquidation_event_account_idx on liquidation_event (account_id, id);
