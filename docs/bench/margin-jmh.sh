#!/usr/bin/env bash
# JMH: re-margin after one index tick for 100,000 accounts × 10 positions over 2,000 instruments, portfolio mode:
# the incremental PortfolioBook against a naive full re-pricing of every position, in the same run.
# Usage (repository root): docs/bench/margin-jmh.sh [JMH options]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
module="$root/domain"
mvn -q -f "$root/pom.xml" install -pl instruments-spi,instruments-options,instruments-perps -DskipTests
mvn -q -f "$module/pom.xml" test-compile dependency:build-classpath -Dmdep.outputFile="$module/target/jmh.classpath"
java -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/jmh.classpath")" \
  org.openjdk.jmh.Main PortfolioMarginBenchmark "$@"
