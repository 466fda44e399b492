package dev.statebench.lbsim.engine;

/**
 * What a fleet event may do to the fleet, carried out by the engine so that every consequence is accounted for:
 * a kill fails the requests the backend holds and destroys its local sessions, a drain stops new sessions and
 * kills what is left at its deadline, an added backend may start slow, a store outage fails the requests that need
 * the session store.
 */
public interface FleetControl {

  Fleet fleet();

  /** Abruptly removes backend {@code b}: its in-flight requests fail, its local sessions are lost. */
  void kill(int b, String label);

  /**
   * Stops sending new work to {@code b} as {@code mode} says; after {@code deadlineNanos} whatever it still holds is
   * killed.
   */
  void drain(int b, long deadlineNanos, DrainMode mode, String label);

  /**
   * Adds a backend; with {@code slowStartNanos > 0} its speed starts at a tenth of nominal and rises linearly to
   * nominal over that time in ten steps (a cold instance: JIT warm-up, empty caches).
   *
   * @return the new backend's number
   */
  int add(BackendSpec spec, long slowStartNanos, String label);

  /** Sets backend {@code b}'s speed to {@code factor} × its nominal speed. */
  void slow(int b, double factor, String label);

  /** Restores backend {@code b}'s nominal speed. */
  void heal(int b, String label);

  /** Takes the session store down: requests that need it fail until {@link #storeUp}. */
  void storeDown(String label);

  /** Brings the session store back. */
  void storeUp(String label);
}
