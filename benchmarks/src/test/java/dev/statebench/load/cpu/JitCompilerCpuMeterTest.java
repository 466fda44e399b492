package dev.statebench.load.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JitCompilerCpuMeterTest {

  @Test
  void usedBetween_countsNewThreadsWholeAndIgnoresThreadsThatEnded() {
    // thread 1 ran 5 ms more; thread 2 ended (ignored); thread 3 appeared with 7 ms
    Map<Long, Long> start = Map.of(1L, 10_000_000L, 2L, 4_000_000L);
    Map<Long, Long> end = Map.of(1L, 15_000_000L, 3L, 7_000_000L);

    assertThat(JitCompilerCpuMeter.usedBetween(start, end)).isEqualTo(12_000_000L);
  }

  @Test
  void read_findsThisJvmsCompilerThreads() {
    // a HotSpot JVM runs at least one C1 or C2 compiler thread from start-up (tiered compilation)
    assertThat(new JitCompilerCpuMeter().read()).isNotEmpty().allSatisfy((tid, nanos) -> assertThat(nanos).isPositive());
  }
}
