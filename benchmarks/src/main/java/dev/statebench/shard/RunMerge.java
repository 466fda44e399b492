package dev.statebench.shard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.statebench.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Combines the folders of a sharded run into one run folder, as if one machine had run it all:
 *
 * <ul>
 *   <li>JMH results ({@code jmh.json}, {@code jmh-<jdk>.json}) are concatenated in shard order;
 *   <li>every other result file (latency logs, simulator results, tables, load summaries, …) is copied; a file two
 *       shards both wrote must be identical (the header tables, for example), otherwise the merge stops;
 *   <li>each shard's {@code env.json}, {@code job.json} and {@code shard.json} are kept under {@code shards/K/}, and
 *       shard 1's {@code env.json} is also the run's, so the report knows which machine ran what;
 *   <li>reports and plots of the shards are not copied: the merged folder gets its own.
 * </ul>
 *
 * <p>Before anything is written it checks that the folders are the shards of one run: one profile, one commit, one
 * shard count, every shard present exactly once. The merged folder is assembled beside {@code out} and moved into
 * place at the end, so a failed merge leaves nothing half-written, and an existing non-empty {@code out} is refused
 * rather than overwritten.
 */
public final class RunMerge {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Set<String> PER_SHARD = Set.of("env.json", "job.json", ShardMarker.FILE);
  private static final Set<String> REGENERATED = Set.of("report.md", "report.html", "report-screenshot.png");

  private RunMerge() {}

  /**
   * Merges {@code shardFolders} into {@code out} and returns the markers, in shard order.
   *
   * @throws UserFacingException when the folders are not the complete shards of one run, or {@code out} is in use
   */
  public static List<ShardMarker> merge(List<Path> shardFolders, Path out) throws IOException {
    if (shardFolders.isEmpty()) {
      throw new UserFacingException("give the shard folders to merge (statebench merge --out DIR SHARD_DIR…)");
    }
    Map<Integer, Path> byIndex = new TreeMap<>();
    List<ShardMarker> markers = checkOneRun(shardFolders, byIndex);
    if (Files.exists(out) && (!Files.isDirectory(out) || !isEmpty(out))) {
      throw new UserFacingException("--out " + out + " already exists and is not empty: choose a new folder (nothing"
          + " was written)");
    }
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, ".merge-");
    try {
      Map<String, ArrayNode> jmh = new LinkedHashMap<>();
      Map<String, Path> copied = new TreeMap<>();
      for (Map.Entry<Integer, Path> shard : byIndex.entrySet()) {
        mergeShard(shard.getKey(), shard.getValue(), staging, jmh, copied);
      }
      for (Map.Entry<String, ArrayNode> results : jmh.entrySet()) {
        Files.writeString(staging.resolve(results.getKey()), JSON.writeValueAsString(results.getValue()) + "\n");
      }
      Path firstEnv = staging.resolve("shards").resolve("1").resolve("env.json");
      if (Files.exists(firstEnv)) {
        Files.copy(firstEnv, staging.resolve("env.json"));
      }
      if (Files.exists(out)) {
        Files.delete(out);
      }
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(staging);
      throw e;
    }
    return markers;
  }

  private static List<ShardMarker> checkOneRun(List<Path> folders, Map<Integer, Path> byIndex) {
    List<ShardMarker> markers = new ArrayList<>();
    ShardMarker first = null;
    Path firstFolder = null;
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        throw new UserFacingException(folder + " is not a folder: give the shard folders of one run");
      }
      ShardMarker marker = ShardMarker.read(folder);
      if (first == null) {
        first = marker;
        firstFolder = folder;
      } else {
        requireSame("profile", first.profile(), marker.profile(), firstFolder, folder);
        requireSame("commit", first.commit(), marker.commit(), firstFolder, folder);
        requireSame("shard count", Integer.toString(first.shard().count()), Integer.toString(marker.shard().count()),
            firstFolder, folder);
      }
      Path earlier = byIndex.putIfAbsent(marker.shard().index(), folder);
      if (earlier != null) {
        throw new UserFacingException("shard " + marker.shard() + " is given twice (" + earlier + " and " + folder
            + "): give each shard once");
      }
      markers.add(marker);
    }
    int count = first.shard().count();
    for (int i = 1; i <= count; i++) {
      if (!byIndex.containsKey(i)) {
        throw new UserFacingException("shard " + i + "/" + count + " is missing: give all " + count
            + " shard folders of the run (nothing was written)");
      }
    }
    markers.sort(Comparator.comparingInt(marker -> marker.shard().index()));
    return markers;
  }

  private static void requireSame(String what, String a, String b, Path folderA, Path folderB) {
    if (!a.equals(b)) {
      throw new UserFacingException("the folders come from different runs: " + what + " '" + a + "' in " + folderA
          + " but '" + b + "' in " + folderB + "; merge the shards of one run only (nothing was written)");
    }
  }

  private static void mergeShard(int index, Path shard, Path staging, Map<String, ArrayNode> jmh,
      Map<String, Path> copied) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(shard)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      Path relative = shard.relativize(file);
      String name = relative.toString().replace('\\', '/');
      if (PER_SHARD.contains(name)) {
        copy(file, staging.resolve("shards").resolve(Integer.toString(index)).resolve(name));
      } else if (REGENERATED.contains(name) || name.startsWith("plots/")) {
        continue;
      } else if (relative.getNameCount() == 1 && name.startsWith("jmh") && name.endsWith(".json")) {
        JsonNode results = JSON.readTree(file.toFile());
        if (!results.isArray()) {
          throw new UserFacingException(file + " is not a JMH result file (a JSON array)");
        }
        jmh.computeIfAbsent(name, key -> JSON.createArrayNode()).addAll((ArrayNode) results);
      } else {
        Path earlier = copied.putIfAbsent(name, file);
        if (earlier == null) {
          copy(file, staging.resolve(name));
        } else if (!Arrays.equals(Files.readAllBytes(earlier), Files.readAllBytes(file))) {
          throw new UserFacingException("two shards wrote " + name + " with different content (" + earlier + ", "
              + file + "): they are not slices of one run");
        }
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // Best effort: a staging folder left behind is named .merge-* and holds only copies.
    }
  }
}
