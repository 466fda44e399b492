package dev.statebench.lbsim.engine;

/**
 * What a backend is when it joins the fleet.
 *
 * @param name stable name, hashed by consistent-hashing policies (so a backend keeps its slots when others change)
 * @param workers concurrent service slots (worker threads or cores)
 * @param queueLimit most requests waiting for a worker, or {@link #UNBOUNDED}; an arrival beyond it is rejected
 * @param speed service-rate factor: a request needing {@code s} of work takes {@code s / speed}
 * @param weight routing weight for weighted policies
 */
public record BackendSpec(String name, int workers, int queueLimit, double speed, double weight) {
  public static final int UNBOUNDED = -1;

  public BackendSpec {
    if (workers < 1 || speed <= 0 || weight <= 0) {
      throw new IllegalArgumentException("invalid backend " + name);
    }
  }
}
