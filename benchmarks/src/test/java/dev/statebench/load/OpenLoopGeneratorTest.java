package dev.statebench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * The generator against a target whose service time is known: it holds its worker for a fixed time (a stand-in for
 * a store that takes that long; the stores themselves are exercised against real servers elsewhere).
 */
class OpenLoopGeneratorTest {
  private static final long MS = 1_000_000;

  /** Holds the worker for {@code serviceNanos}; every {@code failEvery}-th request fails. */
  private record FixedServiceTime(long serviceNanos, int failEvery) implements TargetClient {
    @Override
    public Object call(int index) {
      long until = System.nanoTime() + serviceNanos;
      while (System.nanoTime() < until) {
        LockSupport.parkNanos(until - System.nanoTime());
      }
      if (failEvery > 0 && index % failEvery == failEvery - 1) {
        throw new IllegalStateException("request " + index + " failed");
      }
      return index;
    }

    @Override
    public void close() {}
  }

  @Test
  void run_accountsForEveryScheduledRequestAndCountsErrorsApart() throws InterruptedException {
    OpenLoopGenerator generator = new OpenLoopGenerator(new FixedServiceTime(100_000, 10), 2, Duration.ofSeconds(2),
        Duration.ofMillis(50));
    List<Histogram> intervals = new ArrayList<>();

    // 200/s for 1.5 s: 300 requests, every 10th fails
    OpenLoopGenerator.Run run = generator.run(200, Duration.ofMillis(1500), intervals::add);

    assertThat(run.schedule().count()).isEqualTo(300);
    assertThat(run.outcomes().total()).isEqualTo(300);
    assertThat(run.outcomes().errorCount()).isEqualTo(30);
    assertThat(run.outcomes().timeoutCount()).isZero();
    assertThat(run.responseTimes().getTotalCount()).isEqualTo(270);
    assertThat(intervals.stream().mapToLong(Histogram::getTotalCount).sum()).isEqualTo(270);
  }

  @Test
  void run_chargesQueueingToTheResponseTimeWhenTheTargetCannotKeepUp() throws InterruptedException {
    // one connection, 20 ms per request, a request every 10 ms: the queue grows by one every 20 ms
    OpenLoopGenerator generator = new OpenLoopGenerator(new FixedServiceTime(20 * MS, 0), 1, Duration.ofSeconds(5),
        Duration.ofMillis(50));

    OpenLoopGenerator.Run run = generator.run(100, Duration.ofMillis(600), h -> { });

    // 60 requests take 1.2 s to serve; the last waits about 0.6 s before it even starts
    assertThat(run.outcomes().succeededCount()).isEqualTo(60);
    // the queue is what adds the 400 ms: the response time holds it, the service time does not (compared as a ratio,
    // since on a busy machine every sleep stretches)
    assertThat(run.responseTimes().getMaxValue()).isGreaterThan(400 * MS);
    assertThat(run.serviceTimes().getValueAtPercentile(50) * 3).isLessThan(run.responseTimes().getMaxValue());
  }

  @Test
  void run_keepsRequestsThatMissTheirDeadlineInTheTailAtTheTimeout() throws InterruptedException {
    // one connection, 100 ms per request, 50 requests in 0.5 s, 300 ms timeout: most never get served in time
    OpenLoopGenerator generator = new OpenLoopGenerator(new FixedServiceTime(100 * MS, 0), 1,
        Duration.ofMillis(300), Duration.ofMillis(50));

    OpenLoopGenerator.Run run = generator.run(100, Duration.ofMillis(500), h -> { });

    assertThat(run.outcomes().total()).isEqualTo(50);
    assertThat(run.outcomes().timeoutCount()).isGreaterThan(40);
    assertThat(run.outcomes().errorCount()).isZero();
    // every request is in the response-time histogram: answers at their time, timeouts censored at 300 ms
    Histogram responses = run.responseTimes();
    assertThat(responses.getTotalCount()).isEqualTo(50);
    assertThat(responses.getMaxValue()).isEqualTo(responses.highestEquivalentValue(300 * MS));
    assertThat(responses.getCountAtValue(300 * MS)).isEqualTo(run.outcomes().timeoutCount());
  }

  @Test
  void overloadedTarget_isJudgedSaturated() throws InterruptedException {
    // one connection, 4 ms per request, 500 requests/s offered: capacity is 250/s, the queue grows 250/s
    OpenLoopGenerator generator = new OpenLoopGenerator(new FixedServiceTime(4 * MS, 0), 1, Duration.ofSeconds(5),
        Duration.ofSeconds(1));

    OpenLoopGenerator.Run run = generator.run(ArrivalProcess.POISSON, 500, Duration.ofSeconds(2), 1, h -> { }, null);

    assertThat(run.trace()).hasSizeGreaterThanOrEqualTo(LoadVerdict.MIN_SAMPLES);
    LoadVerdict.Judgement judgement = LoadVerdict.judge(LoadVerdict.Facts.of(run));
    assertThat(judgement.verdict()).isEqualTo(LoadVerdict.SATURATED);
    assertThat(judgement.reasons()).anySatisfy(reason -> assertThat(reason).startsWith("queue growth"));
  }

  @Test
  void quietTarget_wellBelowCapacity_isJudgedOk() throws InterruptedException {
    // two connections, 0.2 ms per request, 100 requests/s: utilisation 1%
    // (a lag bound of 1 s: this machine is shared, and a stalled generator is not what this test is about)
    OpenLoopGenerator generator = new OpenLoopGenerator(new FixedServiceTime(200_000, 0), 2, Duration.ofSeconds(2),
        Duration.ofSeconds(1));

    OpenLoopGenerator.Run run = generator.run(ArrivalProcess.POISSON, 100, Duration.ofSeconds(2), 1, h -> { }, null);

    assertThat(LoadVerdict.judge(LoadVerdict.Facts.of(run)).verdict()).isEqualTo(LoadVerdict.OK);
    assertThat(run.outcomes().succeededCount()).isEqualTo(run.schedule().count());
  }
}
