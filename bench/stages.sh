#!/usr/bin/env bash
# Stage-level figures with JMH: load, markdown, graph, render and a whole in-process build of a
# synthetic dossier, each after the JIT has warmed up (src/test/java/dossier/bench/StageBenchmark).
#
#   bench/stages.sh [N ...]        default: N = 1000
#
# Any further JMH options can follow after "--", e.g. bench/stages.sh 1000 -- -i 10
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do sizes+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ ${#sizes[@]} -eq 0 ] && sizes=(1000)
param=$(IFS=,; echo "${sizes[*]}")

mvn -q -B test-compile
# Through a file: Maven's console writes terminal escapes to its standard output.
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
# BENCHMARK=EditBenchmark runs serve's rebuild after one edit instead (bench/edits.sh).
benchmark=${BENCHMARK:-StageBenchmark}
java -cp "$classpath" org.openjdk.jmh.Main "$benchmark" -p articles="$param" -rf text -rff "target/$benchmark.txt" "$@"
cat "target/$benchmark.txt"
