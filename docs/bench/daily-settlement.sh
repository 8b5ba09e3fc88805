#!/usr/bin/env bash
# One daily settlement (variation margin, positions re-struck) and the final settlement of a dated future held by N
# accounts, timed by the server on PostgreSQL, beside a baseline measured in the same run on the same database: one
# SQL transaction that does the settlement's row work by hand (N balance updates, N journal entries, N position
# updates, one statement per row from a PL/pgSQL loop).
#
# Usage (repository root): docs/bench/daily-settlement.sh [positions (100000)] [HTTP port (8580)]
#   management port = 9990 + (HTTP port − 8080). PG_HOST / PG_PORT / PG_USER (default 127.0.0.1, 5432, postgres).
# It creates a database of its own and drops it afterwards, and starts (and stops) a server of its own: the
# postgresql profile's WildFly (ear/target/server-postgresql) with a base directory under target/.
# The N accounts and their positions are written by SQL (opening 100,000 accounts through the API would take most
# of an hour): N/2 longs and N/2 shorts of one contract each, 100,000 USDC each; the server is then told to reload
# its margin book. The figures are the executor's own ("... in N ms" lines of LifecycleExecutor in the server log).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
positions="${1:-100000}"
port="${2:-8580}"
offset=$((port - 8080))
mgmt=$((9990 + offset))
pg_host="${PG_HOST:-127.0.0.1}"
pg_port="${PG_PORT:-5432}"
pg_user="${PG_USER:-postgres}"
database="clearstone_bench_settlement_$$"
api="http://127.0.0.1:$port/api/v1"
psql_bench() { psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$database" -v ON_ERROR_STOP=1 -qAt "$@"; }

cd "$root"
mvn -q package -DskipTests -Ppostgresql
server="$root/ear/target/server-postgresql"
base="$root/target/bench-settlement-$$"
mkdir -p "$base"
cp -r "$server/standalone/." "$base"

createdb -h "$pg_host" -p "$pg_port" -U "$pg_user" "$database"
server_pid=""
stop() {
  "$server/bin/jboss-cli.sh" --controller="127.0.0.1:$mgmt" -c --command=shutdown >/dev/null 2>&1 || true
  [ -n "$server_pid" ] && wait "$server_pid" 2>/dev/null || true
  # --force: a connection the pool had not closed yet must not keep the database alive
  dropdb -h "$pg_host" -p "$pg_port" -U "$pg_user" --if-exists --force "$database" || true
}
trap stop EXIT
DB_URL="jdbc:postgresql://$pg_host:$pg_port/$database" DB_USER="$pg_user" JAVA_OPTS="-Xmx768m -Xms256m" \
  "$server/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$offset" \
  > "$base/console.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 90); do curl -sf -o /dev/null "http://127.0.0.1:$mgmt/health/live" && break; sleep 2; done
"$server/bin/jboss-cli.sh" --controller="127.0.0.1:$mgmt" -c --command="deploy $root/ear/target/clearstone.ear"
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$mgmt/health/ready" && break; sleep 2; done

post() {
  local out
  if ! out=$(curl -sS --fail-with-body -u "$1" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: bench-$(date +%s%N)" -X "${4:-POST}" "$api$2" -d "$3"); then
    echo "${4:-POST} $2 failed: $out" >&2
    return 1
  fi
  printf '%s' "$out"
}
price() {
  post oracle:demo /oracle/observations "{\"symbol\":\"$1\",\"source\":\"bench-${1,,}\",\"price\":$2,\"observedAt\":\"$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)\"}" >/dev/null
}
market() {
  post admin:demo "/oracle/symbols/$1/rules" '{"stalenessSeconds":3600,"minQuorum":1,"maxDeviation":0.9,"maxMovePerInterval":10}' PUT >/dev/null
  post admin:demo /oracle/sources "{\"name\":\"bench-${1,,}\",\"description\":\"benchmark price\",\"reporter\":\"oracle\"}" >/dev/null
  price "$1" "$2"
}
post admin:demo /assets '{"symbol":"USDC","decimals":6,"kind":"STABLECOIN","collateral":true,"collateralWeight":1,"oracleSymbol":"USDC-USD"}' >/dev/null
market USDC-USD 1
post admin:demo /assets '{"symbol":"BNCH","decimals":8,"kind":"TOKEN","collateral":false,"collateralWeight":0,"oracleSymbol":"BNCH-USD"}' >/dev/null
market BNCH-USD 100

# settlements at expiry − 150 s (about 140 s from now) and at expiry
expiry=$(date -u -d "@$(( $(date +%s) + 290 ))" +%Y-%m-%dT%H:%M:%SZ)
future=$(post admin:demo /instruments "{\"type\":\"future.dated\",\"terms\":{\"underlying\":\"BNCH-USD\",\"style\":\"LINEAR\",\
\"contractSize\":1,\"tickSize\":0.01,\"expiry\":\"$expiry\",\"settlementPeriod\":\"PT150S\",\"settlementWindow\":\"PT0S\",\
\"maxLeverage\":10,\"initialMargin\":0.1,\"maintenanceMargin\":0.05}}" | sed -E 's/.*"id":([0-9]+).*/\1/')
echo "future $future expires at $expiry; writing $positions positions"

psql_bench <<SQL
insert into account (id, owner, system_role, margin_mode, status, created_at, version, margin_method)
  select 100000000 + g, 'bench', null, 'CROSS', 'ACTIVE', now(), 0, 'STANDARD' from generate_series(1, $positions) g;
insert into balance (account_id, asset_symbol, amount, version)
  select a.id, s.symbol, case when s.symbol = 'USDC' then 100000 else 0 end, 0
  from account a cross join asset s where a.id > 100000000;
insert into position (account_id, instrument_id, quantity, average_price, realized_pnl, version)
  select 100000000 + g, $future, case when g % 2 = 0 then 1 else -1 end, 100, 0, 0 from generate_series(1, $positions) g;
analyze;
SQL
post admin:demo /margin/book/reload "" >/dev/null
price BNCH-USD 101.25

echo "== server: the daily settlement and the expiry of $positions positions (executor's own timing)"
for _ in $(seq 1 200); do
  grep -q "expiry of instrument $future .* in [0-9]* ms" "$base/log/server.log" 2>/dev/null && break
  [ "$(grep -c "daily-settlement of instrument $future .* in [0-9]* ms" "$base/log/server.log" 2>/dev/null)" -ge 1 ] \
    && price BNCH-USD 99.5
  sleep 3
done
grep -oE "(daily-settlement|expiry) of instrument $future .* in [0-9]+ ms" "$base/log/server.log"
curl -sf -u risk:demo "$api/instruments/$future/events" | head -c 600; echo

echo "== baseline: the same row work in one SQL transaction ($positions balance updates, journal inserts, position updates)"
psql_bench -c "create table bench_journal (id bigserial primary key, account_id bigint, amount numeric(38,18))"
start=$(date +%s%N)
psql_bench <<SQL
do \$\$
declare r record;
begin
  for r in select account_id, quantity from position where instrument_id = $future and account_id > 100000000
           order by account_id loop
    perform 1 from account where id = r.account_id for update;
    update balance set amount = amount + r.quantity * 1.25, version = version + 1
      where account_id = r.account_id and asset_symbol = 'USDC';
    insert into bench_journal (account_id, amount) values (r.account_id, r.quantity * 1.25);
    update position set average_price = 101.25, realized_pnl = realized_pnl + r.quantity * 1.25,
      version = version + 1 where account_id = r.account_id and instrument_id = $future;
  end loop;
end \$\$;
SQL
echo "baseline: $(( ($(date +%s%N) - start) / 1000000 )) ms"
