#!/usr/bin/env bash
# JMH: pricing a pool of 10,000 loans (every tranche's analytics) by the large-pool, finite-pool and Monte Carlo
# methods, beside single expectations of the former algorithm in the same run.
# Usage (repository root): docs/bench/tranches-jmh.sh [JMH options]   (iterations are set on the methods)
#                          docs/bench/tranches-jmh.sh cpu [word]      (the same operations by thread CPU time)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
module="$root/instruments-tranches"
mvn -q -f "$root/pom.xml" test-compile dependency:build-classpath -pl instruments-tranches -am \
  -Dmdep.outputFile="$module/target/jmh.classpath"
classpath="$module/target/test-classes:$module/target/classes:$(cat "$module/target/jmh.classpath")"
if [ "${1:-}" = cpu ]; then
  shift
  exec java -Xmx1g -cp "$classpath" io.clearstone.instruments.tranches.PoolPricingCpuTime "$@"
fi
java -cp "$classpath" org.openjdk.jmh.Main PoolPricingBenchmark "$@"
