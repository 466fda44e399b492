package dev.statebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

  @Test
  void parse_readsANumberAndAUnit() {
    assertThat(DurationConverter.parse("250us")).isEqualTo(Duration.ofNanos(250_000));
    assertThat(DurationConverter.parse("1ms")).isEqualTo(Duration.ofMillis(1));
    assertThat(DurationConverter.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
    assertThat(DurationConverter.parse("2m")).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void parse_rejectsTextWithoutAUnit() {
    assertThatThrownBy(() -> DurationConverter.parse("10")).isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("500ms");
  }
}
