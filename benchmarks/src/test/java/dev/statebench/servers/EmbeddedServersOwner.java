package dev.statebench.servers;

import java.util.concurrent.CountDownLatch;

/**
 * A process that starts the embedded servers (Redis, a PostgreSQL primary and its replica), prints what it started and then waits forever: the owner that
 * {@link KilledOwnerTest} kills with SIGKILL.
 */
public final class EmbeddedServersOwner {
  private EmbeddedServersOwner() {}

  public static void main(String[] args) throws InterruptedException {
    Servers servers = Servers.open(ServerConfig.embedded());
    servers.redis();
    servers.postgres();
    servers.postgresReplica();
    System.out.println("redis-pid " + servers.embeddedRedis().processHandle().pid());
    System.out.println("redis-dir " + servers.embeddedRedis().directory());
    System.out.println("postgres-pid " + servers.embeddedPostgres().postmaster().orElseThrow().pid());
    System.out.println("postgres-dir " + servers.embeddedPostgres().directory());
    System.out.println("replica-pid " + servers.embeddedReplica().postmaster().orElseThrow().pid());
    System.out.println("replica-dir " + servers.embeddedReplica().directory());
    System.out.println("watchdog-pid " + ProcessReaper.instance().watchdogProcess().pid());
    System.out.println("ready");
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
