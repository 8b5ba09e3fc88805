#!/usr/bin/env bash
# Deposit throughput through the API on PostgreSQL, beside pgbench on the same machine.
# Usage (from the repository root): docs/bench/run.sh      Needs: wrk, pgbench, PostgreSQL on 127.0.0.1:5432.
# It resets the public schema of database "test", starts a server without the demo market, loads it with wrk
# (8 connections, 45 s warm-up for the JIT, 30 s measured), then runs pgbench with the same 8 clients for 30 s.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bench="$root/docs/bench"
server="$root/ear/target/server-postgresql"
base=$(mktemp -d)
pg="psql -h 127.0.0.1 -U postgres -q"

mvn -q -f "$root/pom.xml" package -DskipTests -Ppostgresql
$pg -d test -c "DROP SCHEMA IF EXISTS public CASCADE" -c "CREATE SCHEMA public" 2>/dev/null
cp -r "$server/standalone/." "$base"
"$server/bin/standalone.sh" -Djboss.server.base.dir="$base" --read-only-server-config=standalone.xml \
  > "$base/console.log" 2>&1 &
trap '"$server/bin/jboss-cli.sh" -c --command=shutdown >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null http://127.0.0.1:9990/health/live && break; sleep 2; done
"$server/bin/jboss-cli.sh" -c --command="deploy $root/ear/target/clearstone.ear"

cd "$bench"
./setup.sh > accounts.txt
wrk -t2 -c8 -d45s -s deposit.lua http://127.0.0.1:8080 > /dev/null
echo "== API: POST /api/v1/accounts/{id}/deposits, 8 connections, 30 s"
wrk -t2 -c8 -d30s -s deposit.lua http://127.0.0.1:8080 | tail -6
curl -s -u risk:demo http://127.0.0.1:8080/api/v1/ledger/reconciliation; echo

echo "== pgbench: deposit-shaped transaction (pgbench-deposit.sql), 8 clients, 30 s"
$pg -d test -f pgbench-schema.sql 2>/dev/null
pgbench -h 127.0.0.1 -U postgres -n -c 8 -j 2 -T 30 -f pgbench-deposit.sql test | grep -E "tps|latency average"
echo "== pgbench: built-in simple update (-N, scale 8), 8 clients, 30 s"
$pg -d postgres -c 'DROP DATABASE IF EXISTS pgbench_ref' -c 'CREATE DATABASE pgbench_ref'
pgbench -h 127.0.0.1 -U postgres -i -s 8 -q pgbench_ref > /dev/null 2>&1
pgbench -h 127.0.0.1 -U postgres -n -N -c 8 -j 2 -T 30 pgbench_ref | grep -E "tps|latency average"
