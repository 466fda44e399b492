# Sourced by the scripts in scripts/: locates the project and builds a module's runnable jar when it is missing
# or older than the module's sources or any pom.xml. Usage:
#   source "$(dirname "$0")/lib/build.sh"
#   jar="$(statebench_jar benchmarks benchmarks.jar)"
#   exec "$(statebench_java)" -jar "$jar" …

STATEBENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Prints the path of MODULE/target/JAR_NAME, building the project first if that jar is missing or stale.
statebench_jar() {
  local module="$1" jar_name="$2"
  local jar="$STATEBENCH_ROOT/$module/target/$jar_name"
  if [[ ! -f "$jar" ]] || [[ -n "$(find "$STATEBENCH_ROOT/pom.xml" "$STATEBENCH_ROOT/$module/pom.xml" \
      "$STATEBENCH_ROOT/$module/src/main" -newer "$jar" -print -quit 2>/dev/null)" ]]; then
    echo "statebench: building $module/target/$jar_name (./mvnw -B -q -DskipTests package) ..." >&2
    (cd "$STATEBENCH_ROOT" && ./mvnw -B -q -DskipTests package) >&2 || {
      echo "statebench: the build failed; run './mvnw -B -DskipTests package' to see why" >&2
      exit 1
    }
  fi
  printf '%s\n' "$jar"
}

# Prints the java launcher to use: $JAVA_HOME/bin/java when JAVA_HOME is set, else java from PATH.
statebench_java() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    printf '%s\n' "$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    printf '%s\n' java
  else
    echo "statebench: no java found: install JDK 17 or newer, or set JAVA_HOME" >&2
    exit 1
  fi
}
