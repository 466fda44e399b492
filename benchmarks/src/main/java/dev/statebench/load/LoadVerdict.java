package dev.statebench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether one rate of an open-loop run was within the target's capacity, and why not.
 *
 * <ul>
 *   <li>{@code schedule-not-kept}: the generator itself fell behind (its dispatch lag p99 above the bound); nothing
 *       can be said about the target, and latency figures would understate the truth. Except when the {@code noop}
 *       control kept the same schedule on the same machine and the run shows saturation by the rules below: then the
 *       target took the CPU the generator needed (client and generator share the cores), which is saturation.
 *   <li>{@code saturated}: at least one of the rules below fired; the reasons name them with their figures.
 *   <li>{@code ok}: none did.
 * </ul>
 *
 * <p>The rules, each a sign that arrivals outpace service (a stable queue has neither a trend nor lost requests):
 *
 * <ol>
 *   <li><b>throughput</b>: answered requests per second below {@value #ACHIEVED_FRACTION} of the rate offered;
 *   <li><b>timeouts</b>: more than {@value #TIMEOUT_FRACTION} of the requests timed out (so one stray timeout in a
 *       thousand does not condemn a rate);
 *   <li><b>queue growth</b>: the backlog (dispatched, not finished) grows over the run: its Theil–Sen slope over the
 *       interval samples (the median of the slopes between every pair of samples: Sen, "Estimates of the regression
 *       coefficient based on Kendall's tau", JASA 1968; one stalled interval cannot tilt it) exceeds
 *       {@value #GROWTH_FRACTION} of the offered rate <em>and</em> the median backlog of the last third of the run is
 *       above {@value #GROWTH_MIN_BACKLOG_PER_CONNECTION} per connection;
 *   <li><b>latency trend</b>: the median of the interval medians in the last third of the run is at least
 *       {@value #TREND_RATIO}× that of the first third <em>and</em> higher by at least {@value #TREND_MIN_RISE_MICROS}
 *       µs (below that a rise is machine noise, not a queue building up).
 * </ol>
 *
 * <p>Queue growth and latency trend need at least {@value #MIN_SAMPLES} interval samples; with fewer they do not
 * fire. Thresholds are constants, stated in every {@code summary.json}; they were chosen from queueing behaviour, not
 * fitted to any measured target.
 */
public enum LoadVerdict {
  OK,
  SATURATED,
  SCHEDULE_NOT_KEPT;

  static final double ACHIEVED_FRACTION = 0.95;
  static final double TIMEOUT_FRACTION = 0.001;
  static final double GROWTH_FRACTION = 0.01;
  static final int GROWTH_MIN_BACKLOG_PER_CONNECTION = 2;
  static final double TREND_RATIO = 2.0;
  static final long TREND_MIN_RISE_MICROS = 1000;
  static final int MIN_SAMPLES = 6;

  /** The word in {@code summary.json}: {@code ok}, {@code saturated} or {@code schedule-not-kept}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A verdict with the reasons behind it (empty for {@code ok}). */
  public record Judgement(LoadVerdict verdict, List<String> reasons) {
    public Judgement {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * The facts a verdict is drawn from.
   *
   * @param offeredPerSecond requests offered per second (the schedule's count over its window)
   * @param achievedPerSecond answered requests per second
   * @param requests requests scheduled
   * @param timeouts requests that timed out
   * @param scheduleKept whether the generator kept its schedule
   * @param connections worker threads
   * @param trace interval samples within the schedule's window
   * @param controlKeptSchedule whether the {@code noop} control kept the same schedule, null when none ran
   */
  public record Facts(double offeredPerSecond, double achievedPerSecond, long requests, long timeouts,
      boolean scheduleKept, int connections, List<IntervalSample> trace, Boolean controlKeptSchedule) {

    /** The facts of a finished run without a control. */
    public static Facts of(OpenLoopGenerator.Run run) {
      return of(run, null);
    }

    /** The facts of a finished run and of its {@code noop} control at the same rate (null when none ran). */
    public static Facts of(OpenLoopGenerator.Run run, OpenLoopGenerator.Run control) {
      return new Facts(run.schedule().offeredPerSecond(), run.achievedPerSecond(), run.schedule().count(),
          run.outcomes().timeoutCount(), run.adherence().kept(), run.connections(), run.trace(),
          control == null ? null : control.adherence().kept());
    }
  }

  /** Applies the rules above. */
  public static Judgement judge(Facts facts) {
    List<String> reasons = saturationReasons(facts);
    if (!facts.scheduleKept()) {
      if (!reasons.isEmpty() && Boolean.TRUE.equals(facts.controlKeptSchedule())) {
        reasons.add("the generator fell behind only under this target (the noop control kept the same schedule):"
            + " the target took the CPU");
        return new Judgement(SATURATED, reasons);
      }
      return new Judgement(SCHEDULE_NOT_KEPT, List.of("the generator's dispatch lag p99 exceeded its bound"));
    }
    return new Judgement(reasons.isEmpty() ? OK : SATURATED, reasons);
  }

  private static List<String> saturationReasons(Facts facts) {
    List<String> reasons = new ArrayList<>();
    if (facts.achievedPerSecond() < ACHIEVED_FRACTION * facts.offeredPerSecond()) {
      reasons.add(String.format(Locale.ROOT, "throughput: achieved %.0f/s < %.0f%% of offered %.0f/s",
          facts.achievedPerSecond(), ACHIEVED_FRACTION * 100, facts.offeredPerSecond()));
    }
    if (facts.requests() > 0 && facts.timeouts() > TIMEOUT_FRACTION * facts.requests()) {
      reasons.add(String.format(Locale.ROOT, "timeouts: %d of %d requests (> %.1f%%)", facts.timeouts(),
          facts.requests(), TIMEOUT_FRACTION * 100));
    }
    List<IntervalSample> trace = facts.trace();
    if (trace.size() >= MIN_SAMPLES) {
      int third = trace.size() / 3;
      double slope = backlogSlopePerSecond(trace);
      long last = median(trace.subList(trace.size() - third, trace.size()), IntervalSample::backlog);
      if (slope > GROWTH_FRACTION * facts.offeredPerSecond()
          && last > (long) GROWTH_MIN_BACKLOG_PER_CONNECTION * facts.connections()) {
        reasons.add(String.format(Locale.ROOT, "queue growth: backlog grows %.0f requests/s, %d waiting at the end",
            slope, last));
      }
      long first = median(trace.subList(0, third), IntervalSample::p50Nanos);
      long end = median(trace.subList(trace.size() - third, trace.size()), IntervalSample::p50Nanos);
      if (end >= TREND_RATIO * first && end - first >= TREND_MIN_RISE_MICROS * 1000) {
        reasons.add(String.format(Locale.ROOT, "latency trend: interval p50 rose from %.0f µs to %.0f µs",
            first / 1000.0, end / 1000.0));
      }
    }
    return reasons;
  }

  /** Theil–Sen slope of backlog against time (median of all pairwise slopes), in requests per second. */
  static double backlogSlopePerSecond(List<IntervalSample> trace) {
    List<Double> slopes = new ArrayList<>();
    for (int i = 0; i < trace.size(); i++) {
      for (int j = i + 1; j < trace.size(); j++) {
        double dt = (trace.get(j).endNanos() - trace.get(i).endNanos()) / 1e9;
        if (dt > 0) {
          slopes.add((trace.get(j).backlog() - trace.get(i).backlog()) / dt);
        }
      }
    }
    if (slopes.isEmpty()) {
      return 0;
    }
    slopes.sort(Double::compare);
    int n = slopes.size();
    return n % 2 == 1 ? slopes.get(n / 2) : (slopes.get(n / 2 - 1) + slopes.get(n / 2)) / 2;
  }

  private static long median(List<IntervalSample> samples, java.util.function.ToLongFunction<IntervalSample> field) {
    long[] values = samples.stream().mapToLong(field).sorted().toArray();
    return values.length == 0 ? 0 : values[values.length / 2];
  }

  /** The thresholds, for {@code summary.json}. */
  public static List<String> rules() {
    return Arrays.asList(
        "throughput: achieved < " + ACHIEVED_FRACTION + " × offered",
        "timeouts: > " + TIMEOUT_FRACTION + " of requests",
        "queue growth: Theil-Sen backlog slope > " + GROWTH_FRACTION + " × offered per second and median backlog of"
            + " the last third > " + GROWTH_MIN_BACKLOG_PER_CONNECTION + " × connections",
        "latency trend: median interval p50 of the last third ≥ " + TREND_RATIO + " × the first third and ≥ "
            + TREND_MIN_RISE_MICROS + " µs higher",
        "queue growth and latency trend need ≥ " + MIN_SAMPLES + " interval samples");
  }
}
