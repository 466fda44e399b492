package dev.statebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fleet-level figures of the "claims checked" table, each read from the lb-sim scenario built to test that claim
 * (scenarios are found by the name they end with, e.g. {@code 2-instance-kill}; see {@code results/README.md}). A
 * scenario missing from the run folder yields "not run in this profile", never a figure from another scenario.
 */
final class FleetClaims {
  private final ResultFolder folder;

  FleetClaims(ResultFolder folder) {
    this.folder = folder;
  }

  /** Steady state: the busiest backend's queue relative to the mean, sticky against stateless and hashed routing. */
  String unevenLoad() {
    return scenario("steady-skew").map(sim -> "steady state, " + firstVariant(sim) + ": busiest/mean outstanding "
        + "requests " + list(sim, policy -> policy.path("variant").asText("").equals(firstVariant(sim)),
            "skew.outstanding.max_over_mean", "") + "; p99 " + list(sim,
            policy -> policy.path("variant").asText("").equals(firstVariant(sim)), "latency_ms.p99", " ms"))
        .orElse(notRun("steady-skew"));
  }

  /** Instance kill: live sessions lost per state model, and the p99 in the window after the kill. */
  String brokenFailover() {
    return scenario("instance-kill").map(sim -> "one of " + sim.json().path("scenario").path("backends")
        .path("count").asText("?") + " instances killed — sessions lost: " + list(sim, policy -> true,
            "sessions.lost", "") + "; p99 after the kill: " + list(sim, policy -> true, "event_window.latency_ms.p99",
            " ms")).orElse(notRun("instance-kill"));
  }

  /** Rolling deploy: sessions lost per state model while every instance is replaced. */
  String deployFriction() {
    return scenario("rolling-deploy").map(sim -> "whole fleet replaced — sessions lost: " + list(sim, policy -> true,
        "sessions.lost", "") + "; p99 during the deploy: " + list(sim, policy -> true, "event_window.latency_ms.p99",
        " ms")).orElse(notRun("rolling-deploy"));
  }

  /** Scale-out n → 2n: time until the old instances carry their share, per routing and cookie lifetime. */
  String autoscalingDefeated() {
    return scenario("scale-out").map(sim -> "time until the old instances carry < 1.1 × the fleet mean after "
        + "doubling: " + list(sim, policy -> true, "scaleout.convergence_s", " s"))
        .orElse(notRun("scale-out"));
  }

  /** Auth inside the fleet: the smallest swept fleet whose p99 meets the scenario's SLO, per state model. */
  String instancesNeeded() {
    Optional<ResultFolder.SimResult> found = scenario("auth-in-fleet");
    if (found.isEmpty()) {
      return notRun("auth-in-fleet");
    }
    ResultFolder.SimResult sim = found.get();
    double sloMs = millis(sim.json().path("scenario").path("report").path("slo-p99").asText(""));
    if (!Double.isFinite(sloMs)) {
      return "scenario " + sim.name() + " sets no p99 target (report.slo-p99)";
    }
    Map<String, Integer> fewest = new LinkedHashMap<>();
    for (JsonNode policy : sim.json().path("policies")) {
      Map<String, String> variant = variantValues(policy.path("variant").asText(""));
      String state = variant.getOrDefault("state", "?");
      fewest.putIfAbsent(state, null);
      Optional<LatencyLog.Estimate> p99 = new SimMetrics(policy).at("latency_ms.p99");
      String count = variant.get("backends.count");
      if (count != null && p99.isPresent() && p99.get().value() <= sloMs) {
        int backends = Integer.parseInt(count.trim());
        fewest.merge(state, backends, (a, b) -> a == null ? b : Math.min(a, b));
      }
    }
    List<String> figures = new ArrayList<>();
    fewest.forEach((state, backends) -> figures.add(state + " " + (backends == null ? "none of the swept sizes"
        : backends)));
    return "fewest instances keeping p99 ≤ " + Numbers.format(sloMs) + " ms: " + String.join(", ", figures);
  }

  /** Revocation window: mean and worst time from revoke to denied, and the store lookups it costs. */
  String revocationWindow() {
    return scenario("revocation-window").map(sim -> {
      List<String> figures = new ArrayList<>();
      for (JsonNode policy : sim.json().path("policies")) {
        SimMetrics metrics = new SimMetrics(policy);
        String name = policy.path("variant").asText(SimMetrics.label(policy));
        figures.add(name + ": mean " + value(metrics.at("revocation.delay_mean_s"), " s") + ", worst "
            + value(metrics.at("revocation.delay_max_s"), " s") + ", " + value(metrics.at("store.lookups_per_s"),
            " lookups/s"));
      }
      return "revoke → denied: " + String.join("; ", figures);
    }).orElse(notRun("revocation-window"));
  }

  private Optional<ResultFolder.SimResult> scenario(String suffix) {
    return folder.simulations().stream().filter(sim -> sim.name().endsWith(suffix)).findFirst();
  }

  private static String firstVariant(ResultFolder.SimResult sim) {
    JsonNode policies = sim.json().path("policies");
    return policies.isEmpty() ? "" : policies.get(0).path("variant").asText("");
  }

  private static String list(ResultFolder.SimResult sim, Predicate<JsonNode> keep, String metric,
      String unit) {
    List<String> figures = new ArrayList<>();
    for (JsonNode policy : sim.json().path("policies")) {
      if (keep.test(policy)) {
        Optional<LatencyLog.Estimate> estimate = new SimMetrics(policy).at(metric);
        if (estimate.isPresent()) {
          figures.add(shortLabel(policy) + " " + value(estimate, unit));
        }
      }
    }
    return figures.isEmpty() ? "—" : String.join(", ", figures);
  }

  /** The policy, with the variant only when it says something the policy name does not (state model, cookie…). */
  private static String shortLabel(JsonNode policy) {
    String variant = policy.path("variant").asText("");
    String name = policy.path("policy").asText("?");
    return variant.isEmpty() || variant.startsWith("sessions.") ? name : variant;
  }

  private static String value(Optional<LatencyLog.Estimate> estimate, String unit) {
    return estimate.map(v -> Numbers.withInterval(v.value(), v.halfWidth()) + unit).orElse(Numbers.MISSING);
  }

  /** {@code "state=jwt-HS256, backends.count=2"} → {state: jwt-HS256, backends.count: 2}. */
  private static Map<String, String> variantValues(String variant) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String part : variant.split(",\\s*")) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        values.put(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
      }
    }
    return values;
  }

  private static final Pattern DURATION = Pattern.compile("([0-9.]+)\\s*(us|µs|ms|s)");

  /** A scenario duration such as {@code 10ms}, {@code 500us} or {@code 1s} in milliseconds, or NaN. */
  private static double millis(String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      return Double.NaN;
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us", "µs" -> value / 1000;
      case "ms" -> value;
      default -> value * 1000;
    };
  }

  private static String notRun(String scenario) {
    return ClaimsChecked.NOT_RUN + " (no " + scenario + " scenario)";
  }
}
