package dev.statebench.lbsim.engine;

/** Sets a backend's outstanding requests directly, for router tests that need a given load. */
public final class FleetLoads {
  private FleetLoads() {}

  public static void addOutstanding(Fleet fleet, int backend, int requests) {
    fleet.addOutstanding(backend, requests, 0);
  }
}
