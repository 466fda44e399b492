package dev.statebench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.jmh.JwtVerifyBenchmark;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
  void full_runsTwoForksWithAverageAndSampleTime() {
    assertThat(BenchmarkProfile.FULL.forks()).isGreaterThanOrEqualTo(2);
    assertThat(BenchmarkProfile.FULL.sampleTime()).isTrue();
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
