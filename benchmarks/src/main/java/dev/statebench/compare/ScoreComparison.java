package dev.statebench.compare;

/**
 * The verdict on one benchmark's primary score.
 *
 * @param ratio new score divided by baseline score
 * @param relativeWorsening the relative change in the bad direction (positive = worse), see {@link ScoreDirection}
 * @param threshold the practical threshold that applied to this benchmark (0.10 = 10%)
 */
public record ScoreComparison(
    double ratio, double relativeWorsening, double threshold, Evidence evidence, Verdict verdict) {}
