package dev.statebench.cli;

import dev.statebench.calibration.Calibration;
import dev.statebench.servers.Servers;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statebench calibrate}: compares statebench's single-client lookup latency with the native tools'
 * ({@code redis-benchmark}, {@code pgbench}) on the same servers in the same run; see {@link Calibration}.
 */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = {
      "Time one-at-a-time lookups with redis-benchmark -c 1 -t get and pgbench -M prepared -c 1 (the store's own",
      "lookup SQL), then the same lookups through statebench's stores, alternating, on the same servers; print the",
      "ratio of medians (goal: at most 1.25). Needs redis-tools and postgresql-client/postgresql-contrib."
    })
final class CalibrateCommand implements Callable<Integer> {
  @Option(names = "--requests", defaultValue = "20000", paramLabel = "N",
      description = "Lookups per round and side (default ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--rounds", defaultValue = "3", paramLabel = "N",
      description = "Alternating rounds (default ${DEFAULT-VALUE}); medians are taken over rounds.")
  int rounds;

  @Option(names = "--only", paramLabel = "STORE", description = "redis or postgres (default both).")
  String only;

  @Mixin
  ServerOptions serverOptions = new ServerOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (requests < 100 || requests > 10_000_000 || rounds < 1 || rounds > 50) {
      throw new dev.statebench.UserFacingException("--requests must be 100 to 10000000 and --rounds 1 to 50");
    }
    if (only != null && !only.equals("redis") && !only.equals("postgres")) {
      throw new dev.statebench.UserFacingException("--only must be redis or postgres, got '" + only + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    Calibration calibration = new Calibration(requests, rounds, out);
    List<Calibration.Result> results = new ArrayList<>();
    try (Servers servers = Servers.open(serverOptions.config())) {
      if (only == null || only.equals("redis")) {
        out.println("Redis " + servers.redis().version() + " at " + servers.redis().redactedUri());
        results.add(calibration.redis(servers.redis()));
      }
      if (only == null || only.equals("postgres")) {
        out.println("PostgreSQL " + servers.postgres().version() + " at " + servers.postgres().redactedJdbcUrl());
        results.add(calibration.postgres(servers.postgres()));
      }
    }
    out.printf("%n%-22s %-28s %11s %11s %7s  %-8s %10s %10s %7s%n", "store", "native tool", "native p50",
        "ours p50", "ratio", "≤ " + Calibration.GOAL, "native avg", "ours avg", "ratio");
    for (Calibration.Result r : results) {
      out.printf("%-22s %-28s %11.1f %11.1f %7.2f  %-8s %10.1f %10.1f %7.2f%n", r.store(), r.nativeTool(),
          r.nativeMedianMicros(), r.statebenchMedianMicros(), r.ratio(),
          r.ratio() <= Calibration.GOAL ? "met" : "NOT MET", r.nativeMeanMicros(), r.statebenchMeanMicros(),
          r.meanRatio());
    }
    out.println("(µs per lookup, one client, one lookup at a time; middle of " + rounds + " alternating rounds)");
    out.flush();
    return 0;
  }
}
