package dev.statebench.servers;

import dev.statebench.UserFacingException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that an external Redis Cluster answers through one of its seed nodes, that it reports
 * {@code cluster_state:ok}, and reads its shape (masters, replicas) and version, failing within seconds with one
 * clear line — a node that does not answer is named.
 */
public final class RedisClusterProbe {
  private RedisClusterProbe() {}

  /**
   * Probes {@code seedUris} in order until one answers, then returns the cluster's endpoint with every node the seed
   * knows (the seeds' credentials carried over).
   *
   * @throws UserFacingException when no seed answers, or the cluster is not in state ok
   */
  public static RedisClusterEndpoint probe(List<String> seedUris) {
    if (seedUris.isEmpty()) {
      throw new UserFacingException("a Redis Cluster URL needs at least one seed node (redis://HOST:PORT[,…])");
    }
    UserFacingException last = null;
    for (String seed : seedUris) {
      RedisEndpoint node;
      try {
        node = RedisProbe.probe(seed, false);
      } catch (UserFacingException e) {
        last = e;
        continue;
      }
      return describe(seed, node.version());
    }
    throw new UserFacingException("no Redis Cluster seed node answers (last: " + last.getMessage() + ")", last);
  }

  private static RedisClusterEndpoint describe(String seed, String version) {
    RedisURI seedUri = RedisProbe.clientUri(seed);
    seedUri.setTimeout(RedisProbe.COMMAND_TIMEOUT);
    RedisClient client = RedisClient.create(seedUri);
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      RedisCommands<String, String> commands = connection.sync();
      String info = commands.clusterInfo();
      if (!info.contains("cluster_state:ok")) {
        throw new UserFacingException("the Redis at " + Redaction.redact(seed) + " is not a healthy cluster node ("
            + info.lines().findFirst().orElse("no CLUSTER INFO").trim() + "): check the cluster or use a single node");
      }
      List<String> nodes = new ArrayList<>();
      int masters = 0;
      int replicas = 0;
      for (String line : commands.clusterNodes().lines().filter(line -> !line.isBlank()).toList()) {
        String[] fields = line.split(" ");
        String address = fields[1].substring(0, fields[1].indexOf('@'));
        RedisURI node = RedisURI.create(seed);
        node.setHost(address.substring(0, address.lastIndexOf(':')));
        node.setPort(Integer.parseInt(address.substring(address.lastIndexOf(':') + 1)));
        if (fields[2].contains("master")) {
          masters++;
          nodes.add(0, node.toURI().toString());
        } else {
          replicas++;
          nodes.add(node.toURI().toString());
        }
      }
      return new RedisClusterEndpoint(nodes, masters, replicas, version, false);
    } catch (UserFacingException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new UserFacingException("cannot read the shape of the Redis Cluster at " + Redaction.redact(seed) + ": "
          + e.getMessage() + " (is cluster mode enabled on that server?)", e);
    } finally {
      client.shutdown(Duration.ofMillis(100), Duration.ofSeconds(2));
    }
  }
}
