package dev.statebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.gate.RoundsFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code statebench gate-judge} end to end: exit statuses, one-line errors, report files, exports and history. */
class GateJudgeCommandTest {
  private static final Map<String, String> ES256 = Map.of("alg", "ES256");

  @TempDir
  Path dir;

  private String out;
  private String err;

  private int run(Object... args) {
    List<String> all = new ArrayList<>();
    for (Object arg : args) {
      all.add(arg.toString());
    }
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      return Statebench.execute(all.toArray(String[]::new));
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
      out = outBytes.toString(StandardCharsets.UTF_8);
      err = errBytes.toString(StandardCharsets.UTF_8);
    }
  }

  /** {@code rounds} rounds where the new build is {@code factor} times the base (10 us/op), with a small wobble. */
  private Path gateFolder(int rounds, double factor) {
    RoundsFixture fixture = new RoundsFixture(dir.resolve("gate").resolve("rounds"));
    double[] wobble = {1.0, 1.01, 0.99, 1.02, 0.98, 1.0};
    for (int round = 1; round <= rounds; round++) {
      double w = wobble[(round - 1) % wobble.length];
      fixture.avgt(round, "base", ES256, 10 * w, 10 * w, 10 * w);
      fixture.avgt(round, "new", ES256, 10 * factor * w * w, 10 * factor * w * w, 10 * factor * w * w);
    }
    fixture.write();
    return dir.resolve("gate");
  }

  @Test
  void regression_exitsOneWritesReportsAndExports() throws Exception {
    Path gate = gateFolder(6, 1.3);
    Path github = dir.resolve("gab.json");
    Path bencher = dir.resolve("bmf.json");

    assertThat(run("gate-judge", gate, "--export-github-action", github, "--export-bencher", bencher)).isEqualTo(1);

    assertThat(out).startsWith("## statebench gate: REGRESSION (1 of 1 benchmarks)").contains("| **regression** |");
    assertThat(gate.resolve("gate.md")).hasContent(out);
    assertThat(Files.readString(gate.resolve("gate.json"))).contains("\"verdict\" : \"regression\"");
    assertThat(Files.readString(github)).contains("\"name\" : \"JwtVerifyBenchmark.verify (alg=ES256) avgt\"");
    assertThat(Files.readString(bencher)).contains("JwtVerifyBenchmark.verify (alg=ES256) avgt");
    assertThat(err).isEmpty();
  }

  @Test
  void noChange_exitsZeroAndAppendsHistory() throws Exception {
    Path gate = gateFolder(4, 1.0);
    Path history = dir.resolve("hist");

    assertThat(run("gate-judge", gate, "--history", history, "--commit", "abc123")).isZero();

    assertThat(out).startsWith("## statebench gate: no regression");
    assertThat(Files.readAllLines(history.resolve("JwtVerifyBenchmark.verify_alg=ES256_avgt.csv"))).hasSize(2)
        .last().asString().contains(",abc123,");
    assertThat(history.resolve("otava.yaml")).exists();
  }

  @Test
  void tooLittleData_exitsTwoAndSaysSo() {
    Path gate = gateFolder(2, 1.5);

    assertThat(run("gate-judge", gate)).isEqualTo(2);

    assertThat(out).startsWith("## statebench gate: too little data: no benchmark has 3 paired rounds (2 rounds ran)");
  }

  @Test
  void mismatchedUnits_exitTwoWithOneLine() {
    new RoundsFixture(dir.resolve("units"))
        .iterations(1, "base", RoundsFixture.JWT, "avgt", ES256, "us/op", new double[] {1, 1, 1}, Double.NaN)
        .iterations(1, "new", RoundsFixture.JWT, "avgt", ES256, "ns/op", new double[] {1000, 1000, 1000}, Double.NaN)
        .write();

    assertThat(run("gate-judge", dir.resolve("units"))).isEqualTo(2);

    assertThat(err.lines().toList()).singleElement().asString()
        .startsWith("statebench: JwtVerifyBenchmark.verify (alg=ES256) avgt is in us/op in the base build");
    assertThat(out).isEmpty();
  }

  @Test
  void emptyFolder_exitsTwo() throws Exception {
    Files.createDirectories(dir.resolve("empty"));

    assertThat(run("gate-judge", dir.resolve("empty"))).isEqualTo(2);

    assertThat(err).contains("holds no round results");
  }

  @Test
  void badAlpha_isAUsageError() {
    Path gate = gateFolder(3, 1.0);

    assertThat(run("gate-judge", gate, "--alpha", "2")).isEqualTo(2);

    assertThat(err).contains("--alpha must be between 0 and 1");
  }

  @Test
  void gate_missingJar_exitsTwoBeforeRunningAnything() {
    assertThat(run("gate", dir.resolve("no-base.jar"), dir.resolve("no-new.jar"), "--set", "calibration",
        "--out", dir.resolve("o"))).isEqualTo(2);

    assertThat(err).contains("no-base.jar does not exist");
  }

  @Test
  void gate_outFolderWithOldRounds_exitsTwoWithoutRunning() throws Exception {
    Path jar = Files.writeString(dir.resolve("a.jar"), "x");
    gateFolder(3, 1.0);

    assertThat(run("gate", jar, jar, "--set", "calibration", "--out", dir.resolve("gate"))).isEqualTo(2);

    assertThat(err).contains("already holds rounds of an earlier gate run");
  }

  @Test
  void gate_unknownSet_exitsTwo() throws Exception {
    Path jar = Files.writeString(dir.resolve("a.jar"), "x");

    assertThat(run("gate", jar, jar, "--set", "nightly")).isEqualTo(2);

    assertThat(err).contains("unknown --set 'nightly'");
  }
}
