DROP TABLE IF EXISTS bench_balance, bench_journal_transaction, bench_journal_entry, bench_idempotency;
CREATE TABLE bench_balance (account_id int PRIMARY KEY, amount numeric(38, 18) NOT NULL);
INSERT INTO bench_balance SELECT g, 0 FROM generate_series(0, 16) g;
CREATE TABLE bench_journal_transaction (id bigserial PRIMARY KEY, type varchar(32), reference varchar(200),
                                        created_at timestamptz);
CREATE TABLE bench_journal_entry (id bigserial PRIMARY KEY, account_id int, amount numeric(38, 18));
CREATE TABLE bench_idempotency (key bigint PRIMARY KEY, body varchar(8000));
