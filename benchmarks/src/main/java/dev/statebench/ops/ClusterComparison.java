package dev.statebench.ops;

import dev.statebench.load.LoadReport;
import dev.statebench.load.LoadSweep;
import dev.statebench.load.LoadTarget;
import dev.statebench.load.SweepSettings;
import dev.statebench.load.TargetClient;
import dev.statebench.load.cpu.CpuMeter;
import dev.statebench.servers.Servers;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The same open-loop {@code GET} load against a single Redis and against a Redis Cluster on the same machine, one
 * after the other: {@code statebench load --target redis} and {@code --target redis-cluster}, each into
 * {@code <folder>/<target>/summary.json}. The noop control is left out: it measures the generator, which is the same
 * for both.
 */
public final class ClusterComparison {
  /** The two targets compared, single node first. */
  public static final List<LoadTarget> TARGETS = List.of(LoadTarget.REDIS, LoadTarget.REDIS_CLUSTER);

  private ClusterComparison() {}

  /** Runs both loads on {@code servers} (whose cluster is started if needed) into {@code folder}. */
  public static void run(Servers servers, SweepSettings settings, Path folder, PrintStream log) throws Exception {
    for (LoadTarget target : TARGETS) {
      Path out = Files.createDirectories(folder.resolve(target.label()));
      try (TargetClient client = target.open(servers, settings.options());
          CpuMeter storeMeter = target.storeCpuMeter(servers)) {
        new LoadSweep(target, client, storeMeter, null, settings).run(out,
            LoadReport.header(target, client, settings, storeMeter, servers),
            entry -> log.println(LoadReport.line(target.label(), entry)));
      }
    }
  }
}
