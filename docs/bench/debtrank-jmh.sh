#!/usr/bin/env bash
# JMH: differential DebtRank beside classic DebtRank (its baseline, in the same run) on the generated network of
# 10,000 nodes / 200,000 edges, for 10 defaulted nodes and for 5% distress on every node. 2 GiB heap.
# Usage (repository root): docs/bench/debtrank-jmh.sh [JMH options]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
module="$root/risk-graph"
mvn -q -f "$module/pom.xml" test-compile dependency:build-classpath -Dmdep.outputFile="$module/target/jmh.classpath"
java -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/jmh.classpath")" \
  org.openjdk.jmh.Main DebtRankVariantsBenchmark "$@"
