package dev.statebench.servers;

import java.util.Locale;

/**
 * How durable the embedded servers are asked to be: the durability axis of the write paths (sliding expiry, refresh,
 * revoke). The default is what the embedded servers always ran with: Redis without persistence, PostgreSQL without
 * {@code fsync} or synchronous commit. External servers keep their own settings; what is in force is read back by
 * {@link DurabilityProbe} and recorded beside every result.
 *
 * <ul>
 *   <li>Redis {@code appendonly}: {@code no}; {@code everysec} ({@code appendonly yes}, {@code appendfsync everysec}:
 *       up to a second of writes lost on a crash); {@code always} ({@code appendfsync always}: every write on disk
 *       before the reply). See https://redis.io/docs/latest/operate/oss_and_stack/management/persistence/.
 *   <li>PostgreSQL: {@code off} ({@code fsync=off}, {@code synchronous_commit=off}) or {@code on} ({@code fsync=on},
 *       {@code synchronous_commit=on}, {@code full_page_writes=on}: a commit returns once its WAL is flushed). See
 *       https://www.postgresql.org/docs/current/runtime-config-wal.html.
 * </ul>
 *
 * @param redis the Redis append-only-file policy
 * @param postgresDurable whether PostgreSQL flushes its WAL at commit
 */
public record Durability(RedisAppendOnly redis, boolean postgresDurable) {
  /** No persistence anywhere: the embedded servers' long-standing default. */
  public static final Durability NONE = new Durability(RedisAppendOnly.NO, false);

  /** Redis's append-only-file policy. */
  public enum RedisAppendOnly {
    NO,
    EVERYSEC,
    ALWAYS;

    /** {@code no}, {@code everysec} or {@code always}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code no}, {@code everysec} or {@code always}. */
    public static RedisAppendOnly parse(String text) {
      for (RedisAppendOnly value : values()) {
        if (value.label().equalsIgnoreCase(text.trim())) {
          return value;
        }
      }
      throw new IllegalArgumentException("unknown appendonly policy '" + text + "'; expected no, everysec or always");
    }
  }

  /** Parses PostgreSQL's {@code on} or {@code off}. */
  public static boolean parsePostgres(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "on" -> true;
      case "off" -> false;
      default -> throw new IllegalArgumentException("unknown PostgreSQL durability '" + text + "'; expected on or off");
    };
  }

  /** A short label, e.g. {@code redis-aof-always+pg-fsync-on}. */
  public String label() {
    return "redis-aof-" + redis.label() + "+pg-fsync-" + (postgresDurable ? "on" : "off");
  }
}
