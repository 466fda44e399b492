package dev.statebench.fleet.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.statebench.results.sim.SimVariant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a simulator scenario file (the lb-sim reference scenario documents every key) for the fleet lab. Only the
 * keys the lab can reproduce on real processes are accepted; any other key or value ends with a one-line
 * {@link ScenarioException} naming it, rather than being silently ignored:
 *
 * <ul>
 *   <li>{@code name, seed, replications, warmup, duration} ({@code requests} is refused: a real run is timed);
 *   <li>{@code backends: count, workers, service, queue-limit: unbounded, speed: 1};
 *   <li>{@code sessions: arrival {dist: poisson, rate}, length, think, clients, start: empty} (a real run starts
 *       with no sessions; write {@code start: empty} so the simulator does the same);
 *   <li>{@code policies}; {@code state: model, login, algorithm: HS256} (the real store's lookup and the real
 *       verifier's cost replace the simulator's {@code lookup}/{@code verify} inputs, which are accepted and unused);
 *   <li>{@code events}: {@code kill}, {@code add}, {@code drain} (mode haproxy), {@code rolling-deploy};
 *   <li>{@code report: window, event-window, slo-p99}; {@code sweep}.
 * </ul>
 */
public final class ScenarioReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> TOP = Set.of("name", "seed", "replications", "warmup", "duration", "requests", "backends",
      "sessions", "policies", "state", "events", "report", "sweep");

  private ScenarioReader() {}

  /** Every variant of the scenario in {@code file}, in sweep order. */
  public static List<FleetScenario> read(Path file) {
    Map<String, Object> tree;
    try {
      tree = YAML.readValue(Files.readString(file), Map.class);
    } catch (NoSuchFileException e) {
      throw new ScenarioException("scenario file " + file + " does not exist");
    } catch (JsonProcessingException e) {
      throw new ScenarioException("scenario file " + file + " is not valid YAML: "
          + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new ScenarioException("cannot read scenario file " + file + ": " + e.getMessage());
    }
    if (tree == null) {
      throw new ScenarioException("scenario file " + file + " is empty");
    }
    String fileName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    return fromTree(tree, fileName);
  }

  /** Every variant of a scenario tree; {@code defaultName} names it when it has no {@code name}. */
  public static List<FleetScenario> fromTree(Map<String, Object> tree, String defaultName) {
    for (String key : tree.keySet()) {
      if (!TOP.contains(key)) {
        throw new ScenarioException(key + ": not supported by the fleet lab (supported: "
            + String.join(", ", TOP.stream().sorted().toList()) + ")");
      }
    }
    List<FleetScenario> variants = new ArrayList<>();
    for (SweepExpansion.Point point : SweepExpansion.expand(tree)) {
      variants.add(variant(point.tree(), point.variant(), defaultName));
    }
    return variants;
  }

  private static FleetScenario variant(Map<String, Object> t, SimVariant variant, String defaultName) {
    Node top = new Node("", t);
    if (top.has("requests")) {
      throw new ScenarioException("requests: the fleet lab runs for a time; give duration instead");
    }
    Node backends = top.child("backends");
    backends.only(Set.of("count", "workers", "service", "queue-limit", "speed", "weight"));
    if (backends.has("queue-limit") && !backends.text("queue-limit", "unbounded").equals("unbounded")) {
      throw new ScenarioException("backends.queue-limit: the app instances queue without bound; use unbounded");
    }
    if (backends.has("speed") && backends.number("speed", 1) != 1) {
      throw new ScenarioException("backends.speed: real instances run at their own speed; use 1");
    }
    Node sessions = top.child("sessions");
    sessions.only(Set.of("arrival", "length", "think", "clients", "start"));
    if (!sessions.text("start", "equilibrium").equals("empty")) {
      throw new ScenarioException("sessions.start: a real run starts with no sessions; write 'start: empty' so that"
          + " lb-sim starts the same way");
    }
    Node arrival = sessions.child("arrival");
    arrival.only(Set.of("dist", "rate"));
    if (!arrival.text("dist", "").equals("poisson")) {
      throw new ScenarioException("sessions.arrival.dist: the fleet lab supports poisson only");
    }
    Node state = top.has("state") ? top.child("state") : new Node("state", Map.of("model", "none"));
    state.only(Set.of("model", "login", "algorithm", "lookup", "verify"));
    String model = state.text("model", "none").toLowerCase(Locale.ROOT);
    if (!Set.of("local", "redis", "sql", "jwt").contains(model)) {
      throw new ScenarioException("state.model: '" + model + "' is not supported by the fleet lab"
          + " (local, redis, sql, jwt)");
    }
    if (state.has("algorithm") && !state.text("algorithm", "").equalsIgnoreCase("HS256")) {
      throw new ScenarioException("state.algorithm: the fleet lab's app instances sign with HS256 only");
    }
    long login = state.has("login") ? Math.round(Distribution.read("state.login", state.raw("login"), true).mean())
        : 50_000_000L;
    Node report = top.has("report") ? top.child("report") : new Node("report", Map.of());
    report.only(Set.of("window", "event-window", "slo-p99"));
    List<String> policies = new ArrayList<>();
    if (!(t.get("policies") instanceof List<?> list) || list.isEmpty()) {
      throw new ScenarioException("policies: expected a non-empty list of policies");
    }
    list.forEach(p -> policies.add(String.valueOf(p)));
    int count = (int) backends.number("count", -1);
    return new FleetScenario(
        top.text("name", defaultName),
        variant,
        (long) top.number("seed", 42),
        top.nanos("warmup", 0),
        top.nanos("duration", -1),
        count,
        (int) backends.number("workers", 1),
        Distribution.read("backends.service", backends.raw("service"), true),
        ScenarioUnits.perSecond("sessions.arrival.rate", arrival.text("rate", "")),
        sessions.has("length") ? Distribution.read("sessions.length", sessions.raw("length"), false)
            : Distribution.fixed(1),
        sessions.has("think") ? Distribution.read("sessions.think", sessions.raw("think"), true) : Distribution.fixed(0),
        (int) sessions.number("clients", 0),
        List.copyOf(policies),
        model,
        login,
        events(t.get("events"), count),
        report.nanos("window", 0),
        report.nanos("event-window", 0),
        t);
  }

  private static List<LabEvent> events(Object node, int backends) {
    List<LabEvent> events = new ArrayList<>();
    if (node == null) {
      return events;
    }
    if (!(node instanceof List<?> list)) {
      throw new ScenarioException("events: expected a list");
    }
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> map)) {
        throw new ScenarioException("events: each event is {at: TIME, ACTION…}");
      }
      @SuppressWarnings("unchecked")
      Node e = new Node("events", (Map<String, Object>) map);
      long at = e.nanos("at", -1);
      if (e.has("kill")) {
        e.only(Set.of("at", "kill"));
        events.add(new LabEvent.Kill(at, (int) e.number("kill", -1)));
      } else if (e.has("add")) {
        e.only(Set.of("at", "add"));
        events.add(new LabEvent.Add(at, (int) e.number("add", -1)));
      } else if (e.has("drain")) {
        e.only(Set.of("at", "drain", "deadline", "mode"));
        requireHaproxyMode(e);
        events.add(new LabEvent.Drain(at, (int) e.number("drain", -1), e.nanos("deadline", -1)));
      } else if (e.has("rolling-deploy")) {
        e.only(Set.of("at", "rolling-deploy"));
        Node r = e.child("rolling-deploy");
        r.only(Set.of("surge", "pace", "deadline", "slow-start", "mode"));
        requireHaproxyMode(r);
        if (r.has("slow-start") && r.nanos("slow-start", 0) != 0) {
          throw new ScenarioException("events.rolling-deploy.slow-start: not supported by the fleet lab; use 0s");
        }
        events.add(new LabEvent.RollingDeploy(at, (int) r.number("surge", 1), r.nanos("pace", -1),
            r.nanos("deadline", -1)));
      } else {
        throw new ScenarioException("events: " + map.keySet() + " is not supported by the fleet lab"
            + " (kill, add, drain, rolling-deploy)");
      }
    }
    for (LabEvent event : events) {
      if (event instanceof LabEvent.Kill k && (k.backend() < 0 || k.backend() >= backends)) {
        throw new ScenarioException("events.kill: backend " + k.backend() + " is not one of 0.." + (backends - 1));
      }
    }
    events.sort(Comparator.comparingLong(LabEvent::atNanos));
    return List.copyOf(events);
  }

  private static void requireHaproxyMode(Node node) {
    if (node.has("mode") && !node.text("mode", "haproxy").equals("haproxy")) {
      throw new ScenarioException(node.path() + ".mode: the fleet lab drains the HAProxy way only; use haproxy");
    }
  }

  /** A map node of the tree with its dotted path, for messages that name the key. */
  private record Node(String path, Map<String, Object> map) {
    boolean has(String key) {
      return map.containsKey(key);
    }

    Object raw(String key) {
      return map.get(key);
    }

    String key(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    @SuppressWarnings("unchecked")
    Node child(String key) {
      if (!(map.get(key) instanceof Map<?, ?> child)) {
        throw new ScenarioException(key(key) + ": missing or not a map");
      }
      return new Node(key(key), (Map<String, Object>) child);
    }

    void only(Set<String> allowed) {
      for (String key : map.keySet()) {
        if (!allowed.contains(key)) {
          throw new ScenarioException(key(key) + ": not supported by the fleet lab (supported here: "
              + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
      }
    }

    String text(String key, String fallback) {
      Object value = map.get(key);
      return value == null ? fallback : String.valueOf(value);
    }

    double number(String key, double fallback) {
      Object value = map.get(key);
      if (value == null) {
        if (fallback < 0) {
          throw new ScenarioException(key(key) + ": missing");
        }
        return fallback;
      }
      try {
        return Double.parseDouble(String.valueOf(value));
      } catch (NumberFormatException e) {
        throw new ScenarioException(key(key) + ": expected a number, got '" + value + "'");
      }
    }

    long nanos(String key, long fallback) {
      Object value = map.get(key);
      if (value == null) {
        if (fallback < 0) {
          throw new ScenarioException(key(key) + ": missing");
        }
        return fallback;
      }
      return ScenarioUnits.nanos(key(key), String.valueOf(value));
    }
  }
}
