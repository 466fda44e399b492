package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How unevenly one per-backend quantity is spread over the fleet: the busiest backend's value over the mean, the
 * coefficient of variation, and Jain's fairness index (1 = perfectly even; R. Jain, D. Chiu, W. Hawe, "A Quantitative
 * Measure of Fairness and Discrimination for Resource Allocation in Shared Computer Systems", DEC-TR-301, 1984,
 * https://arxiv.org/abs/cs/9809099).
 */
public record SkewMeasures(
    @JsonProperty("max_over_mean") Estimate maxOverMean,
    @JsonProperty("cv") Estimate cv,
    @JsonProperty("jain") Estimate jain) {}
