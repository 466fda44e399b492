package dev.statebench.lbsim.engine;

/**
 * A fleet event of a scenario at its simulated time.
 *
 * @param timeNanos when it happens, from the start of the run (warm-up included)
 * @param kind the scenario's name for it (kill, add, drain, slow, heal, rolling-deploy, store-down, store-up), the
 *     label of its marker in plots (one scenario entry may expand into several events)
 * @param event what it does
 */
public record ScheduledEvent(long timeNanos, String kind, FleetEvent event) {}
