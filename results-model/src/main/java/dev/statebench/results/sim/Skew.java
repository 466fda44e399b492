package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Load skew, named by what it counts: {@code requests} compares the requests each backend served over the run,
 * {@code outstanding} the time-averaged number of requests in each backend (queued or in service).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Skew(
    @JsonProperty("requests") SkewMeasures requests,
    @JsonProperty("outstanding") SkewMeasures outstanding) {}
