package dev.statebench.load.cpu;

/**
 * CPU time used over one run by the client process and by the store's processes, and what that costs per request.
 *
 * <p>Cores per 100k requests/s: a request costing {@code c} CPU-µs keeps {@code c × 100,000 / 1,000,000 = c / 10}
 * cores busy at 100,000 requests per second (one core supplies 1,000,000 CPU-µs per second).
 *
 * @param clientNanos CPU time of the client (load generator) process without its JIT compiler threads, -1 when not
 *     metered
 * @param jitNanos CPU time of the client's JIT compiler threads over the run (a warm-up cost), -1 when not metered
 * @param serverNanos CPU time of the store's processes, -1 when not measurable or when there is no store
 * @param serverSource where the server figure comes from, or why there is none
 */
public record CpuUsage(long clientNanos, long jitNanos, long serverNanos, String serverSource) {
  /** No metering. */
  public static final CpuUsage NONE = new CpuUsage(-1, -1, -1, "not metered");

  /** JIT compiler CPU-µs per request over {@code requests} requests, or null when not metered or no requests. */
  public Double jitMicrosPerRequest(long requests) {
    return perRequest(jitNanos, requests);
  }

  /** Client CPU-µs per request over {@code requests} requests, or null when not metered or no requests. */
  public Double clientMicrosPerRequest(long requests) {
    return perRequest(clientNanos, requests);
  }

  /** Store CPU-µs per request, or null when not measurable, no store, or no requests. */
  public Double serverMicrosPerRequest(long requests) {
    return perRequest(serverNanos, requests);
  }

  /** Cores kept busy at 100,000 requests per second by requests costing {@code microsPerRequest} CPU-µs. */
  public static double coresPer100k(double microsPerRequest) {
    return microsPerRequest * 100_000 / 1_000_000;
  }

  private static Double perRequest(long nanos, long requests) {
    return nanos < 0 || requests <= 0 ? null : nanos / 1000.0 / requests;
  }
}
