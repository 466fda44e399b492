package dev.statebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code statebench job} and {@code statebench report}: bad input ends with one line, exit 2 and nothing written. */
class JobCommandTest {
  @TempDir Path dir;

  @Test
  void job_withUnknownProfile_exitsWith2AndOneLine() {
    Run run = run("job", "--profile", "huge", "--out", dir.resolve("run").toString());

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err).contains("unknown profile 'huge'");
    assertThat(dir.resolve("run")).doesNotExist();
  }

  @Test
  void job_withoutTheSimulatorJar_exitsWith2BeforeRunningAnything() {
    Run run = run("job", "--profile", "smoke", "--out", dir.resolve("run").toString(),
        "--lb-sim-jar", dir.resolve("missing.jar").toString());

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("simulator jar").contains("missing.jar");
    assertThat(dir.resolve("run")).doesNotExist();
  }

  @Test
  void job_intoAFile_exitsWith2() throws IOException {
    Path file = Files.writeString(dir.resolve("file.txt"), "not a folder");

    Run run = run("job", "--profile", "smoke", "--out", file.toString());

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("is a file, not a folder");
  }

  @Test
  void report_ofAMissingFolder_exitsWith2AndOneLine() {
    Run run = run("report", dir.resolve("nowhere").toString());

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err).contains("is not a folder");
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int status = Statebench.execute(args);
      return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }
}
