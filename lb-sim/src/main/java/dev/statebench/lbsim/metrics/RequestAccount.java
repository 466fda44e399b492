package dev.statebench.lbsim.metrics;

/**
 * Every request of a whole run (warm-up included), for the conservation check
 * {@code issued = completed + failed + rejected + inFlight}.
 */
public record RequestAccount(long issued, long completed, long failed, long rejected, long inFlight) {

  public boolean balances() {
    return issued == completed + failed + rejected + inFlight;
  }
}
