package dev.statebench.servers;

import java.util.List;
import java.util.Objects;

/**
 * Where a Redis Cluster answers: the URIs of its nodes (any of them is a seed for a cluster client, which discovers
 * the rest with {@code CLUSTER SHARDS}/{@code CLUSTER NODES}), its shape and its version.
 *
 * @param nodeUris lettuce URIs of the nodes, masters first; pass them to clients, never print them
 * @param masters number of masters (slot owners)
 * @param replicas number of replicas
 * @param version the nodes' {@code redis_version}
 * @param embedded whether statebench started this cluster itself
 */
public record RedisClusterEndpoint(List<String> nodeUris, int masters, int replicas, String version,
    boolean embedded) {

  public RedisClusterEndpoint {
    nodeUris = List.copyOf(nodeUris);
    Objects.requireNonNull(version, "version");
    if (nodeUris.isEmpty()) {
      throw new IllegalArgumentException("a cluster endpoint needs at least one seed node");
    }
  }

  /** The seed URI clients start from. */
  public String seedUri() {
    return nodeUris.get(0);
  }

  /** The seed URI with any password masked: safe for consoles, logs and results. */
  public String redactedSeedUri() {
    return Redaction.redact(seedUri());
  }

  @Override
  public String toString() {
    return "Redis Cluster " + version + " (" + masters + " masters, " + replicas + " replicas) at "
        + redactedSeedUri() + (embedded ? " (embedded)" : " (external)");
  }
}
