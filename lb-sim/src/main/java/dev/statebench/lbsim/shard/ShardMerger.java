package dev.statebench.lbsim.shard;

import dev.statebench.lbsim.InvalidInputException;
import dev.statebench.lbsim.engine.EngineVersion;
import dev.statebench.lbsim.experiment.ExperimentResult;
import dev.statebench.lbsim.experiment.ExperimentRunner;
import dev.statebench.lbsim.metrics.ReplicationResult;
import dev.statebench.lbsim.scenario.Scenario;
import dev.statebench.lbsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the shards of one sharded run back together: checks that they come from one scenario (same file, overrides,
 * seed and replications: the same fingerprint), one engine version and one shard count, that every shard 1..N is
 * there exactly once and covers its slice, reloads the scenario and aggregates the runs in run-number order, exactly
 * as the unsharded run does.
 */
public final class ShardMerger {
  private ShardMerger() {}

  /** A shard file as read, with where it came from (for messages). */
  public record Source(Path path, ShardFile shard) {}

  public static ExperimentResult merge(List<Source> sources) {
    if (sources.isEmpty()) {
      throw new InvalidInputException("merge: no shard files (*.shard-K-of-N.json) in the given folders;"
          + " give the --out folders of 'lb-sim run --shard K/N'");
    }
    ShardFile first = sources.get(0).shard();
    Path firstPath = sources.get(0).path();
    Map<Integer, Source> byShard = new TreeMap<>();
    for (Source source : sources) {
      ShardFile shard = source.shard();
      if (!ShardFile.FORMAT.equals(shard.format())) {
        throw new InvalidInputException(source.path() + ": shard format '" + shard.format() + "', this lb-sim reads '"
            + ShardFile.FORMAT + "'; run the shards again with this version");
      }
      if (!EngineVersion.VERSION.equals(shard.engine())) {
        throw new InvalidInputException(source.path() + ": ran on engine " + shard.engine() + ", this lb-sim is engine "
            + EngineVersion.VERSION + "; run every shard with the same lb-sim");
      }
      differ(source.path(), firstPath, "scenario", shard.scenario(), first.scenario());
      differ(source.path(), firstPath, "seed", shard.seed(), first.seed());
      differ(source.path(), firstPath, "shard count", shard.shards(), first.shards());
      differ(source.path(), firstPath, "scenario settings (file content, --set, --seed or --replications)",
          shard.fingerprint(), first.fingerprint());
      Source earlier = byShard.put(shard.shard(), source);
      if (earlier != null) {
        throw new InvalidInputException("merge: shard " + shard.shard() + "/" + shard.shards() + " given twice ("
            + earlier.path() + " and " + source.path() + "); give each shard's folder once");
      }
    }
    List<Integer> missing = new ArrayList<>();
    for (int k = 1; k <= first.shards(); k++) {
      if (!byShard.containsKey(k)) {
        missing.add(k);
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException("merge: shard" + (missing.size() > 1 ? "s " : " ") + join(missing) + " of "
          + first.shards() + " missing; run 'lb-sim run --shard K/" + first.shards() + "' for "
          + (missing.size() > 1 ? "them" : "it") + " and give its folder too");
    }
    Scenario scenario = ScenarioLoader.load(Path.of(first.scenarioFile()), first.overrides());
    if (!ShardFingerprint.of(scenario).equals(first.fingerprint())) {
      throw new InvalidInputException("merge: scenario file " + first.scenarioFile()
          + " is not the one the shards ran (it changed or is another file); merge where the shards' scenario is");
    }
    return ExperimentRunner.aggregate(scenario, runs(byShard, first.runCount()));
  }

  private static ReplicationResult[] runs(Map<Integer, Source> byShard, int runCount) {
    ReplicationResult[] runs = new ReplicationResult[runCount];
    for (Source source : byShard.values()) {
      ShardFile shard = source.shard();
      int expected = 0;
      for (int run = shard.shard() - 1; run < runCount; run += shard.shards()) {
        expected++;
      }
      if (shard.runs().size() != expected) {
        throw new InvalidInputException(source.path() + ": holds " + shard.runs().size() + " runs, shard "
            + shard.shard() + "/" + shard.shards() + " has " + expected + "; run that shard again");
      }
      for (ShardFile.Run run : shard.runs()) {
        int n = run.run();
        if (n < 0 || n >= runCount || n % shard.shards() != shard.shard() - 1 || runs[n] != null) {
          throw new InvalidInputException(source.path() + ": run " + n + " does not belong to shard "
              + shard.shard() + "/" + shard.shards() + "; run that shard again");
        }
        runs[n] = run.result();
      }
    }
    return runs;
  }

  private static void differ(Path path, Path firstPath, String what, Object value, Object firstValue) {
    if (!value.equals(firstValue)) {
      throw new InvalidInputException("merge: " + path + " and " + firstPath + " differ in " + what + " (" + value
          + " vs " + firstValue + "); merge only the shards of one 'lb-sim run'");
    }
  }

  private static String join(List<Integer> numbers) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < numbers.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(numbers.get(i));
    }
    return text.toString();
  }
}
