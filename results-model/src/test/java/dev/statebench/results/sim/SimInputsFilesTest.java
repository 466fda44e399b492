package dev.statebench.results.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.results.ResultsFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimInputsFilesTest {
  @TempDir
  Path dir;

  @Test
  void renderedInputs_readBackEqual() throws IOException {
    SimInputs inputs = new SimInputs(SimInputs.CURRENT_FORMAT, new SimInputs.Costs(
        Map.of("redis", MeasuredCost.empirical("lookup-redis.hlog", "hlog/: RedisLookupBenchmark.lookup")),
        Map.of("HS256", MeasuredCost.lognormal(7851.25, 0.3, "jmh.json: JwtVerifyBenchmark.verify avgt"))),
        List.of(new SimInputs.Absent("verify.ES256", "no row")));
    Path file = Files.writeString(dir.resolve("sim-inputs.json"), SimInputsFiles.render(inputs));

    SimInputs read = SimInputsFiles.read(file);

    assertThat(read).isEqualTo(inputs);
    // a mean is written in nanoseconds with one decimal: 7851.25 ns -> "7851.3ns" (half up)
    assertThat(read.costs().verify().get("HS256").mean()).isEqualTo("7851.3ns");
  }

  @Test
  void unknownAlgorithm_isRefusedWithOneLineNamingTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.json"), """
        {"format_version": 1, "costs": {"verify": {"HS999": {"dist": "lognormal", "mean": "1.0ns", "cv": 0.3,
         "source": "x"}}}, "absent": []}
        """);

    assertThatThrownBy(() -> SimInputsFiles.read(file)).isInstanceOf(ResultsFormatException.class)
        .hasMessageContaining("bad.json").hasMessageContaining("sim-inputs-1.schema.json")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
