package dev.statebench.results.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * CPU time per completed request, in microseconds: of the load generator's process and of the target's server
 * process(es), each the process CPU time over the measured interval divided by the requests completed in it.
 */
public record CpuPerRequest(@JsonProperty("client") double client, @JsonProperty("server") double server) {}
