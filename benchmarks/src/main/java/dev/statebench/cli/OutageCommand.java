package dev.statebench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statebench.AtomicFiles;
import dev.statebench.UserFacingException;
import dev.statebench.outage.Fault;
import dev.statebench.outage.OutageExperiment;
import dev.statebench.outage.OutagePlan;
import dev.statebench.outage.OutageResult;
import dev.statebench.outage.OutageStore;
import dev.statebench.outage.OutageStrategy;
import dev.statebench.servers.Servers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statebench outage}: crash or freeze the embedded Redis or PostgreSQL during an open-loop load and measure,
 * per strategy, what users see: failed requests, latency during and after, time to recover, sessions lost, and for
 * the hybrid the revoked tokens a fail-open policy lets through.
 */
@Command(
    name = "outage",
    mixinStandardHelpOptions = true,
    description = "Crash (SIGKILL, then restart) or freeze (SIGSTOP, then SIGCONT) the embedded session store during"
        + " an open-loop load and measure each strategy: errors, latency during and after, recovery time, revoked"
        + " tokens accepted by a fail-open hybrid.")
final class OutageCommand implements Callable<Integer> {
  @Mixin
  ServerOptions serverOptions;

  @Option(names = "--store", paramLabel = "redis|postgres", defaultValue = "redis",
      description = "The store taken down (default: ${DEFAULT-VALUE}).")
  String store;

  @Option(names = "--fault", paramLabel = "kill|freeze", defaultValue = "kill",
      description = "kill: SIGKILL, then restart on the same port and data; freeze: SIGSTOP, then SIGCONT"
          + " (default: ${DEFAULT-VALUE}).")
  String fault;

  @Option(names = "--strategies", paramLabel = "S1,S2,…", split = ",",
      description = "jwt-hs256, redis, postgres, hybrid-fail-closed, hybrid-fail-open (default: those that the store's"
          + " outage concerns, plus jwt-hs256).")
  List<String> strategies = List.of();

  @Option(names = "--rate", paramLabel = "R", defaultValue = "500",
      description = "Offered requests per second, Poisson arrivals (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--duration", paramLabel = "D", defaultValue = "30s", converter = DurationConverter.class,
      description = "Length of the load per strategy, at least 10s (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(names = "--at", paramLabel = "T", defaultValue = "10s", converter = DurationConverter.class,
      description = "When the fault hits, from the start of the load (default: ${DEFAULT-VALUE}).")
  Duration at;

  @Option(names = "--for", paramLabel = "D", defaultValue = "5s", converter = DurationConverter.class,
      description = "How long the store stays down (default: ${DEFAULT-VALUE}).")
  Duration outage;

  @Option(names = "--connections", paramLabel = "C", defaultValue = "8",
      description = "Concurrent requests (worker threads and pool sizes) (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(names = "--timeout", paramLabel = "D", defaultValue = "2s", converter = DurationConverter.class,
      description = "A request not answered this long after its intended start is a timeout (default:"
          + " ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--out", paramLabel = "DIR", description = "Also write outage.json into DIR.")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    OutagePlan plan;
    List<OutageStrategy> chosen = new ArrayList<>();
    try {
      plan = new OutagePlan(OutageStore.parse(store), Fault.parse(fault), rate, duration, at, outage, connections,
          timeout);
      for (String name : strategies) {
        chosen.add(OutageStrategy.parse(name));
      }
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(e.getMessage(), e);
    }
    if (chosen.isEmpty()) {
      chosen.addAll(OutageStrategy.defaultsFor(plan.store()));
    }
    PrintWriter console = spec.commandLine().getOut();
    List<OutageResult> results = new ArrayList<>();
    try (Servers servers = Servers.open(serverOptions.config())) {
      OutageExperiment experiment = new OutageExperiment(servers, plan);
      console.printf(Locale.ROOT, "%s %s at %d s for %d s under %.0f req/s (Poisson, %d connections, timeout %d ms)%n",
          plan.store().label(), plan.fault().label(), at.toSeconds(), outage.toSeconds(), rate, connections,
          timeout.toMillis());
      console.println(OutageTable.header());
      console.flush();
      for (OutageStrategy strategy : chosen) {
        OutageResult result = experiment.run(strategy);
        results.add(result);
        console.println(OutageTable.row(result));
        console.flush();
      }
    }
    if (out != null) {
      AtomicFiles.writeString(out.resolve("outage.json"), json(plan, results));
    }
    return 0;
  }

  private static String json(OutagePlan plan, List<OutageResult> results) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    ObjectNode root = mapper.createObjectNode();
    root.put("format", "statebench-outage/1");
    root.put("store", plan.store().label());
    root.put("fault", plan.fault().label());
    root.put("offered_per_s", plan.rate());
    root.put("arrivals", "poisson");
    root.put("duration_s", plan.duration().toMillis() / 1e3);
    root.put("fault_at_s", plan.at().toMillis() / 1e3);
    root.put("outage_s", plan.outage().toMillis() / 1e3);
    root.put("connections", plan.connections());
    root.put("timeout_ms", plan.timeout().toMillis());
    ArrayNode rows = root.putArray("strategies");
    results.forEach(result -> rows.add(mapper.valueToTree(result)));
    return mapper.writeValueAsString(root) + "\n";
  }
}
