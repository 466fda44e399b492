package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.statebench.results.units.ScenarioDuration;

/**
 * Where a simulated fleet keeps session state: {@code model} is {@code none}, {@code local} (in the instance),
 * {@code redis}, {@code sql} or {@code jwt}; a JWT names its signing {@code algorithm} and, in the hybrid, the
 * lifetime of its access token ({@code access-ttl}); {@code lookup} and {@code verify} say where the simulated costs
 * come from when the scenario sets them (otherwise the simulator's documented defaults apply).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StateSetting(
    @JsonProperty("model") String model,
    @JsonProperty("algorithm") String algorithm,
    @JsonProperty("access-ttl") ScenarioDuration accessTtl,
    @JsonProperty("lookup") CostSetting lookup,
    @JsonProperty("verify") CostSetting verify) {

  public boolean isJwt() {
    return "jwt".equals(model);
  }
}
