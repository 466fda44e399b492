package dev.statebench.lbsim.engine;

/**
 * A change to the fleet carried out through the engine at a simulated time (see {@link FleetControl}). The scenario's
 * events are named types in package {@code fleet}; the engine schedules its own follow-ups (a drain's deadline, the
 * steps of a slow start).
 */
@FunctionalInterface
public interface FleetEvent {
  void apply(FleetControl control, long now);

  /** Whether this event adds capacity to the fleet (the first one is reported as the scale-out). */
  default boolean scalesOut() {
    return false;
  }
}
