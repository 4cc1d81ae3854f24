#!/usr/bin/env bash
# How long serve takes to rebuild after one article changes, on the synthetic dossier of N
# articles: serve's own "rebuilt in" figure, from the moment it is told of the change to the new
# site served, and the time from just before the save to that line in serve's output.
#
#   bench/serve.sh [N] [EDITS] [ROUNDS] [JAR ...]   defaults: 10000, 15, 1, target/dossier.jar
#   WARMUP=20 bench/serve.sh ...                    20 unmeasured edits of each kind first
#
# For each round, each jar in turn (two jars alternate, A/B) starts serve on a fresh copy of the
# dossier, waits until it serves and five seconds more (it rehearses edits for some seconds after,
# one at a time while no change waits), then saves EDITS edits to a word of content/articles/a-0.md's body, then EDITS to its
# title, a second apart. Prints a Markdown table, for docs/benchmarks.md: the first three edits
# of each kind, as an editor who starts serve and starts writing meets them, and the median and
# range of all, and the median CPU time of the threads that rebuild. With WARMUP=W, each kind's measured edits come after W unmeasured ones, half a
# second apart: an editor who has worked a while meets code the JVM has compiled, which the
# first edits after start do not run (the optimising compiler is still at it).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
edits=${2:-15}
rounds=${3:-1}
warmup=${WARMUP:-0}
shift 3 2>/dev/null || shift $#
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=(target/dossier.jar)

# Maven's console writes terminal escapes to its standard output: kept off this script's table.
mvn -q -B package -DskipTests >&2
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >&2
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
work=$(mktemp -d)
# Each edit's figures, kept after the run: ROUND-KIND-JAR.txt, serve's figure then the outside one.
results=target/serve-bench
rm -rf "$results" && mkdir -p "$results"
serving=""
stop() { if [ -n "$serving" ]; then kill "$serving" 2>/dev/null || true; wait "$serving" 2>/dev/null || true; serving=""; fi; }
trap 'stop; rm -rf "$work"' EXIT
java -cp "$classpath" dossier.bench.SyntheticDossier "$n" 1 "$work/dossier" "$work/hugo" >/dev/null

# rebuild_cpu PID: the CPU time in ms of the threads that rebuild in serve's JVM PID, its main
# thread and the common fork-join pool's, without the compiler's and the collector's: on a
# shared machine the CPU an edit takes moves less between runs than its wall time. A thread's
# stat holds its name in parentheses; after it, fields 12 and 13 are user and system time in
# clock ticks (10 ms where CLK_TCK is 100).
tick_ms=$((1000 / $(getconf CLK_TCK)))
rebuild_cpu() {
  local total=0 task name ticks
  for task in /proc/"$1"/task/*; do
    name=$(cat "$task/comm" 2>/dev/null) || continue
    case "$name" in java | ForkJoinPool*) ;; *) continue ;; esac
    ticks=$(sed 's/.*) //' "$task/stat" 2>/dev/null | awk '{ print $12 + $13 }') || continue
    total=$((total + ${ticks:-0}))
  done
  echo $((total * tick_ms))
}

# edit LOG FILE KIND I: saves one edit, waits for serve's next "rebuilt", prints serve's figure,
# the outside one and the rebuilding threads' CPU
edit() {
  local log=$1 file=$2 kind=$3 i=$4 before t0 line cpu0
  before=$(grep -c '^rebuilt' "$log" || true)
  cpu0=$(rebuild_cpu "$worker")
  t0=$(date +%s%N)
  if [ "$kind" = title ]; then
    sed -i "s/^title: .*/title: Edited $i$RANDOM/" "$file"
  else
    # The first word after the first paragraph's first word: its length, and the positions after it, change.
    perl -0pi -e "s/(\n\n[A-Z][a-z]* )[a-z0-9]+/\${1}w$i$RANDOM/" "$file"
  fi
  # A loop that costs nothing to start: the clock is running (a list of 30,000 numbers to walk
  # took tens of milliseconds to make).
  local polls=0
  while [ "$(grep -c '^rebuilt' "$log" || true)" -le "$before" ] && [ "$polls" -lt 30000 ]; do
    sleep 0.002
    polls=$((polls + 1))
  done
  local outside=$(( ($(date +%s%N) - t0) / 1000000 ))
  line=$(grep '^rebuilt' "$log" | tail -1)
  echo "$(echo "$line" | awk '{ print $3 }') $outside $(( $(rebuild_cpu "$worker") - cpu0 ))"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for round in $(seq "$rounds"); do
  for j in "${!jars[@]}"; do
    jar=${jars[$j]}
    rm -rf "$work/copy" && cp -r "$work/dossier" "$work/copy"
    log="$work/serve.log"
    java -jar "$jar" serve --source "$work/copy" --port 0 >"$log" 2>&1 &
    serving=$!
    for _ in $(seq 600); do grep -q '^serving' "$log" && break; sleep 0.5; done
    grep -q '^serving' "$log" || { cat "$log"; exit 1; }
    # serve sizes its heap and runs in a second JVM, the first one's child; where it does not, in the first.
    worker=$(pgrep -P "$serving" java | head -1 || true)
    worker=${worker:-$serving}
    sleep 5
    for kind in body title; do
      for i in $(seq "$warmup"); do
        edit "$log" "$work/copy/content/articles/a-0.md" "$kind" "w$i" >/dev/null
        sleep 0.5
      done
      for i in $(seq "$edits"); do
        edit "$log" "$work/copy/content/articles/a-0.md" "$kind" "$i"
        sleep 1
      done > "$results/$round-$kind-$j.txt"
    done
    whole=$(grep '^rebuilt' "$log" | grep -vc 'an edit to' || true)
    if [ "$whole" -gt 1 ]; then echo "warning: $jar: $((whole - 1)) edits ran the whole pipeline" >&2; fi
    stop
  done
done

echo "| jar | edit | first three, ms | median ms | range ms | outside serve's figure, median ms | rebuilding threads' CPU, median ms |"
echo "|---|---|---|---|---|---|---|"
for j in "${!jars[@]}"; do
  jar=${jars[$j]}
  for kind in body title; do
    files=("$results"/*-"$kind-$j.txt")
    first=$(for f in "${files[@]}"; do head -3 "$f" | awk '{ print $1 }' | paste -sd, -; done | paste -sd';' - | sed 's/,/, /g; s/;/; /g')
    all=$(cat "${files[@]}" | awk '{ print $1 }')
    outside=$(cat "${files[@]}" | awk '{ print $2 - $1 }' | median)
    cpu=$(cat "${files[@]}" | awk '{ print $3 }' | median)
    echo "| $jar | $kind | $first | $(echo "$all" | median) | $(echo "$all" | sort -n | head -1)–$(echo "$all" | sort -n | tail -1) | $outside | $cpu |"
  done
done
