package dev.statebench.lbsim.engine;

/**
 * State model {@code local}: the session lives in the memory of the backend that created it and costs nothing per
 * request; a request reaching another backend finds no session, and the user logs in again there (the engine sends a
 * login request with the model's login cost, then the user's request).
 */
final class LocalStateCosts implements StateCosts {
  @Override
  public boolean keepsStateOnBackend() {
    return true;
  }
}
