package dev.statebench.job;

import dev.statebench.load.LoadReport;
import dev.statebench.load.LoadSweep;
import dev.statebench.load.LoadTarget;
import dev.statebench.load.SweepSettings;
import dev.statebench.load.TargetClient;
import dev.statebench.load.cpu.CpuMeter;
import dev.statebench.run.LoadPlan;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One target's open-loop sweep of the profile's {@link LoadPlan} ({@code statebench load} with the noop control),
 * written to {@code load/<target>/}: {@code summary.json} and per-rate {@code .hgrm}/{@code .hlog}. Feeds the
 * report's cost table (CPU per request, cores per 100k requests/s) and latency-against-load plot. A write target's
 * durability variant runs on its own embedded servers ({@code load/<target>-<variant>/}, e.g.
 * {@code redis-sliding-aof-always}), so the job's servers keep their settings.
 */
final class LoadStep implements JobStep {
  static final String FOLDER = "load";

  private final LoadTarget target;
  private final LoadPlan plan;
  private final LoadPlan.DurabilityVariant variant;

  /** A sweep on the job's servers. */
  LoadStep(LoadTarget target, LoadPlan plan) {
    this(target, plan, null);
  }

  /**
   * A sweep of a write target on its own embedded servers started with the variant's durability (or, with
   * {@code variant} null, on the job's servers).
   */
  LoadStep(LoadPlan plan, LoadPlan.DurabilityVariant variant) {
    this(variant.target(), plan, variant);
  }

  private LoadStep(LoadTarget target, LoadPlan plan, LoadPlan.DurabilityVariant variant) {
    this.target = target;
    this.plan = plan;
    this.variant = variant;
  }

  /** The folder name under {@code load/}: the target, and the durability variant if any. */
  String name() {
    return variant == null ? target.label() : target.label() + "-" + variant.suffix();
  }

  @Override
  public String id() {
    return "load-" + name();
  }

  @Override
  public String title() {
    return "open-loop sweep " + name();
  }

  @Override
  public long estimatedSeconds() {
    return variant == null ? plan.estimatedSecondsPerTarget() : plan.estimatedSecondsPerVariant();
  }

  @Override
  public List<Path> run(JobContext context) throws IOException {
    Path folder = context.out().resolve(FOLDER).resolve(name());
    Path staging = FolderSwap.staging(folder);
    SweepSettings settings = variant == null ? plan.settings() : plan.writeSettings();
    context.log().println("[load] " + name() + " at " + settings.rates() + " requests/s, " + settings.arrivals()
        .label() + " arrivals, " + settings.duration().toSeconds() + " s per rate");
    context.log().println(LoadReport.header());
    try (Servers own = variant == null ? null : Servers.open(ServerConfig.embedded(), variant.durability())) {
      Servers servers = own == null ? context.servers() : own;
      try (TargetClient client = target.open(servers, settings.options());
          TargetClient control = LoadTarget.NOOP.open(servers, settings.options());
          CpuMeter storeMeter = target.storeCpuMeter(servers)) {
        new LoadSweep(target, client, storeMeter, control, settings).run(staging,
            LoadReport.header(target, client, settings, storeMeter, servers),
            entry -> context.log().println(LoadReport.line(name(), entry)));
      }
    } catch (IOException | RuntimeException e) {
      FolderSwap.deleteTree(staging);
      throw e;
    } catch (Exception e) {
      FolderSwap.deleteTree(staging);
      throw new IllegalStateException("the " + name() + " sweep failed: " + e.getMessage(), e);
    }
    FolderSwap.publish(staging, folder);
    try (Stream<Path> files = java.nio.file.Files.list(folder)) {
      return files.map(file -> Path.of(FOLDER, name(), file.getFileName().toString())).sorted().toList();
    }
  }
}
