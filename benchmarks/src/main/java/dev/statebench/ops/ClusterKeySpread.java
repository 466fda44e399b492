package dev.statebench.ops;

import dev.statebench.servers.RedisClusterEndpoint;
import dev.statebench.session.RedisSessionStore;
import dev.statebench.session.SampleSessions;
import dev.statebench.session.SessionId;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.cluster.SlotHash;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes sessions under one key prefix into a Redis Cluster through the session store's cluster client, then counts
 * on each master, node by node, how many of them it holds ({@link KeySpread}). The slot of each key is lettuce's
 * {@link SlotHash} (CRC16 of the key or of its hash tag, as the cluster specification defines); the per-master counts
 * come from the servers themselves. The keys are removed afterwards.
 */
public final class ClusterKeySpread {
  private static final long SEED = 41;
  private static final Duration TTL = Duration.ofMinutes(10);

  private ClusterKeySpread() {}

  /** Writes {@code keys} sessions under {@code keyPrefix} into {@code cluster} and counts them per master. */
  public static KeySpread measure(RedisClusterEndpoint cluster, String keyPrefix, int keys) {
    try (RedisSessionStore store = RedisSessionStore.connectCluster(cluster.nodeUris(), keyPrefix)) {
      store.clear();
      try {
        store.populate(SEED, keys, i -> SampleSessions.forIndex(i, 64), TTL);
        Set<Integer> slots = new HashSet<>();
        for (int i = 0; i < keys; i++) {
          slots.add(SlotHash.getSlot(keyPrefix + SessionId.deterministic(SEED, i).value()));
        }
        List<Long> perMaster = new ArrayList<>();
        for (String master : cluster.nodeUris().subList(0, cluster.masters())) {
          perMaster.add(countOnNode(master, keyPrefix));
        }
        return new KeySpread(keyPrefix, hasHashTag(keyPrefix), keys, slots.size(), perMaster);
      } finally {
        store.clear();
      }
    }
  }

  /** Whether the key holds a non-empty {@code {…}} section, the part the cluster hashes instead of the whole key. */
  static boolean hasHashTag(String key) {
    int open = key.indexOf('{');
    return open >= 0 && key.indexOf('}', open + 1) > open + 1;
  }

  private static long countOnNode(String nodeUri, String keyPrefix) {
    RedisClient client = RedisSessionStore.newClient(nodeUri);
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      RedisCommands<String, String> node = connection.sync();
      long count = 0;
      ScanArgs match = ScanArgs.Builder.matches(keyPrefix + "*").limit(1000);
      for (ScanCursor cursor = ScanCursor.INITIAL; !cursor.isFinished(); ) {
        KeyScanCursor<String> page = node.scan(cursor, match);
        count += page.getKeys().size();
        cursor = page;
      }
      return count;
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
  }
}
