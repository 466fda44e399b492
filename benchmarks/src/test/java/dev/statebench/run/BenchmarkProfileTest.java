package dev.statebench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.jmh.HybridTokenBenchmark;
import dev.statebench.jmh.JwtVerifyBenchmark;
import dev.statebench.jmh.PostgresLookupBenchmark;
import dev.statebench.jmh.RedisLookupBenchmark;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;

class BenchmarkProfileTest {

  @ParameterizedTest
  @EnumSource(BenchmarkProfile.class)
  void everySelection_namesRealParamsOfItsBenchmarkWithValuesTheyAccept(BenchmarkProfile profile) throws Exception {
    for (BenchmarkSelection selection : profile.selections()) {
      for (Map.Entry<String, List<String>> param : selection.params().entrySet()) {
        Field field = selection.benchmark().getDeclaredField(param.getKey());
        assertThat(field.getAnnotation(Param.class)).as(selection.benchmark() + "." + param.getKey()).isNotNull();
        assertThat(param.getValue()).isNotEmpty();
        for (String value : param.getValue()) {
          if (field.getType().isEnum()) {
            assertThat(field.getType().getEnumConstants()).extracting(c -> ((Enum<?>) c).name()).contains(value);
          } else {
            assertThat(Integer.parseInt(value)).isPositive();
          }
        }
      }
    }
  }

  @Test
  void quick_coversTheMainAxesOfTheIssue() {
    BenchmarkSelection verify = BenchmarkProfile.QUICK.selections().stream()
        .filter(s -> s.benchmark() == JwtVerifyBenchmark.class).findFirst().orElseThrow();

    assertThat(verify.params().get("alg")).contains("HS256", "RS256", "ES256", "EDDSA");
    assertThat(verify.params().get("path")).contains("REUSED", "PROCESSOR", "JCA_BASELINE");
    assertThat(verify.params().get("profile")).contains("TYPICAL");
    assertThat(verify.params().get("provider")).contains("JDK");
  }

  @Test
  void full_runsThreeForksAfterATimeAndCountBasedWarmup() {
    assertThat(BenchmarkProfile.FULL.forks()).isGreaterThanOrEqualTo(3);
    assertThat(BenchmarkProfile.FULL.warmupIterations() * BenchmarkProfile.FULL.warmupSeconds()).isPositive();
    assertThat(BenchmarkProfile.FULL.untimedWarmupCalls()).isGreaterThanOrEqualTo(1000);
  }

  @Test
  void full_timesLatencyRowsBySampleAndTheMainJwtRowsByBothModes() {
    for (BenchmarkSelection selection : BenchmarkProfile.FULL.selections()) {
      Class<?> benchmark = selection.benchmark();
      if (benchmark == RedisLookupBenchmark.class || benchmark == PostgresLookupBenchmark.class
          || benchmark == HybridTokenBenchmark.class) {
        assertThat(BenchmarkProfile.FULL.modes(selection)).as(selection.label()).containsExactly(Mode.SampleTime);
      }
    }
    BenchmarkSelection mainVerify = BenchmarkProfile.FULL.selections().stream()
        .filter(s -> s.benchmark() == JwtVerifyBenchmark.class && s.params().get("alg").contains("ES256")
            && s.params().get("path").equals(List.of("REUSED")) && s.params().get("provider").equals(List.of("JDK")))
        .findFirst().orElseThrow();
    assertThat(BenchmarkProfile.FULL.modes(mainVerify)).containsExactly(Mode.AverageTime, Mode.SampleTime);
  }

  @Test
  void full_runsOnlyTheCryptoRowsOnJvmsAddedWithJvm() {
    List<BenchmarkSelection> everyJvm = BenchmarkProfile.FULL.selections().stream()
        .filter(BenchmarkSelection::everyJvm).toList();

    assertThat(everyJvm).extracting(s -> s.benchmark().getSimpleName())
        .containsOnly("JwtVerifyBenchmark", "JwtSignBenchmark");
    assertThat(everyJvm).anySatisfy(s -> assertThat(s.params().get("provider")).contains("ACCP"));
    long launcherOnly = BenchmarkProfile.FULL.estimatedSecondsPerJvm(BenchmarkProfile.FULL.selections());
    assertThat(BenchmarkProfile.FULL.estimatedSeconds(BenchmarkProfile.FULL.selections(), 1) - launcherOnly)
        .isLessThan(launcherOnly / 3);
  }

  @ParameterizedTest
  @EnumSource(BenchmarkProfile.class)
  void everySelection_setsEveryParamOfItsBenchmarkSoNoAnnotationDefaultRunsByAccident(BenchmarkProfile profile) {
    for (BenchmarkSelection selection : profile.selections()) {
      for (Field field : selection.benchmark().getDeclaredFields()) {
        if (field.getAnnotation(Param.class) != null) {
          assertThat(selection.params()).as(selection.label()).containsKey(field.getName());
        }
      }
    }
  }

  @Test
  void full_isBudgetedToAboutFortyMinutesOnOneJvm() {
    long minutes = BenchmarkProfile.FULL.estimatedSecondsPerJvm(BenchmarkProfile.FULL.selections()) / 60;

    assertThat(minutes).isBetween(20L, 50L);
  }

  @Test
  void quick_holdsTheMainTableOfTheLookupIssue() {
    assertThat(BenchmarkProfile.QUICK.selections()).extracting(s -> s.benchmark().getSimpleName())
        .contains("RedisLookupBenchmark", "PostgresLookupBenchmark", "HybridTokenBenchmark");
    assertThat(BenchmarkProfile.QUICK.sampleTime()).isTrue();
  }

  @Test
  void parse_acceptsAnyCaseAndNamesTheChoicesOnError() {
    assertThat(BenchmarkProfile.parse("Quick")).isEqualTo(BenchmarkProfile.QUICK);
    assertThatThrownBy(() -> BenchmarkProfile.parse("huge"))
        .hasMessageContaining("smoke, quick or full");
  }
}
