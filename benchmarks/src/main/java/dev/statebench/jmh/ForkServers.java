package dev.statebench.jmh;

import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;

/**
 * The servers of one benchmark JVM (a JMH fork), opened on first use from {@link ServerConfig#fromEnvironment()}:
 * {@code statebench run} passes the launcher's servers to every fork as system properties, so forks share them;
 * a fork started by hand ({@code statebench jmh …}) without them starts its own embedded servers. They stay open
 * for the life of the JVM and are stopped by {@link Servers}' shutdown hook.
 */
final class ForkServers {
  private static Servers servers;

  private ForkServers() {}

  static synchronized Servers get() {
    if (servers == null) {
      servers = Servers.open(ServerConfig.fromEnvironment());
    }
    return servers;
  }
}
