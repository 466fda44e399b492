package dev.statebench.report;

import java.util.ArrayList;
import java.util.List;
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
    FleetClaims fleet = new FleetClaims(folder);
    List<Claim> claims = new ArrayList<>();
    claims.add(new Claim("\"Fetching from Redis adds 1–5ms per call\"", CONCEPT, storeLatency(costs)));
    claims.add(new Claim("\"A JWT alone might be 500+ bytes\"", ARCHITECTURE, headers.map(ClaimsChecked::jwtSizes)
        .orElse(NOT_RUN)));
    claims.add(new Claim("\"~50 bytes (session ID only)\" vs \"~500 bytes (full claims)\" per request; ~50 vs ~500 "
        + "MB/s at 1M req/s", ARCHITECTURE, headers.map(ClaimsChecked::bandwidth).orElse(NOT_RUN)));
    claims.add(new Claim("sticky sessions: \"Uneven load — long-lived clients pin traffic to a subset of "
        + "instances\"", SENIOR + ", " + MIDDLE, fleet.unevenLoad()));
    claims.add(new Claim("sticky: \"Broken failover — when the pinned instance dies, its users lose their state\"",
        SENIOR + ", " + CONCEPT, fleet.brokenFailover()));
    claims.add(new Claim("sticky: \"Deploy friction — draining an instance evicts stateful sessions\"", SENIOR
        + ", " + MIDDLE, fleet.deployFriction()));
    claims.add(new Claim("sticky: \"Autoscaling defeated — new instances get no existing sticky clients\"", SENIOR,
        fleet.autoscalingDefeated()));
    claims.add(new Claim("stateless auth costs a lookup or a verification per request (which needs fewer instances?)",
        SENIOR + ", " + MIDDLE, fleet.instancesNeeded()));
    claims.add(new Claim("hybrid: short-lived access JWT + refresh checked in a store bounds the \"Revocation "
        + "window\"", SENIOR, fleet.revocationWindow()));
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
}
