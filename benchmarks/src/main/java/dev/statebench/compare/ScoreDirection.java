package dev.statebench.compare;

import dev.statebench.UserFacingException;

/**
 * Which way is better for a JMH score. Time per operation ({@code avgt}, {@code sample}, {@code ss}) is better when
 * lower; operations per time ({@code thrpt}) is better when higher.
 */
public enum ScoreDirection {
  LOWER_IS_BETTER,
  HIGHER_IS_BETTER;

  /** The direction of JMH's benchmark mode as written in {@code jmh.json} ({@code thrpt}, {@code avgt}, …). */
  public static ScoreDirection forMode(String mode) {
    return switch (mode) {
      case "thrpt" -> HIGHER_IS_BETTER;
      case "avgt", "sample", "ss" -> LOWER_IS_BETTER;
      default -> throw new UserFacingException("unknown JMH mode '" + mode + "' (expected thrpt, avgt, sample or ss)");
    };
  }

  /**
   * The relative change from {@code baseline} to {@code candidate} measured in the bad direction: positive means
   * worse, negative means better. A time going from 100 to 120 is +0.20; a throughput going from 100 to 80 is +0.20.
   */
  public double relativeWorsening(double baseline, double candidate) {
    double change = (candidate - baseline) / baseline;
    return this == LOWER_IS_BETTER ? change : -change;
  }
}
