#!/bin/sh
# Runs the JMH benchmarks on the bench module's class path as separate jars (as an application would have the
# library), after `mvn -B -o -q install -pl bench`. Arguments go to JMH, e.g.:
#   bench/jmh.sh -f 2 -wi 3 -i 5 SingleDecision
#   bench/jmh.sh ColdStart            (KIE's class-path container needs this, not the shaded jar)
#   bench/jmh.sh -l                   (list the benchmarks)
set -e
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -f "$here/target/classpath.txt" ] || [ ! -d "$here/target/classes" ]; then
  echo "build first: mvn -B -o -q install -pl bench" >&2
  exit 2
fi
exec java -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" org.openjdk.jmh.Main "$@"
