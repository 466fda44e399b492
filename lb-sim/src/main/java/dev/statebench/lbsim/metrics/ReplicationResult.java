package dev.statebench.lbsim.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one replication of one policy measured after the warm-up: request counts, latency and queueing-delay
 * histograms (nanoseconds), per-backend requests, utilization and time-averaged outstanding requests, the time
 * series, and the number of engine events processed (for throughput measurements, not for reports); what the state
 * model and fleet events cost ({@link Outcomes}), the latency of requests arriving around fleet events (null when not
 * asked for), what each fleet action did, the whole run's request account, and the scale-out convergence (null
 * without a scale-out).
 */
public record ReplicationResult(
    long issued,
    long completed,
    long rejected,
    long redispatched,
    long measuredNanos,
    Histogram latency,
    Histogram queueing,
    double[] requestsPerBackend,
    double[] utilizationPerBackend,
    double[] outstandingPerBackend,
    TimeSeries timeSeries,
    long events,
    Outcomes outcomes,
    Histogram eventLatency,
    List<EventRecord> fleetEvents,
    RequestAccount account,
    double[] scaleOut) {

  private static final double NANOS_PER_MS = 1e6;

  /** The scalar metrics, under their stable dotted names, in report order. */
  public Map<String, Double> scalars() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("requests.issued", (double) issued);
    m.put("requests.completed", (double) completed);
    m.put("requests.rejected", (double) rejected);
    m.put("requests.redispatched", (double) redispatched);
    m.put("throughput_per_s", completed / (measuredNanos / 1e9));
    putPercentiles(m, "latency_ms", latency);
    putPercentiles(m, "queueing_ms", queueing);
    m.put("utilization.mean", mean(utilizationPerBackend));
    m.put("utilization.max", max(utilizationPerBackend));
    m.put("outstanding.mean", mean(outstandingPerBackend));
    m.put("outstanding.max", max(outstandingPerBackend));
    putSkew(m, "skew.requests", requestsPerBackend);
    putSkew(m, "skew.outstanding", outstandingPerBackend);
    double seconds = measuredNanos / 1e9;
    m.put("requests.failed", (double) outcomes.failed());
    m.put("requests.login", (double) outcomes.logins());
    m.put("sessions.lost", (double) outcomes.sessionsLost());
    m.put("store.lookups_per_s", outcomes.storeLookups() / seconds);
    if (outcomes.revocationTracked()) {
      m.put("revocation.delay_mean_s", outcomes.revocationDelayMeanNanos() / 1e9);
      m.put("revocation.delay_max_s", outcomes.checkIntervalMax() / 1e9);
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
    return sum / values.length;
  }

  private static double max(double[] values) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      max = Math.max(max, v);
    }
    return max;
  }
}
