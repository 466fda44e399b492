package dev.statebench.lbsim.fleet;

import dev.statebench.lbsim.engine.FleetControl;
import dev.statebench.lbsim.engine.FleetEvent;

/** Scenario event {@code {at: T, store-up: true}} (or the end of an outage's {@code for}): the store is back. */
public record StoreUp() implements FleetEvent {
  @Override
  public void apply(FleetControl control, long now) {
    control.storeUp("store up");
  }
}
