package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.model.RandomStream;
import dev.statebench.lbsim.workload.ArrivalProcess;
import dev.statebench.lbsim.workload.Distribution;

/**
 * The sessions in progress at time 0 in the stationary state of the session process, so that a run measures the
 * designed load from its start instead of a ramp.
 *
 * <p>Sessions are an M/G/∞ system whose service is the time a session spends thinking between its requests
 * (responses are short beside think times; their queues are the warm-up's business). In the stationary state the
 * number of sessions in a think time is Poisson with mean λ·E[K − 1]·E[Z] (λ the session rate, K the requests per
 * session, Z the think time; Takács 1962); each has K drawn with probability ∝ (k − 1)·P(K = k) (it has k − 1 think
 * times to be caught in), has sent a uniform number 1 … K − 1 of its requests, and is at a uniform point of a
 * length-biased think time (the inspection paradox), so its residual life is right. K is drawn by thinning:
 * Poisson(λ·E[X]·E[Z]) candidates with X length-biased (X the session-length law before rounding to
 * K = max(1, round(X))), each kept with probability (K − 1)/X, which leaves a Poisson number with the right law.
 *
 * <p>With heavy-tailed sessions an empty start is far from this state for longer than any practical warm-up: the
 * live population approaches it like 1 − c·√(x_m/t) for Pareto α = 1.5. The arrival process enters only through its
 * long-run rate (an MMPP's phase at time 0 is not drawn).
 */
final class StationaryStart {
  /** Most past requests replayed to place an in-progress session's token checks (bounds the start-up cost). */
  private static final int REPLAYED_REQUESTS = 10_000;

  /** Where the engine opens the sessions this start draws. */
  interface Sessions {
    /**
     * Opens a session of {@code length} requests of which {@code sent} were sent before time 0, the last at
     * {@code lastRequestAt}, due to send its next one at {@code nextRequestAt}; its identity is drawn from
     * {@code keys}. Returns its slot.
     */
    int open(int length, int sent, long lastRequestAt, long nextRequestAt, RandomStream keys);

    /** Session {@code s}'s token was last checked against the store at {@code time} (before 0). */
    void tokenCheckedAt(int s, long time);
  }

  private final ArrivalProcess arrivals;
  private final Distribution sessionLength;
  private final Distribution thinkTime;
  private final long accessTtlNanos;

  /**
   * @param thinkTime the think time, or null for none (then nothing is in progress between requests)
   * @param accessTtlNanos the access-token lifetime, or 0 when tokens are not refreshed
   */
  StationaryStart(ArrivalProcess arrivals, Distribution sessionLength, Distribution thinkTime, long accessTtlNanos) {
    this.arrivals = arrivals;
    this.sessionLength = sessionLength;
    this.thinkTime = thinkTime;
    this.accessTtlNanos = accessTtlNanos;
  }

  /** A session length as the engine uses it: rounded, at least one request. */
  static int requestCount(double drawn) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(drawn)));
  }

  /** Draws the sessions in progress from {@code random} and opens them in {@code sessions}. */
  void open(RandomStream random, Sessions sessions) {
    if (thinkTime == null || sessionLength.mean() <= 1) {
      return;
    }
    double candidates = arrivals.meanRatePerNano() * sessionLength.mean() * thinkTime.mean();
    for (double t = -Math.log(random.nextOpenDouble()); t < candidates; t -= Math.log(random.nextOpenDouble())) {
      double x = sessionLength.sampleLengthBiased(random);
      int length = requestCount(x);
      if (random.nextDouble() * x >= length - 1) {
        continue;
      }
      int sent = 1 + random.nextInt(length - 1);
      double gap = thinkTime.sampleLengthBiased(random);
      double elapsed = gap * random.nextDouble();
      int s = sessions.open(length, sent, -Math.round(elapsed), Math.round(gap - elapsed), random);
      if (accessTtlNanos > 0) {
        sessions.tokenCheckedAt(s, replayTokenChecks(sent, elapsed, random));
      }
    }
  }

  /**
   * When an in-progress session's token was last checked: its last {@code sent} requests (at most
   * {@value #REPLAYED_REQUESTS}) are placed back in time with fresh think times before the current one, of which
   * {@code elapsed} has passed, and the access-token rule replayed forward from the first of them.
   */
  private long replayTokenChecks(int sent, double elapsed, RandomStream random) {
    int replayed = Math.min(sent, REPLAYED_REQUESTS);
    double[] at = new double[replayed];
    double t = -elapsed;
    for (int i = replayed - 1; i >= 0; i--) {
      at[i] = t;
      if (i > 0) {
        t -= thinkTime.sample(random);
      }
    }
    double tokenAt = at[0];
    for (int i = 1; i < replayed; i++) {
      if (at[i] - tokenAt >= accessTtlNanos) {
        tokenAt = at[i];
      }
    }
    return Math.round(tokenAt);
  }
}
