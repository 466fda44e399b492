package dev.statebench.lbsim.engine;

/**
 * A change to the fleet at a simulated time (kill, add, drain, slow down, heal), scheduled with
 * {@link Simulation#schedule(long, FleetAction)}. Routers learn about membership changes through
 * {@link Fleet#membershipVersion()}.
 */
@FunctionalInterface
public interface FleetAction {
  void apply(Fleet fleet, long now);
}
