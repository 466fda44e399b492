package dev.statebench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.statebench.UserFacingException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhResultReaderTest {
  private final JmhResultReader reader = new JmhResultReader();

  @TempDir
  Path dir;

  /** A file JMH 1.37 wrote: a tiny byte[8] allocation benchmark, 3 forks x 2 iterations, all four modes, -prof gc. */
  private static Path realJmhOutput() throws URISyntaxException {
    return Path.of(JmhResultReaderTest.class.getResource("jmh-1.37-tiny/jmh.json").toURI()).getParent();
  }

  private static BenchmarkResult byMode(ResultSet run, String mode) {
    return run.benchmarks().values().stream().filter(r -> r.key().mode().equals(mode)).findFirst().orElseThrow();
  }

  @Test
  void realJmhOutput_readsEveryModeWithParamsUnitsAndIntervals() throws Exception {
    ResultSet run = reader.read(realJmhOutput());

    assertThat(run.benchmarks().keySet()).extracting(BenchmarkKey::mode).containsExactly("thrpt", "avgt", "sample", "ss");
    BenchmarkResult avgt = byMode(run, "avgt");
    assertThat(avgt.key().benchmark()).isEqualTo("t.Tiny.alloc");
    assertThat(avgt.key().shortName()).isEqualTo("Tiny.alloc");
    assertThat(avgt.key().params()).isEqualTo(Map.of("size", "8"));
    assertThat(avgt.key().jvm()).isEmpty();
    assertThat(avgt.primary().unit()).isEqualTo("ns/op");
    assertThat(avgt.primary().score()).isEqualTo(7.65505069515768);
    assertThat(avgt.primary().lower()).isEqualTo(-2.902947015995343);
    assertThat(avgt.primary().upper()).isEqualTo(18.213048406310705);
    assertThat(byMode(run, "thrpt").primary().unit()).isEqualTo("ops/ns");
    assertThat(byMode(run, "thrpt").direction()).isEqualTo(ScoreDirection.HIGHER_IS_BETTER);
    assertThat(byMode(run, "ss").direction()).isEqualTo(ScoreDirection.LOWER_IS_BETTER);
  }

  @Test
  void realJmhOutput_forkMeansComeFromRawDataAndFromSampleHistograms() throws Exception {
    ResultSet run = reader.read(realJmhOutput());

    // Means of each fork's two iterations, and count-weighted means of each fork's histogram buckets, as computed
    // independently from the same file with a Python one-liner.
    assertThat(byMode(run, "avgt").primary().forkMeans())
        .containsExactly(new double[] {7.66099806700997, 8.345137267541809, 6.959016750921261}, within(1e-12));
    assertThat(byMode(run, "sample").primary().forkMeans())
        .containsExactly(new double[] {48.208866155157715, 69.14250069309675, 46.14585519412382}, within(1e-9));
    assertThat(byMode(run, "ss").primary().forkMeans()).containsExactly(1360.5, 2029.0, 1295.5);
  }

  @Test
  void realJmhOutput_allocationPerOperationIsRead() throws Exception {
    Metric alloc = byMode(reader.read(realJmhOutput()), "avgt").allocation().orElseThrow();

    assertThat(alloc.unit()).isEqualTo("B/op");
    assertThat(alloc.score()).isCloseTo(24.000928220370103, within(1e-12));
  }

  @Test
  void singleIteration_errorWrittenAsNaNString_isReadAsMissingInterval() throws Exception {
    new JmhJsonFixture().add("a.B.c", "avgt", Map.of(), "ns/op", new double[][] {{9.0}}).writeTo(dir);

    Metric metric = reader.read(dir).benchmarks().values().iterator().next().primary();

    assertThat(Files.readString(dir.resolve("jmh.json"))).contains("\"NaN\"");
    assertThat(metric.error()).isNaN();
    assertThat(metric.hasInterval()).isFalse();
  }

  @Test
  void perJvmFiles_areLabelledByJvmFromTheFileName_andTheMergedFileIsSkipped() throws Exception {
    // statebench run with --jvm: jmh.json merges both JVMs' results (same names and params), each JVM also has its file
    JmhJsonFixture fixture = new JmhJsonFixture().add("a.B.c", "avgt", Map.of(), "ns/op", new double[][] {{1, 2}});
    fixture.writeTo(dir, "jmh-jdk17.json");
    fixture.writeTo(dir, "jmh-temurin25.json");
    new JmhJsonFixture().add("a.B.c", "avgt", Map.of(), "ns/op", new double[][] {{1, 2}})
        .add("a.B.c", "avgt", Map.of(), "ns/op", new double[][] {{1, 2}}).writeTo(dir, "jmh.json");

    ResultSet run = reader.read(dir);

    assertThat(run.benchmarks().keySet()).extracting(BenchmarkKey::jvm).containsExactly("jdk17", "temurin25");
  }

  @Test
  void theSameBenchmarkOnSeveralThreadCounts_isSeveralResults() throws Exception {
    new JmhJsonFixture().add("a.B.c", "avgt", Map.of(), "ns/op", new double[][] {{1, 2}})
        .add("a.B.c", "avgt", Map.of(), "ns/op", new double[][] {{3, 4}}).onThreads(4).writeTo(dir, "jmh.json");

    assertThat(reader.read(dir).benchmarks().keySet()).extracting(key -> key.params().get("threads"))
        .containsExactlyInAnyOrder(null, "4");
  }

  @Test
  void aFolderWithOnlyJmhJson_isReadWithoutJvmLabel() throws Exception {
    new JmhJsonFixture().add("a.B.c", "avgt", Map.of(), "ns/op", new double[][] {{1, 2}}).writeTo(dir, "jmh.json");

    assertThat(reader.read(dir).benchmarks().keySet()).extracting(BenchmarkKey::jvm).containsExactly("");
  }

  @Test
  void aFileNamedDirectly_isReadWithoutJvmLabel() throws Exception {
    new JmhJsonFixture().add("a.B.c", "avgt", Map.of(), "ns/op", new double[][] {{1, 2}})
        .writeTo(dir, "jmh-jdk17.json");

    ResultSet run = reader.read(dir.resolve("jmh-jdk17.json"));

    assertThat(run.benchmarks().keySet()).extracting(BenchmarkKey::jvm).containsExactly("");
    assertThat(run.simulatorTables()).isEmpty();
  }

  @Test
  void simFolder_isFoundNextToJmhJson() throws Exception {
    new JmhJsonFixture().add("a.B.c", "avgt", Map.of(), "ns/op", new double[][] {{1, 2}}).writeTo(dir);
    Files.createDirectories(dir.resolve("sim"));

    assertThat(reader.read(dir).simulatorTables()).contains(dir.resolve("sim"));
  }

  @Test
  void unusableInputs_failWithOneLineNamingTheProblem() throws Exception {
    Path notJson = Files.writeString(dir.resolve("broken.json"), "[{\"benchmark\": ");
    Path object = Files.writeString(dir.resolve("object.json"), "{\"benchmark\": \"a.B.c\"}");
    Path noMetric = Files.writeString(dir.resolve("nometric.json"), "[{\"benchmark\": \"a.B.c\", \"mode\": \"avgt\"}]");
    Path badMode = Files.writeString(dir.resolve("mode.json"),
        "[{\"benchmark\": \"a.B.c\", \"mode\": \"fast\", \"primaryMetric\": {}}]");
    Path emptyFolder = Files.createDirectories(dir.resolve("empty"));

    for (var expectation : List.of(
        Map.entry(dir.resolve("missing"), "does not exist"),
        Map.entry(emptyFolder, "has no jmh.json"),
        Map.entry(notJson, "is not valid JSON"),
        Map.entry(object, "expected a JSON array"),
        Map.entry(noMetric, "has no primaryMetric"),
        Map.entry(badMode, "unknown JMH mode 'fast'"))) {
      assertThatThrownBy(() -> reader.read(expectation.getKey()))
          .isInstanceOf(UserFacingException.class)
          .hasMessageContaining(expectation.getValue())
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }
}
