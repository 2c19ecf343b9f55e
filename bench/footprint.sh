#!/usr/bin/env bash
# What an application inherits from thuiswerk-rules, and how fast a process that decides one case starts.
# Run from the root of a clone after `mvn -B -q -DskipTests package`, which builds the command line's jar and writes
# the examples module's runtime class path to examples/target/runtime-classpath.txt. Prints:
#   - the runtime class path of thuiswerk-rules (the examples module's, less its logging binding): jar count, MB;
#   - cold start, whole process, median of 5 (each a new JVM): `java -version` (the baseline), the README's example
#     on that class path, and `java -jar cli/target/thuiswerk.jar decide` of one case; and each as a ratio of the
#     baseline, measured in the same run, so that figures from a busy machine can still be compared.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
# another build's files can be measured the same way, to compare before and after in one run
cp_file=${CLASSPATH_FILE:-examples/target/runtime-classpath.txt}
cli_jar=${CLI_JAR:-cli/target/thuiswerk.jar}
classes=${EXAMPLES_CLASSES:-examples/target/classes}
if [ ! -f "$cp_file" ] || [ ! -f "$cli_jar" ]; then
  echo "build first: mvn -B -q -DskipTests package" >&2
  exit 2
fi
case_file=$(mktemp)
trap 'rm -f "$case_file"' EXIT
# the examples module is one application: its own logging binding is not the library's
jars=$(tr ':' '\n' < "$cp_file" | grep -v '/slf4j-simple-' || true)
count=$(printf '%s\n' "$jars" | grep -c '\.jar$')
bytes=$(printf '%s\n' "$jars" | xargs stat -c %s | awk '{s += $1} END {print s}')
echo "runtime class path of thuiswerk-rules: $count jars, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1048576}') MB"
printf '%s\n' "$jars" | xargs -n1 basename | sort | tr '\n' ' '; echo
for tool in ecj drools-ecj drools-drl-parser antlr-runtime antlr4-runtime; do
  if printf '%s\n' "$jars" | grep -q "/$tool-[0-9]"; then echo "  holds $tool"; fi
done

head -1 examples/cases/cases.jsonl > "$case_file"
cp="$classes:$(cat "$cp_file")"

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
time_ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
echo "load average at start: $(cut -d' ' -f1 /proc/loadavg)"
base=(); readme=(); cli=()
for _ in $(seq "$runs"); do
  base+=("$(time_ms java -version)")
  readme+=("$(time_ms java -cp "$cp" nl.thuiswerk.examples.ReadmeExample)")
  cli+=("$(time_ms java -jar "$cli_jar" decide "$case_file")")
done
b=$(printf '%s\n' "${base[@]}" | median)
r=$(printf '%s\n' "${readme[@]}" | median)
c=$(printf '%s\n' "${cli[@]}" | median)
echo "cold start, median of $runs: java -version $b ms; README example on the class path $r ms ($(awk -v x="$r" -v y="$b" 'BEGIN {printf "%.1f", x / y}')x); cli decide $c ms ($(awk -v x="$c" -v y="$b" 'BEGIN {printf "%.1f", x / y}')x)"
echo "load average at end: $(cut -d' ' -f1 /proc/loadavg)"
