package dev.statebench.fleet.validation;

/**
 * One line of the validation table.
 *
 * @param scenario the scenario's name
 * @param policy policy and variant
 * @param metric what is compared
 * @param simMean lb-sim's mean over its replications
 * @param simCi95 half-width of its 95% confidence interval of the mean (NaN with one replication)
 * @param simN lb-sim's replications
 * @param simPrediction half-width of the 95% prediction interval for one run, {@code ci95·sqrt(n+1)} (NaN without
 *     an interval)
 * @param real the fleet lab's value (one run)
 */
public record ValidationRow(String scenario, String policy, String metric, double simMean, double simCi95, int simN,
    double simPrediction, double real) {

  /**
   * Whether the real value lies within lb-sim's 95% prediction interval, or equals lb-sim's mean to the three
   * significant digits the table prints (a zero-width interval, e.g. a convergence time both sides resolve to the
   * same window, would otherwise fail on the real event's sub-millisecond timing); null when there is no interval.
   */
  public Boolean agrees() {
    if (Double.isNaN(simPrediction) || Double.isNaN(real)) {
      return null;
    }
    return Math.abs(real - simMean) <= simPrediction
        || ValidationTable.number(real).equals(ValidationTable.number(simMean));
  }
}
