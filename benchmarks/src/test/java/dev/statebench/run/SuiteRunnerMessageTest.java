package dev.statebench.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.session.SessionStoreException;
import java.io.EOFException;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkException;
import org.openjdk.jmh.runner.RunnerException;

class SuiteRunnerMessageTest {

  @Test
  void rootMessage_namesTheStoreFailureThatAForkReported() {
    // What JMH hands the launcher when a fork's benchmark threw: its own wrapper, the fork's exception suppressed
    BenchmarkException forkFailure = new BenchmarkException("Benchmark error during the run", java.util.List.of(
        new SessionStoreException("PostgreSQL SELECT on table bench_lookup failed: An I/O error occurred",
            new EOFException())));
    RunnerException failure = new RunnerException("Benchmark caught the exception", forkFailure);

    assertThat(SuiteRunner.rootMessage(failure))
        .isEqualTo("PostgreSQL SELECT on table bench_lookup failed: An I/O error occurred");
  }

  @Test
  void rootMessage_fallsBackToTheRootCause() {
    RunnerException failure = new RunnerException("outer", new IllegalStateException("inner", new EOFException("eof")));

    assertThat(SuiteRunner.rootMessage(failure)).isEqualTo("eof");
  }
}
