package dev.statebench.run;

import dev.statebench.jmh.HybridTokenBenchmark;
import dev.statebench.jmh.PostgresLookupBenchmark;
import dev.statebench.jmh.RedisLookupBenchmark;
import dev.statebench.jmh.RedisPipelinedLookupBenchmark;
import dev.statebench.load.LoadTarget;
import java.util.List;
import java.util.Set;

/**
 * Which servers the selected benchmarks need, so that {@code statebench run} starts (or probes) only those: a JWT-only
 * run starts none. Benchmarks parameterised by {@link LoadTarget} ({@code target}) need what their targets need.
 *
 * @param redis whether some selected benchmark talks to Redis
 * @param postgres whether some selected benchmark talks to PostgreSQL
 */
record ServerNeeds(boolean redis, boolean postgres) {
  private static final Set<Class<?>> REDIS = Set.of(RedisLookupBenchmark.class, RedisPipelinedLookupBenchmark.class,
      HybridTokenBenchmark.class);
  private static final Set<Class<?>> POSTGRES = Set.of(PostgresLookupBenchmark.class);

  static ServerNeeds of(List<BenchmarkSelection> selections) {
    boolean redis = false;
    boolean postgres = false;
    for (BenchmarkSelection selection : selections) {
      redis |= REDIS.contains(selection.benchmark());
      postgres |= POSTGRES.contains(selection.benchmark());
      for (String target : selection.params().getOrDefault("target", List.of())) {
        redis |= LoadTarget.valueOf(target).usesRedis();
        postgres |= LoadTarget.valueOf(target).usesPostgres();
      }
    }
    return new ServerNeeds(redis, postgres);
  }

  boolean any() {
    return redis || postgres;
  }
}
