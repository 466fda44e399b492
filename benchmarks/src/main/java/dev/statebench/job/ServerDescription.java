package dev.statebench.job;

import dev.statebench.servers.PostgresEndpoint;
import dev.statebench.servers.RedisEndpoint;
import dev.statebench.servers.Servers;
import java.util.LinkedHashMap;
import java.util.Map;

/** The servers of a job as env.json records them: version, embedded or external, and the URL without credentials. */
public final class ServerDescription {
  private ServerDescription() {}

  public static Map<String, Object> of(Servers servers) {
    RedisEndpoint redis = servers.redis();
    PostgresEndpoint postgres = servers.postgres();
    Map<String, Object> redisEntry = new LinkedHashMap<>();
    redisEntry.put("version", redis.version());
    redisEntry.put("embedded", redis.embedded());
    redisEntry.put("url", redis.redactedUri());
    Map<String, Object> postgresEntry = new LinkedHashMap<>();
    postgresEntry.put("version", postgres.version());
    postgresEntry.put("embedded", postgres.embedded());
    postgresEntry.put("url", postgres.redactedJdbcUrl());
    postgresEntry.put("user", postgres.user());
    Map<String, Object> description = new LinkedHashMap<>();
    description.put("redis", redisEntry);
    description.put("postgresql", postgresEntry);
    return description;
  }
}
