package dev.statebench.job;

import dev.statebench.load.LoadReport;
import dev.statebench.load.LoadSweep;
import dev.statebench.load.LoadTarget;
import dev.statebench.load.SweepSettings;
import dev.statebench.load.TargetClient;
import dev.statebench.load.cpu.CpuMeter;
import dev.statebench.run.LoadPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One target's open-loop sweep of the profile's {@link LoadPlan} ({@code statebench load} with the noop control),
 * written to {@code load/<target>/}: {@code summary.json} and per-rate {@code .hgrm}/{@code .hlog}. Feeds the
 * report's cost table (CPU per request, cores per 100k requests/s) and latency-against-load plot.
 */
final class LoadStep implements JobStep {
  static final String FOLDER = "load";

  private final LoadTarget target;
  private final LoadPlan plan;

  LoadStep(LoadTarget target, LoadPlan plan) {
    this.target = target;
    this.plan = plan;
  }

  @Override
  public String id() {
    return "load-" + target.label();
  }

  @Override
  public String title() {
    return "open-loop sweep " + target.label();
  }

  @Override
  public long estimatedSeconds() {
    return plan.estimatedSecondsPerTarget();
  }

  @Override
  public List<Path> run(JobContext context) throws IOException {
    Path folder = context.out().resolve(FOLDER).resolve(target.label());
    Path staging = FolderSwap.staging(folder);
    SweepSettings settings = plan.settings();
    context.log().println("[load] " + target.label() + " at " + plan.rates() + " requests/s, " + settings.arrivals()
        .label() + " arrivals, " + settings.duration().toSeconds() + " s per rate");
    context.log().println(LoadReport.header());
    try (TargetClient client = target.open(context.servers(), settings.options());
        TargetClient control = LoadTarget.NOOP.open(context.servers(), settings.options());
        CpuMeter storeMeter = target.storeCpuMeter(context.servers())) {
      new LoadSweep(target, client, storeMeter, control, settings).run(staging,
          LoadReport.header(target, client, settings, storeMeter, context.servers().config().toString()),
          entry -> context.log().println(LoadReport.line(target.label(), entry)));
    } catch (IOException | RuntimeException e) {
      FolderSwap.deleteTree(staging);
      throw e;
    } catch (Exception e) {
      FolderSwap.deleteTree(staging);
      throw new IllegalStateException("the " + target.label() + " sweep failed: " + e.getMessage(), e);
    }
    FolderSwap.publish(staging, folder);
    try (Stream<Path> files = java.nio.file.Files.list(folder)) {
      return files.map(file -> Path.of(FOLDER, target.label(), file.getFileName().toString())).sorted().toList();
    }
  }
}
