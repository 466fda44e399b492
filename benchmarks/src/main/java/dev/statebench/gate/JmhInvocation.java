package dev.statebench.gate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One JMH run of one benchmark class with its parameter values: what each build executes once per round.
 *
 * @param label a short, file-name-safe name, unique within a benchmark set
 * @param benchmarkClass the fully qualified class name (the builds may differ, so it is a name, not a class)
 * @param params parameter name to values, in order
 * @param threads JMH {@code -t}
 * @param populatesServers whether each trial fills (and empties) tables or keys on the shared servers: two such forks
 *     must never run at the same time, so duet mode runs them one after the other
 */
public record JmhInvocation(String label, String benchmarkClass, Map<String, List<String>> params, int threads,
    boolean populatesServers) {
  private static final Pattern SAFE_LABEL = Pattern.compile("[A-Za-z0-9_.]+");

  public JmhInvocation {
    if (!SAFE_LABEL.matcher(label).matches()) {
      throw new IllegalArgumentException("invocation label must be letters, digits, '_' or '.': " + label);
    }
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** The JMH command-line arguments that select exactly this: include pattern, {@code -p} values and threads. */
  public List<String> jmhArgs() {
    List<String> args = new ArrayList<>();
    args.add("^" + Pattern.quote(benchmarkClass) + "\\.");
    params.forEach((name, values) -> {
      args.add("-p");
      args.add(name + "=" + String.join(",", values));
    });
    args.add("-t");
    args.add(String.valueOf(threads));
    return args;
  }

  /** Number of parameter combinations (benchmarks per mode). */
  public int combinations() {
    return params.values().stream().mapToInt(List::size).reduce(1, (a, b) -> a * b);
  }
}
