package dev.statebench.report.claims;

/**
 * Networks a store lookup may cross, with the round-trip time a published source gives for each. The report adds
 * these to the loopback measurement as a clearly marked projection; the user's own servers are measured with
 * {@link #MEASURE_YOUR_OWN}.
 */
public enum NetworkPath {
  LOOPBACK("loopback (this run, measured)", 0, "this run's measurement: the store ran on the same host"),
  ONE_GBE("1 GbE LAN", 200, "Redis documentation, \"Redis benchmark\": typical 1 Gbit/s network latency about 200 µs, "
      + "https://redis.io/docs/latest/operate/oss_and_stack/management/optimization/benchmarks/"),
  SAME_DATACENTER("same datacenter / zone", 500, "J. Dean, \"Designs, Lessons and Advice from Building Large "
      + "Distributed Systems\", LADIS 2009: round trip within the same datacenter 500 µs, "
      + "https://www.cs.cornell.edu/projects/ladis2009/talks/dean-keynote-ladis2009.pdf"),
  CROSS_ZONE("cross zone, same region", 1000, "Google Distributed Cloud, \"Zone latency and bandwidth requirements\": "
      + "under 1 ms round trip between zones of a region (95th percentile), "
      + "https://cloud.google.com/distributed-cloud/hosted/docs/latest/gdch/infrastructure/zone-requirements");

  /** How a user measures the lookup on their own network instead of trusting a projection. */
  public static final String MEASURE_YOUR_OWN = "STATEBENCH_REDIS_URL=redis://YOUR-REDIS:6379 scripts/run "
      + "--profile quick --include RedisLookup --out my-run   # or: redis-cli -h YOUR-REDIS --latency-history";

  private final String label;
  private final double roundTripMicros;
  private final String source;

  NetworkPath(String label, double roundTripMicros, String source) {
    this.label = label;
    this.roundTripMicros = roundTripMicros;
    this.source = source;
  }

  public String label() {
    return label;
  }

  public double roundTripMicros() {
    return roundTripMicros;
  }

  public String source() {
    return source;
  }
}
