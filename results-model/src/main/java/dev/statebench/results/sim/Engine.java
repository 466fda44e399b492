package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The simulator that wrote a result, and its engine version (results of different versions are not comparable). */
public record Engine(@JsonProperty("name") String name, @JsonProperty("version") String version) {}
