package dev.statebench.lbsim.engine;

/** A change to the fleet carried out through the engine at a simulated time (see {@link FleetControl}). */
@FunctionalInterface
public interface FleetEvent {
  void apply(FleetControl control, long now);
}
