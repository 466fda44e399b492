package dev.statebench.gate;

/**
 * The paired-ratio statistics of one benchmark: {@code d = ln(new / base)} per round, signed so that positive is worse
 * (for throughput, {@code ln(base / new)}).
 *
 * @param pairs the number of rounds with a usable pair (both scores positive and finite)
 * @param meanLogWorsening the mean of {@code d}
 * @param standardDeviation the sample standard deviation of {@code d}, {@code NaN} for fewer than 2 pairs
 * @param pValue the two-sided p-value of Student's one-sample t-test of "mean {@code d} = 0", {@code NaN} for fewer
 *     than 2 pairs
 * @param relativeWorsening {@code exp(mean d) − 1}: the geometric-mean change in the bad direction (0.10 = 10% worse)
 * @param lower95 lower end of the 95% t confidence interval of {@code relativeWorsening} ({@code NaN} below 2 pairs)
 * @param upper95 upper end of that interval
 */
public record PairedRatio(int pairs, double meanLogWorsening, double standardDeviation, double pValue,
    double relativeWorsening, double lower95, double upper95) {}
