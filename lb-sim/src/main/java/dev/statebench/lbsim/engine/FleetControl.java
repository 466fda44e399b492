package dev.statebench.lbsim.engine;

/**
 * What a fleet event may do to the fleet, carried out by the engine so that every consequence is accounted for:
 * a kill fails the requests the backend holds and destroys its local sessions, a drain stops new sessions and
 * kills what is left at its deadline, an added backend may start slow.
 */
public interface FleetControl {

  Fleet fleet();

  /** Abruptly removes backend {@code b}: its in-flight requests fail, its local sessions are lost. */
  void kill(int b, String label);

  /**
   * Stops placing new sessions on {@code b} while its pinned sessions keep using it; after {@code deadlineNanos}
   * whatever is left is killed.
   */
  void drain(int b, long deadlineNanos, String label);

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
}
