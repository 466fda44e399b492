package dev.statebench.lbsim.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one replication of one policy measured after the warm-up: request counts, the latency of every user request
 * (from the user sending it to its final response, a login it had to wait for included) and the queueing delay of
 * every backend request (nanoseconds), per-backend load over each backend's live time, the designed and achieved
 * utilization, the time series, and the number of engine events processed (for throughput measurements, not for
 * reports); what the state model and fleet events cost ({@link Outcomes}), the latency of user requests arriving
 * around fleet events (null when not asked for), what each fleet action did, the whole run's request account, and
 * the scale-out convergence (null without a scale-out).
 */
public record ReplicationResult(
    RequestCounts counts,
    long measuredNanos,
    Histogram latency,
    Histogram queueing,
    BackendLoad backends,
    Utilization utilization,
    TimeSeries timeSeries,
    long events,
    Outcomes outcomes,
    Histogram eventLatency,
    List<EventRecord> fleetEvents,
    RequestAccount account,
    double[] scaleOut) {

  private static final double NANOS_PER_MS = 1e6;

  public long issued() {
    return counts.issued();
  }

  public long completed() {
    return counts.completed();
  }

  public long rejected() {
    return counts.rejected();
  }

  public long redispatched() {
    return counts.redispatched();
  }

  public double[] requestsPerBackend() {
    return backends.requests();
  }

  public double[] utilizationPerBackend() {
    return backends.utilization();
  }

  public double[] outstandingPerBackend() {
    return backends.outstanding();
  }

  /** The scalar metrics, under their stable dotted names, in report order. */
  public Map<String, Double> scalars() {
    Map<String, Double> m = new LinkedHashMap<>();
    double seconds = measuredNanos / 1e9;
    m.put("requests.issued", (double) counts.issued());
    m.put("requests.completed", (double) counts.completed());
    m.put("requests.rejected", (double) counts.rejected());
    m.put("requests.redispatched", (double) counts.redispatched());
    m.put("requests.unavailable", (double) counts.unavailable());
    m.put("requests.store_failed", (double) counts.storeFailed());
    m.put("sessions.opened", (double) counts.sessionsOpened());
    m.put("throughput_per_s", counts.completed() / seconds);
    putPercentiles(m, "latency_ms", latency);
    putPercentiles(m, "queueing_ms", queueing);
    double[] liveUtilization = backends.liveUtilization();
    double[] liveOutstanding = backends.liveOutstanding();
    m.put("utilization.mean", mean(liveUtilization));
    m.put("utilization.max", max(liveUtilization));
    m.put("utilization.designed", utilization.designed());
    m.put("utilization.achieved", utilization.achieved());
    m.put("outstanding.mean", mean(liveOutstanding));
    m.put("outstanding.max", max(liveOutstanding));
    putSkew(m, "skew.requests", backends.requestRates());
    putSkew(m, "skew.outstanding", liveOutstanding);
    m.put("requests.failed", (double) outcomes.failed());
    m.put("requests.login", (double) outcomes.logins());
    m.put("sessions.lost", (double) outcomes.sessionsLost());
    m.put("store.lookups_per_s", outcomes.storeLookups() / seconds);
    if (outcomes.revocationTracked()) {
      m.put("revocation.delay_mean_s", outcomes.revocationDelayMeanNanos() / 1e9);
      m.put("revocation.delay_max_s", outcomes.checkIntervalMax() / 1e9);
      m.put("revocation.exposure_mean_s", outcomes.revocationExposureMeanNanos() / 1e9);
      m.put("revocation.exposure_max_s", outcomes.exposureMax() / 1e9);
    }
    if (eventLatency != null) {
      putPercentiles(m, "event_window.latency_ms", eventLatency);
      m.put("event_window.requests", (double) eventLatency.getTotalCount());
    }
    if (!fleetEvents.isEmpty()) {
      m.put("events.span_s", (fleetEvents.get(fleetEvents.size() - 1).timeNanos() - fleetEvents.get(0).timeNanos())
          / 1e9);
    }
    if (scaleOut != null) {
      m.put("scaleout.convergence_s", scaleOut[0]);
      m.put("scaleout.old_overload_peak", scaleOut[1]);
    }
    return m;
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
    m.put(prefix + ".cv", Skew.coefficientOfVariation(values));
    m.put(prefix + ".jain", Skew.jainIndex(values));
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return values.length == 0 ? 0 : sum / values.length;
  }

  private static double max(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    return max;
  }
}
