package dev.statebench.load.cpu;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;

/**
 * CPU time of a Redis server as the server itself reports it in {@code INFO cpu}: {@code used_cpu_sys +
 * used_cpu_user} (its own {@code getrusage}, in seconds with microsecond digits) plus the {@code _children} fields
 * (forks for snapshots and AOF rewrites). Used when the server's process is not visible in this machine's
 * {@code /proc}; each reading is one {@code INFO} command, itself a few microseconds of server CPU.
 * See https://redis.io/docs/latest/commands/info/.
 */
public final class RedisInfoCpuMeter implements CpuMeter {
  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;
  private final String where;

  /** Connects with {@code client} (owned by the caller); {@code where} names the server in {@link #source()}. */
  public RedisInfoCpuMeter(RedisClient client, String where) {
    this.client = client;
    this.connection = client.connect(StringCodec.UTF8);
    this.where = where;
  }

  @Override
  public long cpuNanos() {
    return parseCpuNanos(connection.sync().info("cpu"));
  }

  /** Sums the four {@code used_cpu_*} fields of an {@code INFO cpu} reply, in nanoseconds. */
  static long parseCpuNanos(String info) {
    double seconds = 0;
    int found = 0;
    for (String line : info.split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon);
      if (key.equals("used_cpu_sys") || key.equals("used_cpu_user") || key.equals("used_cpu_sys_children")
          || key.equals("used_cpu_user_children")) {
        seconds += Double.parseDouble(line.substring(colon + 1).trim());
        found++;
      }
    }
    if (found < 2) {
      throw new IllegalStateException("INFO cpu did not report used_cpu_sys and used_cpu_user");
    }
    return Math.round(seconds * 1e9);
  }

  @Override
  public String source() {
    return "Redis INFO cpu of " + where;
  }

  @Override
  public void close() {
    connection.close();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }
}
