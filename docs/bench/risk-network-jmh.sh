#!/usr/bin/env bash
# JMH: building the live risk network's members' side for 100,000 accounts (200,002 balances, 300,000 positions) from
# the whole-book read-only queries, beside a select count(*) over the same rows and the old per-account reads on a
# sample, in the same run. The database is an in-memory H2 the benchmark creates and drops itself: no server, no port,
# no outside database is touched. Needs about 5 GiB of memory.
# Usage (repository root): docs/bench/risk-network-jmh.sh [JMH options]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
module="$root/domain"
# one reactor build of domain and the modules it needs (their classes from target/, nothing installed)
mvn -q -f "$root/pom.xml" -pl domain -am test-compile dependency:build-classpath -DincludeScope=test \
  -Dmdep.outputFile="$module/target/jmh.classpath"
java -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/jmh.classpath")" \
  org.openjdk.jmh.Main RiskNetworkBenchmark "$@"
