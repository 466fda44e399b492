package dev.statebench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statebench.AtomicFiles;
import dev.statebench.UserFacingException;
import dev.statebench.ops.ReplicaWindowRun;
import dev.statebench.replica.RevocationWindow;
import dev.statebench.servers.PostgresEndpoint;
import dev.statebench.servers.PostgresProbe;
import dev.statebench.servers.Servers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statebench replica-window}: how long a session revoked on the PostgreSQL primary stays valid on a
 * streaming read replica, under a stated write load (see {@link RevocationWindow}).
 */
@Command(
    name = "replica-window",
    mixinStandardHelpOptions = true,
    description = "Measure how long a session revoked on the PostgreSQL primary is still found on a read replica"
        + " (embedded primary + streaming replica by default).")
final class ReplicaWindowCommand implements Callable<Integer> {
  private static final List<String> SYNCHRONOUS_COMMIT_MODES =
      List.of("server", "off", "local", "on", "remote_write", "remote_apply");

  @Mixin
  ServerOptions serverOptions;

  @Option(names = "--pg-replica-url", paramLabel = "URL",
      description = "JDBC URL of an existing replica of --pg-url (default: start an embedded streaming replica).")
  String replicaUrl;

  @Option(names = "--samples", paramLabel = "N", description = "Revocations to time (default: ${DEFAULT-VALUE}).")
  int samples = 500;

  @Option(names = "--write-rate", paramLabel = "PER_S",
      description = "Background inserts per second into the primary, 0 for none (default: ${DEFAULT-VALUE}).")
  double writeRate = 500;

  @Option(names = "--synchronous-commit", paramLabel = "MODE",
      description = "synchronous_commit for the revoking and writing sessions on the primary: off, local, on,"
          + " remote_write, remote_apply, or server to keep the server's setting (default: ${DEFAULT-VALUE})."
          + " Without synchronous_standby_names on the primary, on/remote_* wait for the local flush only.")
  String synchronousCommit = "server";

  @Option(names = "--out", paramLabel = "DIR", description = "Also write replica-window.json into DIR.")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!SYNCHRONOUS_COMMIT_MODES.contains(synchronousCommit)) {
      throw new UserFacingException("--synchronous-commit must be one of " + String.join(", ", SYNCHRONOUS_COMMIT_MODES)
          + ", got '" + synchronousCommit + "'");
    }
    if (samples < 1) {
      throw new UserFacingException("--samples must be at least 1, got " + samples);
    }
    if (!(writeRate >= 0) || Double.isInfinite(writeRate)) {
      throw new UserFacingException("--write-rate must be 0 or a positive number of inserts per second, got " + writeRate);
    }
    PrintWriter console = spec.commandLine().getOut();
    try (Servers servers = Servers.open(serverOptions.config())) {
      PostgresEndpoint primaryEndpoint = servers.postgres();
      PostgresEndpoint replicaEndpoint = replicaUrl == null ? servers.postgresReplica()
          : PostgresProbe.probe(replicaUrl, primaryEndpoint.user(), primaryEndpoint.password(), false);
      Map<String, String> sessionOptions = synchronousCommit.equals("server") ? Map.of()
          : Map.of("options", "-c synchronous_commit=" + synchronousCommit);
      ReplicaWindowRun.Measured measured = ReplicaWindowRun.measure(primaryEndpoint, replicaEndpoint, sessionOptions,
          samples, writeRate, inForce -> {
            console.printf(Locale.ROOT, "primary %s, replica %s, synchronous_commit=%s; %d revocations under %.0f"
                + " inserts/s%n", primaryEndpoint.redactedJdbcUrl(), replicaEndpoint.redactedJdbcUrl(), inForce,
                samples, writeRate);
            console.flush();
          });
      RevocationWindow.Result result = measured.result();
      console.println(describe("revoked session still valid on the replica", result.windows()));
      console.println(describe("new session not yet visible on the replica", result.visibility()));
      console.printf(Locale.ROOT, "%d of %d revocations were still answered \"found\" by the replica after the"
          + " primary acknowledged them; achieved write load %.0f inserts/s%n", result.stillFound(), result.samples(),
          result.achievedWritesPerSecond());
      if (out != null) {
        AtomicFiles.writeString(out.resolve("replica-window.json"),
            json(result, measured.synchronousCommit(), writeRate, replicaUrl == null));
      }
    }
    return 0;
  }

  private static String describe(String what, Histogram histogram) {
    return String.format(Locale.ROOT, "%s: p50 %.0f µs, p90 %.0f µs, p99 %.0f µs, max %.0f µs (n = %d)", what,
        micros(histogram, 50), micros(histogram, 90), micros(histogram, 99), histogram.getMaxValue() / 1e3,
        histogram.getTotalCount());
  }

  private static double micros(Histogram histogram, double percentile) {
    return histogram.getValueAtPercentile(percentile) / 1e3;
  }

  private static String json(RevocationWindow.Result result, String synchronousCommit, double writeRate,
      boolean embeddedReplica) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("format", "statebench-replica-window/1");
    root.put("replica", embeddedReplica ? "embedded physical streaming replica" : "external");
    root.put("primary_synchronous_commit", synchronousCommit);
    root.put("offered_writes_per_s", writeRate);
    root.put("achieved_writes_per_s", result.achievedWritesPerSecond());
    root.put("samples", result.samples());
    root.put("still_found_after_revoke", result.stillFound());
    root.set("revocation_window_us", percentiles(mapper, result.windows()));
    root.set("create_visibility_us", percentiles(mapper, result.visibility()));
    return mapper.writeValueAsString(root) + "\n";
  }

  private static ObjectNode percentiles(ObjectMapper mapper, Histogram histogram) {
    ObjectNode node = mapper.createObjectNode();
    node.put("n", histogram.getTotalCount());
    node.put("p50", micros(histogram, 50));
    node.put("p90", micros(histogram, 90));
    node.put("p99", micros(histogram, 99));
    node.put("max", histogram.getMaxValue() / 1e3);
    node.put("mean", histogram.getMean() / 1e3);
    return node;
  }
}
