package dev.statebench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The saturation rules on hand-made runs: 1,000 requests/s offered for 10 s, 2 connections, one sample a second. */
class LoadVerdictTest {
  private static final long US = 1_000;
  private static final long S = 1_000_000_000L;

  /** Ten samples with the backlog and interval p50 given per second. */
  private static List<IntervalSample> trace(long[] backlog, long[] p50Micros) {
    List<IntervalSample> samples = new ArrayList<>();
    for (int i = 0; i < backlog.length; i++) {
      samples.add(new IntervalSample((i + 1) * S, backlog[i], 1000, p50Micros[i] * US, 2 * p50Micros[i] * US));
    }
    return samples;
  }

  private static final long[] STEADY_BACKLOG = {0, 1, 0, 2, 1, 0, 1, 3, 0, 1};
  private static final long[] STEADY_P50 = {80, 85, 79, 90, 82, 81, 88, 84, 80, 83};

  private static LoadVerdict.Judgement judge(double achieved, long timeouts, boolean kept, List<IntervalSample> trace) {
    return judge(achieved, timeouts, kept, trace, null);
  }

  private static LoadVerdict.Judgement judge(double achieved, long timeouts, boolean kept, List<IntervalSample> trace,
      Boolean controlKept) {
    return LoadVerdict.judge(new LoadVerdict.Facts(1000, achieved, 10_000, timeouts, kept, 2, trace, controlKept));
  }

  @Test
  void steadyRun_isOk() {
    LoadVerdict.Judgement judgement = judge(999, 0, true, trace(STEADY_BACKLOG, STEADY_P50));

    assertThat(judgement.verdict()).isEqualTo(LoadVerdict.OK);
    assertThat(judgement.reasons()).isEmpty();
  }

  @Test
  void growingBacklog_isSaturatedEvenWhenThroughputLooksFine() {
    // the queue gains about 30 requests a second (3% of the offered rate) and ends with 300 waiting
    long[] backlog = {30, 60, 90, 120, 150, 180, 210, 240, 270, 300};

    LoadVerdict.Judgement judgement = judge(990, 0, true, trace(backlog, STEADY_P50));

    assertThat(judgement.verdict()).isEqualTo(LoadVerdict.SATURATED);
    assertThat(judgement.reasons()).singleElement().asString().startsWith("queue growth: backlog grows 30 ");
  }

  @Test
  void risingLatency_isSaturated() {
    // interval medians climb from 0.1 ms to 20 ms: first-third median 200 µs, last-third median 18,000 µs
    long[] p50 = {100, 200, 400, 1000, 2000, 4000, 8000, 15000, 18000, 20000};

    LoadVerdict.Judgement judgement = judge(999, 0, true, trace(STEADY_BACKLOG, p50));

    assertThat(judgement.verdict()).isEqualTo(LoadVerdict.SATURATED);
    assertThat(judgement.reasons()).singleElement().asString()
        .isEqualTo("latency trend: interval p50 rose from 200 µs to 18000 µs");
  }

  @Test
  void smallLatencyRise_belowOneMillisecond_isNoise() {
    // doubled, but by 0.3 ms only
    long[] p50 = {100, 100, 100, 200, 300, 300, 400, 400, 400, 400};

    assertThat(judge(999, 0, true, trace(STEADY_BACKLOG, p50)).verdict()).isEqualTo(LoadVerdict.OK);
  }

  @Test
  void oneStrayTimeoutInTenThousand_isOk() {
    assertThat(judge(999, 1, true, trace(STEADY_BACKLOG, STEADY_P50)).verdict()).isEqualTo(LoadVerdict.OK);
  }

  @Test
  void timeoutsAboveOnePerThousand_areSaturated() {
    // 11 of 10,000 is 0.11% > 0.1%
    LoadVerdict.Judgement judgement = judge(999, 11, true, trace(STEADY_BACKLOG, STEADY_P50));

    assertThat(judgement.verdict()).isEqualTo(LoadVerdict.SATURATED);
    assertThat(judgement.reasons()).singleElement().asString().startsWith("timeouts: 11 of 10000");
  }

  @Test
  void throughputBelowNinetyFivePercent_isSaturated() {
    assertThat(judge(940, 0, true, trace(STEADY_BACKLOG, STEADY_P50)).reasons()).singleElement().asString()
        .startsWith("throughput: achieved 940/s");
  }

  @Test
  void lostSchedule_overridesEverythingElse() {
    long[] backlog = {30, 60, 90, 120, 150, 180, 210, 240, 270, 300};

    assertThat(judge(500, 500, false, trace(backlog, STEADY_P50)).verdict()).isEqualTo(LoadVerdict.SCHEDULE_NOT_KEPT);
  }

  @Test
  void lostSchedule_underAnOverloadingTarget_isSaturatedWhenTheControlKeptIt() {
    // the target drowned (half the requests timed out) and dragged the generator with it; alone, the generator kept up
    LoadVerdict.Judgement judgement = judge(500, 5000, false, trace(STEADY_BACKLOG, STEADY_P50), true);

    assertThat(judgement.verdict()).isEqualTo(LoadVerdict.SATURATED);
    assertThat(judgement.reasons()).hasSize(3).last().asString().contains("noop control kept the same schedule");
  }

  @Test
  void lostSchedule_whenTheControlLostItToo_isTheGenerators() {
    assertThat(judge(500, 5000, false, trace(STEADY_BACKLOG, STEADY_P50), false).verdict())
        .isEqualTo(LoadVerdict.SCHEDULE_NOT_KEPT);
  }

  @Test
  void lostSchedule_withoutSaturation_isTheGeneratorsEvenIfTheControlKeptIt() {
    assertThat(judge(999, 0, false, trace(STEADY_BACKLOG, STEADY_P50), true).verdict())
        .isEqualTo(LoadVerdict.SCHEDULE_NOT_KEPT);
  }

  @Test
  void tooFewSamples_judgeOnThroughputAndTimeoutsOnly() {
    List<IntervalSample> short5 = trace(new long[] {30, 60, 90, 120, 150}, new long[] {100, 1000, 5000, 9000, 20000});

    assertThat(judge(999, 0, true, short5).verdict()).isEqualTo(LoadVerdict.OK);
  }

  @Test
  void backlogSlope_isTheMedianPairwiseSlope() {
    // backlog 2t + 1 at t = 1..10 s → every pairwise slope is 2 requests per second
    long[] backlog = new long[10];
    for (int i = 0; i < 10; i++) {
      backlog[i] = 2L * (i + 1) + 1;
    }

    assertThat(LoadVerdict.backlogSlopePerSecond(trace(backlog, STEADY_P50))).isEqualTo(2.0);
  }

  @Test
  void oneStalledIntervalAtTheEnd_isNoQueueGrowth() {
    // the machine stalled the generator's workers in the last second: 60 requests piled up once, then nothing
    long[] backlog = {0, 1, 0, 2, 1, 0, 1, 3, 0, 60};

    // a least-squares line would report several requests per second of growth; the median pairwise slope stays near 0
    assertThat(LoadVerdict.backlogSlopePerSecond(trace(backlog, STEADY_P50))).isBetween(-0.5, 0.5);
    assertThat(judge(999, 0, true, trace(backlog, STEADY_P50)).verdict()).isEqualTo(LoadVerdict.OK);
  }
}
