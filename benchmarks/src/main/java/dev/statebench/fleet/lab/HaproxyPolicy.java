package dev.statebench.fleet.lab;

import dev.statebench.fleet.client.SessionHeaders;
import dev.statebench.fleet.scenario.ScenarioException;
import dev.statebench.fleet.scenario.ScenarioUnits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The HAProxy 2.6 backend directives that do what a simulator policy does (HAProxy configuration manual, sections
 * 4.2 "balance", "hash-type", "hash-balance-factor", "cookie": https://docs.haproxy.org/2.6/configuration.html):
 *
 * <ul>
 *   <li>{@code round-robin}, {@code weighted-round-robin} → {@code balance roundrobin} (all lab servers weigh the same);
 *   <li>{@code random} → {@code balance random(1)}; {@code p2c(d=N)} → {@code balance random(N)} (HAProxy draws N
 *       servers and keeps the least loaded);
 *   <li>{@code least-outstanding} → {@code balance leastconn};
 *   <li>{@code source-hash} → {@code balance source} (map-based). Every lab connection comes from 127.0.0.1, so the
 *       source is set from the per-session client address the client sends ({@code http-request set-src});
 *   <li>{@code ring-hash(key=session)} → {@code balance hdr(X-Session)} with {@code hash-type consistent};
 *       {@code key=client} → {@code balance source} with {@code hash-type consistent}. HAProxy places a number of
 *       points per server that follows its weight, so {@code vnodes} has no counterpart and is ignored;
 *   <li>{@code bounded-load(inner=ring-hash(…), factor=F)} → the ring hash plus {@code hash-balance-factor 100·F};
 *   <li>{@code sticky(inner=P, cookie=T, idle=U)} → P's balance plus
 *       {@code cookie SERVERID insert indirect nocache maxlife T maxidle U}.
 * </ul>
 *
 * {@link #UNSUPPORTED} lists the simulator policies with no HAProxy counterpart.
 *
 * @param policy the simulator policy text
 * @param directives the backend lines, without indentation
 * @param stickyCookie whether servers need a {@code cookie} value
 */
public record HaproxyPolicy(String policy, List<String> directives, boolean stickyCookie) {
  /** Simulator policies HAProxy 2.6 cannot express. */
  public static final Set<String> UNSUPPORTED = Set.of("jsq", "peak-ewma", "rendezvous", "maglev");

  /** The cookie HAProxy inserts for stickiness. */
  public static final String COOKIE = "SERVERID";

  /**
   * The directives for {@code policyText}.
   *
   * @throws ScenarioException naming the policy when HAProxy has no counterpart or an option is not understood
   */
  public static HaproxyPolicy of(String policyText) {
    PolicyText policy = PolicyText.parse(policyText);
    List<String> lines = new ArrayList<>();
    boolean sticky = false;
    if (policy.name().equals("sticky")) {
      requireOptions(policy, Set.of("inner", "cookie", "idle"));
      PolicyText inner = PolicyText.parse(policy.option("inner", "round-robin"));
      if (inner.name().equals("sticky")) {
        throw new ScenarioException("policies: '" + policyText + "': sticky cannot be nested");
      }
      balance(inner, policyText, lines);
      StringBuilder cookie = new StringBuilder("cookie " + COOKIE + " insert indirect nocache");
      if (policy.options().containsKey("cookie")) {
        cookie.append(" maxlife ").append(seconds(policyText, "cookie", policy.option("cookie", null))).append('s');
      }
      if (policy.options().containsKey("idle")) {
        cookie.append(" maxidle ").append(seconds(policyText, "idle", policy.option("idle", null))).append('s');
      }
      lines.add(cookie.toString());
      sticky = true;
    } else {
      balance(policy, policyText, lines);
    }
    return new HaproxyPolicy(policyText, List.copyOf(lines), sticky);
  }

  private static void balance(PolicyText policy, String whole, List<String> lines) {
    String name = policy.name();
    if (UNSUPPORTED.contains(name)) {
      throw new ScenarioException("policies: '" + whole + "' has no HAProxy counterpart (HAProxy 2.6 has no "
          + String.join(", ", UNSUPPORTED.stream().sorted().toList()) + "); run it in lb-sim only, or choose"
          + " round-robin, random, least-outstanding, p2c, source-hash, ring-hash, bounded-load or sticky");
    }
    switch (name) {
      case "round-robin", "weighted-round-robin" -> {
        requireOptions(policy, Set.of());
        lines.add("balance roundrobin");
      }
      case "random" -> {
        requireOptions(policy, Set.of());
        lines.add("balance random(1)");
      }
      case "least-outstanding" -> {
        requireOptions(policy, Set.of());
        lines.add("balance leastconn");
      }
      case "p2c" -> {
        requireOptions(policy, Set.of("d", "replacement"));
        lines.add("balance random(" + positiveInt(whole, "d", policy.option("d", "2")) + ")");
      }
      case "source-hash" -> {
        requireOptions(policy, Set.of());
        lines.add("balance source");
        lines.add("hash-type map-based");
      }
      case "ring-hash" -> {
        requireOptions(policy, Set.of("vnodes", "key"));
        ringHash(policy, whole, lines);
      }
      case "bounded-load" -> {
        requireOptions(policy, Set.of("inner", "factor"));
        PolicyText inner = PolicyText.parse(policy.option("inner", "ring-hash"));
        if (!inner.name().equals("ring-hash")) {
          throw new ScenarioException("policies: '" + whole + "': HAProxy bounds the load of its consistent hash"
              + " only (inner=ring-hash); " + inner.name() + " has no counterpart");
        }
        ringHash(inner, whole, lines);
        double factor = positiveNumber(whole, "factor", policy.option("factor", "1.25"));
        if (factor <= 1) {
          throw new ScenarioException("policies: '" + whole + "': factor must be above 1");
        }
        lines.add("hash-balance-factor " + Math.round(factor * 100));
      }
      default -> throw new ScenarioException("policies: unknown policy '" + whole + "'");
    }
  }

  private static void ringHash(PolicyText policy, String whole, List<String> lines) {
    String key = policy.option("key", "session");
    switch (key) {
      case "session" -> lines.add("balance hdr(" + SessionHeaders.SESSION + ")");
      case "client" -> lines.add("balance source");
      default -> throw new ScenarioException("policies: '" + whole + "': key must be session or client, got " + key);
    }
    lines.add("hash-type consistent");
  }

  private static void requireOptions(PolicyText policy, Set<String> allowed) {
    for (String key : policy.options().keySet()) {
      if (!allowed.contains(key)) {
        throw new ScenarioException("policies: option '" + key + "' of " + policy.name()
            + " is not understood (allowed: " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)) + ")");
      }
    }
  }

  private static long seconds(String whole, String key, String text) {
    long nanos = ScenarioUnits.nanos("policies: '" + whole + "' " + key, text);
    return Math.max(1, Math.round(nanos / 1e9));
  }

  private static int positiveInt(String whole, String key, String text) {
    try {
      int value = Integer.parseInt(text);
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ScenarioException("policies: '" + whole + "': " + key + " must be a positive integer, got " + text);
  }

  private static double positiveNumber(String whole, String key, String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new ScenarioException("policies: '" + whole + "': " + key + " must be a number, got " + text);
    }
  }
}
