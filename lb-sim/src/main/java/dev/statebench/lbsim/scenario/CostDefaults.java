package dev.statebench.lbsim.scenario;

import dev.statebench.lbsim.workload.Distribution;
import dev.statebench.lbsim.workload.LognormalDistribution;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The costs a state model pays when the scenario's {@code state} does not give them: a store lookup per model
 * ({@code costs.lookup.redis}, {@code costs.lookup.sql}) and a token verification per algorithm
 * ({@code costs.verify.HS256} …). Each comes from the scenario's {@code costs} mapping (which {@code lb-sim run
 * --inputs FILE} fills with a run's own measurements) or, where it names none, from the committed defaults
 * (lognormal, coefficient of variation 0.3), the mean time per operation (one thread, loopback on a 2-core VM, JDK 17:
 * the average-time score, or for the store lookups, which the full profile times by sample only, the sample-time score,
 * which is the mean too) of the committed reference run {@code results/reference/jmh.json}:
 * <ul>
 *   <li>Redis: {@code RedisLookupBenchmark.lookup} (GET, hit, 1 KiB, 10,000 keys) 73.3 µs;
 *   <li>PostgreSQL: {@code PostgresLookupBenchmark.query} (LOOKUP, logged, default protocol, 10,000 rows) 64.1 µs;
 *   <li>{@code JwtVerifyBenchmark.verify} (REUSED, TYPICAL, JDK provider): HS256 10.6 µs, RS256 50.9 µs, ES256 1.08 ms,
 *       EdDSA 212 µs.
 * </ul>
 * A cost in {@code costs} is a distribution (as {@code backends.service}) with an optional {@code source}, a line
 * naming the measurement it was taken from; the source is echoed with the scenario into the result.
 */
final class CostDefaults {
  static final String KEY = "costs";
  static final double DEFAULT_CV = 0.3;
  private static final Map<String, Double> LOOKUP_NANOS = Map.of("redis", 73.3e3, "sql", 64.1e3);
  private static final Map<String, Double> VERIFY_NANOS = Map.of("HS256", 10.6e3, "RS256", 50.9e3, "ES256", 1080e3,
      "EDDSA", 212e3);

  private final SettingsNode costs;
  private final Path baseDirectory;

  private CostDefaults(SettingsNode costs, Path baseDirectory) {
    this.costs = costs;
    this.baseDirectory = baseDirectory;
  }

  /** The built-in defaults only. */
  static final CostDefaults BUILT_IN = new CostDefaults(null, null);

  /** Reads {@code costs} of the scenario root (the built-in defaults where absent); files resolve against the base. */
  static CostDefaults read(SettingsNode root, Path baseDirectory) {
    if (!root.has(KEY)) {
      return BUILT_IN;
    }
    SettingsNode costs = root.child(KEY);
    costs.allowOnly("lookup", "verify");
    CostDefaults defaults = new CostDefaults(costs, baseDirectory);
    if (costs.has("lookup")) {
      SettingsNode lookup = costs.child("lookup");
      lookup.allowOnly("redis", "sql");
      lookup.fieldNames().forEachRemaining(model -> defaults.lookup(model));
    }
    if (costs.has("verify")) {
      SettingsNode verify = costs.child("verify");
      Iterator<String> names = verify.fieldNames();
      while (names.hasNext()) {
        String algorithm = names.next();
        if (!VERIFY_NANOS.containsKey(algorithm.toUpperCase(Locale.ROOT))) {
          throw verify.invalid(algorithm, "unknown algorithm (HS256, RS256, ES256, EdDSA)");
        }
        defaults.verify(algorithm);
      }
    }
    return defaults;
  }

  /** A store lookup of {@code model} ({@code redis} or {@code sql}). */
  Distribution lookup(String model) {
    return cost("lookup", model, LOOKUP_NANOS.get(model));
  }

  /** A verification of a token signed with {@code algorithm}; null for an unknown algorithm. */
  Distribution verify(String algorithm) {
    Double nanos = VERIFY_NANOS.get(algorithm.toUpperCase(Locale.ROOT));
    return nanos == null ? null : cost("verify", algorithm, nanos);
  }

  private Distribution cost(String group, String name, double defaultMeanNanos) {
    if (costs != null && costs.has(group)) {
      SettingsNode given = costs.child(group);
      Iterator<String> names = given.fieldNames();
      while (names.hasNext()) {
        String key = names.next();
        if (key.equalsIgnoreCase(name)) {
          SettingsNode cost = given.child(key);
          cost.text("source", "", "a line naming the measurement");
          return DistributionSettings.read(cost.without("source"), DistributionSettings.Kind.TIME, baseDirectory);
        }
      }
    }
    return new LognormalDistribution(defaultMeanNanos, DEFAULT_CV);
  }
}
