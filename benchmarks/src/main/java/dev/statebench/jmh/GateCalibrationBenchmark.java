package dev.statebench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Question: does the regression gate see a slowdown of known size, and does it stay quiet when there is none?
 *
 * <p>Each call burns a known amount of CPU with {@link Blackhole#consumeCPU(long)}, whose cost is linear in its token
 * count. The {@code tokens} parameter sets the base amount (one row per value); the system property
 * {@value #SLOWDOWN_PROPERTY} (a percentage, default 0) adds that much more work, so the same jar started with
 * {@code -Dstatebench.calibration.slowdown=10} is a build that is 10% slower on these rows and identical elsewhere.
 * The property is read in the fork, so the gate passes it with {@code --new-jvm-arg} (or a real slower build is used).
 *
 * <p>Run: {@code statebench gate-calibrate --jar benchmarks/target/benchmarks.jar}, or by hand
 * {@code statebench jmh GateCalibrationBenchmark -jvmArgsAppend -Dstatebench.calibration.slowdown=20}.
 *
 * <p>Read: µs per call; at slowdown {@code s} the score should be {@code (1 + s/100)} times the score at 0.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class GateCalibrationBenchmark {
  /** Extra work in percent of {@code tokens}, read in the benchmark JVM. */
  public static final String SLOWDOWN_PROPERTY = "statebench.calibration.slowdown";

  @Param({"2000", "20000"})
  long tokens;

  long effectiveTokens;

  @Setup(Level.Trial)
  public void prepare() {
    double slowdown = Double.parseDouble(System.getProperty(SLOWDOWN_PROPERTY, "0"));
    if (!(slowdown > -100) || !Double.isFinite(slowdown)) {
      throw new IllegalArgumentException(SLOWDOWN_PROPERTY + " must be a percentage above -100, got " + slowdown);
    }
    effectiveTokens = Math.round(tokens * (1 + slowdown / 100));
  }

  /** Burns {@code tokens × (1 + slowdown/100)} tokens of CPU. */
  @Benchmark
  public void work() {
    Blackhole.consumeCPU(effectiveTokens);
  }
}
