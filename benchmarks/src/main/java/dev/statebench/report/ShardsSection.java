package dev.statebench.report;

import dev.statebench.shard.ShardMarker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * For a run merged from shards ({@code statebench merge}): which machine ran which shard, and the warning that goes
 * with it. Empty for a run made on one machine.
 */
final class ShardsSection {
  private ShardsSection() {}

  /** The markdown, or an empty string when the folder holds no {@code shards/K/shard.json}. */
  static String render(Path runFolder) {
    List<ShardMarker> markers = markers(runFolder);
    if (markers.isEmpty()) {
      return "";
    }
    MarkdownTable table = new MarkdownTable("shard", "host", "CPU", "cores", "its environment");
    for (ShardMarker marker : markers) {
      table.row(marker.shard().toString(), marker.host(), marker.cpu(), Integer.toString(marker.cores()),
          "`shards/" + marker.shard().index() + "/env.json`");
    }
    long machines = markers.stream().map(marker -> marker.host() + "|" + marker.cpu()).distinct().count();
    String warning = machines > 1
        ? "**These results come from " + machines + " machines.** Each JMH configuration and each simulator scenario ran"
            + " on one of them (the profile is dealt round robin, `--shard K/N`): compare ratios within a shard, never"
            + " absolute times across shards. The environment above is shard 1's."
        : "Every shard ran on the same machine, one after another; the environment above is shard 1's.";
    return "This run was merged from " + markers.size() + " shards (profile " + markers.get(0).profile()
        + ", commit `" + markers.get(0).commit() + "`).\n\n" + table.render() + "\n" + warning + "\n";
  }

  private static List<ShardMarker> markers(Path runFolder) {
    Path shards = runFolder.resolve("shards");
    if (!Files.isDirectory(shards)) {
      return List.of();
    }
    List<ShardMarker> markers = new ArrayList<>();
    try (Stream<Path> folders = Files.list(shards)) {
      for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve(ShardMarker.FILE))).toList()) {
        markers.add(ShardMarker.read(folder));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    markers.sort(Comparator.comparingInt(marker -> marker.shard().index()));
    return markers;
  }
}
