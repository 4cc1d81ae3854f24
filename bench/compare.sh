#!/usr/bin/env bash
# Times dossier and Hugo side by side on the same synthetic dossier, A/B alternating, with
# /usr/bin/time: wall time, CPU time (user + system) and peak resident memory of each build.
#
#   bench/compare.sh [ROUNDS] [N ...]        defaults: 3 rounds, N = 1000 10000
#
# The synthetic dossier and its Hugo twin come from dossier.bench.SyntheticDossier (test
# sources): same Markdown bodies, one page per article and entity, topics as a taxonomy.
# Prints Markdown tables, for docs/benchmarks.md: the medians, and the median of the rounds'
# ratios of wall time and of CPU time (dossier's over Hugo's in the same round), with a 95 %
# confidence interval for each median and the number of rounds dossier was faster in.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
shift || true
sizes=${*:-1000 10000}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need hugo || [ ! -x /usr/bin/time ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq hugo time >/dev/null
fi

mvn -q -B package -DskipTests
# Through a file: Maven's console writes terminal escapes to its standard output.
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# A 95 % confidence interval for the median of the numbers on standard input, free of any
# assumption about their distribution: the k-th smallest and the k-th largest, k the largest
# rank for which the median lies between them with a probability of at least 95 % (from the
# binomial distribution with p = 1/2). A single round's ratio scatters with the machine's other
# tenants; this says how far the median of a run can be trusted. Six rounds at least.
interval() {
  sort -n | awk '
    { v[NR] = $1 }
    END {
      n = NR; below = 0; k = 0; term = 0.5 ^ n
      # below: the probability that at most i - 1 of n rounds fall under the median.
      for (i = 1; i <= n / 2; i++) {
        below += term; term = term * (n - i + 1) / i
        if (1 - 2 * below >= 0.95) k = i; else break
      }
      if (k == 0) print "n/a (6 rounds or more)"; else printf "%.2f–%.2f", v[k], v[n - k + 1]
    }'
}

ratios=""
echo "| tool | N articles | pages | wall s (median) | CPU s (median) | peak RSS MiB (median) |"
echo "|---|---|---|---|---|---|"
for n in $sizes; do
  java -cp "$classpath" dossier.bench.SyntheticDossier "$n" 1 "$work/d$n" "$work/h$n"
  : > "$work/dossier-$n.txt"
  : > "$work/hugo-$n.txt"
  for round in $(seq "$rounds"); do
    # A/B alternating: one dossier build, then one Hugo build, each into a new output folder.
    # The last round's output is moved aside, not deleted: on ext4 without a journal, creating
    # files within a minute of deleting thousands scans the deleted inodes, and each round would
    # grow slower than the one before it, for both tools.
    mkdir -p "$work/old"
    for out in "$work/d$n-out" "$work/h$n-out"; do
      if [ -e "$out" ]; then mv "$out" "$work/old/$(basename "$out")-$round"; fi
    done
    /usr/bin/time -f "%e %U %S %M" -a -o "$work/dossier-$n.txt" \
      java -jar target/dossier.jar build --source "$work/d$n" --out "$work/d$n-out" >/dev/null
    (cd "$work/h$n" && /usr/bin/time -f "%e %U %S %M" -a -o "$work/hugo-$n.txt" \
      hugo --quiet -d "$work/h$n-out" >/dev/null)
  done
  # Each round's two builds ran side by side, so the ratio of their wall times is the fairest
  # comparison on a shared machine whose load drifts from one round to the next.
  # Each line: dossier's wall, user, system time and memory, then Hugo's, from the same round.
  paired=$(paste "$work/dossier-$n.txt" "$work/hugo-$n.txt")
  wall_ratios=$(awk '{ print $1 / $5 }' <<<"$paired")
  # CPU time moves less with the machine's other tenants than wall time does: what a tool would
  # take of a quiet machine's cores.
  cpu_ratios=$(awk '{ print ($2 + $3) / ($6 + $7) }' <<<"$paired")
  ratio=$(median <<<"$wall_ratios")
  cpu_ratio=$(median <<<"$cpu_ratios")
  ratio_ci=$(interval <<<"$wall_ratios")
  cpu_ci=$(interval <<<"$cpu_ratios")
  each=$(awk '{ printf "%s%.2f", (NR > 1 ? ", " : ""), $1 / $5 }' <<<"$paired")
  faster=$(awk '$1 < $5 { n++ } END { printf "%d of %d", n, NR }' <<<"$paired")
  ratios="$ratios| $n | $(printf '%.2f' "$ratio") | $ratio_ci | $faster | $each | $(printf '%.2f' "$cpu_ratio") | $cpu_ci |
"
  for tool in dossier hugo; do
    out="$work/d$n-out"; [ "$tool" = hugo ] && out="$work/h$n-out"
    pages=$(find "$out" -name '*.html' | wc -l)
    wall=$(awk '{ print $1 }' "$work/$tool-$n.txt" | median)
    cpu=$(awk '{ print $2 + $3 }' "$work/$tool-$n.txt" | median)
    rss=$(awk '{ print int($4 / 1024) }' "$work/$tool-$n.txt" | median)
    echo "| $tool | $n | $pages | $wall | $cpu | $rss |"
  done
done
echo
echo "| N articles | dossier's wall time / Hugo's, median of rounds | 95 % interval | rounds dossier was faster | each round | dossier's CPU time / Hugo's, median of rounds | 95 % interval |"
echo "|---|---|---|---|---|---|---|"
printf '%s' "$ratios"
