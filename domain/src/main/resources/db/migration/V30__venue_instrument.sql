-- The instruments a venue identity may submit trades for. Registered per instrument (not per underlying): a venue
-- lists a contract, not a whole market, and a new expiry on the same underlying must be opened deliberately.
create table venue_instrument (
    venue_name    varchar(64) not null,
    instrument_id bigint      not null references instrument (id),
    registered_at timestamp   not null,
    primary key (venue_name, instrument_id)
);
