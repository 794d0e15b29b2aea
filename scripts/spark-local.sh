#!/usr/bin/env bash
# Runs the Spark job (dev.dossier.spark.AnalyzeJob) in one local JVM, without a Spark installation:
# Spark comes from the Maven dependencies of dossier-spark (scope provided).
#
#   scripts/spark-local.sh --master 'local[2]' --output OUT INPUT...     (AnalyzeJob --help for options)
#
# Environment: SPARK_HEAP (default 2g), SPARK_LOCAL_IP (default 127.0.0.1), NO_BUILD=1 to skip the build,
# SPARK_JAVA_OPTS for more JVM options (a profiler, GC logging).
set -euo pipefail
cd "$(dirname "$0")/.."
CPFILE=dossier-spark/target/spark-local.classpath
if [ "${NO_BUILD:-0}" != 1 ] || [ ! -f "$CPFILE" ]; then
  mvn -q -B -o -pl dossier-spark -am -DskipTests package \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -DincludeScope=compile -Dmdep.outputFile=target/spark-local.classpath
fi
# what spark-submit adds on Java 17 (org.apache.spark.launcher.JavaModuleOptions)
OPENS=(-XX:+IgnoreUnrecognizedVMOptions)
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
  java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  OPENS+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
# shellcheck disable=SC2086
exec java "-Xmx${SPARK_HEAP:-2g}" ${SPARK_JAVA_OPTS:-} "${OPENS[@]}" -Djdk.reflect.useDirectMethodHandle=false \
  -Dio.netty.tryReflectionSetAccessible=true -Dspark.ui.enabled=false \
  -cp "dossier-spark/target/classes:$(cat "$CPFILE")" dev.dossier.spark.AnalyzeJob "$@"
