package dev.statebench.job;

import dev.statebench.run.BenchmarkProfile;
import dev.statebench.run.SuiteRun;
import dev.statebench.shard.Shard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the profile's JMH suite through {@link SuiteRun}: {@code jmh.json}, {@code jmh-<jdk>.json}, {@code env.json},
 * the token-size table and any latency logs the benchmarks write, directly into the run folder (each file written
 * atomically by the suite).
 */
final class JmhStep implements JobStep {
  /** Seconds per JVM beyond the profile's own estimate: the security gate and the JVM launches. */
  private static final long OVERHEAD_SECONDS = 15;

  private final List<Path> extraJvms;
  private final Shard shard;
  private final long estimate;

  JmhStep(BenchmarkProfile profile, List<Path> extraJvms, Shard shard) {
    this.extraJvms = List.copyOf(extraJvms);
    this.shard = shard;
    this.estimate = profile.estimatedSeconds(profile.selections(), extraJvms.size()) / shard.count()
        + OVERHEAD_SECONDS * (1 + extraJvms.size());
  }

  @Override
  public String id() {
    return "jmh";
  }

  @Override
  public String title() {
    return "JMH suite";
  }

  @Override
  public long estimatedSeconds() {
    return estimate;
  }

  @Override
  public List<Path> run(JobContext context) throws IOException {
    context.log().println("[jmh] profile " + context.profile().name().toLowerCase(Locale.ROOT) + " on "
        + (1 + extraJvms.size()) + " JVM(s)");
    List<Path> written = new SuiteRun(context.profile(), null, context.out(), extraJvms,
        context.servers().config(), shard).execute(context.log(), context.servers());
    List<Path> relative = new ArrayList<>();
    for (Path file : written) {
      relative.add(context.out().toAbsolutePath().relativize(file.toAbsolutePath()));
    }
    return relative;
  }
}
