#!/usr/bin/env bash
# serve's rebuild after one edit to an article's title or body, with JMH, in one JVM warmed up by
# the iterations before (src/test/java/dossier/cli/EditBenchmark): steadier than bench/serve.sh,
# which times serve from outside, for comparing two versions of the code.
#
#   bench/edits.sh [N ...]        default: N = 1000
#
# Any further JMH options can follow after "--", e.g. bench/edits.sh 10000 -- -i 20
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
java -cp "$classpath" org.openjdk.jmh.Main EditBenchmark -p articles="$param" -rf text -rff target/edits.txt "$@"
cat target/edits.txt
