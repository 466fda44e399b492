package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One swept setting of a variant: the dotted scenario key, the label the scenario gives its value, and the value.
 *
 * @param key dotted scenario key, e.g. {@code state} or {@code backends.count}
 * @param label the value's label in tables, e.g. {@code jwt-ES256}
 * @param value the value as the scenario sets it
 */
public record VariantSetting(
    @JsonProperty("key") String key,
    @JsonProperty("label") String label,
    @JsonProperty("value") JsonNode value) {}
