package dev.statebench.report.claims;

/**
 * The measurements that test claims, each named by what it measures and by the dimension its cases vary (which a
 * "depends on" verdict names). The report implements each one from the run's data.
 */
public enum ClaimMeasure {
  /** One Redis lookup's p50 to p99.9 on loopback, and projected over the networks of {@link NetworkPath}. */
  REDIS_LOOKUP_LATENCY("the network"),
  /** Bytes of the typical fixture JWT, per signing algorithm. */
  JWT_TOKEN_BYTES("the signing algorithm"),
  /** Bytes an opaque session cookie adds to a request, per protocol. */
  OPAQUE_COOKIE_BYTES("the protocol"),
  /** Bytes a typical JWT adds to a request, per protocol (range over signing algorithms). */
  JWT_REQUEST_BYTES("the protocol"),
  /** Opaque-cookie bytes at 1M requests/s, per protocol. */
  OPAQUE_COOKIE_BANDWIDTH("the protocol"),
  /** Typical-JWT bytes at 1M requests/s, per protocol (range over signing algorithms). */
  JWT_BANDWIDTH("the protocol"),
  /** Skew under sticky routing, in steady state and with one instance slowed. */
  STICKY_SKEW("the load"),
  /** Share of live sessions lost when an instance dies, sessions kept in the instance. */
  KILL_LOSS_LOCAL("the state model"),
  /** Share of live sessions lost when an instance dies, sessions kept in a store or the token. */
  KILL_LOSS_SHARED("the state model"),
  /** Share of live sessions lost in a rolling deploy, sessions kept in the instance. */
  DEPLOY_LOSS_LOCAL("the state model"),
  /** Share of live sessions lost in a rolling deploy, sessions kept in a store or the token. */
  DEPLOY_LOSS_SHARED("the state model"),
  /** Old instances' peak load after the fleet doubles, per sticky cookie lifetime. */
  SCALE_OUT_CONVERGENCE("the sticky cookie's lifetime"),
  /** Share of requests the hybrid serves without a store lookup, per access-token lifetime. */
  HYBRID_LOOKUP_FREE_SHARE("the access token's lifetime"),
  /** Revocation exposure added by an access token, as a multiple of its lifetime. */
  REVOCATION_WINDOW("the access token's lifetime"),
  /** Nothing in statebench measures the claim yet. */
  NOT_MEASURED("");

  private final String dimension;

  ClaimMeasure(String dimension) {
    this.dimension = dimension;
  }

  public String dimension() {
    return dimension;
  }
}
