package dev.statebench.results.load;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json} of an open-loop load sweep ({@code statebench load}, format 2): the settings the sweep ran with,
 * then one {@link RateResult} per measured rate in the order they ran, and {@code failure} when the sweep broke off.
 * The store fields ({@code population} … {@code store_bytes_source}) are present for store targets only.
 *
 * @param target what was loaded, as {@code --target} names it: {@code noop}, {@code redis}, {@code jwt-hs256},
 *     {@code postgres-sliding}, …
 * @param client the client library and pool the target uses
 * @param keys how sessions are drawn from the population, e.g. {@code uniform}
 * @param arrivals the arrival process, {@code poisson} or {@code uniform}
 * @param serverCpuSource where the store's CPU figure comes from
 * @param servers the server configuration (secrets never included)
 * @param durability per server, the durability settings in force as the server reported them
 * @param verdictRules the rules the verdicts follow, in words
 */
public record LoadSummary(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("target") String target,
    @JsonProperty("client") String client,
    @JsonProperty("connections") int connections,
    @JsonProperty("population") @JsonInclude(JsonInclude.Include.NON_NULL) Integer population,
    @JsonProperty("keys") @JsonInclude(JsonInclude.Include.NON_NULL) String keys,
    @JsonProperty("payload_bytes") @JsonInclude(JsonInclude.Include.NON_NULL) Integer payloadBytes,
    @JsonProperty("store_bytes_per_session") @JsonInclude(JsonInclude.Include.NON_NULL) Double storeBytesPerSession,
    @JsonProperty("store_bytes_source") @JsonInclude(JsonInclude.Include.NON_NULL) String storeBytesSource,
    @JsonProperty("arrivals") String arrivals,
    @JsonProperty("duration_s") double durationSeconds,
    @JsonProperty("initial_warmup_s") double initialWarmupSeconds,
    @JsonProperty("warmup_s") double warmupSeconds,
    @JsonProperty("timeout_ms") long timeoutMillis,
    @JsonProperty("max_dispatch_lag_us") double maxDispatchLagMicros,
    @JsonProperty("floor_fraction") double floorFraction,
    @JsonProperty("server_cpu_source") String serverCpuSource,
    @JsonProperty("servers") String servers,
    @JsonProperty("durability") Map<String, Map<String, String>> durability,
    @JsonProperty("available_processors") int availableProcessors,
    @JsonProperty("verdict_rules") List<String> verdictRules,
    @JsonProperty("rates") List<RateResult> rates,
    @JsonProperty("failure") @JsonInclude(JsonInclude.Include.NON_NULL) String failure) {
  public static final int CURRENT_FORMAT = 2;

  public LoadSummary {
    durability = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(durability));
    verdictRules = List.copyOf(verdictRules);
    rates = List.copyOf(rates);
  }
}
