package dev.statebench.compare;

import java.util.Optional;

/**
 * One entry of a {@code jmh.json}: the primary score and, when JMH ran with {@code -prof gc}, the bytes allocated per
 * operation ({@code gc.alloc.rate.norm}).
 */
public record BenchmarkResult(BenchmarkKey key, Metric primary, Optional<Metric> allocation) {

  public ScoreDirection direction() {
    return ScoreDirection.forMode(key.mode());
  }
}
