package dev.statebench.report;

import dev.statebench.report.claims.ClaimMeasure;
import dev.statebench.report.claims.Condition;
import dev.statebench.report.claims.NetworkPath;
import dev.statebench.results.format.Numbers;
import dev.statebench.results.sim.Estimate;
import dev.statebench.results.sim.PolicyResult;
import dev.statebench.results.sim.ScenarioEvent;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.StateSetting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Implements each {@link ClaimMeasure} from a run's data: the measured cases (with their denominators) that the
 * verdict rule compares with a claim's asserted range, and the report section each comes from. A measurement the run
 * lacks yields no cases, so the claim reads "not measured yet".
 */
final class ClaimMeasurements {
  /** The Redis lookup the latency claim is tested with: a 1 KiB session found by GET in 10,000. */
  static final String REDIS_LOOKUP = "RedisLookupBenchmark.lookup (command=GET, key=HIT, payload=1024, "
      + "population=10000)";
  static final List<String> MAIN_ALGORITHMS = List.of("HS256", "ES256", "EDDSA", "RS256");
  static final List<String> PROTOCOLS = List.of("HTTP/1.1", "HTTP/2 INDEXED 4096", "HTTP/2 NEVER_INDEXED 4096");

  private final ResultFolder folder;
  private final List<CostRow> costs;
  private final Optional<HeaderTables> headers;

  ClaimMeasurements(ResultFolder folder, List<CostRow> costs) {
    this.folder = folder;
    this.costs = costs;
    this.headers = folder.headerTables().map(HeaderTables::new);
  }

  /** The report section holding the data of {@code measure}. */
  static String section(ClaimMeasure measure) {
    return switch (measure) {
      case REDIS_LOOKUP_LATENCY -> "#per-request-cost";
      case JWT_TOKEN_BYTES, OPAQUE_COOKIE_BYTES, JWT_REQUEST_BYTES, OPAQUE_COOKIE_BANDWIDTH, JWT_BANDWIDTH ->
          "#token-and-header-sizes";
      case NOT_MEASURED -> "";
      default -> "#fleet-level-comparison";
    };
  }

  List<Condition> cases(ClaimMeasure measure) {
    return switch (measure) {
      case REDIS_LOOKUP_LATENCY -> redisLatency();
      case JWT_TOKEN_BYTES -> tokenBytes();
      case OPAQUE_COOKIE_BYTES -> perProtocol("OPAQUE_COOKIE", "auth bytes/request", 1, " B per request");
      case JWT_REQUEST_BYTES -> perProtocolOverAlgorithms("auth bytes/request", 1, " B per request");
      case OPAQUE_COOKIE_BANDWIDTH -> perProtocol("OPAQUE_COOKIE", "MB/s at 1M req/s", 1, " MB/s at 1M req/s");
      case JWT_BANDWIDTH -> perProtocolOverAlgorithms("MB/s at 1M req/s", 1, " MB/s at 1M req/s");
      case STICKY_SKEW -> stickySkew();
      case KILL_LOSS_LOCAL -> loss(ScenarioRole.INSTANCE_KILL, true);
      case KILL_LOSS_SHARED -> loss(ScenarioRole.INSTANCE_KILL, false);
      case DEPLOY_LOSS_LOCAL -> loss(ScenarioRole.ROLLING_DEPLOY, true);
      case DEPLOY_LOSS_SHARED -> loss(ScenarioRole.ROLLING_DEPLOY, false);
      case SCALE_OUT_CONVERGENCE -> scaleOut();
      case HYBRID_LOOKUP_FREE_SHARE -> lookupFreeShare();
      case REVOCATION_WINDOW -> revocationExposure();
      case NOT_MEASURED -> List.of();
    };
  }

  /** Loopback p50..p99.9 of one lookup, then the same plus each network's published round trip (a projection). */
  private List<Condition> redisLatency() {
    Optional<LatencyLog> log = folder.latencyLogs().stream().filter(l -> l.name().equals(REDIS_LOOKUP)).findFirst();
    if (log.isEmpty()) {
      return List.of();
    }
    LatencyLog l = log.get();
    double p999 = l.histogram().getValueAtPercentile(99.9) / 1000.0;
    List<Condition> cases = new ArrayList<>();
    for (NetworkPath path : NetworkPath.values()) {
      double rtt = path.roundTripMicros();
      String figure = path == NetworkPath.LOOPBACK
          ? "p50 " + Cells.of(l.p50()) + " µs, p99 " + Cells.of(l.p99()) + " µs, p99.9 " + Numbers.format(p999)
              + " µs (n = " + l.p50().n() + " intervals, " + l.histogram().getTotalCount() + " lookups)"
          : path.label() + " (projection): p50 " + Numbers.format(l.p50().mean() + rtt) + " µs … p99.9 "
              + Numbers.format(p999 + rtt) + " µs (+" + Numbers.format(rtt) + " µs round trip)";
      cases.add(new Condition(path.label(), l.p50().lower() + rtt, p999 + rtt, figure, path != NetworkPath.LOOPBACK));
    }
    return cases;
  }

  private List<Condition> tokenBytes() {
    List<Condition> cases = new ArrayList<>();
    headers.ifPresent(tables -> {
      for (String alg : MAIN_ALGORITHMS) {
        tables.cell("headers-sizes", "TYPICAL", alg, "JWT").map(Double::parseDouble).ifPresent(bytes ->
            cases.add(new Condition(alg, bytes, bytes, alg + " " + Numbers.exact(bytes) + " B (typical token, exact)",
                false)));
      }
    });
    return cases;
  }

  private List<Condition> perProtocol(String caseName, String column, double factor, String unit) {
    List<Condition> cases = new ArrayList<>();
    headers.ifPresent(tables -> {
      for (String protocol : PROTOCOLS) {
        tables.cell("headers-bandwidth", caseName, protocol, column).map(Double::parseDouble).ifPresent(value ->
            cases.add(new Condition(protocol, value * factor, value * factor, protocol + ": "
                + Numbers.exact(value * factor) + unit, false)));
      }
    });
    return cases;
  }

  private List<Condition> perProtocolOverAlgorithms(String column, double factor, String unit) {
    List<Condition> cases = new ArrayList<>();
    headers.ifPresent(tables -> {
      for (String protocol : PROTOCOLS) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (String alg : MAIN_ALGORITHMS) {
          Optional<Double> value = tables.cell("headers-bandwidth", "BEARER_JWT TYPICAL " + alg, protocol, column)
              .map(Double::parseDouble);
          if (value.isPresent()) {
            low = Math.min(low, value.get() * factor);
            high = Math.max(high, value.get() * factor);
          }
        }
        if (low <= high) {
          cases.add(new Condition(protocol, low, high, protocol + ": " + (low == high ? Numbers.exact(low)
              : Numbers.exact(low) + "–" + Numbers.exact(high)) + unit + " (typical token, "
              + String.join("/", MAIN_ALGORITHMS) + ")", false));
        }
      }
    });
    return cases;
  }

  /** Sticky routing's skew in the steady-state scenario's variants and in the slow-instance scenario. */
  private List<Condition> stickySkew() {
    List<Condition> cases = new ArrayList<>();
    ScenarioRole.STEADY_SKEW.in(folder.simulations()).ifPresent(sim -> {
      for (PolicyResult p : sim.result().policies()) {
        if (p.policy().equals("sticky(inner=round-robin)")) {
          Estimate skew = p.metrics().skew().outstanding().maxOverMean();
          Optional<PolicyResult> p2c = sim.result().policies().stream().filter(o -> o.policy().startsWith("p2c")
              && o.variant().equals(p.variant())).findFirst();
          cases.add(new Condition("steady state, " + p.variant().label(), skew.mean() - skew.halfWidthOrZero(),
              skew.upper(), "steady state (" + p.variant().label() + "): skew " + Cells.of(skew) + p2c.map(o ->
                  " vs p2c " + Cells.of(o.metrics().skew().outstanding().maxOverMean())).orElse("") + "; p99 "
                  + Cells.of(p.metrics().latencyMs().p99()) + " ms" + p2c.map(o -> " vs "
                  + Cells.of(o.metrics().latencyMs().p99()) + " ms").orElse(""), false));
        }
      }
    });
    ScenarioRole.SLOW_BACKEND.in(folder.simulations()).ifPresent(sim -> {
      Optional<PolicyResult> sticky = sim.result().policies().stream()
          .filter(p -> p.policy().equals("sticky(inner=round-robin)")).findFirst();
      Optional<PolicyResult> best = sim.result().policies().stream().filter(p -> !p.policy().startsWith("sticky"))
          .min(Comparator.comparingDouble(p -> p.metrics().latencyMs().p99().mean()));
      sticky.ifPresent(p -> {
        Estimate skew = p.metrics().skew().outstanding().maxOverMean();
        cases.add(new Condition("one instance slowed", skew.mean() - skew.halfWidthOrZero(), skew.upper(),
            "one instance slowed to " + Numbers.percent(sim.result().scenario().event(ScenarioEvent.Kind.SLOW)
                .map(ScenarioEvent::speed).orElse(Double.NaN)) + " speed: skew " + Cells.of(skew) + "; p99 "
                + Cells.of(p.metrics().latencyMs().p99()) + " ms" + best.map(b -> " vs " + b.policy() + " "
                + Cells.of(b.metrics().latencyMs().p99()) + " ms").orElse(""), false));
      });
    });
    return cases;
  }

  private List<Condition> loss(ScenarioRole role, boolean local) {
    List<Condition> cases = new ArrayList<>();
    role.in(folder.simulations()).ifPresent(sim -> {
      SimulationResult result = sim.result();
      ScenarioEvent event = result.scenario().event(role == ScenarioRole.INSTANCE_KILL ? ScenarioEvent.Kind.KILL
          : ScenarioEvent.Kind.ROLLING_DEPLOY).orElseThrow();
      for (PolicyResult p : result.policies()) {
        boolean isLocal = p.variant().state().map(StateSetting::model).filter("local"::equals).isPresent();
        if (isLocal != local || p.variant().state().isEmpty()) {
          continue;
        }
        SessionLoss loss = SessionLoss.at(result, p, event);
        double share = loss.fraction();
        double half = Double.isFinite(loss.fractionHalfWidth()) ? loss.fractionHalfWidth() : 0;
        cases.add(new Condition(p.variant().label(), share - half, share + half, p.variant().label() + ": "
            + Cells.of(loss.lost()) + " of " + Numbers.format(loss.live()) + " live sessions = "
            + Cells.percent(share, loss.fractionHalfWidth()), false));
      }
    });
    return cases;
  }

  private List<Condition> scaleOut() {
    List<Condition> cases = new ArrayList<>();
    ScenarioRole.SCALE_OUT.in(folder.simulations()).ifPresent(sim -> {
      Optional<PolicyResult> stateless = sim.result().policies().stream().filter(p -> p.policy().startsWith("p2c"))
          .findFirst();
      for (PolicyResult p : sim.result().policies()) {
        if (!p.policy().startsWith("sticky") || p.metrics().scaleout() == null) {
          continue;
        }
        Estimate peak = p.metrics().scaleout().oldOverloadPeak();
        cases.add(new Condition(p.policy(), peak.mean() - peak.halfWidthOrZero(), peak.upper(), p.policy()
            + ": old instances peak at " + Cells.of(peak) + " × the mean, back under 1.1 × after "
            + Cells.of(p.metrics().scaleout().convergenceSeconds()) + " s" + stateless.map(s -> " (p2c: "
            + Cells.of(s.metrics().scaleout().oldOverloadPeak()) + " ×, " + Cells.of(s.metrics().scaleout()
            .convergenceSeconds()) + " s)").orElse(""), false));
      }
    });
    return cases;
  }

  private List<Condition> lookupFreeShare() {
    List<Condition> cases = new ArrayList<>();
    ScenarioRole.REVOCATION.in(folder.simulations()).ifPresent(sim -> {
      for (PolicyResult p : sim.result().policies()) {
        Optional<StateSetting> state = p.variant().state();
        if (state.isEmpty() || state.get().accessTtl() == null) {
          continue;
        }
        double throughput = p.metrics().throughputPerSecond().mean();
        Estimate lookups = p.metrics().store().lookupsPerSecond();
        double share = 1 - lookups.mean() / throughput;
        double half = lookups.halfWidthOrNaN() / throughput;
        cases.add(new Condition(state.get().accessTtl().text(), share - (Double.isFinite(half) ? half : 0),
            share + (Double.isFinite(half) ? half : 0), state.get().accessTtl().text() + " token: "
            + Cells.percent(share, half) + " of " + Numbers.format(throughput) + " requests/s need no lookup ("
            + Cells.of(lookups) + " lookups/s)", false));
      }
    });
    return cases;
  }

  /**
   * (mean exposure with the token − the same with a store check on every request) ÷ token lifetime, where exposure is
   * the time a revoked session is still accepted (lb-sim engine 2.0 separates it from the user's think time).
   */
  private List<Condition> revocationExposure() {
    List<Condition> cases = new ArrayList<>();
    ScenarioRole.REVOCATION.in(folder.simulations()).ifPresent(sim -> {
      Optional<PolicyResult> store = sim.result().policies().stream().filter(p -> p.variant().state()
          .filter(s -> s.accessTtl() == null && !s.isJwt()).isPresent()).findFirst();
      if (store.isEmpty()) {
        return;
      }
      double baseline = store.get().metrics().revocation().exposureMeanSeconds().mean();
      for (PolicyResult p : sim.result().policies()) {
        Optional<StateSetting> state = p.variant().state();
        if (state.isEmpty() || state.get().accessTtl() == null) {
          continue;
        }
        double ttl = state.get().accessTtl().seconds();
        if (ttl < 300 || ttl > 900) {
          continue;
        }
        Estimate exposure = p.metrics().revocation().exposureMeanSeconds();
        double added = (exposure.mean() - baseline) / ttl;
        double half = exposure.halfWidthOrZero() / ttl;
        cases.add(new Condition(state.get().accessTtl().text(), added - half, added + half,
            state.get().accessTtl().text() + " token: mean exposure (revoked token still accepted) "
                + Cells.of(exposure) + " s vs " + Numbers.format(baseline) + " s with a store check on every "
                + "request; added exposure " + Numbers.format(added) + " × the lifetime (worst "
                + Cells.of(p.metrics().revocation().exposureMaxSeconds()) + " s; mean revoke → denied, incl. the "
                + "user's wait, " + Cells.of(p.metrics().revocation().delayMeanSeconds()) + " s)", false));
      }
    });
    return cases;
  }
}
