package dev.statebench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The files of one open-loop run at one rate: {@code <target>-<rate>.hgrm} (percentile distribution of response
 * times in microseconds, HdrHistogram's text format), {@code <target>-<rate>.hlog} (interval log in nanoseconds,
 * tagged {@code load?target=…&rate=…}) and the JSON summary of the whole sweep.
 */
public final class LoadReport {
  private LoadReport() {}

  /** Base name of a rate's files. */
  public static String baseName(LoadTarget target, double rate) {
    return target.label() + "-" + formatRate(rate);
  }

  public static String formatRate(double rate) {
    return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
  }

  /** Writes the {@code .hgrm} of a run (values scaled to microseconds). */
  public static Path writeHgrm(Path folder, LoadTarget target, OpenLoopGenerator.Run run) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      run.responseTimes().outputPercentileDistribution(out, 1000.0);
    }
    Path file = folder.resolve(baseName(target, run.schedule().ratePerSecond()) + ".hgrm");
    AtomicFiles.writeString(file, bytes.toString(StandardCharsets.UTF_8));
    return file;
  }

  /** One rate's summary: offered and achieved rate, outcome counts, percentiles in µs, schedule adherence. */
  public static Map<String, Object> summary(OpenLoopGenerator.Run run, boolean saturated) {
    Histogram h = run.responseTimes();
    Histogram s = run.serviceTimes();
    OutcomeCounts o = run.outcomes();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("offeredRate", run.schedule().ratePerSecond());
    entry.put("requests", run.schedule().count());
    entry.put("achievedRate", o.succeededCount() / (run.elapsedNanos() / 1e9));
    entry.put("succeeded", o.succeededCount());
    entry.put("timeouts", o.timeoutCount());
    entry.put("errors", o.errorCount());
    entry.put("errorsByKind", o.errorsByKind());
    entry.put("responseTimeMicros", percentiles(h));
    entry.put("serviceTimeMicros", percentiles(s));
    entry.put("scheduleKept", run.adherence().kept());
    entry.put("dispatchLagP99Micros", run.adherence().lagAtPercentile(99) / 1000.0);
    entry.put("dispatchLagMaxMicros", run.adherence().maxLag() / 1000.0);
    entry.put("dispatchLagBoundMicros", run.adherence().boundNanos() / 1000.0);
    entry.put("saturated", saturated);
    return entry;
  }

  private static Map<String, Object> percentiles(Histogram h) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("count", h.getTotalCount());
    for (double q : new double[] {50, 90, 99, 99.9, 99.99}) {
      p.put("p" + (q == Math.rint(q) ? Long.toString((long) q) : Double.toString(q)),
          h.getTotalCount() == 0 ? null : h.getValueAtPercentile(q) / 1000.0);
    }
    p.put("max", h.getTotalCount() == 0 ? null : h.getMaxValue() / 1000.0);
    p.put("mean", h.getTotalCount() == 0 ? null : h.getMean() / 1000.0);
    return p;
  }

  /**
   * One console line for a rate. When the generator could not keep its schedule, the latency columns say so instead
   * of showing figures that would understate the truth.
   */
  public static String line(String target, double rate, double achieved, OpenLoopGenerator.Run run,
      boolean saturated) {
    Histogram h = run.responseTimes();
    OutcomeCounts o = run.outcomes();
    String verdict;
    String latencies;
    if (!run.adherence().kept()) {
      verdict = "SCHEDULE NOT KEPT: generator dispatch lag p99 " + run.adherence().lagAtPercentile(99) / 1000
          + " µs > " + run.adherence().boundNanos() / 1000 + " µs; latencies not reported (the generator, not the"
          + " target, is the bottleneck)";
      latencies = String.format("%9s %9s %9s %9s", "-", "-", "-", "-");
    } else {
      verdict = saturated ? "SATURATED (achieved < 95% of offered, or timeouts)" : "ok";
      latencies = h.getTotalCount() == 0 ? String.format("%9s %9s %9s %9s", "-", "-", "-", "-")
          : String.format("%9.1f %9.1f %9.1f %9.1f", h.getValueAtPercentile(50) / 1000.0,
              h.getValueAtPercentile(99) / 1000.0, h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0);
    }
    return String.format("%-10s %10s %10.0f %s %8d %8d  %s", target, formatRate(rate), achieved, latencies,
        o.timeoutCount(), o.errorCount(), verdict);
  }

  /** Writes {@code summary.json} for the sweep. */
  public static Path writeSummary(Path folder, Map<String, Object> settings, List<Map<String, Object>> rates)
      throws IOException {
    Map<String, Object> root = new LinkedHashMap<>(settings);
    root.put("rates", rates);
    Path file = folder.resolve("summary.json");
    AtomicFiles.writeString(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
    return file;
  }
}
