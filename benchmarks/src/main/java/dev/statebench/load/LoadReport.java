package dev.statebench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.AtomicFiles;
import dev.statebench.load.cpu.CpuUsage;
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
 * The files of an open-loop sweep: per rate {@code <target>-<rate>.hgrm} (percentile distribution of response times in
 * microseconds, HdrHistogram's text format) and {@code <target>-<rate>.hlog} (interval log in nanoseconds, tagged
 * {@code load?target=…&rate=…}); and {@code summary.json}, one object per measured rate:
 *
 * <ul>
 *   <li>{@code offered_per_s} (the schedule's requests over its window), {@code achieved_per_s} (answered requests per
 *       second, drain included), {@code requests}, {@code succeeded}, {@code timeouts}, {@code errors};
 *   <li>{@code latency_us}: response-time percentiles from the intended start, timeouts kept as censored values at the
 *       timeout ({@code censored_above_percentile} says from which rank a figure means "at least the timeout");
 *       {@code service_time_us} of answered requests;
 *   <li>{@code verdict} ({@code ok}, {@code saturated} or {@code schedule-not-kept}) with {@code verdict_reasons};
 *       under {@code schedule-not-kept} the percentiles are still written but do not describe the target (the
 *       generator's own stalls are in them, and the load it really offered was lower) and the console shows none;
 *   <li>{@code cpu_us_per_request}: {@code client} (this process, without its JIT compiler threads, whose share is
 *       {@code client_jit}), {@code server} (the store's processes, null when
 *       not measurable or no store; {@code server_source} says which), {@code generator} (the {@code noop} control's
 *       client CPU at the same rate), and {@code cores_per_100k_per_s} derived from them ({@code app} = client minus
 *       generator);
 *   <li>{@code generator_floor_us}: the {@code noop} control's p50 and p99 at the same rate, and {@code floor_flag}
 *       when its p99 exceeds the stated fraction of the target's p50.
 * </ul>
 */
public final class LoadReport {
  private static final double[] PERCENTILES = {50, 90, 99, 99.9, 99.99};

  private LoadReport() {}

  /**
   * The settings that open {@code summary.json}: target, client and pool, population and memory per session (store
   * targets), arrivals, durations, timeout, bounds, where the store's CPU figure comes from, the servers, the durability
   * settings in force on them (read back from the servers) and the cores.
   */
  public static Map<String, Object> header(LoadTarget target, TargetClient client, SweepSettings settings,
      dev.statebench.load.cpu.CpuMeter storeMeter, dev.statebench.servers.Servers servers) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("target", target.label());
    header.put("client", target.client());
    header.put("connections", settings.options().connections());
    header.putAll(client.description());
    header.put("arrivals", settings.arrivals().label());
    header.put("duration_s", settings.duration().toMillis() / 1000.0);
    header.put("initial_warmup_s", settings.initialWarmup().toMillis() / 1000.0);
    header.put("warmup_s", settings.warmup().toMillis() / 1000.0);
    header.put("timeout_ms", settings.timeout().toMillis());
    header.put("max_dispatch_lag_us", settings.maxLag().toNanos() / 1000.0);
    header.put("floor_fraction", settings.floorFraction());
    header.put("server_cpu_source", storeMeter.source());
    header.put("servers", servers.config().toString());
    header.put("durability", servers.durabilityInForce());
    header.put("available_processors", Runtime.getRuntime().availableProcessors());
    return header;
  }

  /** Base name of a rate's files ({@code attempt} 2 is the confirmation of a saturated rate). */
  public static String baseName(LoadTarget target, double rate, int attempt) {
    return target.label() + "-" + formatRate(rate) + (attempt > 1 ? "-attempt" + attempt : "");
  }

  public static String formatRate(double rate) {
    return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
  }

  /** Writes the {@code .hgrm} of a run (values scaled to microseconds). */
  public static void writeHgrm(Path file, OpenLoopGenerator.Run run) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      run.responseTimes().outputPercentileDistribution(out, 1000.0);
    }
    AtomicFiles.writeString(file, bytes.toString(StandardCharsets.UTF_8));
  }

  /**
   * One rate's entry of {@code summary.json}.
   *
   * @param requestedRate the rate asked for
   * @param attempt 1, or 2 for the confirmation of a saturated rate
   * @param run the target's run
   * @param judgement its verdict
   * @param floor the {@code noop} control's run at the same rate, or null when the target is the control itself
   * @param floorFraction the fraction of the target's p50 the floor's p99 may reach before the rate is flagged
   */
  public static Map<String, Object> rateEntry(double requestedRate, int attempt, OpenLoopGenerator.Run run,
      LoadVerdict.Judgement judgement, OpenLoopGenerator.Run floor, double floorFraction) {
    OutcomeCounts o = run.outcomes();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("rate_per_s", requestedRate);
    entry.put("attempt", attempt);
    entry.put("offered_per_s", round(run.schedule().offeredPerSecond()));
    entry.put("achieved_per_s", round(run.achievedPerSecond()));
    entry.put("requests", run.schedule().count());
    entry.put("succeeded", o.succeededCount());
    entry.put("timeouts", o.timeoutCount());
    entry.put("errors", o.errorCount());
    entry.put("errors_by_kind", o.errorsByKind());
    entry.put("verdict", judgement.verdict().label());
    entry.put("verdict_reasons", judgement.reasons());
    Map<String, Object> latency = percentiles(run.responseTimes());
    latency.put("censored_above_percentile",
        round(LatencyAccounting.censoredAbovePercentile(o.timeoutCount(), run.responseTimes().getTotalCount())));
    latency.put("censored_at_us", run.timeoutNanos() / 1000.0);
    entry.put("latency_us", latency);
    entry.put("service_time_us", percentiles(run.serviceTimes()));
    entry.put("dispatch_lag_us", ordered("p99", run.adherence().lagAtPercentile(99) / 1000.0,
        "max", run.adherence().maxLag() / 1000.0, "bound", run.adherence().boundNanos() / 1000.0));
    entry.put("cpu_us_per_request", cpu(run, floor));
    entry.put("cores_per_100k_per_s", cores(run, floor));
    if (floor != null) {
      Histogram f = floor.responseTimes();
      Histogram t = run.responseTimes();
      Map<String, Object> floorEntry = new LinkedHashMap<>();
      floorEntry.put("p50", f.getTotalCount() == 0 ? null : f.getValueAtPercentile(50) / 1000.0);
      floorEntry.put("p99", f.getTotalCount() == 0 ? null : f.getValueAtPercentile(99) / 1000.0);
      floorEntry.put("fraction_of_target_p50_allowed", floorFraction);
      entry.put("generator_floor_us", floorEntry);
      entry.put("floor_flag", f.getTotalCount() > 0 && t.getTotalCount() > 0
          && f.getValueAtPercentile(99) > floorFraction * t.getValueAtPercentile(50));
    }
    entry.put("trace", run.trace().stream().map(s -> ordered("t_s", round(s.endNanos() / 1e9), "backlog",
        s.backlog(), "p50_us", s.p50Nanos() / 1000.0, "p99_us", s.p99Nanos() / 1000.0)).toList());
    return entry;
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static Map<String, Object> cpu(OpenLoopGenerator.Run run, OpenLoopGenerator.Run floor) {
    long served = run.outcomes().succeededCount();
    CpuUsage usage = run.cpu();
    Map<String, Object> cpu = new LinkedHashMap<>();
    cpu.put("client", round(usage.clientMicrosPerRequest(served)));
    cpu.put("client_jit", round(usage.jitMicrosPerRequest(served)));
    cpu.put("server", round(usage.serverMicrosPerRequest(served)));
    cpu.put("server_source", usage.serverSource());
    cpu.put("generator", floor == null ? null
        : round(floor.cpu().clientMicrosPerRequest(floor.outcomes().succeededCount())));
    return cpu;
  }

  private static Map<String, Object> cores(OpenLoopGenerator.Run run, OpenLoopGenerator.Run floor) {
    long served = run.outcomes().succeededCount();
    Double client = run.cpu().clientMicrosPerRequest(served);
    Double server = run.cpu().serverMicrosPerRequest(served);
    Double generator = floor == null ? null : floor.cpu().clientMicrosPerRequest(floor.outcomes().succeededCount());
    Map<String, Object> cores = new LinkedHashMap<>();
    cores.put("client", client == null ? null : round(CpuUsage.coresPer100k(client)));
    cores.put("app", client == null || generator == null ? null
        : round(CpuUsage.coresPer100k(Math.max(0, client - generator))));
    cores.put("server", server == null ? null : round(CpuUsage.coresPer100k(server)));
    return cores;
  }

  private static Map<String, Object> percentiles(Histogram h) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("count", h.getTotalCount());
    for (double q : PERCENTILES) {
      p.put("p" + (q == Math.rint(q) ? Long.toString((long) q) : Double.toString(q)),
          h.getTotalCount() == 0 ? null : h.getValueAtPercentile(q) / 1000.0);
    }
    p.put("max", h.getTotalCount() == 0 ? null : h.getMaxValue() / 1000.0);
    p.put("mean", h.getTotalCount() == 0 ? null : round(h.getMean() / 1000.0));
    return p;
  }

  private static Double round(Double value) {
    return value == null ? null : Math.round(value * 1000.0) / 1000.0;
  }

  /** The console header matching {@link #line}. */
  public static String header() {
    return String.format("%-24s %10s %10s %9s %9s %9s %8s %8s %9s %9s  %s", "target", "offered/s", "achieved/s",
        "p50 µs", "p99 µs", "max µs", "timeouts", "errors", "cli µs/r", "srv µs/r", "verdict");
  }

  /** One console line for a rate entry (figures from {@link #rateEntry}). */
  @SuppressWarnings("unchecked")
  public static String line(String target, Map<String, Object> entry) {
    Map<String, Object> latency = (Map<String, Object>) entry.get("latency_us");
    Map<String, Object> cpu = (Map<String, Object>) entry.get("cpu_us_per_request");
    List<String> reasons = (List<String>) entry.get("verdict_reasons");
    String verdict = entry.get("verdict") + (reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")")
        + (Boolean.TRUE.equals(entry.get("floor_flag")) ? " [floor flag: generator p99 near target p50]" : "");
    boolean kept = !LoadVerdict.SCHEDULE_NOT_KEPT.label().equals(entry.get("verdict"));
    return String.format("%-24s %10s %10.0f %9s %9s %9s %8d %8d %9s %9s  %s", target,
        formatRate((double) entry.get("rate_per_s")), (double) entry.get("achieved_per_s"),
        kept ? text(latency.get("p50")) : "-", kept ? text(latency.get("p99")) : "-",
        kept ? text(latency.get("max")) : "-", (long) entry.get("timeouts"), (long) entry.get("errors"),
        text(cpu.get("client")), text(cpu.get("server")), verdict);
  }

  private static String text(Object value) {
    return value == null ? "-" : String.format("%.1f", ((Number) value).doubleValue());
  }

  /** Writes {@code summary.json}: the settings, then {@code rates}, then {@code failure} when the sweep broke off. */
  public static Path writeSummary(Path folder, Map<String, Object> settings, List<Map<String, Object>> rates,
      String failure) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>(settings);
    root.put("rates", rates);
    if (failure != null) {
      root.put("failure", failure);
    }
    Path file = folder.resolve("summary.json");
    AtomicFiles.writeString(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
    return file;
  }
}
