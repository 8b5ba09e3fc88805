-- An instrument's settlement: the price it settled at and when (set once, with its status).
alter table instrument add column settlement_price numeric(38, 18);
alter table instrument add column settled_at timestamp(6) with time zone;
