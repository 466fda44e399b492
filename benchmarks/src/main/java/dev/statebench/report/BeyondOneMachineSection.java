package dev.statebench.report;

import dev.statebench.ops.OpsResults;
import dev.statebench.ops.ReplicaWindowSummary;
import dev.statebench.results.format.Numbers;
import dev.statebench.results.load.LoadSummary;
import dev.statebench.results.load.LoadSummaryReader;
import dev.statebench.results.sim.SimulationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Beyond one machine", from the ops step's files ({@code ops/}, {@link OpsResults}) and the simulator's store-outage
 * scenario ({@code sim/}): Redis Cluster against a single node, how keys spread over the masters, the revocation
 * window of a PostgreSQL read replica, and the store outages measured beside the simulated ones. Each part absent
 * from the run says "not measured in this run".
 */
final class BeyondOneMachineSection {
  static final String TITLE = "## Beyond one machine";
  /** Words in a simulator result's file or scenario name that mark the store-outage scenario. */
  static final List<String> STORE_OUTAGE_NAMES = List.of("store-outage", "store-down");

  private BeyondOneMachineSection() {}

  static String render(ResultFolder folder) {
    Path ops = folder.dir().resolve(OpsResults.FOLDER);
    StringBuilder md = new StringBuilder();
    md.append("### Redis Cluster vs a single node\n\n");
    Map<String, LoadSummary> loads = clusterLoads(ops);
    if (loads.isEmpty()) {
      md.append(notMeasured("`statebench load --target redis` and `--target redis-cluster`"));
    } else {
      md.append("The same open-loop GET load (Poisson arrivals, one rate) against one embedded Redis and an embedded "
          + "Redis Cluster on the same machine; the cluster client sends each GET to the master owning the key's slot. "
          + "Times from each request's intended start (coordinated omission corrected).\n\n")
          .append(ClusterTables.latency(loads)).append('\n');
    }
    md.append("### How keys spread over the cluster's masters\n\n");
    md.append(read(ops.resolve(OpsResults.KEY_SPREAD), OpsResults.KeySpreads.class)
        .map(spreads -> "Without a hash tag a session's slot is the CRC16 of its whole key; a hash tag `{…}` in the "
            + "prefix hashes only the tag, so every session lands in one slot, on one master.\n\n"
            + ClusterTables.spread(spreads))
        .orElse(notMeasured("the key spread"))).append('\n');
    md.append("### Revocation window of a PostgreSQL read replica\n\n");
    md.append(read(ops.resolve(OpsResults.REPLICA_WINDOW), ReplicaWindowSummary.class)
        .map(BeyondOneMachineSection::replica).orElse(notMeasured("`statebench replica-window`"))).append('\n');
    md.append("### Store outages, measured and simulated\n\n");
    Optional<OpsResults.Outages> outages = read(ops.resolve(OpsResults.OUTAGES), OpsResults.Outages.class);
    md.append(outages.map(o -> "Each strategy under an open-loop load while the embedded store was killed (SIGKILL, "
        + "then restarted) or frozen (SIGSTOP, then SIGCONT). A fail-open hybrid accepts the tokens it cannot check: "
        + "the last column counts the revoked ones it let through.\n\n" + OutageTables.measured(o))
        .orElse(notMeasured("`statebench outage`"))).append('\n');
    Optional<SimulationResult> simulated = storeOutageSimulation(folder.simulations());
    md.append("Side by side with the simulator's store-outage event"
        + simulated.map(s -> " (scenario `" + s.scenarioName() + "`)").orElse(" (no store-outage scenario in this "
        + "run's `sim/`)") + ": the share of requests lost to the outage. The outage lasts a different share of each "
        + "run, so compare which strategies keep serving, not the percentages.\n\n")
        .append(OutageTables.sideBySide(outages, simulated));
    return md.toString();
  }

  private static String replica(ReplicaWindowSummary s) {
    MarkdownTable table = new MarkdownTable("what", "n", "p50 µs", "p90 µs", "p99 µs", "max µs");
    row(table, "revoked on the primary, still found on the replica", s.revocationWindowMicros());
    row(table, "created on the primary, not yet found on the replica", s.createVisibilityMicros());
    return "A session revoked on the primary, looked up on the replica (" + s.replica() + ") until it is gone, under "
        + Numbers.format(s.achievedWritesPerSecond()) + " inserts/s of background writes (" + Numbers.format(
        s.offeredWritesPerSecond()) + " asked), `synchronous_commit = " + s.synchronousCommit() + "` on the primary; "
        + Numbers.exact(s.stillFoundAfterRevoke()) + " of " + Numbers.exact(s.samples()) + " revocations were still "
        + "found at least once after the primary had acknowledged them.\n\n" + table.render();
  }

  private static void row(MarkdownTable table, String what, ReplicaWindowSummary.Percentiles p) {
    table.row(what, Numbers.exact(p.n()), Numbers.format(p.p50()), Numbers.format(p.p90()), Numbers.format(p.p99()),
        Numbers.format(p.max()));
  }

  /** The store-outage scenario among the simulator's results: its file or scenario name says so. */
  static Optional<SimulationResult> storeOutageSimulation(List<ResultFolder.SimResult> simulations) {
    return simulations.stream().filter(s -> STORE_OUTAGE_NAMES.stream().anyMatch(word -> s.name().contains(word)
        || s.result().scenarioName().contains(word))).map(ResultFolder.SimResult::result).findFirst();
  }

  private static Map<String, LoadSummary> clusterLoads(Path ops) {
    Map<String, LoadSummary> loads = new LinkedHashMap<>();
    for (String target : List.of("redis", "redis-cluster")) {
      Path summary = ops.resolve(OpsResults.CLUSTER_LOAD).resolve(target).resolve("summary.json");
      if (Files.isRegularFile(summary)) {
        loads.put(target, new LoadSummaryReader().read(summary));
      }
    }
    return loads;
  }

  static <T> Optional<T> read(Path file, Class<T> type) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(OpsResults.read(file, type));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String notMeasured(String what) {
    return "_" + Cells.NOT_MEASURED.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
        + Cells.NOT_MEASURED.substring(1) + ": the full profile's ops step runs " + what + "._\n";
  }
}
