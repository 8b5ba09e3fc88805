#!/usr/bin/env bash
# JMH: DebtRank, the DebtRank ranking, Eisenberg–Noe and the threshold search on a generated network of 10,000
# nodes / 200,000 edges, each beside a dense-matrix version in the same run. Needs about 9 GiB of memory.
# Usage (repository root): docs/bench/risk-graph-jmh.sh [JMH options]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
module="$root/risk-graph"
mvn -q -f "$module/pom.xml" test-compile dependency:build-classpath -Dmdep.outputFile="$module/target/jmh.classpath"
java -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/jmh.classpath")" \
  org.openjdk.jmh.Main RiskGraphBenchmark "$@"
