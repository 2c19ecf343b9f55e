#!/bin/sh
# Run by the build after the runnable jar is made: puts the launcher beside it and makes the class-data archive
# (a dynamic AppCDS archive of the classes loaded while one case is decided). A JVM that cannot make the archive
# leaves the launcher without one; the launcher then starts as `java -jar` does.
# usage: make-launcher.sh JAVA LAUNCHER_DIR TARGET_DIR
set -e
java=$1
src=$2
target=$3
cp "$src/thuiswerk" "$target/thuiswerk"
chmod 755 "$target/thuiswerk"
rm -f "$target/thuiswerk.jsa"
"$java" -XX:ArchiveClassesAtExit="$target/thuiswerk.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar "$target/thuiswerk.jar" decide "$src/training-case.json" > /dev/null \
    || echo "make-launcher: no class-data archive made; the launcher starts without one" >&2
