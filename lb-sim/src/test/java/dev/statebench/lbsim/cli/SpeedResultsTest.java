package dev.statebench.lbsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every committed engine-speed measurement ({@code scripts/lb-sim-speed}) is consistent: each bench row's rate is its
 * events over its CPU time, the engines alternate round by round, and the medians and ratio in {@code summary.txt}
 * are those of the rows in {@code bench.tsv}, so a figure edited by hand in either file fails here.
 */
class SpeedResultsTest {
  private static final Path SPEED = Path.of("..", "results", "lb-sim-speed");

  static List<Path> measurements() throws IOException {
    if (!Files.isDirectory(SPEED)) {
      return List.of();
    }
    try (Stream<Path> folders = Files.list(SPEED)) {
      return folders.filter(Files::isDirectory).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("measurements")
  void summary_isComputedFromTheBenchRowsAndTheRowsAreConsistent(Path folder) throws IOException {
    List<String> rows = Files.readAllLines(folder.resolve("bench.tsv"));
    assertThat(rows.get(0).split("\t")).contains("round", "engine", "events", "cpu_s", "events_per_cpu_s");
    List<Double> baseline = new ArrayList<>();
    List<Double> current = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      String[] f = rows.get(i).split("\t");
      assertThat(Integer.parseInt(f[0])).as("row %d alternates the engines round by round", i).isEqualTo((i + 1) / 2);
      assertThat(f[1]).isEqualTo(i % 2 == 1 ? "baseline" : "current");
      double events = Double.parseDouble(f[4]);
      double cpuSeconds = Double.parseDouble(f[7]);
      double rate = Double.parseDouble(f[8]);
      // cpu_s is printed with two decimals: the rate computed from it agrees within that rounding
      assertThat(events / cpuSeconds).as("row %d", i).isCloseTo(rate, Percentage.withPercentage(
          100 * 0.005 / cpuSeconds + 0.01));
      (f[1].equals("baseline") ? baseline : current).add(rate);
    }
    assertThat(baseline).hasSameSizeAs(current).isNotEmpty();

    String summary = Files.readString(folder.resolve("summary.txt"));
    double b = median(baseline);
    double c = median(current);
    assertThat(summary).contains(String.format(Locale.ROOT, "baseline engine: median %.2fM events/s", b / 1e6))
        .contains(String.format(Locale.ROOT, "this engine:     median %.2fM events/s", c / 1e6))
        .contains(String.format(Locale.ROOT, "ratio this / baseline (medians): %.2f", c / b))
        .contains(baseline.size() + " alternating rounds");
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
