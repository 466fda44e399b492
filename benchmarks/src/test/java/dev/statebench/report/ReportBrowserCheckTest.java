package dev.statebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/check-report-html} against headless Chromium: a generated report passes and gets its screenshot; a
 * page with a table wider than its box fails naming the table. Runs where Chromium is installed
 * ({@code /usr/bin/chromium} or {@code CHROMIUM}); elsewhere JUnit reports both tests as skipped with the reason.
 */
class ReportBrowserCheckTest {
  private static final Path SCRIPT = Path.of("..", "scripts", "check-report-html");

  @BeforeAll
  static void requireChromium() {
    String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    Assumptions.assumeTrue(Files.isExecutable(Path.of(chromium)),
        "no Chromium at " + chromium + ": the browser check of report.html is not run here");
  }

  @Test
  void generatedReport_rendersWithoutProblemsAndLeavesAScreenshot(@TempDir Path run) throws Exception {
    for (String sim : List.of("mm1-random", "reference", "2-instance-kill")) {
      Path target = run.resolve("sim").resolve(sim + ".json");
      Files.createDirectories(target.getParent());
      Files.copy(resource("/golden/sim/" + sim + ".json"), target);
    }
    Report.write(run);

    Result result = check(run);

    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(result.output()).contains("check-report-html: ok");
    assertThat(Files.size(run.resolve("report-screenshot.png"))).isPositive();
  }

  @Test
  void tableWiderThanThePage_failsNamingTheTable(@TempDir Path run) throws Exception {
    String wide = "x".repeat(4000);
    Files.writeString(run.resolve("report.html"), "<!DOCTYPE html><html><head><style>table{display:block;"
        + "overflow-x:auto;max-width:600px}</style></head><body><table><tr><th>wide</th><td>" + wide
        + "</td></tr></table></body></html>");

    Result result = check(run);

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.output()).contains("table 1 (first column \"wide\")");
  }

  private record Result(int exit, String output) {}

  private static Result check(Path run) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("bash", SCRIPT.toString(), run.toString()).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("check-report-html did not finish within 5 minutes");
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ReportBrowserCheckTest.class.getResource(name).toURI());
  }
}
