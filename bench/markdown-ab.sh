#!/usr/bin/env bash
# The markdown stage of two jars side by side in one JVM: each parses and renders the same N
# synthetic article bodies by turns, and the median ratio of their CPU time per round is printed
# (src/test/java/dossier/bench/MarkdownSideBySide). Precise to about 1 % on a shared machine,
# where whole builds are not: use it to tell whether a change to the stage helps.
#
#   bench/markdown-ab.sh A.jar B.jar [N] [ROUNDS]      defaults: N = 2000, 13 rounds
#
# The JVM runs as a build's second JVM does: the quick compiler only, the throughput collector.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,8p' "$0"; exit 2; }
a=$(realpath "$1")
b=$(realpath "$2")
n=${3:-2000}
rounds=${4:-13}
cd "$(dirname "$0")/.."
mvn -q -B test-compile
# Through a file: Maven's console writes terminal escapes to its standard output.
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "$classpath" dossier.bench.SyntheticDossier "$n" 1 "$work/d" "$work/h"
java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:MaxTenuringThreshold=0 -Xmx1g -Xmn128m -cp "$classpath" \
  dossier.bench.MarkdownSideBySide "$a" "$b" "$work/d/content/articles" "$n" "$rounds"
