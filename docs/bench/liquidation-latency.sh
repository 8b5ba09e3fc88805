#!/usr/bin/env bash
# Latency from an accepted oracle price to the committed liquidation of an account, with 100,000 portfolio-margined
# accounts on PostgreSQL. Usage (repository root): docs/bench/liquidation-latency.sh   Needs PostgreSQL on
# 127.0.0.1:5432 (database test, reset here). ACCOUNTS and VICTIMS override the book's size.
#
# The server runs with the demo market (USDC, the backstop account, the insurance fund). A coin of the run's own,
# LOAD, is priced at 100 by one source; every account is long 10 contracts of a linear swap on it, against one
# counterparty. VICTIMS accounts hold just enough USDC to fall below maintenance at 99.0, 98.9, … (one every 0.1);
# the rest hold 10,000 USDC. The price then steps down by 0.1 a second, so that each step liquidates about one
# account while the book holds all of them. Latency = the liquidation event's time − the time the index that
# triggered it was published.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
server="$root/ear/target/server-postgresql"
base=$(mktemp -d)
accounts=${ACCOUNTS:-100000}
victims=${VICTIMS:-100}
pg="psql -h 127.0.0.1 -U postgres -d test -q -v ON_ERROR_STOP=1"
url=http://127.0.0.1:8080/api/v1
api() { curl -sf -u "$1" -H 'Content-Type: application/json' -H "Idempotency-Key: load-$(date +%s%N)" "${@:2}"; }
observe() {
  api oracle:demo -X POST "$url/oracle/observations" \
    -d "{\"symbol\":\"LOAD-USD\",\"source\":\"load-feed\",\"price\":$1}" > /dev/null
}

mvn -q -f "$root/pom.xml" package -DskipTests -Ppostgresql
$pg -c "DROP SCHEMA IF EXISTS public CASCADE" -c "CREATE SCHEMA public" 2>/dev/null
cp -r "$server/standalone/." "$base"
"$server/bin/standalone.sh" -Djboss.server.base.dir="$base" --read-only-server-config=standalone.xml \
  -Dclearstone.demo.enabled=true > "$base/console.log" 2>&1 &
trap '"$server/bin/jboss-cli.sh" -c --command=shutdown >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null http://127.0.0.1:9990/health/live && break; sleep 2; done
"$server/bin/jboss-cli.sh" -c --command="deploy $root/ear/target/clearstone.ear"
for _ in $(seq 1 60); do curl -sf -o /dev/null -u risk:demo "$url/oracle/indices/BTC-USD" && break; sleep 1; done

api admin:demo -X POST "$url/assets" -d '{"symbol":"LOAD","decimals":8,"kind":"TOKEN","collateral":false,
  "collateralWeight":0,"oracleSymbol":"LOAD-USD"}' > /dev/null
api admin:demo -X PUT "$url/oracle/symbols/LOAD-USD/rules" \
  -d '{"stalenessSeconds":3600,"minQuorum":1,"maxDeviation":0.5}' > /dev/null
api admin:demo -X POST "$url/oracle/sources" \
  -d '{"name":"load-feed","description":"load run","reporter":"oracle"}' > /dev/null
observe 100
swap=$(api admin:demo -X POST "$url/instruments" -d '{"type":"swap.perpetual","terms":{"underlying":"LOAD-USD",
  "style":"LINEAR","contractSize":1,"tickSize":0.01,"fundingInterval":"PT8H"}}' | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)

echo "== seeding $accounts portfolio accounts ($victims close to maintenance), each long 10 of swap $swap"
$pg -v n="$accounts" -v victims="$victims" -v swap="$swap" <<'SQL'
insert into account (id, owner, system_role, margin_mode, margin_method, status, created_at, version)
select 10000000 + i, 'load', null, 'CROSS', 'PORTFOLIO', 'ACTIVE', now(), 0 from generate_series(1, :n) i;
insert into account (id, owner, system_role, margin_mode, margin_method, status, created_at, version)
values (9999999, 'load', null, 'CROSS', 'STANDARD', 'ACTIVE', now(), 0);
-- liquidation below price P when 0.98 C + 10 (P − 100) < 16% × 10 P, i.e. C = (1,000 − 8.4 P) / 0.98
insert into balance (account_id, asset_symbol, amount, version)
select 10000000 + i, 'USDC', case when i <= :victims then round((1000 - 8.4 * (99 - (i - 1) * 0.1)) / 0.98, 6)
                                  else 10000 end, 0 from generate_series(1, :n) i;
insert into balance (account_id, asset_symbol, amount, version) values (9999999, 'USDC', 100000000, 0);
insert into journal_transaction (id, type, reference, created_at) values (900000000, 'DEPOSIT', 'load-run seed', now());
insert into journal_entry (id, transaction_id, account_id, asset_symbol, amount)
select 900000000 + row_number() over (order by account_id), 900000000, account_id, 'USDC', amount
from balance where account_id >= 9999999;
insert into journal_entry (id, transaction_id, account_id, asset_symbol, amount)
select 899999999, 900000000, a.id, 'USDC', -(select sum(amount) from balance where account_id >= 9999999)
from account a where a.system_role = 'EXTERNAL_CUSTODY';
update balance set amount = amount - (select sum(amount) from balance where account_id >= 9999999)
where asset_symbol = 'USDC' and account_id = (select id from account where system_role = 'EXTERNAL_CUSTODY');
insert into position (account_id, instrument_id, quantity, average_price, realized_pnl, version)
select 10000000 + i, :swap, 10, 100, 0, 0 from generate_series(1, :n) i;
insert into position (account_id, instrument_id, quantity, average_price, realized_pnl, version)
values (9999999, :swap, -10 * :n, 100, 0, 0);
analyze;
SQL

echo "== redeploying, so that the margin book starts from the seeded database"
"$server/bin/jboss-cli.sh" -c --command="undeploy clearstone.ear"
"$server/bin/jboss-cli.sh" -c --command="deploy $root/ear/target/clearstone.ear"
for _ in $(seq 1 60); do curl -sf -o /dev/null -u risk:demo "$url/oracle/indices/LOAD-USD" && break; sleep 1; done

echo "== first tick: the margin book loads"
loaded_from=$(date +%s%N)
observe 99.99
for _ in $(seq 1 300); do grep -q "margin book loaded: [1-9]" "$base/log/server.log" 2>/dev/null && break; sleep 0.5; done
grep "margin book loaded" "$base/log/server.log" | tail -1
echo "book ready after $(( ($(date +%s%N) - loaded_from) / 1000000 )) ms"

echo "== stepping the price down 0.1 a second"
price=99.05
for _ in $(seq 1 $((victims + 5))); do
  observe "$price"
  price=$(echo "$price - 0.1" | bc)
  sleep 1
done
sleep 15

$pg -c "select 'reconciliation' as check" > /dev/null
curl -s -u risk:demo "$url/ledger/reconciliation" | grep -o '"balanced":[a-z]*'
$pg -v swap="$swap" <<'SQL'
\pset footer off
with first_step as (
  select account_id, min(created_at) as liquidated_at from liquidation_event
  where account_id > 10000000 and kind in ('PARTIAL_LIQUIDATION', 'BANKRUPTCY_CLOSE') group by account_id),
triggered as (
  select f.account_id, extract(epoch from f.liquidated_at - (select max(h.effective_at) from index_price_history h
         where h.symbol = 'LOAD-USD' and h.effective_at <= f.liquidated_at)) * 1000 as ms
  from first_step f)
select count(*) as liquidated_accounts,
       round(percentile_cont(0.5) within group (order by ms)::numeric, 1) as p50_ms,
       round(percentile_cont(0.99) within group (order by ms)::numeric, 1) as p99_ms,
       round(max(ms)::numeric, 1) as max_ms
from triggered;
select count(*) as accounts_in_book from account where margin_method = 'PORTFOLIO';
SQL
