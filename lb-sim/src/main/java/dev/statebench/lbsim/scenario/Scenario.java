package dev.statebench.lbsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statebench.lbsim.InvalidInputException;
import dev.statebench.lbsim.engine.BackendSpec;
import dev.statebench.lbsim.engine.Fleet;
import dev.statebench.lbsim.engine.FleetSpec;
import dev.statebench.lbsim.engine.RunLength;
import dev.statebench.lbsim.model.RandomStream;
import dev.statebench.lbsim.engine.ScheduledEvent;
import dev.statebench.lbsim.engine.SessionState;
import dev.statebench.lbsim.engine.SessionWorkload;
import dev.statebench.lbsim.engine.SimulationConfig;
import dev.statebench.lbsim.engine.StateModel;
import dev.statebench.lbsim.router.PolicySpec;
import dev.statebench.lbsim.router.RouterEnvironment;
import dev.statebench.lbsim.router.RouterRegistry;
import dev.statebench.lbsim.workload.ArrivalProcess;
import dev.statebench.lbsim.workload.DeterministicDistribution;
import dev.statebench.lbsim.workload.Distribution;
import dev.statebench.lbsim.workload.MmppArrivals;
import dev.statebench.lbsim.workload.PoissonArrivals;
import dev.statebench.results.sim.SimVariant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A validated scenario: the typed settings read from the YAML tree (every key is documented in
 * {@code lb-sim/scenarios/reference.yaml}), plus the tree itself, echoed into results. A scenario with a
 * {@code sweep} has one {@link Variant} per combination of swept values; without one it has a single variant with an
 * empty label.
 *
 * @param name label of the scenario (key {@code name}, default the file name)
 * @param variants the variants, each simulated for every one of its policies
 * @param tree the scenario after overrides, echoed into results
 */
public record Scenario(String name, List<Variant> variants, JsonNode tree) {

  /** The top-level keys. */
  static final String[] KEYS = {"name", "seed", "replications", "warmup", "duration", "requests", "backends",
      "sessions", "policies", "report", "state", "events", "sweep", CostDefaults.KEY};

  /**
   * One combination of swept values.
   *
   * @param typed the swept keys, their labels and values ({@code state=redis, backends.count=6}); none without a sweep
   * @param replications independent replications per policy
   * @param policies the policies as written, in order
   * @param config the engine's view of the variant
   */
  public record Variant(SimVariant typed, int replications, List<String> policies, SimulationConfig config) {
    /** The display label, e.g. {@code state=redis, backends.count=5} (empty without a sweep). */
    public String label() {
      return typed.label();
    }
  }

  /** The first variant's replications (the only variant without a sweep). */
  public int replications() {
    return variants.get(0).replications();
  }

  /** The first variant's policies (the only variant without a sweep). */
  public List<String> policies() {
    return variants.get(0).policies();
  }

  /** The first variant's engine configuration (the only variant without a sweep). */
  public SimulationConfig config() {
    return variants.get(0).config();
  }

  /** Reads and validates {@code tree}; relative file names are resolved against {@code baseDirectory}. */
  public static Scenario from(ObjectNode tree, String defaultName, Path baseDirectory) {
    return from(tree, defaultName, baseDirectory, baseDirectory);
  }

  /**
   * Reads and validates {@code tree}; the files its {@code costs} name resolve against {@code costsDirectory} (the
   * folder of an inputs file), all others against {@code baseDirectory}.
   */
  public static Scenario from(ObjectNode tree, String defaultName, Path baseDirectory, Path costsDirectory) {
    SettingsNode top = new SettingsNode(tree, "");
    top.allowOnly(KEYS);
    String name = top.text("name", defaultName, "a label");
    List<Variant> variants = new ArrayList<>();
    for (Sweep.Point point : Sweep.points(tree)) {
      variants.add(variant(point.tree(), point.variant(), baseDirectory, costsDirectory));
    }
    return new Scenario(name, List.copyOf(variants), tree);
  }

  private static Variant variant(ObjectNode tree, SimVariant label, Path baseDirectory, Path costsDirectory) {
    SettingsNode root = new SettingsNode(tree, "");
    long seed = root.integer("seed", 1, Long.MIN_VALUE);
    int replications = (int) root.integer("replications", 1, 1);
    if (replications > 10_000) {
      throw root.invalid("replications", "at most 10000");
    }
    long warmup = root.durationNanos("warmup", 0L);
    boolean byTime = root.has("duration");
    boolean byRequests = root.has("requests");
    if (byTime == byRequests) {
      throw root.invalid(byTime ? "requests" : "duration",
          byTime ? "give either duration or requests, not both" : "missing (give duration: 600s or requests: 1000000)");
    }
    long duration = byTime ? root.durationNanos("duration", "a duration such as 600s") : 0;
    if (byTime && duration <= 0) {
      throw root.invalid("duration", "must be positive");
    }
    long requests = byRequests ? root.integer("requests", 0, 1) : 0;

    SettingsNode backends = root.child("backends");
    backends.allowOnly("count", "workers", "queue-limit", "speed", "weight", "service", "remote");
    int count = (int) backends.integer("count", 1, 1);
    if (!backends.has("count")) {
      throw backends.invalid("count", "missing (the number of backends)");
    }
    int workers = (int) backends.integer("workers", 1, 1);
    int queueLimit = queueLimit(backends);
    double[] speeds = backends.numberOrList("speed", 1.0, count);
    for (int i = 0; i < count; i++) {
      if (!(speeds[i] > 0)) {
        throw backends.invalid("speed", "must be positive");
      }
    }
    double[] weights = backends.numberOrList("weight", Double.NaN, count);
    List<BackendSpec> specs = new ArrayList<>();
    double capacity = 0;
    for (int i = 0; i < count; i++) {
      double weight = Double.isNaN(weights[i]) ? workers * speeds[i] : weights[i];
      if (!(weight > 0)) {
        throw backends.invalid("weight", "must be positive");
      }
      specs.add(new BackendSpec("backend-" + i, workers, queueLimit, speeds[i], weight));
      capacity += workers * speeds[i];
    }
    Distribution service = DistributionSettings.read(backends.child("service"), DistributionSettings.Kind.TIME,
        baseDirectory);
    Distribution remote = backends.has("remote")
        ? DistributionSettings.read(backends.child("remote"), DistributionSettings.Kind.TIME, baseDirectory)
        : null;

    SettingsNode sessions = root.child("sessions");
    sessions.allowOnly("arrival", "length", "think", "clients", "start");
    ArrivalProcess arrivals = arrivals(sessions.child("arrival"));
    Distribution length = sessions.has("length")
        ? DistributionSettings.read(sessions.child("length"), DistributionSettings.Kind.COUNT, baseDirectory)
        : new DeterministicDistribution(1);
    if (length.mean() < 1) {
      throw sessions.invalid("length.mean", "must be at least 1 request");
    }
    Distribution think = sessions.has("think")
        ? DistributionSettings.read(sessions.child("think"), DistributionSettings.Kind.TIME, baseDirectory)
        : null;
    long clients = sessions.integer("clients", 0, 0);
    String start = sessions.text("start", "equilibrium", "equilibrium or empty");
    if (!start.equals("equilibrium") && !start.equals("empty")) {
      throw sessions.invalid("start", "must be equilibrium or empty, not '" + start + "'");
    }

    long window = 0;
    long eventWindow = 0;
    if (root.has("report")) {
      SettingsNode report = root.child("report");
      report.allowOnly("window", "event-window", "slo-p99");
      window = report.durationNanos("window", 0L);
      eventWindow = report.durationNanos("event-window", 0L);
      if (report.has("slo-p99") && report.durationNanos("slo-p99", "a latency target such as 50ms") <= 0) {
        throw report.invalid("slo-p99", "must be positive");
      }
      if (window > 0 && byTime && (warmup + duration) / window > 100_000) {
        throw report.invalid("window", "would make more than 100000 windows; choose a longer window");
      }
    }

    List<String> policies = new ArrayList<>();
    List<JsonNode> items = root.list("policies", "routing policies such as [round-robin, p2c(d=2)]");
    if (items.isEmpty()) {
      throw root.invalid("policies", "must list at least one policy");
    }
    for (JsonNode item : items) {
      if (!item.isTextual()) {
        throw root.invalid("policies[" + policies.size() + "]", "must be a policy such as p2c(d=2), not '" + item + "'"
            + " (in a [flow list], quote policies whose options contain commas)");
      }
      policies.add(item.asText());
    }
    CostDefaults costs = CostDefaults.read(root, costsDirectory);
    SessionState state = root.has("state") ? StateSettings.read(root.child("state"), baseDirectory, costs)
        : SessionState.NONE;
    double cpuPerRequest = service.mean() + (state.verify() != null ? state.verify().mean() : 0);
    double offered = arrivals.meanRatePerNano() * length.mean() * cpuPerRequest / capacity;
    if (offered >= 1 && queueLimit == BackendSpec.UNBOUNDED) {
      throw new InvalidInputException(String.format(Locale.ROOT,
          "backends: utilisation would be %.3f (sessions.arrival.rate × sessions.length.mean × (backends.service.mean"
              + " + state verification) / Σ workers × speed) with unbounded queues, so queues grow without end; lower"
              + " the load, add backends or set backends.queue-limit", offered));
    }
    List<ScheduledEvent> events = root.has("events") ? EventSettings.read(root, specs.get(0), count) : List.of();
    if (!events.isEmpty() && window == 0) {
      throw root.invalid("report.window", "needed with events (the per-backend load around each event is plotted)");
    }
    SimulationConfig config = new SimulationConfig(new FleetSpec(specs, service, remote),
        new SessionWorkload(arrivals, length, think, clients, start.equals("equilibrium")),
        new RunLength(warmup, duration, requests, window, eventWindow), seed, state, events);
    checkPolicies(policies, config);
    return new Variant(label, replications, List.copyOf(policies), config);
  }

  private static int queueLimit(SettingsNode backends) {
    if (!backends.has("queue-limit")) {
      return BackendSpec.UNBOUNDED;
    }
    if ("unbounded".equals(backends.text("queue-limit", "unbounded or a number"))) {
      return BackendSpec.UNBOUNDED;
    }
    return (int) backends.integer("queue-limit", 0, 0);
  }

  private static ArrivalProcess arrivals(SettingsNode arrival) {
    String dist = arrival.text("dist", "poisson or mmpp");
    switch (dist) {
      case "poisson" -> {
        arrival.allowOnly("dist", "rate");
        return new PoissonArrivals(arrival.ratePerNano("rate"));
      }
      case "mmpp" -> {
        arrival.allowOnly("dist", "rates", "dwell");
        List<JsonNode> rates = arrival.list("rates", "one rate per phase, e.g. [100/s, 900/s]");
        List<JsonNode> dwell = arrival.list("dwell", "mean time in each phase, e.g. [60s, 5s]");
        if (rates.size() < 2 || rates.size() != dwell.size()) {
          throw arrival.invalid("rates", "needs two or more phases and as many dwell times");
        }
        double[] ratesPerNano = new double[rates.size()];
        double[] dwellNanos = new double[rates.size()];
        for (int i = 0; i < rates.size(); i++) {
          ratesPerNano[i] = SettingsNode.rateAt(rates.get(i), arrival.pathOf("rates[" + i + "]"));
          dwellNanos[i] = SettingsNode.durationAt(dwell.get(i), arrival.pathOf("dwell[" + i + "]"), "a duration");
          if (!(dwellNanos[i] > 0)) {
            throw arrival.invalid("dwell[" + i + "]", "must be positive");
          }
        }
        return new MmppArrivals(ratesPerNano, dwellNanos);
      }
      default -> throw arrival.invalid("dist", "unknown arrival process '" + dist + "' (poisson or mmpp)");
    }
  }

  private static void checkPolicies(List<String> policies, SimulationConfig config) {
    Fleet fleet = new Fleet();
    for (BackendSpec spec : config.backends()) {
      fleet.add(spec, 0);
    }
    for (int i = 0; i < policies.size(); i++) {
      PolicySpec spec = PolicySpec.parse(policies.get(i), "policies[" + i + "]");
      RouterRegistry.create(spec, new RouterEnvironment(fleet, new RandomStream(0), config.hashSeed(0)));
      if (config.state().model() == StateModel.LOCAL && !RouterRegistry.keepsSessionsOnOneBackend(spec.name())) {
        throw new InvalidInputException("policies[" + i + "]: '" + policies.get(i) + "' does not keep a session on"
            + " one backend, which state.model: local needs (use sticky(inner=" + policies.get(i)
            + ") or a hash policy)");
      }
    }
  }
}
