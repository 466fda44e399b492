package dev.statebench.cli;

import dev.statebench.servers.PostgresEndpoint;
import dev.statebench.servers.RedisClusterEndpoint;
import dev.statebench.servers.RedisEndpoint;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statebench servers}: starts (or checks) Redis and PostgreSQL, prints how to reach them, and keeps
 * embedded ones running until interrupted, so {@code redis-cli}, {@code psql}, {@code redis-benchmark},
 * {@code pgbench} or other statebench processes can use them.
 */
@Command(
    name = "servers",
    mixinStandardHelpOptions = true,
    description = {
      "Start embedded Redis and PostgreSQL (or check external ones), print their URLs and versions,"
          + " and stay up until Ctrl-C.",
      "Embedded servers listen on 127.0.0.1 and are removed, with their files, on exit."
    })
final class ServersCommand implements Callable<Integer> {
  @Mixin
  ServerOptions serverOptions;

  @Option(names = "--redis-topology", paramLabel = "TOPOLOGY",
      description = "single (default) or cluster: also start an embedded Redis Cluster (or check the one named by"
          + " --redis-cluster-url).")
  RedisTopology topology = RedisTopology.SINGLE;

  @Option(names = "--redis-cluster-url", paramLabel = "URL[,URL…]", split = ",",
      description = "Seed nodes of an external Redis Cluster (lettuce URIs); with --redis-topology cluster.")
  List<String> clusterSeeds = List.of();

  @Option(names = "--redis-cluster-masters", paramLabel = "N",
      description = "Masters of the embedded cluster, at least 3 (default: ${DEFAULT-VALUE}).")
  int clusterMasters = 3;

  @Option(names = "--redis-cluster-replicas", paramLabel = "R",
      description = "Replicas per master of the embedded cluster, 0 or 1 (default: ${DEFAULT-VALUE}).")
  int clusterReplicas = 0;

  @Spec
  CommandSpec spec;

  /** Which Redis deployment to start or check besides the single node. */
  enum RedisTopology { SINGLE, CLUSTER }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Servers servers = Servers.open(serverOptions.config());
    try {
      RedisEndpoint redis = servers.redis();
      PostgresEndpoint postgres = servers.postgres();
      print(out, redis, postgres);
      boolean embeddedCluster = false;
      if (topology == RedisTopology.CLUSTER) {
        RedisClusterEndpoint cluster = servers.redisCluster(clusterSeeds, clusterMasters, clusterReplicas);
        print(out, cluster);
        embeddedCluster = cluster.embedded();
      }
      if (!redis.embedded() && !postgres.embedded() && !embeddedCluster) {
        servers.close();
        return 0;
      }
      out.println();
      out.println("Press Ctrl-C to stop; embedded servers and their files are removed on exit.");
      out.flush();
      new CountDownLatch(1).await();
      return 0;
    } catch (RuntimeException | InterruptedException e) {
      servers.close();
      throw e;
    }
  }

  private static void print(PrintWriter out, RedisClusterEndpoint cluster) {
    out.println();
    out.println("Redis Cluster " + cluster.version() + ", " + cluster.masters() + " masters, " + cluster.replicas()
        + " replicas" + (cluster.embedded() ? " (embedded)" : " (external)"));
    out.println("  seed: " + cluster.redactedSeedUri());
    out.println("  try:  redis-cli -c -u " + cluster.redactedSeedUri() + " cluster info");
    out.flush();
  }

  private static void print(PrintWriter out, RedisEndpoint redis, PostgresEndpoint postgres) {
    out.println("Redis " + redis.version() + (redis.embedded() ? " (embedded)" : " (external)"));
    out.println("  url:  " + redis.redactedUri());
    out.println("  try:  redis-cli -u " + redis.redactedUri() + " ping");
    out.println("        redis-benchmark -h " + redis.host() + " -p " + redis.port() + " -t get,set -q");
    out.println();
    out.println("PostgreSQL " + postgres.version() + (postgres.embedded() ? " (embedded)" : " (external)"));
    out.println("  url:  " + postgres.redactedJdbcUrl());
    out.println("  user: " + postgres.user() + (postgres.password().isEmpty() ? " (no password)" : " (password set)"));
    out.println("  try:  psql \"postgresql://" + postgres.user() + "@" + postgres.host() + ":" + postgres.port() + "/"
        + postgres.database() + "\" -c 'select version()'");
    out.println("        pgbench -h " + postgres.host() + " -p " + postgres.port() + " -U " + postgres.user()
        + " -i " + postgres.database());
    out.println();
    out.println("For other statebench processes:");
    out.println("  export " + ServerConfig.REDIS_URL_ENV + "=" + redis.redactedUri());
    out.println("  export " + ServerConfig.PG_URL_ENV + "=" + postgres.redactedJdbcUrl());
    out.println("  export " + ServerConfig.PG_USER_ENV + "=" + postgres.user());
    out.flush();
  }
}
