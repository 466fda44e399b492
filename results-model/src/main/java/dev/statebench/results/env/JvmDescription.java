package dev.statebench.results.env;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One JVM the benchmarks ran on: its label, launcher path, system properties that identify it, and the flags its
 * benchmark forks were given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JvmDescription(
    @JsonProperty("label") String label,
    @JsonProperty("java") String java,
    @JsonProperty("java.home") String javaHome,
    @JsonProperty("java.runtime.version") String runtimeVersion,
    @JsonProperty("java.specification.version") String specificationVersion,
    @JsonProperty("java.vendor") String vendor,
    @JsonProperty("java.version") String version,
    @JsonProperty("java.vm.name") String vmName,
    @JsonProperty("java.vm.version") String vmVersion,
    @JsonProperty("flags") List<String> flags) {}
