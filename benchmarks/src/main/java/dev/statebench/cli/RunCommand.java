package dev.statebench.cli;

import dev.statebench.UserFacingException;
import dev.statebench.run.BenchmarkProfile;
import dev.statebench.run.SuiteRun;
import dev.statebench.shard.Shard;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code statebench run [--profile smoke|quick|full] [--include REGEX] [--out DIR] [--jvm PATH]…}: runs the JMH suite
 * and writes {@code jmh.json}, {@code jmh-<jdk>.json}, {@code env.json} and the token-size table into DIR.
 *
 * <p>Server options ({@code --redis-url}, {@code --pg-url}, {@code --pg-user}, {@code --pg-password}, or the
 * {@code STATEBENCH_*} environment) choose external servers; by default embedded ones are started, only if a selected
 * benchmark needs them, once for the whole run, and stopped at the end.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {"Run the JMH suite and write jmh.json (JMH's JSON; results of every JVM, each labelled with its",
        "JDK), jmh-<jdk>.json per JVM, env.json, token-sizes.md/.csv and latency logs (hlog/*.hlog) into DIR.",
        "Redis/PostgreSQL: embedded servers are started when a selected benchmark needs them, unless --redis-url/--pg-url",
        "(or STATEBENCH_REDIS_URL/STATEBENCH_PG_URL) name external ones."})
final class RunCommand implements Callable<Integer> {
  @Option(names = "--profile", defaultValue = "quick",
      description = "smoke (about a minute), quick (main axes, under ten minutes per JVM) or full (every axis one "
          + "factor at a time, 3 forks, about 40 minutes, plus about 10 per --jvm). Default ${DEFAULT-VALUE}.")
  String profile;

  @Option(names = "--include", paramLabel = "REGEX",
      description = "Run only benchmark classes whose name matches REGEX (e.g. JwtVerify).")
  String include;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default results/runs/<time>-<profile>); must not hold a jmh.json yet.")
  Path out;

  @Option(names = "--jvm", paramLabel = "PATH",
      description = "Also run every benchmark on this JVM (a JDK folder or its bin/java); repeatable. "
          + "The JVM running statebench always runs.")
  List<Path> jvms = new ArrayList<>();

  @Option(names = "--shard", paramLabel = "K/N",
      description = "Run only shard K of N: a deterministic slice of the profile, so N machines can share it"
          + " (combine their folders with 'statebench merge').")
  String shard;

  @Mixin
  ServerOptions serverOptions = new ServerOptions();

  @Override
  public Integer call() throws Exception {
    BenchmarkProfile chosen;
    try {
      chosen = BenchmarkProfile.parse(profile);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("--profile: " + e.getMessage());
    }
    Path folder = out != null ? out : Path.of("results", "runs",
        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
            + chosen.name().toLowerCase(Locale.ROOT));
    Shard slice = ShardOption.parse(shard);
    List<Path> written = new SuiteRun(chosen, include, folder, jvms, serverOptions.config(), slice)
        .execute(System.out);
    for (Path file : written) {
      System.out.println("wrote " + file);
    }
    return 0;
  }
}
