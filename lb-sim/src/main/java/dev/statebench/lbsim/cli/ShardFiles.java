package dev.statebench.lbsim.cli;

import dev.statebench.lbsim.InvalidInputException;
import dev.statebench.lbsim.engine.EngineVersion;
import dev.statebench.lbsim.experiment.Shard;
import dev.statebench.lbsim.metrics.ReplicationResult;
import dev.statebench.lbsim.scenario.Scenario;
import dev.statebench.lbsim.shard.ShardCodec;
import dev.statebench.lbsim.shard.ShardFile;
import dev.statebench.lbsim.shard.ShardFingerprint;
import dev.statebench.lbsim.shard.ShardMerger;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes one shard's file into its output folder, and finds and reads the shard files of several folders. */
final class ShardFiles {
  private ShardFiles() {}

  static void write(Path scenarioFile, List<String> overrides, Scenario scenario, Shard shard,
      ReplicationResult[] runs, Path directory) throws IOException {
    List<ShardFile.Run> mine = new ArrayList<>();
    for (int run = 0; run < runs.length; run++) {
      if (shard.includes(run)) {
        mine.add(new ShardFile.Run(run, runs[run]));
      }
    }
    ShardFile file = new ShardFile(ShardFile.FORMAT, EngineVersion.VERSION, scenario.name(), scenarioFile.toString(),
        List.copyOf(overrides), scenario.variants().get(0).config().seed(), ShardFingerprint.of(scenario),
        shard.index(), shard.count(), runs.length, mine);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new InvalidInputException("--out: cannot create directory " + directory + ": " + e.getMessage(), e);
    }
    Path target = directory.resolve(ShardFile.fileName(scenario.name(), shard.index(), shard.count()));
    ResultFiles.writeAtomically(target, writer -> ShardCodec.write(file, writer));
    System.err.println("lb-sim: wrote shard " + shard + " to " + target + "; combine the shards with 'lb-sim merge'");
  }

  /** Reads every {@code *.shard-K-of-N.json} in the given folders. */
  static List<ShardMerger.Source> read(List<Path> directories) {
    List<ShardMerger.Source> sources = new ArrayList<>();
    for (Path directory : directories) {
      if (!Files.isDirectory(directory)) {
        throw new InvalidInputException("merge: " + directory + " is not a folder; give the --out folders of the shards");
      }
      List<Path> files = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.shard-*-of-*.json")) {
        stream.forEach(files::add);
      } catch (IOException e) {
        throw new InvalidInputException("merge: cannot list " + directory + ": " + e.getMessage(), e);
      }
      files.sort(null);
      for (Path file : files) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          sources.add(new ShardMerger.Source(file, ShardCodec.read(reader)));
        } catch (IOException e) {
          throw new InvalidInputException(file + ": not a readable lb-sim shard file (" + firstLine(e)
              + "); run that shard again", e);
        }
      }
    }
    return sources;
  }

  private static String firstLine(IOException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
