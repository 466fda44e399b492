package dev.statebench.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * How each fork measures: JMH warm-up and measurement iterations, benchmark modes, and whether {@code -prof gc}
 * records allocation per operation. Every fork runs with {@code -f 1}: one fork per build per round is the unit the
 * gate pairs.
 *
 * @param modes JMH modes, e.g. {@code avgt} or {@code avgt, sample}
 */
public record ForkSettings(int warmupIterations, int warmupSeconds, int iterations, int iterationSeconds,
    List<String> modes, boolean allocation) {

  public ForkSettings {
    modes = List.copyOf(modes);
    if (warmupIterations < 0 || warmupSeconds < 1 || iterations < 1 || iterationSeconds < 1 || modes.isEmpty()) {
      throw new IllegalArgumentException("fork settings need ≥ 0 warm-up and ≥ 1 measurement iterations of ≥ 1 s "
          + "and at least one mode");
    }
  }

  /** The JMH arguments for these settings (without include pattern, result file or JVM arguments). */
  public List<String> jmhArgs() {
    List<String> args = new ArrayList<>(List.of(
        "-f", "1",
        "-wi", String.valueOf(warmupIterations), "-w", warmupSeconds + "s",
        "-i", String.valueOf(iterations), "-r", iterationSeconds + "s",
        "-bm", String.join(",", modes),
        "-foe", "true"));
    if (allocation) {
      args.add("-prof");
      args.add("gc");
    }
    return args;
  }

  /** Rough seconds one fork of one benchmark takes: iterations plus about 2 s of JVM start and set-up. */
  public long estimatedSecondsPerBenchmark() {
    return (long) warmupIterations * warmupSeconds + (long) iterations * iterationSeconds + 2;
  }
}
