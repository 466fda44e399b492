package dev.statebench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencyAccountingTest {
  private static final long MS = 1_000_000;

  private final OutcomeCounts outcomes = new OutcomeCounts();
  private final LatencyAccounting accounting = new LatencyAccounting(100 * MS, outcomes);

  @Test
  void succeeded_countsTheWaitBeforeTheActualStartInTheResponseTime() {
    // due at 0, started 5 ms late (queued behind a slow request), answered 1 ms later
    accounting.succeeded(0, 5 * MS, 6 * MS);

    Histogram response = accounting.responseInterval(null);
    Histogram service = accounting.serviceInterval(null);
    assertThat(response.getMaxValue()).isEqualTo(response.highestEquivalentValue(6 * MS));
    assertThat(service.getMaxValue()).isEqualTo(service.highestEquivalentValue(MS));
    assertThat(outcomes.succeededCount()).isEqualTo(1);
  }

  @Test
  void succeeded_laterThanTheTimeoutIsATimeoutCensoredAtTheTimeout() {
    // due at 0, started at 90 ms, answered at 150 ms: a client with a 100 ms timeout gave up at 100 ms
    accounting.succeeded(0, 90 * MS, 150 * MS);

    assertThat(outcomes.timeoutCount()).isEqualTo(1);
    assertThat(outcomes.succeededCount()).isZero();
    Histogram response = accounting.responseInterval(null);
    assertThat(response.getTotalCount()).isEqualTo(1);
    assertThat(response.getMaxValue()).isEqualTo(response.highestEquivalentValue(100 * MS));
    assertThat(accounting.serviceInterval(null).getTotalCount()).isZero();
  }

  @Test
  void failed_keepsTimeoutsInTheTailAndErrorsOutOfIt() {
    accounting.failed(new CompletionException(new RedisCommandTimeoutException("Command timed out after 2 second(s)")));
    accounting.failed(new SQLTransientConnectionException("Connection is not available, request timed out"));
    accounting.failed(new RuntimeException("wrapped", new RedisConnectionException("Connection refused")));
    accounting.failed(new IllegalStateException("a populated session was not found"));
    accounting.timedOut(1);

    assertThat(outcomes.timeoutCount()).isEqualTo(3);
    assertThat(outcomes.errorCount()).isEqualTo(2);
    assertThat(outcomes.errorsByKind())
        .containsEntry("RedisConnectionException", 1L)
        .containsEntry("IllegalStateException", 1L);
    assertThat(outcomes.total()).isEqualTo(5);
    // the three timeouts, each at the 100 ms censoring point; the two errors are no latency
    Histogram response = accounting.responseInterval(null);
    assertThat(response.getTotalCount()).isEqualTo(3);
    assertThat(response.getMinValue()).isEqualTo(response.lowestEquivalentValue(100 * MS));
    assertThat(response.getMaxValue()).isEqualTo(response.highestEquivalentValue(100 * MS));
  }

  @Test
  void censoredTail_movesTheHighPercentilesToTheTimeout() {
    // 990 answers at 1 ms, 10 timeouts: p99 is still an answer, everything above 99% reads "at least 100 ms"
    for (int i = 0; i < 990; i++) {
      accounting.succeeded(0, 0, MS);
    }
    accounting.timedOut(10);

    Histogram response = accounting.responseInterval(null);
    assertThat(response.getValueAtPercentile(99)).isLessThan(2 * MS);
    assertThat(response.getValueAtPercentile(99.5)).isEqualTo(response.highestEquivalentValue(100 * MS));
    assertThat(LatencyAccounting.censoredAbovePercentile(10, 1000)).isEqualTo(99.0);
    assertThat(LatencyAccounting.censoredAbovePercentile(0, 1000)).isEqualTo(100.0);
  }

  @Test
  void expired_whenTheDeadlineHasPassedBeforeTheStart() {
    assertThat(accounting.expired(0, 100 * MS)).isFalse();
    assertThat(accounting.expired(0, 100 * MS + 1)).isTrue();
  }
}
