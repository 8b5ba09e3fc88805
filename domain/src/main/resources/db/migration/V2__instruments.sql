-- Instruments of any plugin type: the core keeps the type, the terms in their encoded JSON form and version, and the
-- few resolved facts it needs to find instruments (underlying index, settlement asset, expiry).

create sequence instrument_seq start with 1 increment by 50;

create table instrument (
    id                bigint        not null primary key,
    type_id           varchar(64)   not null,
    terms_version     integer       not null,
    terms_json        varchar(4000) not null,
    underlying        varchar(32)   not null references oracle_symbol (symbol),
    settlement_asset  varchar(16)   not null references asset (symbol),
    expires_at        timestamp(6) with time zone,
    status            varchar(16)   not null,
    created_at        timestamp(6) with time zone not null,
    version           bigint        not null
);
create index instrument_underlying_idx on instrument (underlying);
