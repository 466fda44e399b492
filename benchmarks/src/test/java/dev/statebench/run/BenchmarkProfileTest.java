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

  @Test
  void parse_acceptsAnyCaseAndNamesTheChoicesOnError() {
    assertThat(BenchmarkProfile.parse("Quick")).isEqualTo(BenchmarkProfile.QUICK);
    assertThatThrownBy(() -> BenchmarkProfile.parse("huge"))
        .hasMessageContaining("smoke, quick or full");
  }
}
