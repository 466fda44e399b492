package dev.statebench.fleet.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.statebench.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationTableTest {
  private static final String SIM = """
      {"engine": {"name": "lb-sim"}, "policies": [{"policy": "sticky", "variant": "local",
        "metrics": {"latency_ms": {"p50": {"mean": 10, "ci95": 1, "n": 3}},
                    "sessions": {"lost": {"mean": 20, "ci95": 3, "n": 3}}},
        "time_series": {"window_s": 1, "sessions": [[5, 5], [15, 15], [1, 1]]}},
        {"policy": "p2c", "metrics": {"latency_ms": {"p50": {"mean": 9, "ci95": 1, "n": 3}}}}],
       "scenario": {"events": []}}
      """;
  private static final String REAL = """
      {"engine": {"name": "statebench-fleet"}, "policies": [{"policy": "sticky", "variant": "local",
        "metrics": {"latency_ms": {"p50": {"mean": 11.5, "ci95": null, "n": 1}},
                    "sessions": {"lost": {"mean": 9, "ci95": null, "n": 1},
                                 "live_at_event": {"mean": 30, "ci95": null, "n": 1}}}}]}
      """;

  @TempDir
  Path dir;

  @Test
  void realRun_isJudgedAgainstTheSimulatorsPredictionIntervalForOneRun() throws IOException {
    List<ValidationRow> rows = ValidationTable.rows("kill", write("sim.json", withEvent(SIM)),
        write("real.json", REAL));

    // p50: ci95 1 with n = 3 -> prediction half-width 1 * sqrt(4) = 2: 11.5 lies in 8 .. 12.
    ValidationRow p50 = rows.get(0);
    assertThat(p50.metric()).isEqualTo("latency p50 (ms)");
    assertThat(p50.simPrediction()).isCloseTo(2, within(1e-12));
    assertThat(p50.agrees()).isTrue();
    // Lost: 20 of the 30 sessions live in the window ending at the kill (2 s, window 1) -> 0.667,
    // half-width 3 * 2 / 30 = 0.2; real 9 of 30 = 0.3 lies outside.
    ValidationRow fraction = rows.get(rows.size() - 1);
    assertThat(fraction.metric()).isEqualTo("fraction of live sessions lost");
    assertThat(fraction.simMean()).isCloseTo(20.0 / 30, within(1e-12));
    assertThat(fraction.simPrediction()).isCloseTo(0.2, within(1e-12));
    assertThat(fraction.real()).isCloseTo(0.3, within(1e-12));
    assertThat(fraction.agrees()).isFalse();
    // The p2c policy has no real result: no row.
    assertThat(rows).extracting(ValidationRow::policy).containsOnly("sticky @ local");
    assertThat(ValidationTable.markdown(rows)).contains("| kill | sticky @ local | latency p50 (ms) | 10.0 ± 1.00 (3) |"
        + " 8.00 … 12.0 | 11.5 | yes |");
  }

  @Test
  void swappedFiles_areRefused() throws IOException {
    Path sim = write("sim.json", withEvent(SIM));
    Path real = write("real.json", REAL);

    assertThatThrownBy(() -> ValidationTable.rows("kill", real, sim)).isInstanceOf(UserFacingException.class)
        .hasMessageContaining("expected an lb-sim result and a statebench fleet result");
  }

  private static String withEvent(String sim) {
    return sim.replace("\"events\": []", "\"events\": [{\"at\": \"2s\", \"kill\": 1}]");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
