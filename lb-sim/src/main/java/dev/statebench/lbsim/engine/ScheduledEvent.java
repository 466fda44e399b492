package dev.statebench.lbsim.engine;

/**
 * A fleet event of a scenario at its simulated time.
 *
 * @param timeNanos when it happens, from the start of the run (warm-up included)
 * @param kind kill, add, drain, slow, heal or rolling-deploy (one scenario entry may expand into several events)
 * @param event what it does
 */
public record ScheduledEvent(long timeNanos, String kind, FleetEvent event) {}
