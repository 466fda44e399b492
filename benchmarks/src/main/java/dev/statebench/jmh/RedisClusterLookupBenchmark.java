package dev.statebench.jmh;

import dev.statebench.servers.EmbeddedRedisCluster;
import dev.statebench.servers.RedisClusterProbe;
import dev.statebench.session.RedisSessionStore;
import dev.statebench.session.SampleSessions;
import dev.statebench.session.SessionData;
import dev.statebench.session.SessionId;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Question: what does a session lookup ({@code GET}, hit, 1 KiB) cost through lettuce's cluster client against a
 * Redis Cluster, compared with the same lookup against a single Redis node?
 *
 * <p>{@code SINGLE} uses the suite's Redis (embedded or {@code STATEBENCH_REDIS_URL}) through the standalone client;
 * {@code CLUSTER} uses the cluster named by the system property {@code statebench.redis.cluster.url} (comma-separated
 * seed URIs) or, when it is not set, an embedded three-master cluster started for the trial. Both go through the
 * same {@link RedisSessionStore}: the cluster client hashes each key to its slot and sends the command straight to
 * the owning master over a connection it keeps per node, so a lookup is still one round trip; what it adds is the
 * slot computation, the per-node connection choice and (for an embedded cluster on one machine) three server
 * processes sharing the cores with the client.
 *
 * <p>Run: {@code statebench jmh RedisClusterLookupBenchmark -bm sample} (add {@code -p topology=CLUSTER} for one
 * side). Read: µs per lookup, lower is better; compare the two rows of one run, never across runs. Sample mode and
 * the {@code .hlog} files give p50/p99.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RedisClusterLookupBenchmark {
  /** Where the cluster's seeds come from when an external cluster is used. */
  public static final String CLUSTER_URL_PROPERTY = "statebench.redis.cluster.url";

  private static final int POPULATION = 10_000;
  private static final int PAYLOAD = 1024;
  private static final int POOL = 4096;
  private static final long SEED = 20_240_601L;

  /** The deployment looked up. */
  public enum Topology { SINGLE, CLUSTER }

  @Param({"SINGLE", "CLUSTER"})
  Topology topology;

  EmbeddedRedisCluster embeddedCluster;
  RedisSessionStore store;
  SessionId[] ids;
  int index;
  LatencyLog latency;

  @Setup(Level.Trial)
  public void populate(BenchmarkParams params, ThreadParams thread) {
    String prefix = "statebench:bench:cluster:";
    store = switch (topology) {
      case SINGLE -> RedisSessionStore.connect(ForkServers.get().redis().uri(), prefix);
      case CLUSTER -> RedisSessionStore.connectCluster(clusterSeeds(), prefix);
    };
    store.clear();
    store.populate(SEED, POPULATION, i -> SampleSessions.forIndex(i, PAYLOAD), Duration.ofHours(2));
    SplittableRandom random = new SplittableRandom(SEED);
    ids = new SessionId[POOL];
    Arrays.setAll(ids, i -> SessionId.deterministic(SEED, random.nextInt(POPULATION)));
    if (store.lookup(ids[0]).isEmpty()) {
      throw new IllegalStateException("Redis " + topology + ": a populated session is not found");
    }
    latency = LatencyLog.open(params, thread);
  }

  private List<String> clusterSeeds() {
    String external = System.getProperty(CLUSTER_URL_PROPERTY, "");
    if (!external.isBlank()) {
      return RedisClusterProbe.probe(List.of(external.split(","))).nodeUris();
    }
    embeddedCluster = EmbeddedRedisCluster.start(3, 0);
    return embeddedCluster.endpoint().nodeUris();
  }

  @Setup(Level.Iteration)
  public void beginIteration(IterationParams iteration) {
    latency.beginIteration(iteration);
  }

  /** Looks up the next id of the pool. */
  @Benchmark
  public Optional<SessionData> lookup() {
    long start = latency.start();
    Optional<SessionData> session = store.lookup(ids[index++ & (POOL - 1)]);
    latency.record(start);
    return session;
  }

  @TearDown(Level.Iteration)
  public void endIteration() {
    latency.endIteration();
  }

  @TearDown(Level.Trial)
  public void close() {
    latency.close();
    store.clear();
    store.close();
    if (embeddedCluster != null) {
      embeddedCluster.close();
    }
  }
}
