package dev.statebench.fleet;

import dev.statebench.AtomicFiles;
import dev.statebench.UserFacingException;
import dev.statebench.fleet.app.StateModel;
import dev.statebench.fleet.client.RequestRecord;
import dev.statebench.fleet.client.SessionClient;
import dev.statebench.fleet.client.SessionPlan;
import dev.statebench.fleet.lab.Fleet;
import dev.statebench.fleet.lab.HaproxyPolicy;
import dev.statebench.fleet.lab.InstanceSpec;
import dev.statebench.fleet.result.FleetMetrics;
import dev.statebench.fleet.result.FleetResultWriter;
import dev.statebench.fleet.result.PolicyOutcome;
import dev.statebench.fleet.result.RunObservation;
import dev.statebench.fleet.scenario.FleetScenario;
import dev.statebench.fleet.scenario.ScenarioException;
import dev.statebench.servers.PostgresEndpoint;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import dev.statebench.session.PostgresSessionStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs every variant and policy of a scenario on a real fleet, one fresh fleet per policy (so no state or cookie
 * carries over), and writes {@code NAME.json} in the simulator's result shape plus, per run, the lab folder
 * {@code lab/NAME-K/} with the HAProxy configuration, the processes' logs and the client's {@code requests.csv}, and
 * {@code NAME.service-ns.csv}: the service times the instances measured (slot-holding times, one per line), the
 * input that feeds lb-sim the real instances' service-time distribution ({@code dist: empirical}).
 * Everything that can be refused (scenario keys, policies HAProxy cannot express, a missing HAProxy) is checked
 * before any process starts.
 */
public final class FleetRun {
  private final Path haproxy;
  private final ServerConfig serverConfig;
  private final int port;
  private final PrintWriter progress;

  public FleetRun(Path haproxy, ServerConfig serverConfig, int port, PrintWriter progress) {
    this.haproxy = haproxy;
    this.serverConfig = serverConfig;
    this.port = port;
    this.progress = progress;
  }

  /** Checks that every variant can run on the lab: policies, state models and service-time distributions. */
  public static void validate(List<FleetScenario> variants) {
    for (FleetScenario variant : variants) {
      variant.policies().forEach(HaproxyPolicy::of);
      if (!List.of("fixed", "exponential", "lognormal").contains(variant.service().kind())) {
        throw new ScenarioException("backends.service.dist: the app instances draw fixed, exponential or lognormal"
            + " service times, not " + variant.service().kind());
      }
    }
  }

  /** Runs all variants and writes the result into {@code out}; returns the result file. */
  public Path run(List<FleetScenario> variants, Path out) throws IOException, InterruptedException {
    validate(variants);
    Files.createDirectories(out);
    FleetScenario first = variants.get(0);
    List<PolicyOutcome> outcomes = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<Long> serviceTimes = new ArrayList<>();
    try (Servers servers = Servers.open(serverConfig)) {
      Map<String, String> environment = storeEnvironment(servers, variants);
      int k = 0;
      for (FleetScenario variant : variants) {
        for (String policy : variant.policies()) {
          Path folder = out.resolve("lab").resolve(first.name() + "-" + k++);
          String label = variant.variant().label();
          progress.println("fleet: " + policy + (label.isEmpty() ? "" : " @ " + label)
              + " (" + variant.runNanos() / 1_000_000_000 + " s)");
          progress.flush();
          RunObservation observation = runOne(variant, policy, environment, folder, warnings, serviceTimes);
          outcomes.add(FleetMetrics.compute(observation));
        }
      }
    }
    StringBuilder csv = new StringBuilder("service_ns\n");
    serviceTimes.forEach(t -> csv.append(t).append('\n'));
    AtomicFiles.writeString(out.resolve(first.name() + ".service-ns.csv"), csv.toString());
    Path file = out.resolve(first.name() + ".json");
    FleetResultWriter.write(file, first.name(), first.seed(), first.tree(), warnings, outcomes);
    return file;
  }

  private RunObservation runOne(FleetScenario s, String policy, Map<String, String> environment, Path folder,
      List<String> warnings, List<Long> serviceTimes) throws IOException, InterruptedException {
    InstanceSpec spec = new InstanceSpec(StateModel.valueOf(s.state().toUpperCase(Locale.ROOT)), s.workers(),
        s.service().kind(), Math.round(s.service().mean()), s.service().kind().equals("lognormal") ? s.service().cv() : 1,
        s.loginMeanNanos(), environment);
    List<SessionPlan.PlannedSession> sessions = SessionPlan.draw(s);
    try (Fleet fleet = Fleet.start(haproxy, HaproxyPolicy.of(policy), spec, s.backends(), s.spareInstances(), port,
        folder, s.seed());
        SessionClient client = new SessionClient(fleet.port())) {
      long start = System.nanoTime();
      List<RequestRecord> records;
      try (FleetEvents events = new FleetEvents(fleet, s.backends(), start)) {
        events.schedule(s.events());
        records = client.run(s, sessions, start);
        events.failures().forEach(f -> warnings.add(policy + ": fleet event failed: " + f));
        Map<String, long[]> live = new HashMap<>();
        fleet.liveIntervals().forEach((name, v) -> live.put(name,
            new long[] {v[0] - start, v[1] == Long.MAX_VALUE ? s.runNanos() : v[1] - start}));
        writeLog(folder.resolve("requests.csv"), records);
        serviceTimes.addAll(fleet.serviceTimes());
        return new RunObservation(s, policy, fleet.serverNames(), live, events.firedNanos(), events.firstAdded(),
            events.firstAddNanos(), records);
      }
    }
  }

  private Map<String, String> storeEnvironment(Servers servers, List<FleetScenario> variants) {
    Map<String, String> env = new HashMap<>();
    boolean redis = variants.stream().anyMatch(v -> v.state().equals("redis"));
    boolean sql = variants.stream().anyMatch(v -> v.state().equals("sql"));
    if (redis) {
      env.put(ServerConfig.REDIS_URL_ENV, servers.redis().uri());
    }
    if (sql) {
      PostgresEndpoint pg = servers.postgres();
      env.put(ServerConfig.PG_URL_ENV, pg.jdbcUrl());
      env.put(ServerConfig.PG_USER_ENV, pg.user());
      if (!pg.password().isEmpty()) {
        env.put(ServerConfig.PG_PASSWORD_ENV, pg.password());
      }
      // Create the table once here: instances starting together would race on CREATE TABLE IF NOT EXISTS.
      PostgresSessionStore.connect(pg).close();
    }
    return env;
  }

  private static void writeLog(Path file, List<RequestRecord> records) throws IOException {
    StringBuilder csv = new StringBuilder(RequestRecord.CSV_HEADER).append('\n');
    records.stream().sorted(Comparator.comparingLong(RequestRecord::sentNanos))
        .forEach(r -> csv.append(r.csv()).append('\n'));
    AtomicFiles.writeString(file, csv.toString());
  }

  /** Refuses an output folder that exists as a file. */
  public static void requireFolder(Path out) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserFacingException("--out " + out + " is a file, not a folder");
    }
  }
}
