package dev.statebench.lbsim.fleet;

import dev.statebench.lbsim.engine.FleetControl;
import dev.statebench.lbsim.engine.FleetEvent;

/** Scenario event {@code {at: T, store-down: true}}: the session store stops answering. */
public record StoreDown() implements FleetEvent {
  @Override
  public void apply(FleetControl control, long now) {
    control.storeDown("store down");
  }
}
