package dev.statebench.gate;

import dev.statebench.compare.BenchmarkKey;
import dev.statebench.compare.ScoreDirection;

/**
 * One benchmark's measurements from the interleaved rounds, paired: {@code base[i]} and {@code candidate[i]} come from
 * the same round, one fork each. Allocation per operation ({@code gc.alloc.rate.norm}) is kept per round when both
 * forks measured it, else the arrays are empty.
 *
 * @param rounds the round number of each pair
 * @param unit the score unit, the same on both sides
 */
public record PairedSamples(BenchmarkKey key, String unit, int[] rounds, double[] base, double[] candidate,
    double[] baseAllocation, double[] candidateAllocation) {

  public ScoreDirection direction() {
    return ScoreDirection.forMode(key.mode());
  }

  public int pairs() {
    return base.length;
  }
}
