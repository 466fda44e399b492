package dev.statebench.lbsim.cli;

import static dev.statebench.lbsim.cli.CommandLineRun.captured;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lb-sim run --shard K/N} and {@code lb-sim merge}: the merged folder is the unsharded run's, byte for byte. */
class ShardMergeTest {
  // 2 states × 2 policies × 4 replications = 16 runs: shards of 6, 5 and 5 runs over 3 shards; the fleet events, time
  // windows, event window, scale-out and revocation intervals exercise every part of a replication's result
  private static final String SCENARIO = """
      seed: 5
      replications: 4
      warmup: 5s
      duration: 20s
      backends: {count: 4, workers: 2, service: {dist: lognormal, mean: 5ms, cv: 2}}
      sessions:
        arrival: {dist: poisson, rate: 30/s}
        length: {dist: pareto, alpha: 1.5, mean: 8}
        think: {dist: exponential, mean: 300ms}
      policies: [sticky(inner=round-robin), ring-hash]
      events: [{at: 8s, kill: 1}, {at: 10s, add: 2}, {at: 12s, store-down: true, for: 2s}]
      report: {window: 2s, event-window: 6s}
      sweep:
        - key: state
          values: [{model: local}, {model: redis}]
          labels: [local, redis]
      """;

  @TempDir
  Path dir;

  private Path scenario(String name, String yaml) throws IOException {
    Path file = dir.resolve(name + ".yaml");
    Files.writeString(file, yaml);
    return file;
  }

  private String[] shard(Path scenario, String shard, String out, String... more) {
    String[] args = Stream.concat(Stream.of("run", scenario.toString(), "--shard", shard, "--out",
        dir.resolve(out).toString(), "--threads", "2"), Stream.of(more)).toArray(String[]::new);
    return captured(args);
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void threeShardsMerged_areByteIdenticalToTheUnshardedRun_everyFile() throws IOException {
    Path file = scenario("sharded", SCENARIO);
    assertThat(captured("run", file.toString(), "--out", dir.resolve("whole").toString(), "--format", "json")[0])
        .isEqualTo("0");
    // shards in another order than 1..3, and given to merge out of order: neither matters
    for (String k : List.of("3", "1", "2")) {
      assertThat(shard(file, k + "/3", "s" + k)[0]).isEqualTo("0");
    }
    assertThat(names(dir.resolve("s2"))).containsExactly("sharded.shard-2-of-3.json");
    String[] merged = captured("merge", dir.resolve("s2").toString(), dir.resolve("s3").toString(),
        dir.resolve("s1").toString(), "--out", dir.resolve("merged").toString(), "--format", "json");
    assertThat(merged[0]).as(merged[2]).isEqualTo("0");
    List<String> whole = names(dir.resolve("whole"));
    assertThat(whole).contains("sharded.json", "sharded.csv", "sharded.md", "sharded-latency-cdf.svg",
        "sharded-convergence.svg");
    assertThat(names(dir.resolve("merged"))).isEqualTo(whole);
    for (String name : whole) {
      assertThat(Files.readAllBytes(dir.resolve("merged").resolve(name))).as(name)
          .isEqualTo(Files.readAllBytes(dir.resolve("whole").resolve(name)));
    }
  }

  @Test
  void shardOutsideOneToN_isOneLineExitTwo() throws IOException {
    Path file = scenario("sharded", SCENARIO);
    for (String bad : List.of("0/3", "4/3", "1/0", "two/3")) {
      String[] result = shard(file, bad, "bad");
      assertThat(result[0]).as(bad).isEqualTo("2");
      assertThat(result[2].strip()).as(bad).startsWith("lb-sim: --shard").doesNotContain("\n");
    }
    assertThat(dir.resolve("bad")).doesNotExist();
  }

  @Test
  void mergeOfAnIncompleteOrMixedSet_isOneLineExitTwo_andWritesNothing() throws IOException {
    String small = SCENARIO.replace("replications: 4", "replications: 2").replace("duration: 20s", "duration: 6s");
    Path file = scenario("small", small);
    Path other = scenario("other", small);
    for (String k : List.of("1", "2", "3")) {
      assertThat(shard(file, k + "/3", "s" + k)[0]).isEqualTo("0");
    }
    assertThat(shard(file, "3/3", "seed43", "--seed", "43")[0]).isEqualTo("0");
    assertThat(shard(file, "3/4", "four", "--seed", "5")[0]).isEqualTo("0");
    assertThat(shard(other, "3/3", "renamed")[0]).isEqualTo("0");
    assertRefused("shard 3 of 3 missing", "s1", "s2");
    assertRefused("shard 2/3 given twice", "s1", "s2", "s2", "s3");
    assertRefused("differ in seed", "s1", "s2", "seed43");
    assertRefused("differ in shard count", "s1", "s2", "four");
    assertRefused("differ in scenario", "s1", "s2", "renamed");
    assertRefused("no shard files", "merged-nothing");
  }

  @Test
  void mergeOfAShardFromAnotherEngineVersion_isRefused() throws IOException {
    String small = SCENARIO.replace("replications: 4", "replications: 1").replace("duration: 20s", "duration: 4s");
    Path file = scenario("small", small);
    assertThat(shard(file, "1/2", "s1")[0]).isEqualTo("0");
    assertThat(shard(file, "2/2", "s2")[0]).isEqualTo("0");
    Path shard2 = dir.resolve("s2/small.shard-2-of-2.json");
    String text = Files.readString(shard2);
    assertThat(text).contains("\"engine\":\"2.0\"");
    Files.writeString(shard2, text.replace("\"engine\":\"2.0\"", "\"engine\":\"1.1\""));
    assertRefused("ran on engine 1.1", "s1", "s2");
  }

  private void assertRefused(String message, String... folders) throws IOException {
    Files.createDirectories(dir.resolve("merged-nothing"));
    Path out = dir.resolve("out-" + message.hashCode());
    String[] args = Stream.concat(Stream.concat(Stream.of("merge"), Stream.of(folders).map(f -> dir.resolve(f)
        .toString())), Stream.of("--out", out.toString())).toArray(String[]::new);
    String[] result = captured(args);
    assertThat(result[0]).as(message).isEqualTo("2");
    assertThat(result[2].strip()).as(message).contains(message).doesNotContain("\n");
    assertThat(out).as(message).doesNotExist();
  }
}
