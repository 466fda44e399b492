package dev.statebench.ops;

import dev.statebench.load.ArrivalProcess;
import dev.statebench.load.KeyChoice;
import dev.statebench.load.SweepSettings;
import dev.statebench.load.TargetOptions;
import dev.statebench.outage.Fault;
import dev.statebench.outage.OutagePlan;
import dev.statebench.outage.OutageStore;
import dev.statebench.outage.OutageStrategy;
import java.time.Duration;
import java.util.List;

/**
 * What the ops experiments run, each kept short: the cluster-vs-single-node load, the key spread, the replica window
 * and the outages.
 *
 * @param clusterLoad the open-loop settings of the {@code redis} and {@code redis-cluster} loads (one modest rate)
 * @param spreadKeys sessions written per prefix for the key spread
 * @param replicaSamples revocations timed on the replica
 * @param replicaWriteRate background inserts per second into the primary while they are timed
 * @param replicaSynchronousCommit {@code synchronous_commit} of the primary's revoking and writing sessions
 * @param outages the outages, each with the strategies it runs
 */
public record OpsPlan(SweepSettings clusterLoad, int spreadKeys, int replicaSamples, double replicaWriteRate,
    String replicaSynchronousCommit, List<Outage> outages) {

  public OpsPlan {
    outages = List.copyOf(outages);
  }

  /**
   * One outage and the strategies run through it.
   *
   * @param plan the fault, its schedule and the load
   * @param strategies the strategies, in order
   */
  public record Outage(OutagePlan plan, List<OutageStrategy> strategies) {
    public Outage {
      strategies = List.copyOf(strategies);
    }
  }

  /**
   * The main job's plan, about 3.5 minutes on two cores: 1,000 GET/s for 8 s against each Redis; 10,000 keys per
   * prefix; 100 revocations under 200 inserts/s with {@code synchronous_commit = on} (PostgreSQL's default; the
   * embedded server's {@code off} holds every revocation back to the WAL writer's 200 ms round); a 10 s load at 200
   * requests/s with a 3 s outage from 3 s for Redis kill (jwt, redis, both hybrids), Redis freeze (redis, both
   * hybrids) and PostgreSQL kill (jwt, postgres).
   */
  public static OpsPlan standard() {
    SweepSettings load = new SweepSettings(List.of(1000.0), ArrivalProcess.POISSON, Duration.ofSeconds(8),
        Duration.ofSeconds(3), Duration.ofSeconds(1), new TargetOptions(2, 10_000, KeyChoice.UNIFORM),
        Duration.ofSeconds(2), Duration.ofMillis(1), SweepSettings.DEFAULT_FLOOR_FRACTION);
    return new OpsPlan(load, 10_000, 100, 200, "on", List.of(
        outage(OutageStore.REDIS, Fault.KILL, OutageStrategy.JWT_HS256, OutageStrategy.REDIS,
            OutageStrategy.HYBRID_FAIL_CLOSED, OutageStrategy.HYBRID_FAIL_OPEN),
        outage(OutageStore.REDIS, Fault.FREEZE, OutageStrategy.REDIS, OutageStrategy.HYBRID_FAIL_CLOSED,
            OutageStrategy.HYBRID_FAIL_OPEN),
        outage(OutageStore.POSTGRES, Fault.KILL, OutageStrategy.JWT_HS256, OutageStrategy.POSTGRES)));
  }

  /** A 10 s load at 200 requests/s, 4 connections, 1 s timeout; {@code fault} hits {@code store} at 3 s for 3 s. */
  public static Outage outage(OutageStore store, Fault fault, OutageStrategy... strategies) {
    return new Outage(new OutagePlan(store, fault, 200, Duration.ofSeconds(10), Duration.ofSeconds(3),
        Duration.ofSeconds(3), 4, Duration.ofSeconds(1)), List.of(strategies));
  }

  /** Expected wall time in seconds on two cores (start-ups, populations and restarts included). */
  public long estimatedSeconds() {
    double load = 2 * (clusterLoad.initialWarmup().toSeconds() + clusterLoad.warmup().toSeconds()
        + clusterLoad.duration().toSeconds() + 4);
    double spread = 2 * (2 + spreadKeys / 10_000.0);
    double replica = 10 + replicaSamples * 0.25;
    double outage = outages.stream().mapToDouble(o -> o.strategies().size()
        * (o.plan().duration().toSeconds() + o.plan().timeout().toSeconds() + 2) + 4).sum();
    return Math.round(15 + load + spread + replica + outage);
  }
}
