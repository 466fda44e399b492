package dev.statebench.servers;

import dev.statebench.UserFacingException;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A real Redis Cluster on loopback, made of {@code redis-server} processes from the same embedded binary: at least
 * three masters, optionally one replica each, with the 16,384 hash slots split evenly between the masters.
 *
 * <p>The cluster is formed with the cluster commands, as the Redis Cluster specification describes
 * (https://redis.io/docs/latest/operate/oss_and_stack/reference/cluster-spec/) and as {@code redis-cli --cluster
 * create} does underneath: each master is given a contiguous slot range with {@code CLUSTER ADDSLOTSRANGE}, every
 * node is introduced to the first with {@code CLUSTER MEET}, each replica follows its master with
 * {@code CLUSTER REPLICATE}, and the cluster is ready when every node reports {@code cluster_state:ok} and knows
 * every other node. Each node has its own port, its own cluster-bus port ({@code cluster-port}) and its own
 * temporary directory; {@link #close()} stops them all and removes the directories (and the
 * {@link ProcessReaper} does so if the JVM is killed).
 */
public final class EmbeddedRedisCluster implements AutoCloseable {
  /** Number of hash slots in every Redis Cluster. */
  public static final int SLOTS = 16_384;

  private static final Duration FORMATION_DEADLINE = Duration.ofSeconds(30);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

  private final List<EmbeddedRedisServer> masters;
  private final List<EmbeddedRedisServer> replicas;
  private final RedisClusterEndpoint endpoint;

  private EmbeddedRedisCluster(List<EmbeddedRedisServer> masters, List<EmbeddedRedisServer> replicas) {
    this.masters = List.copyOf(masters);
    this.replicas = List.copyOf(replicas);
    List<String> nodes = new ArrayList<>();
    masters.forEach(node -> nodes.add(node.endpoint().uri()));
    replicas.forEach(node -> nodes.add(node.endpoint().uri()));
    this.endpoint = new RedisClusterEndpoint(nodes, masters.size(), replicas.size(),
        masters.get(0).endpoint().version(), true);
  }

  /**
   * Starts {@code masterCount} masters (at least 3) and {@code replicasPerMaster} (0 or 1) replicas of each, forms
   * the cluster and returns once every node sees every slot served.
   *
   * @throws UserFacingException when a node cannot start or the cluster does not form within its deadline
   */
  public static EmbeddedRedisCluster start(int masterCount, int replicasPerMaster) {
    if (masterCount < 3) {
      throw new UserFacingException("a Redis Cluster needs at least 3 masters, got " + masterCount);
    }
    if (replicasPerMaster < 0 || replicasPerMaster > 1) {
      throw new UserFacingException("replicas per master must be 0 or 1, got " + replicasPerMaster);
    }
    List<EmbeddedRedisServer> masters = new ArrayList<>();
    List<EmbeddedRedisServer> replicas = new ArrayList<>();
    try {
      for (int i = 0; i < masterCount; i++) {
        masters.add(EmbeddedRedisServer.startClusterNode());
      }
      for (int i = 0; i < masterCount * replicasPerMaster; i++) {
        replicas.add(EmbeddedRedisServer.startClusterNode());
      }
      form(masters, replicas);
      return new EmbeddedRedisCluster(masters, replicas);
    } catch (RuntimeException e) {
      replicas.forEach(EmbeddedRedisCluster::closeQuietly);
      masters.forEach(EmbeddedRedisCluster::closeQuietly);
      if (e instanceof UserFacingException userFacing) {
        throw userFacing;
      }
      throw new UserFacingException("the embedded Redis Cluster cannot form (" + e.getMessage()
          + "): use a single node (--redis-topology single) or set an external cluster URL", e);
    }
  }

  /** The seed URIs and shape of the cluster. */
  public RedisClusterEndpoint endpoint() {
    return endpoint;
  }

  /** Every node's process, masters first, for checks that they are gone after {@link #close()}. */
  public List<ProcessHandle> processes() {
    List<ProcessHandle> all = new ArrayList<>();
    masters.forEach(node -> all.add(node.processHandle()));
    replicas.forEach(node -> all.add(node.processHandle()));
    return all;
  }

  /** Stops every node and deletes their directories. */
  @Override
  public void close() {
    List<RuntimeException> failures = new ArrayList<>();
    for (EmbeddedRedisServer node : concat()) {
      try {
        node.close();
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      RuntimeException first = failures.get(0);
      failures.subList(1, failures.size()).forEach(first::addSuppressed);
      throw first;
    }
  }

  private List<EmbeddedRedisServer> concat() {
    List<EmbeddedRedisServer> all = new ArrayList<>(replicas);
    all.addAll(masters);
    return all;
  }

  private static void form(List<EmbeddedRedisServer> masters, List<EmbeddedRedisServer> replicas) {
    List<EmbeddedRedisServer> all = new ArrayList<>(masters);
    all.addAll(replicas);
    List<RedisClient> clients = new ArrayList<>();
    List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();
    try {
      List<RedisCommands<String, String>> nodes = new ArrayList<>();
      for (EmbeddedRedisServer server : all) {
        RedisClient client = RedisClient.create(RedisProbe.clientUri(server.endpoint().uri()));
        clients.add(client);
        StatefulRedisConnection<String, String> connection = client.connect();
        connections.add(connection);
        nodes.add(connection.sync());
      }
      int masterCount = masters.size();
      for (int i = 0; i < masterCount; i++) {
        int first = (int) ((long) SLOTS * i / masterCount);
        int last = (int) ((long) SLOTS * (i + 1) / masterCount) - 1;
        nodes.get(i).clusterAddSlotsRange(Range.create(first, last));
      }
      // The bus ports are free ports of their own (cluster-port), not port + 10000, so MEET must name them.
      String busPort = nodes.get(0).configGet("cluster-port").get("cluster-port");
      for (int i = 1; i < all.size(); i++) {
        nodes.get(i).dispatch(CommandType.CLUSTER, new StatusOutput<>(StringCodec.UTF8), new CommandArgs<>(
            StringCodec.UTF8).add("MEET").add("127.0.0.1").add(all.get(0).endpoint().port()).add(busPort));
      }
      long deadline = System.nanoTime() + FORMATION_DEADLINE.toNanos();
      awaitAll(nodes, all.size(), 0, deadline);
      for (int r = 0; r < replicas.size(); r++) {
        String masterId = nodes.get(r % masterCount).clusterMyId();
        RedisCommands<String, String> replica = nodes.get(masterCount + r);
        awaitKnows(replica, masterId, deadline);
        replica.clusterReplicate(masterId);
      }
      awaitAll(nodes, all.size(), replicas.size(), deadline);
    } finally {
      connections.forEach(StatefulRedisConnection::close);
      clients.forEach(client -> client.shutdown(Duration.ZERO, Duration.ofSeconds(2)));
    }
  }

  /**
   * Waits until every node reports {@code cluster_state:ok}, knows {@code size} nodes and sees {@code replicaCount}
   * of them as replicas.
   */
  private static void awaitAll(List<RedisCommands<String, String>> nodes, int size, int replicaCount, long deadline) {
    for (RedisCommands<String, String> node : nodes) {
      while (true) {
        String info = node.clusterInfo();
        List<String> known = node.clusterNodes().lines().filter(line -> !line.isBlank()).toList();
        long replicasSeen = known.stream().filter(line -> line.split(" ")[2].contains("slave")).count();
        if (info.contains("cluster_state:ok") && known.size() == size && replicasSeen == replicaCount) {
          break;
        }
        if (System.nanoTime() > deadline) {
          throw new UserFacingException("the embedded Redis Cluster did not form within "
              + FORMATION_DEADLINE.toSeconds() + " s (a node knows " + known.size() + " of " + size + " nodes and "
              + replicasSeen + " of " + replicaCount + " replicas, " + firstLine(info) + ")");
        }
        LockSupport.parkNanos(POLL_INTERVAL.toNanos());
      }
    }
  }

  private static void awaitKnows(RedisCommands<String, String> node, String nodeId, long deadline) {
    while (!node.clusterNodes().contains(nodeId)) {
      if (System.nanoTime() > deadline) {
        throw new UserFacingException("a Redis Cluster replica never learned of its master " + nodeId + " within "
            + FORMATION_DEADLINE.toSeconds() + " s");
      }
      LockSupport.parkNanos(POLL_INTERVAL.toNanos());
    }
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("no cluster info").trim();
  }

  private static void closeQuietly(EmbeddedRedisServer server) {
    try {
      server.close();
    } catch (RuntimeException e) {
      // Already failing; the reaper removes whatever is left when this JVM ends.
    }
  }
}
