package dev.statebench.fleet.result;

import dev.statebench.fleet.client.RequestKind;
import dev.statebench.fleet.client.RequestRecord;
import dev.statebench.fleet.scenario.FleetScenario;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;

/**
 * Reduces a run's request log to the simulator's metrics. Only requests sent after the warm-up count (the
 * simulator discards the warm-up the same way). A request "fails" when it got no response or a 5xx; a session is
 * "lost" when a request of it answered 401 after it had logged in, which only a lost server-side session causes;
 * each such 401 is one re-login ({@code requests.login}). Latency is the user's: from the first send of a request
 * to its final response, a re-login included.
 */
public final class FleetMetrics {
  private static final double NANOS_PER_MS = 1e6;

  private FleetMetrics() {}

  /** The metrics of {@code run}. */
  public static PolicyOutcome compute(RunObservation run) {
    FleetScenario s = run.scenario();
    long from = s.warmupNanos();
    long to = s.runNanos();
    double seconds = s.durationNanos() / 1e9;
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < run.instances().size(); i++) {
      index.put(run.instances().get(i), i);
    }
    int n = run.instances().size();
    Histogram latency = new Histogram(3);
    Histogram eventLatency = new Histogram(3);
    long eventFrom = run.eventNanos().isEmpty() ? Long.MAX_VALUE : run.eventNanos().get(0);
    long eventTo = run.eventNanos().isEmpty() ? Long.MIN_VALUE
        : run.eventNanos().get(run.eventNanos().size() - 1) + s.eventWindowNanos();
    double[] perInstance = new double[n];
    long issued = 0;
    long completed = 0;
    long failed = 0;
    long rejected = 0;
    long logins = 0;
    Set<Long> opened = new HashSet<>();
    Set<Long> lost = new HashSet<>();
    for (RequestRecord r : run.records()) {
      if (r.sentNanos() < from || r.sentNanos() >= to) {
        continue;
      }
      switch (r.kind()) {
        case LOGIN -> opened.add(r.session());
        case RELOGIN -> {
          logins++;
          lost.add(r.session());
        }
        case WORK -> {
          issued++;
          if (r.status() == 0 || r.status() >= 500) {
            failed++;
            if (r.status() == 503) {
              rejected++;
            }
          } else if (r.status() == 200) {
            completed++;
            latency.recordValue(Math.max(1, r.latencyNanos()));
            if (s.eventWindowNanos() > 0 && r.sentNanos() >= eventFrom && r.sentNanos() < eventTo) {
              eventLatency.recordValue(Math.max(1, r.latencyNanos()));
            }
            Integer b = index.get(r.instance());
            if (b != null) {
              perInstance[b]++;
            }
          }
        }
      }
    }
    double[] liveSeconds = new double[n];
    for (int b = 0; b < n; b++) {
      long[] interval = run.live().get(run.instances().get(b));
      if (interval != null) {
        liveSeconds[b] = Math.max(0, Math.min(to, interval[1]) - Math.max(from, interval[0])) / 1e9;
      }
    }
    double[] rates = new double[n];
    int liveCount = 0;
    for (int b = 0; b < n; b++) {
      rates[b] = liveSeconds[b] > 0 ? perInstance[b] / liveSeconds[b] : 0;
      liveCount += liveSeconds[b] > 0 ? 1 : 0;
    }
    double[] liveRates = new double[liveCount];
    for (int b = 0, k = 0; b < n; b++) {
      if (liveSeconds[b] > 0) {
        liveRates[k++] = rates[b];
      }
    }
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("requests.issued", (double) issued);
    m.put("requests.completed", (double) completed);
    m.put("requests.rejected", (double) rejected);
    m.put("sessions.opened", (double) opened.size());
    m.put("throughput_per_s", completed / seconds);
    putPercentiles(m, "latency_ms", latency);
    putSkew(m, "skew.requests", liveRates);
    m.put("requests.failed", (double) failed);
    m.put("requests.login", (double) logins);
    m.put("sessions.lost", (double) lost.size());
    if (!run.eventNanos().isEmpty()) {
      m.put("sessions.live_at_event", (double) liveSessionsAt(run.records(), eventFrom));
      if (s.eventWindowNanos() > 0) {
        putPercentiles(m, "event_window.latency_ms", eventLatency);
        m.put("event_window.requests", (double) eventLatency.getTotalCount());
      }
      m.put("events.span_s", (run.eventNanos().get(run.eventNanos().size() - 1) - eventFrom) / 1e9);
    }
    Series series = s.windowNanos() > 0 ? series(run, index, n) : null;
    if (series != null && run.firstAddNanos() >= 0) {
      double[] convergence = ConvergenceTime.of(series.requests, series.live, s.windowNanos(), run.firstAddNanos(),
          run.firstAddedInstance());
      m.put("scaleout.convergence_s", convergence[0]);
      m.put("scaleout.old_overload_peak", convergence[1]);
    }
    return new PolicyOutcome(run.policy(), s.variant(), m, perInstance, liveSeconds,
        series == null ? 0 : s.windowNanos() / 1e9,
        series == null ? new double[0][] : series.requests, series == null ? new double[0][] : series.live,
        series == null ? new double[0] : series.logins, series == null ? new double[0] : series.failed);
  }

  /** Sessions that had logged in by {@code t} and still had a request answered after it. */
  static long liveSessionsAt(List<RequestRecord> records, long t) {
    Map<Long, long[]> span = new HashMap<>();
    for (RequestRecord r : records) {
      span.merge(r.session(), new long[] {r.sentNanos(), r.doneNanos()},
          (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
    return span.values().stream().filter(v -> v[0] <= t && v[1] > t).count();
  }

  private record Series(double[][] requests, double[][] live, double[] logins, double[] failed) {}

  private static Series series(RunObservation run, Map<String, Integer> index, int n) {
    long window = run.scenario().windowNanos();
    int windows = (int) ((run.scenario().runNanos() + window - 1) / window);
    double[][] requests = new double[windows][n];
    double[][] live = new double[windows][n];
    double[] logins = new double[windows];
    double[] failed = new double[windows];
    for (RequestRecord r : run.records()) {
      int w = (int) (r.sentNanos() / window);
      if (w < 0 || w >= windows) {
        continue;
      }
      if (r.kind() == RequestKind.RELOGIN) {
        logins[w]++;
      } else if (r.kind() == RequestKind.WORK) {
        if (r.status() == 0 || r.status() >= 500) {
          failed[w]++;
        }
        Integer b = index.get(r.instance());
        if (b != null && r.status() == 200) {
          requests[w][b]++;
        }
      }
    }
    for (int b = 0; b < n; b++) {
      long[] interval = run.live().get(run.instances().get(b));
      if (interval == null) {
        continue;
      }
      for (int w = 0; w < windows; w++) {
        long start = w * window;
        long end = Math.min(run.scenario().runNanos(), start + window);
        live[w][b] = Math.max(0, Math.min(end, interval[1]) - Math.max(start, interval[0])) / 1e9;
      }
    }
    return new Series(requests, live, logins, failed);
  }

  private static void putPercentiles(Map<String, Double> m, String prefix, Histogram h) {
    boolean empty = h.getTotalCount() == 0;
    m.put(prefix + ".mean", empty ? 0 : h.getMean() / NANOS_PER_MS);
    m.put(prefix + ".p50", empty ? 0 : h.getValueAtPercentile(50) / NANOS_PER_MS);
    m.put(prefix + ".p90", empty ? 0 : h.getValueAtPercentile(90) / NANOS_PER_MS);
    m.put(prefix + ".p99", empty ? 0 : h.getValueAtPercentile(99) / NANOS_PER_MS);
    m.put(prefix + ".p999", empty ? 0 : h.getValueAtPercentile(99.9) / NANOS_PER_MS);
    m.put(prefix + ".max", empty ? 0 : h.getMaxValue() / NANOS_PER_MS);
  }

  private static void putSkew(Map<String, Double> m, String prefix, double[] values) {
    m.put(prefix + ".max_over_mean", Skew.maxOverMean(values));
    m.put(prefix + ".cv", Skew.cv(values));
    m.put(prefix + ".jain", Skew.jain(values));
  }
}
