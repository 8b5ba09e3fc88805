#!/usr/bin/env bash
# Failover of the clearing engine, over several kills, and deposit throughput on one node and on two, in one run:
# two nodes of the clustered server (bin/cluster) on a PostgreSQL database this script creates for itself and drops
# afterwards; ClusterFailoverIT does the work and prints the figures ("ClusterFailoverIT ..." lines).
# Usage (repository root): docs/bench/cluster-failover.sh [kills (5)] [base HTTP port (8880)] [seconds of load (20)]
#   node 1 serves HTTP on the base port, node 2 on base + 100; management on 9990 + (base − 8080) (+ 100);
#   JGroups on 7600 + the same offsets. PG_HOST / PG_PORT / PG_USER (default 127.0.0.1, 5432, postgres).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
kills="${1:-5}"
base_port="${2:-8880}"
seconds="${3:-20}"
pg_host="${PG_HOST:-127.0.0.1}"
pg_port="${PG_PORT:-5432}"
pg_user="${PG_USER:-postgres}"
database="clearstone_bench_failover_$$"

createdb -h "$pg_host" -p "$pg_port" -U "$pg_user" "$database"
trap 'dropdb -h "$pg_host" -p "$pg_port" -U "$pg_user" --if-exists "$database"' EXIT

cd "$root"
mkdir -p target
DB_URL="jdbc:postgresql://$pg_host:$pg_port/$database" DB_USER="$pg_user" \
  mvn verify -Pcluster -pl integration-tests -am -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=ClusterFailoverIT -Dfailover.kills="$kills" -Dfailover.base-port="$base_port" \
    -Dcluster.throughput.seconds="$seconds" \
  | tee "target/cluster-failover-bench.log" | grep --line-buffered "ClusterFailoverIT" || true
grep -q "BUILD SUCCESS" target/cluster-failover-bench.log
