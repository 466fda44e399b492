package dev.statebench.results.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code noop} control's response time at the same rate, in microseconds: the generator's own floor, inside every
 * figure of the target.
 *
 * @param fractionOfTargetP50Allowed the fraction of the target's p50 the floor's p99 may reach before the rate's
 *     {@code floor_flag} is set
 */
public record GeneratorFloor(
    @JsonProperty("p50") Double p50,
    @JsonProperty("p99") Double p99,
    @JsonProperty("fraction_of_target_p50_allowed") double fractionOfTargetP50Allowed) {}
