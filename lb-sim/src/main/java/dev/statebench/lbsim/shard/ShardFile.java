package dev.statebench.lbsim.shard;

import dev.statebench.lbsim.metrics.ReplicationResult;
import java.util.List;

/**
 * What one shard of {@code lb-sim run --shard K/N} writes: which scenario it ran (file, overrides and a fingerprint of
 * the resolved scenario, seed and replications included), with which engine, which slice, and the result of every
 * run of its slice by run number, so that {@link ShardMerger} can put the unsharded run's results back together.
 *
 * @param format the shard file format ({@link #FORMAT})
 * @param engine the engine version that ran the shard
 * @param scenario the scenario's name
 * @param scenarioFile the scenario file as given on the command line
 * @param overrides the {@code --set}, {@code --seed} and {@code --replications} overrides, in order
 * @param seed the scenario's seed (after overrides)
 * @param fingerprint SHA-256 of the resolved scenario (file and overrides)
 * @param shard this shard's number, 1..shards
 * @param shards the number of shards
 * @param runCount the number of runs of the whole scenario
 * @param runs this shard's runs
 */
public record ShardFile(String format, String engine, String scenario, String scenarioFile, List<String> overrides,
    long seed, String fingerprint, int shard, int shards, int runCount, List<Run> runs) {

  /** The format this engine writes and reads. */
  public static final String FORMAT = "lb-sim-shard-1";

  /** One run's result by its run number (variant, policy, replication order). */
  public record Run(int run, ReplicationResult result) {}

  /** The file name a shard is written under: {@code NAME.shard-K-of-N.json}. */
  public static String fileName(String scenario, int shard, int shards) {
    return scenario + ".shard-" + shard + "-of-" + shards + ".json";
  }
}
