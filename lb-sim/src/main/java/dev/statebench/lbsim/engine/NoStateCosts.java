package dev.statebench.lbsim.engine;

/** State model {@code none}: no session state is modelled, no cost, nothing lost. */
final class NoStateCosts implements StateCosts {}
