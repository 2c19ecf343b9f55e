#!/bin/sh
# Run by the build after the runnable jar is made: puts the launcher beside it and makes the class-data archive, a
# static AppCDS archive of the classes loaded while one case is decided and one request assessed. A static archive,
# not a dynamic one (-XX:ArchiveClassesAtExit): Java 17 leaves classes compiled for Java 5 and older out of a dynamic
# archive, and picocli's are. A JVM that cannot make the archive leaves the launcher without one; the launcher then
# starts as `java -jar` does.
# usage: make-launcher.sh JAVA LAUNCHER_DIR TARGET_DIR
set -e
java=$1
src=$2
target=$3
cp "$src/thuiswerk" "$target/thuiswerk"
chmod 755 "$target/thuiswerk"
rm -f "$target/thuiswerk.jsa" "$target/thuiswerk.classlist" "$target/request.classlist"
# the classes of each training run; the second run's classes are added to the first's list, by name, once (an id
# is a number within its own run's list, so it is left off what is added)
ok=true
"$java" -XX:DumpLoadedClassList="$target/thuiswerk.classlist" -jar "$target/thuiswerk.jar" \
    decide "$src/training-case.json" > /dev/null || ok=false
"$java" -XX:DumpLoadedClassList="$target/request.classlist" -jar "$target/thuiswerk.jar" \
    request "$src/training-request.json" > /dev/null || ok=false
if $ok; then
    awk '
        FNR == NR { if ($0 !~ /^@/) seen[$1] = 1; else seen[$0] = 1; print; next }
        /^@/ { if (!($0 in seen)) { seen[$0] = 1; print } next }
        / source: / { next }
        !($1 in seen) { seen[$1] = 1; print $1 }
    ' "$target/thuiswerk.classlist" "$target/request.classlist" > "$target/thuiswerk.classlist.all"
    mv "$target/thuiswerk.classlist.all" "$target/thuiswerk.classlist"
    "$java" -Xshare:dump -XX:SharedClassListFile="$target/thuiswerk.classlist" \
        -XX:SharedArchiveFile="$target/thuiswerk.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -cp "$target/thuiswerk.jar" > /dev/null 2>&1 || { rm -f "$target/thuiswerk.jsa"; ok=false; }
fi
rm -f "$target/request.classlist"
$ok || echo "make-launcher: no class-data archive made; the launcher starts without one" >&2
