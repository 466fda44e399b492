package dev.statebench.lbsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CalendarShapeTest {

  @Test
  void aFewPendingEventsAtHighDensity_getBrownsNarrowBuckets() {
    // 270,000 events/s: mean separation 3,704 ns, three of them 11,111 ns, rounded down to 2^13 = 8,192 ns;
    // a 4 ms horizon needs 489 buckets (at least 1,024); 2.21 events per bucket, chunks of 4
    CalendarShape shape = CalendarShape.forDensity(270_000 / 1e9, 4e6);

    assertThat(shape).isEqualTo(new CalendarShape(13, 1024, 4, 1));
  }

  @Test
  void aHorizonNeedingMoreBucketsThanTheDefault_keepsTheDefault() {
    // 4.62M events/s over a 2 s horizon: 512 ns buckets would need 3.9 million of them
    assertThat(CalendarShape.forDensity(4.62e6 / 1e9, 2e9)).isEqualTo(CalendarShape.DEFAULT);
  }

  @Test
  void aSparseModel_keepsTheDefault() {
    // 1,000 events/s: three separations are 3 ms, wider than the default's 2^20 ns buckets
    assertThat(CalendarShape.forDensity(1_000 / 1e9, 1e9)).isEqualTo(CalendarShape.DEFAULT);
  }

  @Test
  void denseBuckets_getChunksOfAtMost64Events() {
    // 1e9 events/s: the narrowest bucket (64 ns) holds 64 events on average
    CalendarShape shape = CalendarShape.forDensity(1.0, 1e5);

    assertThat(shape.bucketShift()).isEqualTo(6);
    assertThat(shape.chunkEvents()).isEqualTo(64);
    assertThat(shape.bucketCount()).isEqualTo(2048);
  }

  @Test
  void noDensityOrNoHorizon_keepsTheDefault() {
    assertThat(CalendarShape.forDensity(0, 1e6)).isEqualTo(CalendarShape.DEFAULT);
    assertThat(CalendarShape.forDensity(Double.NaN, 1e6)).isEqualTo(CalendarShape.DEFAULT);
    assertThat(CalendarShape.forDensity(1e-3, 0)).isEqualTo(CalendarShape.DEFAULT);
  }

  @Test
  void aBucketCountThatIsNoPowerOfTwo_isRefused() {
    assertThatThrownBy(() -> new CalendarShape(10, 1000, 8, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("power of two");
  }
}
