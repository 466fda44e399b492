package dev.statebench.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.jmh.JwtVerifyBenchmark;
import dev.statebench.jmh.RedisLookupBenchmark;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.options.Options;

class SuiteRunnerOptionsTest {
  private static final JvmInstallation JVM = JvmInstallation.current();

  @Test
  void options_passTheCountBasedWarmupToEveryForkBesideTheCallersArguments() {
    BenchmarkSelection verify = new BenchmarkSelection(JwtVerifyBenchmark.class, Map.of("alg", List.of("ES256")));

    Options options = SuiteRunner.options(BenchmarkProfile.FULL, verify, JVM, Path.of("result.json"),
        List.of("-Dstatebench.redis.url=redis://127.0.0.1:1")).build();

    assertThat(options.getJvmArgsAppend().get())
        .containsExactly("-Dstatebench.redis.url=redis://127.0.0.1:1", "-Dstatebench.warmup.calls=3000");
    assertThat(options.getForkCount().get()).isEqualTo(3);
  }

  @Test
  void options_timeALatencyRowBySampleOnlyAndAProfileRowByTheProfilesModes() {
    BenchmarkSelection lookup = new BenchmarkSelection(RedisLookupBenchmark.class, Map.of())
        .timedBy(TimingModes.SAMPLE);
    BenchmarkSelection verify = new BenchmarkSelection(JwtVerifyBenchmark.class, Map.of());

    assertThat(SuiteRunner.options(BenchmarkProfile.QUICK, lookup, JVM, Path.of("r.json"), List.of()).build()
        .getBenchModes()).containsExactly(Mode.SampleTime);
    assertThat(SuiteRunner.options(BenchmarkProfile.QUICK, verify, JVM, Path.of("r.json"), List.of()).build()
        .getBenchModes()).containsExactlyInAnyOrder(Mode.AverageTime, Mode.SampleTime);
    assertThat(SuiteRunner.options(BenchmarkProfile.SMOKE, verify, JVM, Path.of("r.json"), List.of()).build()
        .getBenchModes()).containsExactly(Mode.AverageTime);
  }
}
