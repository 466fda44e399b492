package dev.statebench.cli;

import dev.statebench.report.Report;
import dev.statebench.shard.RunMerge;
import dev.statebench.shard.ShardMarker;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code statebench merge --out DIR SHARD_DIR…}: combines the folders of a run made with {@code --shard K/N} on several
 * machines into one run folder, then writes its report (see {@link RunMerge}).
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = "Combine the shard folders of one run (made with --shard K/N) into one run folder and write its"
        + " report.")
final class MergeCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The merged run folder (must not exist yet, or be empty).")
  Path out;

  @Parameters(paramLabel = "SHARD_DIR", arity = "1..*", description = "The shard folders, in any order.")
  List<Path> shards;

  @Override
  public Integer call() throws Exception {
    List<ShardMarker> markers = RunMerge.merge(shards, out);
    for (ShardMarker marker : markers) {
      System.out.println("shard " + marker.shard() + ": " + marker.host() + " (" + marker.cpu() + ", "
          + marker.cores() + " cores)");
    }
    for (Path file : Report.write(out)) {
      System.out.println("wrote " + file);
    }
    return 0;
  }
}
