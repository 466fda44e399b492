package dev.statebench.lbsim.scenario;

import dev.statebench.lbsim.engine.SessionState;
import dev.statebench.lbsim.engine.StateModel;
import dev.statebench.lbsim.workload.Distribution;
import dev.statebench.lbsim.workload.LognormalDistribution;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the {@code state} mapping: where session state lives and what it costs. Costs the state does not give come
 * from {@link CostDefaults} (the scenario's {@code costs}, or the committed defaults it documents); a login after a
 * lost local session costs 50 ms of CPU by default (an assumption: a password hash tuned to tens of milliseconds, plus
 * creating the session).
 */
final class StateSettings {
  private StateSettings() {}

  static SessionState read(SettingsNode node, Path baseDirectory, CostDefaults costs) {
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
        yield new SessionState(model, null, null, time(node, "login", baseDirectory,
            new LognormalDistribution(50e6, CostDefaults.DEFAULT_CV)), 0);
      }
      case REDIS, SQL -> {
        node.allowOnly("model", "lookup");
        yield new SessionState(model, time(node, "lookup", baseDirectory,
            costs.lookup(model.name().toLowerCase(Locale.ROOT))), null, null, 0);
      }
      case JWT -> {
        node.allowOnly("model", "algorithm", "verify", "access-ttl", "lookup");
        String algorithm = node.text("algorithm", "HS256", "HS256, RS256, ES256 or EdDSA");
        Distribution defaultVerify = costs.verify(algorithm);
        if (defaultVerify == null) {
          throw node.invalid("algorithm", "unknown algorithm '" + algorithm + "' (HS256, RS256, ES256, EdDSA)");
        }
        Distribution verify = node.has("verify")
            ? JmhScoreSettings.readCost(node.child("verify"), baseDirectory)
            : defaultVerify;
        long ttl = node.durationNanos("access-ttl", 0L);
        if (node.has("access-ttl") && ttl <= 0) {
          throw node.invalid("access-ttl", "must be positive (omit it for tokens that live as long as the session)");
        }
        if (node.has("lookup") && ttl == 0) {
          throw node.invalid("lookup", "only used to refresh tokens; give state.access-ttl too");
        }
        yield new SessionState(model, time(node, "lookup", baseDirectory, costs.lookup("redis")), verify, null, ttl);
      }
    };
  }

  private static Distribution time(SettingsNode node, String key, Path baseDirectory, Distribution otherwise) {
    return node.has(key)
        ? DistributionSettings.read(node.child(key), DistributionSettings.Kind.TIME, baseDirectory)
        : otherwise;
  }
}
