-- Volatility surfaces pushed by the oracle role, cleared trades, and the positions they net into.

create table volatility_surface (
    underlying      varchar(32)    not null primary key references oracle_symbol (symbol),
    points_json     varchar(16000) not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint         not null
);

create sequence trade_seq start with 1 increment by 50;

create table trade (
    id               bigint          not null primary key,
    instrument_id    bigint          not null references instrument (id),
    buyer_account    bigint          not null references account (id),
    seller_account   bigint          not null references account (id),
    quantity         numeric(38, 18) not null,
    price            numeric(38, 18) not null,
    traded_at        timestamp(6) with time zone not null,
    submitted_by     varchar(64)     not null,
    journal_tx       bigint          references journal_transaction (id),
    created_at       timestamp(6) with time zone not null
);
create index trade_instrument_idx on trade (instrument_id);

-- One net position per (account, instrument): signed contracts, average entry price, realised P&L.
create table position (
    account_id       bigint          not null references account (id),
    instrument_id    bigint          not null references instrument (id),
    quantity         numeric(38, 18) not null,
    average_price    numeric(38, 18) not null,
    realized_pnl     numeric(38, 18) not null,
    version          bigint          not null,
    primary key (account_id, instrument_id)
);
