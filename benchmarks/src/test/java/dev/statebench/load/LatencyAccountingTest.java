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
  void succeeded_laterThanTheTimeoutIsATimeoutAndNoLatency() {
    // due at 0, started at 90 ms, answered at 101 ms: a client with a 100 ms timeout gave up at 100 ms
    accounting.succeeded(0, 90 * MS, 101 * MS);

    assertThat(outcomes.timeoutCount()).isEqualTo(1);
    assertThat(outcomes.succeededCount()).isZero();
    assertThat(accounting.responseInterval(null).getTotalCount()).isZero();
  }

  @Test
  void failed_separatesTimeoutsFromErrorsAndNamesTheErrors() {
    accounting.failed(new CompletionException(new RedisCommandTimeoutException("Command timed out after 2 second(s)")));
    accounting.failed(new SQLTransientConnectionException("Connection is not available, request timed out"));
    accounting.failed(new RuntimeException("wrapped", new RedisConnectionException("Connection refused")));
    accounting.failed(new IllegalStateException("a populated session was not found"));
    accounting.abandoned();

    assertThat(outcomes.timeoutCount()).isEqualTo(3);
    assertThat(outcomes.errorCount()).isEqualTo(2);
    assertThat(outcomes.errorsByKind())
        .containsEntry("RedisConnectionException", 1L)
        .containsEntry("IllegalStateException", 1L);
    assertThat(outcomes.total()).isEqualTo(5);
    assertThat(accounting.responseInterval(null).getTotalCount()).isZero();
  }
}
