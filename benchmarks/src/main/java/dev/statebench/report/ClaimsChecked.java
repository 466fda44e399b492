package dev.statebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The "claims checked" table: each quantitative or testable claim of the source texts that statebench was built to
 * test (see {@code shared/seeds/README.md}), quoted briefly with its file name, beside the figure this run measured.
 */
final class ClaimsChecked {
  static final String NOT_RUN = "not run in this profile";
  private static final String SENIOR = "000_2cb92c6ceb6d146b.txt";
  private static final String MIDDLE = "001_3304b3b0cf295d5c.txt";
  private static final String CONCEPT = "003_c41d739605868d47.txt";
  private static final String ARCHITECTURE = "004_ded77619732f038c.txt";

  private ClaimsChecked() {}

  static List<Claim> claims(ResultFolder folder, List<CostRow> costs) {
    Optional<HeaderTables> headers = folder.headerTables().map(HeaderTables::new);
    List<Claim> claims = new ArrayList<>();
    claims.add(new Claim("\"Fetching from Redis adds 1–5ms per call\"", CONCEPT, storeLatency(costs)));
    claims.add(new Claim("\"A JWT alone might be 500+ bytes\"", ARCHITECTURE, headers.map(ClaimsChecked::jwtSizes)
        .orElse(NOT_RUN)));
    claims.add(new Claim("\"~50 bytes (session ID only)\" vs \"~500 bytes (full claims)\" per request; ~50 vs ~500 "
        + "MB/s at 1M req/s", ARCHITECTURE, headers.map(ClaimsChecked::bandwidth).orElse(NOT_RUN)));
    claims.add(new Claim("sticky sessions: \"Uneven load\"", SENIOR + ", " + MIDDLE, stickySkew(folder)));
    claims.add(new Claim("sticky: \"new instances get no existing sticky clients\"", SENIOR,
        fleetMetric(folder, "instances", "instances needed")));
    claims.add(new Claim("sticky: sessions drop when an instance is killed", CONCEPT + ", " + MIDDLE,
        fleetMetric(folder, "lost", "sessions lost")));
    claims.add(new Claim("refresh token in a store \"bounds the revocation window to the access-token TTL\"", SENIOR,
        "a design property, not timed here; the JWT row of the cost table is what each request pays instead of a "
            + "lookup"));
    return claims;
  }

  private static String storeLatency(List<CostRow> costs) {
    List<String> figures = new ArrayList<>();
    for (CostRow row : costs) {
      if (row.mechanism().equals(CostTable.REDIS)) {
        double p99 = row.p99();
        figures.add(row.configuration() + ": mean " + Numbers.format(row.mean()) + " µs"
            + (Double.isFinite(p99) ? ", p99 " + Numbers.format(p99) + " µs" : ""));
      }
    }
    return figures.isEmpty() ? NOT_RUN + " (no Redis lookup results)" : String.join("; ", figures.subList(0,
        Math.min(3, figures.size())));
  }

  private static String jwtSizes(HeaderTables tables) {
    List<String> figures = new ArrayList<>();
    for (String alg : List.of("HS256", "ES256", "RS256")) {
      tables.cell("headers-sizes", "TYPICAL", alg, "JWT").ifPresent(bytes -> figures.add(alg + " " + bytes + " B"));
    }
    tables.cell("headers-sizes", "MINIMAL", "HS256", "JWT").ifPresent(b -> figures.add("minimal HS256 " + b + " B"));
    return figures.isEmpty() ? NOT_RUN : "typical token: " + String.join(", ", figures);
  }

  private static String bandwidth(HeaderTables tables) {
    Optional<String> opaque = tables.cell("headers-bandwidth", "OPAQUE_COOKIE", "HTTP/1.1", "auth bytes/request");
    Optional<String> jwt = tables.cell("headers-bandwidth", "BEARER_JWT TYPICAL ES256", "HTTP/1.1",
        "auth bytes/request");
    Optional<String> jwtMb = tables.cell("headers-bandwidth", "BEARER_JWT TYPICAL ES256", "HTTP/1.1",
        "MB/s at 1M req/s");
    Optional<String> h2 = tables.cell("headers-bandwidth", "BEARER_JWT TYPICAL ES256", "HTTP/2 INDEXED 4096",
        "auth bytes/request");
    if (opaque.isEmpty() || jwt.isEmpty()) {
      return NOT_RUN;
    }
    return "HTTP/1.1 header line: opaque id " + opaque.get() + " B, typical ES256 JWT " + jwt.get() + " B ("
        + jwtMb.orElse("?") + " MB/s at 1M req/s); HTTP/2 with HPACK indexing: " + h2.orElse("?") + " B after the "
        + "first request";
  }

  private static String stickySkew(ResultFolder folder) {
    for (ResultFolder.SimResult sim : folder.simulations()) {
      Optional<Double> sticky = Optional.empty();
      Optional<Double> best = Optional.empty();
      String bestName = "";
      for (JsonNode policy : sim.json().path("policies")) {
        String name = policy.path("policy").asText();
        Optional<LatencyLog.Estimate> skew = new SimMetrics(policy).at("skew.requests.max_over_mean");
        if (skew.isEmpty()) {
          continue;
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("sticky")) {
          sticky = Optional.of(skew.get().value());
        } else if (best.isEmpty() || skew.get().value() < best.get()) {
          best = Optional.of(skew.get().value());
          bestName = name;
        }
      }
      if (sticky.isPresent() && best.isPresent()) {
        return "scenario " + sim.name() + ": busiest/mean instance load " + Numbers.format(sticky.get())
            + " with sticky routing vs " + Numbers.format(best.get()) + " with " + bestName;
      }
    }
    return NOT_RUN + " (no scenario compares sticky routing)";
  }

  private static String fleetMetric(ResultFolder folder, String word, String label) {
    List<String> figures = new ArrayList<>();
    for (ResultFolder.SimResult sim : folder.simulations()) {
      for (JsonNode policy : sim.json().path("policies")) {
        new SimMetrics(policy).firstContaining(word).ifPresent(value -> figures.add(sim.name() + " "
            + policy.path("policy").asText() + ": " + Numbers.format(value.value())));
      }
    }
    return figures.isEmpty() ? NOT_RUN + " (no scenario reports " + label + ")"
        : label + " — " + String.join("; ", figures.subList(0, Math.min(4, figures.size())));
  }
}
