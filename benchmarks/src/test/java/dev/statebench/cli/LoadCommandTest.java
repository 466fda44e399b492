package dev.statebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code statebench load} ends with one line and exit 2, before any server starts or file is written. */
class LoadCommandTest {
  @TempDir
  Path out;

  private int run(ByteArrayOutputStream err, String... args) {
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return Statebench.execute(args);
    } finally {
      System.setErr(original);
    }
  }

  @Test
  void unknownTarget_isOneLineNamingTheTargets() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = run(err, "load", "--target", "memcached", "--rate", "100", "--out", out.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).contains("memcached").contains("jwt-es256")
        .doesNotContain("\n");
    assertThat(Files.list(out)).isEmpty();
  }

  @Test
  void rateAndSweepTogether_isRejected() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = run(err, "load", "--target", "jwt-hs256", "--rate", "100", "--sweep", "100,200");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("either --rate");
  }

  @Test
  void durationWithoutUnit_isRejected() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = run(err, "load", "--target", "jwt-hs256", "--rate", "100", "--duration", "10");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a duration");
  }
}
