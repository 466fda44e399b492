package dev.statebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtCommandsTest {
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;
  private InputStream originalIn;

  @BeforeEach
  void captureStreams() {
    originalOut = System.out;
    originalErr = System.err;
    originalIn = System.in;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStreams() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    System.setIn(originalIn);
  }

  @Test
  void keys_writesPublicAndPrivateJwkSets(@TempDir Path dir) {
    int status = Statebench.execute("jwt", "keys", "--out", dir.toString());

    assertThat(status).isZero();
    assertThat(dir.resolve("public.jwks.json")).isNotEmptyFile();
    assertThat(dir.resolve("private.jwks.json")).isNotEmptyFile();
  }

  @Test
  void issuedTokens_areAcceptedByVerifyOnBothPaths() {
    List<String> tokens = run("", "jwt", "issue", "--alg", "es256", "--profile", "typical", "--count", "3",
        "--keys", "3");
    assertThat(tokens).hasSize(3);

    for (String path : List.of("reused", "processor")) {
      List<String> verdicts = run(String.join("\n", tokens) + "\n", "jwt", "verify", "--alg", "ES256",
          "--path", path, "--keys", "3");
      assertThat(verdicts).containsExactly("ACCEPT", "ACCEPT", "ACCEPT");
    }
  }

  @Test
  void verify_rejectsForgedTokensWithAReasonPerLine() {
    String valid = run("", "jwt", "issue", "--alg", "RS256").get(0);
    String[] parts = valid.split("\\.");
    String noneHeader = java.util.Base64.getUrlEncoder().withoutPadding()
        .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String input = String.join("\n", valid, noneHeader + "." + parts[1] + ".", parts[0] + "." + parts[1],
        valid, "") ;

    List<String> verdicts = run(input, "jwt", "verify", "--alg", "RS256", "--profile", "TYPICAL");

    assertThat(verdicts).hasSize(4);
    assertThat(verdicts.get(0)).isEqualTo("ACCEPT");
    assertThat(verdicts.get(1)).startsWith("REJECT ");
    assertThat(verdicts.get(2)).startsWith("REJECT malformed: ");
    assertThat(verdicts.get(3)).isEqualTo("ACCEPT");
  }

  @Test
  void verify_refusesTheMeasurementFloorsAsVerifiers() {
    int status = Statebench.execute("jwt", "verify", "--alg", "HS256", "--path", "jca-baseline");

    assertThat(status).isEqualTo(Statebench.USAGE_ERROR);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("measurement floor").hasLineCount(1);
  }

  @Test
  void unknownAlgorithm_isAOneLineUsageError() {
    int status = Statebench.execute("jwt", "issue", "--alg", "HS999");

    assertThat(status).isEqualTo(Statebench.USAGE_ERROR);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("HS999").hasLineCount(1);
  }

  @Test
  void run_withAnIncludeMatchingNothing_stopsBeforeRunningAndWritesNothing(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("results");

    int status = Statebench.execute("run", "--profile", "smoke", "--include", "NoSuchBenchmark",
        "--out", out.toString());

    assertThat(status).isEqualTo(Statebench.USAGE_ERROR);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("matches no benchmark").hasLineCount(1);
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void run_withAnUnknownProfile_isAOneLineUsageError() {
    int status = Statebench.execute("run", "--profile", "huge");

    assertThat(status).isEqualTo(Statebench.USAGE_ERROR);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("huge").hasLineCount(1);
  }

  private List<String> run(String stdin, String... args) {
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.US_ASCII)));
    stdout.reset();
    int status = Statebench.execute(args);
    assertThat(status).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
    return stdout.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
