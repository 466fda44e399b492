package dev.statebench.lbsim.engine;

/**
 * The version of the simulation model, written into every result. It changes whenever the same scenario and seed
 * could produce different numbers (a change of event order, random-stream derivation or metric definition).
 */
public final class EngineVersion {
  public static final String VERSION = "2.0";

  private EngineVersion() {}
}
