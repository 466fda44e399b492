package dev.statebench.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.UserFacingException;
import dev.statebench.compare.BenchmarkKey;
import dev.statebench.compare.BenchmarkResult;
import dev.statebench.compare.JmhResultReader;
import dev.statebench.compare.Metric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a rounds folder ({@link RoundFiles}) and pairs the two builds' forks round by round, benchmark by benchmark.
 * Each fork's value is the median of its iterations or samples ({@link ForkMedians}); the files are first read and
 * checked by {@link JmhResultReader}.
 * A benchmark measured in different units by the two builds, or in different units from one round to the next, makes
 * the input unusable ({@link UserFacingException}): ratios of {@code us/op} to {@code ns/op} mean nothing.
 */
public final class RoundsReader {

  /**
   * Everything read from a rounds folder.
   *
   * @param rounds the number of distinct rounds with at least one result file
   * @param onlyInBase benchmarks that only the base build ever produced
   * @param onlyInNew benchmarks that only the new build ever produced
   */
  public record Rounds(List<PairedSamples> benchmarks, int rounds, List<BenchmarkKey> onlyInBase,
      List<BenchmarkKey> onlyInNew) {}

  private final JmhResultReader reader = new JmhResultReader();
  private final ObjectMapper json = new ObjectMapper();

  public Rounds read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new UserFacingException(folder + " is not a folder of gate rounds");
    }
    // round → invocation → side → file
    TreeMap<Integer, Map<String, Map<String, Path>>> files = new TreeMap<>();
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path file : entries.sorted().toList()) {
        RoundFiles.parse(file).ifPresent(name -> files
            .computeIfAbsent(name.round(), r -> new TreeMap<>())
            .computeIfAbsent(name.invocation(), i -> new TreeMap<>())
            .put(name.side(), file));
      }
    } catch (IOException e) {
      throw new UserFacingException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new UserFacingException(folder + " holds no round results (files like r001-base-NAME.json)");
    }
    Map<BenchmarkKey, Accumulator> paired = new LinkedHashMap<>();
    Set<BenchmarkKey> seenBase = new LinkedHashSet<>();
    Set<BenchmarkKey> seenNew = new LinkedHashSet<>();
    files.forEach((round, invocations) -> invocations.values().forEach(sides -> {
      Map<BenchmarkKey, BenchmarkResult> base = results(sides.get(BuildUnderTest.BASE));
      Map<BenchmarkKey, BenchmarkResult> now = results(sides.get(BuildUnderTest.NEW));
      seenBase.addAll(base.keySet());
      seenNew.addAll(now.keySet());
      base.forEach((key, b) -> {
        BenchmarkResult n = now.get(key);
        if (n != null) {
          paired.computeIfAbsent(key, Accumulator::new).add(round, b, n);
        }
      });
    }));
    List<PairedSamples> benchmarks = new ArrayList<>();
    for (BenchmarkKey key : seenBase) {
      if (seenNew.contains(key)) {
        benchmarks.add(paired.getOrDefault(key, new Accumulator(key)).samples());
      }
    }
    List<BenchmarkKey> onlyInBase = seenBase.stream().filter(k -> !seenNew.contains(k)).toList();
    List<BenchmarkKey> onlyInNew = seenNew.stream().filter(k -> !seenBase.contains(k)).toList();
    return new Rounds(benchmarks, files.size(), onlyInBase, onlyInNew);
  }

  /** The file's results with each primary score replaced by the fork median, in file order. */
  private Map<BenchmarkKey, BenchmarkResult> results(Path file) {
    if (file == null) {
      return Map.of();
    }
    Map<BenchmarkKey, BenchmarkResult> checked = reader.read(file).benchmarks();
    JsonNode entries;
    try {
      entries = json.readTree(file.toFile());
    } catch (IOException e) {
      throw new UserFacingException("cannot read " + file + ": " + e.getMessage(), e);
    }
    Map<BenchmarkKey, BenchmarkResult> medians = new LinkedHashMap<>();
    int i = 0;
    for (BenchmarkResult result : checked.values()) {
      Metric p = result.primary();
      Metric median = new Metric(ForkMedians.of(entries.get(i++)), p.error(), p.lower(), p.upper(), p.unit(),
          p.forkMeans());
      medians.put(result.key(), new BenchmarkResult(result.key(), median, result.allocation()));
    }
    return medians;
  }

  /** Collects one benchmark's pairs, checking that units never change. */
  private static final class Accumulator {
    private final BenchmarkKey key;
    private String unit;
    private final List<Integer> rounds = new ArrayList<>();
    private final List<Double> base = new ArrayList<>();
    private final List<Double> candidate = new ArrayList<>();
    private final List<Double> baseAllocation = new ArrayList<>();
    private final List<Double> candidateAllocation = new ArrayList<>();

    Accumulator(BenchmarkKey key) {
      this.key = key;
    }

    void add(int round, BenchmarkResult b, BenchmarkResult n) {
      String baseUnit = b.primary().unit();
      if (!baseUnit.equals(n.primary().unit())) {
        throw new UserFacingException(key.exportName() + " is in " + baseUnit + " in the base build but in "
            + n.primary().unit() + " in the new build (round " + round + "); run both with the same -tu (time unit)");
      }
      if (unit != null && !unit.equals(baseUnit)) {
        throw new UserFacingException(key.exportName() + " changes unit from " + unit + " to " + baseUnit
            + " in round " + round + "; every round must use the same -tu (time unit)");
      }
      unit = baseUnit;
      rounds.add(round);
      base.add(b.primary().score());
      candidate.add(n.primary().score());
      if (b.allocation().isPresent() && n.allocation().isPresent()) {
        baseAllocation.add(b.allocation().map(Metric::score).orElseThrow());
        candidateAllocation.add(n.allocation().map(Metric::score).orElseThrow());
      }
    }

    PairedSamples samples() {
      return new PairedSamples(key, unit == null ? "" : unit,
          rounds.stream().mapToInt(Integer::intValue).toArray(),
          base.stream().mapToDouble(Double::doubleValue).toArray(),
          candidate.stream().mapToDouble(Double::doubleValue).toArray(),
          baseAllocation.stream().mapToDouble(Double::doubleValue).toArray(),
          candidateAllocation.stream().mapToDouble(Double::doubleValue).toArray());
    }
  }
}
