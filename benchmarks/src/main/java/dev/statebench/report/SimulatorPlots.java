package dev.statebench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses which of lb-sim's own plots the one-page report shows, and says in two sentences what each shows. lb-sim
 * names its plots {@code <scenario>-<kind>[-<variant>].svg}; the report keeps at most two plots of each kind per
 * scenario and one per-backend load plot (the others, one per policy and state model, stay in {@code sim/} beside
 * the scenario's JSON).
 */
final class SimulatorPlots {
  private SimulatorPlots() {}

  /**
   * The plots to show, in file order, each with its caption.
   *
   * @param svgs lb-sim's plot files
   * @param scenarios the names of the scenarios in the folder (a plot's name starts with its scenario's)
   */
  static List<Plot> choose(List<Path> svgs, List<String> scenarios) {
    List<Plot> chosen = new ArrayList<>();
    Map<String, Integer> shownPerKind = new HashMap<>();
    for (Path svg : svgs) {
      String file = svg.getFileName().toString();
      String stem = file.substring(0, file.length() - ".svg".length());
      String scenario = scenarios.stream().filter(name -> stem.startsWith(name + "-"))
          .max(Comparator.comparingInt(String::length)).orElse(stem);
      String rest = stem.substring(scenario.length());
      Kind kind = Kind.of(rest);
      int shown = shownPerKind.merge(scenario + kind, 1, Integer::sum);
      if (shown > kind.maxShown) {
        continue;
      }
      String variant = rest.substring(kind.marker.length()).replaceFirst("^-", "");
      chosen.add(new Plot("sim/" + file, "Simulator, " + scenario + ": " + kind.title
          + (variant.isEmpty() || kind == Kind.LOAD ? "" : " (" + variant + ")"), kind.caption));
    }
    return chosen;
  }

  /** The kinds of plot lb-sim draws, recognised by the word after the scenario name. */
  private enum Kind {
    LATENCY_CDF("-latency-cdf", 2, "latency distribution per policy",
        "The cumulative distribution of time in system for each routing policy (and state model) on the same "
            + "arrivals and work. Curves further left are faster; the upper tail on the right is where hot or "
            + "failed instances show."),
    SKEW("-skew", 2, "load skew per policy",
        "The busiest backend's load relative to the fleet mean for each policy (1.0 is perfectly even). Bars well "
            + "above 1 mean some instances run hotter than the rest and set the tail latency."),
    CONVERGENCE("-convergence", 2, "scale-out convergence",
        "The old instances' load relative to the fleet mean after the fleet doubles. Stateless routing drops to 1 "
            + "at once; sticky routing stays high until the pinned sessions (or their cookies) expire."),
    REVOCATION("-revocation", 2, "revocation window against store lookups",
        "Store lookups per second against the time from revoking a session to the first denied request, per design "
            + "(a store check on every request, or access tokens of several lifetimes). Shorter token lifetimes "
            + "buy a shorter window with more lookups."),
    LOAD("-load", 1, "per-backend load around the fleet events",
        "Requests in service and queued on each backend over time, with the fleet events (kill, add, drain, slow) "
            + "marked. It shows where the load goes when an instance disappears or joins, and how long that lasts."),
    OTHER("", 2, "plot",
        "Drawn by lb-sim from the scenario's JSON beside it; `results/README.md` explains the scenario.");

    private final String marker;
    private final int maxShown;
    private final String title;
    private final String caption;

    Kind(String marker, int maxShown, String title, String caption) {
      this.marker = marker;
      this.maxShown = maxShown;
      this.title = title;
      this.caption = caption;
    }

    /** The kind of a plot from what follows its scenario's name, e.g. {@code -latency-cdf-state-redis}. */
    static Kind of(String afterScenario) {
      for (Kind kind : values()) {
        if (kind != OTHER && afterScenario.startsWith(kind.marker)) {
          return kind;
        }
      }
      return OTHER;
    }
  }
}
