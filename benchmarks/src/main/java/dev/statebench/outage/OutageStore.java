package dev.statebench.outage;

import java.util.Locale;

/** The store an outage experiment takes down. */
public enum OutageStore {
  REDIS,
  POSTGRES;

  /** The command-line name: {@code redis} or {@code postgres}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code redis} or {@code postgres}. */
  public static OutageStore parse(String text) {
    for (OutageStore store : values()) {
      if (store.label().equalsIgnoreCase(text.trim())) {
        return store;
      }
    }
    throw new IllegalArgumentException("unknown store '" + text + "'; expected redis or postgres");
  }
}
