package dev.statebench.results.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.results.ResultsFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LoadSummaryReaderTest {
  private static final String SWEEP = """
      {"format_version": 1, "target": "redis", "arrivals": "poisson", "rates": [
        {"offered_per_s": 1000, "achieved_per_s": 999.2, "requests": 29976, "p50_us": 92.1, "p99_us": 310.4,
         "p999_us": 1204.0, "max_us": 5120.0, "timeouts": 0, "errors": 0, "verdict": "ok",
         "cpu_us_per_request": {"client": 21.5, "server": 14.2}},
        {"offered_per_s": 64000, "achieved_per_s": 41000, "requests": 1230000, "p50_us": null, "p99_us": null,
         "p999_us": null, "max_us": null, "timeouts": 0, "errors": 0, "verdict": "schedule-not-kept"}]}
      """;

  @Test
  void sweepWithOneRateKeptAndOneNot_readsVerdictsAndCpu() throws IOException {
    Path file = write(SWEEP);
    try {
      LoadSummary summary = new LoadSummaryReader().read(file);

      assertThat(summary.rates()).extracting(RateResult::verdict)
          .containsExactly(LoadVerdict.OK, LoadVerdict.SCHEDULE_NOT_KEPT);
      assertThat(summary.rates().get(0).cpuMicrosPerRequest()).isEqualTo(new CpuPerRequest(21.5, 14.2));
      assertThat(summary.rates().get(1).p99Micros()).isNull();
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void unknownVerdict_isRejectedNamingTheField() throws IOException {
    Path file = write(SWEEP.replace("\"verdict\": \"ok\"", "\"verdict\": \"fine\""));
    try {
      assertThatThrownBy(() -> new LoadSummaryReader().read(file))
          .isInstanceOf(ResultsFormatException.class).hasMessageContaining("/rates/0/verdict");
    } finally {
      Files.delete(file);
    }
  }

  private static Path write(String json) throws IOException {
    Path file = Files.createTempFile("summary", ".json");
    Files.writeString(file, json);
    return file;
  }
}
