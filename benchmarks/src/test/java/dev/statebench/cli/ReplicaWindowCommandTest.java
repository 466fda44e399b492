package dev.statebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad input to {@code statebench replica-window} ends with one line and exit 2, before any server starts. */
class ReplicaWindowCommandTest {
  private static String run(int expectedStatus, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThat(Statebench.execute(args)).isEqualTo(expectedStatus);
    } finally {
      System.setErr(original);
    }
    return err.toString(StandardCharsets.UTF_8).strip();
  }

  @Test
  void zeroSamples_isOneLineNamingTheOption() {
    String message = run(Statebench.USAGE_ERROR, "replica-window", "--samples", "0");
    assertThat(message).contains("--samples").doesNotContain("\n");
  }

  @Test
  void unknownSynchronousCommitMode_isOneLineListingTheModes() {
    String message = run(Statebench.USAGE_ERROR, "replica-window", "--synchronous-commit", "sometimes");
    assertThat(message).contains("sometimes").contains("remote_apply").doesNotContain("\n");
  }

  @Test
  void negativeWriteRate_isRejected() {
    String message = run(Statebench.USAGE_ERROR, "replica-window", "--write-rate", "-5");
    assertThat(message).contains("--write-rate");
  }
}
