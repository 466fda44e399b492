package dev.statebench.fleet.scenario;

import dev.statebench.UserFacingException;

/** A scenario file the fleet lab cannot run: the message names the key and what to change. */
public final class ScenarioException extends UserFacingException {
  private static final long serialVersionUID = 1L;

  public ScenarioException(String message) {
    super(message);
  }
}
