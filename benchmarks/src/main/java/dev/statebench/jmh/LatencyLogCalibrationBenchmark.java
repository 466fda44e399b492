package dev.statebench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Question: what does the in-benchmark {@link LatencyLog} itself add to every call it times? The body is empty: the
 * score is the log's own cost (two {@code System.nanoTime()} calls and one {@code Recorder.recordValue}), and the
 * {@code .hlog} it writes is the distribution of an empty interval, the floor under every logged latency. Runs in every
 * profile, so each run states the cost of its own instrument on its own machine and clock source.
 *
 * <p>Run: {@code statebench jmh LatencyLogCalibrationBenchmark}. Read: subtract the score from the mean of a logged
 * benchmark for the cost without the log; compare the log's p50 with the smallest logged latency.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LatencyLogCalibrationBenchmark {
  LatencyLog latency;

  @Setup(Level.Trial)
  public void open(BenchmarkParams params, ThreadParams thread) {
    latency = LatencyLog.open(params, thread);
  }

  @Setup(Level.Iteration)
  public void beginIteration(IterationParams iteration) {
    latency.beginIteration(iteration);
  }

  /** Times nothing with the log. */
  @Benchmark
  public long emptyBody() {
    long start = latency.start();
    latency.record(start);
    return start;
  }

  @TearDown(Level.Iteration)
  public void endIteration() {
    latency.endIteration();
  }

  @TearDown(Level.Trial)
  public void close() {
    latency.close();
  }
}
