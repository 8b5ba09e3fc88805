#!/usr/bin/env bash
# JMH: our option pricer and implied-vol solver against OpenGamma Strata in the same run.
# Usage (repository root): docs/bench/options-jmh.sh [JMH options]   default: -f 1 -wi 3 -w 2s -i 5 -r 3s
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
module="$root/instruments-options"
mvn -q -f "$root/pom.xml" install -pl instruments-spi -DskipTests
mvn -q -f "$module/pom.xml" test-compile dependency:build-classpath -Dmdep.outputFile="$module/target/jmh.classpath"
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(-f 1 -wi 3 -w 2s -i 5 -r 3s)
java -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/jmh.classpath")" \
  org.openjdk.jmh.Main OptionPricingBenchmark "${args[@]}"
