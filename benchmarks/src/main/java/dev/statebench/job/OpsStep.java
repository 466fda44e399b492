package dev.statebench.job;

import dev.statebench.load.LoadTarget;
import dev.statebench.ops.ClusterComparison;
import dev.statebench.ops.ClusterKeySpread;
import dev.statebench.ops.KeySpread;
import dev.statebench.ops.OpsPlan;
import dev.statebench.ops.OpsResults;
import dev.statebench.ops.OutageRun;
import dev.statebench.ops.ReplicaWindowRun;
import dev.statebench.ops.ReplicaWindowSummary;
import dev.statebench.outage.OutageExperiment;
import dev.statebench.outage.OutageResult;
import dev.statebench.outage.OutageStrategy;
import dev.statebench.servers.RedisClusterEndpoint;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The "beyond one machine" experiments of the full profile, into {@code ops/} ({@link OpsResults}): the same GET load
 * against a single Redis and a Redis Cluster, how keys spread over the cluster's masters with and without a hash tag,
 * the revocation window of a PostgreSQL streaming replica under a write load, and a short outage table (Redis kill and
 * freeze, PostgreSQL kill) per strategy. Each part runs on embedded servers of its own, whatever the job's servers
 * are: the outages crash and freeze their store, and the replica needs an embedded primary.
 */
final class OpsStep implements JobStep {
  static final String FOLDER = OpsResults.FOLDER;

  private final OpsPlan plan;

  OpsStep() {
    this(OpsPlan.standard());
  }

  OpsStep(OpsPlan plan) {
    this.plan = plan;
  }

  @Override
  public String id() {
    return "ops";
  }

  @Override
  public String title() {
    return "beyond one machine: Redis Cluster, replica window, store outages";
  }

  @Override
  public long estimatedSeconds() {
    return plan.estimatedSeconds();
  }

  @Override
  public List<Path> run(JobContext context) throws IOException {
    Path folder = context.out().resolve(FOLDER);
    Path staging = FolderSwap.staging(folder);
    PrintStream log = context.log();
    try {
      cluster(staging, log);
      replica(staging, log);
      outages(staging, log);
    } catch (IOException | RuntimeException e) {
      FolderSwap.deleteTree(staging);
      throw e;
    } catch (Exception e) {
      FolderSwap.deleteTree(staging);
      throw new IllegalStateException("the ops experiments failed: " + e.getMessage(), e);
    }
    FolderSwap.publish(staging, folder);
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).map(file -> context.out().relativize(file)).sorted().toList();
    }
  }

  private void cluster(Path staging, PrintStream log) throws Exception {
    try (Servers servers = Servers.open(ServerConfig.embedded())) {
      RedisClusterEndpoint cluster = servers.redisCluster(List.of(), LoadTarget.CLUSTER_MASTERS, 0);
      log.println("[ops] " + cluster + " and a single " + servers.redis());
      ClusterComparison.run(servers, plan.clusterLoad(), staging.resolve(OpsResults.CLUSTER_LOAD), log);
      List<KeySpread> spreads = new ArrayList<>();
      for (String prefix : List.of("statebench:ops:", "{statebench}:ops:")) {
        KeySpread spread = ClusterKeySpread.measure(cluster, prefix, plan.spreadKeys());
        log.println("[ops] key spread " + prefix + ": " + spread.distinctSlots() + " slots, per master "
            + spread.keysPerMaster());
        spreads.add(spread);
      }
      OpsResults.write(staging.resolve(OpsResults.KEY_SPREAD), new OpsResults.KeySpreads(cluster.masters(), spreads));
    }
  }

  private void replica(Path staging, PrintStream log) throws IOException {
    try (Servers servers = Servers.open(ServerConfig.embedded())) {
      ReplicaWindowSummary summary = ReplicaWindowRun.measure(servers, plan.replicaSamples(), plan.replicaWriteRate(),
          plan.replicaSynchronousCommit());
      log.println(String.format(Locale.ROOT, "[ops] replica revocation window p50 %.0f µs, p99 %.0f µs (n = %d) at"
          + " %.0f inserts/s, synchronous_commit=%s", summary.revocationWindowMicros().p50(),
          summary.revocationWindowMicros().p99(), summary.revocationWindowMicros().n(),
          summary.achievedWritesPerSecond(), summary.synchronousCommit()));
      OpsResults.write(staging.resolve(OpsResults.REPLICA_WINDOW), summary);
    }
  }

  private void outages(Path staging, PrintStream log) throws IOException, InterruptedException {
    List<OutageRun> runs = new ArrayList<>();
    for (OpsPlan.Outage outage : plan.outages()) {
      try (Servers servers = Servers.open(ServerConfig.embedded())) {
        OutageExperiment experiment = new OutageExperiment(servers, outage.plan());
        List<OutageResult> results = new ArrayList<>();
        for (OutageStrategy strategy : outage.strategies()) {
          OutageResult result = experiment.run(strategy);
          log.println(String.format(Locale.ROOT, "[ops] %s %s, %s: %d failed, %d timed out of %d, recovery %.0f ms",
              outage.plan().store().label(), outage.plan().fault().label(), strategy.label(), result.failed(),
              result.timedOut(), result.offered(), result.recoveryMs()));
          results.add(result);
        }
        runs.add(OutageRun.of(outage.plan(), results));
      }
    }
    OpsResults.write(staging.resolve(OpsResults.OUTAGES), new OpsResults.Outages(runs));
  }
}
