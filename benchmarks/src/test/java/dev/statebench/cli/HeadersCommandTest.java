package dev.statebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.headers.HeaderReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadersCommandTest {

  @Test
  void headers_printsAndWritesTheTables(@TempDir Path dir) {
    Path out = dir.resolve("results");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      assertThat(Statebench.execute("headers", "--algorithms", "hs256", "--out", out.toString())).isZero();
    } finally {
      System.setOut(stdout);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("### Which default limits each request exceeds", "| BEARER_JWT TYPICAL HS256 |");
    assertThat(out.resolve(HeaderReport.MARKDOWN_FILE)).exists();
    assertThat(out.resolve(HeaderReport.JSON_FILE)).exists();
    assertThat(out.resolve("headers-limits.csv")).exists();
  }

  @Test
  void unknownAlgorithm_isAUsageError_andWritesNothing(@TempDir Path dir) {
    Path out = dir.resolve("results");
    assertThat(Statebench.execute("headers", "--algorithms", "HS257", "--out", out.toString()))
        .isEqualTo(Statebench.USAGE_ERROR);
    assertThat(out).doesNotExist();
  }

  @Test
  void outIsAFile_isAUsageError(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    assertThat(Statebench.execute("headers", "--algorithms", "HS256", "--out", file.toString()))
        .isEqualTo(Statebench.USAGE_ERROR);
    assertThat(Files.readString(file)).isEqualTo("x");
  }
}
