package dev.statebench.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the jar manifest (or "development" when run from classes). */
final class StatebenchVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Statebench.class.getPackage().getImplementationVersion();
    return new String[] {"statebench " + (version == null ? "development build" : version)};
  }
}
