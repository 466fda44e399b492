package dev.statebench.results.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Cores busy per 100,000 requests/s, derived from {@link CpuPerRequest} (µs per request ÷ 10); null where the CPU
 * figure is missing.
 *
 * @param client the whole client process
 * @param app client minus the generator's share
 * @param server the store's server processes
 */
public record CoresPer100k(
    @JsonProperty("client") Double client,
    @JsonProperty("app") Double app,
    @JsonProperty("server") Double server) {}
