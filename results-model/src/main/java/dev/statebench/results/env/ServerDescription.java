package dev.statebench.results.env;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A server the benchmarks used: version, URL (credentials removed), whether statebench started it, the user name
 * (never a password) and the settings that affect latency (e.g. PostgreSQL's {@code shared_buffers},
 * {@code synchronous_commit}; Redis's {@code appendonly}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerDescription(
    @JsonProperty("version") String version,
    @JsonProperty("url") String url,
    @JsonProperty("embedded") boolean embedded,
    @JsonProperty("user") String user,
    @JsonProperty("settings") Map<String, String> settings) {}
