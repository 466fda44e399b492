package dev.statebench.lbsim.scenario;

import dev.statebench.lbsim.engine.SessionState;
import dev.statebench.lbsim.engine.StateModel;
import dev.statebench.lbsim.workload.Distribution;
import dev.statebench.lbsim.workload.LognormalDistribution;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code state} mapping: where session state lives and what it costs. Costs the scenario does not give come
 * from documented defaults (lognormal, coefficient of variation 0.3):
 * <ul>
 *   <li>store lookups and JWT verification: the mean time per operation ({@code avgt}, one thread, loopback on a
 *       2-core VM, JDK 17) of the committed reference run, {@code results/reference/jmh.json}: Redis
 *       {@code RedisLookupBenchmark.lookup} (GET, hit, 1 KiB, 10,000 keys) 87.0 µs; PostgreSQL
 *       {@code PostgresLookupBenchmark.query} (LOOKUP, logged, default protocol, 10,000 rows) 86.6 µs;
 *       {@code JwtVerifyBenchmark.verify} (REUSED, TYPICAL, JDK provider) HS256 7.85 µs, RS256 38.7 µs, ES256
 *       900 µs, EdDSA 186 µs. A scenario that should follow another run's measurements names them with
 *       {@code verify: {dist: jmh, ...}} or an empirical {@code lookup};
 *   <li>a login after a lost local session: 50 ms of CPU (an assumption: a password hash tuned to tens of
 *       milliseconds, plus creating the session).
 * </ul>
 */
final class StateSettings {
  private static final double DEFAULT_CV = 0.3;
  private static final double REDIS_LOOKUP_NANOS = 87.0e3;
  private static final double SQL_LOOKUP_NANOS = 86.6e3;
  private static final Map<String, Double> VERIFY_MICROS = Map.of("HS256", 7.85, "RS256", 38.7, "ES256", 900.0,
      "EDDSA", 186.0);

  private StateSettings() {}

  static SessionState read(SettingsNode node, Path baseDirectory) {
    String name = node.text("model", "none", "one of none, local, redis, sql, jwt");
    StateModel model;
    try {
      model = StateModel.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw node.invalid("model", "unknown state model '" + name + "' (none, local, redis, sql, jwt)");
    }
    return switch (model) {
      case NONE -> {
        node.allowOnly("model");
        yield SessionState.NONE;
      }
      case LOCAL -> {
        node.allowOnly("model", "login");
        yield new SessionState(model, null, null, time(node, "login", 50e6, baseDirectory), 0);
      }
      case REDIS, SQL -> {
        node.allowOnly("model", "lookup");
        yield new SessionState(model, time(node, "lookup", model == StateModel.REDIS ? REDIS_LOOKUP_NANOS : SQL_LOOKUP_NANOS, baseDirectory),
            null, null, 0);
      }
      case JWT -> {
        node.allowOnly("model", "algorithm", "verify", "access-ttl", "lookup");
        String algorithm = node.text("algorithm", "HS256", "HS256, RS256, ES256 or EdDSA");
        Double micros = VERIFY_MICROS.get(algorithm.toUpperCase(Locale.ROOT));
        if (micros == null) {
          throw node.invalid("algorithm", "unknown algorithm '" + algorithm + "' (HS256, RS256, ES256, EdDSA)");
        }
        Distribution verify = node.has("verify")
            ? JmhScoreSettings.readCost(node.child("verify"), baseDirectory)
            : new LognormalDistribution(micros * 1e3, DEFAULT_CV);
        long ttl = node.durationNanos("access-ttl", 0L);
        if (node.has("access-ttl") && ttl <= 0) {
          throw node.invalid("access-ttl", "must be positive (omit it for tokens that live as long as the session)");
        }
        if (node.has("lookup") && ttl == 0) {
          throw node.invalid("lookup", "only used to refresh tokens; give state.access-ttl too");
        }
        yield new SessionState(model, time(node, "lookup", REDIS_LOOKUP_NANOS, baseDirectory), verify, null, ttl);
      }
    };
  }

  private static Distribution time(SettingsNode node, String key, double defaultMeanNanos, Path baseDirectory) {
    return node.has(key)
        ? DistributionSettings.read(node.child(key), DistributionSettings.Kind.TIME, baseDirectory)
        : new LognormalDistribution(defaultMeanNanos, DEFAULT_CV);
  }
}
