-- pgbench custom script shaped like one API deposit at the SQL level: look up the idempotency key, lock and update
-- two balance rows (custody and the account), insert the journal transaction, its two legs and the idempotency record.
\set account random(1, 16)
\set id random(1, 1000000000)
BEGIN;
SELECT 1 FROM bench_idempotency WHERE key = :id;
SELECT amount FROM bench_balance WHERE account_id IN (0, :account) ORDER BY account_id FOR UPDATE;
UPDATE bench_balance SET amount = amount - 1.25 WHERE account_id = 0;
UPDATE bench_balance SET amount = amount + 1.25 WHERE account_id = :account;
INSERT INTO bench_journal_transaction (type, reference, created_at) VALUES ('DEPOSIT', 'bench', now());
INSERT INTO bench_journal_entry (account_id, amount) VALUES (0, -1.25), (:account, 1.25);
INSERT INTO bench_idempotency (key, body) VALUES (:id, 'receipt') ON CONFLICT DO NOTHING;
COMMIT;
