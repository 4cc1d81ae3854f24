#!/usr/bin/env bash
# serve's rebuild after one edit to an article's title or body, with JMH, in one JVM warmed up by
# the iterations before (src/test/java/dossier/cli/EditBenchmark): steadier than bench/serve.sh,
# which times serve from outside, for comparing two versions of the code.
#
#   bench/edits.sh [N ...]        default: N = 1000
#
# Any further JMH options can follow after "--", e.g. bench/edits.sh 10000 -- -i 20
BENCHMARK=EditBenchmark exec "$(dirname "$0")/stages.sh" "$@"
