package dev.statebench.lbsim.router;

import dev.statebench.lbsim.InvalidInputException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one place where policy names meet their classes. Adding a policy: write the class, add one line here, list
 * it in the reference scenario.
 */
public final class RouterRegistry {

  /** Builds a router from its parsed specification. */
  @FunctionalInterface
  interface Factory {
    Router create(PolicySpec spec, RouterEnvironment environment);
  }

  private static final Map<String, Factory> FACTORIES = new TreeMap<>();
  /**
   * The policies that send all of a session's requests to one backend while the fleet does not change (a cookie pin
   * or a hash of the session or client); bounded-load may move a session off an overloaded backend.
   */
  private static final Set<String> AFFINE = Set.of("sticky", "source-hash", "ring-hash", "rendezvous", "maglev",
      "bounded-load");

  static {
    FACTORIES.put("round-robin", (spec, env) -> new RoundRobinRouter(env));
    FACTORIES.put("weighted-round-robin", (spec, env) -> new WeightedRoundRobinRouter(env));
    FACTORIES.put("random", (spec, env) -> new RandomRouter(env));
    FACTORIES.put("least-outstanding", (spec, env) -> new LeastOutstandingRouter(env));
    FACTORIES.put("p2c", PowerOfChoicesRouter::new);
    FACTORIES.put("jsq", (spec, env) -> new JoinShortestQueueRouter(env));
    FACTORIES.put("peak-ewma", PeakEwmaRouter::new);
    FACTORIES.put("sticky", StickyRouter::new);
    FACTORIES.put("source-hash", (spec, env) -> new SourceHashRouter(env));
    FACTORIES.put("ring-hash", RingHashRouter::new);
    FACTORIES.put("rendezvous", RendezvousRouter::new);
    FACTORIES.put("maglev", MaglevRouter::new);
    FACTORIES.put("bounded-load", BoundedLoadRouter::new);
  }

  private RouterRegistry() {}

  /** Builds the router a scenario names; unknown names and options are refused with the scenario position. */
  public static Router create(PolicySpec spec, RouterEnvironment environment) {
    Factory factory = FACTORIES.get(spec.name());
    if (factory == null) {
      throw new InvalidInputException(spec.where() + ": unknown policy '" + spec.name() + "' (known: "
          + String.join(", ", FACTORIES.keySet()) + ")");
    }
    Router router = factory.create(spec, environment);
    spec.requireNoUnknownOptions();
    return router;
  }

  /** Whether the named policy keeps each session on one backend (needed by local session state). */
  public static boolean keepsSessionsOnOneBackend(String name) {
    return AFFINE.contains(name);
  }

  /** The registered policy names, sorted. */
  public static Iterable<String> names() {
    return FACTORIES.keySet();
  }
}
