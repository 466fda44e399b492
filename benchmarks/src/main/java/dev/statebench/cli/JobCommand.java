package dev.statebench.cli;

import dev.statebench.UserFacingException;
import dev.statebench.job.LbSimInstallation;
import dev.statebench.job.MainJob;
import dev.statebench.run.BenchmarkProfile;
import dev.statebench.shard.Shard;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code statebench job [--profile smoke|quick|full] [--out DIR] [server options] [--jvm PATH]…}: the main job behind
 * {@code scripts/run}. Runs the JMH suite, the header tables, the simulator scenarios and the report into one run
 * folder; see {@link MainJob}.
 */
@Command(
    name = "job",
    mixinStandardHelpOptions = true,
    description = {"The main job (scripts/run): provision Redis and PostgreSQL, run the JMH suite, the header tables",
        "and the simulator scenarios of a profile, and write report.md and report.html into one run folder.",
        "Run it again with the same --out to resume after Ctrl-C; 'statebench report DIR' rebuilds the report."})
final class JobCommand implements Callable<Integer> {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  @Option(names = "--profile", defaultValue = "quick",
      description = "smoke (a minute or two; CI), quick (about 10 minutes on 2 cores) or full (about 75 minutes, "
          + "more with --jvm; published tables). Default ${DEFAULT-VALUE}.")
  String profile;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Run folder (default results/runs/<UTC time>). An existing run folder of the same profile is "
          + "resumed: finished steps are kept.")
  Path out;

  @Option(names = "--jvm", paramLabel = "PATH",
      description = "Also run every benchmark on this JVM (a JDK folder or its bin/java); repeatable.")
  List<Path> jvms = new ArrayList<>();

  @Option(names = "--lb-sim-jar", paramLabel = "JAR", defaultValue = "lb-sim/target/lb-sim.jar",
      description = "The simulator's runnable jar (default ${DEFAULT-VALUE}).")
  Path lbSimJar;

  @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "lb-sim/scenarios",
      description = "The simulator's scenarios folder (default ${DEFAULT-VALUE}).")
  Path scenarios;

  @Mixin
  ServerOptions serverOptions;

  @Option(names = "--shard", paramLabel = "K/N",
      description = "Run only shard K of N: a deterministic slice of the profile, so N machines can share it"
          + " (combine their folders with 'statebench merge').")
  String shard;

  @Override
  public Integer call() throws Exception {
    BenchmarkProfile chosen;
    try {
      chosen = BenchmarkProfile.parse(profile);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("--profile: " + e.getMessage());
    }
    Path folder = out != null ? out
        : Path.of("results", "runs", ZonedDateTime.now(ZoneOffset.UTC).format(STAMP));
    Shard slice = ShardOption.parse(shard);
    Path report = new MainJob(chosen, folder, serverOptions.config(), jvms,
        new LbSimInstallation(lbSimJar, scenarios), slice).run(System.out);
    System.out.println(slice.whole() ? "[job] finished: " + report + " (and report.html beside it)"
        : "[job] shard " + slice + " finished: " + folder + " (merge every shard's folder for the report)");
    return 0;
  }
}
